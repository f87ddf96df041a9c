"""Glossary tooltips: the right forms of each term, in the requested language."""

from __future__ import annotations

from pathlib import Path

from macros.catalogue.loader import load_catalogue
from macros.render.tooltips import abbreviation_block, term_variants
from tests.conftest import REQUIRED_LANGUAGES


def test_variants_drop_the_acronym_and_lower_case_the_first_letter() -> None:
    assert term_variants("Memorandum of understanding (MoU)") == [
        "Memorandum of understanding (MoU)",
        "Memorandum of understanding",
        "memorandum of understanding (MoU)",
        "memorandum of understanding",
    ]


def test_single_words_get_no_tooltip() -> None:
    assert term_variants("Recruitment") == []


def test_block_is_in_the_requested_language(fixture_data: Path) -> None:
    block = abbreviation_block(load_catalogue(fixture_data, REQUIRED_LANGUAGES), "es")
    assert "*[Diálogo social]: Negociación, consulta" in block
    assert "*[diálogo social]: Negociación, consulta" in block

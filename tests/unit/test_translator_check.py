"""``make check LANG=fr``: each typical mistake is reported with the right file and line, and a clean tree passes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from macros.l10n.check import check_language
from macros.tools.paths import copy_project
from tests.conftest import PROJECT_DIR, SITE_LANGUAGES

PAGE = "phases/negotiation.md"


@pytest.mark.parametrize("lang", SITE_LANGUAGES.translations)
def test_the_tree_is_clean(lang: str) -> None:
    assert [str(f) for f in check_language(PROJECT_DIR, lang)] == []


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


def mistake(copy: Path, change: Callable[[list[str]], tuple[list[str], int]]) -> tuple[list[str], int]:
    """Apply a change to the French page; return the findings and the line the change is on."""
    path = copy / "docs" / "fr" / PAGE
    lines, line = change(path.read_text(encoding="utf-8").splitlines())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(f) for f in check_language(copy, "fr", only=PAGE)], line


def index_of(lines: list[str], test: Callable[[str], bool]) -> int:
    return next(i for i, line in enumerate(lines) if test(line))


def test_a_translated_heading_id_is_reported_on_its_line(copy: Path) -> None:
    def change(lines: list[str]) -> tuple[list[str], int]:
        i = index_of(lines, lambda line: "{ #key-steps }" in line)
        lines[i] = lines[i].replace("{ #key-steps }", "{ #etapes-cles }")
        return lines, i + 1

    found, line = mistake(copy, change)
    assert any(f.startswith(f"docs/fr/{PAGE}:{line}: keep {{ #key-steps }}") for f in found), found


def test_a_deleted_macro_call_is_reported(copy: Path) -> None:
    def change(lines: list[str]) -> tuple[list[str], int]:
        i = index_of(lines, lambda line: line.startswith("{{ checklist("))
        return lines[:i] + lines[i + 1 :], i + 1

    found, _ = mistake(copy, change)
    assert any("{{ checklist(" in f and "is missing" in f for f in found), found


def test_a_deleted_footnote_definition_is_reported_where_the_note_is_used(copy: Path) -> None:
    def change(lines: list[str]) -> tuple[list[str], int]:
        i = index_of(lines, lambda line: line.startswith("[^") and "]:" in line)
        label = lines[i][2 : lines[i].index("]")]
        used = index_of(lines, lambda line: f"[^{label}]" in line and not line.startswith(f"[^{label}]:"))
        return lines[:i] + lines[i + 1 :], used + 1

    found, line = mistake(copy, change)
    assert any(f.startswith(f"docs/fr/{PAGE}:{line}: [^") and "has no definition" in f for f in found), found


def test_an_english_bullet_in_a_french_list_is_reported(copy: Path) -> None:
    def change(lines: list[str]) -> tuple[list[str], int]:
        i = index_of(lines, lambda line: line.startswith("- "))
        english = "- The employer should pay for the travel of the worker and for the visa, which is the rule."
        return [*lines[:i], english, *lines[i:]], i + 1

    found, line = mistake(copy, change)
    assert any(f.startswith(f"docs/fr/{PAGE}:{line}: this reads as English") for f in found), found


def test_broken_front_matter_is_reported_with_the_quoting_hint(copy: Path) -> None:
    def change(lines: list[str]) -> tuple[list[str], int]:
        i = index_of(lines, lambda line: line.startswith("title:"))
        lines[i] = "title: Négociation : préparer"
        return lines, i + 1

    found, line = mistake(copy, change)
    assert found == [f for f in found if f.startswith(f"docs/fr/{PAGE}:{line}: ")] and "quoted" in found[0], found


def test_a_ruled_out_term_is_reported(copy: Path) -> None:
    def change(lines: list[str]) -> tuple[list[str], int]:
        i = index_of(lines, lambda line: len(line) > 80 and not line.startswith(("#", "[^", "{{")))
        lines[i] += " Un accord bilatéral de main-d'œuvre suffit."
        return lines, i + 1

    found, line = mistake(copy, change)
    assert any(f.startswith(f"docs/fr/{PAGE}:{line}: write ") for f in found), found

"""What a negotiating team uses: the clause bank (data, views, Word download) and the budget lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from docx import Document

from macros.catalogue.loader import Catalogue, load_catalogue
from macros.plugin.clause_document import write_clause_document
from macros.render.drafting import budget_lines, clause_bank
from macros.render.renderer import PageContext, Renderer
from macros.render.views import checklist
from tests.conftest import DATA_DIR, REQUIRED_LANGUAGES, SITE_LANGUAGES

TOPICS = {
    "objectives", "competent", "recruit", "employer", "contract", "equal", "wage", "social",
    "skill", "safety", "complaint", "consular", "data", "gender", "return", "committee", "dispute",
    "duration", "language", "entry",
}  # fmt: skip


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(DATA_DIR, REQUIRED_LANGUAGES)


def test_at_least_twenty_five_clauses_each_traced_to_a_source(catalogue: Catalogue) -> None:
    clauses = catalogue.clauses.values()
    assert len(clauses) >= 25
    assert all(c.traced_from and all(s.url.scheme in {"http", "https"} for s in c.traced_from) for c in clauses)
    assert all(c.text.root.get(lang) for c in clauses for lang in REQUIRED_LANGUAGES)


def test_the_clauses_cover_the_topics_a_drafter_needs(catalogue: Catalogue) -> None:
    text = " ".join(f"{c.id} {c.title.root['en']}".lower() for c in catalogue.clauses.values())
    assert all(topic in text for topic in TOPICS), sorted(t for t in TOPICS if t not in text)


def test_every_negotiation_core_element_has_a_clause(catalogue: Catalogue) -> None:
    named = {e for c in catalogue.clauses.values() for e in c.core_elements}
    negotiation = {e.id for e in catalogue.core_elements.values() if e.phase == "negotiation"}
    assert negotiation and negotiation <= named, sorted(negotiation - named)


def test_clause_bank_has_stable_anchors_and_copy_buttons(catalogue: Catalogue) -> None:
    renderer = Renderer(catalogue, PageContext(lang="fr", src_path="clauses.md"))
    soup = BeautifulSoup(clause_bank(renderer), "html.parser")
    articles = soup.select("article.blma-clause")
    assert [a["id"] for a in articles] == [f"clause-{c}" for c in _bank_order(catalogue)]
    assert len(soup.select("button.blma-clause__copy")) == len(articles)
    assert soup.select_one("form#clause-filter select[name=phase]") is not None
    assert clause_bank.page_scripts == {"clauses"}  # type: ignore[attr-defined]


def _bank_order(catalogue: Catalogue) -> list[str]:
    from macros.catalogue.queries import clauses_by_phase

    return [c.id for c in clauses_by_phase(catalogue)]


def test_checklist_items_link_to_the_clauses_that_implement_them(catalogue: Catalogue) -> None:
    renderer = Renderer(catalogue, PageContext(lang="es", src_path="checklists.md"))
    soup = BeautifulSoup(checklist(renderer, "negotiation"), "html.parser")
    for item in soup.select("li.blma-checklist__item"):
        links = item.select(".blma-checklist__clauses a")
        assert links and all(a["href"].startswith("clauses/#clause-") or "#clause-" in a["href"] for a in links)


def test_budget_lines_say_who_bears_each(catalogue: Catalogue) -> None:
    renderer = Renderer(catalogue, PageContext(lang="en", src_path="costing.md"))
    soup = BeautifulSoup(budget_lines(renderer), "html.parser")
    assert len(soup.select("section.blma-budget__line")) == len(catalogue.budget_lines) >= 8


@pytest.mark.parametrize("lang", SITE_LANGUAGES.codes)
def test_the_word_document_holds_every_clause(catalogue: Catalogue, lang: str, tmp_path: Path) -> None:
    from datetime import datetime

    target = write_clause_document(catalogue, lang, tmp_path / "c.docx", "https://example.org/", datetime(2026, 1, 1))
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    for clause in catalogue.clauses.values():
        assert clause.title.get(lang).text in text
        assert clause.traced_from[0].article in text

"""Tool pages built for 60 items: their table of contents lists each phase (generated headings included)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.conftest import LANGUAGES, BuiltSite


def toc_targets(built_site: BuiltSite, lang: str, page: str) -> list[str]:
    soup = BeautifulSoup(built_site.page(lang, page).read_text(encoding="utf-8"), "html.parser")
    toc = soup.select_one("nav.md-nav--secondary")
    assert toc is not None, f"{lang}/{page} has no table of contents"
    return [a["href"] for a in toc.select("a[href^='#']")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_checklists_and_self_assessment_list_every_phase(built_site: BuiltSite, lang: str) -> None:
    phases = ["preparation", "negotiation", "adoption", "implementation", "monitoring"]
    assert [f"#checklist-{p}" for p in phases] == [
        t for t in toc_targets(built_site, lang, "checklists/") if t.startswith("#checklist-")
    ]
    assert [f"#assess-{p}" for p in phases] == [
        t for t in toc_targets(built_site, lang, "self-assessment/") if t.startswith("#assess-")
    ]

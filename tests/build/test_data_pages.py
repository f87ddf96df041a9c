"""Pages and files generated from the catalogue: explorer, matrix, corridors, glossary tooltips, open data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from macros.catalogue.published import DOCUMENTS, PracticesDocument
from macros.render.checklist_index import INDEX_FILE
from tests.conftest import LANGUAGES, SITE_LANGUAGES, BuiltSite, site_catalogue
from tests.linkcheck import ids_of

CATALOGUE = site_catalogue()


def soup(site: BuiltSite, lang: str, path: str) -> BeautifulSoup:
    return BeautifulSoup(site.page(lang, path).read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_explorer_lists_every_practice_with_its_anchor_and_a_hidden_filter(built_site: BuiltSite, lang: str) -> None:
    page = soup(built_site, lang, "practices/")
    anchors = {h["id"] for h in page.select("article.blma-practice h3[id]")}
    assert anchors == {f"practice-{i}" for i in CATALOGUE.practices}
    form = page.select_one("form#practice-filter")
    assert form is not None and form.has_attr("hidden")  # without JavaScript the full list is the page
    assert {s["name"] for s in form.select("select")} == {"phases", "themes", "sectors", "regions", "type", "elements"}
    count = page.select_one(".blma-filter__count")
    assert count["role"] == "status" and str(len(CATALOGUE.practices)) in count.get_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_coding_matrix_is_an_accessible_table(built_site: BuiltSite, lang: str) -> None:
    table = soup(built_site, lang, "mapping/").select_one(".blma-matrix table")
    assert table.caption.get_text(strip=True)
    assert len(table.select("thead th[scope=col]")) == 1 + len(CATALOGUE.vocabulary.themes)
    assert len(table.select("tbody tr")) == len(CATALOGUE.practices)
    assert all(row.select_one("th[scope=row] a") for row in table.select("tbody tr"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_corridor_diagram_has_svg_and_a_table_alternative(built_site: BuiltSite, lang: str) -> None:
    page = soup(built_site, lang, "mapping/")
    svg = page.select_one("figure.blma-corridors svg[role=img]")
    assert svg is not None and svg.select_one("title").get_text(strip=True)
    corridors = {(o, d) for p in CATALOGUE.practices.values() for o in p.origin for d in p.destination}
    assert len(svg.select("path.blma-corridors__link")) == len(corridors)
    assert len(page.select("table.blma-corridors__table tbody tr")) == len(corridors)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_terms_link_to_their_entry_in_the_page_language(built_site: BuiltSite, lang: str) -> None:
    terms = soup(built_site, lang, "phases/negotiation/").select("article a.blma-term[title]")
    assert terms
    definitions = {t.definition.get(lang).text.split()[0] for t in CATALOGUE.glossary.values()}
    assert all(a["title"].split()[0] in definitions for a in terms)
    assert all("glossary/#term-" in a["href"] for a in terms)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_open_data_is_published_per_language_and_matches_its_schema(built_site: BuiltSite, lang: str) -> None:
    root = built_site.page(lang, "").parent
    for name, model in DOCUMENTS.items():
        document = model.model_validate_json((root / "data" / f"{name}.json").read_text(encoding="utf-8"))
        assert document.language == lang
        schema = json.loads((root / "data" / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert schema["$schema"].endswith("2020-12/schema") and schema["title"] == model.__name__
    practices = PracticesDocument.model_validate_json((root / "data" / "practices.json").read_text(encoding="utf-8"))
    assert {p.id for p in practices.practices} == set(CATALOGUE.practices)
    assert all(p.translated for p in practices.practices)
    rows = list(csv.DictReader(io.StringIO((root / "data" / "practices.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == [p.id for p in practices.practices]
    assert rows[0]["url"].endswith(f"#practice-{rows[0]['id']}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_holds_only_the_page_language(built_site: BuiltSite, lang: str) -> None:
    root = built_site.root if lang == "en" else built_site.root / lang
    index = json.loads((root / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [lang]
    assert not any(d["location"].startswith(("fr/", "es/")) for d in index["docs"])
    home = next(d for d in index["docs"] if d["location"] == "")
    expected = {"en": "Applying the Guidance", "fr": "Appliquer les orientations", "es": "Aplicar las Orientaciones"}
    assert home["title"].startswith(expected[lang])


def landing_problem(folder: Path, link: str) -> str | None:
    """Why ``link``, relative to ``folder``, reaches no built page or anchor; None when it reaches one."""
    parts = urlsplit(link)
    if parts.scheme or link.startswith(("/", "../", "#")):
        return f"{link}: leaves the language folder or names no page"
    target = (folder / unquote(parts.path)).resolve()
    target = target / "index.html" if target.is_dir() else target
    if not target.is_file():
        return f"{link}: no file"
    if parts.fragment and unquote(parts.fragment) not in ids_of(target):
        return f"{link}: no anchor"
    return None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_a_checklist_index_whose_links_reach_its_pages(built_site: BuiltSite, lang: str) -> None:
    """What checklists.js fetches for exports, import and the gap report: every element, in the language."""
    root = built_site.page(lang, "").parent
    index = json.loads((root / INDEX_FILE).read_text(encoding="utf-8"))
    assert index["lang"] == lang
    elements = index["elements"]
    assert sorted(e["id"] for e in elements) == sorted(CATALOGUE.core_elements)
    phases = [phase.id for phase in CATALOGUE.vocabulary.phases]
    assert [e["phase"] for e in elements] == sorted((e["phase"] for e in elements), key=phases.index)
    for element in elements:
        record = CATALOGUE.core_elements[element["id"]]
        assert (element["title"], element["question"]) == (record.title.get(lang).text, record.question.get(lang).text)
    links = [
        link for e in elements for link in [e["chapter"], *(item["url"] for item in e["practices"] + e["clauses"])]
    ]
    assert any(e["practices"] for e in elements) and any(e["clauses"] for e in elements)
    assert [problem for problem in (landing_problem(root, link) for link in links) if problem] == []


def test_checklist_pages_carry_only_strings_and_the_address_of_their_language_index(built_site: BuiltSite) -> None:
    folders = {code: built_site.page(code, "").parent for code in LANGUAGES}
    pages = [p for p in built_site.root.rglob("*.html") if 'id="blma-checklist-data"' in p.read_text(encoding="utf-8")]
    assert len(pages) >= 3 * len(LANGUAGES)  # the chapters, the checklists and the self-assessment
    for page in pages:
        node = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("#blma-checklist-data")
        data = json.loads(node.string)
        assert set(data) == {"lang", "strings"}, page
        top = page.relative_to(built_site.root).parts[0]
        lang = top if top in LANGUAGES and top != SITE_LANGUAGES.default else SITE_LANGUAGES.default
        assert data["lang"] == lang, page
        assert (page.parent / node["data-index"]).resolve() == folders[lang] / INDEX_FILE, page


PROMISED_ANCHORS = {
    "phases/negotiation/": "key-steps",
    "checklists/": "ce-zero-recruitment-fees",
    "practices/": "practice-nepal-malaysia-2018",
    "instruments/": "instrument-c97",
    "glossary/": "term-social-dialogue",
    "embed/": "stable-addresses",
    "open-data/": "data-practices",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_anchors_promised_by_the_embed_and_data_pages_exist(built_site: BuiltSite, lang: str) -> None:
    for path, anchor in PROMISED_ANCHORS.items():
        assert soup(built_site, lang, path).select_one(f"[id='{anchor}']") is not None, f"{lang}/{path}#{anchor}"
    for element in (*(f"ce-{i}" for i in CATALOGUE.core_elements), *(f"practice-{i}" for i in CATALOGUE.practices)):
        page = "checklists/" if element.startswith("ce-") else "practices/"
        assert soup(built_site, lang, page).select_one(f"[id='{element}']") is not None, f"{lang}/{page}#{element}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_page_holds_every_chapter_in_order_in_its_language(built_site: BuiltSite, lang: str) -> None:
    from macros.plugin.print_page import slug
    from tests.conftest import print_chapters

    page = soup(built_site, lang, "print/")
    chapters = [section["id"] for section in page.select("section.blma-print__chapter")]
    assert chapters == [f"{slug(src)}--chapter" for src in print_chapters()]
    assert page.html["lang"] == lang
    ids = [tag["id"] for tag in page.select("[id]")]
    assert len(ids) == len(set(ids)), "ids must stay unique once chapters are joined"
    assert page.select_one("a[href='#phases-adoption--purpose']") is not None  # chapter links stay inside
    assert len(page.select("h1")) == 1, "chapter titles sit under the print page's own h1"
    assert all(section.find(["h1", "h2"]).name == "h2" for section in page.select("section.blma-print__chapter"))

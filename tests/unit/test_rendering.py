"""Renderers: language chosen at render time, autoescaped text, stable anchors, unknown ids named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.catalogue.loader import load_catalogue
from macros.catalogue.queries import SelectionError
from macros.render.renderer import PageContext, Renderer
from tests.conftest import REQUIRED_LANGUAGES, PageViews

HOSTILE = '<script>alert("x")</script> {{ config }} {% raw %} <b>bold</b> & "quotes"'


def renderer(data: Path, lang: str = "en", src: str = "phases/negotiation.md", dir_urls: bool = True) -> PageViews:
    return PageViews(
        Renderer(
            load_catalogue(data, REQUIRED_LANGUAGES), PageContext(lang=lang, src_path=src, use_directory_urls=dir_urls)
        )
    )


def inject(data: Path, file: str, key: str, set_text) -> None:
    path = data / file
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    set_text(document[key][0])
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")


def test_checklist_renders_in_the_page_language(fixture_data: Path) -> None:
    html = renderer(fixture_data, "fr").checklist("negotiation")
    soup = BeautifulSoup(html, "html.parser")
    item = soup.select_one("li#ce-negotiation-element")
    assert item is not None and item["data-element"] == "negotiation-element"
    assert item.select_one("label").get_text(strip=True) == "negotiation titre"
    assert soup.select_one("input#tick-negotiation-element[type=checkbox]") is not None
    assert "Liste de contrôle des éléments essentiels\u00a0: Négociation" in soup.get_text()
    assert "Thème\u00a0: Structure de gouvernance" in soup.get_text()


def test_checklist_links_instruments_relative_to_the_page(fixture_data: Path) -> None:
    soup = BeautifulSoup(renderer(fixture_data, "es").checklist("negotiation"), "html.parser")
    assert soup.select_one("details a")["href"] == "../../instruments/#instrument-c97"
    offline = BeautifulSoup(renderer(fixture_data, "es", dir_urls=False).checklist("negotiation"), "html.parser")
    assert offline.select_one("details a")["href"] == "../instruments.html#instrument-c97"


def test_practice_card_shows_localized_countries_and_sources(fixture_data: Path) -> None:
    soup = BeautifulSoup(renderer(fixture_data, "es", "practices.md").practices(phase="negotiation"), "html.parser")
    card = soup.select_one("article.blma-practice")
    assert card.select_one("h3")["id"] == "practice-nepal-malaysia-2018"
    facts = card.select_one("dl").get_text(" ", strip=True)
    assert "Nepal" in facts and "Malasia" in facts and "Memorando de entendimiento" in facts
    assert (
        card.select_one("details a")["href"]
        == "http://thehimalayantimes.com/nepal/nepal-malaysia-ink-labour-supply-mou/"
    )
    assert card.select_one("p.blma-meta a")["href"] == "../checklists/#ce-negotiation-element"


def test_elsewhere_a_practice_is_named_and_linked_not_told_again(fixture_data: Path) -> None:
    """Each example is told in full once, on the practices page; a chapter names it, says what it teaches and
    links there, and keeps the example's anchor so that links to the chapter's former cards still land."""
    soup = BeautifulSoup(renderer(fixture_data, "es").practices(phase="negotiation"), "html.parser")
    item = soup.select_one("ul.blma-practice-links > li#practice-nepal-malaysia-2018")
    assert item.select_one("a")["href"] == "../../practices/#practice-nepal-malaysia-2018"
    lessons = item.select_one(".blma-practice-links__lessons").get_text(strip=True)
    assert lessons == "Los costos pueden trasladarse a los empleadores."
    assert soup.select("article, dl, details, .blma-practice__summary") == []


@pytest.mark.parametrize(
    ("file", "key", "field", "render"),
    [
        ("practices.yml", "practices", "lessons", lambda r: r.practices(phase="negotiation")),
        ("core_elements/negotiation.yml", "core_elements", "question", lambda r: r.checklist("negotiation")),
        ("instruments.yml", "instruments", "title", lambda r: r.instruments("c97")),
        ("glossary.yml", "terms", "definition", lambda r: r.glossary()),
    ],
)
def test_hostile_yaml_text_is_escaped(fixture_data: Path, file: str, key: str, field: str, render) -> None:
    inject(fixture_data, file, key, lambda record: record[field].update(en=HOSTILE))
    html = str(render(renderer(fixture_data, "en")))
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "{{ config }}" in html  # shown literally: Jinja syntax in data is text, never evaluated


def test_untranslated_text_is_marked_not_silently_english(fixture_data: Path) -> None:
    soup = BeautifulSoup(renderer(fixture_data, "ar", "practices.md").practices(phase="negotiation"), "html.parser")
    summary = soup.select_one(".blma-practice__summary")
    assert summary["lang"] == "en" and "blma-fallback" in summary["class"]
    assert summary.select_one(".blma-badge--untranslated") is not None


def test_output_has_no_blank_line_that_would_end_the_html_block(fixture_data: Path) -> None:
    html = str(renderer(fixture_data).all_checklists())
    assert "\n\n" not in html and html.startswith("<section")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r: r.instruments("c9"), "unknown instrument 'c9'; did you mean 'c97'?"),
        (lambda r: r.checklist("negociation"), "unknown phase 'negociation'; did you mean 'negotiation'"),
        (lambda r: r.practices(sector="helth"), "unknown sector 'helth'; did you mean 'health'?"),
        (lambda r: r.practices(ids=["nepal-malaysia"]), "unknown practice 'nepal-malaysia'; did you mean"),
        (lambda r: r.practices(sector="health"), "no practice example matches"),
        (lambda r: r.instruments(), "instruments() needs instrument ids or a phase"),
    ],
)
def test_bad_selections_fail_with_the_closest_ids(fixture_data: Path, call, message: str) -> None:
    with pytest.raises(SelectionError, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        call(renderer(fixture_data))


def test_instruments_of_a_phase_are_unique_and_in_catalogue_order(fixture_data: Path) -> None:
    soup = BeautifulSoup(renderer(fixture_data).instruments("gcm-05", phase="adoption"), "html.parser")
    assert [a.get_text() for a in soup.select("li > a:first-child")] == ["C97", "GCM 5"]


def test_glossary_is_sorted_in_the_page_language_and_anchored(fixture_data: Path) -> None:
    soup = BeautifulSoup(renderer(fixture_data, "fr", src="glossary.md").glossary(), "html.parser")
    assert soup.select_one("div#term-social-dialogue dt").get_text(strip=True) == "Dialogue social"


def test_every_catalogue_view_escapes_hostile_titles(fixture_data: Path) -> None:
    inject(fixture_data, "practices.yml", "practices", lambda record: record["title"].update(en=HOSTILE))
    inject(fixture_data, "core_elements/monitoring.yml", "core_elements", lambda r: r["title"].update(en=HOSTILE))
    context = PageContext(lang="en", src_path="practices.md", language_root="https://example.org/")
    page = PageViews(Renderer(load_catalogue(fixture_data, REQUIRED_LANGUAGES), context))
    views = [
        page.practice_explorer(),
        page.coding_matrix(),
        page.corridor_diagram(),
        page.self_assessment(),
        page.all_checklists(),
        page.cycle_diagram(),
        page.embed_snippet("practices.md", "practice-nepal-malaysia-2018"),
        page.open_data(),
    ]
    for html in map(str, views):
        assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert" in str(views[0]) and "&lt;script&gt;alert" in str(views[3])


def test_embed_snippets_of_a_local_build_say_so(fixture_data: Path) -> None:
    catalogue = load_catalogue(fixture_data, REQUIRED_LANGUAGES)
    for root, local in (("http://127.0.0.1:8000/", True), ("https://example.org/blma/", False)):
        context = PageContext(lang="fr", src_path="embed.md", language_root=root)
        html = str(
            PageViews(Renderer(catalogue, context)).embed_snippet("practices.md", "practice-nepal-malaysia-2018")
        )
        assert ('class="blma-snippet__local"' in html) is local
        assert f'href="{root}practices/?embed=practice-nepal-malaysia-2018"' in html

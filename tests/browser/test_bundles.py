"""Offline bundles, unzipped and opened from file:// in Chromium with every non-local request blocked; the
read-me beside index.html that a facilitator hands out with them."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from macros.render.checklist_index import INDEX_FILE
from tests.browser.conftest import Visit
from tests.conftest import LANGUAGES, SITE_LANGUAGES, site_catalogue
from tests.linkcheck import broken_links

RESOURCE_TAGS = "script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], object[data]"


def test_no_page_of_any_bundle_loads_an_external_resource(bundles: dict[str, Path]) -> None:
    external = []
    for language, folder in bundles.items():
        for page in folder.rglob("*.html"):
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            if soup.select("link[rel=alternate]"):  # Material fetches sitemap.xml next to each alternate link
                external.append(f"{language}: {page.relative_to(folder)}: link rel=alternate")
            for tag in soup.select(RESOURCE_TAGS):
                if tag.name == "link" and "stylesheet" not in tag.get("rel", []) and "icon" not in tag.get("rel", []):
                    continue
                reference = tag.get("src") or tag.get("href") or tag.get("data")
                if urlsplit(reference).scheme in {"http", "https"} or reference.startswith("//"):
                    external.append(f"{language}: {page.relative_to(folder)}: {reference}")
    assert external == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_bundle_is_in_its_language(bundles: dict[str, Path], language: str) -> None:
    home = BeautifulSoup((bundles[language] / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.html["lang"] == language
    assert (bundles[language] / "search" / "search_index.js").exists()
    assert (bundles[language] / "assets" / "javascripts" / "iframe-worker" / "shim.js").exists()


def search(visit: Visit, word: str) -> list[str]:
    page = visit.page
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially(word, delay=20)
    page.wait_for_selector(".md-search-result__item")
    return page.locator(".md-search-result__item a").evaluate_all("links => links.map(a => a.href)")


def test_all_language_bundle_navigates_switches_searches_and_ticks_offline(
    visit: Visit, bundles: dict[str, Path]
) -> None:
    page = visit.page
    root = bundles["all"].as_uri() + "/"
    page.goto(root + "index.html")
    page.locator(".blma-cycle a").nth(1).click()
    page.wait_for_url(root + "phases/negotiation.html")

    page.locator(".md-header [hreflang=fr]").first.dispatch_event("click")
    page.wait_for_url(root + "fr/phases/negotiation.html")
    assert page.locator("html").get_attribute("lang") == "fr"

    results = search(visit, "négociation")
    assert results and all(href.startswith(root + "fr/") for href in results)

    page.keyboard.press("Escape")  # close the search overlay
    element = page.locator("section.blma-checklist li").first.get_attribute("data-element")
    page.locator(f"label[for=tick-{element}]").click()
    page.goto(root + "es/checklists.html")
    assert page.is_checked(f"#tick-{element}")
    assert visit.blocked == []


@pytest.mark.parametrize(("language", "word"), [("fr", "négociation"), ("es", "negociación"), ("en", "negotiation")])
def test_language_bundle_search_returns_its_language(
    visit: Visit, bundles: dict[str, Path], language: str, word: str
) -> None:
    root = bundles[language].as_uri() + "/"
    visit.page.goto(root + "phases/preparation.html")
    results = search(visit, word)
    assert results and all(href.startswith(root) for href in results)
    assert visit.blocked == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_offline_checklist_pages_carry_the_element_index(bundles: dict[str, Path], language: str) -> None:
    """file:// refuses the fetch that online pages make for it (tests/browser/test_checklists.py uses it)."""
    page = BeautifulSoup((bundles[language] / "checklists.html").read_text(encoding="utf-8"), "html.parser")
    node = page.select_one("#blma-checklist-data")
    assert not node.has_attr("data-index")
    elements = json.loads(node.string)["elements"]
    assert sorted(element["id"] for element in elements) == sorted(CATALOGUE.core_elements)
    assert not (bundles[language] / INDEX_FILE).exists()


def test_every_link_and_anchor_of_every_bundle_resolves(bundles: dict[str, Path]) -> None:
    broken = {language: broken_links(folder) for language, folder in bundles.items()}
    assert broken == {language: [] for language in bundles}


CATALOGUE = site_catalogue()
UI = CATALOGUE.ui


def home_of(bundle: str, lang: str) -> str:
    """A one-language bundle has its language at its root; the all-language one has the others in folders."""
    return "index.html" if bundle != "all" or not SITE_LANGUAGES.prefix(lang) else f"{lang}/index.html"


@pytest.mark.parametrize("bundle", [*LANGUAGES, "all"])
def test_start_here_sits_beside_index_in_the_bundle_languages(bundles: dict[str, Path], bundle: str) -> None:
    """The zip's top folder holds START-HERE.html next to index.html: a section per language of the bundle,
    each in that language, saying it works offline and linking that language's home page."""
    folder = bundles[bundle]
    assert (folder / "START-HERE.html").is_file() and (folder / "index.html").is_file()
    soup = BeautifulSoup((folder / "START-HERE.html").read_text(encoding="utf-8"), "html.parser")
    expected = list(LANGUAGES) if bundle == "all" else [bundle]
    sections = soup.select("main > section[lang]")
    assert [section["lang"] for section in sections] == expected
    assert soup.html["lang"] == expected[0]
    for section in sections:
        lang = section["lang"]
        assert section.h1.get_text(strip=True) == UI.text("start_here_title", lang)
        assert UI.text("start_here_offline", lang) in section.get_text(" ")
        link = section.select_one("a[href]")
        assert link["href"] == home_of(bundle, lang)
        assert link.get_text(strip=True) == UI.text("start_here_open", lang)
        home = BeautifulSoup((folder / link["href"]).read_text(encoding="utf-8"), "html.parser")
        assert home.html["lang"] == lang


def test_start_here_opens_the_site_in_the_chosen_language_offline(visit: Visit, bundles: dict[str, Path]) -> None:
    page = visit.page
    root = bundles["all"].as_uri() + "/"
    page.goto(root + "START-HERE.html")
    assert visit.axe() == []
    lang = LANGUAGES[-1]
    page.locator(f"section[lang={lang}] a").click()
    page.wait_for_url(root + home_of("all", lang))
    assert page.locator("html").get_attribute("lang") == lang
    assert visit.blocked == []

"""Offline bundles, unzipped and opened from file:// in Chromium with every non-local request blocked."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.browser.conftest import Visit
from tests.conftest import LANGUAGES
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


def test_every_link_and_anchor_of_every_bundle_resolves(bundles: dict[str, Path]) -> None:
    broken = {language: broken_links(folder) for language, folder in bundles.items()}
    assert broken == {language: [] for language in bundles}

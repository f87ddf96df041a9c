"""A reader in Chromium: switches language and stays on the page; nothing is requested from elsewhere."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Visit


def test_language_switcher_keeps_the_page(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}phases/negotiation/")
    page.locator(".md-header [hreflang=fr]").first.dispatch_event("click")
    page.wait_for_url(f"{site_url}fr/phases/negotiation/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("section.blma-checklist[data-phase=negotiation]").count() == 1
    assert visit.blocked == []


@pytest.mark.parametrize("lang_prefix", ["", "fr/", "es/"])
def test_checklist_boxes_are_real_labelled_checkboxes(visit: Visit, site_url: str, lang_prefix: str) -> None:
    page = visit.page
    page.goto(f"{site_url}{lang_prefix}phases/preparation/")
    box = page.locator("section.blma-checklist input[type=checkbox]").first
    label = page.locator(f"label[for={box.get_attribute('id')}]")
    assert (label.text_content() or "").strip()  # not inner_text: off-screen items are not laid out yet
    label.click()
    assert box.is_checked()
    assert visit.blocked == []


@pytest.mark.parametrize("path", ["", "phases/implementation/", "fr/practices/", "es/checklists/"])
def test_site_components_pass_axe(visit: Visit, site_url: str, path: str) -> None:
    visit.page.goto(f"{site_url}{path}")
    assert visit.axe(include=".md-content") == []


def test_search_index_is_downloaded_only_when_the_reader_opens_search(visit: Visit, site_url: str) -> None:
    """Online, the index (100+ KB) waits for search; opening it with the keyboard shortcut still finds pages."""
    page = visit.page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site_url}fr/phases/negotiation/", wait_until="networkidle")
    assert not [url for url in requested if "search_index" in url]
    with page.expect_request_finished(lambda request: request.url.endswith("/fr/search/search_index.json")):
        page.keyboard.press("s")  # Material's shortcut for search
    page.locator("input.md-search__input").press_sequentially("accord", delay=20)
    page.wait_for_selector(".md-search-result__item")
    assert page.locator(".md-search-result__item a[href*='/fr/']").count() > 0
    assert visit.blocked == []


def test_arriving_from_a_search_result_highlights_the_terms(visit: Visit, site_url: str) -> None:
    """Material highlights ?h= terms with the index's settings, so the index is fetched at once there."""
    page = visit.page
    page.goto(f"{site_url}phases/negotiation/?h=agreement")
    page.wait_for_selector("mark[data-md-highlight]")
    assert page.locator("mark[data-md-highlight]").count() > 0


def test_page_scripts_load_only_where_their_component_is(visit: Visit, site_url: str) -> None:
    page = visit.page
    scripts = "Array.from(document.scripts, s => s.src.split('/').pop()).filter(Boolean)"
    page.goto(f"{site_url}about/")
    assert not {"explorer.js", "checklists.js"} & set(page.evaluate(scripts))
    page.goto(f"{site_url}practices/")
    assert "explorer.js" in page.evaluate(scripts)
    page.goto(f"{site_url}phases/adoption/")
    assert "checklists.js" in page.evaluate(scripts)

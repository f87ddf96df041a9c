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
    assert label.inner_text().strip()
    label.click()
    assert box.is_checked()
    assert visit.blocked == []


@pytest.mark.parametrize("path", ["", "phases/implementation/", "fr/practices/", "es/checklists/"])
def test_site_components_pass_axe(visit: Visit, site_url: str, path: str) -> None:
    visit.page.goto(f"{site_url}{path}")
    assert visit.axe(include=".md-content") == []

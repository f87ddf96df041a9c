"""A new reader: the home page routes in its first screen, on a desktop and a phone, in every language; the
language switch keeps the section being read."""

from __future__ import annotations

import pytest

from tests.browser.conftest import guarded_visit
from tests.conftest import SITE_LANGUAGES

SIZES = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", SITE_LANGUAGES.codes)
def test_the_first_screen_says_what_the_site_is_and_routes_by_task(
    browser, site_url: str, lang: str, size: str
) -> None:
    with guarded_visit(browser, viewport=SIZES[size]) as visit:
        page = visit.page
        page.goto(site_url + SITE_LANGUAGES.prefix(lang))
        height = SIZES[size]["height"]
        official = page.locator("article a[href*='WCMS_837529' i], article a[href*='wcms_837529']").first
        assert official.is_visible() and official.bounding_box()["y"] < height, "the official Guidance link"
        tasks = page.locator("#start-from-your-task + ul > li")
        assert tasks.count() == 5
        assert tasks.first.bounding_box()["y"] < height, "the first task entry is in the first screen"
        footer = page.locator(".blma-edition__statement")
        assert footer.count() == 1 and (footer.text_content() or "").strip()
        assert visit.blocked == []


def test_the_language_switch_keeps_the_section(browser, site_url: str) -> None:
    with guarded_visit(browser) as visit:
        page = visit.page
        page.goto(f"{site_url}phases/negotiation/#key-steps")
        page.locator(".md-header [hreflang=es]").first.dispatch_event("click")
        page.wait_for_url(f"{site_url}es/phases/negotiation/#key-steps")
        assert page.locator("html").get_attribute("lang") == "es"
        assert visit.blocked == []


@pytest.mark.parametrize("lang", SITE_LANGUAGES.codes)
def test_source_notes_show_their_numbers(browser, site_url: str, lang: str) -> None:
    """A reader must tell which source note is which: numbered lists keep their markers (never clipped by
    content-visibility), and adjacent note calls are separated."""
    with guarded_visit(browser) as visit:
        page = visit.page
        page.goto(site_url + SITE_LANGUAGES.prefix(lang) + "phases/negotiation/")
        styles = page.evaluate(
            """() => [...document.querySelectorAll('.footnote li, .blma-instruments li')].map(li => {
                const style = getComputedStyle(li);
                return [style.contentVisibility, style.listStyleType];
            })"""
        )
        assert styles and all(visibility != "auto" and marker != "none" for visibility, marker in styles)
        assert visit.blocked == []

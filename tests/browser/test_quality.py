"""Every page of every language, online and in the offline bundle: no axe-core violation (WCAG 2.0, 2.1 and
2.2, A and AA) and no request leaving the machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Visit
from tests.conftest import BuiltSite


def pages_of(root: Path, index: str) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob(index))


def check_pages(visit: Visit, base: str, pages: list[str]) -> list[str]:
    problems = []
    for path in pages:
        visit.page.goto(base + path)
        visit.page.wait_for_load_state("load")
        problems += [f"{path}: {v['id']} {v['nodes'][:2]}" for v in visit.axe()]
    problems += [f"request left the machine: {url}" for url in visit.blocked]
    return problems


def test_every_online_page_is_accessible_and_private(visit: Visit, site_url: str, built_site: BuiltSite) -> None:
    pages = [p.removesuffix("index.html") for p in pages_of(built_site.root, "index.html")]
    assert len(pages) >= 60
    assert check_pages(visit, site_url, pages) == []


def test_every_offline_page_is_accessible_and_private(visit: Visit, bundles: dict[str, Path]) -> None:
    root = bundles["all"]
    pages = [p for p in pages_of(root, "*.html") if p != "404.html" and not p.endswith("/404.html")]
    assert check_pages(visit, root.as_uri() + "/", pages) == []


@pytest.mark.parametrize("path", ["", "phases/negotiation/", "fr/checklists/", "es/practices/", "self-assessment/"])
def test_pages_on_a_phone_are_accessible(phone_visit: Visit, site_url: str, path: str) -> None:
    """The mobile layout (drawer navigation, stacked tools) has its own touch targets and contrast."""
    phone_visit.page.goto(site_url + path)
    phone_visit.page.wait_for_load_state("networkidle")
    assert phone_visit.axe() == []
    assert phone_visit.blocked == []


@pytest.mark.parametrize("path", ["", "fr/phases/adoption/", "es/practices/"])
def test_open_search_dialog_is_accessible(visit: Visit, site_url: str, path: str) -> None:
    page = visit.page
    page.goto(site_url + path)
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially("accord", delay=20)
    page.wait_for_selector(".md-search-result__item")
    assert visit.axe() == []


def test_self_assessment_by_keyboard_alone(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}self-assessment/")
    first = page.locator("fieldset.blma-assess").first
    element = first.get_attribute("data-element")
    page.focus(f"input[name=assess-{element}][value=covered]")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")  # covered -> partly -> missing
    assert page.is_checked(f"input[name=assess-{element}][value=missing]")
    # The report lists elements from the index fetched at load (checklists.js), which may still be on its way.
    page.wait_for_selector(f"#gap-report-body [data-status=missing] li[data-element={element}]", state="attached")
    assert page.locator(f"#gap-report-body [data-status=missing] li[data-element={element}]").count() == 1
    page.focus("[data-action=export-csv]")
    with page.expect_download():
        page.keyboard.press("Enter")


def test_checklist_boxes_are_at_least_24_px_on_a_phone(phone_visit: Visit, site_url: str) -> None:
    """WCAG 2.2 target size: the label beside each box is a target too, so the box itself must be 24 px."""
    page = phone_visit.page
    page.goto(f"{site_url}phases/negotiation/")
    sizes = page.evaluate(
        "Array.from(document.querySelectorAll('.blma-checklist__box'), b => b.getBoundingClientRect())"
        ".map(r => [r.width, r.height])"
    )
    assert sizes and all(width >= 24 and height >= 24 for width, height in sizes), sizes[:3]

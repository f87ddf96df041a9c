"""Checklists and self-assessment in Chromium, served over http://127.0.0.1 and opened from file://."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.browser.conftest import Visit
from tests.conftest import BuiltSite

FIRST = "section.blma-checklist li.blma-checklist__item"


@pytest.fixture(params=["http", "file"])
def root(request: pytest.FixtureRequest, built_site: BuiltSite) -> str:
    """Site root as a reader reaches it: from a local web server, or by opening the files."""
    if request.param == "http":
        return request.getfixturevalue("site_url")
    return built_site.root.as_uri() + "/"


def page_url(root: str, path: str) -> str:
    """Directory URLs need an explicit index.html under file://."""
    return root + path + ("index.html" if root.startswith("file:") else "")


def first_element_id(visit: Visit) -> str:
    return visit.page.locator(FIRST).first.get_attribute("data-element")


def test_tick_and_note_survive_reload_and_language_switch(visit: Visit, root: str) -> None:
    page = visit.page
    page.goto(page_url(root, "phases/negotiation/"))
    element = first_element_id(visit)
    page.locator(f"label[for=tick-{element}]").click()
    page.fill(f"#note-{element}", "Article 4 of our draft")
    page.locator(f"#note-{element}").blur()
    assert "1" in page.locator("section.blma-checklist .blma-checklist__progress").inner_text()

    page.reload()
    assert page.is_checked(f"#tick-{element}")
    for lang in ("fr", "es"):
        page.goto(page_url(root, f"{lang}/checklists/"))
        assert page.is_checked(f"#tick-{element}"), lang
        assert page.input_value(f"#note-{element}") == "Article 4 of our draft"
    assert visit.blocked == []


def test_keyboard_alone_ticks_an_item(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}checklists/")
    element = first_element_id(visit)
    page.focus(f"#tick-{element}")
    page.keyboard.press("Space")
    assert page.is_checked(f"#tick-{element}")
    status = page.locator(".blma-checklist__progress").first
    assert status.get_attribute("aria-live") == "polite" and status.inner_text().startswith("1 ")


def test_export_then_import_round_trips(visit: Visit, site_url: str, tmp_path: Path) -> None:
    page = visit.page
    page.goto(f"{site_url}fr/checklists/")
    ids = [li.get_attribute("data-element") for li in page.locator(FIRST).all()[:3]]
    for element in ids:
        page.locator(f"label[for=tick-{element}]").click()
    page.fill(f"#note-{ids[0]}", "à revoir")
    page.locator(f"#note-{ids[0]}").blur()

    with page.expect_download() as download:
        page.click("[data-action=export-json]")
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert exported["format"] == "blma-checklist" and exported["language"] == "fr"
    rows = {row["id"]: row for row in exported["items"]}
    assert [i for i, row in rows.items() if row["checked"]] == ids
    assert rows[ids[0]]["note"] == "à revoir" and rows[ids[0]]["title"]

    for action, extension in (("export-csv", ".csv"), ("export-markdown", ".md")):
        with page.expect_download() as other:
            page.click(f"[data-action={action}]")
        text = Path(other.value.path()).read_text(encoding="utf-8")
        assert other.value.suggested_filename.endswith(extension) and ids[0] in text and "à revoir" in text

    page.once("dialog", lambda dialog: dialog.accept())
    page.click("[data-action=reset]")
    assert not page.is_checked(f"#tick-{ids[0]}")

    saved = tmp_path / "export.json"
    saved.write_text(json.dumps(exported), encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        page.click("[data-action=import-json]")
    chooser.value.set_files(str(saved))
    page.wait_for_function(f"document.getElementById('tick-{ids[0]}').checked")
    assert all(page.is_checked(f"#tick-{element}") for element in ids)
    assert page.input_value(f"#note-{ids[0]}") == "à revoir"


def test_reset_asks_first_and_cancel_keeps_everything(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}checklists/")
    element = first_element_id(visit)
    page.locator(f"label[for=tick-{element}]").click()
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click("[data-action=reset]")
    assert page.is_checked(f"#tick-{element}")


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"format": "other"}),
        json.dumps({"format": "blma-checklist", "version": 1, "items": [{"id": "x", "checked": True}]}),
    ],
)
def test_an_invalid_import_is_refused_and_nothing_is_lost(
    visit: Visit, site_url: str, tmp_path: Path, content: str
) -> None:
    page = visit.page
    page.goto(f"{site_url}es/checklists/")
    element = first_element_id(visit)
    page.locator(f"label[for=tick-{element}]").click()
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        page.click("[data-action=import-json]")
    chooser.value.set_files(str(bad))
    message = page.locator(".blma-tools__message--error")
    message.wait_for()
    assert "no se modificó nada" in message.inner_text()
    assert page.is_checked(f"#tick-{element}")


def test_gap_report_lists_exactly_the_elements_marked_missing(visit: Visit, root: str) -> None:
    page = visit.page
    page.goto(page_url(root, "self-assessment/"))
    fieldsets = page.locator("fieldset.blma-assess").all()
    missing = [fieldsets[i].get_attribute("data-element") for i in (0, 4, len(fieldsets) - 1)]
    partly = fieldsets[2].get_attribute("data-element")
    for element in missing:
        page.check(f"input[name=assess-{element}][value=missing]")
    page.check(f"input[name=assess-{partly}][value=partly]")
    page.check(f"input[name=assess-{fieldsets[1].get_attribute('data-element')}][value=covered]")

    report = page.locator("#gap-report-body")
    listed = report.locator("[data-status=missing] li").evaluate_all("items => items.map(i => i.dataset.element)")
    assert sorted(listed) == sorted(missing)
    assert report.locator("[data-status=partly] li").evaluate_all("i => i.map(x => x.dataset.element)") == [partly]
    first = report.locator("[data-status=missing] li").first
    assert first.locator("a").first.get_attribute("href").endswith("#checklist")

    page.goto(page_url(root, "fr/self-assessment/"))
    assert sorted(
        page.locator("#gap-report-body [data-status=missing] li").evaluate_all("i => i.map(x => x.dataset.element)")
    ) == sorted(missing)
    assert visit.blocked == []


@pytest.mark.parametrize("path", ["checklists/", "fr/self-assessment/", "es/phases/adoption/"])
def test_checklist_pages_pass_axe_with_the_tools_active(visit: Visit, site_url: str, path: str) -> None:
    visit.page.goto(f"{site_url}{path}")
    visit.page.wait_for_selector(".blma-tools")
    assert visit.axe(include=".md-content") == []

"""Checklists and self-assessment in Chromium, served over http://127.0.0.1 and opened from file://: online the
element index is fetched when a reader exports, imports or has gaps to report; offline copies carry it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from macros.render.checklist_index import INDEX_FILE
from tests.browser.conftest import Visit
from tests.conftest import DATA_DIR, SITE_LANGUAGES, BuiltSite, site_catalogue
from tests.linkcheck import ids_of

FIRST = "section.blma-checklist li.blma-checklist__item"
STORAGE_KEY = "blma-checklist-v1"
UI = yaml.safe_load((DATA_DIR / "ui.yml").read_text(encoding="utf-8"))
PHASES = yaml.safe_load((DATA_DIR / "vocabulary.yml").read_text(encoding="utf-8"))["phases"]
#: Excel's list separator where the decimal mark is a comma (fr, es) and where it is a point (en).
SEPARATORS = {"en": ",", "fr": ";", "es": ";"}
PROTOTYPE_IDS = ["__proto__", "constructor", "hasOwnProperty", "toString"]
#: What Chromium throws on localStorage in a cross-site frame whose storage is blocked.
BLOCK_STORAGE = """Object.defineProperty(window, "localStorage", {configurable: true, get() {
    throw new DOMException("Access is denied for this document.", "SecurityError"); }});"""
CATALOGUE = site_catalogue()


@pytest.fixture(params=["http", "file"])
def root(request: pytest.FixtureRequest, built_site: BuiltSite) -> str:
    """Site root as a reader reaches it: from a local web server, or by opening the files."""
    if request.param == "http":
        return request.getfixturevalue("site_url")
    return built_site.root.as_uri() + "/"


def page_url(root: str, path: str) -> str:
    """Directory URLs need an explicit index.html under file://."""
    return root + path + ("index.html" if root.startswith("file:") else "")


@dataclass(frozen=True)
class Copy:
    """The site as a reader has it: served over http, or an offline bundle opened from file://."""

    base: str
    folder: Path
    offline: bool

    def url(self, path: str) -> str:
        """A page addressed as online ("fr/checklists/"), in this copy."""
        if not self.offline:
            return self.base + path
        return self.base + (path.rstrip("/") + ".html" if path else "index.html")

    def problem(self, href: str) -> str | None:
        """Why a link on a page of this copy reaches no page or anchor of it; None when it does."""
        if not href.startswith(self.base):
            return f"{href}: outside the copy"
        parts = urlsplit(href.removeprefix(self.base))
        target = self.folder / unquote(parts.path)
        target = target / "index.html" if target.is_dir() else target
        if not target.is_file():
            return f"{href}: no file"
        return f"{href}: no anchor" if parts.fragment and unquote(parts.fragment) not in ids_of(target) else None


@pytest.fixture(params=["http", "offline"])
def reader_copy(request: pytest.FixtureRequest, built_site: BuiltSite) -> Copy:
    if request.param == "http":
        return Copy(request.getfixturevalue("site_url"), built_site.root, offline=False)
    folder = request.getfixturevalue("bundles")["all"]
    return Copy(folder.as_uri() + "/", folder, offline=True)


def record_requests(visit: Visit) -> list[str]:
    requested: list[str] = []
    visit.page.on("request", lambda request: requested.append(request.url))
    return requested


def index_requests(requested: list[str]) -> list[str]:
    return [url for url in requested if url.endswith(INDEX_FILE)]


def assert_index_came_as_it_should(copy: Copy, requested: list[str], lang: str) -> None:
    """Offline: no request but the copy's own files. Online: the language's index, fetched once."""
    if copy.offline:
        assert index_requests(requested) == [] and all(url.startswith("file:") for url in requested)
    else:
        assert index_requests(requested) == [copy.base + SITE_LANGUAGES.prefix(lang) + INDEX_FILE]


def set_state(page, items: dict[str, dict]) -> None:
    stored = {"version": 1, "items": items}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, json.dumps(stored)])


def titles(lang: str) -> dict[str, str]:
    return {key: element.title.get(lang).text for key, element in CATALOGUE.core_elements.items()}


def first_element_id(visit: Visit) -> str:
    return visit.page.locator(FIRST).first.get_attribute("data-element")


def write_note(page, element: str, text: str) -> None:
    """Open the folded note as a reader does and type into it, without leaving the box."""
    page.click(f"#ce-{element} [data-action=note-add]")
    page.keyboard.type(text)


def menu_action(page, action: str) -> None:
    """Choose an action from the first toolbar's menu."""
    tools = page.locator(".blma-tools").first
    tools.locator("[data-action=more]").click()
    tools.locator(f"[data-action={action}]").click()


def import_file(page, path: Path) -> None:
    with page.expect_file_chooser() as chooser:
        menu_action(page, "import-json")
    chooser.value.set_files(str(path))


def export_file(page, action: str) -> bytes:
    with page.expect_download() as download:
        if action == "export-csv":
            page.locator(".blma-tools").first.locator("[data-action=export-csv]").click()
        else:
            menu_action(page, action)
    return Path(download.value.path()).read_bytes()


def saved_state(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}') || '{{\"items\": {{}}}}'"))


def checklist_file(tmp_path: Path, items: list[dict]) -> Path:
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps({"format": "blma-checklist", "version": 1, "items": items}), encoding="utf-8")
    return path


def test_tick_and_note_survive_reload_and_language_switch(visit: Visit, root: str) -> None:
    page = visit.page
    page.goto(page_url(root, "phases/negotiation/"))
    element = first_element_id(visit)
    page.locator(f"label[for=tick-{element}]").click()
    write_note(page, element, "Article 4 of our draft")
    assert "1" in page.locator("section.blma-checklist .blma-checklist__progress").inner_text()

    page.reload()  # the note box never lost focus: saved as typed
    assert page.is_checked(f"#tick-{element}")
    assert page.input_value(f"#note-{element}") == "Article 4 of our draft"
    for lang in ("fr", "es"):
        page.goto(page_url(root, f"{lang}/checklists/"))
        assert page.is_checked(f"#tick-{element}"), lang
        assert page.input_value(f"#note-{element}") == "Article 4 of our draft"
    assert visit.blocked == []


def test_notes_are_folded_until_used_and_a_note_with_text_shows_open(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}fr/checklists/")
    assert page.locator("textarea").count() == 0  # a box is made when first needed, not at load
    element = first_element_id(visit)
    add = page.locator(f"#ce-{element} [data-action=note-add]")
    assert add.inner_text() == UI["checklist_note_add"]["fr"] and add.get_attribute("aria-expanded") == "false"
    add.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == f"note-{element}"
    page.keyboard.type("à vérifier")

    page.reload()
    assert page.locator(f"#note-{element}").is_visible() and not add.is_visible()
    assert page.locator("textarea:visible").count() == 1


def test_printing_gives_every_item_a_note_box(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}phases/negotiation/")
    items = page.locator("li.blma-checklist__item")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("li.blma-checklist__item .blma-checklist__note textarea").count() == items.count()
    page.emulate_media(media="print")
    assert page.locator(".blma-checklist__note textarea:visible").count() == items.count()


def test_one_compact_toolbar_per_checklist_with_a_keyboard_menu(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}es/checklists/")
    sections = page.locator("section.blma-checklist").all()
    assert len(sections) == len(PHASES)
    for section in sections:
        tools = section.locator(".blma-tools")
        assert tools.count() == 1
        visible = tools.locator("button:visible").evaluate_all("bs => bs.map(b => b.dataset.action)")
        assert visible == ["export-csv", "more"]
        total = section.locator("li.blma-checklist__item").count()
        assert section.locator(".blma-checklist__progress").inner_text() == f"0 de {total} elementos marcados"

    first = sections[1]
    more = first.locator("[data-action=more]")
    more.focus()
    page.keyboard.press("Enter")
    assert more.get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.activeElement.dataset.action") == "export-json"
    page.keyboard.press("Escape")
    assert first.locator(".blma-tools__list").is_hidden()
    assert page.evaluate("document.activeElement.dataset.action") == "more"

    element = first.locator("li.blma-checklist__item").first.get_attribute("data-element")
    page.locator(f"label[for=tick-{element}]").click()
    assert first.locator(".blma-checklist__progress").inner_text().startswith("1 de ")
    assert sections[0].locator(".blma-checklist__progress").inner_text().startswith("0 de ")


def test_self_assessment_shows_progress_per_phase(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}self-assessment/")
    phases = page.locator(".blma-assessment__phase").all()
    assert len(phases) == len(PHASES) and page.locator(".blma-tools").count() == 1
    element = phases[2].locator("fieldset").first.get_attribute("data-element")
    page.check(f"input[name=assess-{element}][value=partly]")
    total = phases[2].locator("fieldset").count()
    assert phases[2].locator(".blma-assessment__progress").inner_text() == f"1 of {total} questions answered"
    assert phases[0].locator(".blma-assessment__progress").inner_text().startswith("0 of ")


def test_export_then_import_round_trips(visit: Visit, reader_copy: Copy, tmp_path: Path) -> None:
    page = visit.page
    requested = record_requests(visit)
    page.goto(reader_copy.url("fr/checklists/"))
    ids = [li.get_attribute("data-element") for li in page.locator(FIRST).all()[:3]]
    for element in ids:
        page.locator(f"label[for=tick-{element}]").click()
    write_note(page, ids[0], "à revoir")

    exported = json.loads(export_file(page, "export-json").decode("utf-8"))
    assert exported["format"] == "blma-checklist" and exported["language"] == "fr"
    rows = {row["id"]: row for row in exported["items"]}
    assert [i for i, row in rows.items() if row["checked"]] == ids
    assert rows[ids[0]]["note"] == "à revoir"
    assert {row["id"]: row["title"] for row in exported["items"]} == titles("fr")

    for action in ("export-csv", "export-markdown"):
        text = export_file(page, action).decode("utf-8-sig")
        assert ids[0] in text and "à revoir" in text, action

    page.once("dialog", lambda dialog: dialog.accept())
    menu_action(page, "reset")
    assert not page.is_checked(f"#tick-{ids[0]}")

    saved = tmp_path / "export.json"
    saved.write_text(json.dumps(exported), encoding="utf-8")
    import_file(page, saved)  # nothing left to lose: imported without a question
    page.wait_for_function(f"document.getElementById('tick-{ids[0]}').checked")
    assert all(page.is_checked(f"#tick-{element}") for element in ids)
    assert page.input_value(f"#note-{ids[0]}") == "à revoir"
    assert_index_came_as_it_should(reader_copy, requested, "fr")
    assert visit.blocked == []


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_exports_follow_the_cycle_and_open_in_a_spreadsheet(visit: Visit, site_url: str, lang: str) -> None:
    page = visit.page
    page.goto(f"{site_url}{SITE_LANGUAGES.prefix(lang)}checklists/")
    on_page = page.locator("section.blma-checklist").evaluate_all("s => s.map(x => x.dataset.phase)")
    assert on_page == [phase["id"] for phase in PHASES] and on_page != sorted(on_page)
    labels = [next(p["label"][lang] for p in PHASES if p["id"] == phase) for phase in on_page]
    items = page.locator(FIRST).all()
    formulas = ['=HYPERLINK("http://attacker.example","Open")', "+1+1", "-2+3", "@SUM(1,2)"]
    noted = [item.get_attribute("data-element") for item in items[: len(formulas)]]
    for element, formula in zip(noted, formulas, strict=True):
        write_note(page, element, formula)
    question = page.locator(f"#question-{noted[0]}").inner_text()

    raw = export_file(page, "export-csv")
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark, so that Excel reads the accents"
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=SEPARATORS[lang]))
    header = [UI[key][lang] for key in ("phase", "export_col_id", "core_element", "export_col_question")]
    assert table[0] == [*header, *(UI[k][lang] for k in ("export_col_ticked", "export_col_status", "note"))]
    phases_in_order = list(dict.fromkeys(row[0] for row in table[1:]))
    assert phases_in_order == labels
    by_id = {row[1]: row for row in table[1:]}
    assert by_id[noted[0]][3] == question
    assert [by_id[element][6] for element in noted] == ["'" + formula for formula in formulas]

    markdown = export_file(page, "export-markdown").decode("utf-8")
    headings = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == labels
    assert f"{UI['export_col_question'][lang]}{UI['colon'][lang]} {question}" in markdown
    exported = json.loads(export_file(page, "export-json").decode("utf-8"))
    assert list(dict.fromkeys(row["phase"] for row in exported["items"])) == on_page


@pytest.mark.parametrize("choice", ["import-merge", "import-replace", "import-cancel"])
def test_import_asks_before_touching_your_ticks_and_can_be_undone(
    visit: Visit, site_url: str, tmp_path: Path, choice: str
) -> None:
    page = visit.page
    page.goto(f"{site_url}fr/checklists/")
    mine, also_mine, theirs = [li.get_attribute("data-element") for li in page.locator(FIRST).all()[:3]]
    page.locator(f"label[for=tick-{mine}]").click()
    page.locator(f"label[for=tick-{also_mine}]").click()
    write_note(page, mine, "ma note")
    colleague = checklist_file(
        tmp_path,
        [
            {"id": mine, "checked": False, "note": "sa note"},
            {"id": theirs, "checked": True, "note": ""},
        ],
    )

    import_file(page, colleague)
    question = page.locator(".blma-tools__message--ask")
    question.wait_for()
    assert UI["checklist_import_existing"]["fr"] in question.inner_text()
    assert not page.is_checked(f"#tick-{theirs}"), "nothing changes before the reader chooses"
    question.locator(f"[data-action={choice}]").click()

    ticks = [page.is_checked(f"#tick-{element}") for element in (mine, also_mine, theirs)]
    note = page.input_value(f"#note-{mine}")
    if choice == "import-cancel":
        assert ticks == [True, True, False] and note == "ma note"
        return
    if choice == "import-merge":
        assert ticks == [True, True, True], "your ticks are kept, the file's are added"
        assert "ma note" in note and "sa note" in note
    else:
        assert ticks == [False, True, True] and note == "sa note"

    page.locator("[data-action=import-undo]").click()
    assert UI["checklist_import_undone"]["fr"] in page.locator(".blma-tools__message").first.inner_text()
    page.reload()
    assert [page.is_checked(f"#tick-{e}") for e in (mine, also_mine, theirs)] == [True, True, False]
    assert page.input_value(f"#note-{mine}") == "ma note"


def test_reset_asks_first_and_cancel_keeps_everything(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}checklists/")
    element = first_element_id(visit)
    page.locator(f"label[for=tick-{element}]").click()
    page.once("dialog", lambda dialog: dialog.dismiss())
    menu_action(page, "reset")
    assert page.is_checked(f"#tick-{element}")


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"format": "other"}),
        json.dumps({"format": "blma-checklist", "version": 1, "items": [{"id": "x", "checked": True}]}),
        *(
            json.dumps({"format": "blma-checklist", "version": 1, "items": [{"id": name, "checked": True}]})
            for name in PROTOTYPE_IDS
        ),
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
    import_file(page, bad)
    message = page.locator(".blma-tools__message--error")
    message.wait_for()
    assert "no se modificó nada" in message.inner_text()
    assert page.is_checked(f"#tick-{element}")
    assert list(saved_state(page)["items"]) == [element]


def test_prototype_names_already_saved_are_never_saved_again(visit: Visit, site_url: str) -> None:
    """An older version saved "constructor" and "toString" from an import: the next save drops them."""
    page = visit.page
    page.goto(f"{site_url}checklists/")
    element = first_element_id(visit)
    entry = {"checked": True, "status": None, "note": "x"}
    stored = {"version": 1, "items": {name: entry for name in ("constructor", "toString", element)}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, json.dumps(stored)])
    page.reload()
    assert page.is_checked(f"#tick-{element}")
    second = page.locator(FIRST).nth(1).get_attribute("data-element")
    page.locator(f"label[for=tick-{second}]").click()
    assert sorted(saved_state(page)["items"]) == sorted([element, second])


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_blocked_storage_is_announced_with_a_way_to_the_full_site(visit: Visit, site_url: str, lang: str) -> None:
    page = visit.page
    page.add_init_script(BLOCK_STORAGE)
    prefix = SITE_LANGUAGES.prefix(lang)
    page.goto(f"{site_url}{prefix}phases/negotiation/?embed=checklist-negotiation")
    notice = page.locator(".blma-storage-notice")
    assert notice.is_visible()
    assert notice.inner_text().startswith(UI["checklist_storage_blocked"][lang])
    full = notice.locator("a")
    assert full.inner_text() == UI["checklist_storage_open"][lang] and full.get_attribute("target") == "_top"
    assert full.get_attribute("href") == f"{site_url}{prefix}phases/negotiation/#checklist-negotiation"

    element = first_element_id(visit)  # ticks still work for this visit, kept in memory
    page.locator(f"label[for=tick-{element}]").click()
    assert page.is_checked(f"#tick-{element}")
    assert page.locator(".blma-storage-notice").count() == 1


def gap_report_rows(page, count: int) -> list[str]:
    """The elements the gap report lists, once it lists ``count`` (online the index may still be on its way)."""
    page.wait_for_function(f"document.querySelectorAll('#gap-report-body li[data-element]').length === {count}")
    return page.locator("#gap-report-body li[data-element]").evaluate_all("i => i.map(x => x.dataset.element)")


def test_gap_report_lists_exactly_the_elements_marked_missing(visit: Visit, reader_copy: Copy) -> None:
    page = visit.page
    page.goto(reader_copy.url("self-assessment/"))
    fieldsets = page.locator("fieldset.blma-assess").all()
    missing = [fieldsets[i].get_attribute("data-element") for i in (0, 4, len(fieldsets) - 1)]
    partly = fieldsets[2].get_attribute("data-element")
    for element in missing:
        page.check(f"input[name=assess-{element}][value=missing]")
    page.check(f"input[name=assess-{partly}][value=partly]")
    page.check(f"input[name=assess-{fieldsets[1].get_attribute('data-element')}][value=covered]")

    report = page.locator("#gap-report-body")
    gap_report_rows(page, len(missing) + 1)
    listed = report.locator("[data-status=missing] li").evaluate_all("items => items.map(i => i.dataset.element)")
    assert sorted(listed) == sorted(missing)
    assert report.locator("[data-status=partly] li").evaluate_all("i => i.map(x => x.dataset.element)") == [partly]
    first = report.locator("[data-status=missing] li").first
    assert first.locator("a").first.get_attribute("href").endswith("#checklist")

    page.goto(reader_copy.url("fr/self-assessment/"))
    gap_report_rows(page, len(missing) + 1)
    assert sorted(
        page.locator("#gap-report-body [data-status=missing] li").evaluate_all("i => i.map(x => x.dataset.element)")
    ) == sorted(missing)
    assert visit.blocked == []


def test_every_gap_is_reported_with_its_title_and_links_that_reach_their_pages(visit: Visit, reader_copy: Copy) -> None:
    """Every element marked: each listed once, titled in the page language, each link landing on a page and
    anchor of the same copy. Online the index comes once, with the first gap; never on a first visit."""
    page = visit.page
    requested = record_requests(visit)
    page.goto(reader_copy.url("fr/self-assessment/"))
    ids = page.locator("fieldset.blma-assess").evaluate_all("f => f.map(x => x.dataset.element)")
    assert sorted(ids) == sorted(CATALOGUE.core_elements)
    assert "0" in page.locator(".blma-report__counts").inner_text() and index_requests(requested) == []
    statuses = ("missing", "partly")
    set_state(page, {key: {"checked": False, "status": statuses[n % 2], "note": ""} for n, key in enumerate(ids)})
    page.reload()

    assert sorted(gap_report_rows(page, len(ids))) == sorted(ids)
    shown = page.locator("#gap-report-body li[data-element]").evaluate_all(
        "items => items.map(i => [i.dataset.element, i.querySelector('strong').textContent])"
    )
    assert dict(shown) == titles("fr")
    hrefs = page.locator("#gap-report-body li a").evaluate_all("links => links.map(a => a.href)")
    assert len(hrefs) > 2 * len(ids)  # each chapter, and practices or clauses
    assert [problem for problem in map(reader_copy.problem, hrefs) if problem] == []
    assert_index_came_as_it_should(reader_copy, requested, "fr")
    assert visit.blocked == []


def test_a_chapter_carries_only_strings_and_fetches_the_index_once_when_a_reader_exports(
    visit: Visit, site_url: str
) -> None:
    page = visit.page
    requested = record_requests(visit)
    page.goto(f"{site_url}fr/phases/negotiation/")
    data = json.loads(page.locator("#blma-checklist-data").text_content())
    assert set(data) == {"lang", "strings"}
    element = first_element_id(visit)
    page.locator(f"label[for=tick-{element}]").click()
    write_note(page, element, "à voir")
    assert index_requests(requested) == [], "ticks and notes need no index"

    exported = export_file(page, "export-csv").decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(exported, newline=""), delimiter=SEPARATORS["fr"]))
    questions = {key: e.question.get("fr").text for key, e in CATALOGUE.core_elements.items()}
    assert {row[1]: row[2] for row in table[1:]} == titles("fr")
    assert {row[1]: row[3] for row in table[1:]} == questions
    assert [row[1] for row in table[1:] if row[6]] == [element]
    markdown = export_file(page, "export-markdown").decode("utf-8")
    assert all(f"**{title}** (`{key}`)" in markdown for key, title in titles("fr").items())
    assert index_requests(requested) == [f"{site_url}fr/{INDEX_FILE}"], "fetched once, for the first export"


def test_an_export_that_cannot_fetch_the_index_says_so_and_the_next_try_works(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.route(f"**/{INDEX_FILE}", lambda route: route.fulfill(status=503, body="busy"))
    page.goto(f"{site_url}es/checklists/")
    page.locator(".blma-tools").first.locator("[data-action=export-csv]").click()
    error = page.locator(".blma-tools__message--error")
    error.wait_for()
    assert "503" in error.inner_text()

    page.unroute(f"**/{INDEX_FILE}")
    rows = export_file(page, "export-csv").decode("utf-8-sig").strip().split("\r\n")
    assert len(rows) == 1 + len(CATALOGUE.core_elements)
    assert page.locator(".blma-tools__message--error").count() == 0


@pytest.mark.parametrize("path", ["checklists/", "fr/self-assessment/", "es/phases/adoption/"])
def test_checklist_pages_pass_axe_with_the_tools_active(visit: Visit, site_url: str, path: str) -> None:
    page = visit.page
    page.goto(f"{site_url}{path}")
    page.wait_for_selector(".blma-tools")
    if page.locator("[data-action=note-add]").count():
        page.locator("[data-action=note-add]").first.click()  # a note box open
    page.locator(".blma-tools").first.locator("[data-action=more]").click()  # and a menu
    assert visit.axe(include=".md-content") == []

"""The translator's workflow on an edited copy of the project: status report, re-sync, notices, a new language.

A translator learns what to do from `make translations` and from the notices on the site; these tests make
each edit a translator meets (English paragraph changed, French page deleted, English data text changed, new
language folder) and check what the tool prints and writes, and what the built pages show. Two builds in all:
one of the edited copy, one with Arabic added.
"""

from __future__ import annotations

import json
import posixpath
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.dates import format_date
from bs4 import BeautifulSoup, Tag

from macros.tools.paths import copy_project
from tests.conftest import PROJECT_DIR, BuiltSite, run_mkdocs_build

#: What the edited copy changes (each was up to date before the edit).
EDITED_PAGE = "phases/negotiation.md"
OLD_PARAGRAPH = "A good negotiation also leaves both parties with a shared reading of each clause"
NEW_PARAGRAPH = "A good negotiation also leaves both parties with one agreed reading of every clause"
DELETED_FR_PAGE = "principles.md"
EDITED_RECORD = "data/practices.yml#canada-mexico-sawp.summary"
OLD_RECORD_TEXT = "Mexico and Canada set up the programme through a memorandum of understanding"
NEW_RECORD_TEXT = "Mexico and Canada established the programme through a memorandum of understanding"

#: The i18n entry a translator adds for Arabic (mkdocs.yml holds !ENV tags, so it is edited as text).
ARABIC_ENTRY = """\
        - locale: ar
          name: العربية
          build: true
          site_name: إرشادات بشأن اتفاقات هجرة اليد العاملة الثنائية
"""

Key = tuple[str, str, str]  # (kind, item, language)


def replace_once(path: Path, old: str, new: str) -> None:
    """Edit a file in place, failing loudly if the text to edit is no longer there (or is ambiguous)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path}: expected exactly one {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def run_translations(project: Path, *args: str) -> subprocess.CompletedProcess:
    """``blma translations`` as a translator runs it (``make translations``), from the copy's root."""
    return subprocess.run(
        [sys.executable, "-m", "macros.tools.cli", "translations", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )


@dataclass(frozen=True)
class Report:
    """What ``status --json`` wrote and what it printed."""

    entries: dict[Key, dict[str, Any]]
    stdout: str

    def status(self, kind: str, item: str, lang: str) -> str:
        return self.entries[(kind, item, lang)]["status"]


def status_report(project: Path, json_file: Path) -> Report:
    result = run_translations(project, "status", "--json", str(json_file))
    assert result.returncode == 0, result.stderr[-3000:]
    entries = json.loads(json_file.read_text(encoding="utf-8"))
    keyed = {(e["kind"], e["item"], e["language"]): e for e in entries}
    assert len(keyed) == len(entries), "one entry per item and language"
    return Report(keyed, result.stdout)


def changed(before: Report, after: Report) -> dict[Key, tuple[str, str]]:
    """Items whose status differs between two reports: ``{key: (before, after)}``."""
    assert before.entries.keys() == after.entries.keys()
    return {
        key: (before.entries[key]["status"], after.entries[key]["status"])
        for key in before.entries
        if before.entries[key]["status"] != after.entries[key]["status"]
    }


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def effective_lang(tag: Tag) -> str | None:
    """The language a reader (or screen reader) gets for ``tag``: its own or its nearest ancestor's ``lang``."""
    node: Any = tag
    while node is not None and not (isinstance(node, Tag) and node.has_attr("lang")):
        node = node.parent
    return node["lang"] if node is not None else None


def link_target(site: BuiltSite, lang: str, url_path: str, href: str) -> Path:
    """The file a relative link on page ``url_path`` of ``lang`` leads to."""
    base = url_path if lang == "en" else f"{lang}/{url_path}"
    target = posixpath.normpath(posixpath.join(base, href.split("#")[0]))
    return site.root / target / "index.html"


def english_h1(page: str) -> str:
    """The English page's first heading, without its ``{ #id }``."""
    for line in (PROJECT_DIR / "docs" / "en" / page).read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return re.sub(r"\s*\{\s*#[^}]*\}\s*$", "", line[2:]).strip()
    raise AssertionError(f"no heading in en/{page}")


@dataclass(frozen=True)
class EditedProject:
    project: Path
    before: Report
    after: Report
    site: BuiltSite
    english_changed: str  # the day the English page was edited, as the tool and the notice should give it
    ui: dict[str, dict[str, str]]


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> EditedProject:
    """One copy with the three edits a translator meets, its status before and after, and one build of it."""
    root = tmp_path_factory.mktemp("translator-workflow")
    project = copy_project(root / "project")
    before = status_report(project, root / "before.json")

    english = project / "docs" / "en" / EDITED_PAGE
    replace_once(english, OLD_PARAGRAPH, NEW_PARAGRAPH)
    (project / "docs" / "fr" / DELETED_FR_PAGE).unlink()
    replace_once(project / "data" / "practices.yml", OLD_RECORD_TEXT, NEW_RECORD_TEXT)
    after = status_report(project, root / "after.json")

    result = run_mkdocs_build(project, root / "site")
    log = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(f"build of the edited copy failed ({result.returncode}):\n{log[-4000:]}")
    # Outside git (the copy is not a repository) the tool dates a change by the file's modification day.
    english_changed = date.fromtimestamp(english.stat().st_mtime).isoformat()
    ui = yaml.safe_load((project / "data" / "ui.yml").read_text(encoding="utf-8"))
    return EditedProject(project, before, after, BuiltSite(root / "site", log), english_changed, ui)


# --- 1. status ---------------------------------------------------------------------------------------------


def test_status_reports_exactly_the_three_edits(edited: EditedProject) -> None:
    """Each edit changes the state of its own item and language, and nothing else moves."""
    page, record = EDITED_PAGE, EDITED_RECORD
    for key in [("page", page, "fr"), ("page", page, "es"), ("page", DELETED_FR_PAGE, "fr")]:
        assert edited.before.status(*key) == "up to date", f"precondition: {key} was up to date"
    for lang in ("fr", "es"):
        assert edited.before.status("record", record, lang) == "up to date", "precondition"
    assert changed(edited.before, edited.after) == {
        ("page", page, "fr"): ("up to date", "outdated"),
        ("page", page, "es"): ("up to date", "outdated"),
        ("page", DELETED_FR_PAGE, "fr"): ("up to date", "missing"),
        ("record", record, "fr"): ("up to date", "outdated"),
        ("record", record, "es"): ("up to date", "outdated"),
    }
    assert edited.after.status("page", DELETED_FR_PAGE, "es") == "up to date", "deleted in French only"


def test_status_json_gives_each_entry_its_full_shape(edited: EditedProject) -> None:
    """The JSON is the table's machine-readable form: outdated pages carry the date the English changed."""
    entries = edited.after.entries
    assert entries[("page", EDITED_PAGE, "fr")] == {
        "kind": "page",
        "item": EDITED_PAGE,
        "language": "fr",
        "status": "outdated",
        "english_changed": edited.english_changed,
    }
    assert entries[("page", EDITED_PAGE, "es")]["english_changed"] == edited.english_changed
    assert entries[("page", DELETED_FR_PAGE, "fr")] == {
        "kind": "page",
        "item": DELETED_FR_PAGE,
        "language": "fr",
        "status": "missing",
        "english_changed": None,
    }
    assert entries[("record", EDITED_RECORD, "fr")] == {
        "kind": "record",
        "item": EDITED_RECORD,
        "language": "fr",
        "status": "outdated",
        "english_changed": None,
    }
    assert {lang for (_kind, _item, lang) in entries} == {"fr", "es"}, "English is the source, never reported"


def test_status_table_lists_what_needs_work_and_the_counts(edited: EditedProject) -> None:
    """The printed table shows every item not up to date (and only those), with the JSON's statuses."""
    lines = edited.after.stdout.splitlines()
    assert lines[0].split() == ["kind", "item", "lang", "status"]
    rows: dict[Key, str] = {}
    for line in lines[1:]:
        if not line.strip():
            break
        match = re.fullmatch(r"(page|record)\s+(\S+)\s+(\S+)\s+(.+?)\s*", line)
        assert match, f"unexpected table line {line!r}"
        rows[(match[1], match[2], match[3])] = match[4]
    expected = {
        key: e["status"] + (f" (English changed {e['english_changed']})" if e["english_changed"] else "")
        for key, e in edited.after.entries.items()
        if e["status"] != "up to date"
    }
    assert rows == expected
    assert rows[("page", EDITED_PAGE, "fr")] == f"outdated (English changed {edited.english_changed})"
    assert rows[("page", DELETED_FR_PAGE, "fr")] == "missing"
    assert rows[("record", EDITED_RECORD, "es")] == "outdated"

    counts: dict[str, int] = {}
    for e in edited.after.entries.values():
        counts[f"{e['language']} {e['status']}"] = counts.get(f"{e['language']} {e['status']}", 0) + 1
    totals = lines[lines.index("") + 1]  # after the table, before the official-terms report
    assert totals == ", ".join(f"{key}: {value}" for key, value in sorted(counts.items()))
    assert "fr missing: 1" in totals and "es missing" not in totals
    assert lines[-1].startswith("Official terms: 0 ruled-out variant(s)")


# --- 2. sync -----------------------------------------------------------------------------------------------


@pytest.fixture
def synced_copy(edited: EditedProject, tmp_path: Path) -> Path:
    """A private copy of the edited project (sources only), so that one test's sync does not leak into another."""
    target = tmp_path / "project"
    shutil.copytree(edited.project, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_sync_of_one_page_clears_only_that_page_in_that_language(
    edited: EditedProject, synced_copy: Path, tmp_path: Path
) -> None:
    """The French page is re-synced; the Spanish twin stays outdated and the French text is untouched."""
    french = synced_copy / "docs" / "fr" / EDITED_PAGE
    meta_before, body_before = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", french.read_text(encoding="utf-8"), re.S).groups()

    result = run_translations(synced_copy, "sync", "fr", EDITED_PAGE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "marked 1 item(s) re-synced for fr"

    report = status_report(synced_copy, tmp_path / "status.json")
    assert changed(edited.after, report) == {("page", EDITED_PAGE, "fr"): ("outdated", "up to date")}
    assert report.status("page", EDITED_PAGE, "es") == "outdated"

    meta_after, body_after = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", french.read_text(encoding="utf-8"), re.S).groups()
    assert body_after == body_before, "sync marks the translation, it never edits it"
    old, new = yaml.safe_load(meta_before), yaml.safe_load(meta_after)
    assert old.pop("source_hash") != new.pop("source_hash")
    assert new == old, "only source_hash changes in the front matter"


def test_sync_of_one_record_field_clears_only_that_field_in_that_language(
    edited: EditedProject, synced_copy: Path, tmp_path: Path
) -> None:
    """``--records FIELD`` re-syncs one data text for one language and leaves every other recorded hash alone."""
    hashes = synced_copy / "data" / "translations.yml"
    recorded_before = yaml.safe_load(hashes.read_text(encoding="utf-8"))

    result = run_translations(synced_copy, "sync", "fr", "--records", EDITED_RECORD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "marked 1 item(s) re-synced for fr"

    report = status_report(synced_copy, tmp_path / "status.json")
    assert changed(edited.after, report) == {("record", EDITED_RECORD, "fr"): ("outdated", "up to date")}
    assert report.status("record", EDITED_RECORD, "es") == "outdated"

    recorded_after = yaml.safe_load(hashes.read_text(encoding="utf-8"))
    assert recorded_after[EDITED_RECORD]["fr"] != recorded_before[EDITED_RECORD]["fr"]
    assert recorded_after[EDITED_RECORD]["es"] == recorded_before[EDITED_RECORD]["es"]
    del recorded_after[EDITED_RECORD]["fr"], recorded_before[EDITED_RECORD]["fr"]
    assert recorded_after == recorded_before


def test_sync_of_an_unknown_record_field_fails_and_writes_nothing(synced_copy: Path) -> None:
    """A mistyped field name must not pass silently, nor half-write the hash file."""
    hashes = synced_copy / "data" / "translations.yml"
    content = hashes.read_bytes()
    typo = EDITED_RECORD.replace("summary", "sumary")
    result = run_translations(synced_copy, "sync", "fr", "--records", EDITED_RECORD, typo)
    assert result.returncode != 0
    assert f"unknown record field {typo!r}" in result.stderr
    assert hashes.read_bytes() == content


# --- 3. notices on the built site --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_outdated_translation_shows_a_localized_notice_with_a_localized_date(edited: EditedProject, lang: str) -> None:
    """The reader is told, in the page's language, that the English is newer and since when."""
    url = "phases/negotiation/"
    page = soup(edited.site.page(lang, url))
    assert page.html["lang"] == lang
    notices = page.select(".blma-outdated-notice")
    assert len(notices) == 1
    notice = notices[0]
    assert effective_lang(notice) == lang
    assert notice["data-english-changed"] == edited.english_changed
    assert notice.select_one(".admonition-title").get_text(strip=True) == edited.ui["page_outdated_title"][lang]

    shown_date = format_date(date.fromisoformat(edited.english_changed), format="long", locale=lang)
    assert shown_date != format_date(date.fromisoformat(edited.english_changed), format="long", locale="en")
    body = notice.select("p")[1]
    expected_body = edited.ui["page_outdated_body"][lang].replace("{date}", shown_date)
    assert body.get_text(" ", strip=True).startswith(expected_body)
    assert "{date}" not in notice.get_text()

    guide = body.select_one("a")
    assert guide.get_text(strip=True) == edited.ui["translator_guide_link"][lang]
    assert link_target(edited.site, lang, url, guide["href"]) == edited.site.page(lang, "translating/")
    assert edited.site.page(lang, "translating/").exists()
    # The translation itself is still what the reader gets, under the notice.
    assert page.select_one("article h1").get_text(strip=True).rstrip("¶") != english_h1(EDITED_PAGE)


def test_outdated_notice_appears_nowhere_else(edited: EditedProject) -> None:
    """Only the translations of the edited page are flagged (and that chapter of each printable Guidance)."""
    flagged = set()
    for path in edited.site.root.rglob("index.html"):
        for notice in soup(path).select(".blma-outdated-notice"):
            chapter = notice.find_parent("section", class_="blma-print__chapter")
            flagged.add((path.relative_to(edited.site.root).as_posix(), chapter["id"] if chapter else None))
    assert flagged == {
        ("fr/phases/negotiation/index.html", None),
        ("es/phases/negotiation/index.html", None),
        ("fr/print/index.html", "phases-negotiation--chapter"),
        ("es/print/index.html", "phases-negotiation--chapter"),
    }


def test_deleted_french_page_is_english_under_fr_with_a_french_notice(edited: EditedProject) -> None:
    """The fallback notice is French (lang of the page) and only the English content is marked lang="en"."""
    url = "principles/"
    page = soup(edited.site.page("fr", url))
    assert page.html["lang"] == "fr"
    notice = page.select_one(".blma-fallback-notice")
    assert notice is not None
    assert effective_lang(notice) == "fr", "the notice is French, outside the English block"
    assert notice.get("role") == "note"
    assert notice.select_one(".admonition-title").get_text(strip=True) == edited.ui["page_not_translated_title"]["fr"]
    body = notice.select("p")[1]
    assert body.get_text(" ", strip=True).startswith(edited.ui["page_not_translated_body"]["fr"])
    guide = body.select_one("a")
    assert guide.get_text(strip=True) == edited.ui["translator_guide_link"]["fr"]
    assert link_target(edited.site, "fr", url, guide["href"]) == edited.site.page("fr", "translating/")

    english = notice.find_next_sibling("div")
    assert english is not None and english.get("lang") == "en" and english.get("dir") == "ltr"
    assert english.select_one("h1").get_text(strip=True).rstrip("¶") == english_h1(DELETED_FR_PAGE)
    assert page.select_one(".blma-outdated-notice") is None, "an English fallback is never 'outdated'"
    last_updated = page.select_one(".blma-last-updated")
    assert last_updated is not None and edited.ui["last_updated"]["fr"] in last_updated.get_text()


def test_the_page_deleted_in_french_stays_translated_in_spanish(edited: EditedProject) -> None:
    """Deleting the French file affects French only: the Spanish page is still Spanish, with no notice."""
    page = soup(edited.site.page("es", "principles/"))
    assert page.select_one(".blma-fallback-notice") is None
    assert page.select_one("article div[lang=en]") is None
    assert page.select_one("article h1").get_text(strip=True).rstrip("¶") != english_h1(DELETED_FR_PAGE)


# --- 4. a new language -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArabicProject:
    project: Path
    site: BuiltSite
    returncode: int
    ui: dict[str, dict[str, str]]


@pytest.fixture(scope="module")
def arabic(tmp_path_factory: pytest.TempPathFactory) -> ArabicProject:
    """The copy with ``docs/ar/`` (from ``docs/en/``) and an Arabic i18n entry, built strictly once."""
    root = tmp_path_factory.mktemp("arabic")
    project = copy_project(root / "project")
    shutil.copytree(project / "docs" / "en", project / "docs" / "ar")
    anchor = "  # The site's own plugin"
    replace_once(project / "mkdocs.yml", anchor, ARABIC_ENTRY + anchor)
    result = run_mkdocs_build(project, root / "site")
    ui = yaml.safe_load((project / "data" / "ui.yml").read_text(encoding="utf-8"))
    return ArabicProject(project, BuiltSite(root / "site", result.stdout + result.stderr), result.returncode, ui)


def test_a_new_language_folder_builds_strictly(arabic: ArabicProject) -> None:
    """No code change is needed: the strict build passes and every English page has an Arabic twin."""
    assert arabic.returncode == 0, arabic.site.log[-4000:]
    built = sorted(p.relative_to(arabic.site.root).as_posix() for p in arabic.site.root.rglob("index.html"))
    english = [p for p in built if not p.startswith(("fr/", "es/", "ar/"))]
    assert english, "the English site was built"
    missing = [p for p in english if not (arabic.site.root / "ar" / p).exists()]
    assert missing == []
    home = soup(arabic.site.page("ar", ""))
    assert home.select_one("title").get_text().endswith("إرشادات بشأن اتفاقات هجرة اليد العاملة الثنائية")


def test_a_right_to_left_language_gets_its_lang_and_direction(arabic: ArabicProject) -> None:
    """README: right-to-left scripts get dir="rtl" from the theme (Material sets it on <body>, around all text)."""
    assert arabic.returncode == 0, arabic.site.log[-4000:]
    page = soup(arabic.site.page("ar", ""))
    assert page.html["lang"] == "ar"
    assert page.body.get("dir") == "rtl"
    assert soup(arabic.site.page("fr", "")).body.get("dir") == "ltr"


def test_a_new_language_marks_every_record_shown_in_english(arabic: ArabicProject) -> None:
    """No Arabic data yet: each record text is English, with the "not yet translated" badge and lang="en"."""
    assert arabic.returncode == 0, arabic.site.log[-4000:]
    badge_text = arabic.ui["not_translated"]["en"]  # no Arabic label yet either
    problems: Counter[str] = Counter()  # one line per kind of problem, with how often it occurs
    for path in sorted((arabic.site.root / "ar").rglob("index.html")):
        for badge in soup(path).select(".blma-badge--untranslated"):
            host = badge.parent
            where = f"<{host.name} class={' '.join(host.get('class', []))!r}>"
            if badge.get_text(strip=True) != badge_text:
                problems[f"badge in {where} reads {badge.get_text(strip=True)!r}"] += 1
            if effective_lang(host) != "en":
                problems[f"English record in {where} has lang={effective_lang(host)!r}, not 'en'"] += 1

    practices = soup(arabic.site.page("ar", "practices/"))
    card = practices.select_one("#practice-canada-mexico-sawp").find_parent("article")
    for selector in (".blma-practice__title", ".blma-practice__summary", ".blma-practice__lessons"):
        if card.select_one(f"{selector} .blma-badge--untranslated") is None:
            problems[f"ar/practices/: {selector} of canada-mexico-sawp has no badge"] += 1
    for link in card.select(".blma-meta a"):  # titles of core elements: records too
        if effective_lang(link) != "en" and link.find(class_="blma-badge--untranslated") is None:
            problems["ar/practices/: core element title in a practice card unmarked (no lang, no badge)"] += 1
    for page in ("checklists/", "glossary/", "instruments/", "practices/"):
        if soup(arabic.site.page("ar", page)).select_one(".blma-badge--untranslated") is None:
            problems[f"ar/{page}: no record marked at all"] += 1
    assert not problems, "\n".join(f"{count} x {problem}" for problem, count in problems.items())


def test_a_new_language_marks_untranslated_interface_labels(arabic: ArabicProject) -> None:
    """Translator guide: until data/ui.yml is translated, its labels "appear in English, marked as such": every
    page says so once, in English, and links to the translator guide; complete languages show no such notice."""
    assert arabic.returncode == 0, arabic.site.log[-4000:]
    home = soup(arabic.site.page("ar", ""))
    last_updated = home.select_one(".blma-last-updated small")
    assert last_updated is not None
    assert last_updated.get_text().startswith(arabic.ui["last_updated"]["en"]), "shown in English"
    for path in sorted((arabic.site.root / "ar").rglob("index.html")):
        notices = soup(path).select(".md-banner .blma-ui-fallback-notice")
        assert len(notices) == 1, path
        assert notices[0]["lang"] == "en"
        assert notices[0].get_text(" ", strip=True).startswith(arabic.ui["interface_not_translated"]["en"])
        href = notices[0].select_one("a[href]")["href"]
        assert href.rstrip("/").endswith("translating") or (href == "./" and path.parent.name == "translating")
    for lang in ("en", "fr", "es"):
        assert soup(arabic.site.page(lang, "")).select_one(".blma-ui-fallback-notice") is None


def test_status_lists_the_new_language_as_work_to_do(arabic: ArabicProject, tmp_path: Path) -> None:
    """The copied pages are "untracked" (no source_hash yet) and every data text is "missing" in Arabic."""
    report = status_report(arabic.project, tmp_path / "status.json")
    arabic_entries = [e for (_kind, _item, lang), e in report.entries.items() if lang == "ar"]
    assert arabic_entries
    assert {e["status"] for e in arabic_entries if e["kind"] == "page"} == {"untracked"}
    assert {e["status"] for e in arabic_entries if e["kind"] == "record"} == {"missing"}
    pages = {e["item"] for e in arabic_entries if e["kind"] == "page"}
    english = arabic.project / "docs" / "en"
    assert pages == {p.relative_to(english).as_posix() for p in english.rglob("*.md")}


PORTUGUESE_ENTRY = """\
        - locale: pt
          name: Português
          build: true
"""


def test_a_new_language_is_a_config_entry_with_no_pages(tmp_path: Path) -> None:
    """Adding Portuguese to mkdocs.yml, and nothing else: its pages are built from English under /pt/, marked
    as not yet translated, in lang="pt"; the bundles and the status table include it; no code changes."""
    from macros.l10n.languages import SiteLanguages

    project = copy_project(tmp_path / "project")
    anchor = "  # The site's own plugin"
    replace_once(project / "mkdocs.yml", anchor, PORTUGUESE_ENTRY + anchor)
    languages = SiteLanguages.from_mkdocs_yml(project / "mkdocs.yml")
    assert languages.translations[-1] == "pt" and "pt" not in languages.required
    result = run_mkdocs_build(project, tmp_path / "site")  # a language without pages has no one-language preview
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    built = tmp_path / "site" / "pt" / "phases" / "negotiation" / "index.html"
    page = BeautifulSoup(built.read_text("utf-8"), "html.parser")
    assert page.html["lang"] == "pt"
    assert page.select_one(".blma-fallback-notice") is not None
    status = run_translations(project, "status")
    assert "pt missing" in status.stdout, status.stdout[-500:]
    bundles = subprocess.run(
        [sys.executable, "-c", "from macros.tools.bundle import bundle_languages; print(bundle_languages())"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "'pt'" in bundles.stdout

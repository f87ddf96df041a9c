"""Every built page, in every language, is valid HTML for the Nu Html Checker (vnu): any error or warning fails,
except the few listed below that come from Material for MkDocs' own markup, which this project does not own."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR, BuiltSite

VNU_JAR = PROJECT_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
INSTALL_HINT = (
    "`make test` installs them (npm ci for vnu-jar from package.json, .ci/install-java for Java: as root, "
    "apt-get install -y default-jre-headless)"
)

# (regex on vnu's message, reason). Only Material's markup belongs here: a message caused by this project's own
# templates (overrides/, overrides/partials/blma/) or macros is a bug to fix, not an exception.
EXCEPTIONS: tuple[tuple[str, str], ...] = (
    # Material's base.html: <input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off"> and the
    # same for id="__search". Material sets autocomplete="off" so that browsers do not restore the checked state
    # of its drawer and search toggles on reload or back/forward; HTML allows it on text-like inputs only.
    (
        r"^Attribute “autocomplete” is only allowed when the input type is ",
        "Material's drawer and search toggles (base.html) are checkboxes with autocomplete off",
    ),
    # Material's partials/nav-item.html: <label class="md-nav__link" ... tabindex="{{ tabindex }}"> where tabindex
    # is set ("0") only when the item is not a section; with the navigation.sections feature our four top-level
    # nav sections are sections, so their labels render tabindex="" instead of leaving the attribute out.
    (
        r"^Bad value “” for attribute “tabindex” on element “label”: ",
        "Material's nav section labels (partials/nav-item.html) render an empty tabindex",
    ),
)


@dataclass(frozen=True)
class Message:
    kind: str  # "error", "warning", "info" or "non-document-error", from vnu's type and subType
    file: str
    line: int | None
    text: str
    extract: str

    def __str__(self) -> str:
        extract = " ".join(self.extract.split())[:160]
        return f"{self.file}:{self.line}: {extract}"


def html_pages(site: BuiltSite) -> list[Path]:
    return sorted(site.root.rglob("*.html"))


def run_vnu(site: BuiltSite, pages: list[Path]) -> list[Message]:
    """One JVM for all pages: vnu takes seconds to start, then checks a page in milliseconds."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        missing = " and ".join(
            name
            for name, absent in (("Java (java on PATH)", java is None), (f"vnu-jar ({VNU_JAR})", not VNU_JAR.is_file()))
            if absent
        )
        pytest.fail(f"The HTML validity test needs {missing}; {INSTALL_HINT}.", pytrace=False)
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--skip-non-html", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        report = json.loads(result.stderr)  # vnu writes its JSON report to stderr
    except json.JSONDecodeError:
        pytest.fail(f"vnu gave no JSON report (exit {result.returncode}):\n{result.stderr[-3000:]}{result.stdout}")
    messages = []
    for raw in report["messages"]:
        kind = raw.get("subType", "info") if raw["type"] == "info" else raw["type"]
        url = raw.get("url", "")
        file = Path(url.removeprefix("file:")).relative_to(site.root).as_posix() if url.startswith("file:") else url
        messages.append(Message(kind, file, raw.get("lastLine"), raw.get("message", ""), raw.get("extract", "")))
    return messages


@pytest.fixture(scope="module")
def vnu_messages(built_site: BuiltSite) -> list[Message]:
    pages = html_pages(built_site)
    assert pages, "the build produced no HTML page"
    return run_vnu(built_site, pages)


def is_excepted(message: Message) -> bool:
    return any(re.search(pattern, message.text) for pattern, _ in EXCEPTIONS)


def report(messages: list[Message]) -> str:
    """One entry per distinct message: the pages it occurs on, and its first occurrence with the markup."""
    groups: dict[tuple[str, str], list[Message]] = {}
    for message in messages:
        groups.setdefault((message.kind, message.text), []).append(message)
    entries = []
    for (kind, text), found in groups.items():
        pages = Counter(m.file for m in found)
        where = ", ".join(f"{page} ({count})" if count > 1 else page for page, count in sorted(pages.items()))
        entries.append(f"{len(found)} x {kind}: {text}\n  on: {where}\n  first: {found[0]}")
    return "\n\n".join(entries)


def test_every_page_is_valid_html_apart_from_listed_material_markup(vnu_messages: list[Message]) -> None:
    """Errors, warnings and non-document errors (unreadable file, bad encoding) all fail; plain info does not."""
    unexpected = [m for m in vnu_messages if m.kind != "info" and not is_excepted(m)]
    if unexpected:
        pytest.fail(f"{len(unexpected)} vnu message(s) not in EXCEPTIONS:\n\n{report(unexpected)}", pytrace=False)


@pytest.mark.parametrize(("pattern", "reason"), EXCEPTIONS, ids=[reason for _, reason in EXCEPTIONS])
def test_every_listed_exception_still_matches_a_message(vnu_messages: list[Message], pattern: str, reason: str) -> None:
    """An exception that no longer matches (Material fixed its markup, vnu reworded) must be removed, not kept."""
    assert any(re.search(pattern, m.text) for m in vnu_messages if m.kind != "info"), (
        f"EXCEPTIONS entry {pattern!r} ({reason}) matches no vnu message any more: remove it"
    )

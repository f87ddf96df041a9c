"""What changed in the English since a translation was made: a word-level diff per outdated page or data text.

A translation records the hash of the English it was made from (``source_hash``, ``data/translations.yml``).
The English text with that hash is found in the git history of its file, and compared word by word with the
English of today, so that a translator sees the change instead of digging in ``git show``.
"""

from __future__ import annotations

import difflib
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..catalogue.loader import load_catalogue
from ..catalogue.text import SOURCE_LANGUAGE
from ..catalogue.yaml_io import parse_yaml
from .history import History, recorded_hash, split_front_matter, text_hash
from .status import OUTDATED, localized_fields, page_statuses, read_record_hashes, record_statuses

KEY = re.compile(r"^(?P<file>[^#]+)#(?P<record>.+)\.(?P<field>[a-z_]+)$")


@dataclass(frozen=True)
class Change:
    """One stretch of the diff: ``equal``, ``delete`` (old English only) or ``insert`` (new English only)."""

    kind: str
    text: str


@dataclass(frozen=True)
class ItemDiff:
    """The English change behind one outdated translation."""

    kind: str  # "page" or "record"
    item: str  # docs path, or "file#record.field"
    changes: list[Change] | None  # None: the English it was made from is not in the history

    def terminal(self) -> str:
        if self.changes is None:
            return (
                "  (the English this translation was made from is unknown: never recorded, or not in the git history)"
            )
        return "".join(
            change.text
            if change.kind == "equal"
            else f"[-{change.text}-]"
            if change.kind == "delete"
            else f"{{+{change.text}+}}"
            for change in self.changes
        )


def word_diff(old: str, new: str) -> list[Change]:
    """Word-level changes, white space normalised (re-wrapping a paragraph is not a change)."""
    before, after = old.split(), new.split()
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if tag == "equal":
            changes.append(Change("equal", " ".join(before[i1:i2]) + " "))
        if tag in ("delete", "replace"):
            changes.append(Change("delete", " ".join(before[i1:i2])))
        if tag in ("insert", "replace"):
            changes.append(Change("insert", " ".join(after[j1:j2])))
        if tag != "equal":
            changes.append(Change("equal", " "))
    return changes


def _revisions(project_dir: Path, relative: str) -> list[str]:
    """Contents of a file in each commit that touched it, newest first."""
    try:
        commits = subprocess.run(
            ["git", "log", "--format=%H", "--", relative], cwd=project_dir, capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return []
    contents = []
    for commit in commits:
        shown = subprocess.run(["git", "show", f"{commit}:{relative}"], cwd=project_dir, capture_output=True, text=True)
        if shown.returncode == 0:
            contents.append(shown.stdout)
    return contents


def _field_text(document: Any, record: str, field: str) -> str | None:
    """The English of one field in an old version of a data file (``ui.yml`` is keyed, others are lists)."""
    if not isinstance(document, dict):
        return None
    if field == "text" and isinstance(document.get(record), dict):
        return str(document[record].get(SOURCE_LANGUAGE) or "") or None
    for records in document.values():
        for item in records if isinstance(records, list) else []:
            if isinstance(item, dict) and item.get("id") == record and isinstance(item.get(field), dict):
                return str(item[field].get(SOURCE_LANGUAGE) or "") or None
    return None


def page_diff(project_dir: Path, page: str, recorded: str) -> ItemDiff:
    relative = f"docs/{SOURCE_LANGUAGE}/{page}"
    current = split_front_matter((project_dir / relative).read_text(encoding="utf-8"))[1]
    for content in _revisions(project_dir, relative):
        body = split_front_matter(content)[1]
        if text_hash(body) == recorded:
            return ItemDiff("page", page, word_diff(body, current))
    return ItemDiff("page", page, None)


def record_diff(project_dir: Path, key: str, recorded: str, current: str) -> ItemDiff:
    match = KEY.match(key)
    if match:
        for content in _revisions(project_dir, match["file"]):
            try:
                old = _field_text(parse_yaml(content), match["record"], match["field"])
            except Exception:  # an old revision that does not parse cannot be the one we look for
                continue
            if old is not None and text_hash(old) == recorded:
                return ItemDiff("record", key, word_diff(old, current))
    return ItemDiff("record", key, None)


def outdated_page_diffs(
    project_dir: Path, lang: str, only: str | None = None, history: History | None = None
) -> list[ItemDiff]:
    """A diff for every outdated page of ``lang`` (or only the page named)."""
    docs = project_dir / "docs"
    diffs = []
    for status in page_statuses(docs, [lang], history or History(project_dir)):
        if status.status == OUTDATED and (only is None or only == status.item):
            front = split_front_matter((docs / lang / status.item).read_text(encoding="utf-8"))[0]
            diffs.append(page_diff(project_dir, status.item, recorded_hash(front) or ""))
    return diffs


def outdated_record_diffs(project_dir: Path, lang: str, only: str | None = None) -> list[ItemDiff]:
    """A diff for every outdated data text of ``lang`` (or only the field named)."""
    data = project_dir / "data"
    recorded = read_record_hashes(data)
    fields = localized_fields(load_catalogue(data))
    diffs = []
    for status in record_statuses(data, [lang]):
        if status.status == OUTDATED and (only is None or only == status.item):
            old_hash = recorded.get(status.item, {}).get(lang, "")
            diffs.append(record_diff(project_dir, status.item, old_hash, fields[status.item].root[SOURCE_LANGUAGE]))
    return diffs


def outdated_diffs(project_dir: Path, lang: str, only: str | None = None) -> list[ItemDiff]:
    """A diff for every outdated page and data text of ``lang`` (or only the page or field named)."""
    return outdated_page_diffs(project_dir, lang, only) + outdated_record_diffs(project_dir, lang, only)

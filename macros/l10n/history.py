"""What a translation was made from, and when a page last changed: text hashes and git dates.

A translated page records the hash of the English text it translates (``source_hash`` in its front matter,
always written quoted: an all-digit hash read as a number would never match again).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import time
from datetime import date
from pathlib import Path
from typing import Any

from ..catalogue.yaml_io import parse_yaml

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
HASH_LENGTH = 12


def text_hash(text: str) -> str:
    """Hash of a text with white space normalized, so re-wrapping a paragraph is not a change."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:HASH_LENGTH]


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    return parse_yaml(match.group(1)) or {}, text[match.end() :]


def recorded_hash(front_matter: dict[str, Any]) -> str | None:
    """The ``source_hash`` a page records, as text whatever YAML made of it."""
    value = front_matter.get("source_hash")
    return None if value is None else str(value)


def source_hash(english_page: Path) -> str:
    return text_hash(split_front_matter(english_page.read_text(encoding="utf-8"))[1])


class History:
    """Date of the last commit of every file, from one ``git log`` per ``refresh_seconds`` (not one per page)."""

    def __init__(self, project_dir: Path, refresh_seconds: float = 30.0) -> None:
        self.project_dir = project_dir
        self.refresh_seconds = refresh_seconds
        self._read_at: float | None = None
        self._dates: dict[str, str] = {}
        self._newest = ""

    def _commit_dates(self) -> dict[str, str]:
        now = time.monotonic()
        if self._read_at is not None and now - self._read_at < self.refresh_seconds:
            return self._dates
        dates: dict[str, str] = {}
        newest = ""
        try:
            result = subprocess.run(
                ["git", "-c", "core.quotepath=off", "log", "--format=%x00%cs", "--name-only", "--relative"],
                cwd=self.project_dir,
                capture_output=True,
                text=True,
                check=True,
            )
            current = ""
            for line in result.stdout.splitlines():
                if line.startswith("\0"):
                    current = line[1:]
                    newest = newest or current
                elif line:
                    dates.setdefault(line, current)  # newest commit first
        except (OSError, subprocess.CalledProcessError):
            pass
        self._read_at, self._dates, self._newest = now, dates, newest
        return dates

    def newest(self) -> str | None:
        """Date of the last commit (the edition's date), from the same ``git log``; None outside git."""
        self._commit_dates()
        return self._newest or None

    def last_changed(self, path: Path) -> str:
        """Date (YYYY-MM-DD) of the last commit that touched ``path``, or its modification date outside git."""
        try:
            relative: str | None = path.resolve().relative_to(self.project_dir.resolve()).as_posix()
        except ValueError:
            relative = None
        committed = self._commit_dates().get(relative) if relative else None
        if committed:
            return committed
        return date.fromtimestamp(path.stat().st_mtime).isoformat()


def outdated_since(
    project_dir: Path, default: str, page: Any, source: str, written_in: str, history: History
) -> str | None:
    """Date the English changed, if this translated page was made from an older English text."""
    if written_in == default:
        return None
    english = project_dir / "docs" / default / source
    recorded = recorded_hash(dict(page.meta or {}))
    if not english.exists() or recorded is None or recorded == source_hash(english):
        return None
    return history.last_changed(english)

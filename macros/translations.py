"""Which translations are up to date, outdated or missing, for pages and for data records.

A translated page records the English text it translates as ``source_hash`` in its front matter. A data
record's translations are recorded in ``data/translations.yml``: for each record field and language, the hash
of the English text that was translated. When the English changes, the hashes differ and the translation is
reported (and marked on the page) as outdated until a translator updates it and marks it re-synced.

    python -m macros.translations status [--json FILE]     table of every page and record, per language
    python -m macros.translations sync LANG [PATH ...]      mark pages re-synced
    python -m macros.translations sync LANG --records [FIELD ...]   the same for data texts
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from .loading import Catalogue, load_catalogue, parse_yaml
from .models import SOURCE_LANGUAGE, Localized

PROJECT_DIR = Path(__file__).resolve().parent.parent
DOCS_DIR = PROJECT_DIR / "docs"
DATA_DIR = PROJECT_DIR / "data"
RECORD_HASHES = "translations.yml"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
HASH_LENGTH = 12

UP_TO_DATE, OUTDATED, MISSING, UNTRACKED = "up to date", "outdated", "missing", "untracked"


def text_hash(text: str) -> str:
    """Hash of a text with white space normalized, so re-wrapping a paragraph is not a change."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:HASH_LENGTH]


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    return parse_yaml(match.group(1)) or {}, text[match.end() :]


def source_hash(english_page: Path) -> str:
    return text_hash(split_front_matter(english_page.read_text(encoding="utf-8"))[1])


#: How long one reading of the git history serves (``mkdocs serve`` sees a new commit after this).
HISTORY_SECONDS = 30.0
_history: tuple[float, dict[str, str]] | None = None


def _commit_dates() -> dict[str, str]:
    """Date of the last commit of every file in the history, from one ``git log`` (not one per page)."""
    global _history
    now = time.monotonic()
    if _history and now - _history[0] < HISTORY_SECONDS:
        return _history[1]
    dates: dict[str, str] = {}
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotepath=off", "log", "--format=%x00%cs", "--name-only", "--relative"],
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            check=True,
        )
        current = ""
        for line in result.stdout.splitlines():
            if line.startswith("\0"):
                current = line[1:]
            elif line:
                dates.setdefault(line, current)  # newest commit first
    except (OSError, subprocess.CalledProcessError):
        pass
    _history = (now, dates)
    return dates


def last_changed(path: Path) -> str:
    """Date (YYYY-MM-DD) of the last commit that touched ``path``, or its modification date outside git."""
    try:
        relative = path.resolve().relative_to(PROJECT_DIR).as_posix()
    except ValueError:
        relative = None
    committed = _commit_dates().get(relative) if relative else None
    if committed:
        return committed
    from datetime import date

    return date.fromtimestamp(path.stat().st_mtime).isoformat()


@dataclass(frozen=True)
class Status:
    kind: str  # "page" or "record"
    item: str  # docs path, or "file#record-id.field"
    language: str
    status: str
    english_changed: str | None = None


def page_statuses(docs_dir: Path, languages: list[str]) -> list[Status]:
    statuses = []
    english_root = docs_dir / SOURCE_LANGUAGE
    for english in sorted(english_root.rglob("*.md")):
        page = english.relative_to(english_root).as_posix()
        current = source_hash(english)
        for lang in languages:
            translated = docs_dir / lang / page
            if not translated.exists():
                statuses.append(Status("page", page, lang, MISSING))
                continue
            recorded = split_front_matter(translated.read_text(encoding="utf-8"))[0].get("source_hash")
            if recorded is None:
                statuses.append(Status("page", page, lang, UNTRACKED))
            elif recorded != current:
                statuses.append(Status("page", page, lang, OUTDATED, last_changed(english)))
            else:
                statuses.append(Status("page", page, lang, UP_TO_DATE))
    return statuses


def localized_fields(catalogue: Catalogue) -> dict[str, Localized]:
    """Every translatable text of the catalogue, keyed ``file#record.field``."""
    fields: dict[str, Localized] = {}

    def add(file: str, record: str, name: str, value: Localized | None) -> None:
        if value is not None:
            fields[f"{file}#{record}.{name}"] = value

    for element in catalogue.core_elements.values():
        file = catalogue.files[f"core_element:{element.id}"]
        for name in ("title", "question", "explanation"):
            add(file, element.id, name, getattr(element, name))
    for practice in catalogue.practices.values():
        for name in ("title", "summary", "lessons", "caveat"):
            add(catalogue.files["practices"], practice.id, name, getattr(practice, name))
    for instrument in catalogue.instruments.values():
        add("data/instruments.yml", instrument.id, "title", instrument.title)
    for term in catalogue.glossary.values():
        for name in ("term", "definition"):
            add(catalogue.files["glossary"], term.id, name, getattr(term, name))
    for key, value in catalogue.ui.root.items():
        add("data/ui.yml", key, "text", value)
    return fields


def read_record_hashes(data_dir: Path) -> dict[str, dict[str, str]]:
    path = data_dir / RECORD_HASHES
    if not path.exists():
        return {}
    return parse_yaml(path.read_text(encoding="utf-8")) or {}


def record_statuses(data_dir: Path, languages: list[str]) -> list[Status]:
    catalogue = load_catalogue(data_dir)
    recorded = read_record_hashes(data_dir)
    statuses = []
    for key, value in localized_fields(catalogue).items():
        current = text_hash(value.root[SOURCE_LANGUAGE])
        for lang in languages:
            if not value.root.get(lang):
                statuses.append(Status("record", key, lang, MISSING))
            elif recorded.get(key, {}).get(lang) != current:
                statuses.append(Status("record", key, lang, OUTDATED))
            else:
                statuses.append(Status("record", key, lang, UP_TO_DATE))
    return statuses


def sync_pages(docs_dir: Path, lang: str, pages: list[str]) -> list[str]:
    """Record the current English hash in each translated page's front matter."""
    english_root = docs_dir / SOURCE_LANGUAGE
    targets = pages or [p.relative_to(english_root).as_posix() for p in sorted(english_root.rglob("*.md"))]
    done = []
    for page in targets:
        translated = docs_dir / lang / page
        if not translated.exists():
            continue
        text = translated.read_text(encoding="utf-8")
        match = FRONT_MATTER.match(text)
        if not match:
            raise SystemExit(f"{translated}: no front matter")
        lines = [line for line in match.group(1).split("\n") if not line.startswith("source_hash:")]
        lines.append(f"source_hash: {source_hash(english_root / page)}")
        translated.write_text("---\n" + "\n".join(lines) + "\n---\n" + text[match.end() :], encoding="utf-8")
        done.append(page)
    return done


def sync_records(data_dir: Path, lang: str, keys: list[str]) -> list[str]:
    """Record the current English hash of each record field (all fields if ``keys`` is empty) for ``lang``."""
    fields = localized_fields(load_catalogue(data_dir))
    recorded = read_record_hashes(data_dir)
    chosen = keys or list(fields)
    for key in chosen:
        if key not in fields:
            raise SystemExit(f"unknown record field {key!r}")
        if fields[key].root.get(lang):
            recorded.setdefault(key, {})[lang] = text_hash(fields[key].root[SOURCE_LANGUAGE])
    header = "# Hash of the English text each translation was made from (macros/translations.py). Do not edit.\n"
    body = yaml.safe_dump(dict(sorted(recorded.items())), allow_unicode=True, sort_keys=True)
    (data_dir / RECORD_HASHES).write_text(header + body, encoding="utf-8")
    return chosen


def table(statuses: list[Status]) -> str:
    width = max((len(s.item) for s in statuses), default=10)
    lines = [f"{'kind':7} {'item':{width}} {'lang':4} status"]
    for s in statuses:
        when = f" (English changed {s.english_changed})" if s.english_changed else ""
        lines.append(f"{s.kind:7} {s.item:{width}} {s.language:4} {s.status}{when}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.translations", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=DOCS_DIR)
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="print every page and record per language")
    status.add_argument("--json", type=Path, help="also write the table as JSON")
    status.add_argument("--all", action="store_true", help="list up-to-date items too")
    sync = commands.add_parser("sync", help="mark translations re-synced with the current English")
    sync.add_argument("language")
    sync.add_argument("pages", nargs="*", help="docs paths such as phases/negotiation.md (default: every page)")
    sync.add_argument(
        "--records",
        nargs="*",
        metavar="FIELD",
        help="sync data texts instead (fields as in the status table; default: all)",
    )
    args = parser.parse_args(argv)

    languages = sorted(p.name for p in args.docs.iterdir() if p.is_dir() and p.name != SOURCE_LANGUAGE)
    if args.command == "sync":
        if args.records is not None:
            done = sync_records(args.data, args.language, args.records)
        else:
            done = sync_pages(args.docs, args.language, args.pages)
        print(f"marked {len(done)} item(s) re-synced for {args.language}")
        return 0
    statuses = page_statuses(args.docs, languages) + record_statuses(args.data, languages)
    shown = statuses if args.all else [s for s in statuses if s.status != UP_TO_DATE]
    print(table(shown))
    counts: dict[str, int] = {}
    for s in statuses:
        counts[f"{s.language} {s.status}"] = counts.get(f"{s.language} {s.status}", 0) + 1
    print("\n" + ", ".join(f"{key}: {value}" for key, value in sorted(counts.items())))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(s) for s in statuses], indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``blma translations``: the status table of every page and data text per language, and re-sync.

blma translations status [--json FILE]            what is missing, outdated or untracked
blma translations sync LANG PATH [PATH ...]       mark pages re-synced (``--all`` for every page)
blma translations sync LANG --records FIELD ...   the same for data texts (``--all`` for every text)
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from dataclasses import asdict
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..catalogue.loader import load_catalogue
from ..catalogue.text import SOURCE_LANGUAGE
from ..l10n.diff import outdated_diffs
from ..l10n.history import History
from ..l10n.status import (
    UP_TO_DATE,
    localized_fields,
    page_statuses,
    record_statuses,
    sync_pages,
    sync_records,
    table,
)
from ..l10n.terminology import scan_project
from .paths import CONFIG_FILE, DATA_DIR, DOCS_DIR, PROJECT_DIR, site_languages


def _unknown(kind: str, wanted: list[str], known: list[str]) -> list[str]:
    """One line per name that matches nothing, with the closest known names."""
    lines = []
    for name in wanted:
        if name not in known:
            near = difflib.get_close_matches(name, known, n=3, cutoff=0.4)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            lines.append(f"unknown {kind} {name!r}{hint}")
    return lines


def _sync(args: argparse.Namespace) -> int:
    if not args.all and not (args.records or args.pages):
        print(
            "name the pages (or --records FIELD ...) you have updated, or pass --all to mark everything re-synced",
            file=sys.stderr,
        )
        return 1
    if args.records is not None:
        known = list(localized_fields(load_catalogue(args.data)))
        problems = _unknown("record field", args.records, known)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        done = sync_records(args.data, args.language, [] if args.all else args.records)
    else:
        english = args.docs / SOURCE_LANGUAGE
        known = [p.relative_to(english).as_posix() for p in sorted(english.rglob("*.md"))]
        problems = _unknown("page", args.pages, known)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        done = sync_pages(args.docs, args.language, [] if args.all else args.pages)
    print(f"marked {len(done)} item(s) re-synced for {args.language}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    project = args.docs.parent
    diffs = outdated_diffs(project, args.language, args.file)
    for item in diffs:
        print(f"\n== {item.kind} {item.item}\n{item.terminal()}")
    print(f"\n{len(diffs)} outdated item(s) for {args.language}")
    if args.html:
        environment = Environment(
            loader=FileSystemLoader(str(project / "overrides" / "partials" / "tools")),
            autoescape=select_autoescape(default=True),
            undefined=StrictUndefined,
        )
        html = environment.get_template("translation_diff.html").render(lang=args.language, diffs=diffs)
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_text(html, encoding="utf-8")
        print(f"written to {args.html}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="blma translations", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=Path, default=DOCS_DIR)
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--config", type=Path, default=CONFIG_FILE)
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="print every page and record per language")
    status.add_argument("--json", type=Path, help="also write the table as JSON")
    status.add_argument("--all", action="store_true", help="list up-to-date items too")
    sync = commands.add_parser("sync", help="mark translations re-synced with the current English")
    sync.add_argument("language")
    sync.add_argument("pages", nargs="*", help="docs paths such as phases/negotiation.md")
    sync.add_argument("--records", nargs="*", metavar="FIELD", help="sync data texts (fields as in the status table)")
    sync.add_argument("--all", action="store_true", help="every page (or, with --records, every data text)")
    diff = commands.add_parser("diff", help="word-level diff of the English behind each outdated translation")
    diff.add_argument("language")
    diff.add_argument("--file", help="one page (docs path) or data text (file#record.field)")
    diff.add_argument("--html", type=Path, help="also write the diff as an HTML report")
    args = parser.parse_args(argv)

    if args.command == "sync":
        return _sync(args)
    if args.command == "diff":
        return _diff(args)
    languages = list(site_languages(args.config).translations)
    statuses = page_statuses(args.docs, languages, History(PROJECT_DIR)) + record_statuses(args.data, languages)
    shown = statuses if args.all else [s for s in statuses if s.status != UP_TO_DATE]
    print(table(shown))
    counts: dict[str, int] = {}
    for s in statuses:
        counts[f"{s.language} {s.status}"] = counts.get(f"{s.language} {s.status}", 0) + 1
    print("\n" + ", ".join(f"{key}: {value}" for key, value in sorted(counts.items())))
    findings = scan_project(args.docs.parent, languages)
    print(f"\nOfficial terms: {len(findings)} ruled-out variant(s)" + (":" if findings else ""))
    for finding in findings:
        print(f"  {finding}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(s) for s in statuses], indent=1) + "\n", encoding="utf-8")
    return 0

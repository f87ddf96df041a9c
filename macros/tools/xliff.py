"""``blma xliff``: exchange one language's pages and data texts with a CAT tool as XLIFF 1.2.

blma xliff export LANG [--out FILE]   write the XLIFF (default build/xliff/LANG.xlf)
blma xliff import LANG FILE           write the changed translations back and re-sync them

The units and their protected codes are described in macros/l10n/xliff.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..catalogue.problems import DataError
from ..l10n.xliff import export_xliff
from ..l10n.xliff_import import import_xliff
from .paths import CONFIG_FILE, PROJECT_DIR, site_languages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="blma xliff", description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write the XLIFF of one language")
    export.add_argument("language")
    export.add_argument("--out", type=Path, help="where to write it (default build/xliff/LANG.xlf)")
    load = commands.add_parser("import", help="write the translations of an XLIFF file back into docs/ and data/")
    load.add_argument("language")
    load.add_argument("file", type=Path)
    args = parser.parse_args(argv)

    languages = site_languages(CONFIG_FILE).translations
    if args.language not in languages:
        print(f"unknown language {args.language!r}: mkdocs.yml translates into {', '.join(languages)}", file=sys.stderr)
        return 2
    if args.command == "export":
        out = args.out or PROJECT_DIR / "build" / "xliff" / f"{args.language}.xlf"
        result = export_xliff(PROJECT_DIR, args.language)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(result.content)
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"wrote {result.units} units to {out}")
        return 0
    try:
        report = import_xliff(PROJECT_DIR, args.language, args.file.read_bytes())
    except (OSError, ValueError, DataError) as error:
        print(f"{args.file}: {error}", file=sys.stderr)
        return 1
    for page in report.pages:
        print(f"updated and re-synced docs/{args.language}/{page}")
    for key in report.records:
        print(f"updated and re-synced {key} ({args.language})")
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if not (report.pages or report.records):
        print("nothing changed")
    return 1 if report.problems else 0

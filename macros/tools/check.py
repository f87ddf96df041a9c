"""``blma check [LANG] [--page PATH]``: the translator's fast check (``make check LANG=fr``); exit 1 on findings."""

from __future__ import annotations

import argparse
import time

from ..l10n.check import check_language
from .paths import PROJECT_DIR, site_languages


def main(argv: list[str] | None = None) -> int:
    languages = site_languages()
    parser = argparse.ArgumentParser(prog="blma check", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("language", nargs="?", help=f"one of {', '.join(languages.translations)} (default: all)")
    parser.add_argument("--page", help="one page only, as a docs path such as phases/negotiation.md")
    args = parser.parse_args(argv)
    chosen = [args.language] if args.language else list(languages.translations)
    unknown = [lang for lang in chosen if lang not in languages.translations]
    if unknown:
        parser.error(f"unknown language {unknown[0]!r}; the translations are {', '.join(languages.translations)}")
    start = time.perf_counter()
    findings = [f for lang in chosen for f in check_language(PROJECT_DIR, lang, languages.default, args.page)]
    for finding in findings:
        print(finding)
    seconds = time.perf_counter() - start
    print(
        f"{len(findings)} finding(s) in {', '.join(chosen)} ({seconds:.1f} s)"
        if findings
        else f"all clear: {', '.join(chosen)} ({seconds:.1f} s)"
    )
    return 1 if findings else 0

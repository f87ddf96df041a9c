"""``blma``: the project's one command line (bundle, translations, bench); never imported by the build."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module

COMMANDS = {
    "build": ("macros.tools.build", "the site, its languages built in parallel (JOBS=1: one after the other)"),
    "serve": ("macros.tools.serve", "the live preview: one language with --lang, pages rebuilt as you save"),
    "bundle": ("macros.tools.bundle", "offline zips, one per language and one with all"),
    "translations": ("macros.tools.translations", "translation status and re-sync"),
    "check": ("macros.tools.check", "what a translator can break, with file and line (fast, no build)"),
    "xliff": ("macros.tools.xliff", "XLIFF export and import of one language, for CAT tools"),
    "bench": ("macros.tools.bench", "build speed, page weight, search and Lighthouse figures"),
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in COMMANDS:
        print("usage: blma {" + ",".join(COMMANDS) + "} [options]")
        for name, (_module, summary) in COMMANDS.items():
            print(f"  {name:13} {summary}")
        return 0 if args[:1] in (["-h"], ["--help"]) else 2
    command: Callable[[list[str]], int] = import_module(COMMANDS[args[0]][0]).main
    return command(args[1:])


if __name__ == "__main__":
    raise SystemExit(main())

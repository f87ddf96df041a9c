"""``blma serve`` (``make serve [LANG=fr]``): the live preview authors and translators work in.

A preview is built for speed from save to page: one language when ``LANG`` is given (``BLMA_ONLY_LANG``), no
search index, no print page, warnings shown in the pages instead of failing the build, and MkDocs' dirty
rebuilds, so that saving a page renders that page only (the blma plugin rebuilds every page when ``data/``
or ``overrides/`` changed: macros/plugin/incremental.py). ``make bench`` times this same command.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from .paths import PROJECT_DIR

#: What makes a build a preview (read by mkdocs.yml and the blma plugin).
PREVIEW_ENVIRONMENT = {
    "BLMA_PREVIEW": "true",
    "BLMA_STRICT": "false",
    "BLMA_SEARCH": "false",
    "NO_MKDOCS_2_WARNING": "1",
}


def serve_command(port: int) -> list[str]:
    """``mkdocs serve`` as the preview runs it: data and templates watched, dirty rebuilds."""
    return [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "--dirty",
        "-a",
        f"127.0.0.1:{port}",
        "-w",
        "data",
        "-w",
        "overrides",
    ]


def serve_environment(language: str | None) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key != "BLMA_ONLY_LANG"}
    environment.update(PREVIEW_ENVIRONMENT)
    if language:
        environment["BLMA_ONLY_LANG"] = language
    return environment


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="blma serve", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--lang", default=os.environ.get("BLMA_ONLY_LANG") or None, help="one language, e.g. fr")
    args = parser.parse_args(argv)
    project = Path(PROJECT_DIR)
    try:
        return subprocess.run(serve_command(args.port), cwd=project, env=serve_environment(args.lang)).returncode
    except KeyboardInterrupt:
        return 0

"""Where the project's files are, for the command-line tools (the build gets them from its config)."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from ..l10n.languages import SiteLanguages


def find_project(start: Path | None = None) -> Path:
    """The project a command works on: the nearest folder holding mkdocs.yml, from the working directory up
    (so that a tool run in a copy of the project works on that copy), else this package's own project."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return Path(__file__).resolve().parents[2]


PROJECT_DIR = find_project()
DOCS_DIR = PROJECT_DIR / "docs"
DATA_DIR = PROJECT_DIR / "data"
CONFIG_FILE = PROJECT_DIR / "mkdocs.yml"


def site_languages(config_file: Path = CONFIG_FILE) -> SiteLanguages:
    return SiteLanguages.from_mkdocs_yml(config_file)


#: What a copy of the project needs to be built: its sources, not its build outputs or tools.
PROJECT_SOURCES = ("mkdocs.yml", "docs", "data", "overrides")


def copy_project(target: Path, extra: Iterable[str] = ()) -> Path:
    """A copy of the project's sources that a test or a benchmark may edit and build (``extra``: more top-level
    names, such as ``node_modules`` for the offline bundles, copied as symbolic links where they are some)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in (*PROJECT_SOURCES, *extra):
        source = PROJECT_DIR / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True)
        elif source.exists():
            shutil.copy(source, target / name)
    return target

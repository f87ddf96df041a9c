"""Where the project's files are, for the command-line tools (the build gets them from its config)."""

from __future__ import annotations

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

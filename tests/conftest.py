"""Shared fixtures: project paths, a fixture catalogue, and one strict build of the real site per session."""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from macros.catalogue.loader import Catalogue, load_catalogue
from macros.l10n.languages import SiteLanguages
from macros.tools.paths import copy_project

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
DOCS_DIR = PROJECT_DIR / "docs"
FIXTURE_RECORDS = Path(__file__).resolve().parent / "fixtures" / "records"
#: The configured languages (mkdocs.yml's i18n block is their only list).
SITE_LANGUAGES = SiteLanguages.from_mkdocs_yml(PROJECT_DIR / "mkdocs.yml")
LANGUAGES = SITE_LANGUAGES.codes
REQUIRED_LANGUAGES = SITE_LANGUAGES.required


@cache
def site_catalogue() -> Catalogue:
    """The project's own catalogue (data/), loaded once for every test module that reads it."""
    return load_catalogue(DATA_DIR, REQUIRED_LANGUAGES)


def print_chapters() -> list[str]:
    """The pages on the print page, in nav order (the blma plugin's ``print_chapters``)."""
    from mkdocs.config import load_config

    from macros.plugin.site_config import nav_pages

    config = load_config(str(PROJECT_DIR / "mkdocs.yml"))
    chosen = set(config.plugins["blma"].config.print_chapters)
    return [page for page in nav_pages(config.nav) if page in chosen]


class PageViews:
    """Every page macro's view bound to one renderer, called as methods: ``views.checklist("negotiation")``."""

    def __init__(self, renderer: object) -> None:
        self.renderer = renderer

    def __getattr__(self, name: str) -> object:
        import functools

        from macros.render.macros import MACROS

        return functools.partial(MACROS[name], self.renderer)


@dataclass(frozen=True)
class BuiltSite:
    root: Path
    log: str

    def page(self, lang: str, url_path: str) -> Path:
        """File of a page, e.g. ``page("fr", "phases/negotiation/")``."""
        base = self.root / SITE_LANGUAGES.prefix(lang)
        return base / url_path / "index.html" if url_path.endswith("/") or not url_path else base / url_path


def run_mkdocs_build(
    project_dir: Path, site_dir: Path, env: dict[str, str] | None = None, strict: bool = True
) -> subprocess.CompletedProcess:
    """Build of ``project_dir`` into ``site_dir``, strict unless a test builds as the preview does; never with
    ``-q``, which hides warnings."""
    environment = {key: value for key, value in os.environ.items() if key != "BLMA_ONLY_LANG"}
    environment.update({"NO_MKDOCS_2_WARNING": "1", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []), "--clean", "-d", str(site_dir)],
        cwd=project_dir,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def build_in_process(project_dir: Path, site_dir: Path, jobs: int | None = None) -> str:
    """Strict build in this process (no interpreter start-up, no re-import), as ``make build`` runs it: the
    languages in parallel forked processes, or one after the other with ``jobs=1``. Returns MkDocs' log.

    Fails the test on any warning, as ``mkdocs build --strict`` does.
    """
    from mkdocs.exceptions import MkDocsException

    from macros.tools.build import build_site

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    previous = os.environ.pop("BLMA_ONLY_LANG", None)
    cwd = Path.cwd()
    try:
        os.chdir(project_dir)
        build_site(project_dir / "mkdocs.yml", site_dir, jobs=jobs, strict=True)
    except (SystemExit, MkDocsException) as error:  # MkDocs' Abort on a warning under --strict
        pytest.fail(f"mkdocs build --strict failed ({error}):\n{stream.getvalue()[-4000:]}")
    finally:
        os.chdir(cwd)
        logger.removeHandler(handler)
        if previous is not None:
            os.environ["BLMA_ONLY_LANG"] = previous
    return stream.getvalue()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site_dir = tmp_path_factory.mktemp("site")
    return BuiltSite(root=site_dir, log=build_in_process(PROJECT_DIR, site_dir))


@pytest.fixture
def fixture_data(tmp_path: Path) -> Path:
    """A small valid catalogue (real vocabulary and UI strings, tiny record set) that tests may break."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_RECORDS, data)
    shutil.copy(DATA_DIR / "vocabulary.yml", data / "vocabulary.yml")
    shutil.copy(DATA_DIR / "ui.yml", data / "ui.yml")
    shutil.copy(DATA_DIR / "regions.yml", data / "regions.yml")
    return data


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A fresh copy for one test (module-scoped copies call :func:`copy_project` themselves)."""
    return copy_project(tmp_path / "project")

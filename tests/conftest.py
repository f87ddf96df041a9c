"""Shared fixtures: project paths, a fixture catalogue, and one strict build of the real site per session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))

DATA_DIR = PROJECT_DIR / "data"
DOCS_DIR = PROJECT_DIR / "docs"
FIXTURE_RECORDS = Path(__file__).resolve().parent / "fixtures" / "records"
LANGUAGES = ("en", "fr", "es")


@dataclass(frozen=True)
class BuiltSite:
    root: Path
    log: str

    def page(self, lang: str, url_path: str) -> Path:
        """File of a page, e.g. ``page("fr", "phases/negotiation/")``."""
        base = self.root if lang == "en" else self.root / lang
        return base / url_path / "index.html" if url_path.endswith("/") or not url_path else base / url_path


def run_mkdocs_build(
    project_dir: Path, site_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Strict build of ``project_dir`` into ``site_dir``; never with ``-q``, which hides warnings."""
    environment = {key: value for key, value in os.environ.items() if key != "BLMA_ONLY_LANG"}
    environment.update({"NO_MKDOCS_2_WARNING": "1", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(site_dir)],
        cwd=project_dir,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(PROJECT_DIR, site_dir)
    log = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed ({result.returncode}):\n{log[-4000:]}")
    return BuiltSite(root=site_dir, log=log)


@pytest.fixture
def fixture_data(tmp_path: Path) -> Path:
    """A small valid catalogue (real vocabulary and UI strings, tiny record set) that tests may break."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_RECORDS, data)
    shutil.copy(DATA_DIR / "vocabulary.yml", data / "vocabulary.yml")
    shutil.copy(DATA_DIR / "ui.yml", data / "ui.yml")
    shutil.copy(DATA_DIR / "regions.yml", data / "regions.yml")
    return data


def copy_project(target: Path) -> Path:
    """A copy of the project (sources only) that a test may edit and build."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "data", "macros", "overrides"):
        source = PROJECT_DIR / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)
    return target


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A fresh copy for one test (module-scoped copies call :func:`copy_project` themselves)."""
    return copy_project(tmp_path / "project")

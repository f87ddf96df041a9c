"""Offline workshop bundles: ``blma bundle`` (``make bundle``).

Builds the site with Material's offline plugin once per language and once with every language, and zips each
build as ``dist/blma-guidance-<version>-<date>-<lang|all>.zip`` with a top folder of the same name, so that a
participant unzips it and double-clicks ``index.html``; ``START-HERE.html`` beside it says, in the bundle's
languages, what the folder is and which file to open (a facilitator hands the zip out without explaining it).
``dist/bundles.json`` lists the files and their sizes for the download page.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import asdict
from datetime import date
from pathlib import Path

from ..catalogue.downloads import MANIFEST, Bundle
from ..catalogue.loader import load_catalogue
from ..l10n.languages import SiteLanguages
from ..l10n.names import long_date, text_direction
from ..render.renderer import make_environment
from .paths import DATA_DIR, PROJECT_DIR, site_languages

START_HERE = "START-HERE.html"
SITE_NAME = re.compile(r'<meta property="og:site_name" content="([^"]*)"')


def version() -> str:
    with (PROJECT_DIR / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def build_date() -> str:
    """The date of the last commit (reproducible), or today outside a git checkout."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%cs"], cwd=PROJECT_DIR, capture_output=True, text=True, check=True
        )
        return result.stdout.strip() or date.today().isoformat()
    except (OSError, subprocess.CalledProcessError):
        return date.today().isoformat()


def build(language: str, site_dir: Path) -> None:
    """One strict offline build; ``language`` "all" builds every language."""
    env = {key: value for key, value in os.environ.items() if key != "BLMA_ONLY_LANG"}
    env.update({"BLMA_OFFLINE": "true", "NO_MKDOCS_2_WARNING": "1"})
    if language != "all":
        env["BLMA_ONLY_LANG"] = language
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(site_dir)]
    result = subprocess.run(command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True)
    if result.returncode != 0:  # MkDocs' log only when it matters: it names the warning that failed the build
        sys.stderr.write(result.stdout + result.stderr)
        raise subprocess.CalledProcessError(result.returncode, command)


def zip_folder(source: Path, target: Path, top: str) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/{path.relative_to(source).as_posix()}")


def start_here(site: Path, language: str, languages: SiteLanguages, built: str) -> str:
    """The read-me of one bundle (``overrides/partials/blma/start_here.html``, autoescaped): a section per
    language it holds, each in that language, linking that language's home page."""
    catalogue = load_catalogue(DATA_DIR, languages.required)
    codes = languages.codes if language == "all" else (language,)
    sections = []
    for code in codes:
        # A one-language bundle has its language at the root; the all-language one has the others in folders.
        home = "index.html" if language != "all" or code == languages.default else f"{code}/index.html"
        name = SITE_NAME.search((site / home).read_text(encoding="utf-8"))
        if name is None:
            raise ValueError(f"{site / home}: no og:site_name, so no site name for {START_HERE}")
        ui = catalogue.ui.for_language(code)
        sections.append(
            {
                "lang": code,
                "dir": text_direction(code),
                "ui": ui,
                "title": ui["start_here_title"],
                "home": home,
                "site": html.unescape(name.group(1)),
                "date": long_date(built, code),
            }
        )
    return make_environment().get_template("start_here.html").render(sections=sections, version=version())


def bundle_languages() -> list[str]:
    """Every configured language (mkdocs.yml), then "all"."""
    return [*site_languages().codes, "all"]


def make_bundles(dist: Path, work: Path, languages: list[str]) -> list[Bundle]:
    built = build_date()
    stem = f"blma-guidance-{version()}-{built}"
    configured = site_languages()
    dist.mkdir(parents=True, exist_ok=True)
    for old in dist.glob("blma-guidance-*.zip"):
        old.unlink()
    bundles = []
    for language in languages:
        site = work / language
        shutil.rmtree(site, ignore_errors=True)
        build(language, site)
        (site / START_HERE).write_text(start_here(site, language, configured, built), encoding="utf-8")
        name = f"{stem}-{language}"
        target = dist / f"{name}.zip"
        zip_folder(site, target, name)
        bundles.append(Bundle(language=language, file=target.name, bytes=target.stat().st_size))
    (dist / MANIFEST).write_text(json.dumps([asdict(b) for b in bundles], indent=1) + "\n", encoding="utf-8")
    return bundles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="blma bundle", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dist", type=Path, default=PROJECT_DIR / "dist")
    parser.add_argument("--work", type=Path, default=PROJECT_DIR / "build" / "bundles")
    parser.add_argument("--languages", nargs="*", default=bundle_languages())
    args = parser.parse_args(argv)
    for bundle in make_bundles(args.dist, args.work, list(args.languages)):
        print(f"{bundle.file}\t{bundle.bytes / 1_048_576:.1f} MiB")
    return 0

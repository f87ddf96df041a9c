"""Build times for ``make bench``: this site against plain MkDocs and Material building the same pages.

The baseline is faithful: the same ``docs/`` (every language folder, as one plain site), the same Markdown
extensions with the same settings, the same theme features and search settings; only the i18n, macros and
blma plugins are missing. Both are timed on all of this machine's cores and on one (``taskset``-like CPU
affinity, so that our build also falls back to one language after the other), interleaved, median of runs.
Scaling builds (pages x4, six languages) run on scratch copies and show the cost per page and language.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.utils.yaml import yaml_load

from .paths import copy_project

#: Languages added for the scaling build (copies of the French pages; their data texts fall back to English).
EXTRA_LANGUAGES = {"pt": "Português", "de": "Deutsch", "it": "Italiano"}
COPIES = 4


def baseline_config(project: Path) -> str:
    """Plain MkDocs + Material over the same pages, with our Markdown extensions, theme features and search."""
    with (project / "mkdocs.yml").open(encoding="utf-8") as source:
        ours = yaml_load(source)
    search = next(p["search"] for p in ours["plugins"] if isinstance(p, dict) and "search" in p)
    plain = project / "plain-docs"
    shutil.rmtree(plain, ignore_errors=True)
    shutil.copytree(project / "docs", plain)
    config = {
        "site_name": "Baseline",
        "site_url": ours.get("site_url"),
        "docs_dir": "plain-docs",
        "use_directory_urls": True,
        "theme": {"name": "material", "font": False, "features": ours["theme"].get("features", [])},
        "plugins": [{"search": {key: value for key, value in search.items() if key != "enabled"}}],
        "markdown_extensions": ours["markdown_extensions"],
    }
    (project / "baseline.yml").write_text(json.dumps(config), encoding="utf-8")
    return "baseline.yml"


def _one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def timed(command: list[str], project: Path, one_core: bool = False, env: dict[str, str] | None = None) -> float:
    environment = {k: v for k, v in os.environ.items() if k not in {"BLMA_ONLY_LANG", "BLMA_OFFLINE", "JOBS"}}
    environment.update({"NO_MKDOCS_2_WARNING": "1", **(env or {})})
    start = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        preexec_fn=_one_core if one_core else None,
    )
    elapsed = time.perf_counter() - start
    if result.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    return elapsed


def ours(site: Path, strict: bool = True) -> list[str]:
    return [sys.executable, "-m", "macros.tools.cli", "build", "-d", str(site), *([] if strict else ["--no-strict"])]


def plain(site: Path, config: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", config, "-d", str(site)]


def build_times(work: Path, runs: int) -> dict[str, Any]:
    """Medians of interleaved builds, and the ratios at all cores and at one.

    Each ratio is taken within a round, between builds that ran one after the other, and the median of those
    is reported: this machine's speed drifts by a quarter from one minute to the next, and a ratio of two
    medians taken at different moments carries that drift (1.18x and 1.43x on two runs of the same commit)."""
    project = copy_project(work / "project", extra=("node_modules",))
    baseline = baseline_config(project)
    kinds: dict[str, Callable[[], float]] = {  # in a round, each pair compared runs back to back
        "ours_parallel": lambda: timed(ours(work / "site"), project),
        "baseline": lambda: timed(plain(work / "site-plain", baseline), project),
        "ours_one_core": lambda: timed(ours(work / "site-1"), project, one_core=True),
        "baseline_one_core": lambda: timed(plain(work / "site-plain-1", baseline), project, one_core=True),
        "ours_one_by_one": lambda: timed(ours(work / "site-seq"), project, env={"JOBS": "1"}),
    }
    kinds["ours_parallel"]()  # untimed: compiles the theme templates into the project's .cache, as any 2nd build has
    kinds["baseline"]()
    samples: dict[str, list[float]] = {name: [] for name in kinds}
    for _run in range(runs):
        for name, build in kinds.items():
            samples[name].append(build())
    figures: dict[str, Any] = {name: round(statistics.median(values), 2) for name, values in samples.items()}
    figures["cores"] = len(os.sched_getaffinity(0))
    for ratio, ours_kind, baseline_kind in (
        ("ratio_all_cores", "ours_parallel", "baseline"),
        ("ratio_one_core", "ours_one_core", "baseline_one_core"),
    ):
        paired = [o / p for o, p in zip(samples[ours_kind], samples[baseline_kind], strict=True)]
        figures[ratio] = round(statistics.median(paired), 2)
        figures[f"{ratio}_runs"] = [round(value, 2) for value in paired]
    return figures


def _pages(docs: Path) -> int:
    return sum(1 for _ in docs.rglob("*.md"))


def _multiply_pages(docs: Path) -> None:
    """Each language's pages ``COPIES`` times: copies of the tree in sub-folders (relative links still hold)."""
    for language in [folder for folder in docs.iterdir() if folder.is_dir()]:
        originals = list(language.iterdir())
        for copy in range(2, COPIES + 1):
            target = language / f"copy-{copy}"
            target.mkdir()
            for entry in originals:
                if entry.is_dir():
                    shutil.copytree(entry, target / entry.name)
                else:
                    shutil.copy(entry, target / entry.name)


def _add_languages(project: Path) -> None:
    """Three more languages in the i18n block, with the French pages as their text."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    entries = "".join(
        f"        - locale: {code}\n          name: {name}\n          build: true\n"
        for code, name in EXTRA_LANGUAGES.items()
    )
    config, count = re.subn(r"(?m)^        - locale: es$", entries.rstrip("\n") + "\n        - locale: es", config)
    if count != 1:
        raise RuntimeError("mkdocs.yml: the i18n block has no es entry to add languages beside")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    for code in EXTRA_LANGUAGES:
        shutil.copytree(project / "docs" / "fr", project / "docs" / code)


def scaling(work: Path) -> dict[str, Any]:
    """Our build and the baseline on the pages as they are, four times as many, and six languages."""
    variants: dict[str, Callable[[Path], None]] = {
        "as_is": lambda project: None,
        "pages_x4": lambda project: _multiply_pages(project / "docs"),
        "six_languages": _add_languages,
    }
    figures: dict[str, Any] = {}
    for name, change in variants.items():
        project = copy_project(work / f"scale-{name}", extra=("node_modules",))
        change(project)
        baseline = baseline_config(project)
        timed(ours(work / f"scale-{name}-site", strict=False), project)  # untimed: fills this copy's .cache
        ours_s = timed(ours(work / f"scale-{name}-site", strict=False), project)
        plain_s = timed(plain(work / f"scale-{name}-plain", baseline), project)
        pages = _pages(project / "docs")
        figures[name] = {
            "pages_all_languages": pages,
            "ours_s": round(ours_s, 2),
            "baseline_s": round(plain_s, 2),
            "ratio": round(ours_s / plain_s, 2),
            "ours_ms_per_page": round(1000 * ours_s / pages, 1),
            "baseline_ms_per_page": round(1000 * plain_s / pages, 1),
        }
        shutil.rmtree(project, ignore_errors=True)
    return figures

"""Benchmark (``make bench``): build speed, page weight, search score, index and bundle sizes, Lighthouse scores.

Figures are reported, never asserted: wall-clock times vary with the machine. The same figures are written to
``build/bench.json`` so that two runs can be compared.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .local_server import nginx_available, nginx_server, static_server
from .paths import PROJECT_DIR, site_languages
from .screens import take_screenshots
from .search_score import bench_rows, search_scores

CHAPTER = "phases/negotiation/"
LIGHTHOUSE = "lighthouse@13.5.0"
CHROMIUM = "/usr/bin/chromium"
#: Targets the project set itself (issue "Quality gates"); reported beside the figures.
#: Repeats of each build and Lighthouse run; the median is reported (timings on a shared machine are noisy).
RUNS = 3
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"build_ratio": 1.3, "chapter_kib_compressed": 120, "lighthouse_min": 100, "performance_min": 95}


def mkdocs_build(project: Path, site: Path, env: dict[str, str] | None = None, config: str = "mkdocs.yml") -> float:
    environment = {k: v for k, v in os.environ.items() if k not in {"BLMA_ONLY_LANG", "BLMA_OFFLINE"}}
    environment.update({"NO_MKDOCS_2_WARNING": "1", **(env or {})})
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", config, "-d", str(site)]
    start = time.perf_counter()
    subprocess.run(command, cwd=project, env=environment, check=True, capture_output=True)
    return time.perf_counter() - start


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "data", "overrides", "node_modules"):
        source = PROJECT_DIR / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True)
        elif source.exists():
            shutil.copy(source, target / name)
    return target


def baseline_config(project: Path) -> str:
    """The same pages (all three language folders) built by plain MkDocs and Material: no i18n, no macros."""
    shutil.copytree(project / "docs", project / "plain-docs")
    config = {
        "site_name": "Baseline",
        "docs_dir": "plain-docs",
        "theme": {"name": "material", "font": False},
        "plugins": ["search"],
        "markdown_extensions": ["abbr", "admonition", "attr_list", "footnotes", "md_in_html", "tables", "toc"],
    }
    (project / "baseline.yml").write_text(json.dumps(config), encoding="utf-8")
    return "baseline.yml"


def build_times(work: Path, runs: int = RUNS) -> dict[str, float]:
    """Median of ``runs`` builds of each kind, interleaved so that a busy moment of the machine hits all kinds."""
    project = copy_project(work / "project")
    baseline = baseline_config(project)
    french = project / "docs" / "fr" / "phases" / "negotiation.md"
    original = french.read_text(encoding="utf-8")
    kinds: dict[str, Callable[[], float]] = {
        "three_languages_cold": lambda: mkdocs_build(project, work / "site"),
        "one_language": lambda: mkdocs_build(project, work / "site-fr", {"BLMA_ONLY_LANG": "fr"}),
        "plain_mkdocs_baseline": lambda: mkdocs_build(project, work / "site-plain", config=baseline),
    }
    edited: dict[str, Callable[[], float]] = {
        "rebuild_after_french_edit_three_languages": lambda: mkdocs_build(project, work / "site-edited"),
        "rebuild_after_french_edit_one_language": lambda: mkdocs_build(
            project, work / "site-fr", {"BLMA_ONLY_LANG": "fr"}
        ),
    }
    samples: dict[str, list[float]] = {name: [] for name in [*kinds, *edited]}
    for run in range(runs):
        french.write_text(original, encoding="utf-8")
        for name, build in kinds.items():
            samples[name].append(build())
        french.write_text(f"{original}\nUne phrase ajoutée ({run}) pour mesurer la reconstruction.\n", encoding="utf-8")
        for name, build in edited.items():
            samples[name].append(build())
    french.write_text(original, encoding="utf-8")
    return {name: round(statistics.median(values), 2) for name, values in samples.items()}


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """nginx with the project's configuration where it is installed (as published: compressed, cached)."""
    with nginx_server(root) if nginx_available() else static_server(root) as base:
        yield base


def page_weight(base: str) -> dict[str, Any]:
    """What loading the chapter page transfers: every finished request, its bytes on the wire (compressed as
    the server sent them) and unpacked; then what opening search adds (the language's index)."""
    from playwright.sync_api import sync_playwright

    transfers: dict[str, tuple[int, int]] = {}

    def record(request: Any) -> None:
        response = request.response()
        if response is None:
            return
        try:
            unpacked = len(response.body())
        except Exception:  # a worker's script: its body is not kept, its size is
            unpacked = 0
        wire = request.sizes()["responseBodySize"]
        transfers[request.url] = (wire, unpacked or wire)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.on("requestfinished", record)
        page.goto(base + CHAPTER, wait_until="networkidle")
        page.wait_for_timeout(1000)
        first = dict(transfers)
        with page.expect_request_finished(lambda request: "search_index" in request.url):
            page.keyboard.press("s")  # Material's shortcut: opens search, which now fetches the index
        page.wait_for_timeout(500)
        browser.close()
    search = {url: sizes for url, sizes in transfers.items() if url not in first}
    return {
        "requests": len(first),
        "bytes": sum(unpacked for _, unpacked in first.values()),
        "bytes_compressed": sum(wire for wire, _ in first.values()),
        "kib_compressed": round(sum(wire for wire, _ in first.values()) / 1024, 1),
        "on_first_search_requests": len(search),
        "on_first_search_kib_compressed": round(sum(wire for wire, _ in search.values()) / 1024, 1),
    }


def lighthouse_run(url: str) -> dict[str, Any]:
    """One Lighthouse run (mobile, simulated throttling): category scores and the audits that cost points."""
    command = ["npx", "--yes", LIGHTHOUSE, url, "--quiet", "--output=json", "--output-path=stdout"]
    command += ["--chrome-flags=--headless --no-sandbox --disable-gpu", f"--only-categories={','.join(CATEGORIES)}"]
    environment = {**os.environ, "CHROME_PATH": CHROMIUM}
    result = subprocess.run(command, capture_output=True, text=True, timeout=240, env=environment, check=True)
    report = json.loads(result.stdout)
    scores = {name: round(value["score"] * 100) for name, value in report["categories"].items()}
    weighted = {
        ref["id"] for name in CATEGORIES if name != "performance" for ref in report["categories"][name]["auditRefs"]
    }
    failing = {
        audit: [item.get("node", {}).get("snippet", "")[:160] for item in details.get("items", [])[:3]]
        for audit in sorted(weighted)
        for details in [report["audits"][audit].get("details") or {}]
        if report["audits"][audit].get("scoreDisplayMode") == "binary" and report["audits"][audit].get("score") == 0
    }
    tbt = round(report["audits"]["total-blocking-time"]["numericValue"])
    # Lighthouse's CPU benchmark of this machine: its 4x throttling multiplies this machine's own task times.
    cpu = round(report.get("environment", {}).get("benchmarkIndex", 0))
    return {**scores, "failing": failing, "tbt_ms": tbt, "cpu_benchmark_index": cpu}


def lighthouse(url: str, runs: int = RUNS) -> dict[str, Any]:
    """Median score of each category over ``runs`` runs (Lighthouse's advice for noisy machines)."""
    try:
        results = [lighthouse_run(url) for _ in range(runs)]
    except (OSError, subprocess.SubprocessError, ValueError, KeyError) as error:
        return {"unavailable": str(error).splitlines()[0][:120]}
    medians: dict[str, Any] = {name: int(statistics.median(r[name] for r in results)) for name in CATEGORIES}
    medians["performance_runs"] = [r["performance"] for r in results]
    medians["total_blocking_time_ms"] = int(statistics.median(r["tbt_ms"] for r in results))
    medians["cpu_benchmark_index"] = int(statistics.median(r["cpu_benchmark_index"] for r in results))
    medians["failing_audits"] = {audit: nodes for r in results for audit, nodes in r["failing"].items()}
    return medians


def sizes(root: Path) -> dict[str, int]:
    figures = {}
    for lang, prefix in site_languages().prefixes().items():
        index = root / prefix / "search" / "search_index.json"
        figures[f"search_index_{lang}"] = index.stat().st_size
        figures[f"search_index_{lang}_gzip"] = len(gzip.compress(index.read_bytes(), 6))
    return figures


def bundle_sizes(work: Path) -> dict[str, int]:
    from .bundle import bundle_languages, make_bundles

    bundles = make_bundles(work / "dist", work / "bundles", bundle_languages())
    return {f"bundle_{b.language}": b.bytes for b in bundles}


def main(argv: list[str] | None = None) -> int:
    work = Path(tempfile.mkdtemp(prefix="blma-bench-"))
    figures: dict[str, Any] = {"builds_seconds": build_times(work)}
    builds = figures["builds_seconds"]
    builds["ratio_to_baseline"] = round(builds["three_languages_cold"] / builds["plain_mkdocs_baseline"], 2)
    with serve(work / "site") as base:
        figures["chapter_page"] = page_weight(base)
        figures["search_top3_hits"] = search_scores(base)
        figures["lighthouse_home"] = lighthouse(base)
        figures["lighthouse_chapter"] = lighthouse(base + CHAPTER)
        screens = take_screenshots(base, PROJECT_DIR / "build" / "screens")  # for a look at the design
        figures["screenshots"] = [str(path.relative_to(PROJECT_DIR)) for path in screens]
    figures["search_index_bytes"] = sizes(work / "site")
    figures["bundle_bytes"] = bundle_sizes(work)
    figures["targets"] = TARGETS
    out = PROJECT_DIR / "build" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(report(figures))
    print(f"\nwritten to {out.relative_to(PROJECT_DIR)}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


def report(figures: dict[str, Any]) -> str:
    builds, page = figures["builds_seconds"], figures["chapter_page"]
    rows = [("Build", "", "")]
    rows += [
        (
            f"  {name.replace('_', ' ')}",
            f"{value:.2f} s" if name != "ratio_to_baseline" else f"{value:.2f} x",
            f"target <= {TARGETS['build_ratio']} x" if name == "ratio_to_baseline" else "",
        )
        for name, value in builds.items()
    ]
    rows += [
        ("Chapter page (" + CHAPTER + ")", "", ""),
        ("  requests", str(page["requests"]), ""),
        ("  bytes (uncompressed)", f"{page['bytes'] / 1024:.1f} KiB", ""),
        (
            "  bytes (compressed, as sent)",
            f"{page['kib_compressed']} KiB",
            f"target < {TARGETS['chapter_kib_compressed']} KiB",
        ),
        ("  opening search: requests", str(page["on_first_search_requests"]), ""),
        ("  opening search: bytes (compressed)", f"{page['on_first_search_kib_compressed']} KiB", "once per language"),
    ]
    rows += bench_rows(figures["search_top3_hits"])
    rows += [("Search index", "", "")]
    rows += [
        (f"  {k.removeprefix('search_index_')}", f"{v / 1024:.1f} KiB", "")
        for k, v in figures["search_index_bytes"].items()
    ]
    rows += [("Offline bundles", "", "")]
    rows += [
        (f"  {k.removeprefix('bundle_')}", f"{v / 1_048_576:.2f} MiB", "") for k, v in figures["bundle_bytes"].items()
    ]
    for name in ("lighthouse_home", "lighthouse_chapter"):
        scores = figures[name]
        rows += [(f"{name.replace('_', ' ').capitalize()} (median of {RUNS}, mobile)", "", "")]
        if "unavailable" in scores:
            rows += [("  unavailable", "", scores["unavailable"])]
            continue
        runs = ", ".join(map(str, scores["performance_runs"]))
        rows += [
            ("  performance", str(scores["performance"]), f"target >= {TARGETS['performance_min']} (runs: {runs})")
        ]
        rows += [(f"  {k}", str(scores[k]), f"target {TARGETS['lighthouse_min']}") for k in CATEGORIES[1:]]
        rows += [("  total blocking time", f"{scores['total_blocking_time_ms']} ms", "")]
        rows += [("  CPU benchmark index", str(scores["cpu_benchmark_index"]), "Lighthouse's reading of this machine")]
        if scores["failing_audits"]:
            rows += [
                ("  audits failing in a run", "", ", ".join(scores["failing_audits"]) + " (elements in bench.json)")
            ]
    width = max(len(r[0]) for r in rows) + 2
    return "\n".join(f"{a:{width}}{b:>14}  {c}" for a, b, c in rows)

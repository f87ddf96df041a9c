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
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .bench_builds import build_times, scaling
from .bench_preview import save_to_page
from .bench_report import CATEGORIES, report
from .local_server import nginx_available, nginx_server, static_server
from .paths import PROJECT_DIR, site_languages
from .screens import take_screenshots
from .search_score import search_scores

CHAPTER = "phases/negotiation/"
#: Pages whose first load is weighed: the home page and a chapter, in English and in French.
WEIGHED = {"home": "", "chapter": CHAPTER, "chapter_fr": "fr/" + CHAPTER}
#: What counts as the first load: everything fetched this long after navigation starts.
FIRST_LOAD_SECONDS = 2.0
LIGHTHOUSE = "lighthouse@13.5.0"
CHROMIUM = "/usr/bin/chromium"
#: Repeats of each Lighthouse run, and rounds of interleaved builds; the median is reported (timings on a shared
#: machine are noisy, builds the more so: five rounds took about 40 s more than three).
RUNS = 3
BUILD_ROUNDS = 5
#: Targets the project set itself (issue "Quality gates"); reported beside the figures.
TARGETS = {
    "build_ratio": 1.3,  # 1.0 is the aim
    "preview_seconds": 1.0,
    "first_load_kib_compressed": 100,
    "lighthouse_min": 100,
    "performance_min": 100,
}


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """nginx with the project's configuration where it is installed (as published: compressed, cached)."""
    with nginx_server(root) if nginx_available() else static_server(root) as base:
        yield base


def _sent_size(url: str) -> int:
    """Bytes the server sends for ``url`` to a browser that accepts gzip (asked again, for a worker's script)."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return len(response.read())


def page_weight(base: str, path: str = CHAPTER) -> dict[str, Any]:
    """What loading a page transfers in its first ``FIRST_LOAD_SECONDS`` (the search worker included, if
    fetched): every finished request, its bytes on the wire (as the server compressed them) and unpacked; then
    what opening search adds (the worker and the language's index)."""
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
        wire = request.sizes()["responseBodySize"] or _sent_size(request.url)  # a worker's: not reported
        transfers[request.url] = (wire, unpacked or wire)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.on("requestfinished", record)
        start = time.monotonic()
        page.goto(base + path, wait_until="load")
        page.wait_for_timeout(max(0, int(1000 * (FIRST_LOAD_SECONDS - (time.monotonic() - start)))))
        first = dict(transfers)
        with page.expect_request_finished(lambda request: "search_index" in request.url):
            page.keyboard.press("s")  # Material's shortcut: opens search, which now fetches the worker and index
        page.wait_for_timeout(500)
        browser.close()
    search = {url: sizes for url, sizes in transfers.items() if url not in first}
    return {
        "requests": len(first),
        "bytes": sum(unpacked for _, unpacked in first.values()),
        "bytes_compressed": sum(wire for wire, _ in first.values()),
        "kib_compressed": round(sum(wire for wire, _ in first.values()) / 1024, 1),
        "files_kib_compressed": {url.removeprefix(base): round(wire / 1024, 1) for url, (wire, _) in first.items()},
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
    figures: dict[str, Any] = {"builds_seconds": build_times(work, BUILD_ROUNDS)}
    figures["preview_save_to_page"] = save_to_page(work / "project")
    figures["scaling"] = scaling(work)
    with serve(work / "site") as base:
        figures["first_load"] = {name: page_weight(base, path) for name, path in WEIGHED.items()}
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

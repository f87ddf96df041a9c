"""The figures of ``make bench`` as a table, each beside the project's target where it has one."""

from __future__ import annotations

from typing import Any

from .search_score import bench_rows

Row = tuple[str, str, str]


def _builds(figures: dict[str, Any], targets: dict[str, Any]) -> list[Row]:
    builds, cores = figures["builds_seconds"], figures["builds_seconds"]["cores"]
    target = f"target <= {targets['build_ratio']} x, aim 1.0 x"
    return [
        ("Build, three languages (median of interleaved rounds)", "", ""),
        (f"  ours, languages in parallel ({cores} cores)", f"{builds['ours_parallel']:.2f} s", ""),
        ("  ours, one by one (JOBS=1)", f"{builds['ours_one_by_one']:.2f} s", ""),
        ("  ours, one core", f"{builds['ours_one_core']:.2f} s", ""),
        ("  plain MkDocs + Material, same pages and extensions", f"{builds['baseline']:.2f} s", ""),
        ("  plain MkDocs + Material, one core", f"{builds['baseline_one_core']:.2f} s", ""),
        (f"  ratio on {cores} cores", f"{builds['ratio_all_cores']:.2f} x", _rounds(builds, "ratio_all_cores", target)),
        ("  ratio on one core", f"{builds['ratio_one_core']:.2f} x", _rounds(builds, "ratio_one_core", target)),
    ]


def _rounds(builds: dict[str, Any], ratio: str, target: str) -> str:
    """The target, and each round's own ratio (ours over the baseline built next to it), whose median is shown."""
    return f"{target} (rounds: {', '.join(f'{value:.2f}' for value in builds[f'{ratio}_runs'])})"


def _preview(figures: dict[str, Any], targets: dict[str, Any]) -> list[Row]:
    preview = figures["preview_save_to_page"]
    runs = ", ".join(f"{value:.2f}" for value in preview["runs_s"])
    return [
        ("Preview (make serve LANG=fr), save to page", "", ""),
        ("  median", f"{preview['median_s']:.2f} s", f"target <= {targets['preview_seconds']} s (runs: {runs})"),
    ]


def _scaling(figures: dict[str, Any]) -> list[Row]:
    rows: list[Row] = [("Scaling (non-strict scratch copies, one run)", "", "")]
    for name, values in figures["scaling"].items():
        rows.append(
            (
                f"  {name.replace('_', ' ')}: {values['pages_all_languages']} pages",
                f"{values['ours_s']:.2f} s",
                f"baseline {values['baseline_s']:.2f} s, ratio {values['ratio']:.2f} x; per page "
                f"{values['ours_ms_per_page']} ms (baseline {values['baseline_ms_per_page']} ms)",
            )
        )
    return rows


def _first_load(figures: dict[str, Any], targets: dict[str, Any]) -> list[Row]:
    rows: list[Row] = [("First load (first 2 s, compressed as nginx sends it)", "", "")]
    for name, page in figures["first_load"].items():
        rows += [
            (
                f"  {name.replace('_', ' ')}: {page['requests']} requests",
                f"{page['kib_compressed']} KiB",
                f"target < {targets['first_load_kib_compressed']} KiB ({page['bytes'] / 1024:.0f} KiB unpacked)",
            ),
            (
                "    opening search then adds",
                f"{page['on_first_search_kib_compressed']} KiB",
                f"{page['on_first_search_requests']} requests",
            ),
        ]
    return rows


def _lighthouse(figures: dict[str, Any], targets: dict[str, Any], runs: int) -> list[Row]:
    rows: list[Row] = []
    for name in ("lighthouse_home", "lighthouse_chapter"):
        scores = figures[name]
        rows += [(f"{name.replace('_', ' ').capitalize()} (median of {runs}, mobile)", "", "")]
        if "unavailable" in scores:
            rows += [("  unavailable", "", scores["unavailable"])]
            continue
        rows += [
            (
                "  performance",
                str(scores["performance"]),
                f"target {targets['performance_min']} (runs: {', '.join(map(str, scores['performance_runs']))})",
            )
        ]
        rows += [(f"  {k}", str(scores[k]), f"target {targets['lighthouse_min']}") for k in CATEGORIES[1:]]
        rows += [("  total blocking time", f"{scores['total_blocking_time_ms']} ms", "")]
        rows += [("  CPU benchmark index", str(scores["cpu_benchmark_index"]), "Lighthouse's reading of this machine")]
        if scores["failing_audits"]:
            failing = ", ".join(scores["failing_audits"])
            rows += [("  audits failing in a run", "", failing + " (elements in bench.json)")]
    return rows


CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def report(figures: dict[str, Any], runs: int = 3) -> str:
    targets = figures["targets"]
    rows = _builds(figures, targets) + _preview(figures, targets) + _scaling(figures)
    rows += _first_load(figures, targets)
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
    rows += _lighthouse(figures, targets, runs)
    width = max(len(r[0]) for r in rows) + 2
    return "\n".join(f"{a:{width}}{b:>14}  {c}" for a, b, c in rows)

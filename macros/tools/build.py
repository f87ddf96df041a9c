"""``blma build`` (``make build``): the site's languages built side by side, one process each, then merged.

static-i18n builds the other languages inside the default language's build, one after the other. Here the
configuration and every plugin are loaded once, then one process per language is forked (the imports, the
validated catalogue, git's dates and the compiled theme templates come along), each builds its language into
its own scratch folder, and the folders are merged into the site: the default language's build gives the
root, each other language gives its own folder, and the sitemaps are joined in the i18n block's order. The
result equals the sequential build byte for byte (tests/build/test_parallel_build.py diffs them); ``JOBS=1``
keeps the sequential build.

Each child's log records come back to the parent and are logged there in language order, so that the log and
``--strict`` behave as in ``mkdocs build``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, MkDocsException

from ..l10n.languages import SiteLanguages
from .paths import CONFIG_FILE
from .site_merge import merge_language_sites

log = logging.getLogger("mkdocs.blma.build")


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def default_jobs(languages: int) -> int:
    """``JOBS`` from the environment; else every language at once when there is more than one core (with three
    languages on two cores the system shares the cores out, which finished about 0.9 s sooner on this
    project's 2-core machine than two languages and then the third), and one at a time on one core."""
    configured = os.environ.get("JOBS", "").strip()
    if configured:
        return max(1, int(configured))
    return languages if cores() > 1 else 1


@dataclass(frozen=True)
class ChildResult:
    """What one forked language build left: its exit code and its log records (level, logger, message)."""

    name: str
    code: int
    records: list[tuple[int, str, str]]


class _RecordWriter(logging.Handler):
    """Writes a child's log records as JSON lines, for the parent to log them again in order."""

    def __init__(self, path: Path) -> None:
        super().__init__(logging.DEBUG)
        self.stream = path.open("w", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
        self.stream.write(json.dumps([record.levelno, record.name, message]) + "\n")
        self.stream.flush()


def _child(task: Callable[[], None], scratch: Path, name: str) -> int:
    """Runs in the forked process: the build, with MkDocs' log going to a file; never returns to the caller."""
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)  # the parent's terminal or test handlers: the parent logs for us
    logger.addHandler(_RecordWriter(scratch / f"{name}.log.jsonl"))
    stray = os.open(scratch / f"{name}.out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(stray, 1)
    os.dup2(stray, 2)
    try:
        task()
        return 0
    except Abort as error:  # MkDocs' "Aborted with N warnings in strict mode!", already logged
        logger.error(str(error))
    except MkDocsException as error:
        logger.error(str(error))
    except BaseException:  # reported to the parent, which fails the build
        logger.error("language build crashed:\n" + traceback.format_exc().rstrip())
    return 1


def run_forked(tasks: list[tuple[str, Callable[[], None]]], jobs: int, scratch: Path) -> list[ChildResult]:
    """Run ``tasks`` in forked processes, at most ``jobs`` at a time; results in the order of ``tasks``."""
    pending = list(tasks)
    running: dict[int, str] = {}
    codes: dict[str, int] = {}
    while pending or running:
        while pending and len(running) < jobs:
            name, task = pending.pop(0)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child; coverage cannot follow it
                code = 1
                try:
                    code = _child(task, scratch, name)
                finally:
                    logging.shutdown()
                    os._exit(code)
            running[pid] = name
        pid, status = os.wait()
        if pid in running:
            codes[running.pop(pid)] = os.waitstatus_to_exitcode(status)
    results = []
    for name, _task in tasks:
        records_file = scratch / f"{name}.log.jsonl"
        lines = records_file.read_text(encoding="utf-8").splitlines() if records_file.exists() else []
        records = [(int(level), str(logger), str(text)) for level, logger, text in map(json.loads, lines)]
        stray = scratch / f"{name}.out"
        printed = stray.read_text(encoding="utf-8", errors="replace").rstrip() if stray.exists() else ""
        if printed:
            records.append((logging.INFO, "mkdocs.blma.build", printed))
        results.append(ChildResult(name, codes.get(name, 1), records))
    return results


def _language_build(config: MkDocsConfig, language: str, site_dir: Path) -> Callable[[], None]:
    """A build of one language into ``site_dir``: static-i18n is told which language this process builds and
    that it must not build the others (its ``building`` flag, which it sets itself while it nests them)."""

    def task() -> None:
        i18n = config.plugins["i18n"]
        i18n.current_language = language  # type: ignore[attr-defined]
        i18n.building = True  # type: ignore[attr-defined]
        config.site_dir = str(site_dir)
        build(config)

    return task


def warm_up(config: MkDocsConfig) -> None:
    """What every language build would otherwise do for itself: import the Markdown extensions, and (the blma
    plugin) read git's dates, validate the catalogue and list the theme's files. The forked children inherit
    it."""
    markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    blma = config.plugins.get("blma")
    if blma is not None and hasattr(blma, "warm_up"):
        blma.warm_up(config)


def build_in_parallel(config: MkDocsConfig, languages: SiteLanguages, order: list[str], jobs: int) -> None:
    """Each language of ``order`` (the default language first) in its own process, then the merge into
    ``config.site_dir``."""
    site_dir = Path(config.site_dir)
    site_dir.mkdir(parents=True, exist_ok=True)
    warm_up(config)
    with tempfile.TemporaryDirectory(prefix=".blma-build-", dir=site_dir.parent) as scratch_name:
        scratch = Path(scratch_name)
        tasks = [(lang, _language_build(config, lang, scratch / lang)) for lang in order]
        results = run_forked(tasks, jobs, scratch)
        for result in results:
            for level, name, message in result.records:
                logging.getLogger(name).log(level, message)
        failed = [result.name for result in results if result.code != 0]
        if failed:
            raise Abort(f"Aborted: the build of {', '.join(failed)} failed (see above)")
        merge_language_sites(site_dir, [(lang, languages.prefix(lang), scratch / lang) for lang in order])


def build_site(
    config_file: Path = CONFIG_FILE, site_dir: Path | None = None, *, jobs: int | None = None, strict: bool = True
) -> None:
    """``mkdocs build`` of the project, its languages in parallel when there are several and ``jobs`` > 1."""
    start = time.monotonic()
    overrides = {"site_dir": str(site_dir)} if site_dir else {}
    config = load_config(str(config_file), strict=strict, **overrides)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        i18n = config.plugins.get("i18n")
        languages = SiteLanguages.from_config(config)
        # The languages static-i18n itself builds (``build: true``), the default one first, as it nests them.
        order = sorted(getattr(i18n, "build_languages", None) or [], key=lambda lang: lang != languages.default)
        workers = min(default_jobs(len(order)) if jobs is None else jobs, len(order))
        only = getattr(i18n, "config", None) and i18n.config.build_only_locale  # type: ignore[union-attr]
        if workers <= 1 or only:
            build(config)
            return
        build_in_parallel(config, languages, order, workers)
        log.info(
            f"Documentation built in {time.monotonic() - start:.2f} seconds "
            f"({len(order)} languages, {workers} at a time)"
        )
    finally:
        config.plugins.on_shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="blma build", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", "-j", type=int, default=None, help="languages built at once (default: JOBS, all)")
    parser.add_argument("--site-dir", "-d", type=Path, default=None, help="output folder (default: site_dir)")
    parser.add_argument("--config-file", "-f", type=Path, default=CONFIG_FILE)
    parser.add_argument("--no-strict", action="store_true", help="report warnings without failing")
    args = parser.parse_args(argv)
    from mkdocs.__main__ import State

    _state = State()  # type: ignore[no-untyped-call]  # MkDocs' own log format on the terminal
    os.chdir(args.config_file.resolve().parent)
    try:
        build_site(args.config_file.resolve(), args.site_dir, jobs=args.jobs, strict=not args.no_strict)
    except (Abort, MkDocsException, SystemExit) as error:
        message = str(error)
        if message:
            log.error(message)
        return 1
    return 0

"""``make build`` builds the languages in parallel processes and merges them: the site must be the one a build
of one language after the other writes, byte for byte, and a failure in any language must fail the build."""

from __future__ import annotations

import filecmp
import gzip
import logging
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from macros.tools import build as build_module
from macros.tools.build import build_site, default_jobs
from macros.tools.site_merge import join_sitemaps
from tests.conftest import LANGUAGES, BuiltSite, build_in_process


def tree(root: Path) -> dict[str, Path]:
    return {path.relative_to(root).as_posix(): path for path in sorted(root.rglob("*")) if path.is_file()}


def test_the_parallel_build_writes_the_same_bytes_as_the_sequential_one(built_site: BuiltSite, tmp_path: Path) -> None:
    # The session's site is built as `make build` builds it (forked language builds, merged); this one is
    # built as static-i18n builds on its own, each language after the other in one process.
    sequential = tmp_path / "sequential"
    build_in_process(Path.cwd(), sequential, jobs=1)
    parallel_files, sequential_files = tree(built_site.root), tree(sequential)
    assert sorted(parallel_files) == sorted(sequential_files)
    differing = [
        name for name, path in parallel_files.items() if not filecmp.cmp(path, sequential_files[name], shallow=False)
    ]
    assert differing == []


def test_the_merged_sitemap_lists_every_language_in_the_i18n_order(built_site: BuiltSite) -> None:
    sitemap = (built_site.root / "sitemap.xml").read_text(encoding="utf-8")
    first_entries = [
        sitemap.index(f"<loc>http://127.0.0.1:8000/{'' if lang == LANGUAGES[0] else lang + '/'}</loc>")
        for lang in LANGUAGES
    ]
    assert first_entries == sorted(first_entries)
    assert gzip.decompress((built_site.root / "sitemap.xml.gz").read_bytes()).decode("utf-8") == sitemap


def test_sitemaps_are_joined_entry_by_entry() -> None:
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    english_entry = "\n    <url>\n        <loc>/</loc>\n    </url>"
    french_entry = "\n    <url>\n        <loc>/fr/</loc>\n    </url>"
    joined = join_sitemaps([f"{head}{english_entry}\n</urlset>", f"{head}{french_entry}\n</urlset>"])
    assert joined == f"{head}{english_entry}{french_entry}\n</urlset>"


def test_a_broken_page_in_one_language_fails_the_parallel_build_and_says_where(
    project_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    page = project_copy / "docs" / "es" / "phases" / "negotiation.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ checklist('no-such-phase') }}\n", encoding="utf-8")
    monkeypatch.chdir(project_copy)
    monkeypatch.delenv("BLMA_ONLY_LANG", raising=False)
    with caplog.at_level(logging.INFO, logger="mkdocs"), pytest.raises(Abort, match="es"):
        build_site(project_copy / "mkdocs.yml", tmp_path / "site", jobs=2)
    # The child's own error comes back to this process's log, with the translator's file.
    assert "docs/es/phases/negotiation.md" in caplog.text
    # The other languages' logs come back too, in order.
    assert caplog.text.index("Building 'en'") < caplog.text.index("Building 'es'")


def test_every_language_is_built_at_once_unless_there_is_one_core_or_jobs_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBS", raising=False)
    monkeypatch.setattr(build_module, "cores", lambda: 2)
    assert default_jobs(3) == 3
    monkeypatch.setattr(build_module, "cores", lambda: 1)
    assert default_jobs(3) == 1
    monkeypatch.setenv("JOBS", "1")
    monkeypatch.setattr(build_module, "cores", lambda: 8)
    assert default_jobs(3) == 1

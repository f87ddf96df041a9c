"""What the build keeps so that it does not redo work (compiled templates, git's dates, the theme's file list)
must never change what it writes: each cache is checked against the work it saves."""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from macros.l10n.history import History
from macros.plugin.clause_document import reproducible_zip
from macros.plugin.template_cache import ThemeBytecodeCache
from macros.plugin.theme_files import list_theme_once


def test_compiled_templates_are_kept_on_disk_and_compiled_again_when_the_source_changes(tmp_path: Path) -> None:
    templates = {"page.html": "<p>{{ name }}</p>"}
    first = Environment(loader=DictLoader(templates), bytecode_cache=ThemeBytecodeCache(tmp_path), autoescape=True)
    assert first.get_template("page.html").render(name="<b>") == "<p>&lt;b&gt;</p>"
    stored = list(tmp_path.glob("*.bytecode"))
    assert len(stored) == 1

    # A new process (a fresh cache over the same folder) loads the stored code instead of compiling.
    cache = ThemeBytecodeCache(tmp_path)
    second = Environment(loader=DictLoader(templates), bytecode_cache=cache, autoescape=True)
    bucket = cache.get_bucket(second, "page.html", None, templates["page.html"])
    assert bucket.code is not None
    assert second.get_template("page.html").render(name="x") == "<p>x</p>"

    # An edited template does not match the stored checksum: it is compiled again, and stored again.
    templates["page.html"] = "<div>{{ name }}</div>"
    third = Environment(loader=DictLoader(templates), bytecode_cache=ThemeBytecodeCache(tmp_path), autoescape=True)
    assert third.get_template("page.html").render(name="x") == "<div>x</div>"


def test_a_read_only_cache_folder_only_costs_the_compilation(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    env = Environment(loader=DictLoader({"a.html": "{{ 1 + 1 }}"}), bytecode_cache=ThemeBytecodeCache(blocked / "x"))
    assert env.get_template("a.html").render() == "2"


def _commit(repo: Path, name: str, when: str) -> None:
    (repo / name).write_text(name, encoding="utf-8")
    dated = {**os.environ, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_DATE": when}
    subprocess.run(["git", "add", name], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", name, "--no-gpg-sign"], cwd=repo, check=True, env=dated)


def test_the_edition_date_and_the_page_dates_come_from_one_git_log(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "config", "user.email", "build@example.org"], cwd=tmp_path, check=True)
    subprocess.run(["git", "config", "user.name", "Build"], cwd=tmp_path, check=True)
    _commit(tmp_path, "a.md", "2026-03-01T10:00:00Z")
    _commit(tmp_path, "b.md", "2026-05-02T10:00:00Z")
    history = History(tmp_path)
    assert history.newest() == "2026-05-02"
    assert history.last_changed(tmp_path / "a.md") == "2026-03-01"
    outside = History(tmp_path / "not-a-repository")
    assert outside.newest() is None


def _zip(stamp: tuple[int, int, int, int, int, int]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in ("[Content_Types].xml", "word/document.xml"):
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp), f"<{name}/>")
    return out.getvalue()


def test_word_documents_do_not_carry_the_time_they_were_written() -> None:
    morning, evening = _zip((2026, 1, 5, 9, 0, 0)), _zip((2026, 1, 5, 21, 30, 12))
    assert morning != evening
    built = datetime(2026, 1, 5)
    assert reproducible_zip(morning, built) == reproducible_zip(evening, built)
    with zipfile.ZipFile(io.BytesIO(reproducible_zip(morning, built))) as archive:
        assert archive.namelist() == ["[Content_Types].xml", "word/document.xml"]
        assert {info.date_time for info in archive.infolist()} == {(2026, 1, 5, 0, 0, 0)}


def theme_files(config_file: Path, cached: bool) -> list[str]:
    config = load_config(str(config_file))
    if cached:
        list_theme_once(config)
    files = Files([])
    files.add_files_from_theme(config.theme.get_env(), config)
    return sorted(file.src_uri for file in files)


def test_the_theme_is_listed_once_with_the_same_files_and_again_when_an_override_is_added(
    project_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project_copy)
    config_file = project_copy / "mkdocs.yml"
    walked = theme_files(config_file, cached=False)
    assert "assets/stylesheets/blma.css" in walked
    assert theme_files(config_file, cached=True) == walked
    assert theme_files(config_file, cached=True) == walked  # from the kept listing
    added = project_copy / "overrides" / "assets" / "images" / "added.svg"
    added.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    assert theme_files(config_file, cached=True) == sorted([*walked, "assets/images/added.svg"])

"""``make serve``: a problem that would fail the strict build is shown in the previewed page, not a stale preview."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.tools.paths import copy_project
from macros.tools.serve import PREVIEW_ENVIRONMENT
from tests.conftest import run_mkdocs_build

#: As `make serve LANG=fr` (macros/tools/serve.py): strict off, preview feedback on, no search, French only.
PREVIEW = {**PREVIEW_ENVIRONMENT, "BLMA_ONLY_LANG": "fr"}


def test_a_broken_link_is_shown_in_the_preview_page(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "fr" / "phases" / "negotiation.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nVoir [la page](nulle-part.md).\n", encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site", env=PREVIEW, strict=False)
    assert result.returncode == 0, result.stderr[-2000:]
    html = (tmp_path / "site" / "phases" / "negotiation" / "index.html").read_text(encoding="utf-8")
    assert 'class="blma-preview-problems" role="alert"' in html
    assert "nulle-part.md" in html
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "blma-preview-problems" in home  # every page says so, wherever the translator is looking


def test_an_outdated_page_links_to_the_english_changes_in_the_preview(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    english = project / "docs" / "en" / "phases" / "negotiation.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nA sentence added to the English.\n", encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site", env=PREVIEW, strict=False)
    assert result.returncode == 0, result.stderr[-2000:]
    html = (tmp_path / "site" / "phases" / "negotiation" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../translation-diff.html#phases/negotiation.md"' in html
    report = (tmp_path / "site" / "translation-diff.html").read_text(encoding="utf-8")
    assert 'id="phases/negotiation.md"' in report


class Preview:
    """``mkdocs serve --dirty`` as ``blma serve`` runs it, in this process: a new config for every rebuild."""

    def __init__(self, project: Path, site: Path) -> None:
        self.project, self.site = project, site

    def rebuild(self) -> None:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        config = load_config(str(self.project / "mkdocs.yml"), site_dir=str(self.site))
        config.plugins.on_startup(command="serve", dirty=True)
        config.site_url = "http://127.0.0.1:8000/"
        build(config, serve_url="http://127.0.0.1:8000/", dirty=True)

    def built(self, url: str) -> Path:
        return self.site / url / "index.html"


def test_saving_a_page_rebuilds_that_page_only_and_a_data_change_rebuilds_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path / "project")
    for name, value in PREVIEW.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(project)
    preview = Preview(project, tmp_path / "site")
    preview.rebuild()
    chapter, other = preview.built("phases/negotiation"), preview.built("phases/preparation")
    assert not (tmp_path / "site" / "search" / "search_index.json").exists()  # no search index in a preview
    print_page = preview.built("print").read_text(encoding="utf-8")
    assert 'class="blma-preview-note"' in print_page and "make build" in print_page  # says why it is empty
    assert "blma-print__chapter" not in print_page
    untouched = other.stat().st_mtime_ns

    page = project / "docs" / "fr" / "phases" / "negotiation.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nUne phrase ajoutée pendant l'aperçu.\n", encoding="utf-8")
    preview.rebuild()
    assert "Une phrase ajoutée pendant l'aperçu." in chapter.read_text(encoding="utf-8")
    assert other.stat().st_mtime_ns == untouched  # only the saved page was rendered again
    assert "dirty" not in chapter.read_text(encoding="utf-8")  # MkDocs' warning about it is not the translator's

    ui = project / "data" / "ui.yml"
    text = ui.read_text(encoding="utf-8")
    label = "fr: Retour au texte de la note {n}"
    assert label in text
    ui.write_text(text.replace(label, "fr: Revenir au texte de la note {n}"), encoding="utf-8")
    preview.rebuild()
    assert other.stat().st_mtime_ns != untouched  # a data change reaches pages whose Markdown did not change


def test_the_preview_server_polls_often_and_keeps_every_watched_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs polls the watched files every 0.5 s: up to half of the second from save to page. The blma plugin's
    ``on_serve`` gives a server polling every 0.1 s that watches what MkDocs had watched, as often."""
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    from macros.plugin.live_reload import POLL_SECONDS

    project = copy_project(tmp_path / "project")
    for name, value in PREVIEW.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(project)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="serve", dirty=True)

    def builder() -> None:
        pass

    mkdocs_server = LiveReloadServer(builder=builder, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    mkdocs_server.watch(config.docs_dir)
    mkdocs_server.watch(str(project / "mkdocs.yml"))
    mkdocs_server.watch(config.docs_dir)  # watched twice: one unwatch() must leave it watched
    assert mkdocs_server.observer.timeout == 0.5  # MkDocs' own interval, which this test is about

    server = config.plugins.on_serve(mkdocs_server, config=config, builder=builder)
    try:
        assert server is not mkdocs_server and server.builder is builder
        assert server.observer.timeout == POLL_SECONDS == 0.1
        assert all(emitter.timeout == POLL_SECONDS for emitter in server.observer.emitters)
        watched = server._watched_paths
        assert watched[config.docs_dir] == 2 and watched[str(project / "mkdocs.yml")] == 1
        assert mkdocs_server.socket.fileno() == -1  # the replaced server's socket closed, never bound
    finally:
        server.server_close()


def test_the_preview_keeps_mkdocs_server_where_it_cannot_tell_what_is_watched() -> None:
    """Without MkDocs' count of watched paths, a new server would watch nothing: MkDocs' own server stays."""
    from types import SimpleNamespace

    from macros.plugin.live_reload import polling_often

    server = SimpleNamespace(builder=None)  # a server without ``_watched_paths``
    assert polling_often(server, SimpleNamespace(dev_addr=("127.0.0.1", 0))) is server  # type: ignore[arg-type]

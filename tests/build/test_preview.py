"""``make serve``: a problem that would fail the strict build is shown in the previewed page, not a stale preview."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import copy_project, run_mkdocs_build

#: As `make serve LANG=fr`: strict off, preview feedback on, French only.
PREVIEW = {"BLMA_STRICT": "false", "BLMA_PREVIEW": "true", "BLMA_ONLY_LANG": "fr"}


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

"""Builds of an edited copy of the project: broken data stops the build; one-language preview; fallbacks."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from tests.conftest import run_mkdocs_build


def test_a_broken_record_fails_the_build_naming_file_record_and_field(project_copy: Path, tmp_path: Path) -> None:
    practices = project_copy / "data" / "practices.yml"
    document = yaml.safe_load(practices.read_text(encoding="utf-8"))
    first = document["practices"][0]
    first["phases"] = ["drafting"]
    practices.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")

    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert f"data/practices.yml: record '{first['id']}', field 'phases[0]': unknown phase 'drafting'" in log


def test_an_unknown_id_in_a_macro_call_fails_the_build(project_copy: Path, tmp_path: Path) -> None:
    page = project_copy / "docs" / "en" / "instruments.md"
    text = page.read_text(encoding="utf-8") + '\n{{ instruments("c1899") }}\n'
    page.write_text(text, encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    line = text.splitlines().index('{{ instruments("c1899") }}') + 1  # the file's own line, front matter included
    assert f"docs/en/instruments.md:{line}: instruments(): unknown instrument 'c1899'; did you mean" in (
        result.stdout + result.stderr
    )


def test_one_language_preview_builds_only_that_language(project_copy: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = run_mkdocs_build(project_copy, site, env={"BLMA_ONLY_LANG": "fr"})
    assert result.returncode == 0, result.stderr[-3000:]
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.html["lang"] == "fr"
    assert not (site / "es").exists() and not (site / "fr").exists()


def test_a_missing_translation_is_shown_in_english_with_a_translated_notice(project_copy: Path, tmp_path: Path) -> None:
    (project_copy / "docs" / "es" / "about.md").unlink()
    site = tmp_path / "site"
    result = run_mkdocs_build(project_copy, site)
    assert result.returncode == 0, result.stderr[-3000:]
    soup = BeautifulSoup((site / "es" / "about" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.html["lang"] == "es"
    notice = soup.select_one(".blma-fallback-notice")
    assert notice is not None and "Esta página aún no está traducida" in notice.get_text()
    assert soup.select_one("div[lang=en] h1") is not None


def test_renamed_pages_and_anchors_keep_their_old_addresses(project_copy: Path, tmp_path: Path) -> None:
    (project_copy / "data" / "redirects.yml").write_text(
        "pages:\n  - {from: phases/bargaining.md, to: phases/negotiation.md}\n"
        "anchors:\n  - {page: phases/negotiation.md, from: steps, to: key-steps}\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    result = run_mkdocs_build(project_copy, site)
    assert result.returncode == 0, result.stderr[-3000:]
    for prefix in ("", "fr/", "es/"):
        stub = BeautifulSoup(
            (site / prefix / "phases/bargaining/index.html").read_text(encoding="utf-8"), "html.parser"
        )
        assert stub.select_one("meta[http-equiv=refresh]")["content"] == "0; url=../negotiation/"
        page = BeautifulSoup(
            (site / prefix / "phases/negotiation/index.html").read_text(encoding="utf-8"), "html.parser"
        )
        assert page.select_one("#blma-anchor-redirects").get_text() == '{"steps": "key-steps"}'


def test_markdown_links_to_generated_anchors_are_still_validated(project_copy: Path, tmp_path: Path) -> None:
    """Macro output skips Markdown (macros/html_stash.py); MkDocs must still know the anchors it holds."""
    page = project_copy / "docs" / "en" / "about.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\nSee [zero fees](checklists.md#ce-zero-recruitment-fees) and [a typo](checklists.md#ce-zero-fees).\n",
        encoding="utf-8",
    )
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    log = result.stdout + result.stderr
    assert result.returncode != 0, "--strict turns the broken anchor's warning into a failure"
    assert "does not contain an anchor '#ce-zero-fees'" in log
    assert "#ce-zero-recruitment-fees'" not in log, "the real anchor of a generated checklist item is known"

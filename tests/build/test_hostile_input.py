"""Nothing a string can inject: hostile copies of the project either build with the hostile text shown as text,
or fail the build naming the file and line (issue "Nothing a string can inject")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from macros.tools.paths import copy_project
from tests.conftest import run_mkdocs_build

HOSTILE = 'Ouvrir "><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """French only, with every interface label, a page title and a description made hostile."""
    root = tmp_path_factory.mktemp("hostile")
    project = copy_project(root / "project")
    ui_file = project / "data" / "ui.yml"
    ui = yaml.safe_load(ui_file.read_text(encoding="utf-8"))
    for key, texts in ui.items():
        texts["fr"] = f"{HOSTILE} {key} {{phase}} {{date}} {{n}} {{total}} {{shown}} {{lang}} {{url}}"
    ui_file.write_text(yaml.safe_dump(ui, allow_unicode=True), encoding="utf-8")
    page = project / "docs" / "fr" / "phases" / "negotiation.md"
    text = page.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    lines = [line for line in head.splitlines() if not line.startswith(("title:", "description:"))]
    lines += ["title: '</title><script>alert(1)</script>'", """description: '"><script>alert(2)</script>'"""]
    page.write_text("\n".join(lines) + "\n---\n" + body, encoding="utf-8")
    result = run_mkdocs_build(project, root / "site", env={"BLMA_ONLY_LANG": "fr"})
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    return root / "site"


def test_hostile_labels_titles_and_descriptions_render_as_text(hostile_site: Path) -> None:
    pages = list(hostile_site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html, page
        assert "<script>alert(" not in html, page
    negotiation = (hostile_site / "phases" / "negotiation" / "index.html").read_text(encoding="utf-8")
    assert "&lt;/title&gt;&lt;script&gt;alert(1)" in negotiation
    assert "&lt;img src=x onerror=alert(1)&gt;" in negotiation


def build_with_french_page(tmp_path: Path, edit) -> tuple[int, str]:
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "fr" / "phases" / "negotiation.md"
    page.write_text(edit(page.read_text(encoding="utf-8")), encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site", env={"BLMA_ONLY_LANG": "fr"})
    return result.returncode, result.stdout + result.stderr


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


@pytest.mark.parametrize(
    "inserted",
    ["<script>alert(1)</script>", '<a href="javascript:alert(1)">x</a>', "{{ cycler.__init__.__globals__ }}"],
)
def test_code_in_a_french_page_fails_the_build_with_file_and_line(tmp_path: Path, inserted: str) -> None:
    def edit(text: str) -> str:
        return text.replace("\n## ", f"\n{inserted}\n\n## ", 1)

    code, log = build_with_french_page(tmp_path, edit)
    edited = (tmp_path / "project" / "docs" / "fr" / "phases" / "negotiation.md").read_text(encoding="utf-8")
    assert code != 0
    assert f"docs/fr/phases/negotiation.md:{line_of(edited, inserted)}:" in log


def test_front_matter_with_an_unquoted_french_colon_fails_the_build(tmp_path: Path) -> None:
    def edit(text: str) -> str:
        lines = text.splitlines(keepends=True)
        index = next(i for i, line in enumerate(lines) if line.startswith("title:"))
        lines[index] = "title: Négociation : préparer\n"
        return "".join(lines)

    code, log = build_with_french_page(tmp_path, edit)
    assert code != 0 and "docs/fr/phases/negotiation.md:" in log and "must be quoted" in log


def test_a_deleted_footnote_definition_fails_the_build(tmp_path: Path) -> None:
    def edit(text: str) -> str:
        lines = text.splitlines(keepends=True)
        return "".join(line for line in lines if not line.startswith("[^") or "]:" not in line[:60])

    code, log = build_with_french_page(tmp_path, edit)
    assert code != 0 and "a footnote without its definition reached the page" in log


def test_a_duplicate_yaml_key_fails_with_file_line_and_key(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    ui = project / "data" / "ui.yml"
    text = ui.read_text(encoding="utf-8")
    ui.write_text(text.replace('  fr: "\\u00a0:"\n', '  fr: "\\u00a0:"\n  fr: ":"\n', 1), encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site", env={"BLMA_ONLY_LANG": "fr"})
    assert result.returncode != 0
    assert "data/ui.yml" in result.stdout + result.stderr and "duplicate key 'fr'" in result.stdout + result.stderr

"""``make translation-diff``: the English words that changed since a translation was synced, for pages and data."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from macros.l10n.diff import outdated_diffs, word_diff
from macros.tools.paths import copy_project
from macros.tools.translations import main as translations

PAGE = "phases/negotiation.md"


def git(project: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)


def project_with_history(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q")
    git(project, "-c", "user.email=t@example.org", "-c", "user.name=t", "add", ".")
    git(project, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "synced")
    return project


def test_word_diff_marks_removed_and_added_words() -> None:
    changes = word_diff("the employer pays the fee", "the employer pays every cost")
    assert [(c.kind, c.text.strip()) for c in changes if c.kind != "equal"] == [
        ("delete", "the fee"),
        ("insert", "every cost"),
    ]


def test_an_edited_english_page_and_data_text_show_their_changes(tmp_path: Path, capsys) -> None:
    project = project_with_history(tmp_path)
    english = project / "docs" / "en" / PAGE
    text = english.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    first = next(line for line in body.splitlines() if len(line.split()) > 20 and not line.startswith(("#", "[^")))
    english.write_text(text.replace(first, first + " A sentence added for the test.", 1), encoding="utf-8")
    practices = project / "data" / "practices.yml"
    document = yaml.safe_load(practices.read_text(encoding="utf-8"))
    record = document["practices"][0]
    old_title = record["title"]["en"]
    practices.write_text(
        practices.read_text(encoding="utf-8").replace(old_title, old_title + " (revised)", 1), encoding="utf-8"
    )

    diffs = {d.item: d for d in outdated_diffs(project, "fr")}
    page = diffs[PAGE]
    assert page.changes is not None
    assert [c.text for c in page.changes if c.kind == "insert"] == ["A sentence added for the test."]
    field = diffs[f"data/practices.yml#{record['id']}.title"]
    assert field.changes is not None and [c.text for c in field.changes if c.kind == "insert"] == ["(revised)"]

    report = tmp_path / "diff.html"
    translations(
        ["--docs", str(project / "docs"), "--data", str(project / "data"), "diff", "fr", "--html", str(report)]
    )
    assert "{+A sentence added for the test.+}" in capsys.readouterr().out
    assert "<ins>A sentence added for the test.</ins>" in report.read_text(encoding="utf-8")

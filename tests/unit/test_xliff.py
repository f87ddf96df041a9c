"""XLIFF exchange with CAT tools: an unchanged round trip changes nothing, changed targets land in the right
place and are re-synced, protected codes survive whatever the translator does, ids are stable."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from lxml import etree

from macros.l10n.history import source_hash, split_front_matter, text_hash
from macros.l10n.segments import Code, join_page, protect, split_page
from macros.l10n.xliff import export_xliff
from macros.l10n.xliff_import import import_xliff
from macros.l10n.yaml_text import Record, set_text
from macros.tools.paths import copy_project
from macros.tools.xliff import main as xliff_main
from tests.conftest import PROJECT_DIR

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
PAGE = "phases/negotiation.md"
SUMMARY = "data/practices.yml#canada-mexico-sawp.summary"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The export of an unedited copy, for the tests that edit only the XLIFF or what it does not carry."""
    return export_xliff(copy_project(tmp_path_factory.mktemp("pristine")), "fr").content


def snapshot(project: Path) -> dict[str, bytes]:
    return {
        path.relative_to(project).as_posix(): path.read_bytes()
        for folder in ("docs", "data")
        for path in sorted((project / folder).rglob("*"))
        if path.is_file()
    }


def units(content: bytes) -> dict[str, etree._Element]:
    root = etree.fromstring(content)
    return {unit.get("id"): unit for unit in root.iterfind(".//x:trans-unit", NS)}


def unit_with_source(content: bytes, prefix: str, source: str) -> str:
    return next(
        uid
        for uid, unit in units(content).items()
        if uid.startswith(prefix) and "".join(unit.find("x:source", NS).itertext()) == source
    )


def unit_with_code(content: bytes, code: str) -> str:
    return next(uid for uid in units(content) if PAGE in uid and code in dict(placeholders(content, uid)).values())


def set_target(content: bytes, unit_id: str, *parts: str | tuple[str, str]) -> bytes:
    """What a CAT tool writes: the target as text and placeholders ``(id, content)``."""
    root = etree.fromstring(content)
    unit = next(u for u in root.iterfind(".//x:trans-unit", NS) if u.get("id") == unit_id)
    target = unit.find("x:target", NS)
    if target is None:
        target = etree.SubElement(unit, f"{{{NS['x']}}}target")
    target.clear()
    last: etree._Element | None = None
    for part in parts:
        if isinstance(part, str):
            if last is None:
                target.text = (target.text or "") + part
            else:
                last.tail = (last.tail or "") + part
        else:
            last = etree.SubElement(target, f"{{{NS['x']}}}ph", id=part[0])
            last.text = part[1]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def placeholders(content: bytes, unit_id: str, element: str = "source") -> list[tuple[str, str]]:
    found = units(content)[unit_id].find(f"x:{element}", NS)
    return [(ph.get("id"), ph.text) for ph in found.iterfind("x:ph", NS)]


def test_every_page_splits_and_joins_back_byte_for_byte() -> None:
    for path in sorted((PROJECT_DIR / "docs").rglob("*.md")):
        body = split_front_matter(path.read_text(encoding="utf-8"))[1]
        assert join_page(split_page(body)) == body, path


def test_codes_are_cut_out_of_the_text() -> None:
    tokens = protect('See [the step](adoption.md#closing "t"),[^c97] `x | y` {{ m("a") }} at https://x.org/a. {n}')
    assert [t.text for t in tokens if isinstance(t, Code)] == [
        "[",
        '](adoption.md#closing "t")',
        "[^c97]",
        "`x | y`",
        '{{ m("a") }}',
        "https://x.org/a",
        "{n}",
    ]
    assert "the step" in [t for t in tokens if isinstance(t, str)]


def test_an_unchanged_export_imports_as_no_change(project: Path) -> None:
    before = snapshot(project)
    exported = export_xliff(project, "fr")
    assert exported.problems == []
    report = import_xliff(project, "fr", exported.content)
    assert (report.pages, report.records, report.problems) == ([], [], [])
    assert snapshot(project) == before


def test_ids_are_stable_and_unique(project: Path) -> None:
    first = export_xliff(project, "fr").content
    ids = list(units(first))
    assert len(ids) == len(set(ids))
    assert {f"page:{PAGE}#title", f"page:{PAGE}#description", f"page:{PAGE}#1", f"data:{SUMMARY}"} <= set(ids)
    assert "data:data/ui.yml#checklist_caption.text" in ids
    # A changed translation changes targets, never ids; a second export of the same files is identical.
    french = project / "docs" / "fr" / PAGE
    french.write_text(french.read_text(encoding="utf-8").replace("Objet", "But", 1), encoding="utf-8")
    second = export_xliff(project, "fr").content
    assert list(units(second)) == ids
    assert export_xliff(project, "fr").content == second


def test_heading_ids_and_macro_lines_are_in_no_unit(project: Path, pristine: bytes) -> None:
    content = pristine
    sources = ["".join(u.find("x:source", NS).itertext()) for uid, u in units(content).items() if PAGE in uid]
    assert "Key steps" in sources
    assert not [s for s in sources if "{ #" in s or s.startswith("{{")]


def test_a_changed_page_target_is_written_in_place_and_resynced(project: Path, pristine: bytes) -> None:
    french = project / "docs" / "fr" / PAGE
    original = french.read_text(encoding="utf-8")
    stale = original.replace(split_front_matter(original)[0]["source_hash"], "000000000000")
    french.write_text(stale, encoding="utf-8")
    content = pristine
    heading = unit_with_source(content, f"page:{PAGE}#", "Key steps")
    before = snapshot(project)

    report = import_xliff(project, "fr", set_target(content, heading, "Étapes essentielles"))

    assert (report.pages, report.records, report.problems) == ([PAGE], [], [])
    text = french.read_text(encoding="utf-8")
    assert "\n## Étapes essentielles { #key-steps }\n" in text
    assert split_front_matter(text)[0]["source_hash"] == source_hash(project / "docs" / "en" / PAGE)
    changed = [(a, b) for a, b in zip(stale.splitlines(), text.splitlines(), strict=True) if a != b]
    assert [b for _a, b in changed] == [
        f'source_hash: "{source_hash(project / "docs" / "en" / PAGE)}"',
        "## Étapes essentielles { #key-steps }",
    ]
    after = snapshot(project)
    assert [name for name in after if after[name] != before[name]] == [f"docs/fr/{PAGE}"]


def test_a_page_with_a_refused_unit_is_written_but_not_resynced(project: Path, pristine: bytes) -> None:
    french = project / "docs" / "fr" / PAGE
    text = french.read_text(encoding="utf-8")
    french.write_text(text.replace(split_front_matter(text)[0]["source_hash"], "000000000000"), encoding="utf-8")
    edited = set_target(pristine, unit_with_source(pristine, f"page:{PAGE}#", "Key steps"), "Étapes essentielles")
    edited = set_target(edited, unit_with_source(pristine, f"page:{PAGE}#", "Purpose"), "Objet { #objet }")

    report = import_xliff(project, "fr", edited)

    assert report.pages == [PAGE]
    assert report.problems[-1] == f"docs/fr/{PAGE}: written, not marked re-synced"
    written = french.read_text(encoding="utf-8")
    assert "## Étapes essentielles { #key-steps }" in written and "## Objet { #purpose }" in written
    assert split_front_matter(written)[0]["source_hash"] == "000000000000"


def test_a_changed_data_target_is_written_in_place_and_resynced(project: Path, pristine: bytes) -> None:
    practices = project / "data" / "practices.yml"
    hashes = project / "data" / "translations.yml"
    recorded = yaml.safe_load(hashes.read_text(encoding="utf-8"))
    recorded[SUMMARY]["fr"] = "000000000000"
    hashes.write_text(yaml.safe_dump(recorded, allow_unicode=True), encoding="utf-8")
    old_text = practices.read_text(encoding="utf-8")
    new_summary = "Le Mexique et le Canada ont créé le programme en 1974 par un mémorandum d'accord. " * 3
    content = pristine

    report = import_xliff(project, "fr", set_target(content, f"data:{SUMMARY}", new_summary))

    assert (report.pages, report.records, report.problems) == ([], [SUMMARY], [])
    new_text = practices.read_text(encoding="utf-8")
    expected = yaml.safe_load(old_text)
    expected["practices"][0]["summary"]["fr"] = new_summary.strip()
    assert yaml.safe_load(new_text) == expected
    # Only the lines of that one value changed: everything before its key and from the next key on is identical.
    old_lines, new_lines = old_text.splitlines(), new_text.splitlines()
    start = old_lines.index("      fr: >-", old_lines.index("    summary:"))
    end = old_lines.index("      es: >-", start)
    assert new_lines[: start + 1] == old_lines[: start + 1]
    assert new_lines[-(len(old_lines) - end) :] == old_lines[end:]
    summary_en = expected["practices"][0]["summary"]["en"]
    assert yaml.safe_load(hashes.read_text(encoding="utf-8"))[SUMMARY]["fr"] == text_hash(summary_en)


def test_a_translator_cannot_break_protected_codes(project: Path, pristine: bytes) -> None:
    french = project / "docs" / "fr" / PAGE
    content = pristine
    heading = unit_with_source(content, f"page:{PAGE}#", "Key steps")
    step = unit_with_code(content, "[^ph-il-team]")
    codes = placeholders(content, step, "target")
    before = french.read_text(encoding="utf-8")

    # A heading id or a macro call typed as text, and a placeholder dropped: all refused, the page untouched.
    purpose = unit_with_source(content, f"page:{PAGE}#", "Purpose")
    typed = set_target(content, heading, "Étapes { #etapes }")
    typed = set_target(typed, purpose, 'Objet {{ checklist("negotiation") }}')
    dropped = set_target(typed, step, "Chaque gouvernement négocie.")
    report = import_xliff(project, "fr", dropped)
    assert report.pages == []
    assert {problem.split(": not imported")[0] for problem in report.problems} == {heading, purpose, step}
    assert french.read_text(encoding="utf-8") == before

    # Text edited around the placeholders, and even inside one: the codes come back from the files, by id.
    parts: list[str | tuple[str, str]] = ["Nouveau début "]
    for number, (ph_id, code) in enumerate(codes):
        parts += [(ph_id, "[^cassé]" if number == len(codes) - 1 else code), f" mot{number} "]
    report = import_xliff(project, "fr", set_target(content, step, *parts))
    assert (report.pages, report.problems) == ([PAGE], [])
    text = french.read_text(encoding="utf-8")
    paragraph = next(line for line in text.splitlines() if line.startswith("Nouveau début "))
    for _ph_id, code in codes:
        assert code in paragraph
    assert "[^cassé]" not in text
    assert "\n## Étapes clés { #key-steps }\n" in text


def test_a_code_found_only_in_the_translation_keeps_its_own_id(project: Path) -> None:
    french = project / "docs" / "fr" / PAGE
    french.write_text(
        french.read_text(encoding="utf-8").replace("](#who-takes-part)", "](#qui-participe)", 1), encoding="utf-8"
    )
    content = export_xliff(project, "fr").content
    step = unit_with_code(content, "[^ph-il-team]")
    assert placeholders(content, step) == [("1", "["), ("2", "](#who-takes-part)"), ("3", "[^ph-il-team]")]
    opener, link, note = placeholders(content, step, "target")
    assert link == ("4", "](#qui-participe)")

    report = import_xliff(project, "fr", set_target(content, step, "Voir ", opener, "qui participe", link, ".", note))

    assert (report.pages, report.problems) == ([PAGE], [])
    assert "\nVoir [qui participe](#qui-participe).[^ph-il-team]\n" in french.read_text(encoding="utf-8")


def test_a_label_field_survives_an_edited_placeholder(project: Path, pristine: bytes) -> None:
    ui = project / "data" / "ui.yml"
    key = "data/ui.yml#checklist_caption.text"
    content = pristine
    assert [code for _id, code in placeholders(content, f"data:{key}")] == ["{phase}"]
    report = import_xliff(project, "fr", set_target(content, f"data:{key}", "Liste des éléments\u00a0: ", ("1", "{x}")))
    assert (report.records, report.problems) == ([key], [])
    assert (
        yaml.safe_load(ui.read_text(encoding="utf-8"))["checklist_caption"]["fr"] == "Liste des éléments\u00a0: {phase}"
    )
    assert '  fr: "Liste des éléments\\u00a0: {phase}"\n' in ui.read_text(encoding="utf-8")


def test_a_unit_whose_english_changed_since_the_export_is_not_imported(project: Path, pristine: bytes) -> None:
    content = pristine
    heading = unit_with_source(content, f"page:{PAGE}#", "Key steps")
    english = project / "docs" / "en" / PAGE
    english.write_text(english.read_text(encoding="utf-8").replace("## Key steps", "## Main steps"), encoding="utf-8")
    before = snapshot(project)
    report = import_xliff(project, "fr", set_target(content, heading, "Étapes essentielles"))
    assert report.pages == [] and "English changed" in report.problems[0]
    assert snapshot(project) == before


def test_a_page_that_does_not_mirror_the_english_is_exported_without_targets(project: Path) -> None:
    french = project / "docs" / "fr" / PAGE
    text = french.read_text(encoding="utf-8")
    french.write_text(text.replace("\n## Objet { #purpose }\n", "\n", 1), encoding="utf-8")
    exported = export_xliff(project, "fr")
    assert len(exported.problems) == 1 and f"docs/fr/{PAGE}" in exported.problems[0]
    body = [u for uid, u in units(exported.content).items() if uid.startswith(f"page:{PAGE}#") and uid[-1].isdigit()]
    assert body and all(u.find("x:target", NS) is None for u in body)
    before = snapshot(project)
    assert import_xliff(project, "fr", exported.content).pages == []
    assert snapshot(project) == before


def test_a_page_that_does_not_mirror_is_rebuilt_when_every_unit_is_translated(project: Path, pristine: bytes) -> None:
    french = project / "docs" / "fr" / PAGE
    original = french.read_text(encoding="utf-8")
    french.write_text(original.replace("\n## Objet { #purpose }\n", "\n", 1), encoding="utf-8")
    exported = etree.fromstring(export_xliff(project, "fr").content)
    translated = units(pristine)
    for unit in exported.iterfind(".//x:trans-unit", NS):
        if unit.get("id").startswith(f"page:{PAGE}#") and unit.find("x:target", NS) is None:
            unit.append(translated[unit.get("id")].find("x:target", NS))

    report = import_xliff(project, "fr", etree.tostring(exported))

    assert (report.pages, report.problems) == ([PAGE], [])
    assert french.read_text(encoding="utf-8") == original


@pytest.mark.parametrize(
    ("document", "path", "key", "value", "expected_line"),
    [
        ("a:\n  en: x\n  fr: y  # kept\nb: 1\n", ["a"], "fr", "z: w", '  fr: "z: w"  # kept'),
        ("a:\n  en: x\n  fr: 'y'\n", ["a"], "fr", "plain", '  fr: "plain"'),
        ("r:\n  - id: k\n    t:\n      en: x\n", [Record("k"), "t"], "fr", "neu", "      fr: neu"),
        (
            "r:\n  - id: k\n    t:\n      en: |\n        a\n        b\n",
            [Record("k"), "t"],
            "fr",
            "c\nd\n",
            "      fr: |",
        ),
    ],
)
def test_one_yaml_value_changes_and_nothing_else(
    document: str, path: list[str | Record], key: str, value: str, expected_line: str
) -> None:
    changed = set_text(document, path, key, value)
    assert expected_line in changed.splitlines()
    data, new = yaml.safe_load(document), yaml.safe_load(changed)
    node = new
    for step in path:
        node = node["r"][0] if isinstance(step, Record) else node[step]
    assert node[key] == value
    node[key] = None
    old = data
    for step in path:
        old = old["r"][0] if isinstance(step, Record) else old[step]
    old[key] = None
    assert new == data


def test_the_command_writes_the_file_and_refuses_an_unknown_language(tmp_path: Path, capsys) -> None:
    out = tmp_path / "fr.xlf"
    assert xliff_main(["export", "fr", "--out", str(out)]) == 0
    assert units(out.read_bytes())
    assert xliff_main(["export", "xx", "--out", str(out)]) == 2
    assert "unknown language 'xx'" in capsys.readouterr().err

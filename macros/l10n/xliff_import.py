"""Importing a CAT tool's XLIFF back into the pages and data (the format and its rules: :mod:`.xliff`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from translate.storage import xliff

from ..catalogue.text import SOURCE_LANGUAGE
from ..catalogue.yaml_io import parse_yaml
from .segments import codes, join_page, segments
from .status import sync_pages, sync_records
from .xliff import (
    _PLACEHOLDERS,
    FRONT_MATTER_KEYS,
    STRUCTURAL,
    ImportReport,
    _Page,
    _placeholder_ids,
    _Store,
    collect_units,
)
from .yaml_text import Record, Step, YamlEditError, set_text


@dataclass(frozen=True)
class _Placeholder:
    id: str


def _target_parts(element: Any) -> list[str | _Placeholder]:
    """A target's text and placeholders (an lxml element); text inside pairing or marking elements is text."""
    parts: list[str | _Placeholder] = [element.text] if element.text else []
    for child in element:
        name = str(child.tag).rpartition("}")[2]
        if name in _PLACEHOLDERS:
            parts.append(_Placeholder(str(child.get("id"))))
        elif name != "note":
            parts.extend(_target_parts(child))
        if child.tail:
            parts.append(child.tail)
    return parts


class Refused(ValueError):
    """A target that would break what must not change."""


def _resolve(parts: list[str | _Placeholder], source: str, current: str | None) -> str:
    """The target's text with every placeholder replaced by its code, taken from the files, never the XLIFF."""
    source_codes = codes(source)
    current_codes = codes(current) if current is not None else []
    current_ids = _placeholder_ids(source_codes, current_codes)
    table = {str(n): code for n, code in enumerate(source_codes, 1)} | dict(
        zip(current_ids, current_codes, strict=True)
    )
    found = Counter(part.id for part in parts if isinstance(part, _Placeholder))
    allowed = [Counter(str(n) for n in range(1, len(source_codes) + 1))]
    if current is not None:
        allowed.append(Counter(current_ids))
    if found not in allowed:
        wanted = ", ".join(f"{n}={table[n]}" for n in sorted(allowed[-1], key=int)) or "none"
        raise Refused(f"keep each placeholder exactly once (wanted {wanted})")
    for part in parts:
        if isinstance(part, str) and (typed := STRUCTURAL.search(part)):
            raise Refused(f"{part[typed.start() : typed.start() + 20]!r} typed as text: use the placeholders")
    return "".join(table[part.id] if isinstance(part, _Placeholder) else part for part in parts)


def _same(a: str, b: str | None) -> bool:
    """Equal but for white space (re-wrapping is not a change); no-break spaces count."""
    return b is not None and re.sub(r"[ \t\r\n]+", " ", a).strip() == re.sub(r"[ \t\r\n]+", " ", b).strip()


def _data_path(document: str, key: str, lang: str) -> tuple[list[Step], str]:
    """Where ``file#record.field`` lives: under the record with that id, or (labels) under a top-level key."""
    record, name = key.split("#", 1)[1].rsplit(".", 1)
    data = parse_yaml(document)
    if isinstance(data, dict) and isinstance(data.get(record), dict) and SOURCE_LANGUAGE in data[record]:
        return [record], lang
    return [Record(record), name], lang


def import_xliff(project_dir: Path, lang: str, content: bytes) -> ImportReport:
    """Write the changed targets of an XLIFF file back into ``docs/<lang>`` and ``data/``, then re-sync them."""
    parse: Any = _Store.parsestring  # untyped in translate-toolkit
    try:
        store: _Store = parse(content)
    except SyntaxError as error:  # lxml's XMLSyntaxError
        raise ValueError(f"not an XLIFF file: {error}") from error
    if store.targetlanguage != lang:
        raise ValueError(f"this XLIFF file is for {store.targetlanguage!r}, not {lang!r}")
    units, _problems = collect_units(project_dir, lang)
    current = {unit.id: unit for unit in units}
    report = ImportReport()
    pages: dict[str, dict[str, str]] = {}
    texts: dict[str, str] = {}
    unsettled: set[str] = set()  # pages with a unit left out: written, but not marked re-synced
    for item in store.units:
        unit_id = str(item.getid()).rpartition(xliff.ID_SEPARATOR)[2]  # getid() puts the <file> first
        unit = current.get(unit_id)
        target = item.target_dom
        if unit is None:
            report.problems.append(f"{unit_id}: no such unit now (export again)")
            continue
        if target is None or not "".join(target.itertext()).strip():
            continue
        try:
            if item.source != unit.source:
                raise Refused("the English changed since the export; export again")
            new = _resolve(_target_parts(target), unit.source, unit.target)
        except Refused as refused:
            report.problems.append(f"{unit_id}: not imported: {refused}")
            unsettled.add(unit_id.removeprefix("page:").rpartition("#")[0])
            continue
        if _same(new, unit.target):
            continue
        if unit_id.startswith("page:"):
            path, _, part = unit_id.removeprefix("page:").rpartition("#")
            pages.setdefault(path, {})[part] = new.strip()
        else:
            texts[unit_id.removeprefix("data:")] = new.strip()
    docs = project_dir / "docs"
    for path, changes in pages.items():
        if _write_page(_Page.read(docs, lang, path), docs / lang / path, changes, report, lang):
            report.pages.append(path)
    for key, text in texts.items():
        file = project_dir / key.split("#", 1)[0]
        document = file.read_text(encoding="utf-8")
        steps, name = _data_path(document, key, lang)
        try:
            file.write_text(set_text(document, steps, name, text), encoding="utf-8")
        except YamlEditError as error:
            report.problems.append(f"data:{key}: not imported: {error}")
            continue
        report.records.append(key)
    settled = [path for path in report.pages if path not in unsettled]
    report.problems.extend(
        f"docs/{lang}/{path}: written, not marked re-synced" for path in report.pages if path in unsettled
    )
    if settled:
        sync_pages(docs, lang, settled)
    if report.records:
        sync_records(project_dir / "data", lang, report.records)
    return report


def _write_page(page: _Page, file: Path, changes: dict[str, str], report: ImportReport, lang: str) -> bool:
    """Rebuild one translated page from its segments and front matter; False when nothing was written."""
    body_changes = {int(part) - 1: text for part, text in changes.items() if part.isdigit()}
    body = page.body
    if body_changes:
        if page.mirrored:
            body = join_page(page.translated, body_changes)
        elif len(body_changes) == len(segments(page.english)):
            body = join_page(page.english, body_changes)  # every segment translated: the English structure
        else:
            report.problems.append(
                f"docs/{lang}/{page.path}: not written: the page does not mirror the English one; "
                "translate every unit of it, or fix the page by hand"
            )
            return False
    front = page.front_text
    for key in FRONT_MATTER_KEYS:
        if key in changes:
            try:
                front = set_text(front, [], key, changes[key])
            except YamlEditError as error:
                report.problems.append(f"page:{page.path}#{key}: not imported: {error}")
    text = f"---\n{front}\n---\n{body}" if page.front_text or front else body
    original = file.read_text(encoding="utf-8")
    if text == original:
        return False
    file.write_text(text, encoding="utf-8")
    return True

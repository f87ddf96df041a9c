"""Exchange with CAT tools: one language's pages and data texts out as XLIFF, the translations back in.

XLIFF 1.2, written and read with translate-toolkit's ``translate.storage.xliff``: 1.2 is what CAT tools read
and write most reliably, and translate-toolkit's XLIFF 2.0 store has no inline codes. The file has one
``<file>`` per English page or data file, and one unit per segment:

- ``page:<docs path>#<n>``: the n-th segment (from 1) of a page that has a translation, paired by position with
  the same segment of the translated page (see :mod:`.segments`: headings, paragraphs, list items, table cells,
  admonition titles, footnote texts). A page whose translation does not mirror the English structure is
  exported with empty targets and reported; on import it is rebuilt on the English structure only when every
  unit of it has a target.
- ``page:<docs path>#title`` and ``#description``: the front matter.
- ``data:<file>#<record>.<field>``: a data text, keyed as in :func:`.status.localized_fields`.

What must not change (inline code, macro calls, footnote references, link brackets and targets, URLs, HTML,
``{name}`` fields) travels as ``<ph id="n">code</ph>``; ids 1..k are the English codes, a code found only in
the translation (a French URL, say) gets the next free id. On import each code is restored from the files by
its id, never from the placeholder's content, so a CAT tool or translator that edits around or inside a
placeholder cannot change it; a target that drops or repeats a placeholder, or types a macro call, heading id
or footnote reference as text, is refused and reported. Heading ids and lines made only of codes (macro calls)
stay outside every unit.

Import writes only targets that differ from the current translation (white space aside) and skips units whose
English changed since the export, so importing an unchanged export changes no file. Pages are rebuilt from
their segments, front matter keys other than title and description are kept, data files get a targeted
replacement of one value (:mod:`.yaml_text`), and what changed is re-synced (:mod:`.status`), except a page
with a refused unit: it is written, but stays outdated until that unit is fixed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from translate.storage import xliff
from translate.storage.placeables import StringElem
from translate.storage.placeables.xliff import Ph

from ..catalogue.loader import load_catalogue
from ..catalogue.text import SOURCE_LANGUAGE
from ..catalogue.yaml_io import parse_yaml
from .history import FRONT_MATTER
from .segments import Code, Piece, codes, protect, segments, split_page
from .status import localized_fields

XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"
FRONT_MATTER_KEYS = ("title", "description")
#: Codes a translator must not type as text: they would change a heading id, a macro call or a footnote.
STRUCTURAL = re.compile(r"\{\{|\{%|\{[ \t]*[#.:]|\[\^")
_PLACEHOLDERS = {"ph", "x", "bx", "ex", "it"}


class _Unit(xliff.xliffunit):
    namespace = XLIFF_12


class _Store(xliff.xlifffile[_Unit]):
    """translate-toolkit's XLIFF store, in version 1.2."""

    UnitClass = _Unit
    namespace = XLIFF_12
    XMLskeleton = f"""<?xml version="1.0" ?>
<xliff version="1.2" xmlns="{XLIFF_12}">
<file original="NoName" source-language="{SOURCE_LANGUAGE}" datatype="plaintext">
<body>
</body>
</file>
</xliff>"""


@dataclass(frozen=True)
class Unit:
    """One unit of the exchange: the English text and the current translation (None: nothing to pair with)."""

    id: str
    original: str  # the <file> it belongs to: the English page or the data file, from the project folder
    source: str
    target: str | None
    note: str | None = None


@dataclass(frozen=True)
class Export:
    """The XLIFF file, its number of units, and the pages exported without targets."""

    content: bytes
    units: int
    problems: list[str]


@dataclass
class ImportReport:
    """What an import wrote and re-synced (docs paths, data keys), and each unit it refused, with the reason."""

    pages: list[str] = field(default_factory=list)
    records: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Page:
    """An English page and its translation, split into segments."""

    path: str
    english: list[Piece]
    english_front: dict[str, object]
    translated: list[Piece]
    front_text: str  # the translation's front matter as written, between the --- lines
    body: str

    @classmethod
    def read(cls, docs: Path, lang: str, path: str) -> _Page:
        english_front, english_body = _front_matter((docs / SOURCE_LANGUAGE / path).read_text(encoding="utf-8"))
        front_text, body = _front_matter((docs / lang / path).read_text(encoding="utf-8"))
        return cls(path, split_page(english_body), parse_yaml(english_front) or {}, split_page(body), front_text, body)

    @property
    def mirrored(self) -> bool:
        return [s.kind for s in segments(self.english)] == [s.kind for s in segments(self.translated)]

    def front(self) -> dict[str, object]:
        return (parse_yaml(self.front_text) or {}) if self.front_text else {}


def _front_matter(text: str) -> tuple[str, str]:
    match = FRONT_MATTER.match(text)
    return (match.group(1), text[match.end() :]) if match else ("", text)


def _translated_pages(docs: Path, lang: str) -> list[str]:
    english = docs / SOURCE_LANGUAGE
    return [
        path.relative_to(english).as_posix()
        for path in sorted(english.rglob("*.md"))
        if (docs / lang / path.relative_to(english)).is_file()
    ]


def _page_units(page: _Page, lang: str) -> tuple[list[Unit], str | None]:
    original = f"docs/{SOURCE_LANGUAGE}/{page.path}"
    front = page.front()
    units = [
        Unit(f"page:{page.path}#{key}", original, str(page.english_front[key]), _text_or_none(front.get(key)))
        for key in FRONT_MATTER_KEYS
        if page.english_front.get(key) is not None
    ]
    english, translated, mirrored = segments(page.english), segments(page.translated), page.mirrored
    problem = None
    if not mirrored:
        problem = (
            f"docs/{lang}/{page.path}: {len(translated)} segments for {len(english)} in English, not in the same "
            "order: exported without targets (fix the page, or translate every unit of it)"
        )
    for number, segment in enumerate(english, 1):
        target = translated[number - 1].text if mirrored else None
        note = None if mirrored else f"docs/{lang}/{page.path} does not mirror the English page"
        units.append(Unit(f"page:{page.path}#{number}", original, segment.text, target, note))
    return units, problem


def _text_or_none(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _data_units(data: Path, lang: str) -> Iterator[Unit]:
    for key, value in localized_fields(load_catalogue(data)).items():
        yield Unit(f"data:{key}", key.split("#", 1)[0], value.root[SOURCE_LANGUAGE], value.root.get(lang) or None)


def collect_units(project_dir: Path, lang: str) -> tuple[list[Unit], list[str]]:
    """Every unit of one language, in a stable order, and the pages that could not be paired."""
    docs = project_dir / "docs"
    units: list[Unit] = []
    problems: list[str] = []
    for path in _translated_pages(docs, lang):
        page_units, problem = _page_units(_Page.read(docs, lang, path), lang)
        units.extend(page_units)
        problems.extend([problem] if problem else [])
    units.extend(_data_units(project_dir / "data", lang))
    return units, problems


def _placeholder_ids(source: list[str], target: list[str]) -> list[str]:
    """Ids for the target's codes: the id of an equal English code not yet used, else the next free id."""
    used: set[int] = set()
    fresh = len(source)
    ids = []
    for code in target:
        match = next((n for n, text in enumerate(source, 1) if text == code and n not in used), None)
        if match is None:
            fresh += 1
            ids.append(str(fresh))
        else:
            used.add(match)
            ids.append(str(match))
    return ids


def _rich(text: str, ids: list[str]) -> list[StringElem]:
    parts: list[object] = []
    numbers = iter(ids)
    for token in protect(text):
        parts.append(Ph([token.text], id=next(numbers)) if isinstance(token, Code) else token)
    return [StringElem(parts)]


def export_xliff(project_dir: Path, lang: str) -> Export:
    """The XLIFF 1.2 file of one target language, and the pages exported without targets."""
    units, problems = collect_units(project_dir, lang)
    store = _Store(sourcelanguage=SOURCE_LANGUAGE, targetlanguage=lang)
    for unit in units:
        store.switchfile(unit.original, createifmissing=True)
        item = _Unit("")
        item.setid(unit.id)
        source_codes = codes(unit.source)
        item.rich_source = _rich(unit.source, [str(n) for n in range(1, len(source_codes) + 1)])
        if unit.target is not None:
            item.rich_target = _rich(unit.target, _placeholder_ids(source_codes, codes(unit.target)))
        if unit.note:
            item.addnote(unit.note, origin="developer")
        store.addunit(item)
    store.settargetlanguage(lang)
    content: bytes = bytes(store)
    return Export(content, len(units), problems)

"""Which translations are up to date, outdated or missing, for pages and for data records.

A translated page records the English text it translates as ``source_hash`` in its front matter. A data
record's translations are recorded in ``data/translations.yml``: for each record field and language, the hash
of the English text that was translated. When the English changes, the hashes differ and the translation is
reported (and marked on the page) as outdated until a translator updates it and marks it re-synced.

The command line is ``blma translations`` (macros/tools/translations.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..catalogue.loader import Catalogue, load_catalogue
from ..catalogue.text import SOURCE_LANGUAGE, Localized
from ..catalogue.yaml_io import parse_yaml
from .history import FRONT_MATTER, History, recorded_hash, source_hash, split_front_matter, text_hash

RECORD_HASHES = "translations.yml"

UP_TO_DATE, OUTDATED, MISSING, UNTRACKED = "up to date", "outdated", "missing", "untracked"


@dataclass(frozen=True)
class Status:
    kind: str  # "page" or "record"
    item: str  # docs path, or "file#record-id.field"
    language: str
    status: str
    english_changed: str | None = None


def page_statuses(docs_dir: Path, languages: list[str], history: History) -> list[Status]:
    statuses = []
    english_root = docs_dir / SOURCE_LANGUAGE
    for english in sorted(english_root.rglob("*.md")):
        page = english.relative_to(english_root).as_posix()
        current = source_hash(english)
        for lang in languages:
            translated = docs_dir / lang / page
            if not translated.exists():
                statuses.append(Status("page", page, lang, MISSING))
                continue
            recorded = recorded_hash(split_front_matter(translated.read_text(encoding="utf-8"))[0])
            if recorded is None:
                statuses.append(Status("page", page, lang, UNTRACKED))
            elif recorded != current:
                statuses.append(Status("page", page, lang, OUTDATED, history.last_changed(english)))
            else:
                statuses.append(Status("page", page, lang, UP_TO_DATE))
    return statuses


def localized_fields(catalogue: Catalogue) -> dict[str, Localized]:
    """Every translatable text of the catalogue, keyed ``file#record.field``."""
    fields: dict[str, Localized] = {}

    def add(file: str, record: str, name: str, value: Localized | None) -> None:
        if value is not None:
            fields[f"{file}#{record}.{name}"] = value

    for element in catalogue.core_elements.values():
        file = catalogue.files[f"core_element:{element.id}"]
        for name in ("title", "question", "explanation"):
            add(file, element.id, name, getattr(element, name))
    for practice in catalogue.practices.values():
        for name in ("title", "summary", "lessons", "caveat"):
            add(catalogue.files["practices"], practice.id, name, getattr(practice, name))
    for instrument in catalogue.instruments.values():
        add("data/instruments.yml", instrument.id, "title", instrument.title)
    for term in catalogue.glossary.values():
        for name in ("term", "definition"):
            add(catalogue.files["glossary"], term.id, name, getattr(term, name))
    for clause in catalogue.clauses.values():
        for name in ("title", "text", "note"):
            add(catalogue.files["clauses"], clause.id, name, getattr(clause, name))
    for line in catalogue.budget_lines.values():
        for name in ("title", "description", "bearer_note"):
            add(catalogue.files["costing"], line.id, name, getattr(line, name))
    for key, value in catalogue.ui.root.items():
        add("data/ui.yml", key, "text", value)
    return fields


def read_record_hashes(data_dir: Path) -> dict[str, dict[str, str]]:
    path = data_dir / RECORD_HASHES
    if not path.exists():
        return {}
    return parse_yaml(path.read_text(encoding="utf-8")) or {}


def record_statuses(data_dir: Path, languages: list[str]) -> list[Status]:
    catalogue = load_catalogue(data_dir)  # English only required: a missing translation is a status, not an error
    recorded = read_record_hashes(data_dir)
    statuses = []
    for key, value in localized_fields(catalogue).items():
        current = text_hash(value.root[SOURCE_LANGUAGE])
        for lang in languages:
            if not value.root.get(lang):
                statuses.append(Status("record", key, lang, MISSING))
            elif recorded.get(key, {}).get(lang) != current:
                statuses.append(Status("record", key, lang, OUTDATED))
            else:
                statuses.append(Status("record", key, lang, UP_TO_DATE))
    return statuses


def sync_pages(docs_dir: Path, lang: str, pages: list[str]) -> list[str]:
    """Record the current English hash in each translated page's front matter."""
    english_root = docs_dir / SOURCE_LANGUAGE
    targets = pages or [p.relative_to(english_root).as_posix() for p in sorted(english_root.rglob("*.md"))]
    done = []
    for page in targets:
        translated = docs_dir / lang / page
        if not translated.exists():
            continue
        text = translated.read_text(encoding="utf-8")
        match = FRONT_MATTER.match(text)
        if not match:
            raise SystemExit(f"{translated}: no front matter")
        recorded = f'source_hash: "{source_hash(english_root / page)}"'
        lines = match.group(1).split("\n")
        at = next((i for i, line in enumerate(lines) if line.startswith("source_hash:")), None)
        if at is None:
            lines.append(recorded)
        else:
            lines[at] = recorded  # in place: the front matter keeps its order
        translated.write_text("---\n" + "\n".join(lines) + "\n---\n" + text[match.end() :], encoding="utf-8")
        done.append(page)
    return done


def sync_records(data_dir: Path, lang: str, keys: list[str]) -> list[str]:
    """Record the current English hash of each record field (all fields if ``keys`` is empty) for ``lang``."""
    fields = localized_fields(load_catalogue(data_dir))
    recorded = read_record_hashes(data_dir)
    chosen = keys or list(fields)
    for key in chosen:
        if key not in fields:
            raise SystemExit(f"unknown record field {key!r}")
        if fields[key].root.get(lang):
            recorded.setdefault(key, {})[lang] = text_hash(fields[key].root[SOURCE_LANGUAGE])
    header = "# Hash of the English text each translation was made from (`blma translations sync`). Do not edit.\n"
    body = yaml.safe_dump(dict(sorted(recorded.items())), allow_unicode=True, sort_keys=True)
    (data_dir / RECORD_HASHES).write_text(header + body, encoding="utf-8")
    return chosen


def table(statuses: list[Status]) -> str:
    width = max((len(s.item) for s in statuses), default=10)
    lines = [f"{'kind':7} {'item':{width}} {'lang':4} status"]
    for s in statuses:
        when = f" (English changed {s.english_changed})" if s.english_changed else ""
        lines.append(f"{s.kind:7} {s.item:{width}} {s.language:4} {s.status}{when}")
    return "\n".join(lines)

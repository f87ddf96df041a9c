"""Read ``data/*.yml`` once, validate every record, and check that every id referred to exists.

All problems are collected and raised together as one :class:`DataError`, each naming the file, the
record id and the field, so that a translator fixing data sees the whole list in one build.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .models import (
    BudgetLine,
    Clause,
    CoreElement,
    GlossaryTerm,
    Instrument,
    Practice,
    Regions,
    UiStrings,
    Vocabulary,
    describe_location,
)
from .problems import DataError, Problem
from .references import check_references
from .text import SOURCE_LANGUAGE
from .yaml_io import parse_yaml, yaml_error_message

RecordT = TypeVar("RecordT", bound=BaseModel)


@dataclass(frozen=True)
class Catalogue:
    """Every validated record, indexed by id, in file order."""

    vocabulary: Vocabulary
    ui: UiStrings
    regions: Regions
    instruments: dict[str, Instrument]
    core_elements: dict[str, CoreElement]
    practices: dict[str, Practice]
    glossary: dict[str, GlossaryTerm]
    clauses: dict[str, Clause] = field(default_factory=dict)
    budget_lines: dict[str, BudgetLine] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # record kind -> file it came from (for messages)


def _read_yaml(path: Path, root: Path, problems: list[Problem]) -> Any:
    name = path.relative_to(root.parent).as_posix()
    try:
        with path.open(encoding="utf-8") as handle:
            return parse_yaml(handle)
    except FileNotFoundError:
        problems.append(Problem(name, None, None, "file is missing"))
    except yaml.YAMLError as error:
        problems.append(Problem(name, None, None, f"not valid YAML, {yaml_error_message(error)}", syntax=True))
    return None


def _validation_problems(error: ValidationError, file: str, record: str | None) -> Iterator[Problem]:
    for item in error.errors(include_url=False):
        message = item["msg"].removeprefix("Value error, ")
        yield Problem(file, record, describe_location(item["loc"]), message)


def _records(
    document: Any,
    key: str,
    model: type[RecordT],
    file: str,
    context: dict[str, Any],
    problems: list[Problem],
) -> list[RecordT]:
    """Validate the list under ``key``; a broken record is reported and skipped, the others kept."""
    if document is None:
        return []
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        problems.append(Problem(file, None, key, f"expected a top-level '{key}:' list of records"))
        return []
    records: list[RecordT] = []
    seen: set[str] = set()
    for index, raw in enumerate(document[key]):
        record_id = raw.get("id") if isinstance(raw, dict) else None
        label = str(record_id) if record_id else f"#{index + 1}"
        if record_id in seen:
            problems.append(Problem(file, label, "id", "duplicate id"))
            continue
        seen.add(str(record_id))
        try:
            records.append(model.model_validate(raw, context=context))
        except ValidationError as error:
            problems.extend(_validation_problems(error, file, label))
    return records


def _optional_records(
    path: Path,
    key: str,
    model: type[RecordT],
    file: str,
    context: dict[str, Any],
    problems: list[Problem],
) -> list[RecordT]:
    """Records of a file that a smaller catalogue (the test fixtures) may lack; its views then refuse to render."""
    if not path.exists():
        return []
    return _records(_read_yaml(path, path.parent, problems), key, model, file, context, problems)


def _check_languages(ui_document: Any, file: str, context: dict[str, Any], problems: list[Problem]) -> UiStrings | None:
    try:
        return UiStrings.model_validate(ui_document or {}, context=context)
    except ValidationError as error:
        problems.extend(_validation_problems(error, file, None))
        return None


def load_catalogue(data_dir: Path, required_languages: tuple[str, ...] = (SOURCE_LANGUAGE,)) -> Catalogue:
    """Load and validate the whole catalogue, or raise :class:`DataError` listing every problem.

    ``required_languages`` (from mkdocs.yml, :class:`~macros.l10n.languages.SiteLanguages`) are the languages
    every text must have; others fall back to English, marked.
    """
    data_dir = Path(data_dir).resolve()
    problems: list[Problem] = []

    def rel(path: Path) -> str:
        return path.relative_to(data_dir.parent).as_posix()

    vocabulary_file = data_dir / "vocabulary.yml"
    vocabulary_doc = _read_yaml(vocabulary_file, data_dir, problems)
    try:
        vocabulary = Vocabulary.model_validate(vocabulary_doc or {}, context={"required_languages": required_languages})
    except ValidationError as error:
        problems.extend(_validation_problems(error, rel(vocabulary_file), None))
        raise DataError(problems) from None
    context: dict[str, Any] = {"vocabulary": vocabulary, "required_languages": required_languages}

    regions_file = data_dir / "regions.yml"
    try:
        regions = Regions.model_validate(_read_yaml(regions_file, data_dir, problems) or {})
    except ValidationError as error:
        problems.extend(_validation_problems(error, rel(regions_file), None))
        regions = Regions.model_construct(regions={})  # type: ignore[call-arg]  # reported; the rest is checked

    ui_file = data_dir / "ui.yml"
    ui = _check_languages(_read_yaml(ui_file, data_dir, problems), rel(ui_file), context, problems)

    instruments_file = data_dir / "instruments.yml"
    instruments = _records(
        _read_yaml(instruments_file, data_dir, problems),
        "instruments",
        Instrument,
        rel(instruments_file),
        context,
        problems,
    )

    files: dict[str, str] = {
        "vocabulary": rel(vocabulary_file),
        "practices": rel(data_dir / "practices.yml"),
        "glossary": rel(data_dir / "glossary.yml"),
        "regions": rel(regions_file),
    }
    core_elements: dict[str, CoreElement] = {}
    element_files = sorted((data_dir / "core_elements").glob("*.yml"))
    if not element_files:
        problems.append(Problem(rel(data_dir / "core_elements"), None, None, "no core element files"))
    for path in element_files:
        document = _read_yaml(path, data_dir, problems)
        for element in _records(document, "core_elements", CoreElement, rel(path), context, problems):
            if element.id in core_elements:
                first = files[f"core_element:{element.id}"]
                problems.append(Problem(rel(path), element.id, "id", f"duplicate id (also in {first})"))
                continue
            core_elements[element.id] = element
            files[f"core_element:{element.id}"] = rel(path)

    practices = _records(
        _read_yaml(data_dir / "practices.yml", data_dir, problems),
        "practices",
        Practice,
        files["practices"],
        context,
        problems,
    )
    glossary = _records(
        _read_yaml(data_dir / "glossary.yml", data_dir, problems),
        "terms",
        GlossaryTerm,
        files["glossary"],
        context,
        problems,
    )

    files["clauses"] = rel(data_dir / "clauses.yml")
    files["costing"] = rel(data_dir / "costing.yml")
    clauses = _optional_records(data_dir / "clauses.yml", "clauses", Clause, files["clauses"], context, problems)
    budget_lines = _optional_records(
        data_dir / "costing.yml", "budget_lines", BudgetLine, files["costing"], context, problems
    )

    catalogue = Catalogue(
        vocabulary=vocabulary,
        ui=ui or UiStrings({}),
        regions=regions,
        instruments={record.id: record for record in instruments},
        core_elements=core_elements,
        practices={record.id: record for record in practices},
        glossary={record.id: record for record in glossary},
        clauses={record.id: record for record in clauses},
        budget_lines={record.id: record for record in budget_lines},
        files=files,
    )
    if not any(problem.syntax for problem in problems):
        check_references(catalogue, problems)
    if problems:
        raise DataError(problems)
    return catalogue


def fingerprint(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, times and sizes of every data file: a changed fingerprint means the catalogue must be reloaded."""
    return tuple(
        (path.as_posix(), path.stat().st_mtime_ns, path.stat().st_size) for path in sorted(data_dir.rglob("*.yml"))
    )

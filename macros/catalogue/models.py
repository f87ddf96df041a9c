"""Typed records for the YAML catalogue in ``data/``.

YAML is validated once, into these objects; renderers never see raw dictionaries. Ids that point at a
vocabulary (phases, themes, sectors, ...) are checked against ``data/vocabulary.yml`` through the
validation context, so that an unknown value fails on the field that holds it, with the closest known ids.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    RootModel,
    ValidationInfo,
    field_validator,
)

from ..l10n.names import is_known_country
from .text import Localized

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")


def closest(value: str, known: Iterable[str], limit: int = 3) -> str:
    """Say which known ids are nearest to a mistyped one, for error messages."""
    known = sorted(known)
    matches = difflib.get_close_matches(value, known, n=limit, cutoff=0.5)
    hint = f"did you mean {', '.join(repr(m) for m in matches)}? " if matches else ""
    return f"{hint}known: {', '.join(known)}"


def _check_id(value: str) -> str:
    if not ID_PATTERN.match(value):
        raise ValueError(f"id {value!r} must be lowercase kebab-case ASCII (a-z, 0-9, '-')")
    return value


RecordId = Annotated[str, AfterValidator(_check_id)]


class Strict(BaseModel):
    """Base for records: unknown keys are errors, so a typo in a field name cannot hide data."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _vocabulary_check(kind: str, value: str, info: ValidationInfo) -> str:
    vocabulary = (info.context or {}).get("vocabulary")
    if vocabulary is None:
        return value
    known: set[str] = vocabulary.ids(kind)
    if value not in known:
        raise ValueError(f"unknown {kind} {value!r}; {closest(value, known)}")
    return value


def _in_vocabulary(kind: str) -> AfterValidator:
    """A check against one vocabulary, so that errors point at the exact list item."""

    def check(value: str, info: ValidationInfo) -> str:
        return _vocabulary_check(kind, value, info)

    return AfterValidator(check)


PhaseId = Annotated[str, _in_vocabulary("phase")]
ThemeId = Annotated[str, _in_vocabulary("theme")]
SectorId = Annotated[str, _in_vocabulary("sector")]
TagId = Annotated[str, _in_vocabulary("tag")]
InstrumentTypeId = Annotated[str, _in_vocabulary("instrument type")]
InstrumentKindId = Annotated[str, _in_vocabulary("instrument kind")]


class Source(Strict):
    """Where a fact comes from."""

    title: str = Field(min_length=3)
    publisher: str = Field(min_length=2)
    year: int | None = Field(ge=1900, le=2100)
    url: HttpUrl


class Term(Strict):
    """One entry of a controlled vocabulary (a phase, a theme, a sector...)."""

    id: RecordId
    label: Localized
    description: Localized | None = None
    page: str | None = None  # docs path of the chapter that treats this term, e.g. phases/negotiation.md


class Vocabulary(Strict):
    """Controlled lists that records refer to by id. Order here is display order."""

    phases: list[Term]
    themes: list[Term]
    sectors: list[Term]
    tags: list[Term]
    instrument_types: list[Term]
    instrument_kinds: list[Term]

    def ids(self, kind: str) -> set[str]:
        return {term.id for term in self.terms(kind)}

    def terms(self, kind: str) -> list[Term]:
        return {
            "phase": self.phases,
            "theme": self.themes,
            "sector": self.sectors,
            "tag": self.tags,
            "instrument type": self.instrument_types,
            "instrument kind": self.instrument_kinds,
        }[kind]

    def term(self, kind: str, term_id: str) -> Term:
        return next(term for term in self.terms(kind) if term.id == term_id)


class Instrument(Strict):
    """An international instrument: ILO standard, GCM objective, SDG target, WHO code..."""

    id: RecordId
    kind: InstrumentKindId
    code: str = Field(min_length=1, max_length=24)
    year: int | None = Field(ge=1900, le=2100)
    title: Localized
    url: HttpUrl


class CoreElement(Strict):
    """A core element of an agreement: one checklist item, tied to a phase and a theme."""

    id: RecordId
    phase: PhaseId
    theme: ThemeId
    title: Localized
    question: Localized
    explanation: Localized
    instruments: list[RecordId] = Field(min_length=1)


def _country(code: str) -> str:
    if not COUNTRY_PATTERN.match(code) or not is_known_country(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code known to CLDR")
    return code


CountryCode = Annotated[str, AfterValidator(_country)]


class Practice(Strict):
    """A real agreement or programme that illustrates core elements."""

    id: RecordId
    title: Localized
    origin: list[CountryCode] = Field(min_length=1)
    destination: list[CountryCode] = Field(min_length=1)
    year: int = Field(ge=1940, le=2100)
    instrument_type: InstrumentTypeId
    sectors: list[SectorId] = Field(min_length=1)
    tags: list[TagId] = Field(default_factory=list)
    phases: list[PhaseId] = Field(min_length=1)
    core_elements: list[RecordId] = Field(min_length=1)
    summary: Localized
    lessons: Localized
    caveat: Localized | None = None
    sources: list[Source] = Field(min_length=1)


class Regions(Strict):
    """Country -> UN M49 sub-region. Region names come from CLDR, so only the codes live in data."""

    source: Source
    regions: dict[str, list[CountryCode]]

    @field_validator("regions")
    @classmethod
    def _m49_codes(cls, regions: dict[str, list[str]]) -> dict[str, list[str]]:
        for code in regions:
            if not (len(code) == 3 and code.isdigit()):
                raise ValueError(f"{code!r} is not a three-digit UN M49 region code")
        return regions

    def region_of(self, country: str) -> str | None:
        return next((region for region, members in self.regions.items() if country in members), None)


class ClauseSource(Source):
    """Where a model clause is traced from: an instrument or agreement, and the article in it."""

    article: str = Field(min_length=2, max_length=200)


class Clause(Strict):
    """A model provision for an agreement: the site's own wording, traced to the Model Agreement or real texts."""

    id: RecordId
    title: Localized
    phases: list[PhaseId] = Field(min_length=1)
    core_elements: list[RecordId] = Field(min_length=1)
    text: Localized
    note: Localized
    traced_from: list[ClauseSource] = Field(min_length=1)


Bearer = Literal["origin", "destination", "both", "employers"]


class BudgetLine(Strict):
    """A cost that implementing an agreement needs, who usually bears it, and the core elements it serves."""

    id: RecordId
    title: Localized
    description: Localized
    borne_by: Bearer
    bearer_note: Localized
    core_elements: list[RecordId] = Field(min_length=1)
    sources: list[Source] = Field(default_factory=list)


class GlossaryTerm(Strict):
    """A glossary entry with its defining source."""

    id: RecordId
    term: Localized
    definition: Localized
    sources: list[Source] = Field(min_length=1)
    see_also: list[RecordId] = Field(default_factory=list)


class UiStrings(RootModel[dict[str, Localized]]):
    """Labels of our own components (captions, buttons), translated in one place."""

    model_config = ConfigDict(frozen=True)

    def text(self, key: str, lang: str) -> str:
        return self.root[key].get(lang).text

    def for_language(self, lang: str) -> dict[str, str]:
        return {key: value.get(lang).text for key, value in self.root.items()}

    def untranslated(self, lang: str) -> list[str]:
        """Keys shown in English on pages in ``lang`` (a language added before its labels are translated)."""
        return [key for key, value in self.root.items() if value.get(lang).fallback]


def describe_location(loc: tuple[Any, ...]) -> str:
    """Turn a pydantic error location into a field path like ``sources[0].url``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part == "root":
            continue
        else:
            path += f".{part}" if path else str(part)
    return path or "(record)"

"""Shapes of the published open-data documents. The JSON Schemas are generated from these models, so the
schema a reuser reads and the data we write cannot drift apart."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Published(BaseModel):
    model_config = ConfigDict(frozen=True)


class Label(Published):
    id: str
    label: str


class Country(Published):
    code: str  # ISO 3166-1 alpha-2
    name: str  # in the document's language, from CLDR


class PublishedSource(Published):
    title: str
    publisher: str
    year: int | None
    url: str


class PublishedCoreElement(Published):
    id: str
    phase: Label
    theme: Label
    title: str
    question: str
    explanation: str
    instruments: list[str]
    url: str
    translated: bool


class PublishedPractice(Published):
    id: str
    title: str
    origin: list[Country]
    destination: list[Country]
    regions: list[Label]
    year: int
    instrument_type: Label
    sectors: list[Label]
    tags: list[Label]
    phases: list[Label]
    themes: list[Label]
    core_elements: list[str]
    summary: str
    lessons: str
    caveat: str | None
    sources: list[PublishedSource]
    url: str
    translated: bool


class PublishedInstrument(Published):
    id: str
    kind: Label
    code: str
    year: int | None
    title: str
    url: str
    translated: bool


class PublishedTerm(Published):
    id: str
    term: str
    definition: str
    sources: list[PublishedSource]
    see_also: list[str]
    url: str
    translated: bool


class Document(Published):
    format_version: str
    language: str
    licence: str


class CoreElementsDocument(Document):
    core_elements: list[PublishedCoreElement]


class PracticesDocument(Document):
    practices: list[PublishedPractice]


class InstrumentsDocument(Document):
    instruments: list[PublishedInstrument]


class GlossaryDocument(Document):
    terms: list[PublishedTerm]


DOCUMENTS: dict[str, type[Document]] = {
    "core-elements": CoreElementsDocument,
    "practices": PracticesDocument,
    "instruments": InstrumentsDocument,
    "glossary": GlossaryDocument,
}

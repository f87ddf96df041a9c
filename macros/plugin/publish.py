"""The catalogue as open data: one JSON document per record kind and language, practices also as CSV, and a
JSON Schema for each document, generated from the typed models below so that schema and data cannot drift.

URLs (under each language root: ``/``, ``/fr/``, ``/es/``)::

    data/core-elements.json  data/practices.json  data/practices.csv  data/instruments.json  data/glossary.json
    data/schema/<name>.schema.json
"""

from __future__ import annotations

import csv
import functools
import io
import json
from pathlib import Path

from ..catalogue.loader import Catalogue
from ..catalogue.published import (
    DOCUMENTS,
    CoreElementsDocument,
    Country,
    GlossaryDocument,
    InstrumentsDocument,
    Label,
    PracticesDocument,
    PublishedCoreElement,
    PublishedInstrument,
    PublishedPractice,
    PublishedSource,
    PublishedTerm,
)
from ..catalogue.queries import practice_regions, practice_themes
from ..catalogue.text import Localized
from ..l10n.names import country_name, region_name
from ..render.links import page_url

FORMAT_VERSION = "1"
DATA_DIR_NAME = "data"


LICENCE = (
    "Text written for this site from the sources cited in each record; reuse it with attribution to the site "
    "and keep the sources. Official instrument titles belong to their organizations."
)


class Publisher:
    """Builds the published documents for one language."""

    def __init__(self, catalogue: Catalogue, lang: str, site_url: str, use_directory_urls: bool = True):
        self.catalogue = catalogue
        self.lang = lang
        self.base = site_url.rstrip("/") + "/"
        self.use_directory_urls = use_directory_urls

    def _text(self, value: Localized) -> tuple[str, bool]:
        text = value.get(self.lang)
        return text.text, not text.fallback

    def _label(self, kind: str, term_id: str) -> Label:
        return Label(id=term_id, label=self.catalogue.vocabulary.term(kind, term_id).label.get(self.lang).text)

    def _url(self, page: str, anchor: str) -> str:
        return f"{self.base}{page_url(page, self.use_directory_urls)}#{anchor}"

    def _header(self) -> dict[str, str]:
        return {"format_version": FORMAT_VERSION, "language": self.lang, "licence": LICENCE}

    def core_elements(self) -> CoreElementsDocument:
        records = []
        for element in self.catalogue.core_elements.values():
            texts = [self._text(v) for v in (element.title, element.question, element.explanation)]
            records.append(
                PublishedCoreElement(
                    id=element.id,
                    phase=self._label("phase", element.phase),
                    theme=self._label("theme", element.theme),
                    title=texts[0][0],
                    question=texts[1][0],
                    explanation=texts[2][0],
                    instruments=element.instruments,
                    url=self._url("checklists.md", f"ce-{element.id}"),
                    translated=all(ok for _, ok in texts),
                )
            )
        return CoreElementsDocument(**self._header(), core_elements=records)

    def practices(self) -> PracticesDocument:
        records = []
        for practice in sorted(self.catalogue.practices.values(), key=lambda p: (p.year, p.id)):
            texts = [self._text(v) for v in (practice.title, practice.summary, practice.lessons)]
            caveat = self._text(practice.caveat) if practice.caveat else None
            records.append(
                PublishedPractice(
                    id=practice.id,
                    title=texts[0][0],
                    origin=[Country(code=c, name=country_name(c, self.lang)) for c in practice.origin],
                    destination=[Country(code=c, name=country_name(c, self.lang)) for c in practice.destination],
                    regions=[
                        Label(id=r, label=region_name(r, self.lang)) for r in practice_regions(self.catalogue, practice)
                    ],
                    year=practice.year,
                    instrument_type=self._label("instrument type", practice.instrument_type),
                    sectors=[self._label("sector", s) for s in practice.sectors],
                    tags=[self._label("tag", t) for t in practice.tags],
                    phases=[self._label("phase", p) for p in practice.phases],
                    themes=[self._label("theme", t) for t in practice_themes(self.catalogue, practice)],
                    core_elements=practice.core_elements,
                    summary=texts[1][0],
                    lessons=texts[2][0],
                    caveat=caveat[0] if caveat else None,
                    sources=[PublishedSource(**s.model_dump(mode="json")) for s in practice.sources],
                    url=self._url("practices.md", f"practice-{practice.id}"),
                    translated=all(ok for _, ok in texts) and (caveat is None or caveat[1]),
                )
            )
        return PracticesDocument(**self._header(), practices=records)

    def instruments(self) -> InstrumentsDocument:
        records = []
        for instrument in self.catalogue.instruments.values():
            title, translated = self._text(instrument.title)
            records.append(
                PublishedInstrument(
                    id=instrument.id,
                    kind=self._label("instrument kind", instrument.kind),
                    code=instrument.code,
                    year=instrument.year,
                    title=title,
                    url=str(instrument.url),
                    translated=translated,
                )
            )
        return InstrumentsDocument(**self._header(), instruments=records)

    def glossary(self) -> GlossaryDocument:
        records = []
        for term in self.catalogue.glossary.values():
            (name, ok_name), (definition, ok_definition) = self._text(term.term), self._text(term.definition)
            records.append(
                PublishedTerm(
                    id=term.id,
                    term=name,
                    definition=definition,
                    sources=[PublishedSource(**s.model_dump(mode="json")) for s in term.sources],
                    see_also=term.see_also,
                    url=self._url("glossary.md", f"term-{term.id}"),
                    translated=ok_name and ok_definition,
                )
            )
        return GlossaryDocument(**self._header(), terms=records)

    def practices_csv(self) -> str:
        """One row per practice; list fields joined with '; ' (codes and ids stay language-neutral)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for p in self.practices().practices:
            writer.writerow(
                [
                    p.id,
                    p.title,
                    "; ".join(c.code for c in p.origin),
                    "; ".join(c.name for c in p.origin),
                    "; ".join(c.code for c in p.destination),
                    "; ".join(c.name for c in p.destination),
                    p.year,
                    p.instrument_type.id,
                    "; ".join(s.id for s in p.sectors),
                    "; ".join(x.id for x in p.phases),
                    "; ".join(t.id for t in p.themes),
                    "; ".join(p.core_elements),
                    p.summary,
                    p.lessons,
                    p.caveat or "",
                    " ".join(s.url for s in p.sources),
                    p.url,
                ]
            )
        return buffer.getvalue()


CSV_COLUMNS = [
    "id",
    "title",
    "origin_codes",
    "origin_names",
    "destination_codes",
    "destination_names",
    "year",
    "instrument_type",
    "sectors",
    "phases",
    "themes",
    "core_elements",
    "summary",
    "lessons",
    "caveat",
    "source_urls",
    "url",
]


@functools.cache
def _schema_text(name: str) -> str:
    """The JSON Schema of one document, the same for every language and build (made once per process)."""
    schema = DOCUMENTS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=1, ensure_ascii=False) + "\n"


def write_data(publisher: Publisher, site_dir: Path) -> list[Path]:
    """Write every document, the CSV and the schemas under ``site_dir/data``; return the files written."""
    target = site_dir / DATA_DIR_NAME
    (target / "schema").mkdir(parents=True, exist_ok=True)
    documents = {
        "core-elements": publisher.core_elements(),
        "practices": publisher.practices(),
        "instruments": publisher.instruments(),
        "glossary": publisher.glossary(),
    }
    written = []
    for name, document in documents.items():
        path = target / f"{name}.json"
        path.write_text(document.model_dump_json(indent=1) + "\n", encoding="utf-8")
        schema_path = target / "schema" / f"{name}.schema.json"
        schema_path.write_text(_schema_text(name), encoding="utf-8")
        written += [path, schema_path]
    csv_path = target / "practices.csv"
    csv_path.write_text(publisher.practices_csv(), encoding="utf-8")
    written.append(csv_path)
    return written

"""Render catalogue records to HTML through the Jinja partials in ``overrides/partials/blma/``.

A :class:`Renderer` is made per page, for the page's language: the language is known only at render time.
Templates autoescape, so text from YAML can never inject markup. Selections that name unknown ids fail with
the closest known ids, and a selection that finds nothing fails too: a page never shows an empty block.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .language import country_name, region_name, text_direction
from .links import relative_url, site_root
from .loading import Catalogue
from .models import CoreElement, Instrument, Localized, LocalizedText, Practice, closest

PARTIALS_DIR = Path(__file__).resolve().parent.parent / "overrides" / "partials" / "blma"

#: Pages that the generated links point to (language-neutral source paths).
CHECKLISTS_PAGE = "checklists.md"
PRACTICES_PAGE = "practices.md"
INSTRUMENTS_PAGE = "instruments.md"
GLOSSARY_PAGE = "glossary.md"


class SelectionError(LookupError):
    """A macro call names something the catalogue does not hold."""


@functools.cache
def make_environment(partials_dir: Path = PARTIALS_DIR) -> Environment:
    """Jinja environment for our partials: autoescape on, undefined names are errors.

    One per folder for the whole process, so each partial is compiled once, not once per macro call.
    """
    return Environment(
        loader=FileSystemLoader(str(partials_dir)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def _as_markdown_block(html: str) -> Markup:
    """Raw HTML must have no blank line inside, or Markdown would end the HTML block there."""
    lines = [line.rstrip() for line in html.splitlines() if line.strip()]
    return Markup("\n".join(lines))


@dataclass(frozen=True)
class PageContext:
    """What the renderer needs to know about the page it renders into."""

    lang: str
    src_path: str  # language-neutral source path, e.g. "phases/negotiation.md"
    use_directory_urls: bool = True


class Renderer:
    """Renders records for one page in one language."""

    def __init__(self, catalogue: Catalogue, page: PageContext, environment: Environment | None = None):
        self.catalogue = catalogue
        self.page = page
        self.environment = environment or make_environment()
        self.ui = catalogue.ui.for_language(page.lang)

    # -- helpers shared by templates -------------------------------------------------------------------
    def text(self, value: Localized) -> LocalizedText:
        return value.get(self.page.lang)

    def url(self, src_path: str, anchor: str | None = None) -> str:
        return relative_url(self.page.src_path, src_path, self.page.use_directory_urls, anchor)

    def label(self, kind: str, term_id: str) -> LocalizedText:
        return self.text(self.catalogue.vocabulary.term(kind, term_id).label)

    def country(self, code: str) -> str:
        return country_name(code, self.page.lang)

    def region(self, code: str) -> str:
        return region_name(code, self.page.lang)

    def _render(self, template: str, **context: object) -> Markup:
        html = self.environment.get_template(template).render(
            ui=self.ui,
            lang=self.page.lang,
            dir=text_direction(self.page.lang),
            text=self.text,
            url=self.url,
            label=self.label,
            country=self.country,
            region=self.region,
            canonical=lambda src: src == self.page.src_path,
            catalogue=self.catalogue,
            pages={
                "checklists": CHECKLISTS_PAGE,
                "practices": PRACTICES_PAGE,
                "instruments": INSTRUMENTS_PAGE,
                "glossary": GLOSSARY_PAGE,
            },
            **context,
        )
        return _as_markdown_block(html)

    def _require(self, kind: str, value: str, known: Iterable[str]) -> str:
        known = list(known)
        if value not in known:
            raise SelectionError(f"unknown {kind} {value!r}; {closest(value, known)}")
        return value

    # -- selections ------------------------------------------------------------------------------------
    def elements_of_phase(self, phase: str) -> list[CoreElement]:
        self._require("phase", phase, self.catalogue.vocabulary.ids("phase"))
        elements = [e for e in self.catalogue.core_elements.values() if e.phase == phase]
        if not elements:
            raise SelectionError(f"no core element belongs to phase {phase!r}")
        return elements

    def select_practices(
        self,
        phase: str | None = None,
        sector: str | None = None,
        tag: str | None = None,
        ids: Iterable[str] = (),
    ) -> list[Practice]:
        vocabulary = self.catalogue.vocabulary
        if phase:
            self._require("phase", phase, vocabulary.ids("phase"))
        if sector:
            self._require("sector", sector, vocabulary.ids("sector"))
        if tag:
            self._require("tag", tag, vocabulary.ids("tag"))
        ids = (ids,) if isinstance(ids, str) else ids
        wanted = [self._require("practice", i, self.catalogue.practices) for i in ids]
        practices = [self.catalogue.practices[i] for i in wanted] or list(self.catalogue.practices.values())
        selected = [
            p
            for p in practices
            if (not phase or phase in p.phases) and (not sector or sector in p.sectors) and (not tag or tag in p.tags)
        ]
        if not selected:
            raise SelectionError(f"no practice example matches phase={phase!r} sector={sector!r} tag={tag!r}")
        return sorted(selected, key=lambda p: (p.year, p.id)) if not wanted else selected

    def select_instruments(self, ids: Iterable[str] = (), phase: str | None = None) -> list[Instrument]:
        ids = (ids,) if isinstance(ids, str) else ids
        chosen = [self._require("instrument", i, self.catalogue.instruments) for i in ids]
        if phase:
            for element in self.elements_of_phase(phase):
                chosen.extend(i for i in element.instruments if i not in chosen)
        if not chosen:
            raise SelectionError("instruments() needs instrument ids or a phase")
        order = list(self.catalogue.instruments)
        return [self.catalogue.instruments[i] for i in sorted(set(chosen), key=order.index)]

    # -- public renderers --------------------------------------------------------------------------------
    def checklist(self, phase: str, heading_level: int = 3) -> Markup:
        """The core-element checklist of one phase, titled at ``heading_level`` (under a chapter's h2)."""
        elements = self.elements_of_phase(phase)  # checks the phase id first
        return self._render(
            "checklist.html",
            phase=self.catalogue.vocabulary.term("phase", phase),
            elements=elements,
            heading_level=heading_level,
        )

    def cycle_diagram(self) -> Markup:
        """The phases as linked steps; the site's own step (adoption) carries its explanation."""
        return self._render("cycle.html")

    def self_assessment(self) -> Markup:
        """Every core element with covered / partly / missing choices, and the gap report's container."""
        return self._render("self_assessment.html")

    def bundles(self, bundles: list[Any], offline: bool, language_prefix: str) -> Markup:
        """The offline bundles with localized sizes and links into the site's downloads folder."""
        locale = self.page.lang

        def size(count: int) -> str:
            return f"{format_decimal(count / 1_000_000, format='#,##0.0', locale=locale)} {self.ui['size_unit']}"

        def language_name(code: str) -> str:
            return Locale.parse(code).get_display_name(locale) or code

        root = site_root(self.page.src_path, self.page.use_directory_urls, language_prefix)
        return self._render(
            "bundles.html", bundles=bundles, offline=offline, root=root, size=size, language_name=language_name
        )

    def all_checklists(self) -> Markup:
        """Every phase's checklist, in cycle order, for the full checklist page."""
        return Markup("\n").join(self.checklist(term.id, 2) for term in self.catalogue.vocabulary.phases)

    def practices(
        self,
        phase: str | None = None,
        sector: str | None = None,
        tag: str | None = None,
        ids: Iterable[str] = (),
    ) -> Markup:
        """Practice-example cards for a selection."""
        return self._render(
            "practices.html",
            practices=self.select_practices(phase=phase, sector=sector, tag=tag, ids=ids),
            heading_level=3,
        )

    def instruments(self, ids: Iterable[str] = (), phase: str | None = None) -> Markup:
        """A short list of instruments with links to the instruments page and the official texts."""
        return self._render("instruments.html", instruments=self.select_instruments(ids=ids, phase=phase))

    def instrument_catalogue(self) -> Markup:
        """All instruments grouped by kind, with stable anchors (the instruments page)."""
        kinds = [
            (kind, [i for i in self.catalogue.instruments.values() if i.kind == kind.id])
            for kind in self.catalogue.vocabulary.instrument_kinds
        ]
        return self._render("instrument_catalogue.html", kinds=[(k, items) for k, items in kinds if items])

    def glossary(self) -> Markup:
        """All glossary terms in the page language's alphabetical order."""
        terms = sorted(self.catalogue.glossary.values(), key=lambda t: self.text(t.term).text.casefold())
        if not terms:
            raise SelectionError("the glossary is empty")
        return self._render("glossary.html", terms=terms)

"""Render catalogue records to HTML through the Jinja partials in ``overrides/partials/blma/``.

A :class:`Renderer` is made per page, for the page's language: the language is known only at render time.
Templates autoescape, so text from YAML can never inject markup. Views (``views.py``, ``explorer.py``,
``reuse.py``) are plain functions of a renderer; the renderer holds only what every view shares.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ParamSpec

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.bccache import BytecodeCache
from markupsafe import Markup

from ..catalogue.loader import Catalogue
from ..catalogue.text import Localized, LocalizedText
from ..l10n.names import country_name, region_name, text_direction
from .links import relative_url

PARTIALS_DIR = Path(__file__).resolve().parents[2] / "overrides" / "partials" / "blma"

#: Pages that the generated links point to (language-neutral source paths).
PAGES = {
    "checklists": "checklists.md",
    "practices": "practices.md",
    "instruments": "instruments.md",
    "glossary": "glossary.md",
    "clauses": "clauses.md",
    "download": "download.md",
}


@functools.cache
def make_environment(partials_dir: Path = PARTIALS_DIR, bytecode_cache: BytecodeCache | None = None) -> Environment:
    """Jinja environment for our partials: autoescape on, undefined names are errors.

    One per folder for the whole process, so each partial is compiled once, not once per macro call; with a
    ``bytecode_cache`` (the build's, kept on disk), not once per build either.
    """
    return Environment(
        loader=FileSystemLoader(str(partials_dir)),
        bytecode_cache=bytecode_cache,
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def as_markdown_block(html: str) -> Markup:
    """Raw HTML must have no blank line inside, or Markdown would end the HTML block there."""
    lines = [line.rstrip() for line in html.splitlines() if line.strip()]
    return Markup("\n".join(lines))


@dataclass(frozen=True)
class PageContext:
    """What the renderer needs to know about the page it renders into."""

    lang: str
    src_path: str  # language-neutral source path, e.g. "phases/negotiation.md"
    use_directory_urls: bool = True
    language_root: str = "/"  # absolute address of the page language's root on the published site
    language_prefix: str = ""  # the page language's folder under the site root ("" or "fr/")
    offline: bool = False  # an offline bundle (file://), not the published site
    dist_dir: Path | None = None  # where `blma bundle` leaves the zips the download page lists


@dataclass
class Renderer:
    """Renders records for one page in one language."""

    catalogue: Catalogue
    page: PageContext
    environment: Environment = field(default_factory=make_environment)

    def __post_init__(self) -> None:
        self.ui = self.catalogue.ui.for_language(self.page.lang)

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

    def render(self, template: str, **context: object) -> Markup:
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
            pages=PAGES,
            **context,
        )
        return as_markdown_block(html)


P = ParamSpec("P")
View = Callable[..., Markup]


def view(*scripts: str) -> Callable[[Callable[P, Markup]], Callable[P, Markup]]:
    """Declare a view and the page scripts it needs (``checklists``, ``explorer``, ``clauses``): the build
    loads those scripts on the pages that call it, without searching the rendered HTML."""

    def declare(function: Callable[P, Markup]) -> Callable[P, Markup]:
        function.page_scripts = frozenset(scripts)  # type: ignore[attr-defined]
        return function

    return declare


def page_scripts(function: View) -> frozenset[str]:
    return frozenset(getattr(function, "page_scripts", frozenset()))

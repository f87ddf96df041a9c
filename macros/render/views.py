"""Views of the catalogue that chapters and tool pages call: checklists, practices, instruments, glossary."""

from __future__ import annotations

from collections.abc import Iterable

from babel import Locale
from babel.numbers import format_decimal
from markupsafe import Markup

from ..catalogue import queries
from ..catalogue.downloads import read_manifest
from .links import site_root
from .renderer import PAGES, Renderer, view


@view("checklists")
def checklist(renderer: Renderer, phase: str, heading_level: int = 3) -> Markup:
    """The core-element checklist of one phase, titled at ``heading_level`` (under a chapter's h2)."""
    catalogue = renderer.catalogue
    elements = queries.elements_of_phase(catalogue, phase)  # checks the phase id first
    return renderer.render(
        "checklist.html",
        phase=catalogue.vocabulary.term("phase", phase),
        elements=elements,
        clauses_of={e.id: queries.clauses_for_element(catalogue, e.id) for e in elements},
        heading_level=heading_level,
    )


@view("checklists")
def all_checklists(renderer: Renderer) -> Markup:
    """Every phase's checklist, in cycle order, for the full checklist page."""
    return Markup("\n").join(checklist(renderer, term.id, 2) for term in renderer.catalogue.vocabulary.phases)


@view()
def cycle_diagram(renderer: Renderer) -> Markup:
    """The phases as linked steps; the site's own step (adoption) carries its explanation."""
    return renderer.render("cycle.html")


@view("checklists")
def self_assessment(renderer: Renderer) -> Markup:
    """Every core element with covered / partly / missing choices, and the gap report's container."""
    return renderer.render("self_assessment.html")


@view()
def offline_bundles(renderer: Renderer) -> Markup:
    """The offline bundles that `make bundle` left, with localized sizes and links into the downloads folder."""
    page = renderer.page
    bundles = read_manifest(page.dist_dir) if page.dist_dir else []
    locale = page.lang

    def size(count: int) -> str:
        return f"{format_decimal(count / 1_000_000, format='#,##0.0', locale=locale)} {renderer.ui['size_unit']}"

    def language_name(code: str) -> str:
        return Locale.parse(code).get_display_name(locale) or code

    root = site_root(page.src_path, page.use_directory_urls, page.language_prefix)
    clauses_docx = None
    if renderer.catalogue.clauses:  # written by the build under the language root (plugin/clause_document.py)
        language_root = site_root(page.src_path, page.use_directory_urls, "")
        clauses_docx = f"{language_root}downloads/blma-model-clauses-{locale}.docx"
    return renderer.render(
        "bundles.html",
        bundles=bundles,
        offline=page.offline,
        root=root,
        size=size,
        language_name=language_name,
        clauses_docx=clauses_docx,
    )


@view()
def practices(
    renderer: Renderer,
    phase: str | None = None,
    sector: str | None = None,
    tag: str | None = None,
    ids: Iterable[str] = (),
) -> Markup:
    """Practice examples for a selection: full cards on the practice examples page, and elsewhere (chapters,
    sector pages) a list that names each example, says what it teaches and links to its one full account."""
    selected = queries.select_practices(renderer.catalogue, phase=phase, sector=sector, tag=tag, ids=ids)
    if renderer.page.src_path == PAGES["practices"]:
        return renderer.render("practices.html", practices=selected, heading_level=3)
    return renderer.render("practice_links.html", practices=selected)


@view()
def instruments(renderer: Renderer, *ids: str, phase: str | None = None) -> Markup:
    """A short list of instruments with links to the instruments page and the official texts:
    ``{{ instruments("c97", "c189") }}`` or ``{{ instruments(phase="adoption") }}``."""
    selected = queries.select_instruments(renderer.catalogue, ids=ids, phase=phase)
    return renderer.render("instruments.html", instruments=selected)


@view()
def instrument_catalogue(renderer: Renderer) -> Markup:
    """All instruments grouped by kind, with stable anchors (the instruments page)."""
    catalogue = renderer.catalogue
    kinds = [
        (kind, [i for i in catalogue.instruments.values() if i.kind == kind.id])
        for kind in catalogue.vocabulary.instrument_kinds
    ]
    return renderer.render("instrument_catalogue.html", kinds=[(k, items) for k, items in kinds if items])


@view()
def glossary(renderer: Renderer) -> Markup:
    """All glossary terms in the page language's alphabetical order."""
    terms = sorted(renderer.catalogue.glossary.values(), key=lambda t: renderer.text(t.term).text.casefold())
    if not terms:
        raise queries.SelectionError("the glossary is empty")
    return renderer.render("glossary.html", terms=terms)

"""Views derived from the whole catalogue: the practice explorer, the coding matrix and the corridor diagram.

The working group planned to map existing practice, code it against core elements and visualize the
result; these views do that at build time, so that every figure is plain HTML or SVG with no request.
"""

from __future__ import annotations

from markupsafe import Markup

from ..catalogue.queries import coding_rows, corridor_layout, practice_regions, practice_themes, practices_by_year
from .renderer import Renderer, view


@view("explorer")
def practice_explorer(renderer: Renderer) -> Markup:
    """Every practice as a card, with a filter form that JavaScript reveals (progressive enhancement)."""
    catalogue = renderer.catalogue
    practices = practices_by_year(catalogue)
    regions = sorted(
        {r for p in practices for r in practice_regions(catalogue, p)},
        key=lambda r: renderer.region(r).casefold(),
    )
    used = {e for p in practices for e in p.core_elements}
    return renderer.render(
        "explorer.html",
        practices=practices,
        themes_of={p.id: practice_themes(catalogue, p) for p in practices},
        regions_of={p.id: practice_regions(catalogue, p) for p in practices},
        regions=regions,
        used_elements=used,
        heading_level=3,
    )


@view()
def coding_matrix(renderer: Renderer) -> Markup:
    """Practices against core-element themes, as a table heatmap."""
    rows = coding_rows(renderer.catalogue)
    themes = renderer.catalogue.vocabulary.themes
    totals = [sum(1 for row in rows if row.counts[i]) for i in range(len(themes))]
    return renderer.render("coding_matrix.html", rows=rows, themes=themes, totals=totals)


@view()
def corridor_diagram(renderer: Renderer) -> Markup:
    """Origin and destination countries linked by their agreements: SVG plus a table alternative."""
    catalogue = renderer.catalogue
    countries = {c for p in catalogue.practices.values() for c in (*p.origin, *p.destination)}
    names = {code: renderer.country(code) for code in countries}
    return renderer.render("corridors.html", layout=corridor_layout(catalogue, names), names=names)

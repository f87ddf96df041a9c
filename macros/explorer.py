"""Views derived from the catalogue: the practice explorer, the coding matrix and the corridor diagram.

The working group planned to map existing practice, code it against core elements and visualize the
result; these views do that at build time, so that every figure is plain HTML or SVG with no request.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup

from .loading import Catalogue
from .models import Practice
from .rendering import Renderer


def practice_themes(catalogue: Catalogue, practice: Practice) -> list[str]:
    """Themes a practice illustrates, through its core elements, in vocabulary order."""
    themes = {catalogue.core_elements[e].theme for e in practice.core_elements}
    return [term.id for term in catalogue.vocabulary.themes if term.id in themes]


def practice_regions(catalogue: Catalogue, practice: Practice) -> list[str]:
    """M49 sub-regions of all parties (origin and destination)."""
    codes = [catalogue.regions.region_of(c) for c in (*practice.origin, *practice.destination)]
    return sorted({code for code in codes if code})


@dataclass(frozen=True)
class MatrixRow:
    practice: Practice
    counts: list[int]  # core elements per theme, in vocabulary order


def coding_rows(catalogue: Catalogue) -> list[MatrixRow]:
    """One row per practice: how many of its core elements fall under each theme."""
    rows = []
    for practice in sorted(catalogue.practices.values(), key=lambda p: (p.year, p.id)):
        per_theme = Counter(catalogue.core_elements[e].theme for e in practice.core_elements)
        rows.append(MatrixRow(practice, [per_theme[t.id] for t in catalogue.vocabulary.themes]))
    return rows


@dataclass(frozen=True)
class Node:
    code: str
    y: float


@dataclass(frozen=True)
class Link:
    origin: Node
    destination: Node
    practices: list[Practice]


@dataclass(frozen=True)
class CorridorLayout:
    origins: list[Node]
    destinations: list[Node]
    links: list[Link]
    height: float


def corridor_layout(
    catalogue: Catalogue, names: dict[str, str], row: float = 26.0, top: float = 30.0
) -> CorridorLayout:
    """Two columns of countries (origin left, destination right), sorted by localized name, linked once per
    corridor however many agreements it has."""
    pairs: dict[tuple[str, str], list[Practice]] = {}
    for practice in sorted(catalogue.practices.values(), key=lambda p: (p.year, p.id)):
        for origin in practice.origin:
            for destination in practice.destination:
                pairs.setdefault((origin, destination), []).append(practice)

    def column(codes: set[str]) -> dict[str, Node]:
        ordered = sorted(codes, key=lambda c: names[c].casefold())
        return {code: Node(code, top + index * row) for index, code in enumerate(ordered)}

    origins = column({o for o, _ in pairs})
    destinations = column({d for _, d in pairs})
    links = [Link(origins[o], destinations[d], practices) for (o, d), practices in pairs.items()]
    height = top + max(len(origins), len(destinations)) * row
    return CorridorLayout(list(origins.values()), list(destinations.values()), links, height)


class ExplorerRenderer(Renderer):
    """Adds the catalogue-wide views to the page renderer."""

    def practice_explorer(self) -> Markup:
        """Every practice as a card, with a filter form that JavaScript reveals (progressive enhancement)."""
        catalogue = self.catalogue
        practices = sorted(catalogue.practices.values(), key=lambda p: (p.year, p.id))
        regions = sorted(
            {r for p in practices for r in practice_regions(catalogue, p)},
            key=lambda r: self.region(r).casefold(),
        )
        used = {e for p in practices for e in p.core_elements}
        return self._render(
            "explorer.html",
            practices=practices,
            themes_of={p.id: practice_themes(catalogue, p) for p in practices},
            regions_of={p.id: practice_regions(catalogue, p) for p in practices},
            regions=regions,
            used_elements=used,
            heading_level=3,
        )

    def coding_matrix(self) -> Markup:
        """Practices against core-element themes, as a table heatmap."""
        rows = coding_rows(self.catalogue)
        themes = self.catalogue.vocabulary.themes
        totals = [sum(1 for row in rows if row.counts[i]) for i in range(len(themes))]
        return self._render("coding_matrix.html", rows=rows, themes=themes, totals=totals)

    def corridor_diagram(self) -> Markup:
        """Origin and destination countries linked by their agreements: SVG plus a table alternative."""
        countries = {c for p in self.catalogue.practices.values() for c in (*p.origin, *p.destination)}
        names = {code: self.country(code) for code in countries}
        layout = corridor_layout(self.catalogue, names)
        return self._render("corridors.html", layout=layout, names=names)

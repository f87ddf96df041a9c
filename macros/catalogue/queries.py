"""Questions asked of the catalogue by views, open data and the build: selections, indexes and layouts.

Selections that name unknown ids fail with the closest known ids, and a selection that finds nothing fails
too: a page never shows an empty block.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .loader import Catalogue
from .models import Clause, CoreElement, Instrument, Practice, closest


class SelectionError(LookupError):
    """A macro call names something the catalogue does not hold."""


def require(kind: str, value: str, known: Iterable[str]) -> str:
    known = list(known)
    if value not in known:
        raise SelectionError(f"unknown {kind} {value!r}; {closest(value, known)}")
    return value


def elements_of_phase(catalogue: Catalogue, phase: str) -> list[CoreElement]:
    require("phase", phase, catalogue.vocabulary.ids("phase"))
    elements = [e for e in catalogue.core_elements.values() if e.phase == phase]
    if not elements:
        raise SelectionError(f"no core element belongs to phase {phase!r}")
    return elements


def select_practices(
    catalogue: Catalogue,
    phase: str | None = None,
    sector: str | None = None,
    tag: str | None = None,
    ids: Iterable[str] = (),
) -> list[Practice]:
    vocabulary = catalogue.vocabulary
    if phase:
        require("phase", phase, vocabulary.ids("phase"))
    if sector:
        require("sector", sector, vocabulary.ids("sector"))
    if tag:
        require("tag", tag, vocabulary.ids("tag"))
    ids = (ids,) if isinstance(ids, str) else ids
    wanted = [require("practice", i, catalogue.practices) for i in ids]
    practices = [catalogue.practices[i] for i in wanted] or list(catalogue.practices.values())
    selected = [
        p
        for p in practices
        if (not phase or phase in p.phases) and (not sector or sector in p.sectors) and (not tag or tag in p.tags)
    ]
    if not selected:
        raise SelectionError(f"no practice example matches phase={phase!r} sector={sector!r} tag={tag!r}")
    return sorted(selected, key=lambda p: (p.year, p.id)) if not wanted else selected


def select_instruments(catalogue: Catalogue, ids: Iterable[str] = (), phase: str | None = None) -> list[Instrument]:
    ids = (ids,) if isinstance(ids, str) else ids
    chosen = [require("instrument", i, catalogue.instruments) for i in ids]
    if phase:
        for element in elements_of_phase(catalogue, phase):
            chosen.extend(i for i in element.instruments if i not in chosen)
    if not chosen:
        raise SelectionError("instruments() needs instrument ids or a phase")
    order = list(catalogue.instruments)
    return [catalogue.instruments[i] for i in sorted(set(chosen), key=order.index)]


def practices_by_year(catalogue: Catalogue) -> list[Practice]:
    return sorted(catalogue.practices.values(), key=lambda p: (p.year, p.id))


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
    for practice in practices_by_year(catalogue):
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
    for practice in practices_by_year(catalogue):
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


def clauses_for_element(catalogue: Catalogue, element_id: str) -> list[Clause]:
    """Model clauses that implement one core element, in clause-bank order."""
    return [clause for clause in catalogue.clauses.values() if element_id in clause.core_elements]


def clauses_by_phase(catalogue: Catalogue) -> list[Clause]:
    """Every clause, grouped in cycle order by its first phase (the bank's reading order)."""
    order = [term.id for term in catalogue.vocabulary.phases]
    clauses = list(catalogue.clauses.values())
    return sorted(clauses, key=lambda clause: order.index(clause.phases[0]))

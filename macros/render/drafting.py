"""Views for a team drafting an agreement: the clause bank and the budget lines of implementation."""

from __future__ import annotations

from markupsafe import Markup

from ..catalogue import queries
from .renderer import Renderer, view


@view("clauses")
def clause_bank(renderer: Renderer) -> Markup:
    """Every model clause with its wording, note, sources and core elements; filter and copy in the browser."""
    clauses = queries.clauses_by_phase(renderer.catalogue)
    if not clauses:
        raise queries.SelectionError("the clause bank is empty (data/clauses.yml)")
    used = {element for clause in clauses for element in clause.core_elements}
    elements = [e for e in renderer.catalogue.core_elements.values() if e.id in used]
    return renderer.render("clause_bank.html", clauses=clauses, elements=elements)


@view()
def budget_lines(renderer: Renderer) -> Markup:
    """What implementing an agreement costs, line by line, with who usually bears each and why."""
    lines = list(renderer.catalogue.budget_lines.values())
    if not lines:
        raise queries.SelectionError("no budget line (data/costing.yml)")
    return renderer.render("budget_lines.html", lines=lines)

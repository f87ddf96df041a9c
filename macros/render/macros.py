"""The page macros: name -> view. ``macros/__init__.py`` binds each to the page being rendered."""

from __future__ import annotations

from . import drafting, explorer, reuse, views
from .renderer import View

MACROS: dict[str, View] = {
    "checklist": views.checklist,
    "all_checklists": views.all_checklists,
    "cycle_diagram": views.cycle_diagram,
    "self_assessment": views.self_assessment,
    "offline_bundles": views.offline_bundles,
    "practices": views.practices,
    "instruments": views.instruments,
    "instrument_catalogue": views.instrument_catalogue,
    "glossary": views.glossary,
    "practice_explorer": explorer.practice_explorer,
    "coding_matrix": explorer.coding_matrix,
    "corridor_diagram": explorer.corridor_diagram,
    "embed_snippet": reuse.embed_snippet,
    "embed_listener": reuse.embed_listener,
    "open_data": reuse.open_data,
    "clause_bank": drafting.clause_bank,
    "budget_lines": drafting.budget_lines,
}

"""The renderer a page gets: every view of the catalogue, for the page's language."""

from __future__ import annotations

from .explorer import ExplorerRenderer
from .reuse import ReuseRenderer


class PageRenderer(ExplorerRenderer, ReuseRenderer):
    """Checklists, practices, instruments, glossary, explorer, matrix, corridors, embeds and open data."""

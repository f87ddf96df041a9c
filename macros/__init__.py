"""mkdocs-macros entry point: registers the page macros and nothing else.

Loading and validation live in :mod:`macros.loading`, records in :mod:`macros.models`, HTML in
:mod:`macros.rendering` and the Jinja partials under ``overrides/partials/blma/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup

from .language import page_language
from .loading import cached_catalogue
from .rendering import PageContext, Renderer


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per language build. The page language is read at render time."""
    data_dir = Path(env.project_dir) / "data"
    cached_catalogue(data_dir)  # validate now: a broken record stops the build before any page renders

    def renderer() -> Renderer:
        page = env.page
        context = PageContext(
            lang=page_language(page),
            src_path=getattr(page.file, "norm_src_uri", page.file.src_uri),
            use_directory_urls=bool(env.conf["use_directory_urls"]),
        )
        return Renderer(cached_catalogue(data_dir), context)

    @env.macro
    def checklist(phase: str) -> Markup:
        """Core-element checklist of one phase: ``{{ checklist("negotiation") }}``."""
        return renderer().checklist(phase)

    @env.macro
    def all_checklists() -> Markup:
        """Every phase's checklist, for the full checklist page."""
        return renderer().all_checklists()

    @env.macro
    def practices(
        phase: str | None = None, sector: str | None = None, tag: str | None = None, ids: tuple[str, ...] = ()
    ) -> Markup:
        """Practice cards: ``{{ practices(phase="negotiation") }}``, ``sector=``, ``tag=`` or ``ids=[...]``."""
        return renderer().practices(phase=phase, sector=sector, tag=tag, ids=ids)

    @env.macro
    def instruments(*ids: str, phase: str | None = None) -> Markup:
        """Instrument list: ``{{ instruments("c97", "c189") }}`` or ``{{ instruments(phase="adoption") }}``."""
        return renderer().instruments(ids=ids, phase=phase)

    @env.macro
    def instrument_catalogue() -> Markup:
        """All instruments with stable anchors, for the instruments page."""
        return renderer().instrument_catalogue()

    @env.macro
    def glossary() -> Markup:
        """All glossary terms, for the glossary page."""
        return renderer().glossary()

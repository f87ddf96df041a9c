"""mkdocs-macros entry point: registers the page macros and nothing else.

Loading and validation live in :mod:`macros.loading`, records in :mod:`macros.models`, HTML in
:mod:`macros.rendering` and the Jinja partials under ``overrides/partials/blma/``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from .bundle import read_manifest
from .html_stash import stash
from .language import page_language
from .loading import DataError, cached_catalogue
from .models import SOURCE_LANGUAGE
from .page import PageRenderer
from .rendering import PageContext


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per language build. The page language is read at render time."""
    data_dir = Path(env.project_dir) / "data"
    try:
        cached_catalogue(data_dir)  # validate now: a broken record stops the build before any page renders
    except DataError as error:
        raise PluginError(str(error)) from None  # MkDocs prints the problems, not a traceback

    def page_macro(function: Callable[..., Markup]) -> Callable[..., Markup]:
        """Register a macro whose HTML skips Markdown: it is stashed and put back after (html_stash)."""

        @functools.wraps(function)
        def macro(*args: Any, **kwargs: Any) -> Markup:
            return stash(function(*args, **kwargs))

        env.macro(macro)
        return macro

    def renderer() -> PageRenderer:
        page = env.page
        context = PageContext(
            lang=page_language(page),
            src_path=getattr(page.file, "norm_src_uri", page.file.src_uri),
            use_directory_urls=bool(env.conf["use_directory_urls"]),
        )
        page_renderer = PageRenderer(cached_catalogue(data_dir), context)
        page_renderer.language_root = language_root(context.lang)
        return page_renderer

    def language_root(lang: str) -> str:
        """Absolute address of a language's root on the published site."""
        prefix = "" if lang == SOURCE_LANGUAGE else f"{lang}/"
        return str(env.conf["site_url"] or "/").rstrip("/") + "/" + prefix

    @page_macro
    def checklist(phase: str) -> Markup:
        """Core-element checklist of one phase: ``{{ checklist("negotiation") }}``."""
        return renderer().checklist(phase)

    @page_macro
    def cycle_diagram() -> Markup:
        """The agreement cycle as a diagram of linked phases, for the home page."""
        return renderer().cycle_diagram()

    @page_macro
    def self_assessment() -> Markup:
        """The self-assessment form and gap report, for the self-assessment page."""
        return renderer().self_assessment()

    @page_macro
    def offline_bundles() -> Markup:
        """The offline bundles built by `make bundle`, with their sizes, for the download page."""
        plugin = env.conf["plugins"].get("material/offline") or env.conf["plugins"].get("offline")
        offline = bool(plugin and plugin.config.enabled)
        lang = page_language(env.page)
        i18n = env.conf["plugins"].get("i18n")
        prefix = "" if not i18n or lang == i18n.default_language else f"{lang}/"
        return renderer().bundles(read_manifest(Path(env.project_dir) / "dist"), offline, prefix)

    @page_macro
    def all_checklists() -> Markup:
        """Every phase's checklist, for the full checklist page."""
        return renderer().all_checklists()

    @page_macro
    def practices(
        phase: str | None = None, sector: str | None = None, tag: str | None = None, ids: tuple[str, ...] = ()
    ) -> Markup:
        """Practice cards: ``{{ practices(phase="negotiation") }}``, ``sector=``, ``tag=`` or ``ids=[...]``."""
        return renderer().practices(phase=phase, sector=sector, tag=tag, ids=ids)

    @page_macro
    def instruments(*ids: str, phase: str | None = None) -> Markup:
        """Instrument list: ``{{ instruments("c97", "c189") }}`` or ``{{ instruments(phase="adoption") }}``."""
        return renderer().instruments(ids=ids, phase=phase)

    @page_macro
    def instrument_catalogue() -> Markup:
        """All instruments with stable anchors, for the instruments page."""
        return renderer().instrument_catalogue()

    @page_macro
    def glossary() -> Markup:
        """All glossary terms, for the glossary page."""
        return renderer().glossary()

    @page_macro
    def practice_explorer() -> Markup:
        """Every practice example with a progressive-enhancement filter, for the practices page."""
        return renderer().practice_explorer()

    @page_macro
    def coding_matrix() -> Markup:
        """Practices against core-element themes, as a table heatmap."""
        return renderer().coding_matrix()

    @page_macro
    def corridor_diagram() -> Markup:
        """Corridors as build-time SVG with a table alternative."""
        return renderer().corridor_diagram()

    @page_macro
    def embed_snippet(page: str, element: str | None = None) -> Markup:
        """Copy-paste iframe for a page (``"phases/negotiation.md"``) or one element (``"checklist-negotiation"``)."""
        return renderer().embed_snippet(page, element)

    @page_macro
    def embed_listener() -> Markup:
        """The parent page's script that sizes embedded frames."""
        return renderer().embed_listener()

    @page_macro
    def open_data() -> Markup:
        """The open-data files of the page's language with their schemas."""
        return renderer().open_data()

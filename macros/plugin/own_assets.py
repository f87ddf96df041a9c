"""After each language build: our own stylesheet and scripts, copied by MkDocs from ``overrides/assets``, are
replaced by their minified form (``macros/render/minify.py``; the sources stay as they are written), and
Material's stylesheet trimmed to the features in use takes the place of Material's own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig

from ..render.minify import minify
from .theme_css import theme_stylesheet

if TYPE_CHECKING:
    from .plugin import BlmaPlugin


def write_theme_stylesheet(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    """Material's stylesheet trimmed to the features in use (``theme_css.py``), in place of the original."""
    sheet = theme_stylesheet(config.theme.dirs)
    if sheet is not None:
        folder = Path(config.site_dir) / "assets" / "stylesheets"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / sheet.name).write_text(sheet.text, encoding="utf-8")
        for unlinked in (sheet.original, f"{sheet.original}.map"):  # no page links them any more
            (folder / unlinked).unlink(missing_ok=True)


def minify_own_assets(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    if not config.theme.custom_dir:
        return
    custom = Path(config.theme.custom_dir)
    for source in sorted((custom / "assets").rglob("*")):
        if source.suffix not in {".css", ".js"}:
            continue
        target = Path(config.site_dir) / source.relative_to(custom)
        if target.exists():
            target.write_text(minify(source.name, source.read_text(encoding="utf-8")), encoding="utf-8")

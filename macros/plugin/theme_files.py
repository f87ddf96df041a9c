"""The theme's files listed once per process, not once per build; and one of them found by its name's pattern.

Every MkDocs build lists every file of the theme to find its static files: Material ships about 14,500, most
of them icons, and static-i18n builds each language in full (and ``mkdocs serve`` rebuilds at every save), so
the same folders were walked and filtered again each time. The listing depends only on the theme's folders,
on what is in the project's own ``custom_dir`` (an override may be added while the preview runs) and on the
filter MkDocs applies, so it is kept per process under those keys. Output is unchanged: the same list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from .incremental import stamp

_LISTINGS: dict[tuple[Any, ...], list[str]] = {}
#: The one caller whose listing is kept: MkDocs' search for the theme's static files (its filter).
THEME_FILES_FILTER = "Files.add_files_from_theme.<locals>.filter"


def list_theme_once(config: MkDocsConfig) -> None:
    """Make the theme's Jinja environments keep the listing MkDocs asks for (once per config object).

    The listing is kept folder by folder (a Jinja loader lists the union of its folders' files, sorted), so
    that a build whose theme has one more folder (static-i18n adds its sitemap template's) still finds the
    others listed, by this process or by the one it was forked from.
    """
    theme = config.theme
    if getattr(theme, "_blma_listing", False):
        return
    make_env: Callable[[], Environment] = theme.get_env
    custom = str(Path(theme.custom_dir)) if theme.custom_dir else None

    def listed(folder: str, keep: Callable[[str], bool]) -> list[str]:
        changes = stamp([Path(folder)]) if folder == custom else ()
        key = (folder, tuple(sorted(theme.static_templates)), changes)
        if key not in _LISTINGS:
            _LISTINGS[key] = [name for name in FileSystemLoader(folder).list_templates() if keep(name)]
        return _LISTINGS[key]

    def get_env() -> Environment:
        env = make_env()
        list_all = env.list_templates

        def list_templates(extensions: Any = None, filter_func: Callable[[str], bool] | None = None) -> list[str]:
            if extensions is not None or filter_func is None or filter_func.__qualname__ != THEME_FILES_FILTER:
                return list_all(extensions, filter_func)
            return sorted({name for folder in theme.dirs for name in listed(folder, filter_func)})

        env.list_templates = list_templates  # type: ignore[method-assign]
        return env

    theme.get_env = get_env  # type: ignore[method-assign]
    theme._blma_listing = True  # type: ignore[attr-defined]


def warm_theme_listing(config: MkDocsConfig) -> None:
    """List the theme's folders now (before ``blma build`` forks), so that no language build walks them."""
    list_theme_once(config)
    Files([]).add_files_from_theme(config.theme.get_env(), config)


def theme_asset(theme_dirs: list[str] | tuple[str, ...], folder: str, pattern: str) -> Path | None:
    """The theme's file in ``folder`` whose name matches ``pattern`` (Material names its bundle and stylesheet
    with a content hash), from the first theme folder that has one; None if none has."""
    for theme_dir in theme_dirs:
        found = sorted((Path(theme_dir) / folder).glob(pattern))
        if found:
            return found[0]
    return None

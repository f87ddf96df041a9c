"""The theme's files listed once per process, not once per build.

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

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig

from .incremental import stamp

_LISTINGS: dict[tuple[Any, ...], list[str]] = {}
#: The one caller whose listing is kept: MkDocs' search for the theme's static files (its filter).
THEME_FILES_FILTER = "Files.add_files_from_theme.<locals>.filter"


def list_theme_once(config: MkDocsConfig) -> None:
    """Make the theme's Jinja environments keep the listing MkDocs asks for (once per config object)."""
    theme = config.theme
    if getattr(theme, "_blma_listing", False):
        return
    make_env: Callable[[], Environment] = theme.get_env
    custom = [Path(theme.custom_dir)] if theme.custom_dir else []

    def get_env() -> Environment:
        env = make_env()
        list_all = env.list_templates

        def list_templates(extensions: Any = None, filter_func: Callable[[str], bool] | None = None) -> list[str]:
            if extensions is not None or getattr(filter_func, "__qualname__", "") != THEME_FILES_FILTER:
                return list_all(extensions, filter_func)
            key = (tuple(theme.dirs), tuple(sorted(theme.static_templates)), stamp(custom))
            if key not in _LISTINGS:
                _LISTINGS[key] = list_all(extensions, filter_func)
            return list(_LISTINGS[key])

        env.list_templates = list_templates  # type: ignore[method-assign]
        return env

    theme.get_env = get_env  # type: ignore[method-assign]
    theme._blma_listing = True  # type: ignore[attr-defined]

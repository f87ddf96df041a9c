"""Where Material's script lies, for the page template to load it on demand
(``overrides/assets/javascripts/theme-on-demand.js``).

Material's template names its bundle with a content hash that changes with each release; the template needs that
name to take the bundle's script element out of the page, so it is read off the theme's folders, not copied.
"""

from __future__ import annotations

from functools import cache

from .theme_files import theme_asset


@cache
def _material_script(theme_dirs: tuple[str, ...]) -> str | None:
    found = theme_asset(theme_dirs, "assets/javascripts", "bundle.*.min.js")
    return f"assets/javascripts/{found.name}" if found else None


def material_script(theme_dirs: list[str]) -> str | None:
    """Material's bundle, relative to the site root (``assets/javascripts/bundle.<hash>.min.js``); None for a
    theme without one."""
    return _material_script(tuple(theme_dirs))

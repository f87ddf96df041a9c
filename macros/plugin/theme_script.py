"""Where Material's script lies, for the page template to load it on demand
(``overrides/assets/javascripts/theme-on-demand.js``).

Material's template names its bundle with a content hash that changes with each release; the template needs that
name to take the bundle's script element out of the page, so it is read off the theme's folders, not copied.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def _material_script(theme_dirs: tuple[str, ...]) -> str | None:
    for folder in theme_dirs:
        found = sorted((Path(folder) / "assets" / "javascripts").glob("bundle.*.min.js"))
        if found:
            return f"assets/javascripts/{found[0].name}"
    return None


def material_script(theme_dirs: list[str]) -> str | None:
    """Material's bundle, relative to the site root (``assets/javascripts/bundle.<hash>.min.js``); None for a
    theme without one."""
    return _material_script(tuple(theme_dirs))

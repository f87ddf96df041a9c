"""Head metadata that the Knowledge Platform and search engines read: hreflang alternates and Open Graph.

Every page lists its address in every configured language plus ``x-default`` (English), as absolute URLs, so
that the sets are complete and reciprocal whichever language is built.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from .links import page_url
from .minify import minify_js

#: Open Graph wants language_TERRITORY; these are the UN editions' usual locales.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AR"}


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str


def alternates(
    src_path: str, site_url: str, prefixes: dict[str, str], default: str, use_directory_urls: bool
) -> list[Alternate]:
    """Absolute URL of this page in every language, then ``x-default`` pointing at the default language."""
    base = site_url.rstrip("/") + "/"
    path = page_url(src_path, use_directory_urls)
    links = [Alternate(lang, f"{base}{prefix}{path}") for lang, prefix in prefixes.items()]
    links.append(Alternate("x-default", f"{base}{prefixes[default]}{path}"))
    return links


def og_locale(lang: str) -> str:
    return OG_LOCALES.get(lang, lang)


#: Scripts that must run before Material's bundle and before the first paint; inlined to save a request that
#: would block rendering.
@functools.cache
def _script_source(path: Path, mtime_ns: int) -> str:
    source = path.read_text(encoding="utf-8")
    if "</script" in source.lower() or "<!--" in source:
        raise ValueError(f"{path}: cannot be inlined, it contains '</script' or '<!--'")
    return minify_js(source)


def inline_script(name: str, scripts_dir: Path) -> Markup:
    """The source of one of our scripts, to put inside a <script> element of the page head."""
    path = scripts_dir / name
    return Markup(_script_source(path, path.stat().st_mtime_ns))

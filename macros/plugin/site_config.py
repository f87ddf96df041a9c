"""Reading the site's own config: the nav in reading order, and the config texts the theme prints unescaped."""

from __future__ import annotations

from typing import Any

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig

from ..l10n.languages import SiteLanguages


def escape_config_texts(config: MkDocsConfig) -> None:
    """Site name, description and language names reach Material's templates, which do not escape: escape them
    once (escaping escaped text changes nothing), so a quote or a tag in a translated name stays text."""
    config.site_name = escape(config.site_name)
    if config.site_description:
        config.site_description = escape(config.site_description)
    for alternate in config.extra.get("alternate", []) or []:
        alternate["name"] = escape(alternate.get("name", ""))


def offline(config: MkDocsConfig) -> bool:
    """Whether this build is an offline copy (Material's offline plugin enabled): file:// pages, no fetches."""
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


def nav_pages(items: list[Any]) -> list[str]:
    """Docs paths of the nav in reading order (``mkdocs.yml``'s nav: strings, and titled or nested entries)."""
    pages: list[str] = []
    for item in items:
        if isinstance(item, str):
            pages.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                pages.extend(nav_pages(value) if isinstance(value, list) else [value] if isinstance(value, str) else [])
    return pages


def homes_on_not_found(config: MkDocsConfig, languages: SiteLanguages) -> None:
    """The 404 page's language links go to each language's home. static-i18n rewrites the switcher's links page
    by page on the ``extra.alternate`` attribute (not the mapping item), and the 404 page, rendered before the
    pages of the next language, would keep the last page's links."""
    homes = {lang: "/" + languages.prefix(lang) for lang in languages.codes}
    for alternate in getattr(config.extra, "alternate", None) or []:
        alternate["link"] = homes.get(str(alternate.get("lang")), alternate.get("link"))

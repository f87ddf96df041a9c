"""Reading the site's own config: the nav in reading order, and the config texts the theme prints unescaped."""

from __future__ import annotations

from typing import Any

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig


def escape_config_texts(config: MkDocsConfig) -> None:
    """Site name, description and language names reach Material's templates, which do not escape: escape them
    once (escaping escaped text changes nothing), so a quote or a tag in a translated name stays text."""
    config.site_name = escape(config.site_name)
    if config.site_description:
        config.site_description = escape(config.site_description)
    for alternate in config.extra.get("alternate", []) or []:
        alternate["name"] = escape(alternate.get("name", ""))


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

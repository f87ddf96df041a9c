"""Localized names and dates from CLDR (Babel), and footnote backlinks titled in the page language."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError
from markupsafe import escape


@cache
def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def country_name(code: str, lang: str) -> str:
    """Country name in ``lang`` from Babel's CLDR data, e.g. ``("PH", "fr") -> "Philippines"``."""
    name = _locale(lang).territories.get(code)
    if name is None:
        raise KeyError(f"unknown country code {code!r}")
    return str(name)


#: Two-letter CLDR territories that are not countries (groupings and "unknown region").
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})


def is_known_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code that CLDR names, e.g. ``PH``; false for ``EU`` or ``ZZ``."""
    return len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and code in _locale("en").territories


def text_direction(lang: str) -> str:
    return "rtl" if _locale(lang).character_order == "right-to-left" else "ltr"


def region_name(code: str, lang: str) -> str:
    """UN M49 region name in ``lang`` from CLDR, e.g. ``("035", "es") -> "Sudeste asiático"``."""
    name = _locale(lang).territories.get(code)
    if name is None:
        raise KeyError(f"unknown region code {code!r}")
    return str(name)


def long_date(iso_date: str, lang: str) -> str:
    """``"2026-11-22"`` as a long date in ``lang`` (CLDR), e.g. "22 novembre 2026"."""
    from datetime import date

    from babel.dates import format_date

    return format_date(date.fromisoformat(iso_date), format="long", locale=_locale(lang))


#: The footnote backlinks' title as configured in mkdocs.yml (one text for every language).
BACKLINK_TITLE = re.compile(r'(<a class="footnote-backref" href="[^"]*") title="Back to the text of note (\d+)"')


def localize_link_titles(html: str, backlink: str, permalink: str) -> str:
    """Give each footnote's "back" link and each heading's permalink its title (and so its accessible name) in
    the page's language: Markdown's extensions write them in English.

    ``backlink`` is the ``footnote_backlink`` text of data/ui.yml with ``{n}`` for the note's number,
    ``permalink`` its ``permalink_title``; both are escaped here, since they go into attributes.
    """
    html = html.replace('title="Permanent link"', f'title="{escape(permalink)}"')
    return BACKLINK_TITLE.sub(lambda m: f'{m.group(1)} title="{escape(backlink.replace("{n}", m.group(2)))}"', html)

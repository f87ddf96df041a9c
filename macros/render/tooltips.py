"""Glossary terms as tooltips: Markdown abbreviation definitions (``*[term]: definition``) for one language.

Appended to a page's Markdown at build time, they make the ``abbr`` extension mark every occurrence of a
glossary term with its definition in the page's language; Material shows them as tooltips.
"""

from __future__ import annotations

import re

from ..catalogue.loader import Catalogue

PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*$")


def term_variants(term: str) -> list[str]:
    """Multi-word forms of a term as it appears in text: as written, without a trailing "(MoU)", lower-cased."""
    forms = [term, PARENTHETICAL.sub("", term)]
    forms += [form[0].lower() + form[1:] for form in forms if form and not form[:2].isupper()]
    unique: list[str] = []
    for form in forms:
        # Single words ("Return", "Recruitment") would mark almost every use; only multi-word terms get tooltips.
        if " " in form and form not in unique:
            unique.append(form)
    return unique


def abbreviation_block(catalogue: Catalogue, lang: str, markdown: str | None = None) -> str:
    """The abbreviation definitions of the glossary terms in ``lang``, one per line; with ``markdown``, only
    the forms that occur in it (each definition costs the Markdown parser a pass over the page)."""
    lines = []
    for term in catalogue.glossary.values():
        definition = " ".join(term.definition.get(lang).text.split()).replace("]", ")")
        for form in term_variants(term.term.get(lang).text):
            if markdown is None or form in markdown:
                lines.append(f"*[{form.replace(']', ')')}]: {definition}")
    return "\n".join(lines)

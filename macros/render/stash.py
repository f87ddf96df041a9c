"""Generated HTML kept out of Markdown's way.

A macro's HTML (checklists, practice cards, catalogues) is already final, but Python-Markdown would parse it
again as raw HTML (md_in_html and MkDocs' anchor collector) on every page of every language, only to pass it
through unchanged: about a quarter of the build. Macros return a one-line token instead; after Markdown,
:func:`restore` puts the HTML back and returns the ids it holds, so that MkDocs still validates Markdown links
to those anchors.
"""

from __future__ import annotations

import itertools
import re

from markupsafe import Markup

TOKEN = re.compile(r'<div data-blma-stash="(\d+)"></div>')
IDS = re.compile(r'\bid="([^"]+)"')


class StashError(LookupError):
    """A page holds a token whose HTML is gone: the page was not rendered by this build's macros."""


class Stash:
    """Blocks set aside during one build; the plugin owns one, so no state outlives the build."""

    def __init__(self) -> None:
        self._pending: dict[str, str] = {}
        self._keys = itertools.count()

    def put(self, html: str) -> Markup:
        """Keep ``html`` aside; the token stands on one line, which Markdown passes through as it is."""
        key = str(next(self._keys))
        self._pending[key] = str(html)
        return Markup(f'<div data-blma-stash="{key}"></div>')

    def restore(self, content: str) -> tuple[str, set[str]]:
        """Put every stashed block of ``content`` back; return the new content and the ids the blocks hold."""
        ids: set[str] = set()

        def put_back(match: re.Match[str]) -> str:
            html = self._pending.pop(match.group(1), None)
            if html is None:
                raise StashError(f"generated block {match.group(1)} was lost before it reached the page")
            ids.update(IDS.findall(html))
            return html

        return TOKEN.sub(put_back, content), ids

"""Generated headings in the table of contents: the checklists and the self-assessment are macro output, which
skips Markdown (the stash), so MkDocs' table of contents would not list their phases; a page of 60 items then
has two entries to navigate by. Each generated heading is placed under the page heading that precedes it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from markupsafe import Markup
from mkdocs.structure.toc import AnchorLink, TableOfContents

HEADING = re.compile(r'<h([1-6])\b[^>]*\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
TAGS = re.compile(r"<[^>]+>")


def _walk(items: Iterable[AnchorLink]) -> Iterator[AnchorLink]:
    for item in items:
        yield item
        yield from _walk(item.children)


def add_generated_headings(toc: TableOfContents, html: str, generated_ids: set[str]) -> None:
    """Put every generated heading of ``html`` (h2 and h3 whose id is in ``generated_ids``) under the nearest
    page heading above it that the table of contents already has."""
    known = {item.id: item for item in _walk(toc)}
    parent: AnchorLink | None = None
    for match in HEADING.finditer(html):
        level, heading_id, inner = int(match.group(1)), match.group(2), match.group(3)
        if heading_id in known:
            parent = known[heading_id]
        elif heading_id in generated_ids and level in (2, 3) and parent is not None:
            title = Markup(TAGS.sub("", inner).strip())  # already escaped HTML text from our partials
            parent.children.append(AnchorLink(str(title), heading_id, parent.level + 1))

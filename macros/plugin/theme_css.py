"""Material's stylesheet without the rules of features this site does not use, sent under its own fingerprint.

``main.css`` styles every feature Material offers: content tabs, code annotations and copy buttons, Mermaid
diagrams, tags, blog posts, versions, repository facts, emoji, task lists and more. None of them is switched on
in ``mkdocs.yml``, and their rules were a quarter of the stylesheet every first load blocks on. A rule is left
out only when every selector in it names one of those features (``UNUSED``); inside ``@media`` and
``@supports`` blocks the same applies, and a block left empty goes too. The trimmed copy gets a file name
fingerprinted by its own content (nginx caches fingerprinted names for a year), and pages link it instead.
A build test checks that no page uses a class of a rule left out.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .theme_files import theme_asset

#: Material features not used on this site, as they appear in its selectors.
UNUSED = re.compile(
    r"tabbed|annotation|mermaid|md-tag|md-version|md-source|md-post|md-social|critic|\.keys|task-list"
    r"|md-consent|md-feedback|md-status|md-profile|md-author|emojione|twemoji|highlighttable|linenos"
    r"|md-code__|md-clipboard|arithmatex|md-blog|md-pagination|md-banner--warning"
)
NESTED = ("@media", "@supports")
SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=[^*]*\*/\s*$")


def _blocks(css: str) -> list[str]:
    """The top-level rules and at-rule blocks of minified CSS, in order (``;``-ended at-rules too)."""
    blocks, depth, start, quote = [], 0, 0, ""
    for index, char in enumerate(css):
        if quote:
            quote = "" if char == quote and css[index - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                blocks.append(css[start : index + 1])
                start = index + 1
        elif char == ";" and depth == 0:
            blocks.append(css[start : index + 1])
            start = index + 1
    if css[start:].strip():
        blocks.append(css[start:])
    return blocks


def trim(css: str) -> str:
    """``css`` without the rules whose selectors all name an unused feature."""
    kept = []
    for block in _blocks(css):
        head, brace, body = block.partition("{")
        if not brace:
            kept.append(block)
        elif head.startswith(NESTED):
            inner = trim(body[:-1])
            if inner:
                kept.append(f"{head}{{{inner}}}")
        elif head.startswith("@") or not all(UNUSED.search(selector) for selector in head.split(",")):
            kept.append(block)
    return "".join(kept)


@dataclass(frozen=True)
class TrimmedStylesheet:
    original: str  # Material's file name, e.g. main.57a0d79d.min.css
    name: str  # the trimmed copy's, fingerprinted by its content
    text: str


@cache
def trimmed_stylesheet(material_css: Path) -> TrimmedStylesheet:
    text = trim(SOURCE_MAP.sub("", material_css.read_text(encoding="utf-8")))
    fingerprint = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return TrimmedStylesheet(material_css.name, f"main.{fingerprint}.min.css", text)


def material_stylesheet(theme_dirs: list[str]) -> Path | None:
    """Material's main stylesheet in the theme's folders (the first folder that has one)."""
    return theme_asset(theme_dirs, "assets/stylesheets", "main.*.min.css")


def relink(html: str, sheet: TrimmedStylesheet | None) -> str:
    """A built page (or the 404 page) linking the trimmed stylesheet instead of Material's."""
    return html.replace(f"stylesheets/{sheet.original}", f"stylesheets/{sheet.name}") if sheet else html


def theme_stylesheet(theme_dirs: list[str]) -> TrimmedStylesheet | None:
    """The trimmed copy of the theme's Material stylesheet (looked up once per list of theme folders)."""
    return _theme_stylesheet(tuple(theme_dirs))


@cache
def _theme_stylesheet(theme_dirs: tuple[str, ...]) -> TrimmedStylesheet | None:
    found = material_stylesheet(list(theme_dirs))
    return trimmed_stylesheet(found) if found else None

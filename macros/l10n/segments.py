"""A Markdown page as translatable segments and the skeleton around them, for the exchange with CAT tools.

A page body is cut into pieces: skeleton (list and heading markers, table pipes, blank lines, heading ids and
attribute lists at the end of a heading, fenced code, lines with no words such as a macro call) and segments
(a heading's text, a paragraph, a list item, a table cell, an admonition title, a footnote's text). Joining
the pieces gives the body back byte for byte, so writing a translation back rewrites only the segments whose
text changed, and a translator never sees, so cannot break, a heading id or a line-long macro call.

Inside a segment, what must reach the translation unchanged is cut out as :class:`Code`: inline code, macro
calls, attribute lists such as ``{ #id }``, footnote references, the brackets and target of a link, URLs, HTML
tags and entities, and ``{name}`` fields of the site's labels. The XLIFF exchange carries them as placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """Text that must reach the translation unchanged."""

    text: str


Token = str | Code

_LINK = (
    r"(?P<open>!?\[)(?P<label>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)"
    r"(?P<close>\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+\"[^\"\n]*\")?\))"
)
#: Order matters: inline code first, so that nothing inside it is cut again; footnotes before links.
PROTECTED = re.compile(
    "|".join(
        (
            r"``.+?``|`[^`\n]+`",  # inline code
            r"\{\{.*?\}\}|\{%.*?%\}",  # macro calls and Jinja statements
            r"\{[ \t]*[#.:][^{}\n]*\}",  # attribute lists, heading ids
            r"\[\^[^\]\n]+\]",  # footnote references
            _LINK,
            r"<https?://[^>\s]+>",  # autolinks
            r"</?[A-Za-z][^<>\n]*>",  # HTML tags
            r"https?://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]",  # bare URLs
            r"\{[A-Za-z_][A-Za-z0-9_]*\}",  # {name} fields of labels
            r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);",  # HTML entities
        )
    )
)


def protect(text: str) -> list[Token]:
    """``text`` as plain text and codes, in order (a link's label stays text; its brackets and target are codes)."""
    tokens: list[Token] = []
    position = 0
    for match in PROTECTED.finditer(text):
        if match.start() > position:
            tokens.append(text[position : match.start()])
        if match.group("open") is not None:
            tokens.append(Code(match.group("open")))
            tokens.extend(protect(match.group("label")))
            tokens.append(Code(match.group("close")))
        else:
            tokens.append(Code(match.group()))
        position = match.end()
    if position < len(text):
        tokens.append(text[position:])
    return tokens


def codes(text: str) -> list[str]:
    """The codes of ``text``, in order."""
    return [token.text for token in protect(text) if isinstance(token, Code)]


def has_words(text: str) -> bool:
    """Whether anything is left to translate once the codes are taken out."""
    return any(char.isalnum() for token in protect(text) if isinstance(token, str) for char in token)


@dataclass(frozen=True)
class Segment:
    """One translatable piece of a page: ``raw`` as in the file, ``text`` with continuation lines de-indented."""

    kind: str  # heading, paragraph, item, footnote, cell, title
    raw: str
    indent: str | None  # what follows a line break when a new text is written; None: the text stays on one line

    @property
    def text(self) -> str:
        return "\n".join(line.strip(" \t") for line in self.raw.split("\n"))

    def write(self, text: str) -> str:
        """A new text in this segment's place: one line, or lines indented as the block requires."""
        lines = [line.strip(" \t") for line in text.strip().split("\n")]
        lines = [line for line in lines if line]  # a blank line would split the block in two
        return " ".join(lines) if self.indent is None else ("\n" + self.indent).join(lines)


Piece = str | Segment

FENCE = re.compile(r"^[ \t]*(```|~~~)")
HEADING = re.compile(r"^(#{1,6}[ \t]+)(.*?)([ \t]*\{[ \t]*[#.:][^{}]*\}[ \t]*)?$")
TABLE_ROW = re.compile(r"^[ \t]*\|")
TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
LIST_ITEM = re.compile(r"^([ \t]*(?:[-*+]|\d+[.)])[ \t]+)(.*)$")
FOOTNOTE_DEFINITION = re.compile(r"^(\[\^[^\]]+\]:[ \t]*)(.*)$")
ADMONITION_TITLE = re.compile(r'^([ \t]*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*[ \t]+")(.*)("[ \t]*)$')
ADMONITION = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+\S")
BLOCK_START = (FENCE, HEADING, TABLE_ROW, LIST_ITEM, FOOTNOTE_DEFINITION, ADMONITION)


def _add(pieces: list[Piece], before: str, kind: str, raw: str, after: str, indent: str | None) -> None:
    """A segment between two bits of skeleton; skeleton alone when it has nothing to translate."""
    stripped = raw.rstrip(" \t")
    if has_words(stripped):
        pieces.extend([before, Segment(kind, stripped, indent), raw[len(stripped) :] + after])
    else:
        pieces.append(before + raw + after)


def _cells(pieces: list[Piece], row: str, end: str) -> None:
    """Each cell of a table row its own segment; pipes inside inline code or escaped do not split."""
    bounds, in_code, escaped = [], False, False
    for index, char in enumerate(row):
        if char == "`" and not escaped:
            in_code = not in_code
        elif char == "|" and not in_code and not escaped:
            bounds.append(index)
        escaped = char == "\\" and not escaped
    start = 0
    for bound in [*bounds, len(row)]:
        cell = row[start:bound]
        lead = cell[: len(cell) - len(cell.lstrip(" \t"))]
        _add(pieces, lead, "cell", cell[len(lead) :], row[bound : bound + 1], None)
        start = bound + 1
    pieces.append(end)


def split_page(body: str) -> list[Piece]:
    """The body of a page (front matter excluded) as skeleton and segments; ``join_page`` reverses it."""
    lines = body.splitlines(keepends=True)
    pieces: list[Piece] = []
    fence: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        content = line.rstrip("\r\n")
        end = line[len(content) :]
        index += 1
        opening = FENCE.match(content)
        if fence is not None or opening or not content.strip():
            if fence is not None and content.strip().startswith(fence):
                fence = None
            elif fence is None and opening:
                fence = opening.group(1)
            pieces.append(line)
        elif heading := HEADING.match(content):
            _add(pieces, heading.group(1), "heading", heading.group(2), (heading.group(3) or "") + end, None)
        elif TABLE_ROW.match(content):
            if TABLE_RULE.match(content):
                pieces.append(line)
            else:
                _cells(pieces, content, end)
        elif title := ADMONITION_TITLE.match(content):
            _add(pieces, title.group(1), "title", title.group(2), title.group(3) + end, None)
        elif ADMONITION.match(content):
            pieces.append(line)
        else:
            # A paragraph, list item or footnote with its continuation lines.
            if item := LIST_ITEM.match(content):
                kind, prefix, indent = "item", item.group(1), " " * len(item.group(1))
            elif note := FOOTNOTE_DEFINITION.match(content):
                kind, prefix, indent = "footnote", note.group(1), "    "
            else:
                prefix = content[: len(content) - len(content.lstrip(" \t"))]
                kind, indent = "paragraph", prefix
            block = [content[len(prefix) :]]
            while index < len(lines) and lines[index].strip():
                following = lines[index].rstrip("\r\n")
                if any(start.match(following) for start in BLOCK_START):
                    break
                if len(block) == 1:
                    indent = following[: len(following) - len(following.lstrip(" \t"))]
                block.append(following)
                end = lines[index][len(following) :]
                index += 1
            _add(pieces, prefix, kind, "\n".join(block), end, indent)
    return pieces


def segments(pieces: Sequence[Piece]) -> list[Segment]:
    return [piece for piece in pieces if isinstance(piece, Segment)]


def join_page(pieces: Sequence[Piece], texts: Mapping[int, str] | None = None) -> str:
    """The body again, with segment ``n`` (0-based) replaced by ``texts[n]`` where given."""
    out: list[str] = []
    number = 0
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        new = (texts or {}).get(number)
        out.append(piece.raw if new is None else piece.write(new))
        number += 1
    return "".join(out)

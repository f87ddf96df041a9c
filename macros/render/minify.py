"""Our own stylesheet and scripts as they are sent: without their comments and indentation.

The sources in ``overrides/assets`` are written to be read (every rule and function says why), and those
comments were a fifth of what a chapter's first load spent on our own files. This is deliberately not a
minifier: it drops whole-line comments and leading white space only, which cannot change what the code does
(our scripts hold no multi-line strings or template literals, which a test checks), and leaves the rest to
gzip. A comment after code on the same line stays.
"""

from __future__ import annotations

import re

#: A /* ... */ comment with nothing else on its lines.
_BLOCK_COMMENT_LINES = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*$\n?", re.S | re.M)
#: A // comment alone on its line.
_LINE_COMMENT = re.compile(r"^[ \t]*//.*$\n?", re.M)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def _lines(text: str) -> str:
    """Each line without its indentation; blank lines dropped; one newline at the end."""
    kept = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in kept if line) + "\n"


def minify_css(source: str) -> str:
    """A stylesheet without its comments (CSS has no line comments) or indentation."""
    return _lines(_CSS_COMMENT.sub("", source))


def minify_js(source: str) -> str:
    """A script without its whole-line comments or indentation (newlines stay: no semicolon is inserted)."""
    if "`" in re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', _BLOCK_COMMENT_LINES.sub("", source)):
        raise ValueError("a template literal may span lines: leave this script as it is")
    return _lines(_LINE_COMMENT.sub("", _BLOCK_COMMENT_LINES.sub("", source)))


def minify(name: str, source: str) -> str:
    """``source`` minified by the kind its file ``name`` says; other files as they are."""
    if name.endswith(".css"):
        return minify_css(source)
    if name.endswith(".js"):
        return minify_js(source)
    return source

"""What a page may contain: translators write Markdown, not HTML or code, so the build refuses the rest.

Checked on the page's source before any macro runs: raw ``<script>``, ``<iframe>``, ``<style>`` (and other
embedding elements), event-handler attributes, ``javascript:``/``data:`` link targets, and Jinja other than one
call of a registered macro with literal arguments alone on its line. Front matter that does not parse, and
``{{``, ``{%`` or ``[^`` left in a built page, fail too. Every problem names the file and line.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from mkdocs.exceptions import PluginError

from ..catalogue.yaml_io import parse_yaml, yaml_error_message

DANGEROUS_ELEMENT = re.compile(r"<\s*/?\s*(script|iframe|style|object|embed|frame|frameset|base|meta|link)\b", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
UNSAFE_URL = re.compile(
    r"(\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|\b(?:href|src|action|formaction)\s*=\s*[\"']?)\s*(javascript|data|vbscript):",
    re.I,
)
MACRO_CALL = re.compile(r"^\s*\{\{\s*([A-Za-z_]\w*)\s*\((.*)\)\s*\}\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
LEFTOVER = re.compile(r"\{\{|\{%|\[\^[^\]\s]+\]")
CODE_ELEMENTS = re.compile(r"<(code|pre)\b.*?</\1>", re.S | re.I)


@dataclass(frozen=True)
class PageProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def _prose_lines(markdown: str, first_line: int) -> Iterator[tuple[int, str]]:
    """Lines outside fenced code, with inline code spans blanked, numbered as in the file."""
    fenced = False
    for offset, line in enumerate(markdown.splitlines()):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield first_line + offset, CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)


def _literal_arguments(arguments: str) -> bool:
    """True when a macro call's arguments are literals only (strings, numbers, lists of them, keywords)."""
    try:
        call = ast.parse(f"f({arguments})", mode="eval").body
    except SyntaxError:
        return False
    if not isinstance(call, ast.Call):
        return False
    values = [*call.args, *(keyword.value for keyword in call.keywords)]
    if any(keyword.arg is None for keyword in call.keywords):
        return False
    try:
        for value in values:
            ast.literal_eval(value)
    except ValueError:
        return False
    return True


def check_source(
    markdown: str, file: str, first_line: int, renders_macros: bool, macros: Iterable[str], allowed_html: Iterable[str]
) -> list[PageProblem]:
    """Problems in a page's Markdown (without its front matter, which starts at ``first_line``)."""
    known = set(macros)
    allowed = list(allowed_html)
    problems = []
    for number, line in _prose_lines(markdown, first_line):
        text = line
        for snippet in allowed:
            text = text.replace(snippet, "")
        if DANGEROUS_ELEMENT.search(text):
            problems.append(PageProblem(file, number, "raw HTML element not allowed in a page; write Markdown"))
        if EVENT_HANDLER.search(text):
            problems.append(PageProblem(file, number, "an event-handler attribute (on...=) is not allowed"))
        if UNSAFE_URL.search(text):
            problems.append(PageProblem(file, number, "javascript: and data: links are not allowed"))
        if "{#" in text:
            problems.append(PageProblem(file, number, "'{#' opens a Jinja comment: write heading ids as { #id }"))
        if "{%" in text:
            problems.append(PageProblem(file, number, "Jinja statements ({% ... %}) are not allowed in a page"))
        if "{{" in text and renders_macros:
            match = MACRO_CALL.match(text)
            if not match or match.group(1) not in known:
                name = match.group(1) if match else None
                hint = f"unknown macro {name!r}" if name else "only a macro call, alone on its line"
                problems.append(
                    PageProblem(file, number, f"Jinja not allowed here ({hint}); keep the call as in English")
                )
            elif not _literal_arguments(match.group(2)):
                problems.append(PageProblem(file, number, "macro arguments must be plain values (text, numbers)"))
    return problems


def front_matter_problem(markdown: str, file: str) -> PageProblem | None:
    """The problem with a page's front matter when MkDocs could not read it (it then publishes it as text)."""
    if not markdown.startswith("---"):
        return None
    lines = markdown.splitlines()
    closing = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), None)
    if closing is None:
        return PageProblem(file, 1, "the front matter opened here is never closed with a '---' line")
    block = "\n".join(lines[1:closing])
    try:
        data = parse_yaml(block)
    except yaml.YAMLError as error:
        message = yaml_error_message(error)
        found = re.match(r"line (\d+)", message)
        line = int(found.group(1)) + 1 if found else 1
        hint = " (a value with ' : ' in it, as in French, must be quoted: title: \"Négociation : préparer\")"
        return PageProblem(file, line, f"front matter is not valid YAML: {message.split(': ', 1)[-1]}{hint}")
    if not isinstance(data, dict):
        return PageProblem(file, 2, "front matter must be 'key: value' lines")
    return None


def leftover_problems(html: str, source: str, file: str) -> list[PageProblem]:
    """Template or footnote syntax that reached the built page (outside code): a deleted footnote definition,
    a broken macro call. The line is the first source line holding the same text."""
    prose = CODE_ELEMENTS.sub("", html)
    problems = []
    for token in sorted(set(LEFTOVER.findall(prose))):
        line = next((n for n, text in enumerate(source.splitlines(), start=1) if token in text), 1)
        what = "a footnote without its definition" if token.startswith("[^") else "template syntax"
        problems.append(PageProblem(file, line, f"{what} reached the page: {token}"))
    return problems


def macro_call_error(page: Any, macro: str, error: Exception) -> PluginError:
    """A macro call that failed (an unknown id, a wrong argument), said in the translator's terms: the file and
    line of the call, not Jinja's line in its template."""
    lines = page.file.content_string.splitlines()
    calls = [n for n, line in enumerate(lines, 1) if f"{macro}(" in line] or [1]
    also = f" (calls on lines {', '.join(map(str, calls))})" if len(calls) > 1 else ""
    return PluginError(f"docs/{page.file.src_path}:{calls[0]}: {macro}(): {error}{also}")


def enforce_page_policy(markdown: str, page: Any, macros: Iterable[str], allowed_html: Iterable[str]) -> None:
    """Refuse a page whose front matter or Markdown breaks the policy, before any macro runs, with the file and
    the line in the translator's source (``markdown`` has lost its front matter)."""
    file = f"docs/{page.file.src_path}"
    broken = front_matter_problem(markdown, file)
    if broken:
        raise PluginError(str(broken))
    source = page.file.content_string
    start = source.find(markdown[:200]) if markdown else -1  # front matter and blank lines were cut off
    first_line = source.count("\n", 0, start) + 1 if start >= 0 else 1
    renders = bool((page.meta or {}).get("render_macros"))
    problems = check_source(markdown, file, first_line, renders, macros, allowed_html)
    if problems:
        raise PluginError("page content refused:\n" + "\n".join(f"  {problem}" for problem in problems))

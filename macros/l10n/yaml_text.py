"""Change one text value in a YAML document and keep every other character of it as written.

The data files are edited by hand, with comments, folded paragraphs and a chosen quoting, so rewriting a whole
file (what a dump would do) is not acceptable. No round-trip YAML library is installed; PyYAML's composer gives
each node's position, so the new value replaces exactly the old one's characters, in the old style (plain,
quoted, folded or literal), and the document is parsed again to prove that only that value changed.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from ..catalogue.yaml_io import parse_yaml

WIDTH = 120  # the data files' line length
_TRAILING_BLANK_LINES = re.compile(r"(?:\n[ \t]*)+\Z")


@dataclass(frozen=True)
class Record:
    """A path step: the mapping, anywhere below, whose ``id`` is this (the nearest one first)."""

    id: str


Step = str | Record


class YamlEditError(ValueError):
    """The value could not be changed without changing something else."""


def _record_node(node: yaml.Node, record: str) -> yaml.MappingNode | None:
    queue: deque[yaml.Node] = deque([node])
    while queue:
        current = queue.popleft()
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if key.value == "id" and isinstance(value, yaml.ScalarNode) and value.value == record:
                    return current
            queue.extend(value for _key, value in current.value)
        elif isinstance(current, yaml.SequenceNode):
            queue.extend(current.value)
    return None


def _record_data(data: Any, record: str) -> dict[str, Any] | None:
    queue: deque[Any] = deque([data])
    while queue:
        current = queue.popleft()
        if isinstance(current, dict):
            if current.get("id") == record:
                return current
            queue.extend(current.values())
        elif isinstance(current, list):
            queue.extend(current)
    return None


def _parent_node(root: yaml.Node, path: Sequence[Step]) -> yaml.MappingNode:
    node: yaml.Node | None = root
    for step in path:
        if isinstance(step, Record):
            node = _record_node(node, step.id) if node is not None else None
        elif isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == step), None)
        else:
            node = None
        if node is None:
            raise YamlEditError(f"nothing at {_describe(path)}")
    if not isinstance(node, yaml.MappingNode):
        raise YamlEditError(f"{_describe(path)} is not a mapping")
    return node


def _assign(data: Any, path: Sequence[Step], key: str, value: str) -> None:
    for step in path:
        data = _record_data(data, step.id) if isinstance(step, Record) else data[step]
    data[key] = value


def _describe(path: Sequence[Step]) -> str:
    return ".".join(f"[id={step.id}]" if isinstance(step, Record) else step for step in path) or "the top"


def has_path(document: str, path: Sequence[Step]) -> bool:
    """Whether ``path`` leads to a mapping in ``document``."""
    root = yaml.compose(document, Loader=yaml.SafeLoader)
    try:
        if root is None:
            return False
        _parent_node(root, path)
    except YamlEditError:
        return False
    return True


def double_quoted(value: str) -> str:
    """A double-quoted scalar, with invisible characters (such as no-break spaces) escaped as in the files."""
    out = []
    for char in value:
        if char in '\\"':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == " " or char.isprintable():
            out.append(char)
        else:
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def _plain(value: str) -> str | None:
    if not value or "\n" in value or value != value.strip() or not all(c == " " or c.isprintable() for c in value):
        return None
    try:
        return value if parse_yaml(f"key: {value}\n") == {"key": value} else None
    except yaml.YAMLError:
        return None


def _wrap(value: str, width: int) -> list[str] | None:
    """Lines for a folded scalar, broken at single spaces only (other white space would not fold back)."""
    if not value or "\n" in value or "  " in value or "\t" in value or value != value.strip():
        return None
    lines: list[str] = []
    for word in value.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _block(value: str, style: str, indent: str) -> str | None:
    """A literal or folded block scalar at ``indent``, or None when the value needs another style."""
    body = value.rstrip("\n")
    chomp = "-" if body == value else ("" if value == body + "\n" else "+")
    if not body or body[0] in " \t":
        return None
    lines = _wrap(body, WIDTH - len(indent)) if style == ">" else None
    if lines is None:
        style, lines = "|", body.split("\n")
    return style + chomp + "".join("\n" + (indent + line if line else "") for line in lines)


def _render(value: str, style: str | None, indent: str) -> str:
    if style in ("|", ">"):
        return _block(value, style, indent) or double_quoted(value)
    if style is None:
        return _plain(value) or double_quoted(value)
    return double_quoted(value)


def _scalar_span(document: str, node: yaml.ScalarNode) -> tuple[int, int]:
    """Where a scalar's characters are; a block scalar's span stops at its last line, before blank lines."""
    start, end = node.start_mark.index, node.end_mark.index
    if node.style in ("|", ">"):
        end = start + len(_TRAILING_BLANK_LINES.sub("", document[start:end]))
    return start, end


def _block_indent(document: str, node: yaml.ScalarNode, default: str) -> str:
    start, end = _scalar_span(document, node)
    lines = document[start:end].split("\n")
    content = next((line for line in lines[1:] if line.strip()), None)
    return default if content is None else content[: len(content) - len(content.lstrip(" "))]


def set_text(document: str, path: Sequence[Step], key: str, value: str) -> str:
    """``document`` with the text at ``path`` / ``key`` set to ``value``, added after the mapping's last entry
    when missing; raises :class:`YamlEditError` rather than change anything else."""
    root = yaml.compose(document, Loader=yaml.SafeLoader)
    if root is None:
        raise YamlEditError("empty document")
    parent = _parent_node(root, path)
    expected = parse_yaml(document)
    _assign(expected, path, key, value)
    existing = next((node for name, node in parent.value if name.value == key), None)
    column = parent.value[0][0].start_mark.column if parent.value else 0
    if isinstance(existing, yaml.ScalarNode):
        start, end = _scalar_span(document, existing)
        style, indent = existing.style, _block_indent(document, existing, " " * (column + 2))
        candidates = [_render(value, style, indent), double_quoted(value)]
        edits = [(start, end, candidate) for candidate in candidates]
    elif existing is None and parent.value:
        last = parent.value[-1][1]
        model = last if isinstance(last, yaml.ScalarNode) else None
        after = _scalar_span(document, model)[1] if model else last.end_mark.index
        line_end = document.find("\n", after)
        at = len(document) if line_end < 0 else line_end
        style = model.style if model else None
        indent = _block_indent(document, model, " " * (column + 2)) if model else " " * (column + 2)
        lead = "\n" + " " * column + f"{key}: "
        candidates = [_render(value, style, indent), double_quoted(value)]
        edits = [(at, at, lead + candidate) for candidate in candidates]
    else:
        raise YamlEditError(f"{_describe([*path, key])} is not a text")
    for start, end, text in edits:
        changed = document[:start] + text + document[end:]
        try:
            if parse_yaml(changed) == expected:
                return changed
        except yaml.YAMLError:
            continue
    raise YamlEditError(f"could not write {_describe([*path, key])} without changing something else")

"""Compiled theme templates shared by every language build of one process.

static-i18n runs a complete MkDocs build per language, and each build makes a new Jinja environment for the
theme, so Material's templates would be compiled three times. Jinja checks each stored entry against the
template source's checksum, so an edited override is compiled again (``mkdocs serve``).
"""

from __future__ import annotations

from jinja2.bccache import Bucket, BytecodeCache


class MemoryBytecodeCache(BytecodeCache):
    """Jinja bytecode kept in memory, keyed by template name and source file."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._compiled.clear()


THEME_TEMPLATES = MemoryBytecodeCache()

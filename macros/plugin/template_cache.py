"""Compiled theme templates, kept in memory for every language build of one process and on disk between builds.

static-i18n runs a complete MkDocs build per language, and each build makes a new Jinja environment for the
theme, so Material's templates would be compiled once per language, and again by every ``make build``. Jinja
stores each entry with the checksum of the template's source and compiles again when it differs (an edited
override under ``mkdocs serve``), and its bytecode carries Jinja's and Python's versions, so a stale entry is
never used. The disk layer is ``.cache/jinja`` in the project (git ignores it; ``make clean`` removes it).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache


class ThemeBytecodeCache(BytecodeCache):
    """Jinja bytecode by template name and source file: in memory, and in ``directory`` when one is set."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory
        self._compiled: dict[str, bytes] = {}

    def _file(self, key: str) -> Path | None:
        return self.directory / f"{key}.bytecode" if self.directory else None

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        stored = self._file(bucket.key)
        if compiled is None and stored is not None and stored.exists():
            compiled = self._compiled[bucket.key] = stored.read_bytes()
        if compiled is not None:
            bucket.bytecode_from_string(compiled)

    def dump_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled[bucket.key] = bucket.bytecode_to_string()
        stored = self._file(bucket.key)
        if stored is None:
            return
        try:  # written whole, then renamed: parallel language builds may store the same template at once
            stored.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=stored.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(compiled)
            os.replace(temporary, stored)
        except OSError:
            pass  # a read-only checkout builds as before, compiling in memory

    def clear(self) -> None:
        self._compiled.clear()

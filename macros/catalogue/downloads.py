"""The offline bundles that ``blma bundle`` left in ``dist/``: read by the download page and copied online."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "bundles.json"


@dataclass(frozen=True)
class Bundle:
    language: str  # a language code, or "all"
    file: str
    bytes: int


def read_manifest(dist: Path) -> list[Bundle]:
    """The bundles listed in ``dist/bundles.json`` whose zip is still there."""
    path = dist / MANIFEST
    if not path.exists():
        return []
    bundles = [Bundle(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
    return [b for b in bundles if (dist / b.file).exists()]

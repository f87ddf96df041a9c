"""One search index per language, so that a French reader gets French results only, online and offline.

static-i18n builds every language into one site_dir and the search plugin of each build overwrites the same
``search/search_index.json``. We capture each build's entries before that happens and, once all languages are
built, write ``search/`` under each language root, with locations relative to that root. The theme points
Material's search at the page language's root (``overrides/main.html``). ``search_index.js`` is the form that
pages opened from file:// load (Material's offline plugin).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any


@dataclass
class SearchCapture:
    """Entries and search settings of each language built so far in this process."""

    entries: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)


def search_plugin(config: Any) -> Any | None:
    plugins = config["plugins"]
    return plugins.get("material/search") or plugins.get("search")


def capture(store: SearchCapture, config: Any, lang: str, prefix: str) -> None:
    """Keep this build's entries, relative to its language root."""
    plugin = search_plugin(config)
    index = getattr(plugin, "search_index", None)
    if plugin is None or index is None or not plugin.config.get("enabled", True):  # a preview builds none
        return
    entries = getattr(index, "_entries", None) or getattr(index, "entries", [])
    relative = []
    for entry in entries:
        location = entry.get("location", "")
        if prefix and location.startswith(prefix):
            location = location[len(prefix) :]
        relative.append({**entry, "location": location})
    store.entries[lang] = relative
    settings = dict(getattr(index, "config", {}) or {})
    settings["lang"] = [lang]
    store.settings[lang] = settings


def write(store: SearchCapture, site_dir: Path, prefixes: dict[str, str]) -> list[Path]:
    """Write ``search_index.json`` and ``search_index.js`` under each captured language's root."""
    written = []
    for lang, entries in store.entries.items():
        folder = site_dir / prefixes[lang] / "search"
        folder.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {"config": store.settings[lang], "docs": entries}, ensure_ascii=False, separators=(",", ":")
        )
        (folder / "search_index.json").write_text(payload, encoding="utf-8")
        (folder / "search_index.js").write_text(f"var __index = {payload};\n", encoding="utf-8")
        written += [folder / "search_index.json", folder / "search_index.js"]
    return written


def empty_index_when_disabled(config: Any) -> None:
    """The preview turns search off (``enabled: false``), and static-i18n still reads the search plugin's index
    after the build and fails on the missing attribute: a disabled plugin gets an empty one."""
    plugin = search_plugin(config)
    if plugin is not None and not plugin.config.get("enabled", True) and not hasattr(plugin, "search_index"):
        plugin.search_index = SimpleNamespace(_entries=[])

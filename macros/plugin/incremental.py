"""Preview rebuilds (``make serve``) of the pages that changed only, unless what every page uses changed.

``blma serve`` runs MkDocs' dirty rebuilds: a page is rendered again only when its Markdown is newer than its
HTML. The data in ``data/`` and the templates in ``overrides/`` go into pages whose Markdown did not change, so
when one of them changed since the last build, every page's HTML is removed first and all pages are rebuilt.
Navigation titles taken from another page stay as they were until such a full rebuild (MkDocs' own limit).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import Files

Stamp = tuple[tuple[str, int], ...]


def stamp(folders: list[Path]) -> Stamp:
    """Every file under ``folders`` with its modification time: a change anywhere changes the stamp."""
    files = (path for folder in folders for path in folder.rglob("*") if path.is_file())
    return tuple(sorted((str(path), path.stat().st_mtime_ns) for path in files))


class Incremental:
    """Remembers what the last preview build used; forces a full rebuild when it changed."""

    def __init__(self) -> None:
        self._stamps: dict[str, Stamp] = {}

    def prepare(self, files: Files, shared: list[Path], language: str) -> bool:
        """Before a dirty build of ``language``: True, and every page's HTML removed, when ``shared`` changed
        since the last build of that language (``make serve`` without LANG rebuilds every language in turn)."""
        current = stamp(shared)
        changed = language in self._stamps and current != self._stamps[language]
        self._stamps[language] = current
        if changed:
            for file in files.documentation_pages():
                Path(file.abs_dest_path).unlink(missing_ok=True)
        return changed

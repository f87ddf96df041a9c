"""HTML-level link checker shared by the site and bundle tests: raw HTML links included."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


@cache
def ids_of(page: Path) -> frozenset[str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    return frozenset(tag["id"] for tag in soup.select("[id]"))


def broken_links(root: Path) -> list[str]:
    """Every relative link reaches a file and, if it names one, an existing id. Root-absolute paths are
    accepted only on 404 pages, which are served at any depth."""
    broken: list[str] = []
    for page in sorted(root.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.select("a[href], link[href], script[src], img[src]"):
            reference = element.get("href") or element.get("src")
            parts = urlsplit(reference)
            if parts.scheme or reference.startswith("//"):
                continue
            where = page.relative_to(root).as_posix()
            if parts.path.startswith("/"):
                if page.name != "404.html":
                    broken.append(f"{where}: root-absolute {reference}")
                    continue
                target = (root / unquote(parts.path).lstrip("/")).resolve()
            elif parts.path:
                target = (page.parent / unquote(parts.path)).resolve()
            else:
                target = page
            target = target / "index.html" if target.is_dir() else target
            if not target.exists():
                broken.append(f"{where}: {reference} (no file)")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids_of(target):
                broken.append(f"{where}: {reference} (no anchor)")
    return broken

"""Relative URLs between pages, computed from language-neutral source paths.

Macro output is raw HTML, which MkDocs does not rewrite (stack notes), so the renderer computes each link
itself. Every language tree mirrors the English one, so a link between two pages of the same language has
the same relative form in every language, with directory URLs online and ``.html`` files offline.
"""

from __future__ import annotations

import functools
import posixpath
from pathlib import PurePosixPath


@functools.cache
def page_url(src_path: str, use_directory_urls: bool) -> str:
    """The URL MkDocs gives a Markdown source, relative to its language root (``""`` is the home page)."""
    path = PurePosixPath(src_path)
    if path.suffix != ".md":
        raise ValueError(f"not a Markdown page: {src_path!r}")
    stem = path.with_suffix("")
    is_index = stem.name in ("index", "README")
    if use_directory_urls:
        if is_index:
            parent = stem.parent.as_posix()
            return "" if parent == "." else f"{parent}/"
        return f"{stem.as_posix()}/"
    if is_index:
        return (stem.parent / "index.html").as_posix()
    return f"{stem.as_posix()}.html"


@functools.cache  # pure, and asked thousands of times per build with the same pages
def relative_url(from_src: str, to_src: str, use_directory_urls: bool, anchor: str | None = None) -> str:
    """Link from the page built from ``from_src`` to the page built from ``to_src`` (optionally an anchor)."""
    fragment = f"#{anchor}" if anchor else ""
    if from_src == to_src and anchor:
        return fragment
    source = page_url(from_src, use_directory_urls)
    target = page_url(to_src, use_directory_urls)
    # Directory of the page as the browser sees it: "a/b/" for directory URLs, "a/" for "a/b.html".
    base = source if source.endswith("/") or source == "" else posixpath.dirname(source)
    relative = posixpath.relpath(target or ".", base or ".")
    if target.endswith("/") or target == "":
        relative = relative.rstrip("/") + "/" if relative != "." else "./"
    return relative + fragment


def site_root(from_src: str, use_directory_urls: bool, language_prefix: str = "") -> str:
    """Relative path from a page to the root of the whole site (above every language folder)."""
    source = page_url(from_src, use_directory_urls)
    base = source if source.endswith("/") or source == "" else posixpath.dirname(source)
    depth = len([part for part in base.split("/") if part]) + len([p for p in language_prefix.split("/") if p])
    return "../" * depth or "./"

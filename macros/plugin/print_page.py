"""One printable page per language holding this site's chapters in reading order (for a PDF handout).

After a language is built, the article of each chapter is copied into the page built from ``print.md``.
Ids are prefixed with the chapter (``phases-negotiation--key-steps``) so that they stay unique, links between
chapters become links inside the page, and other relative links are re-based on the print page's address.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from ..render.links import page_url

PLACEHOLDER = '<div id="blma-print-body"></div>'
FILLED = '<div id="blma-print-body">\n'
ID_ATTRIBUTES = re.compile(r'\b(id|for|aria-labelledby|aria-describedby)="([^"]+)"')
LINKS = re.compile(r'\b(href|src)="([^"]*)"')
#: Chapter headings move down one level under the print page's own h1 (one h1 per document).
HEADINGS = re.compile(r"<(/?)h([1-5])\b")


ARTICLE_TAGS = re.compile(r"<(/?)article\b[^>]*>")


def content_article(html: str) -> str:
    """Inner HTML of Material's content article, which itself contains nested <article> cards.

    A scan of article tags alone, not a full HTML parse: the built pages are ours and well formed (vnu checks
    them), and this runs on every chapter of every language build.
    """
    depth, start = 0, None
    for tag in ARTICLE_TAGS.finditer(html):
        closing = bool(tag.group(1))
        if start is None:
            if not closing and "md-content__inner" in tag.group(0):
                start, depth = tag.end(), 1
            continue
        depth += -1 if closing else 1
        if depth == 0:
            return html[start : tag.start()]
    raise ValueError("no content article")


def slug(src: str) -> str:
    return src.removesuffix(".md").replace("/", "-")


def built_file(root: Path, src: str, use_directory_urls: bool) -> Path:
    url = page_url(src, use_directory_urls)
    return root / (url + "index.html" if url.endswith("/") or url == "" else url)


def _directory(url: str) -> str:
    """Folder part of a page URL: "phases/" for "phases/x.html" or "phases/x/", "" for "index.html"."""
    if url.endswith("/") or url == "":
        return url
    folder = posixpath.dirname(url)
    return f"{folder}/" if folder else ""


def chapter_html(root: Path, src: str, use_directory_urls: bool, print_page: str, chapters: list[str]) -> str:
    """The chapter's article, with ids prefixed and links re-based on the print page."""
    html = content_article(built_file(root, src, use_directory_urls).read_text(encoding="utf-8"))
    prefix = slug(src)
    chapter_dir = _directory(page_url(src, use_directory_urls))
    print_dir = _directory(page_url(print_page, use_directory_urls))
    inside = {page_url(c, use_directory_urls): slug(c) for c in chapters}

    def ids(match: re.Match[str]) -> str:
        values = " ".join(f"{prefix}--{value}" for value in match.group(2).split())
        return f'{match.group(1)}="{values}"'

    def links(match: re.Match[str]) -> str:
        attribute, value = match.groups()
        if not value or re.match(r"^[a-z][a-z0-9+.-]*:|^//", value):
            return match.group(0)
        path, _, fragment = value.partition("#")
        if not path:
            return f'{attribute}="#{prefix}--{fragment}"'
        target = posixpath.normpath(posixpath.join(chapter_dir, path))
        target = "" if target == "." else target + ("/" if path.endswith("/") else "")
        if target in inside and attribute == "href":
            return f'href="#{inside[target]}--{fragment or "chapter"}"'
        relative = posixpath.relpath(target or ".", print_dir.rstrip("/") or ".")
        relative += "/" if path.endswith("/") and not relative.endswith("/") else ""
        return f'{attribute}="{relative}{"#" + fragment if fragment else ""}"'

    html = HEADINGS.sub(lambda match: f"<{match.group(1)}h{int(match.group(2)) + 1}", html)
    html = ID_ATTRIBUTES.sub(ids, html)
    html = LINKS.sub(links, html)
    return f'<section class="blma-print__chapter" id="{prefix}--chapter">\n{html}\n</section>'


def assemble(root: Path, use_directory_urls: bool, print_page: str, chapters: list[str]) -> Path | None:
    """Fill the print page of the language built under ``root`` with ``chapters`` (docs paths, in reading
    order); None if this build has no print page."""
    body = lambda: "\n".join(  # noqa: E731 - read the chapters only when there is a print page
        chapter_html(root, src, use_directory_urls, print_page, chapters) for src in chapters
    )
    return fill(root, use_directory_urls, print_page, body)


def fill(root: Path, use_directory_urls: bool, print_page: str, body: str | Callable[[], str]) -> Path | None:
    """Put ``body`` (HTML) into the print page's placeholder; None if this build has no print page."""
    target = built_file(root, print_page, use_directory_urls)
    if not target.exists():
        return None
    page = target.read_text(encoding="utf-8")
    if PLACEHOLDER not in page:
        if FILLED in page:  # a preview's dirty rebuild did not render it again: it is filled already
            return target
        raise ValueError(f"{target}: the print page has no {PLACEHOLDER}")
    html = body() if callable(body) else body
    target.write_text(page.replace(PLACEHOLDER, f"{FILLED}{html}\n</div>"), encoding="utf-8")
    return target

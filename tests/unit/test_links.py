"""Relative links computed for raw HTML match what MkDocs produces, online and offline."""

from __future__ import annotations

import pytest

from macros.render.links import page_url, relative_url, site_root


@pytest.mark.parametrize(
    ("src", "directory_urls", "expected"),
    [
        ("index.md", True, ""),
        ("index.md", False, "index.html"),
        ("practices.md", True, "practices/"),
        ("practices.md", False, "practices.html"),
        ("phases/negotiation.md", True, "phases/negotiation/"),
        ("phases/index.md", True, "phases/"),
        ("phases/index.md", False, "phases/index.html"),
    ],
)
def test_page_url(src: str, directory_urls: bool, expected: str) -> None:
    assert page_url(src, directory_urls) == expected


@pytest.mark.parametrize(
    ("source", "target", "directory_urls", "anchor", "expected"),
    [
        ("phases/negotiation.md", "practices.md", True, "practice-x", "../../practices/#practice-x"),
        ("phases/negotiation.md", "practices.md", False, "practice-x", "../practices.html#practice-x"),
        ("index.md", "checklists.md", True, None, "checklists/"),
        ("index.md", "checklists.md", False, None, "checklists.html"),
        ("checklists.md", "index.md", True, None, "../"),
        ("checklists.md", "checklists.md", True, "ce-a", "#ce-a"),
        ("phases/negotiation.md", "phases/adoption.md", True, None, "../adoption/"),
        ("phases/negotiation.md", "phases/adoption.md", False, "purpose", "adoption.html#purpose"),
    ],
)
def test_relative_url(source: str, target: str, directory_urls: bool, anchor: str | None, expected: str) -> None:
    assert relative_url(source, target, directory_urls, anchor) == expected


def test_only_markdown_pages() -> None:
    with pytest.raises(ValueError, match="not a Markdown page"):
        page_url("assets/logo.svg", True)


@pytest.mark.parametrize(
    ("source", "directory_urls", "prefix", "expected"),
    [
        ("download.md", True, "", "../"),
        ("download.md", True, "fr/", "../../"),
        ("download.md", False, "fr/", "../"),
        ("index.md", True, "", "./"),
        ("index.md", False, "es/", "../"),
    ],
)
def test_site_root(source: str, directory_urls: bool, prefix: str, expected: str) -> None:
    assert site_root(source, directory_urls, prefix) == expected


@pytest.mark.parametrize("directory_urls", [True, False])
def test_print_page_links_between_chapters_stay_inside_the_page(tmp_path, directory_urls: bool) -> None:
    from macros.plugin.print_page import built_file, chapter_html

    home = built_file(tmp_path, "index.md", directory_urls)
    home.parent.mkdir(parents=True, exist_ok=True)
    link = "phases/preparation/" if directory_urls else "phases/preparation.html"
    other = "glossary/" if directory_urls else "glossary.html"
    home.write_text(
        f'<article class="md-content__inner"><h1 id="home">Home</h1><a href="{link}#purpose">x</a>'
        f'<a href="{other}">g</a><article class="blma-practice" id="p">card</article></article>',
        encoding="utf-8",
    )
    html = chapter_html(tmp_path, "index.md", directory_urls, "print.md", ["index.md", "phases/preparation.md"])
    assert 'href="#phases-preparation--purpose"' in html and 'id="index--home"' in html
    assert f'href="{"../" if directory_urls else ""}{other}"' in html and "card</article>" in html

"""What a reader gets from one strict build of the real site: every page in every language, correct `lang`,
no template leftovers, a language switcher that stays on the same page, and links that resolve."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.conftest import DOCS_DIR, LANGUAGES, PROJECT_DIR, SITE_LANGUAGES, BuiltSite, site_catalogue
from tests.linkcheck import broken_links

PHASES = ("preparation", "negotiation", "adoption", "implementation", "monitoring")


def nav_pages() -> list[str]:
    """Source paths listed in the explicit nav of mkdocs.yml, in the plugin's own reading of it."""
    from macros.plugin.site_config import nav_pages as read_nav

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((PROJECT_DIR / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return read_nav(config["nav"])


def url_of(src: str) -> str:
    stem = src.removesuffix(".md")
    return "" if stem == "index" else f"{stem}/"


@cache
def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def html_files(site: BuiltSite) -> list[Path]:
    return sorted(site.root.rglob("*.html"))


def test_strict_build_prints_no_warning(built_site: BuiltSite) -> None:
    warnings = [line for line in built_site.log.splitlines() if "WARNING" in line or "ERROR" in line]
    assert warnings == []


def test_nav_lists_every_english_page() -> None:
    english = {p.relative_to(DOCS_DIR / "en").as_posix() for p in (DOCS_DIR / "en").rglob("*.md")}
    assert set(nav_pages()) == english


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_exists_with_its_language(built_site: BuiltSite, lang: str) -> None:
    for src in nav_pages():
        page = built_site.page(lang, url_of(src))
        assert page.is_file(), f"{lang}: {src} was not built"
        assert soup_of(page).html["lang"] == lang, f"{lang}: {src} has the wrong <html lang>"


def test_no_template_leftovers_or_macro_errors(built_site: BuiltSite) -> None:
    leftovers = re.compile(r"\{\{|\{%|Macro Rendering Error|Traceback|_Macro Syntax Error_|UndefinedError")
    code = re.compile(r"<code[^>]*>.*?</code>", re.S)  # the translator guide shows macro syntax as code, on purpose
    offenders = [
        f"{path.relative_to(built_site.root)}: {match.group(0)!r}"
        for path in html_files(built_site)
        if (match := leftovers.search(code.sub("", path.read_text(encoding="utf-8"))))
    ]
    assert offenders == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("phase", PHASES)
def test_phase_pages_show_a_checklist_and_practice_examples(built_site: BuiltSite, lang: str, phase: str) -> None:
    soup = soup_of(built_site.page(lang, f"phases/{phase}/"))
    checklist = soup.select_one(f"section.blma-checklist[data-phase={phase}]")
    assert checklist is not None and checklist.select("li.blma-checklist__item input[type=checkbox]")
    named = soup.select("ul.blma-practice-links > li[id^=practice-]")
    assert named and soup.select("article.blma-practice") == []  # told in full on the practices page only
    for item in named:
        practice = item["id"].removeprefix("practice-")
        assert phase in site_catalogue().practices[practice].phases, item["id"]
        assert item.select_one("a")["href"].endswith(f"practices/#practice-{practice}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_keeps_the_reader_on_the_same_page(built_site: BuiltSite, lang: str) -> None:
    for src in nav_pages():
        page = built_site.page(lang, url_of(src))
        links = {a["hreflang"]: a["href"] for a in soup_of(page).select("a[hreflang]")}
        assert set(links) == set(LANGUAGES), f"{lang}/{src}: switcher offers {sorted(links)}"
        for other, href in links.items():
            target = (page.parent / unquote(href)).resolve()
            target = target / "index.html" if target.is_dir() else target
            assert target == built_site.page(other, url_of(src)).resolve(), f"{lang}/{src} -> {other}: {href}"


def test_internal_links_and_anchors_resolve(built_site: BuiltSite) -> None:
    """Every relative link, Markdown or raw HTML, reaches a file and, if it has one, an existing id."""
    assert broken_links(built_site.root) == []


def test_no_resource_is_loaded_from_another_site(built_site: BuiltSite) -> None:
    external = [
        f"{page.relative_to(built_site.root)}: {tag.get('src') or tag.get('href')}"
        for page in html_files(built_site)
        for tag in soup_of(page).select("script[src], link[rel=stylesheet], link[rel=preload], img[src], iframe[src]")
        if urlsplit(tag.get("src") or tag.get("href")).scheme in {"http", "https"}
        or (tag.get("src") or tag.get("href", "")).startswith("//")
    ]
    assert external == []


def test_headings_in_every_language_share_the_same_ids(built_site: BuiltSite) -> None:
    for src in nav_pages():
        ids = {
            lang: [
                h["id"]
                for h in soup_of(built_site.page(lang, url_of(src))).select("article h1, article h2, article h3")
            ]
            for lang in LANGUAGES
        }
        assert ids["fr"] == ids["en"] == ids["es"], src


def test_hreflang_sets_are_complete_and_reciprocal(built_site: BuiltSite) -> None:
    site_url = "http://127.0.0.1:8000/"

    def head_links(path: Path) -> tuple[dict[str, str], str]:
        soup = soup_of(path)
        alternates = {link["hreflang"]: link["href"] for link in soup.select("head link[hreflang]")}
        return alternates, soup.select_one("head link[rel=canonical]")["href"]

    for src in nav_pages():
        sets = {}
        for lang in LANGUAGES:
            alternates, canonical = head_links(built_site.page(lang, url_of(src)))
            assert set(alternates) == {*LANGUAGES, "x-default"}, f"{lang}/{src}"
            assert canonical == alternates[lang] and alternates["x-default"] == alternates["en"]
            for other, href in alternates.items():
                assert href.startswith(site_url)
                assert built_site.page("en", href.removeprefix(site_url)).exists() if other != "x-default" else True
            sets[lang] = alternates
        assert sets["en"] == sets["fr"] == sets["es"], f"{src}: alternates differ between languages"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Back to the text of note"), ("fr", "Retour au texte de la note"), ("es", "Volver al texto de la nota")],
)
def test_footnote_backlinks_are_named_in_the_page_language(built_site: BuiltSite, lang: str, expected: str) -> None:
    """The "↩" link's title is its accessible name: English on a French page would be silently English."""
    page = BeautifulSoup(built_site.page(lang, "phases/negotiation/").read_text(encoding="utf-8"), "html.parser")
    titles = [link["title"] for link in page.select("a.footnote-backref")]
    assert titles
    assert all(re.fullmatch(rf"{expected} \d+", title) for title in titles), titles[:3]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_404_page_offers_each_language_home(built_site: BuiltSite, lang: str) -> None:
    soup = BeautifulSoup(built_site.page(lang, "404.html").read_text(encoding="utf-8"), "html.parser")
    links = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link")}
    assert links == {other: "/" + SITE_LANGUAGES.prefix(other) for other in LANGUAGES}, links

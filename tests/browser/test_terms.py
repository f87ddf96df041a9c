"""Glossary terms in a chapter are links a reader can reach with Tab and open by tap or click, landing on the
entry in the page language; headings, links and the glossary itself carry none."""

from __future__ import annotations

from collections import Counter

import pytest
from bs4 import BeautifulSoup

from tests.browser.conftest import PHONE, guarded_visit
from tests.conftest import LANGUAGES, SITE_LANGUAGES, BuiltSite, site_catalogue

CATALOGUE = site_catalogue()
CHAPTER = "phases/negotiation/"
IN_HEADINGS = ", ".join(f"h{level} a.blma-term" for level in range(1, 7))


def land_on_entry(page, lang: str, term_id: str) -> None:
    """The glossary page of ``lang`` is open at the term's entry, which is on screen and names the term."""
    prefix = SITE_LANGUAGES.prefix(lang)
    page.wait_for_url(f"**/{prefix}glossary/#term-{term_id}")
    assert page.locator("html").get_attribute("lang") == lang
    entry = page.locator(f"#term-{term_id}")
    entry.locator("dt").wait_for()
    expected = CATALOGUE.glossary[term_id].term.get(lang).text
    assert (entry.locator("dt").text_content() or "").strip().startswith(expected)
    page.wait_for_function(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }",
        arg=f"term-{term_id}",
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_term_is_reached_with_tab_and_opened_with_enter(browser, site_url: str, lang: str) -> None:
    with guarded_visit(browser) as visit:
        page = visit.page
        page.goto(f"{site_url}{SITE_LANGUAGES.prefix(lang)}{CHAPTER}")
        first = page.locator("article a.blma-term").first
        term_id = (first.get_attribute("href") or "").split("#term-")[1]
        title = first.get_attribute("title") or ""
        assert title == " ".join(CATALOGUE.glossary[term_id].definition.get(lang).text.split())
        page.locator("article h1 a.headerlink").focus()  # the keyboard starts from the page title
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('blma-term')"):
                break
        focused = page.evaluate(
            "[document.activeElement.getAttribute('href'), document.activeElement.matches(':focus-visible')]"
        )
        assert focused == [first.get_attribute("href"), True]
        page.keyboard.press("Enter")
        land_on_entry(page, lang, term_id)
        assert visit.blocked == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_term_opens_its_entry_when_tapped_on_a_phone(browser, site_url: str, lang: str) -> None:
    with guarded_visit(browser, **PHONE) as visit:
        page = visit.page
        page.goto(f"{site_url}{SITE_LANGUAGES.prefix(lang)}{CHAPTER}")
        term = page.locator("article a.blma-term").nth(1)
        term_id = (term.get_attribute("href") or "").split("#term-")[1]
        term.tap()
        land_on_entry(page, lang, term_id)
        assert visit.blocked == []


def pages_of(site: BuiltSite, lang: str) -> list[tuple[str, BeautifulSoup]]:
    root = site.page(lang, "").parent
    others = {f"{code}/" for code in LANGUAGES if SITE_LANGUAGES.prefix(code)}
    files = [
        p for p in root.rglob("index.html") if not any(p.relative_to(root).as_posix().startswith(o) for o in others)
    ]
    return [
        (p.relative_to(root).as_posix(), BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")) for p in files
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_terms_are_never_in_headings_or_links_and_linked_once_per_page(built_site: BuiltSite, lang: str) -> None:
    pages = pages_of(built_site, lang)
    in_headings = [
        f"{path}: {a.get_text()}"
        for path, soup in pages
        for a in soup.select("article a.blma-term")
        if a.find_parent(["h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "label", "summary"])
    ]
    assert in_headings == []
    linked = {path: [a["href"] for a in soup.select("a.blma-term")] for path, soup in pages}
    assert sum(map(len, linked.values())) > 100
    assert linked["glossary/index.html"] == []
    repeated = {
        path: [href for href, count in Counter(hrefs).items() if count > 1]
        for path, hrefs in linked.items()
        if path != "print/index.html"  # the print page gathers chapters, each with its own first occurrences
    }
    assert {path: hrefs for path, hrefs in repeated.items() if hrefs} == {}
    chapter = dict(pages)[f"{CHAPTER}index.html"]
    assert not chapter.select(IN_HEADINGS)
    assert all(a["href"].startswith("../../glossary/#term-") for a in chapter.select("a.blma-term"))

"""Search score: real queries typed into Material's search box, and whether the page meant is among the first
three results.

The queries and the pages that answer them are in ``tests/browser/search_queries.yml``. The browser test
(``tests/browser/test_search.py``) asserts that every query finds its page, online and offline; ``make bench``
records the same score per language (:func:`search_scores`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import yaml

from .paths import PROJECT_DIR, site_languages

QUERIES = PROJECT_DIR / "tests" / "browser" / "search_queries.yml"
#: A query finds its page when the page is among this many results (what a reader sees without scrolling).
TOP = 3
CHROMIUM = "/usr/bin/chromium"
#: Wait no longer than this for search to start or to answer a query.
TIMEOUT_MS = 30_000

# Material reads the box on each key release, sends every new value to its search worker and, for each answer,
# rewrites the line above the results ("12 matching documents") and redraws the list. Counting those rewrites
# tells when the answer to the last key has arrived, however slow the machine.
COUNT_ANSWERS = """() => {
  if (window.blmaAnswers === undefined) {
    window.blmaAnswers = 0;
    new MutationObserver(records => { window.blmaAnswers += records.length; })
      .observe(document.querySelector(".md-search-result__meta"), {childList: true});
  }
  return window.blmaAnswers;
}"""
ANSWERED = "count => window.blmaAnswers >= count"
READY = """text => document.querySelector(".md-search-result__meta").textContent.trim() !== text.trim()"""
FIRST_LINKS = """items => items.map(item => item.querySelector("a.md-search-result__link").href)"""


@dataclass(frozen=True)
class Query:
    text: str
    expect: tuple[str, ...]  # docs paths (as under docs/<lang>/) of the pages that answer the query


@dataclass(frozen=True)
class Outcome:
    query: Query
    found: tuple[str, ...]  # docs paths of the first results, best first

    @property
    def hit(self) -> bool:
        return any(page in self.found[:TOP] for page in self.query.expect)


def load_queries() -> dict[str, list[Query]]:
    """Language -> its queries, in file order."""
    raw = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    return {lang: [Query(str(item["query"]), tuple(item["expect"])) for item in items] for lang, items in raw.items()}


def docs_path(href: str, root: str) -> str:
    """The docs path of a result link under ``root``, served (``phases/negotiation/``) or offline
    (``phases/negotiation.html``): ``phases/negotiation.md``; the home page is ``index.md``."""
    path = urlsplit(href).path.removeprefix(urlsplit(root).path)
    path = path.removesuffix("index.html").removesuffix(".html").removesuffix("/")
    return f"{path}.md" if path else "index.md"


def queries_sent(before: str, text: str) -> int:
    """How many queries Material sends when the box holding ``before`` is cleared and ``text`` typed.

    One per key release that changes the box: Backspace on a non-empty box, each character of a US keyboard
    (Playwright inserts any other character, "é", without pressing a key), and End pressed after a text that
    ends with such a character.
    """
    keys = sum(char.isascii() for char in text)
    return int(bool(before)) + keys + int(bool(text) and not text[-1].isascii())


class SearchBox:
    """Material's search box on one open page of one language, typed into as a reader types."""

    def __init__(self, page: Any, root: str) -> None:
        self.page = page
        self.root = root
        self.field = page.locator("input.md-search__input")
        self.typed = ""  # what the box holds

    def open(self, start: str) -> None:
        """Load ``start``, open search and wait until it is ready: the "Initializing search" line gives way
        (online, opening search is what fetches the language's index)."""
        self.page.goto(start)
        meta = self.page.locator(".md-search-result__meta")
        initializing = meta.text_content() or ""
        self.field.click()
        self.page.wait_for_function(READY, arg=initializing, timeout=TIMEOUT_MS)
        self.page.evaluate(COUNT_ANSWERS)

    def results(self, text: str) -> tuple[str, ...]:
        """Clear the box, type ``text`` key by key and read the docs paths of the results shown, best first."""
        answers = self.page.evaluate(COUNT_ANSWERS) + queries_sent(self.typed, text)
        self.field.press("Control+a")
        self.field.press("Backspace")
        self.field.press_sequentially(text)
        self.field.press("End")
        self.typed = text
        self.page.wait_for_function(ANSWERED, arg=answers, polling=20, timeout=TIMEOUT_MS)
        items = self.page.locator(".md-search-result__list > .md-search-result__item")
        return tuple(docs_path(href, self.root) for href in items.evaluate_all(FIRST_LINKS))


def score(box: SearchBox, queries: list[Query]) -> list[Outcome]:
    return [Outcome(query, box.results(query.text)) for query in queries]


def hits(outcomes: list[Outcome]) -> str:
    return f"{sum(outcome.hit for outcome in outcomes)}/{len(outcomes)}"


def report(label: str, outcomes: list[Outcome]) -> str:
    """The score and, for each miss, what came first instead."""
    lines = [f"{label}: {hits(outcomes)} queries find the page meant in the first {TOP} results"]
    lines += [
        f"  {o.query.text!r}: want {' or '.join(o.query.expect)}, got {', '.join(o.found[:TOP]) or 'nothing'}"
        for o in outcomes
        if not o.hit
    ]
    return "\n".join(lines)


def search_scores(base: str) -> dict[str, Any]:
    """Per language: hits, total and the queries missed, with the site served at ``base``."""
    from playwright.sync_api import sync_playwright

    queries = load_queries()
    figures: dict[str, Any] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for lang, prefix in site_languages().prefixes(queries).items():
            box = SearchBox(browser.new_page(), base + prefix)
            box.open(box.root)
            outcomes = score(box, queries[lang])
            figures[lang] = {
                "hits": sum(o.hit for o in outcomes),
                "total": len(outcomes),
                "missed": {o.query.text: list(o.found[:TOP]) for o in outcomes if not o.hit},
            }
            box.page.close()
        browser.close()
    return figures


def bench_rows(figures: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Rows of ``make bench``'s table."""
    rows = [(f"Search: page meant in the first {TOP} results", "", "")]
    rows += [
        (f"  {lang}", f"{f['hits']}/{f['total']}", ", ".join(f["missed"]) or "all found") for lang, f in figures.items()
    ]
    return rows

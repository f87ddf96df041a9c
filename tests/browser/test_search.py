"""Search finds the page meant: real queries (tests/browser/search_queries.yml) typed into Material's search box,
in each language as served and in an offline bundle, with the expected page among the first three results."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.tools.search_score import SearchBox, docs_path, load_queries, queries_sent, report, score
from tests.browser.conftest import Visit
from tests.conftest import DOCS_DIR, LANGUAGES, SITE_LANGUAGES

pytestmark = pytest.mark.browser

QUERIES = load_queries()


def test_every_language_has_twenty_queries_with_pages_that_exist() -> None:
    assert set(QUERIES) == set(LANGUAGES)
    for lang, queries in QUERIES.items():
        assert len(queries) >= 20, lang
        assert len({query.text for query in queries}) == len(queries), f"{lang}: a query is listed twice"
        missing = [page for query in queries for page in query.expect if not (DOCS_DIR / lang / page).is_file()]
        assert missing == [], f"{lang}: expected pages that do not exist"


def test_result_links_map_to_docs_paths() -> None:
    served, offline = "http://127.0.0.1:8000/fr/", "file:///tmp/blma-fr/"
    assert docs_path(served + "phases/negotiation/?h=mandat#step-mandate", served) == "phases/negotiation.md"
    assert docs_path(served, served) == "index.md"
    assert docs_path(offline + "sectors/health-workers.html#ethical-recruitment", offline) == (
        "sectors/health-workers.md"
    )
    assert docs_path(offline + "index.html", offline) == "index.md"


def test_the_queries_material_sends_are_counted_as_a_reader_types() -> None:
    assert queries_sent("", "budget") == 6
    assert queries_sent("budget", "comité mixte") == 1 + 11  # "é" is inserted, the next key reads it
    assert queries_sent("budget", "sécurité") == 1 + 6 + 1  # End reads the final "é"


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_the_page_meant_online(visit: Visit, site_url: str, language: str) -> None:
    root = site_url + SITE_LANGUAGES.prefix(language)
    box = SearchBox(visit.page, root)
    box.open(root)
    outcomes = score(box, QUERIES[language])
    assert all(outcome.hit for outcome in outcomes), report(f"{language}, online", outcomes)
    assert visit.blocked == []


# Offline, only the transport differs (Material's iframe worker and search_index.js, the same index as online),
# so one language is enough; each language typed costs half a minute.
@pytest.mark.parametrize("language", ["fr"])
def test_search_finds_the_page_meant_in_the_offline_bundle(
    visit: Visit, bundles: dict[str, Path], language: str
) -> None:
    root = bundles[language].as_uri() + "/"
    box = SearchBox(visit.page, root)
    box.open(root + "index.html")
    outcomes = score(box, QUERIES[language])
    assert all(outcome.hit for outcome in outcomes), report(f"{language}, offline bundle", outcomes)
    assert visit.blocked == []

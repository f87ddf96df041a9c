"""A first load over http fetches what the page shows: Material's script comes at the reader's first interaction
(overrides/assets/javascripts/theme-on-demand.js), search's worker and index when the reader opens search
(search-on-demand.js), Material's palette.css, which styles nothing here, never comes, and no script holds up the
parser (overrides/main.html)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import Visit

pytestmark = pytest.mark.browser

CHAPTER = "fr/phases/negotiation/"
WORKER = re.compile(r"/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js$")
BUNDLE = re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")
INDEX = "/fr/search/search_index.json"
#: Material's search worker from the page's own configuration; a query before the index has arrived gets an
#: empty result (SearchMessageType: QUERY = 2, RESULT = 3).
MAKE_WORKER = """() => {
  window.answers = [];
  const worker = new Worker(JSON.parse(document.getElementById("__config").textContent).search);
  worker.onmessage = event => answers.push(["onmessage", event.data.type]);
  worker.addEventListener("message", event => answers.push(["listener", event.data.type]));
  worker.postMessage({type: 2, data: "mandat"});
  return worker instanceof EventTarget;
}"""


def search_requests(requested: list[str]) -> list[str]:
    return [url for url in requested if WORKER.search(url) or url.endswith("/search_index.json")]


def load(visit: Visit, url: str) -> list[str]:
    """Load ``url`` and wait two seconds: every address requested meanwhile, and after."""
    requested: list[str] = []
    visit.page.on("request", lambda request: requested.append(request.url))
    visit.page.goto(url, wait_until="load")
    visit.page.wait_for_timeout(2000)
    return requested


def test_the_first_two_seconds_fetch_no_search_worker_or_index(visit: Visit, site_url: str) -> None:
    page = visit.page
    requested = load(visit, site_url + CHAPTER)
    assert search_requests(requested) == []
    assert not [url for url in requested if BUNDLE.search(url)], "Material's script waits for the reader"
    with (
        page.expect_request_finished(lambda request: bool(WORKER.search(request.url))),
        page.expect_request_finished(lambda request: request.url.endswith(INDEX)),
    ):
        page.keyboard.press("s")  # Material's shortcut: focuses the search field
    page.locator("input.md-search__input").press_sequentially("mandat", delay=20)
    page.wait_for_selector(".md-search-result__item a[href*='/fr/']")
    assert len(search_requests(requested)) == 2, "one worker, one index"
    assert visit.blocked == []


def test_opening_search_with_the_toggle_on_a_phone_starts_the_worker(phone_visit: Visit, site_url: str) -> None:
    page = phone_visit.page
    requested = load(phone_visit, site_url + CHAPTER)
    assert search_requests(requested) == []
    with page.expect_request_finished(lambda request: bool(WORKER.search(request.url))):
        page.locator("label.md-header__button[for=__search]").click()  # the magnifier in the header
    page.locator("input.md-search__input").press_sequentially("budget", delay=20)
    page.wait_for_selector(".md-search-result__item")


def test_a_worker_made_early_gets_what_was_posted_once_search_opens(visit: Visit, site_url: str) -> None:
    """The stand-in keeps messages until the reader opens search, then hands them to the real worker, whose
    answers reach both onmessage and listeners; one terminated before then is never fetched."""
    page = visit.page
    requested = load(visit, site_url + CHAPTER)
    assert page.evaluate(MAKE_WORKER)
    page.evaluate(
        """() => new Worker(JSON.parse(document.getElementById("__config").textContent).search).terminate()"""
    )
    page.wait_for_timeout(500)
    assert page.evaluate("answers") == []
    assert search_requests(requested) == []
    page.keyboard.press("s")
    page.wait_for_function("answers.length === 2")
    assert page.evaluate("answers") == [["onmessage", 3], ["listener", 3]]
    # Material's worker and the stand-in above, not the one terminated.
    assert len([url for url in requested if WORKER.search(url)]) == 2


def test_arriving_from_a_search_result_starts_search_at_once(visit: Visit, site_url: str) -> None:
    requested = load(visit, f"{site_url}{CHAPTER}?h=mandat")
    assert len(search_requests(requested)) == 2
    assert visit.page.locator("mark[data-md-highlight]").count() > 0


@pytest.mark.parametrize("path", ["", CHAPTER, "practices/"])
def test_no_palette_stylesheet_and_every_script_file_deferred(visit: Visit, site_url: str, path: str) -> None:
    requested = load(visit, site_url + path)
    assert not [url for url in requested if "/palette." in url]
    scripts = visit.page.evaluate("Array.from(document.querySelectorAll('script[src]'), s => [s.src, s.defer])")
    assert all(deferred for _, deferred in scripts), scripts
    # Material's script is not among them: its address waits in a data block for the reader's first move.
    assert not [src for src, _ in scripts if BUNDLE.search(src)]
    assert visit.page.locator("script#blma-theme-script[type='application/json']").count() == 1


def test_scrolling_brings_material_which_then_follows_the_page(visit: Visit, site_url: str) -> None:
    """The first scroll fetches Material's script, which mounts as if the page had just loaded: the header shows
    the page title once the heading is out of sight, and the table of contents marks the section read."""
    page = visit.page
    requested = load(visit, site_url + CHAPTER)
    assert not [url for url in requested if BUNDLE.search(url)]
    with page.expect_request_finished(lambda request: bool(BUNDLE.search(request.url))):
        page.mouse.wheel(0, 1500)
    page.wait_for_selector(".md-header__title--active")
    page.wait_for_selector(".md-sidebar--secondary .md-nav__link--active", state="attached")
    assert len([url for url in requested if BUNDLE.search(url)]) == 1
    assert visit.blocked == []


def test_a_key_pressed_before_material_arrives_is_not_lost(visit: Visit, site_url: str) -> None:
    """Material's shortcut "/" opens search even when that key press is what brought Material."""
    page = visit.page
    load(visit, site_url + CHAPTER)
    page.keyboard.press("/")
    page.wait_for_function("document.activeElement && document.activeElement.matches('input.md-search__input')")


def test_a_key_pressed_while_material_is_on_its_way_is_not_lost(visit: Visit, site_url: str) -> None:
    """A pointer move brings Material; "/" pressed right after, before it has arrived, still opens search."""
    page = visit.page
    load(visit, site_url + CHAPTER)
    page.mouse.move(200, 300)
    page.keyboard.press("/")
    page.wait_for_function("document.activeElement && document.activeElement.matches('input.md-search__input')")

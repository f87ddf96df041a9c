"""The embed view in Chromium: no site chrome, one element when asked, the height posted to the parent; and on a
host page of another site, links that leave the frame, a height that follows the content, no storage errors."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from playwright.sync_api import Frame, Page

from macros.tools.local_server import static_server
from tests.browser.conftest import Visit
from tests.conftest import BuiltSite


def test_embed_view_hides_header_navigation_and_footer(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}fr/phases/negotiation/?embed")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert not page.locator(chrome).first.is_visible(), chrome
    back = page.locator(".blma-embed__back a")
    assert back.get_attribute("target") == "_top" and back.inner_text() == "Ouvrir la page complète sur le site"
    assert page.locator("h1").first.is_visible()


def test_embed_of_one_practice_shows_only_that_example(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}es/practices/?embed=practice-nepal-malaysia-2018")
    cards = page.locator("article.md-content__inner article.blma-practice")
    assert cards.count() == 1 and cards.first.locator("h3").get_attribute("id") == "practice-nepal-malaysia-2018"
    assert page.locator("article.md-content__inner h1").count() == 0
    assert (
        page.locator(".blma-embed__back a")
        .get_attribute("href")
        .endswith("/es/practices/#practice-nepal-malaysia-2018")
    )


def test_embedded_checklist_posts_its_height_and_still_ticks(visit: Visit, site_url: str) -> None:
    page = visit.page
    origin = site_url.rstrip("/")
    page.goto(f"{site_url}404.html")  # any page of the same origin as a parent
    page.evaluate(
        """([src, origin]) => {
            document.body.innerHTML = '';
            window.addEventListener('message', (event) => {
                if (event.origin !== origin || !event.data || event.data.type !== 'blma-embed-height') return;
                document.querySelectorAll('iframe').forEach((frame) => {
                    if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
                });
            });
            const frame = document.createElement('iframe');
            frame.src = src;
            frame.style.width = '800px';
            document.body.appendChild(frame);
        }""",
        [f"{site_url}phases/negotiation/?embed=checklist-negotiation", origin],
    )
    page.wait_for_function("parseInt(document.querySelector('iframe').style.height || '0') > 400")
    frame = page.frame_locator("iframe")
    assert frame.locator("section.blma-checklist").count() == 1
    first = frame.locator("section.blma-checklist input[type=checkbox]").first
    frame.locator(f"label[for={first.get_attribute('id')}]").click()
    assert first.is_checked()
    assert visit.blocked == []


# -- On a host page of another site ----------------------------------------------------------------------------
# The host page, written into a folder served on a second port, is reached under the Knowledge Platform's address
# and the frame under "localhost" instead of 127.0.0.1 (both routed to the local servers, nothing leaves the
# machine). The frame is then cross-site, as on the platform: Chromium blocks its storage (SecurityError).

PLATFORM = "https://www.migrationnetwork.un.org"
GLOSSARY_TERM = "term-bilateral-labour-migration-agreement"  # has related terms


@dataclass
class Host:
    """A host page holding one embedded frame, with the messages it received and the frame's uncaught errors."""

    page: Page
    frame_origin: str
    errors: list[str]

    @property
    def frame(self) -> Frame:
        return next(frame for frame in self.page.frames if frame.url.startswith(self.frame_origin))

    def messages(self) -> list[dict]:
        return self.page.evaluate("window.received")

    def next_height(self, after: int) -> int:
        """Wait for a height message after the first ``after`` messages; the height the frame settled on."""
        self.page.wait_for_function(f"window.received.length > {after}")
        self.page.wait_for_timeout(300)  # a reflow may post more than once
        return self.messages()[-1]["data"]["height"]

    def set_width(self, width: int) -> int:
        count = len(self.messages())
        self.page.evaluate(f"document.querySelector('iframe').style.width = '{width}px'")
        return self.next_height(count)


def listener_snippet(built_site: BuiltSite, site_origin: str) -> str:
    """The listener that the "Linking and embedding" page gives web teams to copy, for a site at ``site_origin``."""
    html = built_site.page("en", "embed/").read_text(encoding="utf-8")
    code = next(
        unescape(c) for c in re.findall(r"<code[^>]*>(.*?)</code>", html, re.DOTALL) if "blma-embed-height" in c
    )
    listener, count = re.subn(r'event\.origin !== "[^"]*"', f"event.origin !== {json.dumps(site_origin)}", code)
    assert count == 1, code
    return listener


@contextmanager
def hosted(
    visit: Visit, site_url: str, built_site: BuiltSite, folder: Path, path: str, host: str = PLATFORM
) -> Iterator[Host]:
    """``path`` of the site embedded, 420 px wide, in a host page served from ``folder`` and shown at ``host``."""
    frame_base = site_url.replace("127.0.0.1", "localhost")
    frame_origin = frame_base.rstrip("/")
    folder.mkdir(exist_ok=True)
    (folder / "index.html").write_text(
        f"""<!doctype html><html lang="en"><title>Host</title>
<script>window.received = [];
window.addEventListener("message", (event) => window.received.push({{origin: event.origin, data: event.data}}));
</script>{listener_snippet(built_site, frame_origin)}
<iframe src="{frame_base}{path}" title="Embedded" style="width: 420px; border: 0"></iframe>""",
        encoding="utf-8",
    )
    page = visit.page
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with static_server(folder) as host_url:
        page.route(f"{host}/**", lambda route: route.fulfill(response=route.fetch(url=host_url)))
        page.route(
            f"{frame_base}**",
            lambda route: route.fulfill(response=route.fetch(url=route.request.url.replace(frame_base, site_url))),
        )
        page.goto(f"{host}/")
        yield Host(page, frame_origin, errors)
        # A request still being passed on (Material's script, which the frame fetches at the first click or
        # scroll) must not fail once the host's server is gone: it is dropped with the routes.
        page.unroute_all(behavior="ignoreErrors")
    assert visit.blocked == []


def test_a_cross_site_embed_sizes_to_its_content_both_ways(
    visit: Visit, site_url: str, built_site: BuiltSite, tmp_path: Path
) -> None:
    with hosted(visit, site_url, built_site, tmp_path, "phases/negotiation/?embed") as host:
        narrow = host.next_height(0)
        wide = host.set_width(1200)
        assert wide < narrow * 0.8, (narrow, wide)  # shorter lines: the frame shrinks
        assert host.page.locator("iframe").evaluate("frame => frame.style.height") == f"{wide}px"
        assert abs(host.set_width(420) - narrow) <= 2  # and grows back
        # Only the documented message, only from the site, and the frame fits its content: no scroll bar.
        for message in host.messages():
            assert message["origin"] == host.frame_origin
            assert set(message["data"]) == {"type", "height"} and message["data"]["type"] == "blma-embed-height"
            assert isinstance(message["data"]["height"], int) and message["data"]["height"] > 0
        assert host.frame.evaluate("document.documentElement.scrollHeight <= innerHeight + 1")


def test_a_cross_site_embed_throws_no_error_where_storage_is_blocked(
    visit: Visit, site_url: str, built_site: BuiltSite, tmp_path: Path
) -> None:
    with hosted(visit, site_url, built_site, tmp_path, "phases/negotiation/?embed") as host:
        host.next_height(0)
        frame = host.frame
        frame.wait_for_load_state("load")
        blocked = frame.evaluate("() => { try { localStorage.length; return null } catch (e) { return e.name } }")
        assert blocked == "SecurityError", "the frame should be cross-site, with its storage blocked"
        assert host.errors == []
        # Material's settings are kept for the visit instead.
        assert frame.evaluate("() => { __md_set('__probe', {a: 1}); return __md_get('__probe') }") == {"a": 1}


def test_links_in_a_cross_site_embed_leave_the_frame(
    visit: Visit, site_url: str, built_site: BuiltSite, tmp_path: Path
) -> None:
    with hosted(visit, site_url, built_site, tmp_path, "phases/negotiation/?embed") as host:
        host.next_height(0)
        links = host.frame.locator("article a[href]").evaluate_all(
            """links => links.map(link => ({href: link.getAttribute('href'), url: link.href, target: link.target,
                rel: link.rel, inFrame: link.getAttribute('href').startsWith('#')
                    && !!document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)))}))"""
        )
        targets = {"_top": 0, "_blank": 0, "": 0}
        for link in links:
            targets[link["target"]] += 1
            if link["target"] == "":  # a footnote or section of the chapter, which is in the frame
                assert link["inFrame"], link
            elif link["url"].startswith(host.frame_origin + "/"):
                assert link["target"] == "_top", link
            else:
                assert link["target"] == "_blank" and "noopener" in link["rel"].split(), link
        assert targets["_top"] and targets["_blank"] and targets[""], targets
        # The frame is as tall as its content, so a link to a footnote scrolls the host page instead.
        note = host.frame.locator("article a.footnote-ref").first
        note.scroll_into_view_if_needed()
        before = host.page.evaluate("window.scrollY")
        note.click()
        host.page.wait_for_function(f"window.scrollY > {before} + 200")


def test_related_terms_of_an_embedded_glossary_term_open_the_full_glossary(
    visit: Visit, site_url: str, built_site: BuiltSite, tmp_path: Path
) -> None:
    """The related terms are not in the frame: their links go to the full glossary page, in the whole window."""
    with hosted(visit, site_url, built_site, tmp_path, f"glossary/?embed={GLOSSARY_TERM}") as host:
        host.next_height(0)
        related = host.frame.locator(".blma-glossary__entry a[href*='#term-']")
        assert related.count() > 0
        for link in related.all():
            assert link.get_attribute("target") == "_top"
            assert link.get_attribute("href").startswith(f"{host.frame_origin}/glossary/#term-")


def test_a_host_that_may_not_embed_the_site_is_sent_nothing(
    visit: Visit, site_url: str, built_site: BuiltSite, tmp_path: Path
) -> None:
    """The height goes to the Knowledge Platform and the site itself, not to any page that frames it."""
    other_site = "http://127.0.0.2:8"  # routed to the host folder like the platform's address
    with hosted(visit, site_url, built_site, tmp_path, "phases/negotiation/?embed", host=other_site) as host:
        frame = host.frame
        frame.wait_for_load_state("load")
        # Messages arrive in the order they are posted: once the frame's own "*" message is in, any height
        # message posted at load or by the first layout would be in too.
        frame.evaluate(
            """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
                parent.postMessage('done', '*'); done(); })))"""
        )
        host.page.wait_for_function("window.received.length > 0")
        assert [message["data"] for message in host.messages()] == ["done"]

"""The embed view in Chromium: no site chrome, one element when asked, and the height posted to the parent."""

from __future__ import annotations

from tests.browser.conftest import Visit


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

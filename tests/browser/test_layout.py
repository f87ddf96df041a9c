"""What a reader sees on a 390 x 844 phone and a 1366 px desktop: the coding matrix with whole headers, a
caption in view and practice names that stay short; download cards whose sizes ("1,6 Mo") never wrap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from macros.render.renderer import PageContext, Renderer
from macros.render.views import offline_bundles
from tests.browser.conftest import guarded_visit
from tests.conftest import LANGUAGES, SITE_LANGUAGES, site_catalogue

CATALOGUE = site_catalogue()
PHONE_390 = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1366, "height": 900}}

MATRIX_GEOMETRY = """() => {
  const region = document.querySelector('.blma-matrix__scroll');
  const box = e => e.getBoundingClientRect();
  const headers = [...region.querySelectorAll('.blma-matrix__theme')].map(th => {
    const span = th.querySelector('span'), s = box(span), t = box(th);
    return {text: span.textContent, inside: s.top >= t.top - 1 && s.bottom <= t.bottom + 1 && s.left >= t.left - 1
            && s.right <= t.right + 1, overflow: span.scrollHeight > span.clientHeight + 1
            || span.scrollWidth > span.clientWidth + 1};
  });
  const lines = [...region.querySelectorAll('tbody th[scope=row] a')].map(a =>
    Math.round(box(a).height / parseFloat(getComputedStyle(a).lineHeight)));
  const caption = box(region.querySelector('.blma-matrix__caption'));
  return {headers, lines, region: {left: box(region).left, right: box(region).right},
          caption: {left: caption.left, right: caption.right}, role: region.getAttribute('role'),
          tabindex: region.tabIndex, label: document.getElementById(region.getAttribute('aria-labelledby')).textContent,
          scrolls: region.scrollWidth > region.clientWidth};
}"""


def matrix(browser, url: str, device: dict) -> dict:
    with guarded_visit(browser, **device) as visit:
        visit.page.goto(url)
        geometry = visit.page.evaluate(MATRIX_GEOMETRY)
        region = visit.page.locator(".blma-matrix__scroll")
        region.evaluate("r => { r.scrollLeft = r.scrollWidth; }")  # the names stay in view when scrolled
        geometry["sticky"] = visit.page.evaluate(
            "() => { const r = document.querySelector('.blma-matrix__scroll').getBoundingClientRect();"
            " const th = document.querySelector('.blma-matrix tbody th').getBoundingClientRect();"
            " return Math.abs(th.left - r.left) < 2; }"
        )
        assert visit.blocked == []
        return geometry


@pytest.mark.parametrize("lang", LANGUAGES)
def test_coding_matrix_on_a_phone_has_whole_headers_and_a_caption_in_view(browser, site_url: str, lang: str) -> None:
    geometry = matrix(browser, f"{site_url}{SITE_LANGUAGES.prefix(lang)}mapping/", PHONE_390)
    assert len(geometry["headers"]) == len(CATALOGUE.vocabulary.themes)
    assert [h["text"] for h in geometry["headers"] if not h["inside"] or h["overflow"]] == []
    assert geometry["caption"]["left"] >= geometry["region"]["left"] - 1
    assert geometry["caption"]["right"] <= geometry["region"]["right"] + 1  # readable without scrolling
    assert max(geometry["lines"]) <= 8, geometry["lines"]
    assert (geometry["role"], geometry["tabindex"]) == ("region", 0)
    assert geometry["label"] == CATALOGUE.ui.text("matrix_caption", lang)
    assert geometry["scrolls"] and geometry["sticky"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_coding_matrix_fits_a_desktop_column(browser, site_url: str, lang: str) -> None:
    geometry = matrix(browser, f"{site_url}{SITE_LANGUAGES.prefix(lang)}mapping/", DESKTOP)
    assert [h["text"] for h in geometry["headers"] if not h["inside"] or h["overflow"]] == []
    assert not geometry["scrolls"]
    assert max(geometry["lines"]) <= 5, geometry["lines"]


@pytest.fixture(scope="module")
def fake_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Bundles of 1.6 MB and 4.7 MB as `make bundle` lists them (the test build has none of its own)."""
    dist = tmp_path_factory.mktemp("dist")
    bundles = []
    for language in [*LANGUAGES, "all"]:
        name = f"blma-guidance-0.1.0-2026-01-01-{language}.zip"
        size = 4_700_000 if language == "all" else 1_600_000
        with (dist / name).open("wb") as handle:
            handle.truncate(size)
        bundles.append({"language": language, "file": name, "bytes": size})
    (dist / "bundles.json").write_text(json.dumps(bundles), encoding="utf-8")
    return dist


@pytest.mark.parametrize("lang", LANGUAGES)
def test_download_cards_name_languages_and_keep_sizes_on_one_line(
    browser, site_url: str, fake_dist: Path, lang: str
) -> None:
    """The download page's cards, rendered by the real view and template and shown in the built page with the
    site's styles: human names, and a size whose space never breaks on a phone."""
    prefix = SITE_LANGUAGES.prefix(lang)
    context = PageContext(lang=lang, src_path="download.md", language_prefix=prefix, dist_dir=fake_dist)
    cards = str(offline_bundles(Renderer(CATALOGUE, context)))
    with guarded_visit(browser, **PHONE_390) as visit:
        page = visit.page
        page.goto(f"{site_url}{prefix}download/")
        page.evaluate(
            """html => { document.querySelector('.blma-downloads__clauses')?.remove();
              document.querySelector('.blma-bundles__caption')?.remove();
              (document.querySelector('ul.blma-bundles') || document.querySelector('.blma-bundles__note'))
                .outerHTML = html; }""",
            cards,
        )
        assert page.locator(".blma-downloads__clauses a[href$='.docx']").count() == 1  # still first
        names = page.locator(".blma-bundle__name").all_inner_texts()
        assert names[-1] == CATALOGUE.ui.text("bundles_all_title", lang)
        assert len(names) == len(LANGUAGES) + 1 and not [n for n in names if ".zip" in n or n.islower()]
        sizes = page.locator(".blma-bundle__size")
        assert sizes.count() == len(LANGUAGES) + 1
        assert all("\u00a0" in text for text in sizes.all_text_contents())
        assert sizes.evaluate_all("spans => spans.map(s => s.getClientRects().length)") == [1] * sizes.count()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert visit.axe(include=".blma-bundles") == []
        assert visit.blocked == []

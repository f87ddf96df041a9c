"""Playwright in Debian's Chromium (Playwright cannot download browsers here), the built site served on
127.0.0.1, and a page that blocks and records every request that would leave the machine."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from macros.tools.bundle import bundle_languages, make_bundles
from macros.tools.local_server import static_server
from tests.conftest import PROJECT_DIR, BuiltSite

CHROMIUM = Path("/usr/bin/chromium")
AXE = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_url(built_site: BuiltSite) -> Iterator[str]:
    with static_server(built_site.root) as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's Chromium is missing: run `make browser-deps` as root (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


class Visit:
    """A browser page plus the list of requests it tried to send off the machine."""

    def __init__(self, page, blocked: list[str]):
        self.page = page
        self.blocked = blocked

    def axe(self, include: str | None = None) -> list[dict]:
        """Run axe-core (WCAG 2.0/2.1/2.2 A and AA) and return its violations.

        Every element is laid out first: content-visibility skips off-screen items, which axe would then not
        check for contrast (overrides/assets/stylesheets/blma.css).
        """
        self.page.add_style_tag(content="* { content-visibility: visible !important; }")
        self.page.add_script_tag(path=str(AXE))
        context = f"{{include: [{include!r}]}}" if include else "document"
        return self.page.evaluate(
            f"""async () => (await axe.run({context}, {{runOnly: {{type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}}}})).violations
                .map(v => ({{id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}}))"""
        )


@contextmanager
def guarded_visit(browser, **context_options: object) -> Iterator[Visit]:
    """A fresh browser context whose requests to anywhere but this machine are blocked and recorded."""
    context = browser.new_context(service_workers="block", **context_options)
    blocked: list[str] = []

    def guard(route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in {"file", "data", "blob", "about"} or parts.hostname in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    context.route("**/*", guard)
    try:
        yield Visit(context.new_page(), blocked)
    finally:
        # A request still on its way when the test ends (Material's script starts at the first interaction,
        # which may be a test's last step) is dropped with the routes rather than failing the next test.
        context.unroute_all(behavior="ignoreErrors")
        context.close()


@pytest.fixture
def visit(browser) -> Iterator[Visit]:
    with guarded_visit(browser) as page_visit:
        yield page_visit


#: A phone as Lighthouse's mobile run sees it: layout and touch targets differ from the desktop view.
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True, "has_touch": True}


@pytest.fixture
def phone_visit(browser) -> Iterator[Visit]:
    with guarded_visit(browser, **PHONE) as page_visit:
        yield page_visit


@pytest.fixture(scope="session")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Build every bundle once, unzip each, and return language -> folder holding index.html."""
    dist = tmp_path_factory.mktemp("dist")
    made = make_bundles(dist, tmp_path_factory.mktemp("work"), bundle_languages())
    unzipped = tmp_path_factory.mktemp("unzipped")
    folders = {}
    for bundle in made:
        with zipfile.ZipFile(dist / bundle.file) as archive:
            archive.extractall(unzipped)
            top = {name.split("/")[0] for name in archive.namelist()}
        assert top == {bundle.file.removesuffix(".zip")}, "a bundle unzips into one folder"
        folders[bundle.language] = unzipped / top.pop()
    assert re.fullmatch(r"blma-guidance-\d+\.\d+\.\d+-\d{4}-\d{2}-\d{2}-all\.zip", made[-1].file)
    return folders

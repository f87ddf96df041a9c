"""Screenshots of the home page and a chapter, desktop and phone, in every language (``make bench``), so that
the look can be reviewed without a browser: ``build/screens/<lang>-<page>-<size>.png``."""

from __future__ import annotations

from pathlib import Path

from .paths import site_languages

SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
PAGES = {"home": "", "chapter": "phases/negotiation/"}
CHROMIUM = "/usr/bin/chromium"


def take_screenshots(base_url: str, out: Path) -> list[Path]:
    """One PNG per language, page and size, of the first screen as a reader sees it."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    languages = site_languages()
    taken = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for lang in languages.codes:
            for page_name, path in PAGES.items():
                for size_name, (width, height) in SIZES.items():
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(base_url + languages.prefix(lang) + path)
                    target = out / f"{lang}-{page_name}-{size_name}.png"
                    page.screenshot(path=str(target))
                    page.close()
                    taken.append(target)
        browser.close()
    return taken

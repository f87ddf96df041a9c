"""Every page's footer says which edition it is: the package's version and the date of the last commit, in the
page language, so that a printed page or an offline copy can be matched to its release."""

from __future__ import annotations

import subprocess
from datetime import date
from importlib.metadata import version

import pytest
from bs4 import BeautifulSoup

from macros.l10n.names import long_date
from tests.conftest import LANGUAGES, PROJECT_DIR, BuiltSite, site_catalogue

UI = site_catalogue().ui


def last_commit_date() -> str:
    log = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=PROJECT_DIR, capture_output=True, text=True)
    return log.stdout.strip() or date.today().isoformat()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["", "phases/negotiation/", "glossary/"])
def test_footer_shows_version_and_date_in_the_page_language(built_site: BuiltSite, lang: str, path: str) -> None:
    page = BeautifulSoup(built_site.page(lang, path).read_text(encoding="utf-8"), "html.parser")
    edition = page.select_one("footer .md-copyright .blma-edition__version")
    assert edition is not None
    built = last_commit_date()
    expected = UI.text("edition_version", lang).replace("{version}", version("blma-guidance-site"))
    assert edition.get_text(" ", strip=True) == expected.replace("{date}", long_date(built, lang))
    assert edition.select_one("time")["datetime"] == built


def test_the_date_reads_as_a_date_of_each_language(built_site: BuiltSite) -> None:
    """Not an ISO string in every language: "2 décembre 2026", "2 de diciembre de 2026"."""
    texts = {
        lang: BeautifulSoup(built_site.page(lang, "").read_text(encoding="utf-8"), "html.parser")
        .select_one(".blma-edition__version time")
        .get_text()
        for lang in LANGUAGES
    }
    assert len(set(texts.values())) == len(LANGUAGES)
    assert all(not text[:4].isdigit() for text in texts.values())

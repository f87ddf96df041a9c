"""What checklists.js gets (macros/render/checklist_index.py): online pages only its strings and where the
language's element index lies; offline pages the whole index, since file:// refuses a fetch."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest

from macros.catalogue.loader import Catalogue, load_catalogue
from macros.render.checklist_index import INDEX_FILE, SCRIPT_STRINGS, element_index, root_index
from macros.render.links import page_url
from macros.render.page_context import PageFacts, checklist_script_data
from tests.conftest import REQUIRED_LANGUAGES

LANGUAGE_ROOT = "https://example.org/fr/"


@pytest.fixture
def catalogue(fixture_data: Path) -> Catalogue:
    return load_catalogue(fixture_data, REQUIRED_LANGUAGES)


def facts(src_path: str, offline: bool, scripts: frozenset[str] = frozenset({"checklists"})) -> PageFacts:
    return PageFacts(
        src_path=src_path,
        lang="fr",
        content_lang="fr",
        site_url="https://example.org/",
        use_directory_urls=not offline,
        offline=offline,
        scripts=scripts,
        outdated_since=None,
        last_changed=None,
        anchor_redirects={},
    )


def links(elements: list[dict]) -> list[str]:
    return [
        link
        for element in elements
        for link in [element["chapter"], *(item["url"] for item in element["practices"] + element["clauses"])]
    ]


@pytest.mark.parametrize(
    ("src_path", "index"),
    [("phases/negotiation.md", "../../checklist-index.json"), ("index.md", "./checklist-index.json")],
)
def test_an_online_page_carries_the_strings_and_where_the_index_lies(
    catalogue: Catalogue, src_path: str, index: str
) -> None:
    data, address = checklist_script_data(catalogue, facts(src_path, offline=False))
    assert data is not None and set(data) == {"lang", "strings"}, "no element index in the page"
    assert data["lang"] == "fr" and set(data["strings"]) == set(SCRIPT_STRINGS)
    assert address == index and urljoin(LANGUAGE_ROOT + page_url(src_path, True), address) == LANGUAGE_ROOT + INDEX_FILE


def test_an_offline_page_inlines_the_index_with_links_relative_to_itself(catalogue: Catalogue) -> None:
    data, address = checklist_script_data(catalogue, facts("phases/negotiation.md", offline=True))
    assert address is None and data is not None
    assert data["elements"] == element_index(catalogue, "fr", "phases/negotiation.md", False)
    assert "preparation.html#checklist" in links(data["elements"])


def test_a_page_without_checklists_gets_nothing(catalogue: Catalogue) -> None:
    assert checklist_script_data(catalogue, facts("index.md", offline=False, scripts=frozenset())) == (None, None)


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_the_language_index_links_from_its_own_folder(catalogue: Catalogue, use_directory_urls: bool) -> None:
    """Each link, resolved against the file's address, reaches the page it names (never the file itself)."""
    index = root_index(catalogue, "fr", use_directory_urls)
    page = element_index(catalogue, "fr", "phases/negotiation.md", use_directory_urls)
    assert index["lang"] == "fr"
    assert [e["id"] for e in index["elements"]] == [e["id"] for e in page] and index["elements"]
    assert [e["title"] for e in index["elements"]] == [e["title"] for e in page]
    chapter = page_url("phases/negotiation.md", use_directory_urls)
    assert f"{chapter}#checklist" in links(index["elements"])
    for link in links(index["elements"]):
        resolved = urljoin(LANGUAGE_ROOT + INDEX_FILE, link)
        assert resolved.startswith(LANGUAGE_ROOT) and not resolved.startswith(LANGUAGE_ROOT + INDEX_FILE), link
        assert link.split("#")[0] in {page_url(p, use_directory_urls) for p in ("practices.md", "clauses.md")} | {
            page_url(f"phases/{phase.id}.md", use_directory_urls) for phase in catalogue.vocabulary.phases
        }

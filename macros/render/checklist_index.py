"""What the checklist script needs in the browser, computed at build time for one language.

The script exports titles in the page's language and links each gap to its chapter and to practice
examples, for every core element, not only those shown on the page. Online, that index is one file per
language (:data:`INDEX_FILE` under the language root, links relative to it), fetched only when a reader
exports, imports or has a gap report to show; the page itself carries only the UI strings. Offline copies,
opened from file:// where fetch is refused, carry the index in each page, links relative to the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..catalogue.loader import Catalogue
from ..catalogue.queries import clauses_for_element
from .links import page_url, relative_url

#: The element index of one language, beside its home page (``/checklist-index.json``, ``/fr/...``).
INDEX_FILE = "checklist-index.json"

#: UI strings the script uses (keys of data/ui.yml), so that a missing one fails the build, not the browser.
SCRIPT_STRINGS = (
    "note",
    "progress",
    "export_csv",
    "export_json",
    "export_markdown",
    "import_json",
    "reset",
    "reset_confirm",
    "import_done",
    "import_invalid",
    "tools_label",
    "status_covered",
    "status_partly",
    "status_missing",
    "report_missing",
    "report_partly",
    "report_none",
    "report_counts",
    "see_chapter",
    "see_examples",
    "see_clauses",
    "export_title",
    "checked",
    "not_checked",
    "print",
    "colon",
    "phase",
    "core_element",
    "export_col_id",
    "export_col_question",
    "export_col_ticked",
    "export_col_status",
    "checklist_more",
    "checklist_note_add",
    "checklist_storage_blocked",
    "checklist_storage_open",
    "checklist_import_existing",
    "checklist_import_merge",
    "checklist_import_replace",
    "checklist_import_cancel",
    "checklist_import_merged",
    "checklist_import_undo",
    "checklist_import_undone",
    "checklist_assess_progress",
)


def element_index(catalogue: Catalogue, lang: str, page_src: str, use_directory_urls: bool) -> list[dict[str, Any]]:
    """The index inlined in one page (offline copies): links relative to that page."""

    def url(target: str, anchor: str) -> str:
        return relative_url(page_src, target, use_directory_urls, anchor)

    return _elements(catalogue, lang, url)


def root_index(catalogue: Catalogue, lang: str, use_directory_urls: bool) -> dict[str, Any]:
    """The content of a language's :data:`INDEX_FILE`: links relative to the language root, where it lies.

    Never a bare ``#anchor`` (as a link from the home page to itself would be): that would resolve against
    the file's own address, not the home page's.
    """

    def url(target: str, anchor: str) -> str:
        return f"{page_url(target, use_directory_urls) or './'}#{anchor}"

    return {"lang": lang, "elements": _elements(catalogue, lang, url)}


def _elements(catalogue: Catalogue, lang: str, url: Callable[[str, str], str]) -> list[dict[str, Any]]:
    """Every core element with its title, question, phase, theme, chapter and practice links.

    Ordered as the cycle runs (the vocabulary's phase order), not as the data files load, so that exports and
    the gap report list phases as the checklists page does.
    """
    vocabulary = catalogue.vocabulary
    cycle = {term.id: position for position, term in enumerate(vocabulary.phases)}
    index = []
    for element in sorted(catalogue.core_elements.values(), key=lambda e: cycle[e.phase]):  # stable within a phase
        phase = vocabulary.term("phase", element.phase)
        practices = [p for p in catalogue.practices.values() if element.id in p.core_elements]
        index.append(
            {
                "id": element.id,
                "title": element.title.get(lang).text,
                "question": element.question.get(lang).text,
                "phase": element.phase,
                "phaseLabel": phase.label.get(lang).text,
                "theme": element.theme,
                "themeLabel": vocabulary.term("theme", element.theme).label.get(lang).text,
                "chapter": url(phase.page or "index.md", "checklist"),
                "practices": [
                    {"title": p.title.get(lang).text, "url": url("practices.md", f"practice-{p.id}")} for p in practices
                ],
                "clauses": [
                    {"title": c.title.get(lang).text, "url": url("clauses.md", f"clause-{c.id}")}
                    for c in clauses_for_element(catalogue, element.id)
                ],
            }
        )
    return index


def script_strings(catalogue: Catalogue, lang: str) -> dict[str, str]:
    return {key: catalogue.ui.text(key, lang) for key in SCRIPT_STRINGS}

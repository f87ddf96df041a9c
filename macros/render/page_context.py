"""What the theme templates (overrides/main.html) get for one page: a typed record, not loose keys.

The plugin gathers the facts (languages, history, redirects, page scripts); this module turns them into the
``blma_*`` names the templates use. Every value is data: the templates escape it where it lands.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from markupsafe import escape

from ..catalogue.loader import Catalogue
from ..catalogue.text import LocalizedText
from ..l10n.languages import SiteLanguages
from .checklist_index import INDEX_FILE, element_index, script_strings
from .head import Alternate, alternates, og_locale
from .links import relative_url, site_root


@dataclass(frozen=True)
class PageFacts:
    """What the build knows about one page before its template renders."""

    src_path: str  # language-neutral, e.g. "phases/negotiation.md"
    lang: str  # the section being built
    content_lang: str  # the language the Markdown is written in (the default one on a fallback page)
    site_url: str
    use_directory_urls: bool
    offline: bool
    scripts: frozenset[str]  # page scripts the page's views declared
    outdated_since: str | None
    last_changed: str | None
    anchor_redirects: dict[str, str]
    preview: bool = False  # `make serve`: an outdated notice links to the English diff built beside the pages


@dataclass(frozen=True)
class ThemeContext:
    """The ``blma_*`` template variables of one page."""

    ui: dict[str, str]
    lang: str
    ui_fallback: LocalizedText | None
    content_lang: str
    fallback: bool
    lang_prefix: str
    guide_url: str
    outdated_since: str | None
    diff_url: str | None  # preview only: what changed in the English, for an outdated page
    last_changed: str | None
    alternates: list[Alternate]
    offline: bool
    anchor_redirects: dict[str, str]
    og_locale: str
    og_alternates: list[str]
    explorer: bool
    clauses: bool
    checklist_data: dict[str, Any] | None
    checklist_index: str | None  # the language's element index, relative to the page (None when inlined)
    version: str  # of the installed package, for the footer's edition line
    build_date: str  # ISO date of the last commit: the same for every page of a build, and reproducible

    def as_template_globals(self) -> dict[str, Any]:
        return {f"blma_{item.name}": getattr(self, item.name) for item in fields(self)}


def theme_context(
    catalogue: Catalogue,
    languages: SiteLanguages,
    facts: PageFacts,
    translator_guide: str,
    *,
    version: str,
    build_date: str,
) -> ThemeContext:
    lang = facts.lang
    ui = catalogue.ui
    # A language added before data/ui.yml is translated: its English labels are announced once per page.
    ui_fallback = ui.root["interface_not_translated"].get(lang) if ui.untranslated(lang) else None
    checklist_data, checklist_index = checklist_script_data(catalogue, facts)
    return ThemeContext(
        # Labels are untrusted input (a translation may hold a quote or a tag): escaped once, here, for the
        # theme templates, which MkDocs renders without autoescape.
        ui={key: escape(value) for key, value in ui.for_language(lang).items()},
        lang=lang,
        ui_fallback=ui_fallback,
        content_lang=facts.content_lang,
        fallback=facts.content_lang != lang,
        lang_prefix=languages.prefix(lang),
        guide_url=relative_url(facts.src_path, translator_guide, facts.use_directory_urls),
        outdated_since=facts.outdated_since,
        diff_url=(
            f"{site_root(facts.src_path, facts.use_directory_urls)}translation-diff.html#{facts.src_path}"
            if facts.preview and facts.outdated_since
            else None
        ),
        last_changed=facts.last_changed,
        alternates=alternates(
            facts.src_path, facts.site_url, languages.prefixes(), languages.default, facts.use_directory_urls
        ),
        offline=facts.offline,
        anchor_redirects=facts.anchor_redirects,
        og_locale=og_locale(lang),
        og_alternates=[og_locale(other) for other in languages.codes if other != lang],
        explorer="explorer" in facts.scripts,
        clauses="clauses" in facts.scripts,
        checklist_data=checklist_data,
        checklist_index=checklist_index,
        version=version,
        build_date=build_date,
    )


def checklist_script_data(catalogue: Catalogue, facts: PageFacts) -> tuple[dict[str, Any] | None, str | None]:
    """What checklists.js reads at start, and where its element index lies when not inlined.

    Online a page carries only the strings (the index cost every checklist page about 10 KiB compressed);
    the script fetches the language's index when a reader needs it. An offline copy, opened from file:// where
    fetch is refused, inlines the index.
    """
    if "checklists" not in facts.scripts:
        return None, None
    data: dict[str, Any] = {"lang": facts.lang, "strings": script_strings(catalogue, facts.lang)}
    if facts.offline:
        data["elements"] = element_index(catalogue, facts.lang, facts.src_path, facts.use_directory_urls)
        return data, None
    return data, site_root(facts.src_path, facts.use_directory_urls) + INDEX_FILE


def absolute_root(site_url: str, languages: SiteLanguages, lang: str) -> str:
    """Absolute address of a language's root on the published site."""
    return (site_url or "/").rstrip("/") + "/" + languages.prefix(lang)

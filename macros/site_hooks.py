"""MkDocs hooks (``hooks:`` in mkdocs.yml): wire our modules into the build events.

- page context: the theme gets our UI strings and whether the page is an English fallback;
- page Markdown: glossary terms of the page language become tooltips;
- post build: the catalogue is published as JSON and CSV in the language just built, and each language gets
  its own search index (captured before static-i18n's next build overwrites it, written after all builds).

Loaded by path, so the project root is put on ``sys.path`` here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parent.parent
if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))

from mkdocs.plugins import CombinedEvent, event_priority  # noqa: E402

from macros.checklist_index import element_index, script_strings  # noqa: E402
from macros.language import content_language, page_language, text_direction  # noqa: E402
from macros.loading import cached_catalogue  # noqa: E402
from macros.publish import Publisher, write_data  # noqa: E402
from macros.search_index import SearchCapture, capture, write  # noqa: E402
from macros.tooltips import abbreviation_block  # noqa: E402

DATA_DIR = PROJECT_DIR / "data"
#: Pages that define the terms themselves get no tooltips.
NO_TOOLTIPS = {"glossary.md"}


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    source = getattr(page.file, "norm_src_uri", page.file.src_uri)
    if source in NO_TOOLTIPS:
        return markdown
    block = abbreviation_block(cached_catalogue(DATA_DIR), content_language(page))
    return f"{markdown}\n\n{block}\n" if block else markdown


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    lang = page_language(page)
    written_in = content_language(page, default=lang)
    context["blma_ui"] = cached_catalogue(DATA_DIR).ui.for_language(lang)
    context["blma_lang"] = lang
    context["blma_dir"] = text_direction(lang)
    context["blma_content_lang"] = written_in
    context["blma_fallback"] = written_in != lang
    context["blma_lang_prefix"] = _languages(config).get(lang, "")
    if 'class="blma-checklist' in (page.content or "") or 'class="blma-assess' in (page.content or ""):
        catalogue = cached_catalogue(DATA_DIR)
        source = getattr(page.file, "norm_src_uri", page.file.src_uri)
        context["blma_checklist_data"] = {
            "lang": lang,
            "strings": script_strings(catalogue, lang),
            "elements": element_index(catalogue, lang, source, bool(config["use_directory_urls"])),
        }
    return context


def _language_root(config: Any) -> tuple[str, str]:
    """The language just built and its folder under site_dir ("" for the default language at the root).

    static-i18n builds every language into the same site_dir, prefixing the files of non-default ones.
    """
    i18n = config["plugins"].get("i18n")
    lang = str(i18n.current_language if i18n else config["theme"]["language"])
    default = str(i18n.default_language if i18n else lang)
    return lang, "" if lang == default else f"{lang}/"


SEARCH = SearchCapture()


def _languages(config: Any) -> dict[str, str]:
    """Every built language and its folder prefix ("" for the default language)."""
    i18n = config["plugins"].get("i18n")
    if not i18n:
        return {str(config["theme"]["language"]): ""}
    default = str(i18n.default_language)
    return {str(lang): "" if lang == default else f"{lang}/" for lang in i18n.build_languages}


@event_priority(100)
def _capture_search(config: Any) -> None:
    lang, prefix = _language_root(config)
    capture(SEARCH, config, lang, prefix)


@event_priority(-100)
def _write_search(config: Any) -> None:
    prefixes = _languages(config)
    write(SEARCH, Path(config["site_dir"]), {lang: prefixes.get(lang, f"{lang}/") for lang in SEARCH.entries})


def _publish_data(config: Any) -> None:
    lang, prefix = _language_root(config)
    publisher = Publisher(
        cached_catalogue(DATA_DIR),
        lang,
        site_url=str(config["site_url"] or "/").rstrip("/") + "/" + prefix,
        use_directory_urls=bool(config["use_directory_urls"]),
    )
    write_data(publisher, Path(config["site_dir"]) / prefix)


on_post_build = CombinedEvent(_capture_search, _publish_data, _write_search)

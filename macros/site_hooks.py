"""MkDocs hooks (``hooks:`` in mkdocs.yml): wire our modules into the build events.

- page context: the theme gets our UI strings and whether the page is an English fallback;
- page Markdown: glossary terms of the page language become tooltips;
- page content: macro output skipped Markdown and goes back in (html_stash); footnote backlinks are titled in
  the page language;
- theme environment: localized dates, inlined head scripts, compiled templates shared by the language builds;
- post build: the catalogue is published as JSON and CSV in the language just built, and each language gets
  its own search index (captured before static-i18n's next build overwrites it, written after all builds).

Loaded by path, so the project root is put on ``sys.path`` here.
"""

from __future__ import annotations

import functools
import shutil
import sys
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parent.parent
if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import CombinedEvent, event_priority  # noqa: E402

from macros.bundle import read_manifest  # noqa: E402
from macros.checklist_index import element_index, script_strings  # noqa: E402
from macros.head import alternates, inline_script, language_prefixes, og_locale  # noqa: E402
from macros.html_stash import restore  # noqa: E402
from macros.language import content_language, localize_footnote_backlinks, long_date, page_language  # noqa: E402
from macros.links import relative_url  # noqa: E402
from macros.loading import cached_catalogue  # noqa: E402
from macros.models import SOURCE_LANGUAGE  # noqa: E402
from macros.print_page import assemble  # noqa: E402
from macros.publish import Publisher, write_data  # noqa: E402
from macros.redirects import Redirects, anchor_map, load_redirects, write_page_redirects  # noqa: E402
from macros.search_index import SearchCapture, capture, write  # noqa: E402
from macros.template_cache import THEME_TEMPLATES  # noqa: E402
from macros.tooltips import abbreviation_block  # noqa: E402
from macros.translations import last_changed, source_hash  # noqa: E402

DATA_DIR = PROJECT_DIR / "data"
#: Material's offline plugin needs the iframe-worker shim; it comes from the pinned npm package, never a CDN.
SHIM_SOURCE = PROJECT_DIR / "node_modules" / "iframe-worker" / "shim" / "index.js"
SHIM_TARGET = "assets/javascripts/iframe-worker/shim.js"
TRANSLATOR_GUIDE = "translating.md"
#: Pages that define the terms themselves get no tooltips.
NO_TOOLTIPS = {"glossary.md"}


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    source = getattr(page.file, "norm_src_uri", page.file.src_uri)
    if source in NO_TOOLTIPS:
        return markdown
    block = abbreviation_block(cached_catalogue(DATA_DIR), content_language(page), markdown)
    return f"{markdown}\n\n{block}\n" if block else markdown


@event_priority(100)
def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """After Markdown, first of all plugins: macro output goes back in (MkDocs learns its anchors) and the
    footnote backlinks get their title in the page's language."""
    restored, ids = restore(html)
    if ids:
        page.present_anchor_ids = (page.present_anchor_ids or set()) | ids
    backlink = cached_catalogue(DATA_DIR).ui.text("footnote_backlink", content_language(page))
    return localize_footnote_backlinks(restored, backlink)


def on_env(env: Any, config: Any, files: Any) -> Any:
    """Theme filters and globals (localized dates, inlined head scripts); compiled templates shared by builds."""
    env.filters["blma_date"] = long_date
    env.globals["blma_inline_script"] = inline_script
    env.bytecode_cache = THEME_TEMPLATES
    return env


def _outdated_since(page: Any, source: str, written_in: str) -> str | None:
    """Date the English changed, if this translated page was made from an older English text."""
    if written_in == SOURCE_LANGUAGE:
        return None
    english = PROJECT_DIR / "docs" / SOURCE_LANGUAGE / source
    recorded = (page.meta or {}).get("source_hash")
    if not english.exists() or recorded is None or recorded == source_hash(english):
        return None
    return last_changed(english)


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    lang = page_language(page)
    written_in = content_language(page, default=lang)
    context["blma_ui"] = cached_catalogue(DATA_DIR).ui.for_language(lang)
    context["blma_lang"] = lang
    # A language added before data/ui.yml is translated: its English labels are announced once per page.
    ui = cached_catalogue(DATA_DIR).ui
    context["blma_ui_fallback"] = ui.root["interface_not_translated"].get(lang) if ui.untranslated(lang) else None
    context["blma_content_lang"] = written_in
    context["blma_fallback"] = written_in != lang
    context["blma_lang_prefix"] = _languages(config).get(lang, "")
    source = getattr(page.file, "norm_src_uri", page.file.src_uri)
    use_directory_urls = bool(config["use_directory_urls"])
    context["blma_guide_url"] = relative_url(source, TRANSLATOR_GUIDE, use_directory_urls)
    context["blma_outdated_since"] = _outdated_since(page, source, written_in)
    written = PROJECT_DIR / "docs" / written_in / source
    context["blma_last_changed"] = last_changed(written) if written.exists() else None
    configured, default = _configured_languages(config)
    context["blma_alternates"] = alternates(
        source, str(config["site_url"] or "/"), configured, default, use_directory_urls
    )
    # Offline copies carry no hreflang links: Material fetches sitemap.xml next to each, which would leave the machine.
    context["blma_offline"] = _offline(config)
    context["blma_anchor_redirects"] = anchor_map(_redirects(), source)
    context["blma_og_locale"] = og_locale(lang)
    context["blma_og_alternates"] = [og_locale(other) for other in configured if other != lang]
    content = page.content or ""
    # Page scripts only where their component is: most pages need neither (overrides/main.html).
    context["blma_explorer"] = 'id="practice-filter"' in content
    if 'class="blma-checklist' in content or 'class="blma-assess' in content:
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


def _redirects() -> Redirects:
    path = DATA_DIR / "redirects.yml"
    return _redirects_as_of(path.stat().st_mtime_ns if path.exists() else 0)


@functools.cache
def _redirects_as_of(mtime_ns: int) -> Redirects:
    """Read once per version of the file, not once per page."""
    return load_redirects(DATA_DIR / "redirects.yml", PROJECT_DIR / "docs" / SOURCE_LANGUAGE)


#: The 404 page of each language, captured before the next language's build overwrites site/404.html.
NOT_FOUND: dict[str, bytes] = {}


def _offline(config: Any) -> bool:
    plugin = config["plugins"].get("material/offline") or config["plugins"].get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(10)
def on_config(config: Any) -> Any:
    """Before the offline plugin adds its CDN URL for the shim, give it the local copy instead."""
    if _offline(config):
        polyfills = [p for p in config["extra"].get("polyfills", []) if "iframe-worker" not in p]
        config["extra"]["polyfills"] = [*polyfills, SHIM_TARGET]
    return config


def _languages(config: Any) -> dict[str, str]:
    """Every built language and its folder prefix ("" for the default language)."""
    i18n = config["plugins"].get("i18n")
    if not i18n:
        return {str(config["theme"]["language"]): ""}
    default = str(i18n.default_language)
    return {str(lang): "" if lang == default else f"{lang}/" for lang in i18n.build_languages}


def _configured_languages(config: Any) -> tuple[dict[str, str], str]:
    """Every language in the i18n config (built or not) with its prefix, and the source language."""
    i18n = config["plugins"].get("i18n")
    if not i18n:
        lang = str(config["theme"]["language"])
        return {lang: ""}, lang
    source = next(str(item.locale) for item in i18n.config.languages if item.locale == "en" or item.default)
    return language_prefixes([str(item.locale) for item in i18n.config.languages], source), source


@event_priority(100)
def _capture_search(config: Any) -> None:
    lang, prefix = _language_root(config)
    capture(SEARCH, config, lang, prefix)
    not_found = Path(config["site_dir"]) / "404.html"
    if not_found.exists():
        NOT_FOUND[lang] = not_found.read_bytes()
    if _offline(config):
        if not SHIM_SOURCE.exists():
            raise PluginError("offline build needs node_modules/iframe-worker: run `npm ci` (make bundle does)")
        target = Path(config["site_dir"]) / SHIM_TARGET
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHIM_SOURCE, target)


@event_priority(-100)
def _write_search(config: Any) -> None:
    prefixes = _languages(config)
    site_dir = Path(config["site_dir"])
    write(SEARCH, site_dir, {lang: prefixes.get(lang, f"{lang}/") for lang in SEARCH.entries})
    for lang, page in NOT_FOUND.items():  # one 404 page per language, each in its own folder
        target = site_dir / prefixes.get(lang, f"{lang}/") / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page)


def _copy_bundles(config: Any) -> None:
    """Online builds serve the zips that `make bundle` wrote, from /downloads/ (offline copies do not)."""
    if _offline(config) or _language_root(config)[1]:
        return
    dist = PROJECT_DIR / "dist"
    for bundle in read_manifest(dist):
        target = Path(config["site_dir"]) / "downloads" / bundle.file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(dist / bundle.file, target)


def _assemble_print_page(config: Any) -> None:
    _lang, prefix = _language_root(config)
    assemble(Path(config["site_dir"]) / prefix, bool(config["use_directory_urls"]))


def _write_redirects(config: Any) -> None:
    _lang, prefix = _language_root(config)
    root = Path(config["site_dir"]) / prefix
    write_page_redirects(_redirects(), root, bool(config["use_directory_urls"]))


def _publish_data(config: Any) -> None:
    lang, prefix = _language_root(config)
    publisher = Publisher(
        cached_catalogue(DATA_DIR),
        lang,
        site_url=str(config["site_url"] or "/").rstrip("/") + "/" + prefix,
        use_directory_urls=bool(config["use_directory_urls"]),
    )
    write_data(publisher, Path(config["site_dir"]) / prefix)


on_post_build = CombinedEvent(
    _capture_search, _assemble_print_page, _publish_data, _write_redirects, _copy_bundles, _write_search
)

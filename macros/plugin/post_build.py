"""What the plugin does after each language build: the print page, open data, the clause Word document, the
preview's diff report, page redirects and the bundles served online. Each step takes the plugin (its state)
and the config; ``BlmaPlugin.on_post_build`` runs them in order."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from ..catalogue.downloads import read_manifest
from ..l10n.history import History
from ..render.checklist_index import INDEX_FILE, root_index
from ..render.links import page_url
from ..render.page_context import absolute_root
from ..render.renderer import make_environment
from . import clause_document, preview
from .print_page import assemble, fill
from .publish import Publisher, write_data
from .redirects import write_page_redirects
from .search_index import capture, write
from .site_config import nav_pages, offline

#: Material's offline plugin needs the iframe-worker shim; it comes from the pinned npm package, never a CDN.
SHIM_SOURCE = Path("node_modules") / "iframe-worker" / "shim" / "index.js"
SHIM_TARGET = "assets/javascripts/iframe-worker/shim.js"

if TYPE_CHECKING:
    from .plugin import BlmaPlugin


def assemble_print_page(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    """Not in a preview, which rebuilds only the pages that changed: there the print page says so."""
    lang, root = plugin.language_folder(config)
    directory_urls = bool(config.use_directory_urls)
    if preview.active():
        note = plugin.catalogue.ui.text("print_preview_note", lang)
        fill(root, directory_urls, plugin.config.print_page, f'<p class="blma-preview-note">{escape(note)}</p>')
        return
    chapters = print_chapters(plugin, config)
    assemble(root, directory_urls, plugin.config.print_page, chapters)


def print_chapters(plugin: BlmaPlugin, config: MkDocsConfig) -> list[str]:
    """The configured print chapters in nav order; one that is not in the nav is a config error."""
    nav_order = [item for item in nav_pages(config.nav or []) if item in set(plugin.config.print_chapters)]
    missing = sorted(set(plugin.config.print_chapters) - set(nav_order))
    if missing:
        raise PluginError(f"blma print_chapters not in the nav: {', '.join(missing)}")
    return nav_order


def publish_data(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    lang, root = plugin.language_folder(config)
    publisher = Publisher(
        plugin.catalogue,
        lang,
        site_url=absolute_root(str(config.site_url or "/"), plugin.languages, lang),
        use_directory_urls=bool(config.use_directory_urls),
    )
    write_data(publisher, root)
    if not offline(config):  # offline pages inline the index: file:// refuses checklists.js's fetch
        index = root_index(plugin.catalogue, lang, bool(config.use_directory_urls))
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))  # fixed order: same bytes each build
        (root / INDEX_FILE).write_text(text + "\n", encoding="utf-8")


def write_clause_doc(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    """The clause bank in Word, under the language just built, dated like the build (reproducible)."""
    lang, root = plugin.language_folder(config)
    if not plugin.catalogue.clauses:
        return
    history = plugin.history or History(plugin.project_dir)
    built = datetime.fromisoformat(history.last_changed(plugin.data_dir / "clauses.yml"))
    page = absolute_root(str(config.site_url or "/"), plugin.languages, lang) + page_url("clauses.md", True)
    target = root / clause_document.FOLDER / clause_document.document_name(lang)
    kept = plugin.project_dir / ".cache" / "docx"  # a build (or a preview's rebuild) with the same clauses copies
    clause_document.write_kept_document(plugin.catalogue, lang, target, page, built, plugin.data_dir, kept)


def write_diff_report(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    """Preview only: what changed in the English behind this language's outdated pages, beside the pages."""
    lang, root = plugin.language_folder(config)
    if preview.active() and lang != plugin.languages.default:
        tools = make_environment(plugin.project_dir / "overrides" / "partials" / "tools")
        history = plugin.history or History(plugin.project_dir)
        plugin.preview.write_diff_report(plugin.project_dir, lang, root, tools, history)


def write_redirects(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    _lang, root = plugin.language_folder(config)
    write_page_redirects(plugin.redirects, root, bool(config.use_directory_urls))


def copy_bundles(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    """Online builds serve the zips that `make bundle` wrote, from /downloads/ (offline copies do not)."""
    if offline(config) or plugin.current_language(config) != plugin.languages.default:
        return
    dist = plugin.project_dir / "dist"
    for bundle in read_manifest(dist):
        target = Path(config.site_dir) / "downloads" / bundle.file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(dist / bundle.file, target)


@event_priority(100)
def capture_search(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    """First after each language build: its search entries and 404 page, before the next build overwrites them."""
    lang = plugin.current_language(config)
    capture(plugin.search, config, lang, plugin.languages.prefix(lang))
    not_found = Path(config.site_dir) / "404.html"
    if not_found.exists():
        plugin.not_found[lang] = not_found.read_bytes()
    if offline(config):
        shim = plugin.project_dir / SHIM_SOURCE
        if not shim.exists():
            raise PluginError("offline build needs node_modules/iframe-worker: run `npm ci` (make bundle does)")
        target = Path(config.site_dir) / SHIM_TARGET
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shim, target)


@event_priority(-100)
def write_search(plugin: BlmaPlugin, config: MkDocsConfig) -> None:
    """After every language is built: each language's own search index and 404 page, in its folder."""
    site_dir = Path(config.site_dir)
    write(plugin.search, site_dir, plugin.languages.prefixes(plugin.search.entries))
    for lang, page in plugin.not_found.items():
        target = site_dir / plugin.languages.prefix(lang) / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page)

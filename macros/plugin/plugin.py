"""The site's MkDocs plugin (``blma``, registered by entry point): wires the catalogue and views into the build.

static-i18n runs one complete build per language with this same instance, so what must survive from one
language build to the next (search entries, 404 pages) lives on the instance, never in module globals.
"""

from __future__ import annotations

import functools
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..catalogue.loader import Catalogue, fingerprint, load_catalogue
from ..catalogue.problems import DataError
from ..l10n.history import History, outdated_since
from ..l10n.languages import SiteLanguages
from ..l10n.names import localize_link_titles, long_date
from ..render.head import inline_script
from ..render.macros import MACROS
from ..render.page_context import PageFacts, absolute_root, theme_context
from ..render.renderer import PageContext, Renderer, View, make_environment, page_scripts
from ..render.stash import Stash
from ..render.tooltips import glossary_term_links
from . import post_build, preview
from .config import BlmaConfig
from .incremental import Incremental
from .live_reload import polling_often
from .own_assets import minify_own_assets, write_theme_stylesheet
from .page_policy import enforce_page_policy, leftover_problems, macro_call_error
from .preview import PreviewFeedback
from .redirects import Redirects, anchor_map, load_redirects
from .search_index import SearchCapture, empty_index_when_disabled
from .site_config import escape_config_texts, homes_on_not_found, offline
from .template_cache import ThemeBytecodeCache
from .theme_css import relink, theme_stylesheet
from .theme_files import list_theme_once, warm_theme_listing
from .theme_script import material_script
from .toc import add_generated_headings


def source_path(page: Page) -> str:
    """The language-neutral source path of a page (``phases/negotiation.md``)."""
    return str(getattr(page.file, "norm_src_uri", page.file.src_uri))


class BlmaPlugin(BasePlugin[BlmaConfig]):  # type: ignore[no-untyped-call]
    """Catalogue, page context, tooltips, stash, open data, per-language search, print page, redirects."""

    def __init__(self) -> None:
        self.search = SearchCapture()
        self.not_found: dict[str, bytes] = {}  # each language's 404 page, before the next build overwrites it
        self.stash = Stash()
        self.templates = ThemeBytecodeCache()  # theme templates compiled once, kept in .cache/jinja
        self.page_scripts: dict[str, set[str]] = {}  # page -> scripts its views declared, this language build
        self._catalogue: tuple[object, Catalogue] | None = None
        self._catalogue_checked = False  # the data files looked at in this build
        self.languages = SiteLanguages(())
        self.history: History | None = None
        self.project_dir = Path.cwd()
        self._built_project: Path | None = None  # the project of the last build in this process
        self.preview = PreviewFeedback()  # `make serve`: warnings and English changes shown in the pages
        self.incremental = Incremental()  # `make serve`: pages rebuilt only when they (or data, templates) changed
        self.dirty_serve = False

    # -- shared state ------------------------------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return self.project_dir / self.config.data_dir

    @property
    def catalogue(self) -> Catalogue:
        """Validated once, reloaded only when a data file changed (``mkdocs serve``); the files are looked at
        once per build, not at each of the hundreds of macro calls and pages that ask."""
        if self._catalogue is not None and self._catalogue_checked:
            return self._catalogue[1]
        current = (fingerprint(self.data_dir), self.languages.required)
        self._catalogue_checked = True
        if self._catalogue is None or self._catalogue[0] != current:
            try:
                catalogue = load_catalogue(self.data_dir, self.languages.required)
            except DataError as error:
                raise PluginError(str(error)) from None  # MkDocs prints the problems, not a traceback
            self._catalogue = (current, catalogue)
        return self._catalogue[1]

    @functools.cached_property
    def redirects(self) -> Redirects:
        return load_redirects(self.data_dir / "redirects.yml", self.project_dir / "docs" / self.languages.default)

    def current_language(self, config: MkDocsConfig) -> str:
        i18n = config.plugins.get("i18n")
        return str(getattr(i18n, "current_language", None) or self.languages.default)

    def render_macro(self, view: View, page: Page, config: MkDocsConfig, *args: Any, **kwargs: Any) -> Markup:
        """Render a view for ``page`` (a macro call), note the scripts it needs, and keep its HTML out of
        Markdown's way (the stash)."""
        source = source_path(page)
        lang = self.languages.page_language(page)
        context = PageContext(
            lang=lang,
            src_path=source,
            use_directory_urls=bool(config.use_directory_urls),
            language_root=absolute_root(str(config.site_url or "/"), self.languages, lang),
            language_prefix=self.languages.prefix(lang),
            offline=offline(config),
            dist_dir=self.project_dir / "dist",
        )
        renderer = Renderer(self.catalogue, context, self.partials())
        try:
            html = view(renderer, *args, **kwargs)
        except (LookupError, ValueError, TypeError) as error:
            raise macro_call_error(page, view.__name__, error) from None
        self.page_scripts.setdefault(source, set()).update(page_scripts(view))
        return self.stash.put(html)

    def warm_up(self, config: MkDocsConfig) -> None:
        """Before ``blma build`` forks one process per language: git's dates, the catalogue, the theme's files
        and its trimmed stylesheet, read once."""
        self._start(config, new_site=True)
        self.history = self.history or History(self.project_dir)
        self.history.newest()
        _ = self.catalogue
        warm_theme_listing(config)
        theme_stylesheet(config.theme.dirs)

    def _start(self, config: MkDocsConfig, new_site: bool = False) -> None:
        """At each build. MkDocs keeps this instance for the whole process (it defines ``on_startup``), so what
        belongs to one project is forgotten when another is built (tests build copies in one process), and what
        belongs to one site build (each language's search entries and 404 page) when a new one starts: not
        inside static-i18n's nested language builds (its ``building`` flag), nor in a forked language build,
        which keeps what ``warm_up`` gave it."""
        project_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        if project_dir != self._built_project:
            self.history, self._catalogue = None, None
            self.incremental = Incremental()
            self.__dict__.pop("redirects", None)
        self.project_dir = self._built_project = project_dir
        self.languages = SiteLanguages.from_config(config)
        self._catalogue_checked = False
        if new_site or not getattr(config.plugins.get("i18n"), "building", False):
            self.search, self.not_found = SearchCapture(), {}

    def partials(self) -> Environment:
        """The environment of our partials, compiled once and kept with the theme's compiled templates."""
        return make_environment(self.project_dir / self.config.partials_dir, self.templates)

    # -- events ------------------------------------------------------------------------------------------
    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this event keeps the instance, and its caches, across ``mkdocs serve`` rebuilds."""
        self.dirty_serve = command == "serve" and dirty

    @event_priority(100)  # first: other plugins' watches go to the server returned here
    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        return polling_often(server, config)

    @event_priority(-200)  # after static-i18n has given the files their language's addresses
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self.dirty_serve:
            self.__dict__.pop("redirects", None)
            shared = [self.data_dir, self.project_dir / "overrides"]
            self.incremental.prepare(files, shared, self.current_language(config))
        return files

    @event_priority(10)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Languages from the i18n block; data validated before any page renders; the offline shim is local."""
        self._start(config)
        self.history = self.history or History(self.project_dir)
        self.templates.directory = self.project_dir / ".cache" / "jinja"
        self.page_scripts = {}
        # The footer's edition line: the installed package's version and the last commit's date, like the
        # bundles' names (reproducible); today's date outside a git checkout. Same git query as page dates.
        built = self.history.newest() or date.today().isoformat()
        self.edition = (metadata.version("blma-guidance-site"), built)
        self.preview.start()
        empty_index_when_disabled(config)
        list_theme_once(config)
        _ = self.catalogue  # a broken record stops the build here
        if offline(config):
            polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in p]
            config.extra["polyfills"] = [*polyfills, post_build.SHIM_TARGET]
        return config

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """The trimmed theme stylesheet linked; in a preview, the build's warnings at the top of every page."""
        output = relink(output, theme_stylesheet(config.theme.dirs))
        return self.preview.with_banner(output, self.partials())

    def on_post_template(self, output: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        return relink(output, theme_stylesheet(config.theme.dirs))

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """The page policy first (before any macro runs); titles escaped for Material's templates."""
        enforce_page_policy(markdown, page, MACROS, self.config.allowed_html)
        for key in ("title", "description"):  # rendered by Material's templates too, which do not escape
            if isinstance(page.meta.get(key), str):
                page.meta[key] = escape(page.meta[key])
        return markdown

    @event_priority(100)
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """After Markdown, first of all plugins: macro output goes back in (MkDocs learns its anchors), glossary
        terms in prose link to their entry, footnote backlinks and permalinks get titles in the page's language."""
        restored, ids = self.stash.restore(html)
        if ids:
            page.present_anchor_ids = (page.present_anchor_ids or set()) | ids
            add_generated_headings(page.toc, restored, ids)
        written_in = self.languages.content_language(page)
        leftovers = leftover_problems(restored, page.file.content_string, f"docs/{page.file.src_path}")
        if leftovers:
            raise PluginError("broken page:\n" + "\n".join(f"  {problem}" for problem in leftovers))
        if source_path(page) not in self.config.no_tooltips:
            # Terms as the page is written (English on a fallback page), linked to the glossary of its section.
            directory_urls = bool(config.use_directory_urls)
            restored = glossary_term_links(
                restored, self.catalogue, written_in, source_path(page), directory_urls, self.partials()
            )
        ui = self.catalogue.ui
        backlink, permalink = ui.text("footnote_backlink", written_in), ui.text("permalink_title", written_in)
        return localize_link_titles(restored, backlink, permalink)

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        """Theme filters and globals (localized dates, inlined head scripts, Material's script); compiled templates
        shared by builds."""
        scripts_dir = self.project_dir / self.config.scripts_dir
        env.filters["blma_date"] = long_date
        env.globals["blma_inline_script"] = functools.partial(inline_script, scripts_dir=scripts_dir)
        env.globals["blma_theme_script"] = material_script(config.theme.dirs)  # loaded on demand (main.html)
        env.bytecode_cache = self.templates
        return env

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        escape_config_texts(config)
        source = source_path(page)
        lang = self.languages.page_language(page)
        written_in = self.languages.content_language(page)
        written = self.project_dir / "docs" / written_in / source
        history = self.history or History(self.project_dir)
        facts = PageFacts(
            src_path=source,
            lang=lang,
            content_lang=written_in,
            site_url=str(config.site_url or "/"),
            use_directory_urls=bool(config.use_directory_urls),
            # Offline copies carry no hreflang links: Material fetches sitemap.xml next to each.
            offline=offline(config),
            scripts=frozenset(self.page_scripts.get(source, ())),
            outdated_since=outdated_since(self.project_dir, self.languages.default, page, source, written_in, history),
            last_changed=history.last_changed(written) if written.exists() else None,
            anchor_redirects=anchor_map(self.redirects, source),
            preview=preview.active(),
        )
        version, built = self.edition
        theme = theme_context(
            self.catalogue, self.languages, facts, self.config.translator_guide, version=version, build_date=built
        )
        context.update(theme.as_template_globals())  # type: ignore[typeddict-item]
        return context

    @event_priority(-100)  # after static-i18n
    def on_template_context(
        self, context: TemplateContext, /, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        """The 404 page of each language offers each language's home (``site_config.homes_on_not_found``)."""
        if template_name == "404.html":
            homes_on_not_found(config, self.languages)
        return context

    # -- after each language build -------------------------------------------------------------------------
    def language_folder(self, config: MkDocsConfig) -> tuple[str, Path]:
        lang = self.current_language(config)
        return lang, Path(config.site_dir) / self.languages.prefix(lang)

    on_post_build = CombinedEvent(
        post_build.capture_search,
        post_build.assemble_print_page,
        post_build.publish_data,
        post_build.write_clause_doc,
        post_build.write_diff_report,
        post_build.write_redirects,
        post_build.copy_bundles,
        minify_own_assets,
        write_theme_stylesheet,
        post_build.write_search,
    )

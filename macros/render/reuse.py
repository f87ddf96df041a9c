"""What others reuse: embed snippets for the Knowledge Platform and the open-data endpoints of a language."""

from __future__ import annotations

from urllib.parse import urlsplit

from markupsafe import Markup

from ..catalogue.published import DOCUMENTS
from .links import page_url, site_root
from .renderer import Renderer, view


def absolute(renderer: Renderer, src_path: str, embed: str | None = None) -> str:
    """A page's published address in the page language, with the embed query."""
    query = "?embed" + (f"={embed}" if embed else "")
    return f"{renderer.page.language_root}{page_url(src_path, True)}{query}"


@view()
def embed_snippet(renderer: Renderer, page: str, element: str | None = None) -> Markup:
    """An iframe for a whole page (``element`` None) or one checklist or practice example."""
    if element:
        kind = element.split("-", 1)[0]
        if kind not in {"checklist", "practice", "term"}:
            raise ValueError(f"embed element {element!r} must be a checklist-, practice- or term- anchor")
    title = renderer.text(renderer.catalogue.ui.root["embed_frame_title"]).text
    src = absolute(renderer, page, element)
    return renderer.render("embed_snippet.html", src=src, title=title, local=is_local(src))


def is_local(url: str) -> bool:
    """A local build's address (SITE_URL unset): its snippets must say they are not the published ones."""
    return (urlsplit(url).hostname or "") in {"127.0.0.1", "localhost", "::1"}


@view()
def embed_listener(renderer: Renderer) -> Markup:
    """The parent page's script that sizes embedded frames."""
    parts = urlsplit(renderer.page.language_root)
    return renderer.render("embed_listener.html", origin=f"{parts.scheme}://{parts.netloc}")


@view()
def open_data(renderer: Renderer) -> Markup:
    """The open-data files of the page's language with their schemas."""
    catalogue = renderer.catalogue
    counts = {
        "core-elements": len(catalogue.core_elements),
        "practices": len(catalogue.practices),
        "instruments": len(catalogue.instruments),
        "glossary": len(catalogue.glossary),
    }
    datasets = [(name, renderer.ui[f"dataset_{name.replace('-', '_')}"], counts[name]) for name in DOCUMENTS]
    # The data sits under the page language's root, so the path stops at that root.
    root = site_root(renderer.page.src_path, renderer.page.use_directory_urls, "")
    return renderer.render("open_data.html", datasets=datasets, root=root, absolute=renderer.page.language_root)

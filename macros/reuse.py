"""What others reuse: embed snippets for the Knowledge Platform and the open-data endpoints of a language."""

from __future__ import annotations

from urllib.parse import urlsplit

from markupsafe import Markup

from .links import page_url, site_root
from .publish_models import DOCUMENTS
from .rendering import Renderer


class ReuseRenderer(Renderer):
    """Needs the absolute address of the page language's root (``site_url`` plus language prefix)."""

    language_root: str = "/"

    def absolute(self, src_path: str, embed: str | None = None) -> str:
        query = "?embed" + (f"={embed}" if embed else "")
        return f"{self.language_root}{page_url(src_path, True)}{query}"

    def embed_snippet(self, src_path: str, element: str | None = None) -> Markup:
        """An iframe for a whole page (``element`` None) or one checklist or practice example."""
        if element:
            kind = element.split("-", 1)[0]
            if kind not in {"checklist", "practice", "term"}:
                raise ValueError(f"embed element {element!r} must be a checklist-, practice- or term- anchor")
        title = self.text(self.catalogue.ui.root["embed_frame_title"]).text
        return self._render("embed_snippet.html", src=self.absolute(src_path, element), title=title)

    def embed_listener(self) -> Markup:
        parts = urlsplit(self.language_root)
        return self._render("embed_listener.html", origin=f"{parts.scheme}://{parts.netloc}")

    def open_data(self) -> Markup:
        counts = {
            "core-elements": len(self.catalogue.core_elements),
            "practices": len(self.catalogue.practices),
            "instruments": len(self.catalogue.instruments),
            "glossary": len(self.catalogue.glossary),
        }
        datasets = [(name, self.ui[f"dataset_{name.replace('-', '_')}"], counts[name]) for name in DOCUMENTS]
        # The data sits under the page language's root, so the path stops at that root.
        root = site_root(self.page.src_path, self.page.use_directory_urls, "")
        return self._render("open_data.html", datasets=datasets, root=root, absolute=self.language_root)

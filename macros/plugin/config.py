"""The plugin's own settings (``plugins: - blma:`` in mkdocs.yml), typed like MkDocs' and Material's."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class BlmaConfig(base.Config):  # type: ignore[no-untyped-call]
    """Where the data and partials are, and which pages make up the print page (in nav order)."""

    data_dir = c.Type(str, default="data")
    partials_dir = c.Type(str, default="overrides/partials/blma")
    scripts_dir = c.Type(str, default="overrides/assets/javascripts")
    translator_guide = c.Type(str, default="translating.md")
    print_page = c.Type(str, default="print.md")
    #: Pages assembled on the print page; their order is the nav's, and each must be in the nav.
    print_chapters = c.ListOfItems(c.Type(str), default=[])
    #: Raw HTML that the project's own pages need (the page policy refuses other raw HTML elements).
    allowed_html = c.ListOfItems(c.Type(str), default=[])
    #: Pages that define the glossary terms themselves get no tooltips.
    no_tooltips = c.ListOfItems(c.Type(str), default=["glossary.md"])

"""MkDocs hook: gives the theme templates our UI strings and the page's translation status.

Theme templates (``overrides/main.html``) cannot call macros, so this hook adds, per page, the strings of
``data/ui.yml`` in the page language and whether the page is an English fallback under another language.
Loaded by path from ``mkdocs.yml`` (``hooks:``), so it puts the project root on ``sys.path`` itself.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parent.parent
if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))

from macros.language import content_language, page_language, text_direction  # noqa: E402
from macros.loading import cached_catalogue  # noqa: E402


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    lang = page_language(page)
    written_in = content_language(page, default=lang)
    context["blma_ui"] = cached_catalogue(PROJECT_DIR / "data").ui.for_language(lang)
    context["blma_lang"] = lang
    context["blma_dir"] = text_direction(lang)
    context["blma_content_lang"] = written_in
    context["blma_fallback"] = written_in != lang
    return context

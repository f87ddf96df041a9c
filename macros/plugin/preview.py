"""What a preview (``make serve``: BLMA_PREVIEW=true, strict off) shows a translator in the page itself: the
warnings that would fail the strict build, and what changed in the English behind outdated pages."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from jinja2 import Environment

from ..catalogue.loader import fingerprint
from ..l10n.diff import ItemDiff, outdated_page_diffs, outdated_record_diffs
from ..l10n.history import History

#: The report of English changes, under each language root (linked from the outdated notice).
DIFF_REPORT = "translation-diff.html"
BODY = re.compile(r"(<body[^>]*>)")
#: What MkDocs says at every incremental rebuild (``blma serve`` asks for them).
DIRTY_BUILD_WARNING = "A 'dirty' build is being performed"


def active() -> bool:
    return os.environ.get("BLMA_PREVIEW") == "true"


class _Collect(logging.Handler):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(level=logging.WARNING)
        self.problems = problems

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not message.startswith(DIRTY_BUILD_WARNING):  # the preview's own choice, not the translator's problem
            self.problems.append(message)


class PreviewFeedback:
    """MkDocs' warnings of the build under way, and the diff report; nothing at all outside a preview."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._handler: logging.Handler | None = None
        self._record_diffs: tuple[tuple[str, object], list[ItemDiff]] | None = None

    def start(self) -> None:
        """At each language build: forget the last build's warnings, and listen (once) for this one's."""
        self.problems.clear()
        if active() and self._handler is None:
            self._handler = _Collect(self.problems)
            logging.getLogger("mkdocs").addHandler(self._handler)

    def with_banner(self, output: str, partials: Environment) -> str:
        """The page with the warnings at the top, where a translator looks instead of at a stale preview."""
        if not self.problems:
            return output
        banner = partials.get_template("preview_problems.html").render(problems=self.problems)
        return BODY.sub(lambda match: match.group(1) + banner, output, count=1)

    def write_diff_report(self, project_dir: Path, lang: str, root: Path, tools: Environment, history: History) -> None:
        """What changed in the English behind this language's outdated pages, beside the pages. The data texts'
        part is computed again only when ``data/`` changed (it reads every record and their git revisions)."""
        key = (lang, fingerprint(project_dir / "data"))
        if self._record_diffs is None or self._record_diffs[0] != key:
            self._record_diffs = (key, outdated_record_diffs(project_dir, lang))
        diffs = outdated_page_diffs(project_dir, lang, history=history) + self._record_diffs[1]
        html = tools.get_template("translation_diff.html").render(lang=lang, diffs=diffs)
        (root / DIFF_REPORT).write_text(html, encoding="utf-8")

"""Translations mirror English: same pages, heading ids, macro calls and footnotes, comparable length.

Comparing structure catches a translation that drifted; comparing length catches a summary passed off as a
translation.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import DOCS_DIR

TRANSLATIONS = ("fr", "es")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
HEADING_ID = re.compile(r"\{\s#([a-z0-9-]+)\s*\}$")
MACRO_CALL = re.compile(r"\{\{.*?\}\}")
FOOTNOTE_LABEL = re.compile(r"\[\^([^\]]+)\]:")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# Words of the prose only: no macro calls, footnote definitions, link targets or markup.
NOISE = re.compile(r"\{\{.*?\}\}|\{\s#[^}]*\}|^\[\^[^\]]+\]:.*$|\]\([^)]*\)|<[^>]+>|https?://\S+", re.M)

ENGLISH_PAGES = sorted(p.relative_to(DOCS_DIR / "en").as_posix() for p in (DOCS_DIR / "en").rglob("*.md"))


def body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return FRONT_MATTER.sub("", text, count=1)


def headings(text: str) -> list[tuple[int, str | None]]:
    found, in_fence = [], False
    for line in text.splitlines():
        if line.startswith(("```", "~~~")):
            in_fence = not in_fence
        if not in_fence and (match := HEADING.match(line)):
            id_match = HEADING_ID.search(match.group(2))
            found.append((len(match.group(1)), id_match.group(1) if id_match else None))
    return found


def words(text: str) -> int:
    return len(NOISE.sub(" ", text).split())


@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_every_heading_has_an_explicit_id(page: str) -> None:
    for lang in ("en", *TRANSLATIONS):
        path = DOCS_DIR / lang / page
        if path.exists():
            missing = [level for level, heading_id in headings(body(path)) if heading_id is None]
            assert missing == [], f"{lang}/{page}: headings without {{ #id }}"
            assert "{#" not in body(path), f"{lang}/{page}: '{{#' opens a Jinja comment; write '{{ #id }}'"


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_translation_mirrors_english(page: str, lang: str) -> None:
    english, translated = DOCS_DIR / "en" / page, DOCS_DIR / lang / page
    assert translated.exists(), f"{lang}/{page} is missing"
    source, target = body(english), body(translated)
    assert headings(target) == headings(source), "heading levels and ids differ"
    assert MACRO_CALL.findall(target) == MACRO_CALL.findall(source), "macro calls differ"
    assert FOOTNOTE_LABEL.findall(target) == FOOTNOTE_LABEL.findall(source), "footnotes differ"


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_translation_is_of_comparable_length(page: str, lang: str) -> None:
    source, target = words(body(DOCS_DIR / "en" / page)), words(body(DOCS_DIR / lang / page))
    # French and Spanish run 5 to 30 % longer than English; far shorter means a summary.
    assert 0.85 <= target / source <= 1.6, f"{lang}/{page}: {target} words for {source} in English"


@pytest.mark.parametrize("lang", ("en", *TRANSLATIONS))
@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_front_matter_parses_with_title_and_description(page: str, lang: str) -> None:
    """A ': ' inside an unquoted value makes MkDocs drop the whole front matter silently (and macros with it)."""
    path = DOCS_DIR / lang / page
    if not path.exists():
        pytest.skip(f"{lang}/{page} is missing (reported by the mirror test)")
    match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    assert match, "no front matter"
    meta = yaml.safe_load(match.group(0).strip("-\n"))
    assert isinstance(meta, dict) and meta.get("title") and meta.get("description")
    assert len(meta["description"]) <= 240
    uses_macros = bool(MACRO_CALL.search(re.sub(r"`[^`]*`", "", body(path))))  # code spans only show syntax
    assert meta.get("render_macros", False) is uses_macros, "render_macros must be true exactly when macros are called"


def test_language_trees_hold_the_same_pages() -> None:
    for lang in TRANSLATIONS:
        pages = sorted(p.relative_to(DOCS_DIR / lang).as_posix() for p in (DOCS_DIR / lang).rglob("*.md"))
        assert pages == ENGLISH_PAGES, lang


STOPWORDS = {
    "en": {"the", "and", "of", "to", "is", "that", "for", "with", "are", "this", "be", "by", "which", "from", "should"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "est", "que", "pour", "dans", "sur", "par", "qui", "aux"},
    "es": {"el", "la", "los", "las", "y", "del", "una", "es", "que", "para", "en", "por", "con", "se", "al"},
}
PROSE_NOISE = re.compile(r"\*[^*]+\*|`[^`]*`|\[\^[^\]]+\]|\]\([^)]*\)|https?://\S+|\{[^}]*\}")


def paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text)
    return [block for block in blocks if not block.lstrip().startswith(("#", "|", "```", "[^", "{{", "!!!", "<"))]


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_no_english_paragraph_left_in_a_translation(page: str, lang: str) -> None:
    """A simple stop-word detector over paragraphs: English titles in italics and code are ignored."""
    path = DOCS_DIR / lang / page
    english_like = []
    for paragraph in paragraphs(body(path)):
        words = re.findall(r"[a-záéíóúñçàèêëîïôûüœ']+", PROSE_NOISE.sub(" ", paragraph).lower())
        if len(words) < 12:
            continue
        english = sum(word in STOPWORDS["en"] for word in words)
        target = sum(word in STOPWORDS[lang] for word in words)
        if english > target:
            english_like.append(paragraph[:80])
    assert english_like == [], f"{lang}/{page}: paragraphs that read as English"


def test_ui_strings_exist_for_every_language() -> None:
    ui = yaml.safe_load((DOCS_DIR.parent / "data" / "ui.yml").read_text(encoding="utf-8"))
    incomplete = [key for key, texts in ui.items() if any(not texts.get(lang) for lang in ("en", *TRANSLATIONS))]
    assert incomplete == []

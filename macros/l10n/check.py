"""``blma check LANG``: what a translator can break, found in seconds, in plain words with file and line.

Compares each translated page with its English source: front matter, heading ids, macro calls, footnote
labels and definitions, link targets; finds English left in paragraphs and list items, and ruled-out terms.
No build, no browser: the translator guide's own check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..plugin.page_policy import front_matter_problem
from .history import FRONT_MATTER, split_front_matter
from .terminology import load_rules, scan_text

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
HEADING_ID = re.compile(r"\{\s#([a-z0-9-]+)\s*\}\s*$")
MACRO_CALL = re.compile(r"\{\{.*?\}\}")
FOOTNOTE_DEFINITION = re.compile(r"^\[\^([^\]]+)\]:", re.M)
FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\]]+)\](?!:)")
LINK_TARGET = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
CODE_SPAN = re.compile(r"`[^`]*`")
PROSE_NOISE = re.compile(r"\*[^*]+\*|`[^`]*`|\[\^[^\]]+\]|\]\([^)]*\)|https?://\S+|\{[^}]*\}")
STOPWORDS = {
    "en": {"the", "and", "of", "to", "is", "that", "for", "with", "are", "this", "be", "by", "which", "from", "should"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "est", "que", "pour", "dans", "sur", "par", "qui", "aux"},
    "es": {"el", "la", "los", "las", "y", "del", "una", "es", "que", "para", "en", "por", "con", "se", "al"},
}


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Page:
    """A page's lines with their numbers in the file, front matter excluded."""

    path: Path
    lines: list[tuple[int, str]]

    @classmethod
    def read(cls, path: Path) -> Page:
        text = path.read_text(encoding="utf-8")
        match = FRONT_MATTER.match(text)
        offset = text.count("\n", 0, match.end()) if match else 0
        return cls(
            path, [(offset + n, line) for n, line in enumerate(text[match.end() if match else 0 :].splitlines(), 1)]
        )

    def prose(self) -> Iterator[tuple[int, str]]:
        """Lines outside fenced code."""
        fenced = False
        for number, line in self.lines:
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            elif not fenced:
                yield number, line

    def headings(self) -> list[tuple[int, int, str | None, str]]:
        found = []
        for number, line in self.prose():
            if match := HEADING.match(line):
                heading_id = HEADING_ID.search(match.group(2))
                found.append((number, len(match.group(1)), heading_id.group(1) if heading_id else None, line))
        return found

    def find_all(self, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        return [(n, m) for n, line in self.prose() for m in pattern.findall(CODE_SPAN.sub("", line))]


def _structure(english: Page, translated: Page, rel: str) -> Iterator[Finding]:
    """Heading ids, macro calls, footnotes and links must be those of the English page."""
    source_headings, target_headings = english.headings(), translated.headings()
    last_line = translated.lines[-1][0] if translated.lines else 1
    for index, (_number, level, heading_id, text) in enumerate(source_headings):
        if index >= len(target_headings):
            yield Finding(rel, last_line, f"missing heading: {text}")
            continue
        t_number, t_level, t_id, _ = target_headings[index]
        if (t_level, t_id) != (level, heading_id):
            yield Finding(rel, t_number, f"keep {{ #{heading_id} }} at this level ({'#' * level}) (English: {text})")
    for t_number, _level, t_id, _text in target_headings[len(source_headings) :]:
        yield Finding(rel, t_number, f"heading {{ #{t_id} }} is not in the English page")

    source_calls = [call for _, call in english.find_all(MACRO_CALL)]
    target_calls = [call for _, call in translated.find_all(MACRO_CALL)]
    for call in source_calls:
        if call not in target_calls:
            yield Finding(rel, 1, f"the line {call} is missing: copy it unchanged from the English page")
    for number, call in translated.find_all(MACRO_CALL):
        if call not in source_calls:
            yield Finding(rel, number, f"{call} is not in the English page: copy macro calls unchanged")

    defined = {label: n for n, label in translated.find_all(FOOTNOTE_DEFINITION)}
    for _, label in english.find_all(FOOTNOTE_DEFINITION):
        if label not in defined:
            yield Finding(
                rel, translated.lines[-1][0] if translated.lines else 1, f"the source note [^{label}]: is missing"
            )
    for number, label in translated.find_all(FOOTNOTE_REFERENCE):
        if label not in defined:
            yield Finding(rel, number, f"[^{label}] has no definition: keep the line [^{label}]: ... at the end")

    source_links = {target for _, target in english.find_all(LINK_TARGET)}
    for number, target in translated.find_all(LINK_TARGET):
        if target not in source_links and not target.startswith(("http://", "https://")):
            yield Finding(rel, number, f"link target ({target}) is not in the English page: keep link targets")


def _english_left(translated: Page, rel: str, lang: str) -> Iterator[Finding]:
    """Paragraphs and list items that read as English (a stop-word count); italics and code are ignored."""
    own = STOPWORDS.get(lang)
    if own is None:
        return
    for number, line in translated.prose():
        text = line.strip()
        if not text or text.startswith(("#", "|", "[^", "{{", "!!!", "<", "*[")):
            continue
        words = re.findall(r"[a-záéíóúñçàèêëîïôûüœ']+", PROSE_NOISE.sub(" ", text).lower())
        if len(words) >= 8 and sum(w in STOPWORDS["en"] for w in words) > sum(w in own for w in words):
            yield Finding(rel, number, f"this reads as English: translate it ({text[:60]}...)")


def check_language(project_dir: Path, lang: str, english_lang: str = "en", only: str | None = None) -> list[Finding]:
    """Every finding for one language (or one page of it, ``only`` = a docs path such as phases/negotiation.md)."""
    docs = project_dir / "docs"
    rules_file = project_dir / "data" / "terminology.yml"
    rules = [rule for rule in load_rules(rules_file) if rule.lang == lang] if rules_file.exists() else []
    findings: list[Finding] = []
    for english_path in sorted((docs / english_lang).rglob("*.md")):
        page = english_path.relative_to(docs / english_lang).as_posix()
        if only and page != only:
            continue
        path = docs / lang / page
        if not path.exists():
            continue  # shown in English with a notice; `make translations` lists it
        rel = path.relative_to(project_dir).as_posix()
        text = path.read_text(encoding="utf-8")
        broken = front_matter_problem(text, rel)
        if broken:
            findings.append(Finding(rel, broken.line, broken.message))
            continue
        meta = split_front_matter(text)[0]
        if not meta.get("title") or not meta.get("description"):
            findings.append(Finding(rel, 1, "the front matter needs a title and a description"))
        english, translated = Page.read(english_path), Page.read(path)
        findings += _structure(english, translated, rel)
        findings += _english_left(translated, rel, lang)
        findings += [
            Finding(f.file, f.line, f"write '{f.use}', not '{f.variant}'") for f in scan_text(text, rel, rules)
        ]
    return findings

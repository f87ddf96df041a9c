"""Official terms, checked: ruled-out variants (``data/terminology.yml``) found in translated pages and data texts.

Each finding names the file and line, so that a translator can go straight to it; ``make translations`` prints
them and the tests fail on any.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ..catalogue.yaml_io import parse_yaml

APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})  # typographic apostrophes read as plain


class Rule(BaseModel):
    """One official term and the variants of it that must not appear in ``lang``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    lang: str
    use: str
    avoid: list[str] = Field(min_length=1)
    source: str


class Rules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rules: list[Rule]


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    variant: str
    use: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: write '{self.use}', not '{self.variant}'"


def load_rules(path: Path) -> list[Rule]:
    return Rules.model_validate(parse_yaml(path.read_text(encoding="utf-8")) or {"rules": []}).rules


def _normalize(text: str) -> str:
    return " ".join(text.translate(APOSTROPHES).casefold().split())


def scan_text(text: str, file: str, rules: list[Rule]) -> list[Finding]:
    """Findings in one file's text, line by line (a variant broken across two lines is not seen)."""
    findings = []
    for number, line in enumerate(text.splitlines(), start=1):
        normalized = _normalize(line)
        for rule in rules:
            for variant in rule.avoid:
                if re.search(rf"(?<!\w){re.escape(_normalize(variant))}(?!\w)", normalized):
                    findings.append(Finding(file, number, variant, rule.use))
    return findings


def scan_project(project_dir: Path, languages: list[str]) -> list[Finding]:
    """Every ruled-out variant in ``docs/<lang>/`` and in the data files, for each of ``languages``."""
    rules_file = project_dir / "data" / "terminology.yml"
    if not rules_file.exists():
        return []
    rules = load_rules(rules_file)
    findings: list[Finding] = []
    for lang in languages:
        own = [rule for rule in rules if rule.lang == lang]
        if not own:
            continue
        for page in sorted((project_dir / "docs" / lang).rglob("*.md")):
            relative = page.relative_to(project_dir).as_posix()
            findings += scan_text(page.read_text(encoding="utf-8"), relative, own)
        for data in sorted((project_dir / "data").rglob("*.yml")):
            if data.name in {"terminology.yml", "translations.yml"}:
                continue
            relative = data.relative_to(project_dir).as_posix()
            lines = data.read_text(encoding="utf-8").splitlines()
            # Only this language's values: lines under a "<lang>:" key (same line or a folded block below).
            findings += [f for f in scan_text("\n".join(_language_lines(lines, lang)), relative, own)]
    return findings


def _language_lines(lines: list[str], lang: str) -> list[str]:
    """The file's lines with every line that is not part of a ``lang:`` value blanked (line numbers kept)."""
    kept: list[str] = []
    inside: int | None = None  # indentation of the current "lang:" key
    key = re.compile(rf"^(\s*)(?:- )?{lang}:(.*)$")
    other_key = re.compile(r"^(\s*)(?:- )?[\w-]+:")
    for line in lines:
        match = key.match(line)
        if match:
            inside = len(match.group(1))
            kept.append(match.group(2))
            continue
        if inside is not None:
            other = other_key.match(line)
            if (other and len(other.group(1)) <= inside) or (line.strip() and len(line) - len(line.lstrip()) <= inside):
                inside = None
            else:
                kept.append(line)
                continue
        kept.append("")
    return kept

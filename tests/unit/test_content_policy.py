"""Content a ministry can cite: publishers' sources, official terms, each sentence told once."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from macros.l10n.terminology import load_rules, scan_project, scan_text
from tests.conftest import DATA_DIR, DOCS_DIR, PROJECT_DIR, SITE_LANGUAGES

POLICY = yaml.safe_load((DATA_DIR / "source_policy.yml").read_text(encoding="utf-8"))
URL = re.compile(r"https?://[^\s)<>\"'\]]+")


def source_urls() -> list[tuple[str, int, str]]:
    """Every URL in docs/ and data/, with file and line."""
    found = []
    for path in [*sorted(DOCS_DIR.rglob("*.md")), *sorted(DATA_DIR.rglob("*.yml"))]:
        if path.name == "source_policy.yml":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found += [(path.relative_to(PROJECT_DIR).as_posix(), number, url) for url in URL.findall(line)]
    return found


def denied(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    return next((d for d in POLICY["deny_domains"] if host == d or host.endswith("." + d)), None)


def test_no_source_points_at_a_mirror_file_sharing_site_or_blog() -> None:
    bad = [f"{file}:{line}: {url} ({denied(url)})" for file, line, url in source_urls() if denied(url)]
    assert not bad, "cite the publisher, not a copy:\n" + "\n".join(bad)


def test_the_deny_list_catches_the_known_mirrors() -> None:
    for url in ("https://www.scribd.com/x", "https://cupdf.com/y", "https://someone.blogspot.com/z"):
        assert denied(url), url
    assert not denied("https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_INSTRUMENT_ID:312242")


def data_sources() -> list[tuple[str, str, dict]]:
    """(file, record id, source) for every source of every data record."""
    found = []
    for path in sorted(DATA_DIR.rglob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for records in (document or {}).values() if isinstance(document, dict) else []:
            for record in records if isinstance(records, list) else []:
                if isinstance(record, dict):
                    for key in ("sources", "traced_from"):
                        found += [(path.name, record.get("id", "?"), s) for s in record.get(key) or []]
    return found


def test_undated_data_sources_only_decrease() -> None:
    """A ratchet: sources whose year is still unknown may be dated, never added (limit in source_policy.yml)."""
    undated = POLICY.get("undated_pages", [])
    missing = [
        f"{file}: {record}: {source['url']}"
        for file, record, source in data_sources()
        if not source.get("year") and not any(source["url"].startswith(prefix) for prefix in undated)
    ]
    assert len(missing) <= POLICY["undated_limit"], "give the year of a new source:\n" + "\n".join(missing)


def test_ilo_instruments_are_cited_at_normlex() -> None:
    instruments = yaml.safe_load((DATA_DIR / "instruments.yml").read_text(encoding="utf-8"))["instruments"]
    ilo = [i for i in instruments if i["kind"] in {"ilo-convention", "ilo-recommendation", "ilo-protocol"}]
    assert ilo and all(urlsplit(i["url"]).hostname in {"normlex.ilo.org", "www.ilo.org"} for i in ilo), [
        i["url"] for i in ilo if urlsplit(i["url"]).hostname not in {"normlex.ilo.org", "www.ilo.org"}
    ]
    assert {"c87", "c98", "c102", "c111", "c118", "c157", "r167", "c81", "c129"} <= {i["id"] for i in instruments}


def test_official_terms_are_used_in_every_translation() -> None:
    findings = scan_project(PROJECT_DIR, list(SITE_LANGUAGES.translations))
    assert not findings, "ruled-out variants:\n" + "\n".join(map(str, findings))


def test_the_terminology_check_reports_file_and_line(tmp_path: Path) -> None:
    rules = [rule for rule in load_rules(DATA_DIR / "terminology.yml") if rule.lang == "fr"]
    assert rules, "data/terminology.yml has French rules"
    variant = rules[0].avoid[0]
    text = f"Une ligne juste.\nUn {variant.upper()} ici.\n"
    findings = scan_text(text, "docs/fr/x.md", rules)
    assert [(f.file, f.line) for f in findings][:1] == [("docs/fr/x.md", 2)]
    assert str(findings[0]).startswith("docs/fr/x.md:2: write ")


def english_sentences() -> dict[str, set[str]]:
    seen: dict[str, set[str]] = defaultdict(set)
    root = DOCS_DIR / SITE_LANGUAGES.default
    for page in root.rglob("*.md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", page.read_text(encoding="utf-8"), flags=re.S)
        text = re.sub(r"^\[\^[^\]]+\]:.*$", "", text, flags=re.M)  # source lists may repeat a title
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"\[\^[^\]]+\]", "", text)
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            words = re.findall(r"[\w'\u2019-]+", sentence.lower())
            if len(words) >= 12:
                seen[" ".join(words)].add(page.relative_to(root).as_posix())
    return seen


def test_no_sentence_of_twelve_words_is_repeated_on_two_english_pages() -> None:
    repeated = {sentence: pages for sentence, pages in english_sentences().items() if len(pages) > 1}
    assert not repeated, "\n".join(f"{sorted(p)}: {s[:120]}" for s, p in repeated.items())


def test_the_adoption_step_is_explained_in_the_adoption_chapter_only() -> None:
    """'Adoption' is this site's own step: said in the adoption chapter (and the cycle diagram), not everywhere."""
    english = DOCS_DIR / SITE_LANGUAGES.default
    said = re.compile(r"this site's own step|site's own step|names four phases", re.I)
    pages = {p.relative_to(english).as_posix() for p in english.rglob("*.md") if said.search(p.read_text())}
    assert pages <= {"phases/adoption.md"}, pages

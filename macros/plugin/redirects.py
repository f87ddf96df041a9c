"""Old addresses keep working: page redirects written as small HTML files in every language folder, and
anchor redirects applied in the browser (a renamed heading id is mapped to the new one on arrival)."""

from __future__ import annotations

import json
from pathlib import Path

from markupsafe import escape
from pydantic import BaseModel, ConfigDict, field_validator

from ..catalogue.yaml_io import parse_yaml
from ..render.links import page_url, relative_url


class PageRedirect(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    source: str  # "from" in YAML
    target: str  # "to" in YAML

    @field_validator("source", "target")
    @classmethod
    def _markdown_path(cls, value: str) -> str:
        if not value.endswith(".md") or value.startswith("/"):
            raise ValueError(f"{value!r} must be a docs path such as phases/negotiation.md")
        return value


class AnchorRedirect(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    page: str
    source: str
    target: str


class Redirects(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    pages: list[PageRedirect] = []
    anchors: list[AnchorRedirect] = []


def load_redirects(path: Path, english_docs: Path) -> Redirects:
    raw = parse_yaml(path.read_text(encoding="utf-8")) if path.exists() else {}
    renamed = {
        "pages": [{"source": r["from"], "target": r["to"]} for r in (raw or {}).get("pages", [])],
        "anchors": [
            {"page": r["page"], "source": r["from"], "target": r["to"]} for r in (raw or {}).get("anchors", [])
        ],
    }
    redirects = Redirects.model_validate(renamed)
    for redirect in redirects.pages:
        if not (english_docs / redirect.target).exists():
            raise ValueError(f"{path.name}: redirect target {redirect.target!r} is not a page")
        if (english_docs / redirect.source).exists():
            raise ValueError(f"{path.name}: {redirect.source!r} still exists; a redirect would hide it")
    return redirects


def stub(target_href: str) -> str:
    """A redirect page: immediate refresh, a script that keeps the #fragment, and a plain link."""
    href = escape(target_href)
    script = f"location.replace({json.dumps(target_href)}+location.hash)"
    return (
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>Moved</title>'
        f'<link rel="canonical" href="{href}"><meta name="robots" content="noindex">'
        f'<meta http-equiv="refresh" content="0; url={href}"><script>{script}</script></head>'
        f'<body><a href="{href}">{href}</a></body></html>\n'
    )


def write_page_redirects(redirects: Redirects, language_root: Path, use_directory_urls: bool) -> list[Path]:
    written = []
    for redirect in redirects.pages:
        url = page_url(redirect.source, use_directory_urls)
        path = language_root / (url + "index.html" if url.endswith("/") or url == "" else url)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(stub(relative_url(redirect.source, redirect.target, use_directory_urls)), encoding="utf-8")
        written.append(path)
    return written


def anchor_map(redirects: Redirects, page: str) -> dict[str, str]:
    return {r.source: r.target for r in redirects.anchors if r.page == page}

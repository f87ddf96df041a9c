"""Glossary terms as links to their glossary entry, with the definition as the link's title.

An ``abbr`` tooltip could not be opened by tap or keyboard; a link can, and takes the reader to the entry in the
page's language. The pass runs on a page's HTML after Markdown (the plugin's ``on_page_content``), so it sees
macro output too and can tell prose from headings, links and code. Only the first occurrence of each term on a
page becomes a link: a chapter would otherwise be a sea of them.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from jinja2 import Environment

from ..catalogue.loader import Catalogue
from .links import relative_url
from .renderer import PAGES

PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*$")

#: Elements whose text is never linked: headings (the page title is the h1), links, code, controls, table
#: headers, and raw-text elements; a link inside any of them would nest interactive content or read badly.
SKIPPED_ELEMENTS = frozenset(
    {"a", "abbr", "button", "code", "kbd", "label", "math", "noscript", "option", "pre", "samp", "script"}
    | {"select", "style", "summary", "svg", "template", "textarea", "th", "title"}
    | {f"h{level}" for level in range(1, 7)}
)
#: Elements shown as titles, or not shown at all (a link there would take focus where nobody sees it).
SKIPPED_CLASSES = frozenset({"admonition-title", "headerlink", "blma-sr", "md-visually-hidden"})
RAW_TEXT = frozenset({"script", "style", "textarea"})
VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"])

TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')""")
HIDDEN = re.compile(r"""(?:^|\s)(?:hidden(?:\s|=|/|$)|aria-hidden\s*=\s*["']?true)""")


def term_variants(term: str) -> list[str]:
    """Multi-word forms of a term as it appears in text: as written, without a trailing "(MoU)", lower-cased."""
    forms = [term, PARENTHETICAL.sub("", term)]
    forms += [form[0].lower() + form[1:] for form in forms if form and not form[:2].isupper()]
    unique: list[str] = []
    for form in forms:
        # Single words ("Return", "Recruitment") would mark almost every use; only multi-word terms are linked.
        if " " in form and form not in unique:
            unique.append(form)
    return unique


@dataclass(frozen=True)
class GlossaryLink:
    """A term as text of one language: its forms, its glossary anchor and its definition."""

    id: str
    forms: tuple[str, ...]
    definition: str


def glossary_links(catalogue: Catalogue, lang: str) -> list[GlossaryLink]:
    """The glossary terms in ``lang`` that have a multi-word form to look for."""
    links = []
    for term in catalogue.glossary.values():
        forms = term_variants(term.term.get(lang).text)
        if forms:
            definition = " ".join(term.definition.get(lang).text.split())
            links.append(GlossaryLink(term.id, tuple(forms), definition))
    return links


Trie = dict[str, "Trie"]


def _trie_pattern(forms: Iterable[str]) -> str:
    """The forms as one regular expression sharing their common prefixes (a trie), which Python's engine tries
    in a fraction of the time a flat alternation of every form takes. Where one form extends another, the
    longer is tried first, as in an alternation sorted longest first."""
    trie: Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def expression(node: Trie) -> str:
        branches = [re.escape(char) + expression(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return expression(trie) if trie else r"(?!)"


@dataclass(frozen=True)
class TermMatcher:
    """The terms of one language as one pattern, each form's term, and the shortest form's length (a text
    shorter than that holds no term, and most texts between a page's tags are line breaks)."""

    pattern: re.Pattern[str]
    by_form: dict[str, GlossaryLink]
    shortest: int


@functools.lru_cache(maxsize=16)
def _matcher(terms: tuple[GlossaryLink, ...]) -> TermMatcher:
    """Every form, matched as whole words (an English plural "s" included), the longest that fits first. Kept
    per set of terms: the pattern is the same for every page of a language, and building it was most of the
    cost of linking a page's terms."""
    by_form = {form: term for term in terms for form in term.forms}
    pattern = re.compile(rf"(?<![\w-])(?:{_trie_pattern(by_form)})s?(?![\w-])")
    return TermMatcher(pattern, by_form, min(map(len, by_form), default=0))


def _skips(name: str, attributes: str) -> bool:
    if name in SKIPPED_ELEMENTS or HIDDEN.search(attributes):
        return True
    match = CLASS.search(attributes)
    classes = (match.group(1) or match.group(2) or "").split() if match else []
    return any(c in SKIPPED_CLASSES for c in classes)


def link_terms(page_html: str, terms: Iterable[GlossaryLink], link: Callable[[GlossaryLink, str], str]) -> str:
    """``page_html`` with the first occurrence of each term in prose replaced by ``link(term, text)``.

    A scan of tags and text, not a full parse: the HTML is Markdown's and our autoescaped partials', so it is
    well formed (vnu checks the built pages), and this runs on every page of every language.
    """
    matcher = _matcher(tuple(terms))
    pattern, by_form, shortest = matcher.pattern, matcher.by_form, matcher.shortest
    done: set[str] = set()
    out: list[str] = []
    skipping: str | None = None  # the element being skipped, and how deep it nests
    depth = 0
    position = 0

    def text(raw: str) -> str:
        plain = html.unescape(raw)
        pieces: list[str] = []
        start = 0
        for match in pattern.finditer(plain):
            found = match.group(0)
            term = by_form.get(found) or by_form.get(found[:-1])
            if term is None or term.id in done:
                continue
            done.add(term.id)
            pieces += [html.escape(plain[start : match.start()], quote=False), link(term, found)]
            start = match.end()
        if not pieces:
            return raw  # untouched text keeps its original entities
        return "".join([*pieces, html.escape(plain[start:], quote=False)])

    while tag := TAG.search(page_html, position):
        between = page_html[position : tag.start()]
        out.append(text(between) if skipping is None and len(between) >= shortest else between)
        out.append(tag.group(0))
        position = tag.end()
        closing, name, attributes = tag.group(1), (tag.group(2) or "").lower(), tag.group(3) or ""
        if not name:  # a comment
            continue
        if not closing and name in RAW_TEXT:  # copied as is up to its end tag: "<" inside is not a tag
            end_tag = re.compile(rf"</{name}", re.I).search(page_html, position)
            end = end_tag.start() if end_tag else len(page_html)
            out.append(page_html[position:end])
            position = end
            continue
        opening = not closing and name not in VOID and not attributes.rstrip().endswith("/")
        if skipping is None:
            if opening and _skips(name, attributes):
                skipping, depth = name, 1
        elif name == skipping:
            depth += 1 if opening else -1 if closing else 0
            if depth == 0:
                skipping = None
    rest = page_html[position:]
    out.append(text(rest) if skipping is None and len(rest) >= shortest else rest)
    return "".join(out)


def glossary_term_links(
    page_html: str, catalogue: Catalogue, lang: str, page_src: str, use_directory_urls: bool, partials: Environment
) -> str:
    """Link the glossary terms of ``lang`` in the page built from ``page_src`` to their entries on the glossary
    page of the same language section (relative links, so online and offline alike).

    The link itself comes from the autoescaped partial ``term_link.html``.
    """
    template = partials.get_template("term_link.html")

    def link(term: GlossaryLink, text: str) -> str:
        href = relative_url(page_src, PAGES["glossary"], use_directory_urls, f"term-{term.id}")
        return template.render(href=href, definition=term.definition, text=text)

    return link_terms(page_html, glossary_links(catalogue, lang), link)

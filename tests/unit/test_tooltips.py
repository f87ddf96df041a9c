"""Glossary terms as links: the right forms of each term, in prose only, once per page, in the page language."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from macros.catalogue.loader import load_catalogue
from macros.render.renderer import make_environment
from macros.render.tooltips import GlossaryLink, glossary_term_links, link_terms, term_variants
from tests.conftest import REQUIRED_LANGUAGES

DIALOGUE = GlossaryLink("social-dialogue", ("Social dialogue", "social dialogue"), 'Talks "between" <parties>')


def marked(html: str) -> str:
    return link_terms(html, [DIALOGUE], lambda term, text: f"[{term.id}:{text}]")


def test_variants_drop_the_acronym_and_lower_case_the_first_letter() -> None:
    assert term_variants("Memorandum of understanding (MoU)") == [
        "Memorandum of understanding (MoU)",
        "Memorandum of understanding",
        "memorandum of understanding (MoU)",
        "memorandum of understanding",
    ]


def test_single_words_are_not_linked() -> None:
    assert term_variants("Recruitment") == []


def test_only_the_first_occurrence_in_prose_is_linked() -> None:
    html = "<p>Social dialogue matters.</p><p>Again, social dialogue.</p>"
    assert marked(html) == "<p>[social-dialogue:Social dialogue] matters.</p><p>Again, social dialogue.</p>"


def test_headings_links_code_titles_and_hidden_text_are_left_alone() -> None:
    skipped = [
        '<h1 id="t">Social dialogue</h1>',
        "<h3>On <em>social dialogue</em></h3>",
        '<a href="x/">social dialogue</a>',
        "<code>social dialogue</code>",
        '<p class="admonition-title">Social dialogue</p>',
        '<span class="blma-sr">social dialogue</span>',
        "<label>social dialogue</label>",
        "<script>if (a<b) { s = 'social dialogue' }</script>",
        "<div hidden><div>social dialogue</div></div>",
    ]
    for html in skipped:
        assert marked(html) == html
    after = "".join(skipped) + "<p>social dialogue</p>"
    assert marked(after).endswith("<p>[social-dialogue:social dialogue]</p>")


def test_whole_words_only_with_an_english_plural() -> None:
    assert marked("<p>antisocial dialogues</p>") == "<p>antisocial dialogues</p>"
    assert marked("<p>social dialogues help</p>") == "<p>[social-dialogue:social dialogues] help</p>"
    assert marked("<p>social dialoguer</p>") == "<p>social dialoguer</p>"


def test_text_around_a_link_stays_escaped_and_untouched_text_keeps_its_entities() -> None:
    html = "<p>a &lt;b&gt; &amp; social dialogue &#39;x&#39;</p><p>l&#39;accord</p>"
    assert marked(html) == "<p>a &lt;b&gt; &amp; [social-dialogue:social dialogue] 'x'</p><p>l&#39;accord</p>"


def test_links_are_in_the_page_language_and_point_at_the_glossary_entry(fixture_data: Path) -> None:
    catalogue = load_catalogue(fixture_data, REQUIRED_LANGUAGES)
    page = "<h1>Diálogo social</h1><p>El diálogo social y el diálogo social.</p>"
    html = glossary_term_links(page, catalogue, "es", "phases/negotiation.md", True, make_environment())
    links = BeautifulSoup(html, "html.parser").select("a")
    assert [(a.get_text(), a["href"], a["class"]) for a in links] == [
        ("diálogo social", "../../glossary/#term-social-dialogue", ["blma-term"])
    ]
    assert links[0]["title"].startswith("Negociación, consulta")
    offline = glossary_term_links(page, catalogue, "es", "glossary-guide.md", False, make_environment())
    assert 'href="glossary.html#term-social-dialogue"' in offline


def test_a_definition_cannot_inject_markup() -> None:
    environment = make_environment()
    template = environment.get_template("term_link.html")
    html = link_terms(
        "<p>social dialogue</p>",
        [DIALOGUE],
        lambda term, text: template.render(href="#x", definition=term.definition, text=text),
    )
    link = BeautifulSoup(html, "html.parser").select_one("a")
    assert link is not None and link["title"] == 'Talks "between" <parties>'
    assert "<parties>" not in html

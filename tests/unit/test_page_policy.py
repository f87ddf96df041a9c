"""The page policy: translators write Markdown; raw code, unsafe links and stray Jinja are refused with file:line."""

from __future__ import annotations

import pytest

from macros.plugin.page_policy import check_source, front_matter_problem, leftover_problems
from macros.render.macros import MACROS

ALLOWED = ['<div id="blma-print-body"></div>']


def problems(markdown: str, renders: bool = True) -> list[str]:
    return [str(p) for p in check_source(markdown, "docs/fr/x.md", 5, renders, MACROS, ALLOWED)]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("<script>alert(1)</script>", "raw HTML element"),
        ('<iframe src="https://example.org"></iframe>', "raw HTML element"),
        ("<style>body{display:none}</style>", "raw HTML element"),
        ('<img src="x" onerror="alert(1)">', "event-handler attribute"),
        ('<a href="javascript:alert(1)">x</a>', "javascript: and data: links"),
        ("[x](javascript:alert(1))", "javascript: and data: links"),
        ("[x]( data:text/html;base64,PHNjcmlwdD4=)", "javascript: and data: links"),
        ("{{ cycler.__init__.__globals__.os.getcwd() }}", "Jinja not allowed"),
        ("Texte {{ checklist('negotiation') }} au milieu", "Jinja not allowed"),
        ("{% for x in y %}", "Jinja statements"),
        ("## Titre {#key-steps}", "Jinja comment"),
        ("{{ checklist(phase=config.site_name) }}", "plain values"),
    ],
)
def test_each_unsafe_construct_is_refused_with_file_and_line(line: str, reason: str) -> None:
    found = problems(f"Intro.\n\n{line}\n")
    assert found and found[0].startswith("docs/fr/x.md:7: ") and reason in found[0], found


def test_what_the_pages_need_passes() -> None:
    markdown = (
        '## Étapes clés { #key-steps }\n\n{{ checklist("negotiation") }}\n\n'
        '{{ practices(phase="negotiation", ids=["korea-eps"]) }}\n\n<div id="blma-print-body"></div>\n'
        'Write `{{ checklist("x") }}` and `<script>` in code.\n\n```\n<script>shown as code</script>\n```\n'
    )
    assert problems(markdown) == []


def test_jinja_is_inert_in_a_page_that_does_not_render_macros() -> None:
    assert problems("Le modèle {{ x }} reste du texte.\n", renders=False) == []


def test_broken_front_matter_names_the_line_and_the_colon_hint() -> None:
    problem = front_matter_problem("---\ntitle: ok\ndescription: Négociation : préparer\n---\n# T\n", "docs/fr/n.md")
    assert problem is not None and str(problem).startswith("docs/fr/n.md:3: ") and "quoted" in str(problem)
    unclosed = front_matter_problem("---\ntitle: x\n\n# T\n", "docs/fr/n.md")
    assert unclosed is not None and "never closed" in str(unclosed)
    assert front_matter_problem("# No front matter\n", "docs/fr/n.md") is None


def test_footnote_and_template_syntax_left_in_a_built_page_are_found() -> None:
    html = "<p>Texte[^ph-il-team] et {{ checklist() }}</p><code>{{ fine }}</code>"
    source = "# T\n\nTexte[^ph-il-team] et\n"
    found = [str(p) for p in leftover_problems(html, source, "docs/fr/x.md")]
    assert any(p.startswith("docs/fr/x.md:3: a footnote without its definition") for p in found)
    assert any("template syntax" in p for p in found) and not any("fine" in p for p in found)

"""Generated HTML skips Markdown as a one-line token and comes back whole, with its ids (macros/render/stash.py)."""

from __future__ import annotations

import markdown
import pytest

from macros.render.stash import Stash, StashError

BLOCK = '<section id="checklist-x">\n<p>One</p>\n\n<ol><li id="ce-a">A &amp; B</li></ol>\n</section>'


def test_token_passes_through_markdown_and_the_block_comes_back_whole() -> None:
    stash = Stash()
    source = f"# Title\n\nText before.\n\n{stash.put(BLOCK)}\n\nText after.\n"
    html = markdown.markdown(source, extensions=["md_in_html", "attr_list"])
    restored, ids = stash.restore(html)
    assert BLOCK in restored
    assert "data-blma-stash" not in restored
    assert ids == {"checklist-x", "ce-a"}


def test_each_block_is_put_back_once() -> None:
    stash = Stash()
    first, second = stash.put("<p>first</p>"), stash.put("<p>second</p>")
    restored, _ = stash.restore(f"{second}\n{first}")
    assert restored == "<p>second</p>\n<p>first</p>"
    with pytest.raises(StashError):
        stash.restore(str(first))


def test_content_without_tokens_is_unchanged() -> None:
    html = '<p>No <div data-blma-stash="x"></div> here</p>'
    assert Stash().restore(html) == (html, set())

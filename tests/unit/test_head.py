"""Scripts inlined in the page head (macros/head.py): copied verbatim, refused where they could end the element."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.render.head import inline_script
from macros.render.minify import minify_js
from tests.conftest import PROJECT_DIR

SCRIPTS_DIR = PROJECT_DIR / "overrides" / "assets" / "javascripts"


@pytest.mark.parametrize("name", ["embed.js", "search-on-demand.js", "theme-on-demand.js"])
def test_our_head_scripts_are_inlined_as_written_less_their_comments(name: str) -> None:
    assert str(inline_script(name, SCRIPTS_DIR)) == minify_js((SCRIPTS_DIR / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("body", ['var s = "</script><script>alert(1)";', "<!-- x"])
def test_a_script_that_would_break_out_of_its_element_is_refused(tmp_path: Path, body: str) -> None:
    (tmp_path / "bad.js").write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match="cannot be inlined"):
        inline_script("bad.js", tmp_path)

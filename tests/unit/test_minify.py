"""Our scripts and stylesheet are sent without comments and indentation: what remains must be the same code."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from macros.render.minify import minify_css, minify_js
from tests.conftest import PROJECT_DIR

ASSETS = PROJECT_DIR / "overrides" / "assets"
SCRIPTS = sorted((ASSETS / "javascripts").glob("*.js"))
STYLESHEETS = sorted((ASSETS / "stylesheets").glob("*.css"))


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_a_minified_script_is_the_same_code_and_still_parses(script: Path, tmp_path: Path) -> None:
    source = script.read_text(encoding="utf-8")
    minified = minify_js(source)
    assert len(minified) < len(source)
    assert not re.search(r"(?m)^\s*//", minified)
    # Only comments and white space went: what is left appears, in order, in the source without white space.
    assert squeezed(minified) in squeezed(source) or all(
        squeezed(line) in squeezed(source) for line in minified.splitlines()
    )
    node = shutil.which("node")
    if node:
        copy = tmp_path / script.name
        copy.write_text(minified, encoding="utf-8")
        checked = subprocess.run([node, "--check", str(copy)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda path: path.name)
def test_a_minified_stylesheet_keeps_every_rule(stylesheet: Path) -> None:
    source = stylesheet.read_text(encoding="utf-8")
    without_comments = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    assert squeezed(minify_css(source)) == squeezed(without_comments)


def test_code_that_looks_like_a_comment_stays() -> None:
    script = 'var url = "http://example.org"; // trailing note\n  /* alone */\n  var s = "/* not a comment */";\n'
    assert minify_js(script) == 'var url = "http://example.org"; // trailing note\nvar s = "/* not a comment */";\n'
    with pytest.raises(ValueError, match="template literal"):
        minify_js("var text = `first\n// second`;\n")


def test_the_built_site_sends_the_minified_files(built_site: object) -> None:
    root = built_site.root  # type: ignore[attr-defined]
    for source in [*SCRIPTS, *STYLESHEETS]:
        sent = root / source.relative_to(PROJECT_DIR / "overrides")
        if source.name in {"embed.js", "search-on-demand.js", "theme-on-demand.js"} and not sent.exists():
            continue  # inlined in every page head
        assert sent.read_text(encoding="utf-8") == (minify_css if source.suffix == ".css" else minify_js)(
            source.read_text(encoding="utf-8")
        )

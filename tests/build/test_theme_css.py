"""Pages link Material's stylesheet trimmed to the features in use (macros/plugin/theme_css.py): the rules left
out must style nothing that a page shows."""

from __future__ import annotations

import re

from macros.plugin.theme_css import UNUSED, _blocks, material_stylesheet, trim
from tests.conftest import BuiltSite

CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')
SELECTOR_CLASS = re.compile(r"\.([A-Za-z_][\w-]*)")


def removed_rules(css: str) -> list[str]:
    """Selectors of the rules that :func:`trim` leaves out, inside at-rule blocks too."""
    removed = []
    for block in _blocks(css):
        head, brace, body = block.partition("{")
        if not brace:
            continue
        if head.startswith(("@media", "@supports")):
            removed += removed_rules(body[:-1])
        elif not head.startswith("@") and all(UNUSED.search(selector) for selector in head.split(",")):
            removed.append(head)
    return removed


def test_no_page_uses_a_class_of_a_rule_left_out(built_site: BuiltSite) -> None:
    used = {
        name
        for page in built_site.root.rglob("*.html")
        for attribute in CLASS_ATTRIBUTE.findall(page.read_text(encoding="utf-8"))
        for name in attribute.split()
    }
    from mkdocs.config import load_config

    from tests.conftest import PROJECT_DIR

    source = material_stylesheet(load_config(str(PROJECT_DIR / "mkdocs.yml")).theme.dirs)
    assert source is not None
    css = source.read_text(encoding="utf-8")
    removed = removed_rules(css)
    assert len(removed) > 100  # the trim does something
    feature_classes = {
        name for selector in removed for name in SELECTOR_CLASS.findall(selector) if UNUSED.search("." + name)
    }
    assert feature_classes and not (feature_classes & used), sorted(feature_classes & used)
    assert len(trim(css)) < 0.8 * len(css)


def test_every_page_links_the_trimmed_stylesheet(built_site: BuiltSite) -> None:
    sheets = sorted(path.name for path in (built_site.root / "assets" / "stylesheets").glob("main.*.min.css"))
    assert len(sheets) == 1  # the trimmed copy, in place of Material's
    pages = [*built_site.root.rglob("index.html"), *built_site.root.rglob("404.html")]
    linked = {
        name
        for page in pages
        for name in re.findall(r"stylesheets/(main\.[0-9a-f]{8}\.min\.css)", page.read_text(encoding="utf-8"))
    }
    assert linked == set(sheets)
    trimmed = (built_site.root / "assets" / "stylesheets" / linked.pop()).read_text(encoding="utf-8")
    assert "sourceMappingURL" not in trimmed and ".md-header{" in trimmed

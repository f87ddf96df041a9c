"""mkdocs-macros entry point: registers the page macros (``render/macros.py``) and nothing else."""

from __future__ import annotations

import functools
from typing import Any

from markupsafe import Markup

from .render.macros import MACROS
from .render.renderer import View


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per language build; each macro renders for the page being built."""
    for name, view in MACROS.items():
        env.macro(_bind(env, view), name)


def _bind(env: Any, view: View) -> Any:
    """The macro a page calls: the ``blma`` plugin renders ``view`` for ``env.page``."""

    @functools.wraps(view)
    def macro(*args: Any, **kwargs: Any) -> Markup:
        plugin = env.conf["plugins"]["blma"]
        return plugin.render_macro(view, env.page, env.conf, *args, **kwargs)  # type: ignore[no-any-return]

    return macro

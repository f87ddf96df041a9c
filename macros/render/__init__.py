"""Rendering: page context, the renderer, views as functions, links, and the Markdown stash."""

"""How soon the preview notices a save. MkDocs' live-reload server polls the watched files every half second:
up to 0.5 s of the one second a translator should wait from save to page. Before it starts, the server is
replaced by one that polls ten times a second (a poll of the project's few hundred files takes about a
millisecond). Save to page, French chapter, 9 runs twice on this project's 2-core machine: median 0.90 and
0.91 s (0.43 to 1.11) polling every 0.5 s; 0.54 and 0.60 s (0.49 to 0.73) every 0.1 s."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

#: Seconds between two looks at the watched files.
POLL_SECONDS = 0.1


def polling_often(server: LiveReloadServer, config: MkDocsConfig) -> LiveReloadServer:
    """A server like ``server``, polling every :data:`POLL_SECONDS` and watching what it watched (the docs, the
    config file, the theme with ``--watch-theme``). Given by the ``on_serve`` event before any other plugin's,
    so that their watches go to the new server; the old one is closed unbound, never having started."""
    # MkDocs keeps no public list of what it watches; this count is what its own watch() and unwatch() keep.
    # Should a later MkDocs keep it elsewhere, its own server stays: slower to notice a save, but watching.
    watched = getattr(server, "_watched_paths", None)
    if not isinstance(watched, dict):
        return server
    host, port = config.dev_addr
    quicker = LiveReloadServer(
        builder=server.builder,
        host=host,
        port=port,
        root=server.root,
        mount_path=server.mount_path,
        polling_interval=POLL_SECONDS,
    )
    quicker.error_handler = server.error_handler
    for path, count in watched.items():
        for _ in range(count):
            quicker.watch(path)
    server.server_close()
    return quicker

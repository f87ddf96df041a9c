"""Serve a built site on 127.0.0.1 the way it is published: through Debian's nginx with the project's
``nginx.conf`` (compression, caching headers, per-language 404 pages), for the benchmark and the tests; or as
plain files from Python's own server, for browser tests that need no server behaviour.

The server block is wrapped in a minimal configuration whose pid, logs and temporary files stay in a private
folder, so an unprivileged instance runs beside anything else on the machine and stops with the context.
"""

from __future__ import annotations

import functools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .paths import PROJECT_DIR

NGINX_CONF = PROJECT_DIR / "nginx.conf"
NGINX = "/usr/sbin/nginx"
MIME_TYPES = Path("/etc/nginx/mime.types")

WRAPPER = """\
{user}
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    {server}
}}
"""


def nginx_available() -> bool:
    return Path(NGINX).exists() and MIME_TYPES.exists()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def nginx_config(site_root: Path, port: int, prefix: Path) -> str:
    server = NGINX_CONF.read_text(encoding="utf-8")
    if "__LISTEN__" not in server or "__SITE_ROOT__" not in server:
        raise ValueError(f"{NGINX_CONF} lost its __LISTEN__ or __SITE_ROOT__ placeholder")
    server = server.replace("__LISTEN__", f"127.0.0.1:{port}").replace("__SITE_ROOT__", str(site_root.resolve()))
    # A root master hands requests to workers running as nobody, who cannot read private (0700) temp folders.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};" if os.geteuid() == 0 else ""
    return WRAPPER.format(user=user, prefix=prefix, mime_types=MIME_TYPES, server=server)


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
            logged = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"nginx exited ({process.returncode}) at start:\n{stderr}{logged}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on 127.0.0.1:{port} within {timeout} s")


@contextmanager
def nginx_server(site_root: Path) -> Iterator[str]:
    """Serve ``site_root`` through nginx with the project's configuration; yields the base URL."""
    if not nginx_available():
        raise RuntimeError("Debian's nginx is missing: run `make browser-deps` as root (apt-get install nginx)")
    prefix = Path(tempfile.mkdtemp(prefix="blma-nginx-"))
    port = free_port()
    config = prefix / "nginx.conf"
    config.write_text(nginx_config(site_root, port, prefix), encoding="utf-8")
    base = [NGINX, "-c", str(config), "-p", f"{prefix}/", "-e", str(prefix / "error.log")]
    check = subprocess.run([*base, "-t", "-q"], capture_output=True, text=True)
    if check.returncode != 0:
        raise RuntimeError(f"nginx rejects the configuration:\n{check.stderr}")
    process = subprocess.Popen([*base, "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(port, process, prefix / "error.log")
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()  # SIGTERM: fast shutdown of master and worker
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(prefix, ignore_errors=True)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def static_server(site_root: Path) -> Iterator[str]:
    """Serve ``site_root`` as plain files (no compression, no headers of ours); yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site_root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()

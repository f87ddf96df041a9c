"""The built site served by Debian's nginx with the project's nginx.conf, as a self-hoster would run it: language
roots (the configured languages only), slash redirects, one 404 page per language, compression (source maps too),
caching, security headers (HSTS included) and open-data CORS."""

from __future__ import annotations

import gzip
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import pytest

from macros.tools.local_server import MIME_TYPES, NGINX, NGINX_CONF, nginx_available, nginx_server
from tests.conftest import PROJECT_DIR, SITE_LANGUAGES, BuiltSite

#: The Knowledge Platform, with and without www: the sites that may embed pages.
KNOWLEDGE_PLATFORM = ("https://migrationnetwork.un.org", "https://www.migrationnetwork.un.org")
EMBED_SCRIPT = PROJECT_DIR / "overrides" / "assets" / "javascripts" / "embed.js"
HSTS = "max-age=31536000; includeSubDomains"
LANG_ATTRIBUTE = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"")


@dataclass(frozen=True)
class Response:
    status: int
    headers: Message
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are what some tests check, so they are returned as they are, not followed."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


OPENER = urllib.request.build_opener(NoRedirect)


@dataclass(frozen=True)
class Server:
    base: str
    root: Path

    def get(self, path: str, headers: dict[str, str] | None = None) -> Response:
        request = urllib.request.Request(self.base + path, headers=headers or {})
        try:
            with OPENER.open(request, timeout=10) as reply:
                return Response(reply.status, reply.headers, reply.read())
        except urllib.error.HTTPError as error:  # 3xx (not followed) and 4xx are answers too
            with error:
                return Response(error.code, error.headers, error.read())


@pytest.fixture(scope="module")
def server(built_site: BuiltSite) -> Iterator[Server]:
    if not nginx_available():
        pytest.fail(
            f"The nginx test needs Debian's nginx ({NGINX}, {MIME_TYPES}); `make test` installs it "
            "(.ci/install-nginx: as root, apt-get install -y nginx; or sudo make browser-deps)",
            pytrace=False,
        )
    with nginx_server(built_site.root) as base:
        yield Server(base.rstrip("/"), built_site.root)


def html_lang(body: bytes) -> str | None:
    match = LANG_ATTRIBUTE.search(body.decode("utf-8"))
    return match.group(1) if match else None


def built_asset(root: Path, pattern: str) -> str:
    """Address of the one built file matching ``pattern``, e.g. Material's main.<8 hex>.min.css."""
    found = sorted(root.glob(pattern))
    assert len(found) == 1, f"{pattern}: {len(found)} files in the built site"
    return "/" + found[0].relative_to(root).as_posix()


@pytest.mark.parametrize(("path", "lang"), [("/", "en"), ("/fr/", "fr"), ("/es/", "es")])
def test_language_roots_are_served_in_their_language(server: Server, path: str, lang: str) -> None:
    response = server.get(path)
    assert response.status == 200
    assert response.header("Content-Type") == "text/html; charset=utf-8"
    assert html_lang(response.body) == lang


@pytest.mark.parametrize("path", ["/fr", "/es", "/fr/phases/negotiation"])
def test_a_folder_without_its_slash_redirects_relatively(server: Server, path: str) -> None:
    """absolute_redirect off: the Location must not name nginx's own host and port, which differ behind a proxy."""
    response = server.get(path)
    assert response.status == 301
    assert response.header("Location") == path + "/"


@pytest.mark.parametrize(
    ("path", "lang", "page"),
    [
        ("/nope", "en", "404.html"),
        ("/fr/nope", "fr", "fr/404.html"),
        ("/es/nope", "es", "es/404.html"),
        # A first folder that is not a configured language is not one, however short: the site's own 404 page.
        ("/api/x", "en", "404.html"),
        ("/de/nope", "en", "404.html"),
    ],
)
def test_an_unknown_address_gets_the_404_page_of_its_language(server: Server, path: str, lang: str, page: str) -> None:
    response = server.get(path)
    assert response.status == 404
    assert html_lang(response.body) == lang
    assert response.body == (server.root / page).read_bytes()


@pytest.mark.parametrize(
    "path", ["/", "/fr/phases/negotiation/", "/data/practices.json", "/data/practices.csv", "/fr/checklist-index.json"]
)
def test_text_is_gzip_compressed_when_the_client_accepts_it(server: Server, path: str) -> None:
    local = server.root / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
    compressed = server.get(path, {"Accept-Encoding": "gzip"})
    assert compressed.status == 200
    assert compressed.header("Content-Encoding") == "gzip"
    assert "Accept-Encoding" in (compressed.header("Vary") or "")
    assert gzip.decompress(compressed.body) == local.read_bytes()
    plain = server.get(path)  # urllib asks for identity
    assert plain.header("Content-Encoding") is None and plain.body == local.read_bytes()


@pytest.mark.parametrize(
    "pattern",
    ["assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css", "assets/javascripts/bundle.*.min.js"],
)
def test_fingerprinted_material_assets_are_cached_for_good(server: Server, pattern: str) -> None:
    """Material renames these files when their content changes, so a cached copy can never be stale."""
    response = server.get(built_asset(server.root, pattern))
    assert response.status == 200
    assert response.header("Cache-Control") == "public, max-age=31536000, immutable"


@pytest.mark.parametrize("path", ["/assets/javascripts/checklists.js", "/assets/stylesheets/blma.css"])
def test_our_unfingerprinted_scripts_and_styles_are_revalidated(server: Server, path: str) -> None:
    """They go with the markup of the same release: a day-old copy could meet a newer page."""
    response = server.get(path)
    assert response.status == 200
    assert response.header("Cache-Control") == "no-cache"


def test_images_are_cached_for_a_day(server: Server) -> None:
    response = server.get("/assets/images/favicon.svg")
    assert response.status == 200
    assert response.header("Cache-Control") == "public, max-age=86400"


@pytest.mark.parametrize(("path", "lang"), [("/data/nope.csv", "en"), ("/fr/data/nope.csv", "fr")])
def test_a_missing_csv_gets_the_404_page_of_its_language(server: Server, path: str, lang: str) -> None:
    response = server.get(path)
    assert response.status == 404
    assert html_lang(response.body) == lang


def test_compression_also_reaches_readers_behind_a_proxy(server: Server) -> None:
    response = server.get("/", {"Accept-Encoding": "gzip", "Via": "1.1 proxy.example"})
    assert response.header("Content-Encoding") == "gzip"


@pytest.mark.parametrize(
    "path", ["/", "/fr/", "/es/phases/adoption/", "/data/practices.json", "/fr/nope", "/es/checklist-index.json"]
)
def test_pages_and_data_are_revalidated(server: Server, path: str) -> None:
    assert server.get(path).header("Cache-Control") == "no-cache"


@pytest.mark.parametrize("path", ["/", "/fr/nope", "/fr", "/data/practices.csv", "/assets/javascripts/checklists.js"])
def test_security_headers_are_on_every_response(server: Server, path: str) -> None:
    """Set once at server level with `always`: also on 404s, redirects and the CSV location."""
    response = server.get(path)
    policy = response.header("Content-Security-Policy")
    assert policy, f"{path}: no Content-Security-Policy"
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert set(KNOWLEDGE_PLATFORM) <= set(directives.get("frame-ancestors", [])), policy
    assert "'self'" in directives["frame-ancestors"] and directives["object-src"] == ["'none'"]
    assert response.header("X-Content-Type-Options") == "nosniff"
    assert response.header("Referrer-Policy") == "strict-origin-when-cross-origin"
    assert response.header("Server") == "nginx"  # server_tokens off: no version
    assert response.header("Strict-Transport-Security") == HSTS


@pytest.mark.parametrize("path", ["/data/practices.json", "/data/practices.csv", "/fr/data/practices.json"])
def test_open_data_may_be_fetched_from_other_sites(server: Server, path: str) -> None:
    response = server.get(path)
    assert response.status == 200
    assert response.header("Access-Control-Allow-Origin") == "*"


def test_pages_are_not_opened_to_other_origins(server: Server) -> None:
    assert server.get("/").header("Access-Control-Allow-Origin") is None


def test_csv_is_served_as_text_csv(server: Server) -> None:
    """Debian's mime.types has no CSV entry: without nginx.conf's own types block it would be a download."""
    response = server.get("/data/practices.csv")
    assert response.status == 200
    assert response.header("Content-Type") == "text/csv; charset=utf-8"
    assert server.get("/data/practices.json").header("Content-Type") == "application/json; charset=utf-8"


def test_source_maps_are_gzip_compressed(server: Server) -> None:
    """Debian's mime.types has no .map entry: without nginx.conf's own type they would go out uncompressed."""
    maps = sorted(server.root.glob("assets/**/*.map"))
    if not maps:
        pytest.skip("no source map in the built site (Material ships them with its bundle)")
    path = "/" + maps[0].relative_to(server.root).as_posix()
    response = server.get(path, {"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.header("Content-Type") == "application/json; charset=utf-8"
    assert response.header("Content-Encoding") == "gzip"
    assert gzip.decompress(response.body) == maps[0].read_bytes()


def language_alternations(config: str, variable: str) -> list[set[str]]:
    """The language folders that the map setting ``$variable`` lists, one set per alternation (``(fr|es)``)."""
    block = re.search(r"^map \$uri \$" + variable + r" \{\n(.*?)^\}", config, re.MULTILINE | re.DOTALL)
    assert block, f"nginx.conf has no map for ${variable}"
    return [set(group.split("|")) for group in re.findall(r"\((?:\?<\w+>)?([\w|-]+)\)", block.group(1))]


@pytest.mark.parametrize("variable", ["blma_language_folder", "blma_cors"])
def test_nginx_lists_exactly_the_configured_language_folders(variable: str) -> None:
    """nginx.conf is static: a language added to mkdocs.yml fails here until its folder is listed there too."""
    folders = {SITE_LANGUAGES.prefix(code).rstrip("/") for code in SITE_LANGUAGES.translations}
    config = NGINX_CONF.read_text(encoding="utf-8")
    assert language_alternations(config, variable) == [folders], f"${variable} in {NGINX_CONF}"


def test_the_sites_allowed_to_embed_pages_also_receive_their_height() -> None:
    """frame-ancestors (who may show a page in a frame) and embed.js (to whom a frame posts its height) agree."""
    config = NGINX_CONF.read_text(encoding="utf-8")
    policy = re.search(r'add_header Content-Security-Policy "([^"]*)"', config)
    assert policy
    ancestors = next(part.split()[1:] for part in policy.group(1).split(";") if part.split()[0] == "frame-ancestors")
    listed = re.search(r"var EMBEDDING_ORIGINS = (\[[^\]]*\]);", EMBED_SCRIPT.read_text(encoding="utf-8"))
    assert listed, f"{EMBED_SCRIPT} lost its EMBEDDING_ORIGINS list"
    assert set(ancestors) - {"'self'"} == set(json.loads(listed.group(1))) == set(KNOWLEDGE_PLATFORM)

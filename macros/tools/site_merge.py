"""The merge after a parallel build: one scratch site per language becomes the site a sequential build writes.

In a sequential build every language build writes into the same folder: the default language's pages and the
theme's files at the root, each other language's pages under its prefix, and the root's ``sitemap.xml``
rewritten by each build with the pages of every language built so far. So the merged site is the default
language's scratch site, each other language's own folder, and the sitemaps' ``<url>`` entries joined in the
i18n block's order, compressed as MkDocs compresses them (same header time, so the same bytes).
"""

from __future__ import annotations

import gzip
import os
import shutil
import struct
from pathlib import Path

SITEMAP = "sitemap.xml"
URLSET_END = "\n</urlset>"


def _clean(folder: Path) -> None:
    """Empty ``folder`` as ``mkdocs build --clean`` does (its dot files stay)."""
    for entry in folder.iterdir():
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _move_contents(source: Path, target: Path) -> None:
    for entry in source.iterdir():
        os.replace(entry, target / entry.name)


def sitemap_entries(sitemap: str) -> tuple[str, str]:
    """The sitemap's opening (declaration and ``<urlset>`` tag) and its entries."""
    opening_end = sitemap.index(">", sitemap.index("<urlset")) + 1
    closing = sitemap.rindex(URLSET_END)
    return sitemap[:opening_end], sitemap[opening_end:closing]


def join_sitemaps(sitemaps: list[str]) -> str:
    """One sitemap with every language's entries, in the given order."""
    opening, _ = sitemap_entries(sitemaps[0])
    return opening + "".join(sitemap_entries(text)[1] for text in sitemaps) + URLSET_END


def _gzip_mtime(path: Path) -> int:
    """The time in a gzip header (MkDocs stamps the sitemap with the build date of the last language)."""
    header = path.read_bytes()[:8]
    return int(struct.unpack("<I", header[4:8])[0])


def write_sitemap(site_dir: Path, text: str, mtime: int) -> None:
    """``sitemap.xml`` and ``sitemap.xml.gz`` written as MkDocs writes them (mkdocs.commands.build)."""
    target = site_dir / SITEMAP
    target.write_bytes(text.encode("utf-8"))
    gz_target = site_dir / f"{SITEMAP}.gz"
    with gz_target.open("wb") as raw, gzip.GzipFile(fileobj=raw, filename=str(gz_target), mode="wb", mtime=mtime) as gz:
        gz.write(text.encode("utf-8"))


def merge_language_sites(site_dir: Path, builds: list[tuple[str, str, Path]]) -> None:
    """Merge ``builds`` (language, prefix, scratch site; the default language first, prefix "") into
    ``site_dir``. The scratch sites are emptied."""
    (_default, root_prefix, root_site), *others = builds
    if root_prefix:
        raise ValueError("the first build must be the default language, built at the root")
    sitemaps = [
        (scratch / SITEMAP).read_text(encoding="utf-8")
        for _lang, _prefix, scratch in builds
        if (scratch / SITEMAP).exists()
    ]
    last_gz = next(
        (scratch / f"{SITEMAP}.gz" for *_, scratch in reversed(builds) if (scratch / f"{SITEMAP}.gz").exists()), None
    )
    _clean(site_dir)
    _move_contents(root_site, site_dir)
    for _lang, prefix, scratch in others:
        folder = prefix.strip("/")
        if (site_dir / folder).exists():
            shutil.rmtree(site_dir / folder)
        os.replace(scratch / folder, site_dir / folder)
    if len(sitemaps) == len(builds) and last_gz is not None:
        write_sitemap(site_dir, join_sitemaps(sitemaps), _gzip_mtime(last_gz))

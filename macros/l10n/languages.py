"""The site's languages, from one place: the i18n block of ``mkdocs.yml``.

Build, bundles, translation status, bench and tests all ask :class:`SiteLanguages`; no other module lists
language codes. A language marked ``extra: {translation_complete: true}`` in that block must have every data
text translated (a missing one fails the build); a newly added language is shown in English, marked as such,
until it is.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

#: The per-language flag (under ``extra``) that makes data texts in that language required.
COMPLETE_FLAG = "translation_complete"


@dataclass(frozen=True)
class Language:
    """One entry of the i18n block."""

    code: str
    name: str
    default: bool = False
    complete: bool = False


@dataclass(frozen=True)
class SiteLanguages:
    """Every configured language, in config order; the default (source) language first among equals."""

    languages: tuple[Language, ...]
    #: The language built at the site root, when it is not the default one (a one-language preview builds its
    #: language there: ``make serve LANG=fr``).
    root: str | None = None

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(language.code for language in self.languages)

    @property
    def default(self) -> str:
        return next((language.code for language in self.languages if language.default), self.languages[0].code)

    @property
    def translations(self) -> tuple[str, ...]:
        """Every language but the source one: what translators work on."""
        return tuple(code for code in self.codes if code != self.default)

    @property
    def required(self) -> tuple[str, ...]:
        """Languages in which every data text must exist: the source language and the complete ones."""
        return tuple(lang.code for lang in self.languages if lang.default or lang.complete)

    def prefix(self, lang: str) -> str:
        """The folder of a language under the site root: "" for the default language, "fr/" otherwise."""
        return "" if lang == (self.root or self.default) else f"{lang}/"

    def prefixes(self, codes: Iterable[str] | None = None) -> dict[str, str]:
        return {code: self.prefix(code) for code in (self.codes if codes is None else codes)}

    def page_language(self, page: Any) -> str:
        """The language of the section being built (``fr`` for an English fallback page under /fr/).

        The language is not known when macros are defined (static-i18n builds each language in turn), so it is
        read from the page at render time (stack notes).
        """
        file = getattr(page, "file", None)
        for attribute in ("locale_alternate_of", "locale"):
            value = getattr(file, attribute, None)
            if value:
                return str(value)
        return self.default

    def content_language(self, page: Any) -> str:
        """The language the page's Markdown is written in (the default language on a fallback page)."""
        return str(getattr(getattr(page, "file", None), "locale", None) or self.default)

    def name(self, lang: str) -> str:
        return next((language.name for language in self.languages if language.code == lang), lang)

    @classmethod
    def from_entries(cls, entries: Iterable[Any]) -> SiteLanguages:
        """From the i18n plugin's language entries (config objects or plain mappings)."""
        languages = []
        for entry in entries:
            item: Mapping[str, Any] = entry if isinstance(entry, Mapping) else dict(entry)
            if item.get("locale") in (None, "null"):
                continue  # static-i18n's switcher-only entry
            extra = item.get("extra") or {}
            languages.append(
                Language(
                    code=str(item["locale"]),
                    name=str(item.get("name") or item["locale"]),
                    default=bool(item.get("default")),
                    complete=bool(extra.get(COMPLETE_FLAG)),
                )
            )
        if not languages:
            raise ValueError("the i18n block of mkdocs.yml lists no language")
        return cls(tuple(languages))

    @classmethod
    def from_config(cls, config: Any) -> SiteLanguages:
        """From a loaded MkDocs config (inside the build). The list and the default come from the config file:
        static-i18n makes the previewed language the "default" of a one-language build, which only moves it to
        the site root."""
        i18n = config["plugins"].get("i18n")
        if i18n is None:
            lang = str(config["theme"]["language"])
            return cls((Language(lang, lang, default=True, complete=True),))
        configured = cls.from_mkdocs_yml(Path(config["config_file_path"]))
        root = str(getattr(i18n, "default_language", "") or configured.default)
        return cls(configured.languages, None if root == configured.default else root)

    @classmethod
    def from_mkdocs_yml(cls, path: Path) -> SiteLanguages:
        """From the config file (tools and tests), without loading MkDocs and its plugins. Read again only when
        the file changed: a preview asks at every rebuild, and parsing the file was a tenth of a rebuild."""
        stat = path.stat()
        return _languages_in(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _languages_in(path: str, mtime_ns: int, size: int) -> SiteLanguages:
    document = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_ConfigLoader)
    for plugin in document.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return SiteLanguages.from_entries(plugin["i18n"]["languages"])
    raise ValueError(f"{path}: no i18n plugin block")


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's ``!ENV [NAME, default]`` tags as MkDocs would."""


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(str(loader.construct_scalar(node)))
    names = loader.construct_sequence(node)  # type: ignore[arg-type]
    *variables, fallback = names
    return next((os.environ[name] for name in variables if name in os.environ), fallback)


_ConfigLoader.add_constructor("!ENV", _env_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: suffix)

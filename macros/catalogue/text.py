"""Human text in several languages: the one type every record field of words uses.

Kept apart from the records (``models``) because renderers, translation status and XLIFF need the text type
and the source language without the catalogue's schema.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, RootModel, ValidationInfo, field_validator

#: Data texts are written in English first: the key every text must have, and what a missing translation
#: falls back to (marked). Which other languages are required comes from mkdocs.yml (l10n.languages), passed to
#: validation as the context's ``required_languages``.
SOURCE_LANGUAGE = "en"
#: Longest text a record field may hold: a 1 MB paste would otherwise go to every page and the print page.
MAX_TEXT_LENGTH = 12_000

LANG_PATTERN = re.compile(r"^[a-z]{2,3}$")


class Localized(RootModel[dict[str, str]]):
    """A human text in several languages, e.g. ``{en: ..., fr: ..., es: ...}``."""

    model_config = ConfigDict(frozen=True)

    @field_validator("root")
    @classmethod
    def _complete(cls, texts: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        for lang in texts:
            if not LANG_PATTERN.match(lang):
                raise ValueError(f"{lang!r} is not a language code (two or three lowercase letters)")
        for lang, text in texts.items():
            if len(text) > MAX_TEXT_LENGTH:
                raise ValueError(f"the {lang} text has {len(text):,} characters; the limit is {MAX_TEXT_LENGTH:,}")
        required = (info.context or {}).get("required_languages", (SOURCE_LANGUAGE,))
        missing = [lang for lang in required if not (texts.get(lang) or "").strip()]
        if missing:
            raise ValueError(f"missing translation: {', '.join(missing)}")
        # Only ASCII white space is trimmed: a French non-breaking space before ":" is meaningful.
        return {lang: text.strip(" \t\r\n") for lang, text in texts.items()}

    def get(self, lang: str) -> LocalizedText:
        """The text in ``lang``, or the English source marked as a fallback."""
        if text := self.root.get(lang):
            return LocalizedText(text=text, lang=lang, fallback=False)
        return LocalizedText(text=self.root[SOURCE_LANGUAGE], lang=SOURCE_LANGUAGE, fallback=True)


class LocalizedText(BaseModel):
    """A text chosen for one page language; ``fallback`` marks English shown in place of a translation."""

    model_config = ConfigDict(frozen=True)

    text: str
    lang: str
    fallback: bool

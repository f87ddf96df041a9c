"""The clause bank as a Word document per language, written at build time: ministries draft in Word."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from ..catalogue.loader import Catalogue
from ..catalogue.queries import clauses_by_phase

if TYPE_CHECKING:  # python-docx (and lxml) are imported only when a document is written, not by every build
    from docx.document import Document as DocumentObject
    from docx.text.paragraph import Paragraph

FOLDER = "downloads"


def document_name(lang: str) -> str:
    """The file name, the same in every build, so that the download page can link it before it exists."""
    return f"blma-model-clauses-{lang}.docx"


class StyleIds:
    """Paragraph styles looked up once by name. python-docx looks a style name up anew for every paragraph,
    scanning all of Word's default styles each time: three quarters of the time a document took."""

    def __init__(self, document: DocumentObject) -> None:
        self._styles = document.styles
        self._ids: dict[str, str] = {}

    def add(self, document: DocumentObject, text: str, style: str) -> Paragraph:
        """A paragraph of ``text`` in the style named ``style``, as ``document.add_paragraph(text, style)``."""
        if style not in self._ids:
            self._ids[style] = self._styles[style].style_id
        paragraph = document.add_paragraph(text)
        paragraph._p.style = self._ids[style]
        return paragraph


def write_clause_document(catalogue: Catalogue, lang: str, target: Path, source_url: str, built: datetime) -> Path:
    """Every clause with its wording, note and sources, grouped by phase in cycle order."""
    from docx import Document

    ui = catalogue.ui
    document = Document()
    properties = document.core_properties
    properties.title = ui.text("clauses_docx_title", lang)
    properties.language = lang
    properties.created = properties.modified = built
    styles = StyleIds(document)
    styles.add(document, ui.text("clauses_docx_title", lang), "Title")
    document.add_paragraph(ui.text("clauses_docx_intro", lang).replace("{url}", source_url))
    current_phase = None
    for clause in clauses_by_phase(catalogue):
        phase = clause.phases[0]
        if phase != current_phase:
            current_phase = phase
            styles.add(document, catalogue.vocabulary.term("phase", phase).label.get(lang).text, "Heading 1")
        styles.add(document, clause.title.get(lang).text, "Heading 2")
        for line in clause.text.get(lang).text.splitlines():
            if line.strip():
                document.add_paragraph(line.strip())
        note = document.add_paragraph()
        note.add_run(ui.text("clause_note", lang) + ui.text("colon", lang) + " ").bold = True
        note.add_run(clause.note.get(lang).text)
        traced = document.add_paragraph()
        traced.add_run(ui.text("clause_traced_from", lang) + ui.text("colon", lang)).bold = True
        for source in clause.traced_from:
            year = f", {source.year}" if source.year else ""
            styles.add(
                document, f"{source.title}, {source.article}. {source.publisher}{year}. {source.url}", "List Bullet"
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = io.BytesIO()
    document.save(saved)
    target.write_bytes(reproducible_zip(saved.getvalue(), built))
    return target


def reproducible_zip(archive: bytes, stamp: datetime) -> bytes:
    """The same archive with every entry dated ``stamp``: python-docx dates entries with the time of saving,
    so two builds of the same clauses would differ (and a parallel build could not be compared with a
    sequential one)."""
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            copy = zipfile.ZipInfo(entry.filename, date_time=when)
            copy.compress_type, copy.external_attr = entry.compress_type, entry.external_attr
            target.writestr(copy, source.read(entry.filename))
    return out.getvalue()


def write_kept_document(
    catalogue: Catalogue, lang: str, target: Path, source_url: str, built: datetime, data_dir: Path, cache_dir: Path
) -> Path:
    """The document as :func:`write_clause_document` writes it, kept in ``cache_dir`` under a digest of all it
    is made from (the data files, the language, the page address, the date, this module and python-docx's
    version), so that a build with the same clauses copies it instead of writing it again."""
    digest = hashlib.sha256()
    for part in (lang, source_url, built.isoformat(), metadata.version("python-docx"), Path(__file__).read_text()):
        digest.update(part.encode("utf-8") + b"\0")
    for path in sorted(data_dir.rglob("*.yml")):
        digest.update(path.relative_to(data_dir).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    kept = cache_dir / f"{document_name(lang)}.{digest.hexdigest()[:16]}"
    target.parent.mkdir(parents=True, exist_ok=True)
    if kept.exists():
        shutil.copyfile(kept, target)
        return target
    write_clause_document(catalogue, lang, target, source_url, built)
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        for stale in kept.parent.glob(f"{document_name(lang)}.*"):
            stale.unlink()
        shutil.copyfile(target, kept)
    except OSError:
        pass  # a read-only checkout writes the document every time
    return target

"""The clause bank as a Word document per language, written at build time: ministries draft in Word."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx import Document

from ..catalogue.loader import Catalogue
from ..catalogue.queries import clauses_by_phase

FOLDER = "downloads"


def document_name(lang: str) -> str:
    """The file name, the same in every build, so that the download page can link it before it exists."""
    return f"blma-model-clauses-{lang}.docx"


def write_clause_document(catalogue: Catalogue, lang: str, target: Path, source_url: str, built: datetime) -> Path:
    """Every clause with its wording, note and sources, grouped by phase in cycle order."""
    ui = catalogue.ui
    document = Document()
    properties = document.core_properties
    properties.title = ui.text("clauses_docx_title", lang)
    properties.language = lang
    properties.created = properties.modified = built
    document.add_heading(ui.text("clauses_docx_title", lang), level=0)
    document.add_paragraph(ui.text("clauses_docx_intro", lang).replace("{url}", source_url))
    current_phase = None
    for clause in clauses_by_phase(catalogue):
        phase = clause.phases[0]
        if phase != current_phase:
            current_phase = phase
            document.add_heading(catalogue.vocabulary.term("phase", phase).label.get(lang).text, level=1)
        document.add_heading(clause.title.get(lang).text, level=2)
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
            document.add_paragraph(
                f"{source.title}, {source.article}. {source.publisher}{year}. {source.url}", style="List Bullet"
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target

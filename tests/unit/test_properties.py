"""Hostile input, generated: the loader either accepts a record or names the file, record and field; the
renderers either render escaped text or fail with a selection error. Never a crash trace, never raw markup."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.catalogue.loader import load_catalogue
from macros.catalogue.problems import DataError
from macros.render.renderer import PageContext, Renderer
from macros.render.views import practices
from tests.conftest import DATA_DIR, FIXTURE_RECORDS, REQUIRED_LANGUAGES

HOSTILE_PIECES = [
    "<script>alert(1)</script>",
    "{{ config }}",
    "{% raw %}",
    "{#",
    "</article>",
    '" onmouseover="x',
    "\u202eRTL override",
    "مرحبا بالعالم",
    "e\u0301\u0301\u0301",
    "\x00",
    "&amp;",
]
hostile_text = st.one_of(
    st.text(min_size=1, max_size=200),
    st.lists(st.sampled_from(HOSTILE_PIECES), min_size=1, max_size=6).map("".join),
    st.text(alphabet="ab<>&\"'{}%#", min_size=1, max_size=50).map(lambda s: s * 200),
)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


#: One folder for every example, removed when the run ends: hypothesis runs hundreds of examples.
SCRATCH = tempfile.TemporaryDirectory(prefix="blma-properties-")


def fixture_copy() -> Path:
    """A fresh copy of the fixture catalogue, in the same scratch folder each time."""
    data = Path(SCRATCH.name) / "data"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(FIXTURE_RECORDS, data)
    for name in ("vocabulary.yml", "ui.yml", "regions.yml"):
        shutil.copy(DATA_DIR / name, data / name)
    return data


@SETTINGS
@given(text=hostile_text)
def test_hostile_text_is_escaped_or_rejected(text: str) -> None:
    data = fixture_copy()
    path = data / "practices.yml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["practices"][0]["summary"]["fr"] = text
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        catalogue = load_catalogue(data, REQUIRED_LANGUAGES)
    except DataError as error:
        assert all(p.file == "data/practices.yml" and p.record == "nepal-malaysia-2018" for p in error.problems)
        return
    html = str(practices(Renderer(catalogue, PageContext(lang="fr", src_path="practices.md")), phase="negotiation"))
    assert "<script" not in html and "</article>\n</article>" not in html and 'onmouseover="x' not in html


@SETTINGS
@given(content=st.text(max_size=300))
def test_malformed_yaml_gives_a_data_error_naming_the_file(content: str) -> None:
    data = fixture_copy()
    (data / "glossary.yml").write_text(content, encoding="utf-8")
    try:
        load_catalogue(data, REQUIRED_LANGUAGES)
    except DataError as error:
        assert error.problems and all(p.file.startswith("data/") for p in error.problems)
        assert any(p.file == "data/glossary.yml" for p in error.problems)


field_values = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=30),
    st.lists(st.text(max_size=10), max_size=3),
    st.dictionaries(st.sampled_from(["en", "fr", "es", "xx"]), st.text(max_size=20), max_size=4),
)


@SETTINGS
@given(
    field=st.sampled_from(["title", "origin", "year", "phases", "sources", "summary", "core_elements"]),
    value=field_values,
)
def test_a_broken_field_is_named(field: str, value: object) -> None:
    data = fixture_copy()
    path = data / "practices.yml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["practices"][0][field] = value
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        load_catalogue(data, REQUIRED_LANGUAGES)
    except DataError as error:
        assert any(p.record == "nepal-malaysia-2018" and p.field and p.field.startswith(field) for p in error.problems)

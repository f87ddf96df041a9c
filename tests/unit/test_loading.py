"""The loader accepts the fixture catalogue and rejects each kind of broken record with file, id and field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from macros.catalogue.loader import fingerprint, load_catalogue
from macros.catalogue.problems import DataError
from tests.conftest import REQUIRED_LANGUAGES


def edit(path: Path, change) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")


def problems_of(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_catalogue(data, REQUIRED_LANGUAGES)
    return [str(problem) for problem in caught.value.problems]


def test_fixture_catalogue_loads(fixture_data: Path) -> None:
    catalogue = load_catalogue(fixture_data, REQUIRED_LANGUAGES)
    assert set(catalogue.core_elements) == {f"{p}-element" for p in catalogue.vocabulary.ids("phase")}
    assert catalogue.practices["nepal-malaysia-2018"].origin == ["NP"]
    assert catalogue.instruments["c97"].title.get("fr").text.startswith("Convention (n° 97)")


def test_real_catalogue_loads() -> None:
    from tests.conftest import DATA_DIR

    catalogue = load_catalogue(DATA_DIR, REQUIRED_LANGUAGES)
    assert catalogue.core_elements and catalogue.practices and catalogue.instruments and catalogue.glossary


def test_missing_translation_names_file_record_and_field(fixture_data: Path) -> None:
    edit(fixture_data / "practices.yml", lambda d: d["practices"][0]["summary"].pop("fr"))
    assert problems_of(fixture_data) == [
        "data/practices.yml: record 'nepal-malaysia-2018', field 'summary': missing translation: fr"
    ]


def test_empty_translation_is_missing(fixture_data: Path) -> None:
    edit(fixture_data / "core_elements" / "adoption.yml", lambda d: d["core_elements"][0]["title"].update(es="  "))
    (problem,) = problems_of(fixture_data)
    assert (
        problem == "data/core_elements/adoption.yml: record 'adoption-element', field 'title': missing translation: es"
    )


def test_unknown_phase_suggests_the_closest(fixture_data: Path) -> None:
    edit(
        fixture_data / "core_elements" / "negotiation.yml", lambda d: d["core_elements"][0].update(phase="negociation")
    )
    problem = problems_of(fixture_data)[0]  # the practice that refers to the rejected element is reported too
    assert problem.startswith(
        "data/core_elements/negotiation.yml: record 'negotiation-element', field 'phase': "
        "unknown phase 'negociation'; did you mean 'negotiation'"
    )


def test_bad_url(fixture_data: Path) -> None:
    edit(fixture_data / "practices.yml", lambda d: d["practices"][0]["sources"][0].update(url="www.example"))
    (problem,) = problems_of(fixture_data)
    assert problem.startswith("data/practices.yml: record 'nepal-malaysia-2018', field 'sources[0].url': ")


def test_duplicate_id(fixture_data: Path) -> None:
    edit(fixture_data / "practices.yml", lambda d: d["practices"].append(dict(d["practices"][0])))
    assert problems_of(fixture_data) == ["data/practices.yml: record 'nepal-malaysia-2018', field 'id': duplicate id"]


def test_duplicate_core_element_across_files(fixture_data: Path) -> None:
    def duplicate(document: dict) -> None:
        document["core_elements"][0]["id"] = "preparation-element"

    edit(fixture_data / "core_elements" / "monitoring.yml", duplicate)
    problems = problems_of(fixture_data)
    assert "data/core_elements/preparation.yml: record 'preparation-element', field 'id': duplicate id" in problems[0]
    assert "also in data/core_elements/monitoring.yml" in problems[0]


@pytest.mark.parametrize("code", ["XX", "ph", "PHL", "EU", "ZZ"])
def test_unknown_country_code(fixture_data: Path, code: str) -> None:
    edit(fixture_data / "practices.yml", lambda d: d["practices"][0].update(destination=[code]))
    (problem,) = problems_of(fixture_data)
    assert problem.startswith("data/practices.yml: record 'nepal-malaysia-2018', field 'destination")
    assert repr(code) in problem


def test_unknown_reference_to_core_element(fixture_data: Path) -> None:
    edit(fixture_data / "practices.yml", lambda d: d["practices"][0].update(core_elements=["negotiation-elemnt"]))
    (problem,) = problems_of(fixture_data)
    assert problem.startswith(
        "data/practices.yml: record 'nepal-malaysia-2018', field 'core_elements[0]': "
        "unknown core element 'negotiation-elemnt'; did you mean 'negotiation-element'"
    )


def test_unknown_instrument_reference(fixture_data: Path) -> None:
    edit(fixture_data / "core_elements" / "adoption.yml", lambda d: d["core_elements"][0].update(instruments=["c98"]))
    (problem,) = problems_of(fixture_data)
    assert "field 'instruments[0]': unknown instrument 'c98'; did you mean 'c97'" in problem


def test_unknown_field_is_rejected(fixture_data: Path) -> None:
    edit(fixture_data / "practices.yml", lambda d: d["practices"][0].update(sumary={"en": "typo"}))
    (problem,) = problems_of(fixture_data)
    assert problem.startswith("data/practices.yml: record 'nepal-malaysia-2018', field 'sumary': ")


def test_invalid_yaml_names_the_line(fixture_data: Path) -> None:
    (fixture_data / "glossary.yml").write_text("terms:\n  - id: a\n   bad: [\n", encoding="utf-8")
    (problem,) = problems_of(fixture_data)  # one problem: no follow-on "unknown term" errors
    assert problem.startswith("data/glossary.yml: not valid YAML, line 3, column ")


def test_an_unclosed_quote_is_reported_where_it_opens(fixture_data: Path) -> None:
    (fixture_data / "glossary.yml").write_text('terms:\n  - id: "a\n    term: x\n    other: y\n', encoding="utf-8")
    (problem,) = problems_of(fixture_data)
    assert problem.startswith("data/glossary.yml: not valid YAML, line 2, column 9: a quoted text starts here")


def test_a_duplicate_key_is_refused_with_its_line(fixture_data: Path) -> None:
    path = fixture_data / "glossary.yml"
    text = path.read_text(encoding="utf-8")
    first_fr = text.index("      fr: ")
    line = text.count("\n", 0, first_fr) + 1
    path.write_text(text[:first_fr] + "      fr: doublon\n" + text[first_fr:], encoding="utf-8")
    problems = problems_of(fixture_data)
    assert problems == [f"data/glossary.yml: not valid YAML, line {line + 1}, column 7: duplicate key 'fr'"]


def test_a_broken_core_element_file_gives_one_problem_not_a_cascade(fixture_data: Path) -> None:
    (fixture_data / "core_elements" / "negotiation.yml").write_text("core_elements:\n  - id: [\n", encoding="utf-8")
    problems = problems_of(fixture_data)
    assert len(problems) == 1 and problems[0].startswith("data/core_elements/negotiation.yml: not valid YAML")


def test_an_oversized_text_is_refused(fixture_data: Path) -> None:
    edit(fixture_data / "glossary.yml", lambda d: d["terms"][0]["definition"].update(fr="x" * 1_000_000))
    (problem,) = problems_of(fixture_data)
    assert "field 'definition'" in problem and "the limit is 12,000" in problem


def test_all_problems_are_reported_together(fixture_data: Path) -> None:
    edit(fixture_data / "practices.yml", lambda d: d["practices"][0].update(year="soon", phases=["drafting"]))
    edit(fixture_data / "glossary.yml", lambda d: d["terms"][0]["term"].pop("es"))
    problems = problems_of(fixture_data)
    assert len(problems) == 3
    assert any("field 'year'" in p for p in problems)
    assert any("field 'phases[0]'" in p and "unknown phase 'drafting'" in p for p in problems)
    assert any(p.startswith("data/glossary.yml: record 'social-dialogue', field 'term'") for p in problems)


def test_fingerprint_changes_when_a_data_file_is_edited(fixture_data: Path) -> None:
    """The plugin reloads the catalogue when this fingerprint changes (``mkdocs serve`` edits)."""
    before = fingerprint(fixture_data)
    edit(fixture_data / "practices.yml", lambda d: d["practices"][0]["title"].update(en="Edited title, longer"))
    assert fingerprint(fixture_data) != before
    assert (
        load_catalogue(fixture_data, REQUIRED_LANGUAGES).practices["nepal-malaysia-2018"].title.get("en").text
        == "Edited title, longer"
    )

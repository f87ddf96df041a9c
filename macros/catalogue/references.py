"""Checks across records: every id one record uses must name a record that exists.

Run after each file validated on its own (``loader``), so a mistyped id is reported on the field that holds it,
with the closest known ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .models import BudgetLine, Clause, Practice, closest
from .problems import Problem

if TYPE_CHECKING:
    from .loader import Catalogue


def check_references(catalogue: Catalogue, problems: list[Problem]) -> None:
    """Every id that one record uses must name a record that exists."""
    for element in catalogue.core_elements.values():
        file = catalogue.files[f"core_element:{element.id}"]
        for index, instrument_id in enumerate(element.instruments):
            if instrument_id not in catalogue.instruments:
                problems.append(
                    Problem(
                        file,
                        element.id,
                        f"instruments[{index}]",
                        f"unknown instrument {instrument_id!r}; {closest(instrument_id, catalogue.instruments)}",
                    )
                )
    element_users: tuple[tuple[str, Iterable[Practice | Clause | BudgetLine]], ...] = (
        ("practices", catalogue.practices.values()),
        ("clauses", catalogue.clauses.values()),
        ("costing", catalogue.budget_lines.values()),
    )
    for kind, records in element_users:
        for record in records:
            for index, element_id in enumerate(record.core_elements):
                if element_id not in catalogue.core_elements:
                    hint = closest(element_id, catalogue.core_elements)
                    message = f"unknown core element {element_id!r}; {hint}"
                    problems.append(Problem(catalogue.files[kind], record.id, f"core_elements[{index}]", message))
    for practice in catalogue.practices.values():
        for field_name in ("origin", "destination"):
            for index, country in enumerate(getattr(practice, field_name)):
                if catalogue.regions.region_of(country) is None:
                    problems.append(
                        Problem(
                            catalogue.files["practices"],
                            practice.id,
                            f"{field_name}[{index}]",
                            f"country {country!r} has no region in {catalogue.files['regions']}",
                        )
                    )
    for term in catalogue.glossary.values():
        for index, other in enumerate(term.see_also):
            if other not in catalogue.glossary:
                problems.append(
                    Problem(
                        catalogue.files["glossary"],
                        term.id,
                        f"see_also[{index}]",
                        f"unknown glossary term {other!r}; {closest(other, catalogue.glossary)}",
                    )
                )
    for index, phase in enumerate(catalogue.vocabulary.phases):
        if phase.page is None:
            problems.append(Problem(catalogue.files["vocabulary"], phase.id, f"phases[{index}].page", "required"))

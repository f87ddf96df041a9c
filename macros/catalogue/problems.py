"""What stops data from being published: one problem per file, record and field, raised together."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One reason the data cannot be published."""

    file: str
    record: str | None
    field: str | None
    message: str
    syntax: bool = False  # a file that could not be read: checks across records would only echo it

    def __str__(self) -> str:
        where = self.file
        if self.record:
            where += f": record {self.record!r}"
        if self.field:
            where += f", field {self.field!r}"
        return f"{where}: {self.message}"


class DataError(Exception):
    """The catalogue is invalid; the build must stop rather than publish a broken page."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{len(problems)} problem(s) in data/:\n{lines}")

"""What is wrong in a returned office sheet, as a code and the words it quotes, worded when shown."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class SheetProblemKind(enum.StrEnum):
    """A problem found in a returned sheet; the values are printed by `sheets import --json`."""

    FORMULA = "formula"  # a cell holds a formula; only typed values are imported
    NO_TASK_CODE = "no_task_code"  # a row written in has no task code
    SUPPORT_ROW = "support_row"  # a supporting office wrote in a row its lead reports
    NOT_THIS_OFFICE = "not_this_office"  # a task code that is not on this office's sheet
    DUPLICATE_ROW = "duplicate_row"  # the same task written in twice
    UNKNOWN_STATUS = "unknown_status"  # status words no alias matches
    BAD_DATE = "bad_date"  # a completion date that is not a date
    BAD_NUMBER = "bad_number"  # an indicator's result that is not a number
    MISSING_STATUS = "missing_status"  # a result written but no status chosen, none before


@dataclass(frozen=True)
class SheetProblem:
    """One problem of a sheet: *kind* names the sentence, *row*, *task_id* and *params* fill it.

    The sentence itself is not held here: services.sheet_problem_texts words it in the language
    of the moment it is shown, so a language switch reaches problems read before it.
    """

    kind: SheetProblemKind
    row: int | None = None
    task_id: int | None = None
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(
        cls, kind: SheetProblemKind, row: int, task_id: int | None = None, **params: str
    ) -> SheetProblem:
        return cls(kind, row, task_id, tuple(sorted(params.items())))

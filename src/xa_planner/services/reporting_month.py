"""The one reporting month every view opens on: the earliest month whose report is not yet sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from xa_planner.domain.periods import Period


@dataclass(frozen=True)
class ReportingMonth:
    """The month being reported on and the day its report is due at the province."""

    period: Period
    deadline: dt.date

    def days_left(self, today: dt.date) -> int:
        return (self.deadline - today).days


def calendar_due_period(today: dt.date, deadline_day: int, start_day: int) -> Period:
    """The month whose report the calendar says is due next: the earliest deadline not past."""
    period = Period.containing(today).shifted(-2)
    while period.deadline(deadline_day, start_day) < today:
        period = period.shifted(1)
    return period


def reporting_period(
    sent: Iterable[Period], recorded: Iterable[Period], calendar_due: Period
) -> Period:
    """The earliest month not yet marked sent, from the first month sent or else recorded.

    Only sending a report moves it on: a month whose deadline passes unsent stays the
    reporting month. Months before the first one ever sent are history, never reported now.
    Before anything is sent or recorded, the calendar's month is the only clue.
    """
    sent = set(sent)
    period = min(sent) if sent else min({*recorded, calendar_due})
    while period in sent:
        period = period.shifted(1)
    return period

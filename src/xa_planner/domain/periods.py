"""Reporting periods: the month a report speaks for, its data window and its deadline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by *delta* months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


@dataclass(frozen=True, order=True)
class Period:
    """One reporting month, identified as "YYYY-MM"."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 2000 <= self.year <= 2100:
            raise ValueError(f"not a reporting month: {self.year}-{self.month}")

    @classmethod
    def parse(cls, text: str) -> Period:
        """Period from "YYYY-MM"; ValueError for anything else."""
        parts = text.strip().split("-")
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not a month in the form YYYY-MM: {text!r}")
        return cls(int(parts[0]), int(parts[1]))

    @classmethod
    def containing(cls, day: dt.date) -> Period:
        return cls(day.year, day.month)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        """"06/2026", as the month is written in reports."""
        return f"{self.month:02d}/{self.year}"

    def shifted(self, delta: int) -> Period:
        return Period(*add_months(self.year, self.month, delta))

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    def last_day(self) -> dt.date:
        year, month = add_months(self.year, self.month, 1)
        return dt.date(year, month, 1) - dt.timedelta(days=1)

    def data_window(self, start_day: int) -> tuple[dt.date, dt.date]:
        """The days whose work this month's report covers.

        With start day 15 the report of June covers 15 May to 14 June; with start day 1 it
        covers the calendar month.
        """
        if start_day <= 1:
            return self.first_day(), self.last_day()
        previous = self.shifted(-1)
        start = dt.date(previous.year, previous.month, start_day)
        return start, dt.date(self.year, self.month, start_day - 1)

    def deadline(self, deadline_day: int, start_day: int) -> dt.date:
        """The day the report must reach the province: the first deadline day after the window."""
        _, window_end = self.data_window(start_day)
        candidate = dt.date(window_end.year, window_end.month, deadline_day)
        if candidate <= window_end:
            year, month = add_months(window_end.year, window_end.month, 1)
            candidate = dt.date(year, month, deadline_day)
        return candidate

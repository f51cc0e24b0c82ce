"""Why the importer doubts a task it read: codes kept with the template's tasks, worded on review."""

from __future__ import annotations

import enum


class Doubt(enum.StrEnum):
    """A doubt about an imported task; the values are stored in the database and the JSON output."""

    LABEL_GUESSED = "label_guessed"  # a field label read from damaged text
    NO_LEAD = "no_lead"  # nobody is named to lead the task
    TIMEFRAME = "timeframe_not_understood"  # a time frame the parser could not read
    UNIT_UNKNOWN = "unit_not_recognised"  # a lead unit not in the catalogue
    TARGET = "target_unclear"  # a number found but what it measures is unclear
    UNIT_RENAMED = "unit_renamed"  # a unit written under a former name; its current one suggested

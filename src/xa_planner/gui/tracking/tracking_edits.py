"""Storing one task's month from the tracking page, with the refusal or conflict told once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.gui.tracking.tracking_notes_panel import TrackingNotes, notes_of
from xa_planner.gui.widgets import prompts
from xa_planner.services.errors import ServiceError
from xa_planner.services.views import TrackingRow


def save_progress(
    parent: QWidget,
    tracking_service,
    row: TrackingRow,
    period: Period,
    today: dt.date,
    *,
    status: ProgressStatus | None = None,
    notes: TrackingNotes | None = None,
) -> bool:
    """Store *row* with a new status and/or notes, against the revision the row was read at.

    A locked month or someone else's newer change is told through prompts; False then, and
    the caller reloads the rows so the officer sees what is stored.
    """
    status = status or row.status or ProgressStatus.NOT_STARTED
    notes = notes or notes_of(row)
    completed_on = min(today, period.last_day()) if status is ProgressStatus.DONE else None
    try:
        tracking_service.set_progress(
            row.task_id,
            period,
            status,
            result_note=notes.result_note,
            difficulties=notes.difficulties,
            proposals=notes.proposals,
            completed_on=completed_on,
            seen_revision=row.revision,
        )
    except ServiceError as err:
        prompts.show_error(parent, str(err))
        return False
    return True

"""Which offices still owe their sheet for a month: one rule for the sheet round trip and the home page.

Kept apart from sheet_service so the home page can ask without importing the sheet readers and writers.
"""

from __future__ import annotations

import datetime as dt

from xa_planner.domain.periods import Period
from xa_planner.storage.repositories import OfficeRepository, PlanRepository
from xa_planner.storage.sheet_repository import SheetRepository
from xa_planner.storage.tracking_repository import TrackingRepository


def awaited_offices(session, period: Period) -> list[tuple[int, str, dt.datetime | None]]:
    """(office id, name, when its sheet was sent) of offices leading tasks of the current plan
    whose sheet for *period* has not come back."""
    plans = PlanRepository(session)
    plan_id = plans.current_id()
    if plan_id is None:
        return []
    leading = {t.lead_office_id for t in plans.tasks(plan_id)}
    period_id = TrackingRepository(session).period_id(period, create=False)
    states = SheetRepository(session).states(period_id)
    return [
        (o.id, o.full_name, states[o.id].exported_at if o.id in states else None)
        for o in OfficeRepository(session).all()
        if o.id in leading
        and not o.retired
        and (o.id not in states or states[o.id].returned_at is None)
    ]

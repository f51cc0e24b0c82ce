"""Create a realistic demo workspace of any size, its months of progress ending today."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.indicators import IndicatorKind, IndicatorValue
from xa_planner.domain.offices import Office
from xa_planner.domain.periods import Period
from xa_planner.domain.plans import Plan
from xa_planner.domain.progress import TaskProgress
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.localization import _
from xa_planner.services import demo_content
from xa_planner.services.errors import InvalidInput
from xa_planner.services.workspace_service import Workspace, create_empty
from xa_planner.storage.report_repository import ReportRepository
from xa_planner.storage.repositories import (
    AuditRepository,
    OfficeRepository,
    PlanRepository,
    ProfileRepository,
    TemplateRepository,
)
from xa_planner.storage.tracking_repository import TrackingRepository, add_progress_bulk

MIN_TASKS, MAX_TASKS = 10, 10_000
_DEADLINE_DAY = 12


def create_demo(
    path: Path,
    *,
    tasks: int = 60,
    offices: int = 14,
    months: int = 3,
    today: dt.date | None = None,
    user: str = "",
) -> Workspace:
    """A new workspace at *path* filled with a commune, a derived plan and its progress."""
    if not MIN_TASKS <= tasks <= MAX_TASKS:
        raise InvalidInput(
            _("Số nhiệm vụ phải từ {low} đến {high}.").format(low=MIN_TASKS, high=MAX_TASKS)
        )
    if not 1 <= offices <= 200 or not 0 <= months <= 24:
        raise InvalidInput(_("Số đơn vị phải từ 1 đến 200 và số tháng từ 0 đến 24."))
    # Filled while still under its building name: a failed or killed demo blocks no retry.
    return create_empty(
        Path(path),
        user=user,
        fill=lambda workspace: fill_demo(
            workspace, tasks=tasks, offices=offices, months=months, today=today
        ),
    )


def fill_demo(
    workspace: Workspace, *, tasks: int, offices: int, months: int, today: dt.date | None = None
) -> None:
    """Fill a new, empty workspace with the demo commune, its plan and months of progress."""
    today = today or dt.date.today()
    profile = workspace.commune.profile()
    workspace.commune.save_profile(
        dataclasses.replace(
            profile,
            commune_name="Vĩnh Thủy",
            province_name="Quảng Trị",
            chair_name="Nguyễn Văn An",
            police_chief_name="Lê Văn Hùng",
            report_recipient_unit="Phòng Cảnh sát QLHC về TTXH",
            report_recipient_code="PC06",
            report_recipient_email="da06@congan.quangtri.gov.vn",
            report_deadline_day=_DEADLINE_DAY,
        )
    )
    content = demo_content.build_demo(tasks, offices, today.year)
    rng = random.Random(today.toordinal())
    with workspace.database.session_scope(write=True) as session:
        office_ids = _set_offices(OfficeRepository(session), offices)
        template_id = TemplateRepository(session).add(content.template)
        template = TemplateRepository(session).get(template_id)
        plan = _plan(content, template, office_ids, today.year, template_id)
        plans = PlanRepository(session)
        plan_id = plans.add(plan)
        stored = plans.tasks(plan_id)
        task_ids = [t.id for t in stored]
        tracking = TrackingRepository(session)
        indicator_ids = [
            tracking.add_indicator(
                plan_id,
                dataclasses.replace(
                    ind, task_id=task_ids[ind.task_id] if ind.task_id is not None else None
                ),
            )
            for ind in content.indicators
        ]
        periods = [Period.containing(today).shifted(-k) for k in reversed(range(months))]
        add_progress_bulk(
            session, _progress([(t.id, t.due) for t in stored], periods, today, rng, workspace.user)
        )
        for index, period in enumerate(periods):
            for ind, ind_id in zip(content.indicators, indicator_ids, strict=True):
                tracking.set_indicator_value(_value(ind.kind, ind_id, period, index, rng), "demo")
        _mark_past_reports_sent(session, periods, today, workspace.user)
        AuditRepository(session).record(
            workspace.user,
            AuditAction.WORKSPACE_DEMO,
            "plan",
            plan_id,
            {"tasks": tasks, "offices": offices, "months": months},
        )


def _mark_past_reports_sent(session, periods: list[Period], today: dt.date, user: str) -> None:
    """A commune sends each report by its deadline: the demo's past months are sent and closed."""
    start_day = ProfileRepository(session).get().data_window_start_day
    for period in periods:
        if period.deadline(_DEADLINE_DAY, start_day) < today:
            ReportRepository(session).add_sent(period, user, "demo", "", None, ())
            TrackingRepository(session).set_locked(period, dt.datetime.now(), user)


def _set_offices(repository: OfficeRepository, count: int) -> list[int]:
    existing = repository.all()
    for office in existing[count:]:
        repository.update(dataclasses.replace(office, retired=True))
    ids = [o.id for o in existing[:count]]
    for n in range(len(existing), count):
        added = repository.add(
            Office(
                None, f"Thôn {n - len(existing) + 1}", f"Thôn {n - len(existing) + 1}", position=n
            )
        )
        ids.append(added.id)
    return ids


def _plan(content, template, office_ids: list[int], year: int, template_id: int) -> Plan:
    source_ids = [t.id for t in template.tasks]
    tasks = tuple(
        dataclasses.replace(
            task,
            lead_office_id=office_ids[task.lead_office_id],
            support_office_ids=tuple(office_ids[i] for i in task.support_office_ids),
            source_task_id=source_ids[task.source_task_id],
        )
        for task in content.tasks
    )
    return Plan(
        id=None,
        year=year,
        template_id=template_id,
        number="05/KH-UBND",
        issued_on=dt.date(year, 1, 20),
        title=f"Kế hoạch triển khai thực hiện Đề án 06 trên địa bàn xã Vĩnh Thủy năm {year}",
        directing_doc="Kế hoạch số 113/KH-UBND của UBND tỉnh",
        sections=content.sections,
        tasks=tasks,
    )


def _progress(tasks, periods, today, rng, user) -> list[TaskProgress]:
    """Each task moves forward month by month; once done it stays done, with its date."""
    entries = []
    for task_id, due in tasks:
        state, completed = ProgressStatus.NOT_STARTED, None
        for index, period in enumerate(periods):
            month_end = min(period.last_day(), today)
            if state is not ProgressStatus.DONE or due is None:
                state = _next_state(state, due, period, index, len(periods), rng)
                if state is ProgressStatus.DONE:
                    completed = _completion_day(due, period, month_end, rng)
            late = state is not ProgressStatus.DONE and due is not None and due < period.first_day()
            note = rng.choice(demo_content.LATE_NOTES if late else demo_content.NOTES[state])
            entries.append(
                TaskProgress(
                    task_id=task_id,
                    period_key=period.key,
                    status=state,
                    result_note=note,
                    difficulties=rng.choice(demo_content.DIFFICULTIES),
                    completed_on=completed,
                    updated_by=user,
                )
            )
    return entries


def _next_state(state, due, period, index, months, rng) -> ProgressStatus:
    if due is None:  # recurring work: reported afresh every month
        return ProgressStatus.DONE if rng.random() < 0.5 else ProgressStatus.IN_PROGRESS
    if due < period.first_day():
        return ProgressStatus.DONE if rng.random() < 0.6 else ProgressStatus.IN_PROGRESS
    if state is ProgressStatus.NOT_STARTED:
        return demo_content.progress_for_month(index, months, rng)
    return ProgressStatus.DONE if rng.random() < 0.25 else ProgressStatus.IN_PROGRESS


def _completion_day(due, period, month_end, rng) -> dt.date:
    if due is not None and due < period.first_day():
        return due - dt.timedelta(days=rng.randrange(0, 20))
    return period.first_day() + dt.timedelta(
        days=rng.randrange((month_end - period.first_day()).days + 1)
    )


def _value(kind, indicator_id, period, index, rng) -> IndicatorValue:
    if kind is IndicatorKind.RATIO:
        denominator = 4200.0
        numerator = round(denominator * (0.62 + 0.07 * index + rng.random() * 0.05))
        return IndicatorValue(indicator_id, period.key, numerator, denominator)
    return IndicatorValue(indicator_id, period.key, value=float(rng.randrange(90, 220)))

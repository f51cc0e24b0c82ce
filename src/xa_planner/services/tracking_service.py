"""The month-by-month state of every task of a plan."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.periods import Period
from xa_planner.domain.progress import TaskProgress, classify
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.domain.text import nfc
from xa_planner.localization import N_, _, format_number
from xa_planner.services.errors import InvalidInput
from xa_planner.services.plan_service import office_name
from xa_planner.services.reporting_month import (
    ReportingMonth,
    calendar_due_period,
    reporting_period,
)
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import TrackingRow
from xa_planner.storage.reads import OfficeReads, PlanReads, ProfileReads, TrackingReads

if TYPE_CHECKING:
    from xa_planner.storage.tracking_repository import TrackingRepository


class TrackingService(ServiceBase):
    """Each month's progress. Reading it needs no ORM (the home page reads it at start); its
    repositories are imported by the changes that use them."""

    def periods(self, today: dt.date | None = None) -> list[Period]:
        """Months with data, the current one and the reporting month, newest first."""
        today = today or dt.date.today()
        with self._query() as query:
            known = TrackingReads(query).periods()
        current = {Period.containing(today), self.reporting_month(today).period}
        return sorted(set(known) | current, reverse=True)

    def reporting_month(self, today: dt.date) -> ReportingMonth:
        """The month home, Theo dõi, the sheets and the report all open on, with its deadline.

        The earliest month whose report is not yet marked sent: marking it sent moves every
        view to the next month; the calendar alone never does.
        """
        with self._query() as query:
            profile = ProfileReads(query).get()
            tracking = TrackingReads(query)
            sent = tracking.sent_periods()
            recorded = tracking.periods()  # progress, sheets, figures
        days = (profile.report_deadline_day, profile.data_window_start_day)
        period = reporting_period(sent, recorded, calendar_due_period(today, *days))
        return ReportingMonth(period, period.deadline(*days))

    def tracking_rows(self, plan_id: int, period: Period, today: dt.date) -> list[TrackingRow]:
        with self._query() as query:
            plans, tracking = PlanReads(query), TrackingReads(query)
            names = OfficeReads(query).names_by_id()
            sections: dict[int | None, str] = {s.id: s.ref for s in plans.sections(plan_id)}
            now = tracking.progress_for(plan_id, period)
            before = tracking.progress_for(plan_id, period.shifted(-1))
            day = min(today, period.last_day())
            rows = []
            for task in plans.tasks(plan_id):
                current, previous = now.get(task.id), before.get(task.id)
                status = current.status if current else None
                completed = current.completed_on if current else None
                rows.append(
                    TrackingRow(
                        task_id=task.id,
                        section_ref=sections.get(task.section_id, ""),
                        ref=task.ref,
                        content=task.content,
                        lead_office=office_name(names, task.lead_office_id),
                        due=task.due,
                        status=status,
                        standing=classify(status, task.due, day, completed),
                        result_note=current.result_note if current else "",
                        difficulties=current.difficulties if current else "",
                        proposals=current.proposals if current else "",
                        previous_status=previous.status if previous else None,
                        previous_note=previous.result_note if previous else "",
                        revision=current.revision if current else 0,
                        recurrence=task.recurrence,
                    )
                )
            return rows

    def lock_info(self, period: Period) -> tuple[dt.datetime | None, str]:
        """(locked at, by whom) for a month; (None, "") while it is open."""
        with self._query() as query:
            return TrackingReads(query).lock_state(period)

    def is_locked(self, period: Period) -> bool:
        return self.lock_info(period)[0] is not None

    def set_progress(
        self,
        task_id: int,
        period: Period,
        status: ProgressStatus,
        *,
        result_note: str = "",
        difficulties: str = "",
        proposals: str = "",
        completed_on: dt.date | None = None,
        seen_revision: int | None = None,
    ) -> None:
        """Record a task's status for one month; a locked (sent) month is refused.

        *seen_revision* is the revision the caller's copy was read at (0: it saw no report for
        the month); a report changed or added since then is refused with a ConflictError.
        None skips the check.
        """
        _refuse_too_long(result_note=result_note, difficulties=difficulties, proposals=proposals)
        progress = TaskProgress(
            task_id=task_id,
            period_key=period.key,
            status=status,
            result_note=nfc(result_note.strip()),
            difficulties=nfc(difficulties.strip()),
            proposals=nfc(proposals.strip()),
            completed_on=completed_on
            or (dt.date.today() if status is ProgressStatus.DONE else None),
            updated_by=self._user,
        )
        from xa_planner.storage.repositories import AuditRepository
        from xa_planner.storage.tracking_repository import TrackingRepository

        with self._write() as session:
            tracking = TrackingRepository(session)
            self._refuse_if_locked(tracking, period)
            previous = tracking.set_progress(progress, seen_revision)
            AuditRepository(session).record(
                self._user,
                AuditAction.PROGRESS_SET,
                "plan_task",
                task_id,
                {
                    "month": period.key,
                    "status": [previous.status.value if previous else None, status.value],
                },
            )

    def lock_period(self, period: Period) -> None:
        """Close a month once its report is sent: its values become read-only."""
        from xa_planner.storage.repositories import AuditRepository
        from xa_planner.storage.tracking_repository import TrackingRepository

        with self._write() as session:
            TrackingRepository(session).set_locked(period, dt.datetime.now(), self._user)
            AuditRepository(session).record(
                self._user, AuditAction.PERIOD_LOCK, "period", None, {"month": period.key}
            )

    def reopen_period(self, period: Period, reason: str) -> None:
        """Reopen a closed month; the reason is kept in the audit log."""
        if not reason.strip():
            raise InvalidInput(_("Hãy ghi lý do mở lại tháng đã chốt."))
        from xa_planner.storage.repositories import AuditRepository
        from xa_planner.storage.tracking_repository import TrackingRepository

        with self._write() as session:
            TrackingRepository(session).set_locked(period, None, "")
            AuditRepository(session).record(
                self._user,
                AuditAction.PERIOD_REOPEN,
                "period",
                None,
                {"month": period.key, "reason": reason.strip()},
            )

    def _refuse_if_locked(self, tracking: TrackingRepository, period: Period) -> None:
        locked_at, locked_by = tracking.lock_state(period)
        if locked_at is not None:
            raise InvalidInput(
                _("Tháng {month} đã chốt báo cáo ({by}); muốn sửa phải mở lại tháng này.").format(
                    month=f"{period.month:02d}/{period.year}", by=locked_by or "?"
                )
            )


# One Excel cell holds at most 32,767 characters: a longer note could not travel in the office
# sheets or the report's workbook without being cut, so it is refused where it is typed.
MAX_NOTE_CHARS = 32_767
_NOTE_NAMES = {
    "result_note": N_("kết quả"),
    "difficulties": N_("khó khăn, vướng mắc"),
    "proposals": N_("đề xuất, kiến nghị"),
}


def _refuse_too_long(**texts: str) -> None:
    for name, text in texts.items():
        if len(text.strip()) > MAX_NOTE_CHARS:
            raise InvalidInput(
                _(
                    "Phần “{field}” dài {n} ký tự, quá {limit} ký tự mà một ô bảng tính chứa được; "
                    "hãy rút gọn hoặc gửi phần chi tiết thành văn bản riêng."
                ).format(
                    field=_(_NOTE_NAMES[name]),
                    n=format_number(len(text.strip())),
                    limit=format_number(MAX_NOTE_CHARS),
                )
            )

"""The reads a start and an export make, as plain SQL: domain values out, no ORM.

Each runs on any ``Rows`` (storage.plain_rows): SQLite's own driver for a workspace file, or an
ORM session (the shared database, or a read inside a unit of work, where the repositories
delegate here). So each of these reads has one query and one mapping, whichever driver runs it.
The tables and columns are the models' (storage.models); tests hold the two in step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.periods import Period
from xa_planner.domain.plan_text import PlanText
from xa_planner.domain.progress import TaskProgress
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.domain.stored import (
    StoredOffice,
    StoredPlan,
    StoredPlanSection,
    StoredPlanTask,
    StoredTemplate,
)
from xa_planner.domain.target_json import targets_from_json
from xa_planner.storage.plain_rows import Rows, as_date, as_datetime, as_json, first

PROFILE_FIELDS = tuple(f.name for f in dataclasses.fields(CommuneProfile))
OFFICE_FIELDS = ("short_name", "full_name", "head", "phone", "email", "position", "retired")
# A task's columns in the order of StoredPlanTask's fields (its coordinating offices are read
# apart), so a row unpacks by position: reading 10,000 tasks is several times faster so.
PLAN_TASK_FIELDS = (
    *("id", "section_id", "ref", "content", "lead_office_id", "responsible_person", "due"),
    *("recurrence", "timeframe", "products", "directing_docs", "targets", "source_task_id"),
    *("source_ref", "position", "version"),
)
PLAN_FIELDS = (
    *("id", "year", "title", "number", "issued_on", "directing_doc", "template_id", "is_current"),
)
PROGRESS_FIELDS = (
    *("task_id", "status", "result_note", "difficulties", "proposals", "completed_on"),
    *("updated_by", "updated_at", "version"),
)


def _columns(fields: Sequence[str], table: str = "") -> str:
    return ", ".join(f"{table}.{name}" if table else name for name in fields)


def plan_heading(row: Sequence[Any]) -> StoredPlan:
    """A plan's own fields from a row of PLAN_FIELDS; its sections and tasks are read apart."""
    plan_id, year, title, number, issued_on, directing_doc, template_id, is_current = row
    return StoredPlan(
        id=plan_id,
        year=year,
        title=title,
        number=number,
        issued_on=as_date(issued_on),
        directing_doc=directing_doc,
        template_id=template_id,
        is_current=bool(is_current),
    )


def plan_task_from_row(row: Sequence[Any], support_office_ids: Sequence[int]) -> StoredPlanTask:
    """The task a row of PLAN_TASK_FIELDS holds, with its coordinating offices."""
    (task_id, section_id, ref, content, lead, person, due, recurrence, timeframe, products) = row[:10]
    (docs, targets, source_task_id, source_ref, position, version) = row[10:]
    return StoredPlanTask(
        task_id,
        section_id,
        ref,
        content,
        lead,
        tuple(support_office_ids),
        person,
        as_date(due),
        recurrence,
        timeframe,
        products,
        docs,
        targets_from_json(as_json(targets)),
        source_task_id,
        source_ref,
        position,
        version,
    )


def progress_from_row(row: Sequence[Any], period: Period) -> TaskProgress:
    """A month's progress of one task from a row of PROGRESS_FIELDS."""
    task_id, status, note, difficulties, proposals, completed_on, by, at, version = row
    return TaskProgress(
        task_id=task_id,
        period_key=period.key,
        status=ProgressStatus(status),
        result_note=note,
        difficulties=difficulties,
        proposals=proposals,
        completed_on=as_date(completed_on),
        updated_by=by,
        updated_at=as_datetime(at),
        revision=version,
    )


class ProfileReads:
    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def get(self) -> CommuneProfile:
        row = first(self._rows, f"SELECT {_columns(PROFILE_FIELDS)} FROM commune_profile WHERE id = 1")
        return CommuneProfile(*row) if row is not None else CommuneProfile()


class OfficeReads:
    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def all(self) -> list[StoredOffice]:
        query = f"SELECT id, version, {_columns(OFFICE_FIELDS)} FROM offices ORDER BY position"
        return [office_from_row(row) for row in self._rows.all(query)]

    def names_by_id(self) -> dict[int, str]:
        return {office_id: name for office_id, name in self._rows.all("SELECT id, short_name FROM offices")}


def office_from_row(row: Sequence[Any]) -> StoredOffice:
    """An office from a row of id, version and OFFICE_FIELDS."""
    office_id, version, *values = row
    fields = dict(zip(OFFICE_FIELDS, values, strict=True))
    fields["retired"] = bool(fields["retired"])
    return StoredOffice(id=office_id, version=version, **fields)


class PlanReads:
    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def current_id(self) -> int | None:
        row = first(self._rows, "SELECT id FROM plans ORDER BY is_current DESC, id DESC LIMIT 1")
        return row[0] if row else None

    def get(self, plan_id: int) -> StoredPlan | None:
        query = f"SELECT {_columns(PLAN_FIELDS)} FROM plans WHERE id = :plan_id"
        row = first(self._rows, query, {"plan_id": plan_id})
        return plan_heading(row) if row is not None else None

    def summaries(self) -> list[tuple[StoredPlan, int]]:
        """Every plan's own fields (sections and tasks left out) with its number of tasks."""
        query = (
            f"SELECT {_columns(PLAN_FIELDS, 'plans')}, "
            "(SELECT count(*) FROM plan_tasks WHERE plan_tasks.plan_id = plans.id) "
            "FROM plans ORDER BY plans.year DESC, plans.id DESC"
        )
        return [(plan_heading(row[:-1]), row[-1]) for row in self._rows.all(query)]

    def body(self, plan_id: int) -> PlanText | None:
        """The plan's own text as stored; None when never edited."""
        row = first(self._rows, "SELECT body FROM plans WHERE id = :plan_id", {"plan_id": plan_id})
        body = as_json(row[0]) if row is not None else None
        return PlanText.from_json(body) if body else None

    def sections(self, plan_id: int) -> list[StoredPlanSection]:
        query = (
            "SELECT id, ref, title, position FROM plan_sections "
            "WHERE plan_id = :plan_id ORDER BY position"
        )
        return [
            StoredPlanSection(id=section_id, ref=ref, title=title, position=position)
            for section_id, ref, title, position in self._rows.all(query, {"plan_id": plan_id})
        ]

    def tasks(self, plan_id: int) -> list[StoredPlanTask]:
        """The plan's tasks in order, each with its coordinating offices."""
        # The plan's order is its groups' order, then the tasks' within a group: a task added
        # to group I later, or moved there, still prints under I (positions alone interleave).
        query = (
            f"SELECT {_columns(PLAN_TASK_FIELDS, 'plan_tasks')} FROM plan_tasks "
            "LEFT OUTER JOIN plan_sections ON plan_sections.id = plan_tasks.section_id "
            "WHERE plan_tasks.plan_id = :plan_id "
            "ORDER BY coalesce(plan_sections.position, -1), plan_tasks.position, plan_tasks.id"
        )
        support = self.support_by_task(plan_id)
        rows = self._rows.all(query, {"plan_id": plan_id})
        return [plan_task_from_row(row, support.get(row[0], ())) for row in rows]

    def support_by_task(self, plan_id: int) -> dict[int, list[int]]:
        query = (
            "SELECT plan_task_support.task_id, plan_task_support.office_id FROM plan_task_support "
            "JOIN plan_tasks ON plan_tasks.id = plan_task_support.task_id "
            "WHERE plan_tasks.plan_id = :plan_id "
            "ORDER BY plan_task_support.task_id, plan_task_support.position"
        )
        support: dict[int, list[int]] = defaultdict(list)
        for task_id, office_id in self._rows.all(query, {"plan_id": plan_id}):
            support[task_id].append(office_id)
        return support

    def source_template(self, template_id: int) -> StoredTemplate | None:
        """The provincial plan a plan came from, its own fields only (its tasks left out)."""
        query = (
            "SELECT id, title, doc_number, doc_date, issuer, source_name, source_sha256, "
            "imported_at FROM templates WHERE id = :template_id"
        )
        row = first(self._rows, query, {"template_id": template_id})
        if row is None:
            return None
        template_id, title, number, date, issuer, source_name, sha256, imported_at = row
        return StoredTemplate(
            id=template_id,
            title=title,
            doc_number=number,
            doc_date=as_date(date),
            issuer=issuer,
            source_name=source_name,
            source_sha256=sha256,
            imported_at=as_datetime(imported_at),
            tasks=(),
        )


class TrackingReads:
    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def periods(self) -> list[Period]:
        """The months recorded (progress, sheets, figures), newest first."""
        return sorted((Period(y, m) for y, m in self._rows.all("SELECT year, month FROM periods")), reverse=True)

    def period_id(self, period: Period) -> int | None:
        query = "SELECT id FROM periods WHERE year = :year AND month = :month"
        row = first(self._rows, query, {"year": period.year, "month": period.month})
        return row[0] if row else None

    def lock_state(self, period: Period) -> tuple[dt.datetime | None, str]:
        """(locked at, by whom) for a month, (None, "") while it is open."""
        query = "SELECT locked_at, locked_by FROM periods WHERE year = :year AND month = :month"
        row = first(self._rows, query, {"year": period.year, "month": period.month})
        return (as_datetime(row[0]), row[1]) if row else (None, "")

    def progress_for(self, plan_id: int, period: Period) -> dict[int, TaskProgress]:
        period_id = self.period_id(period)
        if period_id is None:
            return {}
        query = (
            f"SELECT {_columns(PROGRESS_FIELDS, 'task_progress')} FROM task_progress "
            "JOIN plan_tasks ON plan_tasks.id = task_progress.task_id "
            "WHERE plan_tasks.plan_id = :plan_id AND task_progress.period_id = :period_id"
        )
        rows = self._rows.all(query, {"plan_id": plan_id, "period_id": period_id})
        return {row[0]: progress_from_row(row, period) for row in rows}

    def sent_periods(self) -> set[Period]:
        """The months whose report was marked sent at least once."""
        query = (
            "SELECT DISTINCT periods.year, periods.month FROM periods "
            "JOIN sent_reports ON sent_reports.period_id = periods.id"
        )
        return {Period(year, month) for year, month in self._rows.all(query)}

    def last_report_sent(self) -> dt.datetime | None:
        row = first(self._rows, "SELECT sent_at FROM sent_reports ORDER BY sent_at DESC LIMIT 1")
        return as_datetime(row[0]) if row else None

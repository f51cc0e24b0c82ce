"""Repositories: storage records in, domain objects out, inside a caller's session."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.json_values import JsonObject
from xa_planner.domain.offices import Office
from xa_planner.domain.plan_text import PlanText
from xa_planner.domain.plans import Plan, PlanSection, PlanTask, Template, TemplateTask
from xa_planner.domain.stored import (
    StoredOffice,
    StoredPlan,
    StoredPlanSection,
    StoredPlanTask,
    StoredTemplate,
)
from xa_planner.domain.target_json import targets_from_json, targets_to_json
from xa_planner.storage.errors import StaleWrite
from xa_planner.storage.models import (
    AuditRecord,
    CommuneProfileRecord,
    OfficeRecord,
    PlanRecord,
    PlanSectionRecord,
    PlanTaskRecord,
    PlanTaskSupportRecord,
    TemplateRecord,
    TemplateTaskRecord,
)
from xa_planner.storage.reads import (
    OFFICE_FIELDS,
    PROFILE_FIELDS,
    OfficeReads,
    PlanReads,
    ProfileReads,
    office_from_row,
)
from xa_planner.storage.sessions import SessionRows


class ProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> CommuneProfile:
        return ProfileReads(SessionRows(self._session)).get()

    def save(self, profile: CommuneProfile) -> None:
        record = self._session.get(CommuneProfileRecord, 1)
        if record is None:
            record = CommuneProfileRecord(id=1)
            self._session.add(record)
        for name in PROFILE_FIELDS:
            setattr(record, name, getattr(profile, name))
        self._session.flush()


def office_from_record(record: OfficeRecord) -> StoredOffice:
    return office_from_row((record.id, record.version, *(getattr(record, n) for n in OFFICE_FIELDS)))


def check_version(record_version: int, seen_version: int) -> None:
    """Refuse to overwrite a row that changed since the caller read it (0: not tracked)."""
    if seen_version and seen_version != record_version:
        raise StaleWrite(f"version {seen_version} is stale, now {record_version}")


class OfficeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[StoredOffice]:
        return OfficeReads(SessionRows(self._session)).all()

    def get(self, office_id: int) -> StoredOffice | None:
        record = self._session.get(OfficeRecord, office_id)
        return office_from_record(record) if record is not None else None

    def add(self, office: Office) -> StoredOffice:
        record = OfficeRecord(**{name: getattr(office, name) for name in OFFICE_FIELDS})
        self._session.add(record)
        self._session.flush()
        return office_from_record(record)

    def update(self, office: Office) -> StoredOffice:
        """Store *office* over the row of its id, unless that row changed since it was read."""
        record = self._session.get(OfficeRecord, office.id)
        if record is None:
            raise StaleWrite(f"office {office.id} is gone")
        check_version(record.version, office.version)
        for name in OFFICE_FIELDS:
            setattr(record, name, getattr(office, name))
        self._session.flush()
        return office_from_record(record)

    def names_by_id(self) -> dict[int, str]:
        return OfficeReads(SessionRows(self._session)).names_by_id()


class TemplateRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, template: Template, source_text: str = "") -> int:
        record = TemplateRecord(
            title=template.title,
            doc_number=template.doc_number,
            doc_date=template.doc_date,
            issuer=template.issuer,
            source_name=template.source_name,
            source_sha256=template.source_sha256,
            source_text=source_text,
        )
        for position, task in enumerate(template.tasks):
            record.tasks.append(_template_task_record(task, position))
        self._session.add(record)
        self._session.flush()
        return record.id

    def find_by_sha256(self, sha256: str) -> int | None:
        query = select(TemplateRecord.id).where(TemplateRecord.source_sha256 == sha256)
        return self._session.scalars(query).first()

    def summaries(self) -> list[tuple[StoredTemplate, int]]:
        """Every template's own fields (its tasks left out) with its number of tasks."""
        counts = (
            select(TemplateTaskRecord.template_id, func.count().label("n"))
            .group_by(TemplateTaskRecord.template_id)
            .subquery()
        )
        query = (
            select(TemplateRecord, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.template_id == TemplateRecord.id)
            .order_by(TemplateRecord.imported_at.desc())
        )
        return [(_template(record), count) for record, count in self._session.execute(query)]

    def get(self, template_id: int) -> StoredTemplate | None:
        record = self._session.get(TemplateRecord, template_id)
        if record is None:
            return None
        return _template(record, tuple(_template_task(t) for t in record.tasks))


def _template(record: TemplateRecord, tasks: tuple[TemplateTask, ...] = ()) -> StoredTemplate:
    return StoredTemplate(
        id=record.id,
        title=record.title,
        doc_number=record.doc_number,
        doc_date=record.doc_date,
        issuer=record.issuer,
        source_name=record.source_name,
        source_sha256=record.source_sha256,
        imported_at=record.imported_at,
        tasks=tasks,
    )


def _template_task_record(task: TemplateTask, position: int) -> TemplateTaskRecord:
    start, end = task.source_lines or (None, None)
    return TemplateTaskRecord(
        position=position,
        ref=task.ref,
        section=task.section,
        title=task.title,
        content=task.content,
        lead=list(task.lead),
        support=list(task.support),
        timeframe=task.timeframe,
        due=task.due,
        recurrence=task.recurrence,
        products=task.products,
        directing_docs=task.directing_docs,
        targets=targets_to_json(task.targets),
        line_start=start,
        line_end=end,
        doubts=list(task.doubtful),
    )


def _template_task(record: TemplateTaskRecord) -> TemplateTask:
    start, end = record.line_start, record.line_end
    lines = (start, end) if start is not None and end is not None else None
    return TemplateTask(
        id=record.id,
        position=record.position,
        ref=record.ref,
        section=record.section,
        title=record.title,
        content=record.content,
        lead=tuple(record.lead),
        support=tuple(record.support),
        timeframe=record.timeframe,
        due=record.due,
        recurrence=record.recurrence,
        products=record.products,
        directing_docs=record.directing_docs,
        targets=targets_from_json(record.targets),
        source_lines=lines,
        doubtful=tuple(record.doubts),
    )


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._reads = PlanReads(SessionRows(session))

    def task_refs_by_id(self) -> dict[int, str]:
        """Every plan task's number ("I.2"), for naming tasks in the change log."""
        rows = self._session.execute(select(PlanTaskRecord.id, PlanTaskRecord.ref))
        return {task_id: ref for task_id, ref in rows}

    def add(self, plan: Plan) -> int:
        """Store a whole plan; tasks name their section by its position in ``plan.sections``."""
        if plan.is_current:
            for other in self._session.scalars(select(PlanRecord).where(PlanRecord.is_current)):
                other.is_current = False
        record = PlanRecord(
            year=plan.year,
            title=plan.title,
            number=plan.number,
            issued_on=plan.issued_on,
            directing_doc=plan.directing_doc,
            template_id=plan.template_id,
            is_current=plan.is_current,
        )
        self._session.add(record)
        self._session.flush()
        section_ids = self._add_sections(record.id, plan.sections)
        self._add_tasks(record.id, plan.tasks, section_ids)
        return record.id

    def _add_sections(self, plan_id: int, sections: tuple[PlanSection, ...]) -> list[int]:
        records = [
            PlanSectionRecord(plan_id=plan_id, ref=s.ref, title=s.title, position=i)
            for i, s in enumerate(sections)
        ]
        self._session.add_all(records)
        self._session.flush()
        return [r.id for r in records]

    def _add_tasks(self, plan_id: int, tasks: tuple[PlanTask, ...], section_ids: list[int]) -> None:
        for position, task in enumerate(tasks):
            section = section_ids[task.section_id] if task.section_id is not None else None
            record = PlanTaskRecord(
                plan_id=plan_id,
                section_id=section,
                position=position,
                ref=task.ref,
                content=task.content,
                directing_docs=task.directing_docs,
                lead_office_id=task.lead_office_id,
                responsible_person=task.responsible_person,
                due=task.due,
                recurrence=task.recurrence,
                timeframe=task.timeframe,
                products=task.products,
                targets=targets_to_json(task.targets),
                source_task_id=task.source_task_id,
                source_ref=task.source_ref,
            )
            record.support = [
                PlanTaskSupportRecord(office_id=office_id, position=i)
                for i, office_id in enumerate(dict.fromkeys(task.support_office_ids))
            ]
            self._session.add(record)
        self._session.flush()

    def get(self, plan_id: int) -> StoredPlan | None:
        """The plan's own fields; its sections and tasks are read by `sections` and `tasks`."""
        return self._reads.get(plan_id)

    def body(self, plan_id: int) -> PlanText | None:
        """The plan's own text as stored by `set_body`; None when never edited or unreadable."""
        return self._reads.body(plan_id)

    def set_body(self, plan_id: int, text: PlanText) -> None:
        record = self._session.get(PlanRecord, plan_id)
        if record is None:
            raise StaleWrite(f"plan {plan_id} is gone")
        record.body = text.to_json()
        self._session.flush()

    def current_id(self) -> int | None:
        return self._reads.current_id()

    def summaries(self) -> list[tuple[StoredPlan, int]]:
        """Every plan's own fields (sections and tasks left out) with its number of tasks."""
        return self._reads.summaries()

    def sections(self, plan_id: int) -> list[StoredPlanSection]:
        return self._reads.sections(plan_id)

    def tasks(self, plan_id: int) -> list[StoredPlanTask]:
        """The plan's tasks in order, each with its coordinating offices."""
        return self._reads.tasks(plan_id)

    def support_by_task(self, plan_id: int) -> dict[int, list[int]]:
        return self._reads.support_by_task(plan_id)


@dataclasses.dataclass(frozen=True)
class AuditRow:
    """One entry of the change log: who did what to which row, and the change's JSON detail.

    The detail is a deep copy of the stored one: changing it never reaches the ORM's record."""

    at: dt.datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    detail: JsonObject


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(
        self,
        user: str,
        action: AuditAction,
        entity: str = "",
        entity_id: int | None = None,
        detail: JsonObject | None = None,
    ) -> None:
        self._session.add(
            AuditRecord(
                user=user,
                action=action,
                entity=entity,
                entity_id=entity_id,
                detail=copy.deepcopy(dict(detail or {})),
            )
        )

    def latest(self, limit: int) -> list[AuditRow]:
        query = select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit)
        return [
            AuditRow(r.at, r.user, r.action, r.entity, r.entity_id, copy.deepcopy(r.detail or {}))
            for r in self._session.scalars(query)
        ]

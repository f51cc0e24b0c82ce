"""Repositories: storage records in, domain objects out, inside a caller's session."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.offices import Office
from xa_planner.domain.plans import Plan, PlanSection, PlanTask, Target, Template, TemplateTask
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

_PROFILE_FIELDS = [f.name for f in dataclasses.fields(CommuneProfile)]
_OFFICE_FIELDS = ("short_name", "full_name", "head", "phone", "email", "position", "retired")


class ProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> CommuneProfile:
        record = self._session.get(CommuneProfileRecord, 1)
        if record is None:
            return CommuneProfile()
        return CommuneProfile(**{name: getattr(record, name) for name in _PROFILE_FIELDS})

    def save(self, profile: CommuneProfile) -> None:
        record = self._session.get(CommuneProfileRecord, 1)
        if record is None:
            record = CommuneProfileRecord(id=1)
            self._session.add(record)
        for name in _PROFILE_FIELDS:
            setattr(record, name, getattr(profile, name))
        self._session.flush()


def office_from_record(record: OfficeRecord) -> Office:
    values = {name: getattr(record, name) for name in _OFFICE_FIELDS}
    return Office(id=record.id, version=record.version, **values)


def check_version(record_version: int, seen_version: int) -> None:
    """Refuse to overwrite a row that changed since the caller read it (0: not tracked)."""
    if seen_version and seen_version != record_version:
        raise StaleWrite(f"version {seen_version} is stale, now {record_version}")


class OfficeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Office]:
        records = self._session.scalars(select(OfficeRecord).order_by(OfficeRecord.position))
        return [office_from_record(r) for r in records]

    def record(self, office_id: int) -> OfficeRecord | None:
        return self._session.get(OfficeRecord, office_id)

    def add(self, office: Office) -> Office:
        record = OfficeRecord(**{name: getattr(office, name) for name in _OFFICE_FIELDS})
        self._session.add(record)
        self._session.flush()
        return office_from_record(record)

    def update(self, record: OfficeRecord, office: Office) -> Office:
        check_version(record.version, office.version)
        for name in _OFFICE_FIELDS:
            setattr(record, name, getattr(office, name))
        self._session.flush()
        return office_from_record(record)

    def names_by_id(self) -> dict[int, str]:
        rows = self._session.execute(select(OfficeRecord.id, OfficeRecord.short_name))
        return {office_id: name for office_id, name in rows}


def _targets_to_json(targets: tuple[Target, ...]) -> list[dict]:
    return [dataclasses.asdict(t) for t in targets]


def _targets_from_json(raw: list | None) -> tuple[Target, ...]:
    known = {f.name for f in dataclasses.fields(Target)}
    return tuple(Target(**{k: v for k, v in item.items() if k in known}) for item in raw or [])


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

    def summaries(self) -> list[tuple[TemplateRecord, int]]:
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
        return [tuple(row) for row in self._session.execute(query).all()]

    def get(self, template_id: int) -> Template | None:
        record = self._session.get(TemplateRecord, template_id)
        if record is None:
            return None
        return Template(
            id=record.id,
            title=record.title,
            doc_number=record.doc_number,
            doc_date=record.doc_date,
            issuer=record.issuer,
            source_name=record.source_name,
            source_sha256=record.source_sha256,
            imported_at=record.imported_at,
            tasks=tuple(_template_task(t) for t in record.tasks),
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
        targets=_targets_to_json(task.targets),
        line_start=start,
        line_end=end,
        doubts=list(task.doubtful),
    )


def _template_task(record: TemplateTaskRecord) -> TemplateTask:
    lines = (record.line_start, record.line_end) if record.line_start is not None else None
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
        targets=_targets_from_json(record.targets),
        source_lines=lines,
        doubtful=tuple(record.doubts),
    )


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

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
                targets=_targets_to_json(task.targets),
                source_task_id=task.source_task_id,
                source_ref=task.source_ref,
            )
            record.support = [
                PlanTaskSupportRecord(office_id=office_id, position=i)
                for i, office_id in enumerate(dict.fromkeys(task.support_office_ids))
            ]
            self._session.add(record)
        self._session.flush()

    def record(self, plan_id: int) -> PlanRecord | None:
        return self._session.get(PlanRecord, plan_id)

    def set_body(self, plan_id: int, body: dict) -> None:
        record = self._session.get(PlanRecord, plan_id)
        record.body = body
        self._session.flush()

    def current_id(self) -> int | None:
        query = select(PlanRecord.id).order_by(PlanRecord.is_current.desc(), PlanRecord.id.desc())
        return self._session.scalars(query).first()

    def summaries(self) -> list[tuple[PlanRecord, int]]:
        counts = (
            select(PlanTaskRecord.plan_id, func.count().label("n"))
            .group_by(PlanTaskRecord.plan_id)
            .subquery()
        )
        query = (
            select(PlanRecord, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.plan_id == PlanRecord.id)
            .order_by(PlanRecord.year.desc(), PlanRecord.id.desc())
        )
        return [tuple(row) for row in self._session.execute(query).all()]

    def sections(self, plan_id: int) -> list[PlanSectionRecord]:
        query = (
            select(PlanSectionRecord)
            .where(PlanSectionRecord.plan_id == plan_id)
            .order_by(PlanSectionRecord.position)
        )
        return list(self._session.scalars(query))

    def tasks(self, plan_id: int) -> list:
        """The plan's tasks in order as read-only rows (attribute access like the record).

        Plain column rows, not ORM objects: reading 10,000 tasks is several times faster.
        """
        # The plan's order is its groups' order, then the tasks' within a group: a task added
        # to group I later, or moved there, still prints under I (positions alone interleave).
        query = (
            select(*PlanTaskRecord.__table__.columns)
            .outerjoin(PlanSectionRecord, PlanSectionRecord.id == PlanTaskRecord.section_id)
            .where(PlanTaskRecord.plan_id == plan_id)
            .order_by(
                func.coalesce(PlanSectionRecord.position, -1),
                PlanTaskRecord.position,
                PlanTaskRecord.id,
            )
        )
        return list(self._session.execute(query))

    def support_by_task(self, plan_id: int) -> dict[int, list[int]]:
        query = (
            select(PlanTaskSupportRecord.task_id, PlanTaskSupportRecord.office_id)
            .join(PlanTaskRecord, PlanTaskRecord.id == PlanTaskSupportRecord.task_id)
            .where(PlanTaskRecord.plan_id == plan_id)
            .order_by(PlanTaskSupportRecord.task_id, PlanTaskSupportRecord.position)
        )
        support: dict[int, list[int]] = defaultdict(list)
        for task_id, office_id in self._session.execute(query):
            support[task_id].append(office_id)
        return support


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(
        self,
        user: str,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        detail: dict | None = None,
    ) -> None:
        self._session.add(
            AuditRecord(
                user=user, action=action, entity=entity, entity_id=entity_id, detail=detail or {}
            )
        )

    def latest(self, limit: int) -> list[AuditRecord]:
        query = select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit)
        return list(self._session.scalars(query))

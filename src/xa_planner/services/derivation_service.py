"""The derivation wizard's use cases: from a provincial template to the commune's own plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping

from xa_planner.domain import derivation
from xa_planner.domain import unit_mapping as um
from xa_planner.domain.indicators import Indicator, IndicatorKind
from xa_planner.domain.plans import Plan, Template
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput, NotFound
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.storage.repositories import (
    AuditRepository,
    OfficeRepository,
    PlanRepository,
    ProfileRepository,
    TemplateRepository,
)
from xa_planner.storage.tracking_repository import TrackingRepository
from xa_planner.storage.unit_mapping_repository import UnitMappingRepository


@dataclasses.dataclass(frozen=True)
class CandidateTask:
    """A template task in the wizard's "which tasks" step, with the suggestion and its reason."""

    position: int
    ref: str
    section: str
    content: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    timeframe: str
    include: bool
    reason: str


@dataclasses.dataclass(frozen=True)
class UnitChoice:
    """A provincial unit and the commune office it is suggested (or remembered) to go to."""

    unit: str
    key: str
    office_id: int | None
    office_name: str | None
    reason: str
    kind: str


@dataclasses.dataclass(frozen=True)
class DerivationDraft:
    template_id: int
    template_title: str
    doc_number: str
    default_title: str
    default_directing_doc: str
    candidates: tuple[CandidateTask, ...]


@dataclasses.dataclass(frozen=True)
class DerivationResult:
    plan_id: int | None
    task_count: int
    unmapped: tuple[str, ...]
    flags: dict[str, tuple[str, ...]]
    plan: Plan


def commune_title(template_title: str, commune: str, province: str, year: int) -> str:
    """The template's title speaking of the commune: "… địa bàn tỉnh X năm 2026" → "… xã Y …"."""
    title = " ".join(template_title.split()) or _default_title_text()
    if commune:
        place = rf"tỉnh\s+{re.escape(province)}" if province else r"tỉnh(?!\s+[A-ZĐ])"
        title, replaced = re.subn(place, f"xã {commune}", title, flags=re.IGNORECASE)
        if not replaced:
            title, replaced = re.subn(r"\btỉnh\b", f"xã {commune}", title, count=1)
        if not replaced and commune.casefold() not in title.casefold():
            title = f"{title.rstrip('. ')} trên địa bàn xã {commune}"
    title = re.sub(r"\bnăm\s+20\d\d\b", f"năm {year}", title)
    return title if str(year) in title else f"{title} năm {year}"


def _default_title_text() -> str:
    return "Kế hoạch triển khai thực hiện Đề án 06"


class DerivationService(ServiceBase):
    def draft(self, template_id: int, year: int) -> DerivationDraft:
        """Every template task with its suggestion, and the plan identity's defaults."""
        with self._read() as session:
            template = self._template(session, template_id)
            profile = ProfileRepository(session).get()
        candidates = tuple(
            CandidateTask(
                i,
                t.ref,
                t.section,
                t.content,
                t.lead,
                t.support,
                t.timeframe,
                rel.include,
                rel.reason,
            )
            for i, t in enumerate(template.tasks)
            for rel in [derivation.suggest_relevance(t)]
        )
        return DerivationDraft(
            template_id,
            template.title,
            template.doc_number,
            commune_title(template.title, profile.commune_name, profile.province_name, year),
            derivation.template_reference(template),
            candidates,
        )

    def unit_choices(self, template_id: int, positions: list[int]) -> list[UnitChoice]:
        """The units named by the chosen tasks, each with its suggested office."""
        with self._read() as session:
            template = self._template(session, template_id)
            offices = OfficeRepository(session).all()
            remembered = UnitMappingRepository(session).remembered()
        chosen = [template.tasks[i] for i in positions if 0 <= i < len(template.tasks)]
        suggestions = derivation.unit_suggestions(chosen, remembered, offices)
        return [
            UnitChoice(unit, um.memory_key(unit), s.office_id, s.office_name, s.reason, s.kind)
            for unit, s in suggestions.items()
        ]

    def preview(
        self,
        template_id: int,
        *,
        year: int,
        choices: Mapping[int, bool] | None = None,
        mapping: Mapping[str, int | None] | None = None,
        title: str = "",
        number: str = "",
        issued_on: dt.date | None = None,
        directing_doc: str = "",
    ) -> DerivationResult:
        """The plan that would be created, not stored."""
        with self._read() as session:
            derived = self._derive(
                session,
                template_id,
                year,
                choices,
                mapping,
                title,
                number,
                issued_on,
                directing_doc,
            )
        return DerivationResult(
            None, len(derived.plan.tasks), derived.unmapped, derived.task_flags, derived.plan
        )

    def create_plan(
        self,
        template_id: int,
        *,
        year: int,
        choices: Mapping[int, bool] | None = None,
        mapping: Mapping[str, int | None] | None = None,
        title: str = "",
        number: str = "",
        issued_on: dt.date | None = None,
        directing_doc: str = "",
        unit_names: Mapping[str, str] | None = None,
    ) -> DerivationResult:
        """Create the plan in one transaction; the officer's unit choices are remembered."""
        if not 2000 <= year <= 2100:
            raise InvalidInput(_("Năm kế hoạch không hợp lệ: {year}.").format(year=year))
        self._backup_before_bulk_change()
        with self._write() as session:
            memory = UnitMappingRepository(session)
            for key, office_id in (mapping or {}).items():
                memory.remember(key, (unit_names or {}).get(key, key), office_id)
            derived = self._derive(
                session,
                template_id,
                year,
                choices,
                mapping,
                title,
                number,
                issued_on,
                directing_doc,
            )
            if not derived.plan.tasks:
                raise InvalidInput(_("Chưa chọn nhiệm vụ nào cho kế hoạch của xã."))
            plan_id = PlanRepository(session).add(derived.plan)
            _add_indicators(TrackingRepository(session), PlanRepository(session), plan_id)
            AuditRepository(session).record(
                self._user,
                "plan.derive",
                "plan",
                plan_id,
                {
                    "template": template_id,
                    "tasks": len(derived.plan.tasks),
                    "unmapped": list(derived.unmapped),
                },
            )
        return DerivationResult(
            plan_id, len(derived.plan.tasks), derived.unmapped, derived.task_flags, derived.plan
        )

    def _derive(
        self, session, template_id, year, choices, mapping, title, number, issued_on, directing_doc
    ) -> derivation.DerivedPlan:
        template = self._template(session, template_id)
        profile = ProfileRepository(session).get()
        remembered = UnitMappingRepository(session).remembered()
        title = title or commune_title(
            template.title, profile.commune_name, profile.province_name, year
        )
        return derivation.derive_plan(
            template,
            year=year,
            offices=OfficeRepository(session).all(),
            choices=choices,
            mapping={**remembered, **(mapping or {})},
            title=title,
            number=number,
            issued_on=issued_on,
            directing_doc=directing_doc,
        )

    def _template(self, session, template_id: int) -> Template:
        template = TemplateRepository(session).get(template_id)
        if template is None:
            raise NotFound(_("Không tìm thấy kế hoạch của tỉnh số {id}.").format(id=template_id))
        return template


def _add_indicators(tracking: TrackingRepository, plans: PlanRepository, plan_id: int) -> None:
    """Every numeric target of the new plan becomes an indicator tracked month by month."""
    position = 0
    for task in plans.tasks(plan_id):
        for target in task.targets or []:
            if target.get("value") is None:
                continue
            ratio = target.get("unit") == "%"
            tracking.add_indicator(
                plan_id,
                Indicator(
                    id=None,
                    name=target.get("measures") or target.get("text", ""),
                    kind=IndicatorKind.RATIO if ratio else IndicatorKind.NUMBER,
                    unit=target.get("unit") or "",
                    direction=target.get("direction") or ">=",
                    assigned_level=float(target["value"]),
                    cumulative=ratio,
                    task_id=task.id,
                    position=position,
                ),
            )
            position += 1

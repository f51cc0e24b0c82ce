"""The derivation wizard's use cases: from a provincial template to the commune's own plan."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from xa_planner.domain import derivation
from xa_planner.domain import unit_mapping as um
from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.commune_wording import WordingSuggestion, wording_suggestions
from xa_planner.domain.indicators import Indicator, IndicatorKind
from xa_planner.domain.past_deadlines import PastDeadline, deadlines_before_year, moved_into_year
from xa_planner.domain.plan_titles import (
    DerivedTitle,
    commune_plan_title,
    looks_ocr_damaged,
    province_of,
)
from xa_planner.domain.plans import Plan, PlanTask, Template
from xa_planner.domain.reasons import Reason
from xa_planner.localization import _
from xa_planner.services.derivation_request import DerivationRequest
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
    reason: Reason  # worded where shown (services.reason_texts), in the language of that moment


@dataclasses.dataclass(frozen=True)
class UnitChoice:
    """A provincial unit and the commune office it is suggested (or remembered) to go to."""

    unit: str
    key: str
    office_id: int | None
    office_name: str | None
    reason: Reason  # worded where shown (services.reason_texts)
    kind: str


@dataclasses.dataclass(frozen=True)
class DerivationDraft:
    template_id: int
    template_title: str
    doc_number: str
    default_title: str
    default_directing_doc: str
    candidates: tuple[CandidateTask, ...]
    title_warnings: tuple[str, ...] = ()  # what to check in the default title before signing


@dataclasses.dataclass(frozen=True)
class DerivationResult:
    plan_id: int | None
    task_count: int
    unmapped: tuple[str, ...]
    flags: Mapping[str, tuple[str, ...]]
    plan: Plan
    # Deadlines of the chosen tasks that fell before the plan's year, as the source set them,
    # and whether they were moved to the same day and month of the plan's year.
    past_deadlines: tuple[PastDeadline, ...] = ()
    deadlines_shifted: bool = False
    title_warnings: tuple[str, ...] = ()  # about the title derived when none was given
    # Tasks in the province's voice ("Các sở, ban, ngành tỉnh…"), by source task id, with
    # their commune wording; taken only for the ids the officer accepted.
    wordings: dict[int, WordingSuggestion] = dataclasses.field(default_factory=dict)
    # Refs of the tasks and sections whose text looks misread by OCR, to fix before printing.
    misread: tuple[str, ...] = ()


def commune_title(
    template_title: str, commune: str, province: str, year: int, unit_kind: str = "xã"
) -> str:
    """The template's title speaking of the commune and the plan's year (see plan_titles)."""
    return commune_plan_title(
        template_title, commune=commune, year=year, unit_kind=unit_kind, provinces=(province,)
    ).text


def _derived_title(template: Template, profile: CommuneProfile, year: int) -> DerivedTitle:
    return commune_plan_title(
        template.title,
        commune=profile.commune_name,
        year=year,
        unit_kind=profile.unit_kind or "xã",
        provinces=(province_of(template.issuer), profile.province_name),
    )


def _title_warnings(title: DerivedTitle) -> tuple[str, ...]:
    if not title.ocr_damaged:
        return ()
    return (
        _(
            "Tên kế hoạch của tỉnh có vẻ bị đọc sai khi nhận dạng chữ (mất dấu, ký tự lạ). "
            "Hãy đối chiếu với bản gốc và sửa trích yếu trước khi trình ký."
        ),
    )


class DerivationService(ServiceBase):
    def draft(self, template_id: int, year: int) -> DerivationDraft:
        """Every template task with its suggestion, and the plan identity's defaults."""
        with self._read() as session:
            template = self._template(session, template_id)
            profile = ProfileRepository(session).get()
        title = _derived_title(template, profile, year)
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
            title.text,
            derivation.template_reference(template),
            candidates,
            _title_warnings(title),
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

    def preview(self, request: DerivationRequest) -> DerivationResult:
        """The plan that would be created, not stored.

        Deadlines the source set before the plan's year (a source for the last months of 2025
        read into a 2026 plan) are listed in the result and, unless the request says not to,
        moved to the same day and month of that year, so that no task is overdue on creation.
        Tasks in the province's voice come with a commune wording (``result.wordings``, by
        source task id), taken by the tasks the request names.
        """
        with self._read() as session:
            return self._derive(session, request)

    def create_plan(self, request: DerivationRequest) -> DerivationResult:
        """Create the plan in one transaction; the officer's unit choices are remembered.
        Past deadlines and wordings are handled as in ``preview``."""
        self._backup_before_bulk_change()
        with self._write() as session:
            memory = UnitMappingRepository(session)
            for key, office_id in request.mapping.items():
                memory.remember(key, request.unit_names.get(key, key), office_id)
            result = self._derive(session, request)
            if not result.plan.tasks:
                raise InvalidInput(_("Chưa chọn nhiệm vụ nào cho kế hoạch của xã."))
            plan_id = PlanRepository(session).add(result.plan)
            _add_indicators(TrackingRepository(session), PlanRepository(session), plan_id)
            AuditRepository(session).record(
                self._user,
                AuditAction.PLAN_DERIVE,
                "plan",
                plan_id,
                {
                    "template": request.template_id,
                    "tasks": len(result.plan.tasks),
                    "unmapped": list(result.unmapped),
                },
            )
        return dataclasses.replace(result, plan_id=plan_id)

    def _derive(self, session, request: DerivationRequest) -> DerivationResult:
        template = self._template(session, request.template_id)
        profile = ProfileRepository(session).get()
        remembered = UnitMappingRepository(session).remembered()
        title = (  # the officer's own title carries no warning
            DerivedTitle(request.title) if request.title else _derived_title(template, profile, request.year)
        )
        derived = derivation.derive_plan(
            template,
            year=request.year,
            offices=OfficeRepository(session).all(),
            choices=request.choices,
            mapping={**remembered, **request.mapping},
            title=title.text,
            number=request.number,
            issued_on=request.issued_on,
            directing_doc=request.directing_doc,
        )
        plan, past = derived.plan, deadlines_before_year(derived.plan.tasks, request.year)
        wordings = wording_suggestions(plan.tasks, profile.unit_kind or "xã")
        tasks = tuple(
            _adjusted(task, request, _wording(wordings, task.source_task_id)) for task in plan.tasks
        )
        return DerivationResult(
            plan_id=None,
            task_count=len(tasks),
            unmapped=derived.unmapped,
            flags=derived.task_flags,
            plan=dataclasses.replace(plan, tasks=tasks),
            past_deadlines=past,
            deadlines_shifted=request.shift_past_deadlines and bool(past),
            title_warnings=_title_warnings(title),
            wordings=wordings,
            misread=_misread(plan),
        )

    def _template(self, session, template_id: int) -> Template:
        template = TemplateRepository(session).get(template_id)
        if template is None:
            raise NotFound(_("Không tìm thấy kế hoạch của tỉnh số {id}.").format(id=template_id))
        return template


def _adjusted(
    task: PlanTask, request: DerivationRequest, wording: WordingSuggestion | None
) -> PlanTask:
    """*task* with its deadline moved into the plan's year and its commune wording, as chosen."""
    if request.shift_past_deadlines:
        task = moved_into_year(task, request.year)
    if wording is not None and task.source_task_id in request.commune_wording_for:
        task = dataclasses.replace(task, content=wording.text)
    return task


def _wording(
    wordings: Mapping[int, WordingSuggestion], source_task_id: int | None
) -> WordingSuggestion | None:
    return wordings.get(source_task_id) if source_task_id is not None else None


def _misread(plan: Plan) -> tuple[str, ...]:
    """Sections (by their ref) and tasks whose text looks misread by OCR, in plan order."""
    sections = [s.ref for s in plan.sections if looks_ocr_damaged(s.title)]
    return (*sections, *(t.ref for t in plan.tasks if looks_ocr_damaged(t.content)))


def _add_indicators(tracking: TrackingRepository, plans: PlanRepository, plan_id: int) -> None:
    """Every numeric target of the new plan becomes an indicator tracked month by month."""
    position = 0
    for task in plans.tasks(plan_id):
        for target in task.targets:
            if target.value is None:
                continue
            ratio = target.unit == "%"
            tracking.add_indicator(
                plan_id,
                Indicator(
                    id=None,
                    name=target.measures or target.text,
                    kind=IndicatorKind.RATIO if ratio else IndicatorKind.NUMBER,
                    unit=target.unit,
                    direction=target.direction or ">=",
                    assigned_level=target.value,
                    cumulative=ratio,
                    task_id=task.id,
                    position=position,
                ),
            )
            position += 1

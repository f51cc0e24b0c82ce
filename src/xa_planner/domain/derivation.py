"""Derive a commune plan from a provincial template: which tasks, which offices, which dates."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from xa_planner.domain import unit_mapping as um
from xa_planner.domain.completeness import (  # the codes are part of this module's API too
    NO_DUE,  # noqa: F401
    NO_LEAD,  # noqa: F401
    NO_PRODUCT,  # noqa: F401
    TaskFlag,
    task_problems,
)
from xa_planner.domain.completeness import completeness_problems as _completeness_problems
from xa_planner.domain.offices import Office
from xa_planner.domain.plans import Plan, PlanSection, PlanTask, Template, TemplateTask
from xa_planner.domain.reasons import Reason
from xa_planner.domain.roman_numerals import roman
from xa_planner.domain.task_groups import group_sections
from xa_planner.domain.task_products import named_product
from xa_planner.domain.template_reference import template_reference  # also this module's API
from xa_planner.domain.text import fold
from xa_planner.domain.timeframes import Recurrence, parse_timeframe
from xa_planner.domain.unit_mapping import SuggestionKind, UnitRole

# Problem codes of the "6 rõ" check (domain.completeness), also per-task flags of a derivation.
LEAD_TO_CONFIRM = TaskFlag.LEAD_TO_CONFIRM  # the commune leads; the office is only a default

# Recurrences that carry their own deadlines every period, so the task has no single due date.
_PERIODIC = {Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.YEARLY}

# Words saying the work reaches the commune, its villages or its people (folded → as shown).
_CASCADE_WORDS = {
    "cap xa": "cấp xã",
    "cac xa": "các xã",
    "xa phuong": "xã, phường",
    "dia ban xa": "địa bàn xã",
    "cac dia phuong": "các địa phương",
    "thon": "thôn",
    "to dan pho": "tổ dân phố",
    "khu pho": "khu phố",
    "nguoi dan": "người dân",
    "cong dan": "công dân",
    "ho kinh doanh": "hộ kinh doanh",
    "ho gia dinh": "hộ gia đình",
    "tai co so": "tại cơ sở",
    "o co so": "ở cơ sở",
    "cap co so": "cấp cơ sở",
    "cong dong": "cộng đồng",
    "nong thon": "nông thôn",
}
_CASCADE = re.compile(r"\b(?:" + "|".join(_CASCADE_WORDS) + r")\b(?! hoi)")
# Actions only the province performs (judged on the task's opening clause, its main verb).
_PROVINCIAL_ONLY = re.compile(
    r"\btrinh (?:hdnd|ubnd) tinh\b|\b(?:ubnd|chu tich ubnd) tinh ban hanh\b"
    r"|\b(?:quyet dinh|nghi quyet|chi thi|quy che) (?:cua )?(?:hdnd|ubnd|chu tich ubnd) tinh\b"
    r"|\bthuoc tham quyen (?:cua )?(?:hdnd|ubnd)\b.*\btinh\b"
    r"|\b(?:kho du lieu dung chung|trung tam (?:tich hop )?du lieu|trung tam (?:giam sat )?dieu hanh"
    r" thong minh|ioc|cong bo danh muc)\b"
    r"|\b(?:xay dung|nang cap|hoan thien)\b.{0,40}\b(?:he thong|nen tang|co so du lieu)\b.{0,60}\btinh\b"
)
_HEADING_REF = re.compile(
    r"^\s*(?:[IVXLC]+|\d+|[a-zđ])(?:[.)\-]+\s*(?:[IVXLC]+|\d+|[a-zđ]|\(\d+\)))*[.):\-]?\s+", re.I
)


class RelevanceCode(enum.StrEnum):
    """Why a template task is suggested for the commune plan or left at the province."""

    COMMUNE_LEADS = "commune_leads"
    PROVINCIAL_ONLY = "provincial_only"
    POLICE_CASCADE = "police_cascade"
    CONTENT_CASCADES = "content_cascades"
    COMMUNE_SUPPORTS = "commune_supports"
    COMMUNE_FIELD = "commune_field"
    NO_COMMUNE_ROLE = "no_commune_role"


@dataclass(frozen=True)
class Relevance:
    """Whether a template task concerns the commune, and why (services.reason_texts words it)."""

    include: bool
    reason: Reason  # its code is a RelevanceCode

    @property
    def reason_code(self) -> RelevanceCode:
        return RelevanceCode(self.reason.code)


@dataclass(frozen=True)
class DerivedPlan:
    """A derived plan with what the officer must still look at before it is created."""

    plan: Plan
    unmapped: tuple[str, ...] = ()  # units of the chosen tasks with no commune office, as written
    # plan task ref → what the officer must still look at in that task
    task_flags: dict[str, tuple[TaskFlag, ...]] = field(default_factory=dict)
    relevance: dict[int, Relevance] = field(default_factory=dict)  # template index → suggestion


def _key(text: str) -> str:
    return um.normalise(text)


def _commune_unit(units: tuple[str, ...]) -> str | None:
    return next((u for u in units if um.is_commune_level(u)), None)


def _opening_clause(content: str) -> str:
    return re.split(r";|\.\s|:\s", content or "", maxsplit=1)[0][:240].strip()


def suggest_relevance(task: TemplateTask) -> Relevance:
    """Does *task* concern the commune?  The first rule that applies decides, in this order:

    the commune leads; the task is a provincial-only action (issuing provincial decisions,
    building provincial data centres…); Công an tỉnh leads (it cascades to Công an xã); the
    content reaches communes, villages or people; the commune supports; a lead unit has a
    commune office for the task's field.  Otherwise the task stays at the province.
    """
    text = f"{task.title} {task.content}"
    unit = _commune_unit(task.lead)
    if unit:
        return Relevance(True, Reason.of(RelevanceCode.COMMUNE_LEADS, unit=unit))
    opening = _opening_clause(task.content)
    if _PROVINCIAL_ONLY.search(_key(opening)):
        shown = opening if len(opening) <= 80 else opening[:79] + "…"
        return Relevance(False, Reason.of(RelevanceCode.PROVINCIAL_ONLY, words=shown))
    if any(um.role_of(u)[0] == UnitRole.POLICE for u in task.lead):
        return Relevance(True, Reason(RelevanceCode.POLICE_CASCADE))
    return _weaker_relevance(task, text)


def _weaker_relevance(task: TemplateTask, text: str) -> Relevance:
    cascade = _CASCADE.search(_key(text))
    if cascade:
        words = _CASCADE_WORDS[cascade.group(0)]
        return Relevance(True, Reason.of(RelevanceCode.CONTENT_CASCADES, words=words))
    unit = _commune_unit(task.support)
    if unit:
        return Relevance(True, Reason.of(RelevanceCode.COMMUNE_SUPPORTS, unit=unit))
    if um.field_role(text):
        for lead in task.lead:
            if um.role_of(lead)[0] not in (None, UnitRole.NO_COUNTERPART, UnitRole.COLLECTIVE):
                return Relevance(True, Reason.of(RelevanceCode.COMMUNE_FIELD, unit=lead))
    return Relevance(False, Reason(RelevanceCode.NO_COMMUNE_ROLE))


def schedule(task: TemplateTask, year: int) -> tuple[dt.date | None, str | None]:
    """(due, recurrence) of a commune task: the template's own values, else its time frame read.

    A periodic task (hằng tháng, hằng quý, hằng năm) has no single due date; a continuous one
    ("Thường xuyên") keeps a completion date only when its time frame also names one.
    """
    due, recurrence = task.due, task.recurrence
    if due is None and recurrence is None:
        due, recurrence = _read_timeframe(task.timeframe, year)
    if recurrence in _PERIODIC:
        due = None
    return due, recurrence


def _read_timeframe(text: str, year: int) -> tuple[dt.date | None, Recurrence | None]:
    frame = parse_timeframe(text, plan_year=year)
    return frame.due, frame.recurrence


def _section_title(raw: str, offices: Sequence[Office], mapping: Mapping[str, int | None]) -> str:
    """The commune heading for a template section; a heading that names a provincial unit
    ("1. Công an tỉnh", in plans grouped by lead) becomes the commune office's name."""
    title = _HEADING_REF.sub("", raw or "", count=1).strip(" .:") or (raw or "").strip()
    if not title:
        return "Nhiệm vụ chung"
    if um.heading_unit(title):
        suggestion = um.resolve_units([title], mapping, offices, title)[title]
        if suggestion.kind is SuggestionKind.OFFICE and suggestion.office_name:
            return suggestion.office_name
    return title


@dataclass(frozen=True)
class OfficeAssignment:
    """Who leads and supports one commune task, and which of its units found no office."""

    lead: int | None
    support: tuple[int, ...]
    unmapped: tuple[str, ...]
    lead_to_confirm: bool


def assign_offices(
    task: TemplateTask, offices: Sequence[Office], mapping: Mapping[str, int | None]
) -> OfficeAssignment:
    """Lead and support offices of one task: the first lead unit with an office leads (the
    commune's own default when only "UBND cấp xã" leads); other leads and supports support."""
    units = um.resolve_units(
        task.lead + task.support, mapping, offices, f"{task.title} {task.content}"
    )
    leads = [units[u] for u in task.lead if u in units]
    lead = next((s for s in leads if s.kind is SuggestionKind.OFFICE), None)
    to_confirm = lead is None
    commune = (s for s in leads if s.kind is SuggestionKind.COMMUNE and s.office_id)
    lead = lead or next(commune, None)
    lead_id = lead.office_id if lead else None
    others = leads + [units[u] for u in task.support if u in units]
    support = [s.office_id for s in others if s.kind is SuggestionKind.OFFICE and s.office_id != lead_id]
    unmapped = tuple(u for u, s in units.items() if s.kind is SuggestionKind.UNMAPPED)
    supports = tuple(i for i in dict.fromkeys(support) if i is not None)
    return OfficeAssignment(lead_id, supports, unmapped, to_confirm and lead_id is not None)


def _task_flags(task: PlanTask, lead_to_confirm: bool) -> tuple[TaskFlag, ...]:
    flags = task_problems(task)
    return tuple(flags + ([TaskFlag.LEAD_TO_CONFIRM] if lead_to_confirm else []))


def completeness_problems(plan: Plan) -> list[tuple[str, TaskFlag]]:
    """The "6 rõ" check over a plan: (task ref, problem) in plan order."""
    return _completeness_problems(plan.tasks)


class _PlanBuilder:
    """Collects the chosen tasks section by section, then numbers them I.1, I.2, II.1…"""

    def __init__(self, template: Template, year: int, offices: Sequence[Office], mapping) -> None:
        self.template, self.year, self.offices, self.mapping = template, year, offices, mapping
        self.sections: dict[str, list[tuple[TemplateTask, OfficeAssignment]]] = {}
        self.unmapped: dict[str, str] = {}  # memory key → unit as first written
        self.titles: dict[str, str] = {}  # folded section title → title as first written

    def add(self, task: TemplateTask, section: str) -> None:
        """Add *task* to the group named after *section*, a heading of the source plan."""
        title = _section_title(section, self.offices, self.mapping)
        assignment = assign_offices(task, self.offices, self.mapping)
        for unit in assignment.unmapped:
            self.unmapped.setdefault(um.memory_key(unit), unit.strip())
        self.sections.setdefault(fold(title), []).append((task, assignment))
        self.titles.setdefault(fold(title), title)

    def _plan_task(
        self,
        task: TemplateTask,
        assignment: OfficeAssignment,
        section: int,
        ref: str,
        position: int,
    ) -> PlanTask:
        due, recurrence = schedule(task, self.year)
        return PlanTask(
            id=None,
            section_id=section,
            ref=ref,
            content=task.content or task.title,
            lead_office_id=assignment.lead,
            support_office_ids=assignment.support,
            due=due,
            recurrence=recurrence,
            timeframe=task.timeframe,
            products=task.products or named_product(task.content),
            directing_docs=task.directing_docs or template_reference(self.template),
            targets=task.targets,
            source_task_id=task.id,
            source_ref=task.ref,
            position=position,
        )

    def build(
        self,
    ) -> tuple[tuple[PlanSection, ...], tuple[PlanTask, ...], dict[str, tuple[TaskFlag, ...]]]:
        sections: list[PlanSection] = []
        tasks: list[PlanTask] = []
        flags: dict[str, tuple[TaskFlag, ...]] = {}
        for index, (key, items) in enumerate(self.sections.items()):
            sections.append(PlanSection(None, roman(index + 1), self.titles[key], index))
            for number, (task, assignment) in enumerate(items, start=1):
                ref = f"{roman(index + 1)}.{number}"
                plan_task = self._plan_task(task, assignment, index, ref, len(tasks))
                tasks.append(plan_task)
                if task_flags := _task_flags(plan_task, assignment.lead_to_confirm):
                    flags[ref] = task_flags
        return tuple(sections), tuple(tasks), flags


def unit_suggestions(
    tasks: list[TemplateTask], remembered: Mapping[str, int | None], offices: Sequence[Office]
) -> dict[str, um.MappingSuggestion]:
    """Every unit named by *tasks* (lead and support, first spelling of each), with its
    suggestion in the context of the first task naming it — the wizard's "units → offices"
    step.  Only the units the officer changes belong in ``derive_plan``'s *mapping*: a choice
    stored for "Văn phòng UBND tỉnh" overrides its per-task, subject-dependent default."""
    seen: dict[str, um.MappingSuggestion] = {}
    keys: set[str] = set()
    for task in tasks:
        for unit in task.lead + task.support:
            key = um.memory_key(unit)
            if key and key not in keys:
                keys.add(key)
                text = f"{task.title} {task.content}"
                seen[unit] = um.resolve_units([unit], remembered, offices, text)[unit]
    return seen


def derive_plan(
    template: Template,
    *,
    year: int,
    offices: Sequence[Office],
    choices: Mapping[int, bool] | None = None,
    mapping: Mapping[str, int | None] | None = None,
    title: str = "",
    number: str = "",
    issued_on: dt.date | None = None,
    directing_doc: str = "",
) -> DerivedPlan:
    """The commune plan for *year* from *template*, as a new (unsaved) ``Plan``.

    *choices* maps a task's position (its index in ``template.tasks``) to the officer's
    include/exclude decision; tasks not in it follow ``suggest_relevance``.  *mapping* holds
    the officer's unit choices (``memory_key(unit)`` → office id), which win over the built-in
    table.  Section ids of the tasks are positions in ``plan.sections``, as storage expects.
    """
    relevance = {i: suggest_relevance(task) for i, task in enumerate(template.tasks)}
    builder = _PlanBuilder(template, year, offices, mapping or {})
    groups = group_sections(template.tasks)
    for i, task in enumerate(template.tasks):
        if (choices or {}).get(i, relevance[i].include):
            builder.add(task, groups[i])
    sections, tasks, flags = builder.build()
    plan = Plan(
        id=None,
        year=year,
        title=title or template.title,
        number=number,
        issued_on=issued_on,
        directing_doc=directing_doc or template_reference(template),
        template_id=template.id,
        sections=sections,
        tasks=tasks,
    )
    return DerivedPlan(plan, tuple(builder.unmapped.values()), flags, relevance)

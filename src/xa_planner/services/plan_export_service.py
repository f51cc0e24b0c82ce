"""The commune plan and its appendix as documents: built from the workspace, then written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.plan_text import PlanText
from xa_planner.domain.signature_block import SignatureBlock
from xa_planner.domain.stored import StoredPlan
from xa_planner.domain.text import nfc
from xa_planner.exporting import file_names, nd30
from xa_planner.exporting.citation import Citation, citation_from_text, source_citation
from xa_planner.exporting.plan_document import (
    AppendixDocument,
    AppendixRow,
    AppendixSection,
    PlanDocument,
    TextBlock,
)
from xa_planner.importing.pdfium_lock import PDFIUM_LOCK  # noqa: F401 — the print preview's too
from xa_planner.localization import _
from xa_planner.services import signer_warnings
from xa_planner.services.errors import InvalidInput, NotFound
from xa_planner.services.plan_service import PlanService, office_name
from xa_planner.services.plan_text import default_plan_text
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import PlanRow
from xa_planner.storage.plain_rows import Rows
from xa_planner.storage.reads import OfficeReads, PlanReads, ProfileReads

KINDS = ("plan", "appendix")
FORMATS = {"plan": ("pdf", "docx"), "appendix": ("pdf", "docx", "xlsx")}


def _short_date(day) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "…"


def _stored_plan(rows: Rows, plan_id: int) -> StoredPlan:
    plan = PlanReads(rows).get(plan_id)
    if plan is None:
        raise NotFound(_("Không tìm thấy kế hoạch số {id}.").format(id=plan_id))
    return plan


def _citation(rows: Rows, record: StoredPlan, profile: CommuneProfile) -> Citation:
    """The plan's source, from the stored provincial plan when it is still there."""
    template = PlanReads(rows).source_template(record.template_id) if record.template_id else None
    if template is None:
        return citation_from_text(record.directing_doc, profile.province_name, record.year)
    citation = source_citation(template, profile.province_name, record.year)
    return citation.also_for(record.directing_doc)


class PlanExportService(ServiceBase):
    def __init__(self, database, user: str, plans: PlanService) -> None:
        super().__init__(database, user)
        self._plans = plans

    def resolve_plan(self, plan_id: int | None) -> int:
        """The given plan, or the workspace's current one."""
        if plan_id is None:
            current = self._plans.current_plan()
            if current is None:
                raise InvalidInput(_("Chưa có kế hoạch của xã; hãy lập kế hoạch trước khi xuất."))
            return current.id
        if not any(p.id == plan_id for p in self._plans.plans()):
            raise NotFound(_("Không tìm thấy kế hoạch số {id}.").format(id=plan_id))
        return plan_id

    def plan_text(self, plan_id: int) -> PlanText:
        """The editable prose of the plan: what the officer saved, or the defaults."""
        with self._query() as query:
            record = _stored_plan(query, plan_id)
            profile = ProfileReads(query).get()
            stored = PlanReads(query).body(plan_id)
            if stored is not None:
                return stored
            return default_plan_text(profile, _citation(query, record, profile).full)

    def default_plan_text(self, plan_id: int) -> PlanText:
        """The prose a new plan starts with, whatever the officer saved since."""
        with self._query() as query:
            record = _stored_plan(query, plan_id)
            profile = ProfileReads(query).get()
            return default_plan_text(profile, _citation(query, record, profile).full)

    def save_plan_text(self, plan_id: int, text: PlanText) -> None:
        from xa_planner.storage.repositories import AuditRepository, PlanRepository

        with self._write() as session:
            PlanRepository(session).set_body(plan_id, text)
            AuditRepository(session).record(self._user, AuditAction.PLAN_TEXT, "plan", plan_id, {})

    def appendix_document(self, plan_id: int) -> AppendixDocument:
        with self._query() as query:
            record = _stored_plan(query, plan_id)
            profile = ProfileReads(query).get()
            full_names = {o.id: o.full_name for o in OfficeReads(query).all()}
            citation = _citation(query, record, profile)
        rows = self._plans.plan_rows(plan_id)
        issuer = f"UBND {profile.unit_kind} {profile.commune_name}".strip()
        reference = _appendix_reference(record.number, record.issued_on, record.year, issuer)
        title = f"NHIỆM VỤ TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06 NĂM {record.year}"
        sections = _sections(rows, full_names, citation)
        return AppendixDocument(title=title, reference_line=reference, sections=sections)

    def plan_document(self, plan_id: int, *, with_appendix: bool = True) -> PlanDocument:
        with self._query() as query:
            record = _stored_plan(query, plan_id)
            profile = ProfileReads(query).get().with_defaults()
        text = self.plan_text(plan_id)
        body = (TextBlock("", (text.preamble,)),) + tuple(
            TextBlock(b.heading, b.paragraphs, b.level) for b in text.blocks
        )
        return PlanDocument(
            issuing_body=profile.issuing_body,
            number=record.number or "/KH-UBND",
            place=profile.place_name,
            issued_on=record.issued_on,
            summary=_summary_line(record.title),
            body=body,
            recipients=text.recipients,
            signature=SignatureBlock(
                profile.signing_authority, profile.chair_title, profile.chair_name
            ),
            appendix=self.appendix_document(plan_id) if with_appendix else None,
            issue_year=record.year,
        )

    def signer_warning(self, kind: str = "plan") -> str:
        """The line asking for the chairman's name when the plan would print without; else ""."""
        if kind != "plan":  # the appendix carries no signature
            return ""
        with self._query() as query:
            name = ProfileReads(query).get().chair_name
        return "" if name.strip() else signer_warnings.plan_signer_missing()

    def suggested_file_name(self, plan_id: int, kind: str, fmt: str) -> str:
        with self._query() as query:
            record = _stored_plan(query, plan_id)
            commune = ProfileReads(query).get().commune_name or "xa"
        namer = file_names.plan_file_name if kind == "plan" else file_names.appendix_file_name
        return namer(f"{_('Xã')} {commune}", record.year, fmt)

    def export(self, plan_id: int | None, kind: str, fmt: str, target: Path) -> Path:
        """Write the plan or its appendix as *fmt* to *target* (a file or a folder)."""
        if kind not in KINDS or fmt not in FORMATS[kind]:
            raise InvalidInput(
                _("Không xuất được {kind} dưới dạng {fmt}.").format(kind=kind, fmt=fmt)
            )
        plan_id = self.resolve_plan(plan_id)
        target = Path(target)
        if target.is_dir():
            target = target / self.suggested_file_name(plan_id, kind, fmt)
        return _write(kind, fmt, self, plan_id, target)


def _write(kind: str, fmt: str, service: PlanExportService, plan_id: int, target: Path) -> Path:
    from xa_planner.exporting.atomic_output import ExportError

    try:
        if kind == "plan":
            plan_writer = _plan_writer(fmt)
            return plan_writer(service.plan_document(plan_id), target, include_appendix=True)
        return _appendix_writer(fmt)(service.appendix_document(plan_id), target)
    except ExportError as exc:
        raise InvalidInput(str(exc)) from exc


# The writers pull in reportlab, python-docx or openpyxl: only the one asked for is loaded, when
# exporting (an .xlsx export from the command line then starts without reportlab and docx).
def _plan_writer(fmt: str) -> Callable[..., Path]:
    if fmt == "pdf":
        from xa_planner.exporting.plan_pdf_writer import write_plan_pdf

        return write_plan_pdf
    from xa_planner.exporting.plan_docx_writer import write_plan_docx

    return write_plan_docx


def _appendix_writer(fmt: str) -> Callable[[AppendixDocument, Path], Path]:
    if fmt == "pdf":
        from xa_planner.exporting.appendix_pdf_writer import write_appendix_pdf

        return write_appendix_pdf
    if fmt == "docx":
        from xa_planner.exporting.appendix_docx_writer import write_appendix_docx

        return write_appendix_docx
    from xa_planner.exporting.appendix_xlsx_writer import write_appendix_xlsx

    return write_appendix_xlsx


def _summary_line(title: str) -> str:
    text = nfc(title.strip())
    for prefix in ("Kế hoạch ", "KẾ HOẠCH "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text[:1].upper() + text[1:]


def _appendix_reference(number: str, issued_on, year: int, issuer: str) -> str:
    """ "(Kèm theo Kế hoạch số 05/KH-UBND ngày 20/01/2026 của UBND xã …)", blanks until issued."""
    size = nd30.APPENDIX_HEADING_SIZE
    number = nd30.with_number_blank(number, size)
    day = nd30.short_date_with_blanks(issued_on, year, size)
    return f"(Kèm theo Kế hoạch số {number} ngày {day} của {issuer})"


def _timeframe_text(row: PlanRow) -> str:
    if row.timeframe:
        return row.timeframe
    return f"Trước ngày {_short_date(row.due)}" if row.due else ""


def _sections(
    rows: list[PlanRow], full_names: dict[int, str], citation: Citation
) -> tuple[AppendixSection, ...]:
    sections: dict[tuple[str, str], list[AppendixRow]] = {}
    for row in rows:
        entries = sections.setdefault((row.section_ref, row.section_title), [])
        entries.append(
            AppendixRow(
                number=str(len(entries) + 1),
                task=row.content,
                directing_docs=citation.shortened(row.directing_docs),
                lead=office_name(full_names, row.lead_office_id),
                support=";\n".join(
                    full_names[i] for i in row.support_office_ids if i in full_names
                ),
                timeframe=_timeframe_text(row),
                products=row.products,
            )
        )
    return tuple(
        AppendixSection(ref, title.upper(), tuple(entries))
        for (ref, title), entries in sections.items()
    )

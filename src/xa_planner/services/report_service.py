"""The monthly report: drafted from the month's data, edited, exported, then sent and frozen."""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.monthly_report import MonthlyReport, ReportSection
from xa_planner.domain.periods import Period
from xa_planner.domain.sent_file import SentFile
from xa_planner.domain.signature_block import SignatureBlock
from xa_planner.domain.statuses import ReportCategory
from xa_planner.domain.text import nfc
from xa_planner.exporting import file_names
from xa_planner.exporting.report_document import SECTION_HEADINGS, SECTION_KEYS
from xa_planner.localization import _
from xa_planner.services import report_content as content
from xa_planner.services import report_texts, signer_warnings
from xa_planner.services.errors import InvalidInput
from xa_planner.services.plan_service import PlanService
from xa_planner.services.tracking_service import TrackingService
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.storage.report_repository import ReportRepository, SentReport
from xa_planner.storage.repositories import AuditRepository, PlanRepository, ProfileRepository
from xa_planner.storage.tracking_repository import TrackingRepository

FORMATS = ("pdf", "docx", "xlsx", "eml")
HEAD_KEYS = ("number", "signer_name", "recipients")
TEXT_KEYS = SECTION_KEYS + HEAD_KEYS
_OVERDUE = {ReportCategory.IN_PROGRESS_OVERDUE.value, ReportCategory.NOT_STARTED_OVERDUE.value}


class ReportService(ServiceBase):
    def __init__(self, database, user: str, plans: PlanService, tracking: TrackingService) -> None:
        super().__init__(database, user)
        self._plans = plans
        self._tracking = tracking

    def draft(self, period: Period, today: dt.date | None = None) -> MonthlyReport:
        """The month's report built from its data, with the officer's saved texts applied."""
        today = today or dt.date.today()
        plan = self._plans.current_plan()
        if plan is None:
            raise InvalidInput(_("Chưa có kế hoạch của xã; hãy lập kế hoạch trước khi báo cáo."))
        with self._read() as session:
            profile = ProfileRepository(session).get().with_defaults()
            tracking = TrackingRepository(session)
            indicators = tracking.indicators(plan.id)
            values = tracking.indicator_values(plan.id, period)
            recurrences = {t.id: t.recurrence for t in PlanRepository(session).tasks(plan.id)}
            texts = ReportRepository(session).draft_texts(period)
        rows = self._tracking.tracking_rows(plan.id, period, today)
        tasks = content.task_lines(rows, recurrences)
        counts = content.status_counts(rows)
        report = MonthlyReport(
            commune=profile.commune_name,
            province=profile.province_name,
            year=period.year,
            month=period.month,
            window_start=period.data_window(profile.data_window_start_day)[0],
            window_end=period.data_window(profile.data_window_start_day)[1],
            deadline=period.deadline(profile.report_deadline_day, profile.data_window_start_day),
            plan_title=plan.title,
            issuing_body=_issuer(profile),
            superior_body=_superior(profile),
            number="     /BC-CAX",
            place=profile.place_name,
            issued_on=None,
            recipients=_recipients(profile),
            signature=SignatureBlock(profile.police_chief_title, "", profile.police_chief_name),
            status_counts=counts,
            offices=content.office_lines(rows),
            tasks=tasks,
            indicators=content.indicator_lines(indicators, values),
            difficulties=content.remarks(rows, "difficulties"),
            proposals=content.remarks(rows, "proposals"),
            next_focus=content.next_focus(tasks, period.shifted(1)),
            sections=(),
            recipient_email=profile.report_recipient_email,
            prepared_on=today,
            addressee=profile.report_addressee,
            recipient_code=profile.report_recipient_code.strip(),
        )
        return _apply_texts(replace(report, sections=_default_sections(report, counts)), texts)

    def signer_warning(self, period: Period) -> str:
        """The line asking for the police chief's name when the month's report has none; else ""."""
        with self._read() as session:
            typed = ReportRepository(session).draft_texts(period).get("signer_name", "")
            name = typed or ProfileRepository(session).get().police_chief_name
        return "" if name.strip() else signer_warnings.report_signer_missing()

    def draft_texts(self, period: Period) -> dict[str, str]:
        """The officer's saved edits of the month (section key → text), empty when none."""
        with self._read() as session:
            return ReportRepository(session).draft_texts(period)

    def save_draft_text(self, period: Period, texts: Mapping[str, str]) -> None:
        """Keep the officer's edits of the month; an empty text restores the default wording."""
        unknown = sorted(set(texts) - set(TEXT_KEYS))
        if unknown:
            raise InvalidInput(
                _("Không có mục báo cáo nào tên {names}.").format(names=", ".join(unknown))
            )
        with self._write() as session:
            self._refuse_if_locked(session, period)
            reports = ReportRepository(session)
            stored = reports.draft_texts(period)
            for key, text in texts.items():
                cleaned = nfc(str(text).strip())
                if cleaned:
                    stored[key] = cleaned
                else:
                    stored.pop(key, None)
            reports.save_draft_texts(period, stored)
            AuditRepository(session).record(
                self._user,
                AuditAction.REPORT_TEXT,
                "period",
                None,
                {"month": period.key, "keys": list(texts)},
            )

    def sent_report(self, period: Period) -> SentReport | None:
        """The latest frozen copy of the month's report, None when it was never sent."""
        with self._read() as session:
            sent = ReportRepository(session).sent(period)
        return sent[-1] if sent else None

    def report(self, period: Period, today: dt.date | None = None) -> MonthlyReport:
        """What an export writes: the frozen copy of a sent (locked) month, else the draft."""
        if self._tracking.is_locked(period):
            sent = self.sent_report(period)
            if sent is not None and sent.report is not None:
                return sent.report
        return self.draft(period, today)

    def suggested_file_name(self, period: Period, fmt: str) -> str:
        with self._read() as session:
            commune = ProfileRepository(session).get().commune_name or "xa"
        return file_names.report_file_name(f"Xã {commune}", period.year, period.month, fmt)

    def export(
        self,
        period: Period,
        fmt: str,
        target: Path,
        *,
        today: dt.date | None = None,
        attachments: Sequence[Path] | None = None,
    ) -> Path:
        """Write the month's report as *fmt* to *target* (a file, or a folder to name it in).

        An .eml attaches *attachments* when given, else fresh .pdf, .docx and .xlsx files.
        """
        if fmt not in FORMATS:
            raise InvalidInput(_("Không xuất được báo cáo dưới dạng {fmt}.").format(fmt=fmt))
        report = self.report(period, today)
        target = Path(target)
        if target.is_dir():
            target = target / self.suggested_file_name(period, fmt)
        if fmt != "eml":
            return _write(report, fmt, target)
        if attachments is not None:
            return _write_eml(report, target, [Path(p) for p in attachments])
        with tempfile.TemporaryDirectory(prefix="xa-report-") as folder:
            files = [
                _write(report, kind, Path(folder) / self.suggested_file_name(period, kind))
                for kind in ("pdf", "docx", "xlsx")
            ]
            return _write_eml(report, target, files)

    def mark_sent(
        self, period: Period, files: Sequence[Path], today: dt.date | None = None
    ) -> None:
        """Freeze the month: keep the report as sent (payload and checksums) and lock its data."""
        paths = [Path(p) for p in files]
        missing = [str(p) for p in paths if not p.is_file()]
        if not paths or missing:
            raise InvalidInput(
                _("Không tìm thấy tệp báo cáo đã gửi: {files}").format(
                    files=", ".join(missing) or "—"
                )
            )
        report = self.report(period, today)
        manifest = [_sent_file(p) for p in paths]
        digest = hashlib.sha256(
            "\n".join(f"{f.sha256}  {f.name}" for f in manifest).encode()
        ).hexdigest()
        with self._write() as session:
            self._refuse_if_locked(session, period)
            ReportRepository(session).add_sent(
                period, self._user, "; ".join(f.name for f in manifest), digest, report, manifest
            )
            TrackingRepository(session).set_locked(period, dt.datetime.now(), self._user)
            AuditRepository(session).record(
                self._user, AuditAction.REPORT_SENT, "period", None, {"month": period.key, "sha256": digest}
            )

    def _refuse_if_locked(self, session, period: Period) -> None:
        locked_at, locked_by = TrackingRepository(session).lock_state(period)
        if locked_at is not None:
            raise InvalidInput(
                _(
                    "Báo cáo tháng {month} đã gửi và chốt ({by}); muốn sửa phải mở lại tháng này."
                ).format(month=f"{period.month:02d}/{period.year}", by=locked_by or "?")
            )


def _issuer(profile: CommuneProfile) -> str:
    return f"CÔNG AN {profile.unit_kind.upper()} {profile.commune_name.upper()}".strip()


def _superior(profile: CommuneProfile) -> str:
    return f"CÔNG AN TỈNH {profile.province_name.upper()}" if profile.province_name else ""


def _recipients(profile: CommuneProfile) -> tuple[str, ...]:
    return (
        profile.report_addressee,
        f"UBND {profile.unit_kind} {profile.commune_name}".strip(),
        "Lưu: VT, CAX",
    )


def _default_sections(report: MonthlyReport, counts) -> tuple[ReportSection, ...]:
    overdue = tuple(t for t in report.tasks if t.status_class in _OVERDUE)
    next_month = f"{report.month % 12 + 1:02d}/{report.year + (report.month == 12)}"
    paragraphs = {
        "direction": report_texts.direction_text(
            report.commune, report.plan_title, report.month_label
        ),
        "results": report_texts.results_text(content.totals(counts)),
        "shortcomings": report_texts.shortcomings_text(report.difficulties, overdue),
        "next_focus": report_texts.focus_text(report.next_focus, next_month),
        "proposals": report_texts.proposals_text(report.proposals),
    }
    return tuple(ReportSection(k, SECTION_HEADINGS[k], paragraphs[k]) for k in SECTION_KEYS)


def _apply_texts(report: MonthlyReport, texts: Mapping[str, str]) -> MonthlyReport:
    sections = tuple(
        replace(s, paragraphs=_paragraphs(texts[s.key])) if texts.get(s.key) else s
        for s in report.sections
    )
    signature = report.signature
    if texts.get("signer_name"):
        signature = replace(signature, name=texts["signer_name"])
    recipients = _paragraphs(texts["recipients"]) if texts.get("recipients") else report.recipients
    return replace(
        report,
        sections=sections,
        signature=signature,
        recipients=recipients,
        number=texts.get("number") or report.number,
    )


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _sent_file(path: Path) -> SentFile:
    data = path.read_bytes()
    return SentFile(path.name, hashlib.sha256(data).hexdigest(), len(data))


def _write(report: MonthlyReport, fmt: str, target: Path) -> Path:
    # The writers pull in reportlab, python-docx or openpyxl: loaded only when exporting.
    from xa_planner.exporting import report_docx_writer, report_pdf_writer, report_xlsx_writer
    from xa_planner.exporting.atomic_output import ExportError

    writer = {
        "pdf": report_pdf_writer.write_report_pdf,
        "docx": report_docx_writer.write_report_docx,
        "xlsx": report_xlsx_writer.write_report_xlsx,
    }[fmt]
    try:
        return writer(report, target)
    except ExportError as exc:
        raise InvalidInput(str(exc)) from exc


def _write_eml(report: MonthlyReport, target: Path, files: list[Path]) -> Path:
    from xa_planner.exporting.atomic_output import ExportError
    from xa_planner.exporting.eml_writer import report_email, write_eml

    missing = [str(p) for p in files if not p.is_file()]
    if missing:
        raise InvalidInput(
            _("Không tìm thấy tệp cần đính kèm: {files}").format(files=", ".join(missing))
        )
    try:
        return write_eml(report_email(report, files), target)
    except ExportError as exc:
        raise InvalidInput(str(exc)) from exc

"""The files of the monthly report: written off the GUI thread, and the sent state in words."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from xa_planner.domain.periods import Period
from xa_planner.localization import _, format_date
from xa_planner.services.errors import ServiceError

EXPORT_FORMATS = ("docx", "pdf", "xlsx")


def export_report_files(reports, period: Period, formats: Sequence[str], folder: Path) -> list[Path]:
    """One file per format in *folder*, named by the convention (runs in the background)."""
    return [reports.export(period, fmt, folder / reports.suggested_file_name(period, fmt)) for fmt in formats]


def write_report_email(reports, period: Period, folder: Path, files: Sequence[Path]) -> Path:
    """The .eml draft (X-Unsent) beside *files*, with them attached."""
    target = folder / reports.suggested_file_name(period, "eml")
    return reports.export(period, "eml", target, attachments=list(files))


def export_with_email(reports, period: Period, formats: Sequence[str], folder: Path,
                      files: Sequence[Path]) -> tuple[list[Path], Path]:
    """The report files (written now when none are given) and the email that carries them."""
    written = list(files) or export_report_files(reports, period, formats, folder)
    return written, write_report_email(reports, period, folder, written)


def sent_text(sent) -> str:
    """"Đã gửi lúc 09:30 12/06/2026 (BC_….pdf); báo cáo tháng này chỉ xem." """
    return _("Đã gửi lúc {time} {day} ({files}); báo cáo tháng này chỉ xem.").format(
        time=sent.sent_at.strftime("%H:%M"), day=format_date(sent.sent_at.date()), files=sent.file_name)


def error_text(err: Exception) -> str:
    if isinstance(err, ServiceError):
        return str(err)
    return _("Không ghi được báo cáo: {error}").format(error=err)


def open_path(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

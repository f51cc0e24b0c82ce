"""The monthly report's PDF in the print preview: the plan preview fed by the report service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from xa_planner.domain.periods import Period
from xa_planner.gui.widgets.print_preview_dialog import PrintPreviewDialog
from xa_planner.localization import _


class ReportPdfSource:
    """Answers the preview's two questions (a file name, write the PDF) for one month's report."""

    def __init__(self, reports, period: Period) -> None:
        self._reports = reports
        self._period = period

    def suggested_file_name(self, _plan_id, _kind: str, fmt: str) -> str:
        return self._reports.suggested_file_name(self._period, fmt)

    def export(self, _plan_id, _kind: str, fmt: str, target: Path) -> Path:
        return self._reports.export(self._period, fmt, target)


class ReportPreviewDialog(PrintPreviewDialog):
    def __init__(self, reports, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(ReportPdfSource(reports, period), None, "report", None, parent)

    @classmethod
    def ask(cls, parent: QWidget | None, reports, period: Period) -> None:  # type: ignore[override]
        cls(reports, period, parent).exec()

    def _fill_texts(self) -> None:
        super()._fill_texts()
        self.setWindowTitle(_("Xem trước báo cáo tháng"))

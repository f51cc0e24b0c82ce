"""ReportDialog: the month's report — edit sections I–V and the head, preview, export, email, mark sent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from xa_planner.domain.periods import Period
from xa_planner.gui.forms.report_dialog_ui import Ui_ReportDialog
from xa_planner.gui.reports.report_outputs import (
    EXPORT_FORMATS,
    error_text,
    export_report_files,
    export_with_email,
    open_path,
    sent_text,
)
from xa_planner.gui.reports.report_preview import ReportPreviewDialog
from xa_planner.gui.reports.report_summary_models import (
    ReportIndicatorsTableModel,
    StatusCountsTableModel,
)
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.period_combo import combo_period, fill_period_combo, offered_periods
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _, ngettext
from xa_planner.services.errors import ServiceError

if TYPE_CHECKING:
    from xa_planner.services.report_service import ReportService
    from xa_planner.services.tracking_service import TrackingService

SECTION_KEYS = ("direction", "results", "shortcomings", "next_focus", "proposals")


def report_texts(report) -> dict[str, str]:
    """What the editors show for *report*: each section's paragraphs one a line, and the head."""
    texts = {s.key: "\n".join(s.paragraphs) for s in report.sections}
    texts.update(number=report.number, signer_name=report.signature.name,
                 recipients="\n".join(report.recipients))
    return texts


def changed_texts(shown: dict[str, str], now: dict[str, str], saved_keys) -> dict[str, str]:
    """Only what the officer edited (or had edited before): untouched defaults follow the data."""
    return {k: v for k, v in now.items() if v.strip() != shown.get(k, "").strip() or k in saved_keys}


def _set_text(edit, text: str) -> None:
    if isinstance(edit, QLineEdit):
        edit.setText(text)
    else:
        edit.setPlainText(text)


def _text(edit) -> str:
    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


def _fit_height(view) -> None:
    """A short table shown whole, without its own scroll bar."""
    rows = view.model().rowCount()
    view.setFixedHeight(view.horizontalHeader().height() + rows * view.verticalHeader().defaultSectionSize()
                        + 2 * view.frameWidth() + 2)


class ReportDialog(TranslatedDialog):
    """Receives the report service, the tracking service (the months offered) and the export folder."""

    _ui: Ui_ReportDialog

    def __init__(self, reports: ReportService, tracking: TrackingService, folder, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports, self._tracking, self._folder, self._today = reports, tracking, folder, today
        self._shown: dict[str, str] = {}
        self._saved_keys: set[str] = set()
        self._files: list[Path] = []
        self._locked = False
        self._loaded: Period | None = None
        self._busy = False
        self.marked_sent = False
        self._ui = Ui_ReportDialog()
        self._ui.setupUi(self)
        self._counts, self._indicators = StatusCountsTableModel(self), ReportIndicatorsTableModel(self)
        self._setup_tables()
        self._periods, self._reporting = offered_periods(tracking, today)
        due = self._reporting.period
        fill_period_combo(self._ui.period_combo, self._periods, due, self._reporting)
        self._ui.body_splitter.setSizes([470, 570])
        self._connect()
        self.load(due)

    def _setup_tables(self) -> None:
        ui = self._ui
        ui.counts_view.setModel(self._counts)
        ui.indicators_view.setModel(self._indicators)
        ui.counts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.counts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.counts_view.verticalHeader().setDefaultSectionSize(ui.counts_view.fontMetrics().height() + 6)
        header = ui.indicators_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 150)  # "Chưa đạt, còn thiếu …" wraps instead of widening the table
        ui.indicators_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _connect(self) -> None:
        ui = self._ui
        ui.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        ui.save_button.clicked.connect(self.save)
        ui.preview_button.clicked.connect(self._on_preview_button_clicked)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.email_button.clicked.connect(self._on_email_button_clicked)
        ui.sent_button.clicked.connect(self._on_sent_button_clicked)
        ui.close_button.clicked.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, reports: ReportService, tracking: TrackingService, folder,
            today: dt.date) -> bool:
        """Show the report of the month due next; True when a month was marked as sent."""
        dialog = cls(reports, tracking, folder, today, parent)
        dialog.exec()
        return dialog.marked_sent

    # --- the month -----------------------------------------------------------------------
    def period(self) -> Period | None:
        return combo_period(self._ui.period_combo)

    def choose_period(self, period: Period) -> None:
        self._ui.period_combo.setCurrentIndex(self._periods.index(period))

    def load(self, period: Period) -> None:
        try:
            report = self._reports.report(period, self._today)
            self._saved_keys = set(self._reports.draft_texts(period))
        except ServiceError as err:
            prompts.show_error(self, str(err))
            return
        self._loaded, self._shown, self._files = period, report_texts(report), []
        for key, edit in self._editors().items():
            _set_text(edit, self._shown[key])
        self._counts.set_report(report)
        self._indicators.set_rows(report.indicators)
        _fit_height(self._ui.counts_view)
        self._show_state(period)
        self._ui.status_label.setText(self._signer_warning())

    def _signer_warning(self) -> str:
        """Until the police chief is named, the report prints a dotted line: say so."""
        if self._locked or self._loaded is None:
            return ""
        return self._reports.signer_warning(self._loaded)

    def _show_state(self, period: Period) -> None:
        self._locked = self._tracking.is_locked(period)
        sent = self._reports.sent_report(period) if self._locked else None
        if sent is not None:
            state = sent_text(sent)
        elif self._locked:
            state = _("Tháng này đã chốt; báo cáo chỉ xem.")
        else:
            state = ""
        self._ui.state_label.setText(state)
        self._ui.state_label.setStyleSheet("color: #1b5e20; font-weight: bold;" if state else "")
        for edit in self._editors().values():
            edit.setReadOnly(self._locked)
        self._update_buttons()

    def is_read_only(self) -> bool:
        return self._locked

    def _editors(self) -> dict:
        ui = self._ui
        return {"direction": ui.direction_edit, "results": ui.results_edit,
                "shortcomings": ui.shortcomings_edit, "next_focus": ui.next_focus_edit,
                "proposals": ui.proposals_edit, "number": ui.number_edit,
                "signer_name": ui.signer_edit, "recipients": ui.recipients_edit}

    def texts(self) -> dict[str, str]:
        return {key: _text(edit) for key, edit in self._editors().items()}

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self.save(quiet=True)
        period = self.period()
        if period is not None:
            self.load(period)

    # --- saving ----------------------------------------------------------------------------
    def _unsaved(self) -> dict[str, str]:
        if self._locked or not self._shown:
            return {}
        return changed_texts(self._shown, self.texts(), self._saved_keys)

    def save(self, quiet: bool = False) -> bool:
        """Keep the officer's edits of the month shown; False when that failed (already told)."""
        changes, period = self._unsaved(), self._loaded  # the combo may have moved on
        if not changes or period is None:
            return True
        try:
            self._reports.save_draft_text(period, changes)
        except ServiceError as err:
            prompts.show_error(self, str(err))
            return False
        self._saved_keys |= set(changes)
        self._shown.update(changes)
        if not quiet:
            self._ui.status_label.setText(_("Đã lưu nội dung báo cáo."))
        return True


    # --- the files -------------------------------------------------------------------------
    def formats(self) -> list[str]:
        ui = self._ui
        checks = {"docx": ui.docx_check, "pdf": ui.pdf_check, "xlsx": ui.xlsx_check}
        return [fmt for fmt in EXPORT_FORMATS if checks[fmt].isChecked()]

    def written_files(self) -> list[Path]:
        return list(self._files)

    def _ready_to_write(self) -> Period | None:
        """The month, once its edits are saved; None when something stands in the way."""
        if self._loaded is None or not self.save(quiet=True):
            return None
        return self._loaded

    def _on_preview_button_clicked(self) -> None:
        period = self._ready_to_write()
        if period is not None:
            ReportPreviewDialog.ask(self, self._reports, period)

    def _on_export_button_clicked(self) -> None:
        period, formats = self._ready_to_write(), self.formats()
        if period is None:
            return
        if not formats:
            self._ui.status_label.setText(_("Hãy chọn ít nhất một định dạng."))
            return
        folder = prompts.choose_export_folder(self, self._folder.get())
        if folder is None:
            return
        reports = self._reports
        self._start(_("Đang xuất báo cáo…"),
                    lambda: export_report_files(reports, period, formats, folder),
                    lambda files: self._on_exported(folder, files))

    def _on_exported(self, folder: Path, files: list[Path]) -> None:
        self._folder.set(folder)
        self._files = list(files)
        done = ngettext(
            "Đã xuất {count} tệp vào {folder}.", "Đã xuất {count} tệp vào {folder}.", len(files)
        ).format(count=len(files), folder=folder)
        self._ui.status_label.setText("\n".join(filter(None, (done, self._signer_warning()))))

    def _on_email_button_clicked(self) -> None:
        period, formats = self._ready_to_write(), self.formats() or list(EXPORT_FORMATS)
        if period is None:
            return
        folder = self._files[0].parent if self._files else prompts.choose_export_folder(self, self._folder.get())
        if folder is None:
            return
        reports, files = self._reports, list(self._files)
        self._start(_("Đang tạo thư điện tử…"),
                    lambda: export_with_email(reports, period, formats, folder, files),
                    lambda result: self._on_email_written(folder, *result))

    def _on_email_written(self, folder: Path, files: list[Path], eml: Path) -> None:
        self._on_exported(folder, files)
        self._ui.status_label.setText(_("Đã tạo thư {name} kèm {count} tệp báo cáo.").format(
            name=eml.name, count=len(files)))
        choice = prompts.ask_open_email(self, eml)
        if choice == "email":
            open_path(eml)
        elif choice == "folder":
            open_path(folder)

    def _on_sent_button_clicked(self) -> None:
        period = self._ready_to_write()
        if period is None:
            return
        if not self._files:
            prompts.show_info(self, _("Hãy xuất báo cáo (hoặc tạo thư điện tử) trước, "
                                      "rồi đánh dấu đã gửi những tệp đó."))
            return
        names = "\n".join(p.name for p in self._files)
        question = _("Đánh dấu báo cáo tháng {month} đã gửi với các tệp:\n{names}\n\n"
                     "Sau đó số liệu và nội dung báo cáo tháng này chỉ xem; muốn sửa phải mở lại tháng.").format(
            month=f"{period.month:02d}/{period.year}", names=names)
        if not prompts.confirm(self, question, _("Đánh dấu đã gửi")):
            return
        try:
            self._reports.mark_sent(period, self._files, today=self._today)
        except ServiceError as err:
            prompts.show_error(self, str(err))
            return
        self.marked_sent = True
        self.load(period)

    # --- background work -------------------------------------------------------------------
    def _start(self, message: str, work, on_success) -> None:
        self._set_busy(True, message)

        def done(result) -> None:
            self._set_busy(False)
            on_success(result)

        run_in_background(work, done, self._on_failed)

    def _on_failed(self, err: Exception) -> None:
        self._set_busy(False)
        self._ui.status_label.setText("")
        prompts.show_error(self, error_text(err), _("Không ghi được báo cáo"))

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        if busy:
            self._ui.status_label.setText(message)
        self._update_buttons()

    def is_busy(self) -> bool:
        return self._busy

    def _update_buttons(self) -> None:
        ui, idle = self._ui, not self._busy
        for button in (ui.preview_button, ui.export_button, ui.email_button, ui.close_button, ui.period_combo):
            button.setEnabled(idle)
        for button in (ui.save_button, ui.sent_button):
            button.setEnabled(idle and not self._locked)

    # --- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy:  # not while a file is being written
            return
        self.save(quiet=True)
        super().reject()

    def retranslate(self) -> None:
        super().retranslate()
        chosen = self._loaded or self._reporting.period
        fill_period_combo(self._ui.period_combo, self._periods, chosen, self._reporting)
        if self._loaded is not None:
            self._show_state(self._loaded)
        self._counts.retranslate()
        self._indicators.retranslate()

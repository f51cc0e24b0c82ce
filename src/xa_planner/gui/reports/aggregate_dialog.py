"""AggregateDialog (province level): consolidate communes' monthly report files into one workbook."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QWidget

from xa_planner.gui.forms.aggregate_dialog_ui import Ui_AggregateDialog
from xa_planner.gui.reports.aggregate_models import FileProblemsTableModel, SubmissionsTableModel
from xa_planner.gui.reports.report_outputs import open_path
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _
from xa_planner.services.aggregation_service import AggregationResult, AggregationService
from xa_planner.services.errors import InvalidInput, ServiceError

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_LIST_BYTES = 1_000_000


def read_commune_list(path: Path) -> list[str]:
    """One commune a line; blank lines ignored (runs in the background)."""
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise InvalidInput(_("Danh sách xã {path} quá lớn.").format(path=path.name))
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(_("Không đọc được danh sách xã {path}.").format(path=path)) from exc
    return [line.strip() for line in text.splitlines() if line.strip()]


def consolidate(inputs: Sequence[Path], output: Path, month: str | None,
                expected_file: Path | None) -> AggregationResult:
    expected = read_commune_list(expected_file) if expected_file else ()
    return AggregationService().aggregate(list(inputs), output, month=month, expected=expected)


class AggregateDialog(TranslatedDialog):
    _ui: Ui_AggregateDialog

    def __init__(self, start_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start_dir = start_dir
        self._result: AggregationResult | None = None
        self._busy = False
        self._ui = Ui_AggregateDialog()
        self._ui.setupUi(self)
        self._submissions, self._problems = SubmissionsTableModel(self), FileProblemsTableModel(self)
        self._setup_views()
        self._ui.output_edit.setText(str(start_dir / "TongHop_BC_DA06.xlsx"))
        self._ui.open_button.hide()
        self._ui.result_tabs.hide()
        self._connect()
        self._update_buttons()

    def _setup_views(self) -> None:
        ui = self._ui
        ui.submissions_view.setModel(self._submissions)
        ui.problems_view.setModel(self._problems)
        ui.submissions_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.problems_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def _connect(self) -> None:
        ui = self._ui
        ui.add_files_button.clicked.connect(self._on_add_files_button_clicked)
        ui.add_folder_button.clicked.connect(self._on_add_folder_button_clicked)
        ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        ui.expected_button.clicked.connect(self._on_expected_button_clicked)
        ui.output_button.clicked.connect(self._on_output_button_clicked)
        ui.run_button.clicked.connect(self._on_run_button_clicked)
        ui.open_button.clicked.connect(self._open_output)
        ui.close_button.clicked.connect(self.reject)
        ui.inputs_list.itemSelectionChanged.connect(self._update_buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, start_dir: Path) -> AggregationResult | None:
        """Show the dialog; the last consolidation written, None when none was."""
        dialog = cls(start_dir, parent)
        dialog.exec()
        return dialog.result_written()

    def result_written(self) -> AggregationResult | None:
        return self._result

    # --- choosing the inputs -----------------------------------------------------------------
    def inputs(self) -> list[Path]:
        ui = self._ui
        return [Path(ui.inputs_list.item(i).text()) for i in range(ui.inputs_list.count())]

    def add_inputs(self, paths: Sequence[Path]) -> None:
        known = set(self.inputs())
        self._ui.inputs_list.addItems([str(p) for p in paths if p not in known])
        self._update_buttons()

    def _on_add_files_button_clicked(self) -> None:
        self.add_inputs(prompts.choose_report_files(self, self._start_dir))

    def _on_add_folder_button_clicked(self) -> None:
        folder = prompts.choose_folder_to_read(self, self._start_dir)
        if folder is not None:
            self.add_inputs([folder])

    def _on_remove_button_clicked(self) -> None:
        for item in self._ui.inputs_list.selectedItems():
            self._ui.inputs_list.takeItem(self._ui.inputs_list.row(item))
        self._update_buttons()

    def _on_expected_button_clicked(self) -> None:
        path = prompts.choose_text_file(self, self._start_dir)
        if path is not None:
            self._ui.expected_edit.setText(str(path))

    def _on_output_button_clicked(self) -> None:
        path = prompts.choose_xlsx_to_save(self, Path(self._ui.output_edit.text().strip() or self._start_dir))
        if path is not None:
            self._ui.output_edit.setText(str(path))

    # --- consolidating -----------------------------------------------------------------------
    def _problem(self, month: str, output: str) -> str:
        if not self.inputs():
            return _("Hãy thêm tệp hoặc thư mục báo cáo của các xã.")
        if month and not MONTH.match(month):
            return _("Tháng phải có dạng YYYY-MM, ví dụ 2026-06.")
        if not output:
            return _("Hãy chọn nơi lưu tệp tổng hợp.")
        return ""

    def _on_run_button_clicked(self) -> None:
        ui = self._ui
        month, output = ui.month_edit.text().strip(), ui.output_edit.text().strip()
        problem = self._problem(month, output)
        ui.status_label.setText(problem)
        if problem:
            return
        expected = Path(ui.expected_edit.text().strip()) if ui.expected_edit.text().strip() else None
        inputs = self.inputs()
        self._set_busy(True)
        run_in_background(lambda: consolidate(inputs, Path(output).expanduser(), month or None, expected),
                          self._on_consolidated, self._on_failed)

    def _on_consolidated(self, result: AggregationResult) -> None:
        self._set_busy(False)
        self._result = result
        self._show_result()

    def _open_output(self) -> None:
        if self._result is not None:
            open_path(self._result.output)

    def _show_result(self) -> None:
        assert self._result is not None, "shown once consolidated"
        ui, report = self._ui, self._result.report
        ui.status_label.setText(_(
            "Đã tổng hợp {count} báo cáo vào {path}; {missing} xã chưa báo cáo; {problems} tệp có vấn đề."
        ).format(count=len(report.submissions), path=self._result.output,
                 missing=len(report.missing), problems=len(report.problems)))
        self._submissions.set_rows(report.submissions)
        self._problems.set_rows(report.problems)
        ui.missing_list.clear()
        ui.missing_list.addItems(list(report.missing))
        ui.result_tabs.setTabText(0, _("Đã báo cáo ({count})").format(count=len(report.submissions)))
        ui.result_tabs.setTabText(1, _("Chưa báo cáo ({count})").format(count=len(report.missing)))
        ui.result_tabs.setTabText(2, _("Tệp có vấn đề ({count})").format(count=len(report.problems)))
        ui.result_tabs.show()
        ui.open_button.show()

    def _on_failed(self, err: Exception) -> None:
        self._set_busy(False)
        self._ui.status_label.setText("")
        message = str(err) if isinstance(err, ServiceError) else _(
            "Không tổng hợp được: {error}").format(error=err)
        prompts.show_error(self, message, _("Không tổng hợp được"))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._ui.status_label.setText(_("Đang tổng hợp…"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, idle = self._ui, not self._busy
        for widget in (ui.add_files_button, ui.add_folder_button, ui.expected_button, ui.output_button,
                       ui.close_button, ui.open_button):
            widget.setEnabled(idle)
        ui.remove_button.setEnabled(idle and bool(ui.inputs_list.selectedItems()))
        ui.run_button.setEnabled(idle and ui.inputs_list.count() > 0)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def retranslate(self) -> None:
        super().retranslate()
        self._submissions.retranslate()
        self._problems.retranslate()
        if self._result is not None:
            self._show_result()

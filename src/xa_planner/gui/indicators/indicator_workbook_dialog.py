"""IndicatorWorkbookDialog: pick the sheet and columns of the provincial indicator workbook, then apply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from xa_planner.domain.indicator_workbook_mapping import ColumnChoice, WorkbookMapping
from xa_planner.domain.indicators import Indicator, IndicatorKind
from xa_planner.domain.periods import Period
from xa_planner.domain.stored import StoredIndicator
from xa_planner.gui.forms.indicator_workbook_dialog_ui import Ui_IndicatorWorkbookDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError
from xa_planner.services.import_refusal_texts import import_refusal_text
from xa_planner.services.import_views import ImportRejected
from xa_planner.services.indicator_workbook_mapping import suggest_mapping
from xa_planner.services.indicator_workbook_service import ApplySummary
from xa_planner.services.indicator_workbook_views import IndicatorWorkbook, WorkbookSheet

NUMERATOR_COLUMN, DENOMINATOR_COLUMN, VALUE_COLUMN, FOUND_COLUMN = 1, 2, 3, 4


class IndicatorWorkbookDialog(TranslatedDialog):
    _ui: Ui_IndicatorWorkbookDialog

    def __init__(self, service, path: Path, workbook: IndicatorWorkbook, indicators: list[StoredIndicator],
                 period: Period, plan_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._path, self._workbook = service, Path(path), workbook
        self._indicators, self._period, self._plan_id = indicators, period, plan_id
        self._summary: ApplySummary | None = None
        self._row: dict[str, str] | None = None
        self._ui = Ui_IndicatorWorkbookDialog()
        self._ui.setupUi(self)
        self._ui.column_table.setRowCount(len(indicators))
        # The column choosers show whole column names; the indicator's name takes what is left.
        self._ui.column_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._ui.column_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._initial = service.suggest_mapping(workbook, indicators)
        self._ui.sheet_combo.addItems([sheet.name for sheet in workbook.sheets])
        self._ui.sheet_combo.setCurrentText(self._initial.sheet)
        self._show_sheet(self._initial)
        self._ui.sheet_combo.currentIndexChanged.connect(self._on_sheet_combo_changed)
        self._ui.commune_column_combo.currentIndexChanged.connect(self._on_commune_column_changed)
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self._update_texts()

    @classmethod
    def ask(cls, parent: QWidget | None, service, path: Path, workbook: IndicatorWorkbook,
            indicators: list[StoredIndicator], period: Period, plan_id: int | None) -> ApplySummary | None:
        """What was applied, or None when the officer cancelled."""
        dialog = cls(service, path, workbook, indicators, period, plan_id, parent)
        dialog.exec()
        return dialog.summary()

    def summary(self) -> ApplySummary | None:
        return self._summary

    def mapping(self) -> WorkbookMapping:
        """The choice as it stands in the combos."""
        choices = {}
        for position, indicator in enumerate(self._indicators):
            choice = ColumnChoice(*(self._combo(position, c).currentData()
                                    for c in (NUMERATOR_COLUMN, DENOMINATOR_COLUMN, VALUE_COLUMN)))
            if not choice.empty:
                choices[indicator.id] = choice
        return WorkbookMapping(self._sheet().name, self._ui.commune_column_combo.currentText(), choices)

    def _sheet(self) -> WorkbookSheet:
        return self._workbook.sheets[max(self._ui.sheet_combo.currentIndex(), 0)]

    def _combo(self, position: int, column: int) -> QComboBox:
        combo = self._ui.column_table.cellWidget(position, column)
        assert isinstance(combo, QComboBox), "_fill_row puts a combo in every column cell"
        return combo

    def _show_sheet(self, mapping: WorkbookMapping) -> None:
        header = self._sheet().header
        commune = self._ui.commune_column_combo
        commune.blockSignals(True)
        commune.clear()
        commune.addItems(header)
        commune.setCurrentText(mapping.commune_column)
        commune.blockSignals(False)
        for position, indicator in enumerate(self._indicators):
            self._fill_row(position, indicator, header, mapping.indicators.get(indicator.id, ColumnChoice()))
        self._show_commune_row()

    def _fill_row(self, position: int, indicator: Indicator, header: list[str], choice: ColumnChoice) -> None:
        table = self._ui.column_table
        table.setItem(position, 0, QTableWidgetItem(indicator.name))
        wanted = {NUMERATOR_COLUMN: choice.numerator, DENOMINATOR_COLUMN: choice.denominator,
                  VALUE_COLUMN: choice.value}
        for column, current in wanted.items():
            combo = QComboBox(table)
            combo.setObjectName(f"column_combo_{position}_{column}")
            combo.addItem(_("(không lấy)"), None)
            for name in header:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current in header else 0)
            combo.setEnabled(column == VALUE_COLUMN or indicator.kind is IndicatorKind.RATIO)
            combo.currentIndexChanged.connect(lambda _index, p=position: self._show_found(p))
            table.setCellWidget(position, column, combo)
        table.setItem(position, FOUND_COLUMN, QTableWidgetItem(""))

    def _show_commune_row(self) -> None:
        self._row = self._service.commune_values(self._sheet(), self._ui.commune_column_combo.currentText())
        for position in range(len(self._indicators)):
            self._show_found(position)
        self._update_texts()

    def _show_found(self, position: int) -> None:
        texts = []
        for column in (NUMERATOR_COLUMN, DENOMINATOR_COLUMN, VALUE_COLUMN):
            heading = self._combo(position, column).currentData()
            if heading and self._row is not None:
                texts.append(self._row.get(heading, "") or "—")
        found = self._ui.column_table.item(position, FOUND_COLUMN)
        assert found is not None, "_fill_row puts an item in the found column"
        found.setText(" / ".join(texts))

    def _update_texts(self) -> None:
        ui = self._ui
        ui.intro_label.setText(_("Tệp {name}: chọn trang, cột tên xã và cột của từng chỉ tiêu cho tháng {month}. "
                                 "Lựa chọn được ghi nhớ cho lần sau.").format(
            name=self._path.name, month=f"{self._period.month:02d}/{self._period.year}"))
        found = self._row is not None
        ui.commune_row_label.setText(
            _("Đã tìm thấy dòng của xã: {cells}").format(
                cells=" | ".join(f"{k}: {v}" for k, v in (self._row or {}).items() if v))
            if found else _("Không tìm thấy dòng của xã trong cột đã chọn; hãy chọn trang hoặc cột khác.")
        )
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(_("Áp dụng"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(found)

    def _on_sheet_combo_changed(self, _index: int) -> None:
        sheet = self._sheet()
        keep = self._initial if sheet.name == self._initial.sheet else suggest_mapping(sheet, self._indicators)
        self._show_sheet(keep)

    def _on_commune_column_changed(self, _index: int) -> None:
        self._show_commune_row()

    def _on_button_box_accepted(self) -> None:
        try:
            self._summary = self._service.apply(self._path, self.mapping(), self._period, self._plan_id)
        except ServiceError as err:
            self._ui.error_label.setText(str(err))
            return
        except ImportRejected as err:
            self._ui.error_label.setText(import_refusal_text(err))
            return
        self.accept()

    def retranslate(self) -> None:
        super().retranslate()
        self._update_texts()

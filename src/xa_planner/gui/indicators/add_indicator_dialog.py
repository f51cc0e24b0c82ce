"""AddIndicatorDialog: a new indicator (chỉ tiêu) of the plan: name, kind, unit, direction, level."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from xa_planner.domain.indicators import Indicator, IndicatorKind
from xa_planner.gui.forms.add_indicator_dialog_ui import Ui_AddIndicatorDialog
from xa_planner.gui.indicators.indicator_entry import EntryError, parse_number
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import N_, _
from xa_planner.services.errors import ServiceError

_KINDS = (
    (IndicatorKind.RATIO, N_("Tỷ lệ (tử số / mẫu số, tính %)")),
    (IndicatorKind.NUMBER, N_("Số lượng")),
    (IndicatorKind.YES_NO, N_("Có / Không")),
)
_DIRECTIONS = ((">=", N_("≥ mức giao (càng cao càng tốt)")), ("<=", N_("≤ mức giao (càng thấp càng tốt)")))


class AddIndicatorDialog(TranslatedDialog):
    _ui: Ui_AddIndicatorDialog

    def __init__(self, indicator_service, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._indicators = indicator_service
        self._plan_id = plan_id
        self._added: int | None = None
        self._ui = Ui_AddIndicatorDialog()
        self._ui.setupUi(self)
        self._fill_combos()
        self._ui.unit_edit.setText("%")
        self._ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self.remember_input()

    @classmethod
    def ask(cls, parent: QWidget | None, indicator_service, plan_id: int) -> int | None:
        """Show the dialog; the new indicator's id, or None when the officer cancelled."""
        dialog = cls(indicator_service, plan_id, parent)
        dialog.exec()
        return dialog.added_id()

    def added_id(self) -> int | None:
        return self._added

    def _fill_combos(self) -> None:
        for combo, choices in ((self._ui.kind_combo, _KINDS), (self._ui.direction_combo, _DIRECTIONS)):
            chosen = max(0, combo.currentIndex())
            combo.blockSignals(True)
            combo.clear()
            for key, label in choices:
                combo.addItem(_(label), key)
            combo.setCurrentIndex(chosen)
            combo.blockSignals(False)

    def indicator(self) -> Indicator:
        """The indicator the form describes; EntryError when the level is not a number."""
        ui = self._ui
        kind = IndicatorKind(ui.kind_combo.currentData())
        return Indicator(
            id=None,
            name=ui.name_edit.text().strip(),
            kind=kind,
            unit=ui.unit_edit.text().strip(),
            direction=ui.direction_combo.currentData(),
            assigned_level=parse_number(ui.level_edit.text()),
            cumulative=ui.cumulative_check.isChecked(),
        )

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        kind = IndicatorKind(self._ui.kind_combo.currentData())
        self._ui.unit_edit.setEnabled(kind is IndicatorKind.NUMBER)
        self._ui.unit_edit.setText("%" if kind is IndicatorKind.RATIO else "")
        if kind is IndicatorKind.YES_NO:
            self._ui.level_edit.setText("1")

    def _on_button_box_accepted(self) -> None:
        try:
            self._added = self._indicators.add_indicator(self._plan_id, self.indicator())
        except (EntryError, ServiceError) as err:
            self._ui.error_label.setText(str(err))
            return
        self.accept()

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_combos()

"""Cell editors of the plan table: a checkable office list and a due-date field that also takes words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from xa_planner.domain.offices import Office
from xa_planner.gui.plan.plan_edits import read_due
from xa_planner.localization import _

_INVALID_STYLE = "QLineEdit { border: 2px solid #b3261e; background: #fdecea; }"


def invalid_due_message() -> str:
    return _(
        "Không hiểu thời hạn này. Hãy nhập một ngày (30/6/2026), một quý (Quý III/2026) "
        "hoặc “Thường xuyên”, “Hằng tháng”."
    )


class OfficeChecklistEditor(QListWidget):
    """The coordinating offices as a list of check boxes; Space ticks, Enter or Tab stores."""

    def __init__(self, offices: list[Office], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(_("Dấu cách: chọn/bỏ chọn; Enter: lưu; Esc: bỏ qua"))
        self.setSpacing(2)  # room between the check boxes: they are hit with the mouse too
        for office in offices:
            item = QListWidgetItem(office.short_name, self)
            item.setData(Qt.ItemDataRole.UserRole, office.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def set_checked_ids(self, office_ids) -> None:
        wanted = set(office_ids)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.setCurrentRow(0)

    def checked_ids(self) -> tuple[int, ...]:
        items = (self.item(i) for i in range(self.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Space toggles the current office even when the list has no selection yet.
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class DueEditor(QLineEdit):
    """A date ("30/6/2026"), a period ("Quý III/2026") or a recurrence ("Thường xuyên"); F4 opens a calendar."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, plan_year: int | None = None) -> None:
        super().__init__(parent)
        self._valid = True
        self.setPlaceholderText(_("ví dụ: 30/6/2026, Quý III/2026, Thường xuyên"))
        self.set_plan_year(plan_year)
        # A drop-down arrow reads as "pick from a list" on every Windows theme; no extra icon needed.
        arrow = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        calendar_action = QAction(arrow, _("Chọn ngày trên lịch (F4)"), self)
        calendar_action.triggered.connect(self.open_calendar)
        self.addAction(calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self._on_text_changed)

    def set_plan_year(self, plan_year: int | None) -> None:
        """The year a bare "Quý III" or "tháng 6" belongs to."""
        self._plan_year = plan_year
        self.setCompleter(self._completer(plan_year or dt.date.today().year))

    def _completer(self, year: int) -> QCompleter:
        words = [_("Thường xuyên"), _("Hằng tháng"), _("Hằng quý"), _("Hằng năm")]
        words += [f"{_('Quý')} {q}/{year}" for q in ("I", "II", "III", "IV")]
        completer = QCompleter(QStringListModel(words, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return completer

    def plan_year(self) -> int | None:
        return self._plan_year

    def is_valid(self) -> bool:
        return self._valid

    def _on_text_changed(self, text: str) -> None:
        valid = read_due(text, self._plan_year).valid
        self.setStyleSheet("" if valid else _INVALID_STYLE)
        self.setToolTip("" if valid else invalid_due_message())
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        due = read_due(self.text(), self._plan_year).due
        if due:
            calendar.setSelectedDate(QDate(due.year, due.month, due.day))
        calendar.activated.connect(lambda day: self._on_calendar_activated(calendar, day))
        calendar.clicked.connect(lambda day: self._on_calendar_activated(calendar, day))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()

    def _on_calendar_activated(self, calendar: QCalendarWidget, day: QDate) -> None:
        # The words become the plan's "Thời hạn" text, printed in a Vietnamese document whatever
        # the interface language: always dd/mm/yyyy, which the time-frame reader reads back.
        self.setText(f"{day.day():02d}/{day.month():02d}/{day.year()}")
        calendar.close()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return
        super().keyPressEvent(event)

"""DerivationUnitsModel: each provincial unit of the chosen tasks and the commune office it goes to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from xa_planner.domain.offices import Office
from xa_planner.localization import N_, _
from xa_planner.services.derivation_service import UnitChoice
from xa_planner.services.reason_texts import reason_text

_Index = QModelIndex | QPersistentModelIndex
_UNMAPPED_BACKGROUND = QColor("#fde2e2")


def office_name(office: Office) -> str:
    return office.full_name or office.short_name


class DerivationUnitsModel(QAbstractTableModel):
    """The office column is edited (EditRole: an office id, or None for "not given to the commune")."""

    COLUMNS = (N_("Cơ quan của tỉnh"), N_("Đơn vị của xã"), N_("Lý do"))
    UNIT_COLUMN, OFFICE_COLUMN, REASON_COLUMN = 0, 1, 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[UnitChoice] = []
        self._chosen: list[int | None] = []
        self._offices: list[Office] = []

    def set_units(self, units: Sequence[UnitChoice], offices: Sequence[Office],
                  changes: dict[str, int | None] | None = None) -> None:
        """Show *units* with their suggestions, then the officer's earlier *changes* (key → office)."""
        self.beginResetModel()
        self._rows = list(units)
        self._offices = list(offices)
        self._chosen = [(changes or {}).get(u.key, u.office_id) for u in self._rows]
        self.endResetModel()

    def office_choices(self) -> list[tuple[int | None, str]]:
        """What the office combo offers: "not given to the commune" first, then the active offices."""
        return [(None, _("(không giao cho xã)"))] + [(o.id, office_name(o)) for o in self._offices]

    def changes(self) -> dict[str, int | None]:
        """Only the units whose office the officer changed (key → office id or None)."""
        return {u.key: chosen for u, chosen in zip(self._rows, self._chosen, strict=True) if chosen != u.office_id}

    def unit_names(self) -> dict[str, str]:
        return {u.key: u.unit for u in self._rows}

    def unmapped_units(self) -> list[str]:
        return [u.unit for u, chosen in zip(self._rows, self._chosen, strict=True) if chosen is None]

    def row_of_unit(self, unit: str) -> int:
        return next((row for row, u in enumerate(self._rows) if u.unit == unit), -1)

    def _office_text(self, office_id: int | None) -> str:
        return dict(self.office_choices()).get(office_id, "")

    # --- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return _(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        unit, chosen, column = self._rows[index.row()], self._chosen[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (unit.unit, self._office_text(chosen), self._reason(unit, chosen))[column]
        if role == Qt.ItemDataRole.EditRole and column == self.OFFICE_COLUMN:
            return chosen
        if role == Qt.ItemDataRole.BackgroundRole and chosen is None:
            return _UNMAPPED_BACKGROUND
        return None

    @staticmethod
    def _reason(unit: UnitChoice, chosen: int | None) -> str:
        return reason_text(unit.reason) if chosen == unit.office_id else _("Cán bộ đã chọn lại")

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.OFFICE_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        if value is not None and value not in {o.id for o in self._offices}:
            return False
        row = index.row()
        if self._chosen[row] != value:
            self._chosen[row] = value
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.OFFICE_COLUMN else flags

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

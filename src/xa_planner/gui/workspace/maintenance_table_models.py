"""Table models of the maintenance dialogs: backups to restore from and the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.localization import N_, _, format_date, format_number
from xa_planner.services.views import AuditEntry, BackupInfo

_BACKUP_KINDS = {
    "recent": N_("Gần đây"),
    "daily": N_("Hằng ngày"),
    "weekly": N_("Hằng tuần"),
    "monthly": N_("Hằng tháng"),
    "manual": N_("Sao lưu thủ công"),
    "before-migration": N_("Trước khi nâng cấp"),
    "before-restore": N_("Trước khi khôi phục"),
    "before-bulk-change": N_("Trước khi thay đổi hàng loạt"),
}


def format_moment(moment: dt.datetime) -> str:
    """A date and time as officers write them: 05/01/2026 14:30."""
    return f"{format_date(moment.date())} {moment:%H:%M}"


def format_size(size_bytes: int) -> str:
    """A file size in kB or MB with the locale's decimal separator."""
    if size_bytes < 1024 * 1024:
        return _("{size} kB").format(size=format_number(round(size_bytes / 1024, 1)))
    return _("{size} MB").format(size=format_number(round(size_bytes / 1024 / 1024, 1)))


def backup_kind_label(kind: str) -> str:
    return _(_BACKUP_KINDS[kind]) if kind in _BACKUP_KINDS else kind


class BackupsTableModel(RowsTableModel):
    COLUMNS = (N_("Thời điểm"), N_("Loại"), N_("Dung lượng"), N_("Tệp"))

    def cell_text(self, row: BackupInfo, column: int) -> str:
        if column == 0:
            return format_moment(row.created_at)
        if column == 1:
            return backup_kind_label(row.kind)
        if column == 2:
            return format_size(row.size_bytes)
        return row.path.name

    def sort_key(self, position: int, row: BackupInfo, column: int) -> Any:
        if column == 0:
            return row.created_at
        if column == 2:
            return row.size_bytes
        return super().sort_key(position, row, column)

    def cell_data(self, row: BackupInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AuditTableModel(RowsTableModel):
    COLUMNS = (N_("Thời điểm"), N_("Người thực hiện"), N_("Thao tác"), N_("Đối tượng"), N_("Chi tiết"))

    def cell_text(self, row: AuditEntry, column: int) -> str:
        if column == 0:
            return format_moment(row.at)
        return (row.user, row.action, row.entity, row.detail)[(1, 2, 3, 4).index(column)]

    def sort_key(self, position: int, row: AuditEntry, column: int) -> Any:
        return row.at if column == 0 else super().sort_key(position, row, column)

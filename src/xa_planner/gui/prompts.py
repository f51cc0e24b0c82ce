"""The only place that shows message boxes and file dialogs; tests monkeypatch these functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from xa_planner.localization import _
from xa_planner.paths import WORKSPACE_SUFFIX


def show_error(parent: QWidget | None, message: str, title: str = "") -> None:
    """One clear sentence about what went wrong and what to do."""
    QMessageBox.critical(parent, title or _("Không thực hiện được"), message)


def show_info(parent: QWidget | None, message: str, title: str = "") -> None:
    QMessageBox.information(parent, title or _("Thông báo"), message)


def confirm(parent: QWidget | None, question: str, title: str = "") -> bool:
    """Ask a yes/no question; No is the default so Enter never destroys anything."""
    answer = QMessageBox.question(
        parent,
        title or _("Xác nhận"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _workspace_filter() -> str:
    return _("Tệp dữ liệu xa_planner (*{suffix})").format(suffix=WORKSPACE_SUFFIX)


def choose_workspace_to_open(parent: QWidget | None, start_dir: Path) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, _("Mở tệp dữ liệu"), str(start_dir), _workspace_filter()
    )
    return Path(path) if path else None


def choose_new_workspace(parent: QWidget | None, start_dir: Path) -> Path | None:
    """A file name for a new workspace, with the workspace suffix added when missing."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, _("Tạo tệp dữ liệu mới"), str(start_dir), _workspace_filter()
    )
    if not path:
        return None
    chosen = Path(path)
    return (
        chosen
        if chosen.suffix == WORKSPACE_SUFFIX
        else chosen.with_name(chosen.name + WORKSPACE_SUFFIX)
    )

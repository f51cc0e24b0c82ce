"""The only place that shows message boxes and file dialogs; tests monkeypatch these functions."""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from xa_planner import diagnostics
from xa_planner.localization import _
from xa_planner.paths import WORKSPACE_SUFFIX
from xa_planner.services.errors import ServiceError


def show_error(parent: QWidget | None, message: str, title: str = "") -> None:
    """One clear sentence about what went wrong and what to do."""
    QMessageBox.critical(parent, title or _("Không thực hiện được"), message)


def show_failure(parent: QWidget | None, err: BaseException) -> None:
    """Any failure: a ServiceError already speaks to the officer; a defect is logged with its
    traceback and shown calmly, with the details one click away for whoever helps."""
    if isinstance(err, ServiceError):
        show_error(parent, str(err))
        return
    diagnostics.log_unexpected(err)
    details = "".join(traceback.format_exception(err))
    box = QMessageBox(QMessageBox.Icon.Critical, _("Không thực hiện được"), "", parent=parent)
    box.setText(
        _(
            "Đã xảy ra lỗi không mong muốn ({kind}). Dữ liệu đã lưu vẫn an toàn. "
            "Chi tiết đã được ghi vào nhật ký: {log}"
        ).format(kind=type(err).__name__, log=diagnostics.log_file())
    )
    box.setDetailedText(details)
    copy_button = box.addButton(_("Sao chép chi tiết"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy_button:
        QApplication.clipboard().setText(details)


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


def confirm_discard(parent: QWidget | None) -> bool:
    """Closing a dialog would lose what was typed: True only when the officer says to drop it."""
    box = QMessageBox(QMessageBox.Icon.Question, _("Bỏ nội dung vừa nhập?"), "", parent=parent)
    box.setText(_("Những gì vừa nhập chưa được lưu. Đóng cửa sổ và bỏ các thay đổi này?"))
    discard = box.addButton(_("Bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_("Tiếp tục sửa"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # Enter or Esc keeps the work
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def _workspace_filter() -> str:
    return _("Tệp dữ liệu xa_planner (*{suffix})").format(suffix=WORKSPACE_SUFFIX)


def choose_workspace_to_open(parent: QWidget | None, start_dir: Path) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, _("Mở tệp dữ liệu"), str(start_dir), _workspace_filter()
    )
    return Path(path) if path else None


def choose_workspace_copy(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write a copy of the whole workspace (a USB stick, another folder)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, _("Xuất toàn bộ dữ liệu"), str(suggested), _workspace_filter()
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix == WORKSPACE_SUFFIX else chosen.with_name(chosen.name + WORKSPACE_SUFFIX)


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


def choose_export_folder(parent: QWidget | None, start_dir: Path) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, _("Chọn thư mục lưu tệp"), str(start_dir))
    return Path(path) if path else None


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Let the officer pick the printer and copies; False when they cancelled."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_("In"))
    return dialog.exec() == QDialog.DialogCode.Accepted


PLAN_FILE_SUFFIXES = (".docx", ".pdf", ".xlsx", ".xls", ".txt")
SCAN_FILE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp")


def choose_plan_file(parent: QWidget | None, start_dir: Path) -> Path | None:
    """A provincial plan to import: Word, PDF (scanned too), Excel appendix, text, or a photo of it."""
    patterns = " ".join(f"*{suffix}" for suffix in PLAN_FILE_SUFFIXES + SCAN_FILE_SUFFIXES)
    filters = ";;".join(
        (_("Kế hoạch của tỉnh ({patterns})").format(patterns=patterns), _("Mọi tệp (*)"))
    )
    path, _filter = QFileDialog.getOpenFileName(parent, _("Chọn tệp kế hoạch của tỉnh"), str(start_dir), filters)
    return Path(path) if path else None


def _xlsx_filter(label: str) -> str:
    return ";;".join((_("{label} (*.xlsx *.xlsm)").format(label=label), _("Mọi tệp (*)")))


def choose_sheet_files(parent: QWidget | None, start_dir: Path) -> list[Path]:
    """The filled office sheets that came back (one or more .xlsx files)."""
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, _("Chọn phiếu các đơn vị gửi lại"), str(start_dir), _xlsx_filter(_("Phiếu của đơn vị"))
    )
    return [Path(p) for p in paths]


def choose_report_files(parent: QWidget | None, start_dir: Path) -> list[Path]:
    """Communes' monthly report workbooks to consolidate."""
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, _("Chọn báo cáo của các xã"), str(start_dir), _xlsx_filter(_("Báo cáo tháng"))
    )
    return [Path(p) for p in paths]


def choose_indicator_workbook(parent: QWidget | None, start_dir: Path) -> Path | None:
    """The provincial police's indicator workbook (one row per commune)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, _("Chọn bảng chỉ tiêu của tỉnh"), str(start_dir), _xlsx_filter(_("Bảng chỉ tiêu"))
    )
    return Path(path) if path else None


def choose_folder_to_read(parent: QWidget | None, start_dir: Path) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, _("Chọn thư mục chứa báo cáo"), str(start_dir))
    return Path(path) if path else None


def choose_text_file(parent: QWidget | None, start_dir: Path) -> Path | None:
    """A plain text list, one name a line (the communes expected to report)."""
    filters = ";;".join((_("Tệp văn bản (*.txt *.csv)"), _("Mọi tệp (*)")))
    path, _filter = QFileDialog.getOpenFileName(parent, _("Chọn danh sách xã"), str(start_dir), filters)
    return Path(path) if path else None


def choose_xlsx_to_save(parent: QWidget | None, start_path: Path) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, _("Lưu tệp tổng hợp"), str(start_path), _("Bảng tính Excel (*.xlsx)")
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")


def ask_open_email(parent: QWidget | None, eml: Path) -> str | None:
    """After the email draft is written: "email" to open it, "folder" to show it, None to close."""
    box = QMessageBox(QMessageBox.Icon.Information, _("Đã tạo thư điện tử"),
                      _("Đã tạo thư {name}. Mở thư để gửi, hoặc mở thư mục chứa thư?").format(name=eml.name),
                      QMessageBox.StandardButton.Close, parent)
    email = box.addButton(_("Mở thư"), QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(_("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(email)
    box.exec()
    clicked = box.clickedButton()
    return "email" if clicked is email else "folder" if clicked is folder else None


def ask_password(parent: QWidget | None, message: str) -> str | None:
    """The shared database's password for this session (never stored), or None when cancelled."""
    text, accepted = QInputDialog.getText(
        parent, _("Mật khẩu cơ sở dữ liệu dùng chung"), message, QLineEdit.EchoMode.Password
    )
    return text if accepted else None

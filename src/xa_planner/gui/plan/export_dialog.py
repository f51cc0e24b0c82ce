"""ExportDialog: write the plan or its appendix in the chosen formats to a folder, in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QWidget

from xa_planner.gui.forms.export_dialog_ui import Ui_ExportDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.print_preview_dialog import PrintPreviewDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError
from xa_planner.services.plan_export_service import FORMATS


def export_files(plan_export, plan_id: int, kind: str, formats, folder: Path, base: str) -> list[Path]:
    """Write one file per format; each file appears whole or not at all (the writers are atomic)."""
    return [
        plan_export.export(plan_id, kind, fmt, folder / f"{base}.{fmt}") for fmt in formats
    ]


def clean_base_name(text: str) -> str:
    """The file name without folder parts or a typed extension: "KH_DA06_2026_Xa-A"."""
    name = Path(text.strip().replace("\\", "/")).name
    stem, dot, extension = name.rpartition(".")
    return stem if dot and extension.lower() in ("pdf", "docx", "xlsx") else name


def error_message(err: Exception) -> str:
    if isinstance(err, ServiceError):
        return str(err)
    return _("Không xuất được tệp: {error}").format(error=err)


class ExportDialog(TranslatedDialog):
    _ui: Ui_ExportDialog

    def __init__(self, plan_export, plan_id: int, kind: str, last_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_export = plan_export
        self._plan_id = plan_id
        self._folder: Path | None = None
        self._written: list[Path] = []
        self._ui = Ui_ExportDialog()
        self._ui.setupUi(self)
        self._ui.folder_edit.setText(str(last_dir))
        (self._ui.plan_radio if kind == "plan" else self._ui.appendix_radio).setChecked(True)
        self._suggested = ""
        self._on_kind_changed()
        self._connect()

    def _connect(self) -> None:
        ui = self._ui
        ui.plan_radio.toggled.connect(self._on_kind_changed)
        for check in self._format_checks().values():
            check.toggled.connect(self._update_hint)
        ui.file_name_edit.textChanged.connect(self._update_hint)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.preview_button.clicked.connect(self._on_preview_button_clicked)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.cancel_button.clicked.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, plan_export, plan_id: int, kind: str,
            last_dir: Path) -> Path | None:
        """Show the dialog; the folder the files were written to, or None when cancelled."""
        dialog = cls(plan_export, plan_id, kind, last_dir, parent)
        dialog.exec()
        return dialog.written_folder()

    def written_folder(self) -> Path | None:
        return self._folder

    def written_files(self) -> list[Path]:
        return list(self._written)

    # --- choices -----------------------------------------------------------------------
    def kind(self) -> str:
        return "plan" if self._ui.plan_radio.isChecked() else "appendix"

    def _format_checks(self) -> dict[str, QCheckBox]:
        ui = self._ui
        return {"pdf": ui.pdf_check, "docx": ui.docx_check, "xlsx": ui.xlsx_check}

    def formats(self) -> list[str]:
        allowed = FORMATS[self.kind()]
        return [f for f, check in self._format_checks().items() if check.isChecked() and f in allowed]

    def _on_kind_changed(self, *_args) -> None:
        kind = self.kind()
        self._ui.xlsx_check.setEnabled("xlsx" in FORMATS[kind])
        self.setWindowTitle(_("Xuất kế hoạch") if kind == "plan" else _("Xuất phụ lục"))
        suggested = self._plan_export.suggested_file_name(self._plan_id, kind, "pdf")[: -len(".pdf")]
        if self._ui.file_name_edit.text().strip() in ("", self._suggested):
            self._ui.file_name_edit.setText(suggested)
        self._suggested = suggested
        self._update_hint()
        # Said before writing: the plan would print a dotted line where the chairman's name goes.
        self._ui.error_label.setText(self._plan_export.signer_warning(kind))

    def _update_hint(self, *_args) -> None:
        base = clean_base_name(self._ui.file_name_edit.text())
        names = "\n".join(f"{base}.{fmt}" for fmt in self.formats())
        self._ui.file_names_hint_label.setText(
            _("Sẽ ghi:\n{names}").format(names=names) if base and names else ""
        )

    def _on_browse_button_clicked(self) -> None:
        folder = prompts.choose_export_folder(self, Path(self._ui.folder_edit.text().strip()))
        if folder is not None:
            self._ui.folder_edit.setText(str(folder))

    def _on_preview_button_clicked(self) -> None:
        PrintPreviewDialog.ask(self, self._plan_export, self._plan_id, self.kind())

    # --- writing -----------------------------------------------------------------------
    def _problem(self, folder: Path, base: str) -> str:
        if not self.formats():
            return _("Hãy chọn ít nhất một định dạng.")
        if not base:
            return _("Hãy nhập tên tệp.")
        if not folder.is_dir():
            return _("Thư mục {folder} không tồn tại; hãy chọn thư mục khác.").format(folder=folder)
        return ""

    def _on_export_button_clicked(self) -> None:
        folder = Path(self._ui.folder_edit.text().strip()).expanduser()
        base = clean_base_name(self._ui.file_name_edit.text())
        problem = self._problem(folder, base)
        self._ui.error_label.setText(problem)
        if problem:
            return
        self._set_busy(True)
        plan_export, plan_id, kind, formats = self._plan_export, self._plan_id, self.kind(), self.formats()
        run_in_background(
            lambda: export_files(plan_export, plan_id, kind, formats, folder, base),
            lambda written: self._on_written(folder, written),
            self._on_export_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._ui.error_label.setText(_("Đang xuất…") if busy else "")
        for widget in (self._ui.export_button, self._ui.preview_button, self._ui.cancel_button):
            widget.setEnabled(not busy)

    def _on_written(self, folder: Path, written: list[Path]) -> None:
        self._set_busy(False)
        self._folder, self._written = folder, written
        self.accept()

    def _on_export_failed(self, err: Exception) -> None:
        self._set_busy(False)
        prompts.show_error(self, error_message(err), _("Không xuất được tệp"))

    def reject(self) -> None:
        if self._ui.cancel_button.isEnabled():  # not while a file is being written
            super().reject()

    def retranslate(self) -> None:
        super().retranslate()
        self._on_kind_changed()

"""PrintPreviewDialog: the real PDF of the plan or appendix, rendered page by page, then printed."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QWidget

from xa_planner.gui.forms.print_preview_dialog_ui import Ui_PrintPreviewDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.pdf_page_renderer import PrintError, print_pdf, render_pages
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _, ngettext
from xa_planner.services.errors import ServiceError

PREVIEW_DPI = 110.0
SCREEN_DPI = 96.0
ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.25, 0.2, 4.0
PAGE_GAP = 40  # the scroll area's margins and scroll bar, in pixels


def write_preview_pdf(plan_export, plan_id: int | None, kind: str, folder: Path) -> tuple[Path, list[QImage]]:
    """The document as PDF in *folder* and its pages as images (runs off the GUI thread)."""
    name = plan_export.suggested_file_name(plan_id, kind, "pdf")
    pdf_path = plan_export.export(plan_id, kind, "pdf", folder / name)
    return pdf_path, render_pages(pdf_path, PREVIEW_DPI)


def fit_width_zoom(viewport_width: int, page_widths: list[int]) -> float:
    """The zoom at which the widest page fills the visible width."""
    widest = max(page_widths, default=0)
    if widest <= 0:
        return 1.0
    return max(MIN_ZOOM, min(MAX_ZOOM, (viewport_width - PAGE_GAP) / widest))


class PrintPreviewDialog(TranslatedDialog):
    _ui: Ui_PrintPreviewDialog

    def __init__(self, plan_export, plan_id: int | None, kind: str,
                 on_save: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._on_save = on_save
        self._folder = Path(tempfile.mkdtemp(prefix="xa_planner-preview-"))
        self._pdf_path: Path | None = None
        self._printer: QPrinter | None = None  # kept alive while a print job runs
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []
        self._zoom = 1.0
        self._closed = False
        self._ui = Ui_PrintPreviewDialog()
        self._ui.setupUi(self)
        self._ui.save_button.setVisible(on_save is not None)
        self._connect()
        self._fill_texts()
        self._set_ready(False)
        run_in_background(
            lambda: write_preview_pdf(plan_export, plan_id, kind, self._folder),
            self._on_rendered,
            self._on_render_failed,
        )

    def _connect(self) -> None:
        ui = self._ui
        ui.zoom_in_button.clicked.connect(lambda: self.set_zoom(self._zoom * ZOOM_STEP))
        ui.zoom_out_button.clicked.connect(lambda: self.set_zoom(self._zoom / ZOOM_STEP))
        ui.fit_width_button.clicked.connect(self.fit_width)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        ui.save_button.clicked.connect(self._on_save_button_clicked)
        ui.close_button.clicked.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, plan_export, plan_id: int, kind: str,
            on_save: Callable[[], None] | None = None) -> None:
        """Show the preview until closed; *on_save* (when given) offers "Lưu…"."""
        cls(plan_export, plan_id, kind, on_save, parent).exec()

    # --- state -------------------------------------------------------------------------
    def page_images(self) -> list[QImage]:
        return list(self._images)

    def pdf_path(self) -> Path | None:
        return self._pdf_path

    def is_ready(self) -> bool:
        return self._pdf_path is not None and self._ui.print_button.isEnabled()

    def _set_ready(self, ready: bool) -> None:
        for widget in (self._ui.print_button, self._ui.save_button, self._ui.zoom_in_button,
                       self._ui.zoom_out_button, self._ui.fit_width_button):
            widget.setEnabled(ready)

    def _fill_texts(self) -> None:
        title = _("Xem trước kế hoạch") if self._kind == "plan" else _("Xem trước phụ lục")
        self.setWindowTitle(title)
        count = len(self._images)
        self._ui.page_count_label.setText(
            ngettext("{count} trang", "{count} trang", count).format(count=count) if count else ""
        )
        if self._pdf_path is None and not self._ui.status_label.text():
            self._ui.status_label.setText(_("Đang tạo bản xem trước…"))

    # --- rendering ---------------------------------------------------------------------
    def _on_rendered(self, result: tuple[Path, list[QImage]]) -> None:
        if self._closed:
            self._remove_files()
            return
        self._pdf_path, self._images = result
        self._ui.status_label.setText("")
        self._ui.status_label.hide()
        self._show_pages()
        self._set_ready(True)
        self._fill_texts()
        self.fit_width()

    def _on_render_failed(self, err: Exception) -> None:
        if self._closed:
            self._remove_files()
            return
        message = str(err) if isinstance(err, ServiceError) else _(
            "Không tạo được bản xem trước: {error}"
        ).format(error=err)
        self._ui.status_label.setText(message)

    def _show_pages(self) -> None:
        layout = self._ui.pages_layout
        for _image in self._images:
            label = QLabel(self._ui.pages_widget)
            label.setStyleSheet("background: white;")
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        layout.addStretch(1)

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        for label, image in zip(self._labels, self._images, strict=True):
            size = image.size() * self._zoom
            pixmap = QPixmap.fromImage(image).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
        percent = round(self._zoom * PREVIEW_DPI / SCREEN_DPI * 100)
        self._ui.zoom_label.setText(f"{percent}%")

    def fit_width(self) -> None:
        viewport = self._ui.page_scroll_area.viewport().width()
        self.set_zoom(fit_width_zoom(viewport, [image.width() for image in self._images]))

    # --- printing and saving -----------------------------------------------------------
    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self._pdf_path is None:  # the button is enabled once the PDF is written
            return
        printer.setDocName(self._pdf_path.stem)
        if not prompts.choose_printer(self, printer):
            return
        self._set_ready(False)
        self._ui.status_label.setText(_("Đang gửi tới máy in…"))
        self._ui.status_label.show()
        self._printer = printer  # kept alive until the job ends
        pdf_path = self._pdf_path
        run_in_background(lambda: print_pdf(pdf_path, printer), self._on_printed, self._on_print_failed)

    def _on_printed(self, count: int) -> None:
        self._printer = None
        if self._closed:
            self._remove_files()
            return
        self._set_ready(True)
        self._ui.status_label.setText(
            ngettext("Đã gửi {count} trang tới máy in.", "Đã gửi {count} trang tới máy in.", count)
            .format(count=count)
        )

    def _on_print_failed(self, err: Exception) -> None:
        self._printer = None
        if self._closed:
            self._remove_files()
            return
        self._set_ready(True)
        self._ui.status_label.hide()
        if isinstance(err, PrintError):
            message = _("Không mở được máy in; hãy kiểm tra máy in rồi thử lại.")
        else:
            message = _("Không in được: {error}").format(error=err)
        prompts.show_error(self, message, _("Không in được"))

    def _on_save_button_clicked(self) -> None:
        if self._on_save is not None:
            self._on_save()

    # --- closing -----------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._closed = True
        if self._printer is None:
            self._remove_files()
        super().done(result)

    def _remove_files(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_texts()

"""The print preview shows the real PDF page by page and prints the same pages."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.gui.widgets.print_preview_dialog import PrintPreviewDialog, fit_width_zoom


def _open_preview(qtbot, workspace, kind: str) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(workspace.plan_export, workspace.plans.current_plan().id, kind)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitUntil(dialog.is_ready, timeout=30000)
    return dialog


def test_the_plan_preview_has_every_page_of_the_pdf(qtbot, translator, demo_workspace):
    dialog = _open_preview(qtbot, demo_workspace, "plan")

    pages = dialog.page_images()
    assert len(pages) == len(PdfReader(dialog.pdf_path()).pages) > 2
    assert pages[0].width() < pages[0].height()  # the plan itself is portrait
    assert pages[-1].width() > pages[-1].height()  # its appendix is landscape
    assert dialog._ui.page_count_label.text() == f"{len(pages)} trang"


def test_the_appendix_pages_are_landscape(qtbot, translator, demo_workspace):
    dialog = _open_preview(qtbot, demo_workspace, "appendix")

    assert all(page.width() > page.height() for page in dialog.page_images())


def test_zooming_changes_the_shown_page_size(qtbot, translator, demo_workspace):
    dialog = _open_preview(qtbot, demo_workspace, "plan")
    label = dialog._labels[0]
    before = label.width()

    dialog._ui.zoom_in_button.click()

    assert label.width() > before
    assert fit_width_zoom(1000, [480]) == (1000 - 40) / 480


def test_printing_sends_the_same_pages_to_the_printer(qtbot, translator, demo_workspace, tmp_path,
                                                     monkeypatch):
    target = tmp_path / "printed.pdf"

    def to_pdf_file(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(96)
        return True

    monkeypatch.setattr(prompts, "choose_printer", to_pdf_file)
    dialog = _open_preview(qtbot, demo_workspace, "plan")

    dialog._ui.print_button.click()
    qtbot.waitUntil(lambda: not has_background_work(), timeout=60000)

    printed = PdfReader(target).pages
    assert len(printed) == len(dialog.page_images())
    first, last = printed[0].mediabox, printed[-1].mediabox
    assert first.width < first.height and last.width > last.height


def test_closing_the_preview_removes_its_temporary_pdf(qtbot, translator, demo_workspace):
    dialog = _open_preview(qtbot, demo_workspace, "appendix")
    folder = dialog.pdf_path().parent
    assert folder.is_dir()

    dialog._ui.close_button.click()

    assert not folder.exists()

"""Take the pictures of the built-in guide: the real windows on a demo commune at 1366×728, in each language.

Run after a change to a screen the guide shows, then commit the pictures:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/guide_screens.py

They are saved as small 8-bit palette PNGs into src/xa_planner/resources/guide/<lang>/screens/.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
from PIL import Image, ImageOps  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from xa_planner.domain.text import fold  # noqa: E402
from xa_planner.gui.forms import resources_rc  # noqa: E402, F401 — the style sheet lives in the resources
from xa_planner.gui.main.main_window import HOME, PLAN, TEMPLATES, TRACKING, MainWindow  # noqa: E402
from xa_planner.gui.main.plan_menu_actions import ExportFolder  # noqa: E402
from xa_planner.gui.widgets.background import has_background_work  # noqa: E402
from xa_planner.gui.widgets.translator import GettextTranslator, install_language  # noqa: E402
from xa_planner.localization import LANGUAGES  # noqa: E402
from xa_planner.services.demo_service import create_demo  # noqa: E402
from xa_planner.services.import_draft import ImportDraft  # noqa: E402
from xa_planner.services.template_service import file_sha256, parse_plan  # noqa: E402
from xa_planner.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GUIDE_DIR = ROOT / "src" / "xa_planner" / "resources" / "guide"
# A real provincial plan for the review screen (Vĩnh Long, clean text).
SEED = next((ROOT / "tests" / "data" / "plans").glob("003_*.txt"))
SCREEN = (1366, 728)  # 1366×768 less the Windows taskbar
TODAY = dt.date(2026, 5, 20)  # fixed, so the pictures change only when the screens do
# The guide window shows pictures at most this wide; wider ones are scaled down smoothly here.
MAX_WIDTH = 960
COLOURS = 64
FRAME = (150, 150, 150)
QUIET_SECONDS = 0.5
# A fixed folder, so the paths the windows show are the same at every run.
WORK_DIR = Path(tempfile.gettempdir()) / "xa_planner_guide"


def _settle(app: QApplication, seconds: float = 20.0) -> None:
    """Let the panels that load in the background arrive before the picture is taken."""
    # Some panels start their work from a timer after the first paint: wait for a quiet moment.
    deadline = time.monotonic() + seconds
    quiet_since = time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - quiet_since < QUIET_SECONDS:
        app.processEvents()
        if has_background_work():
            quiet_since = time.monotonic()
        time.sleep(0.01)


def save_picture(widget: QWidget, target: Path) -> None:
    """*widget* as shown, scaled to MAX_WIDTH at most, as a palette PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(QByteArray(buffer.data())))).convert("RGB")
    if picture.width > MAX_WIDTH:
        height = round(picture.height * MAX_WIDTH / picture.width)
        picture = picture.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
    # A thin frame sets the window apart from the white page of the guide.
    picture = ImageOps.expand(picture, border=1, fill=FRAME)
    target.parent.mkdir(parents=True, exist_ok=True)
    picture.quantize(colors=COLOURS, dither=Image.Dither.NONE).save(target, optimize=True)


def _main_window(page: int):
    def build(ws, _tmp):
        window = MainWindow(ws, "vi", today=lambda: TODAY)
        window.resize(*SCREEN)
        window.show_page(page)
        return window
    return build


def _dialog(module: str, cls: str, arguments):
    def build(ws, tmp):
        klass = getattr(__import__(f"xa_planner.gui.{module}", fromlist=[cls]), cls)
        return klass(*arguments(ws, tmp))
    return build


def _plan_id(ws) -> int:
    return ws.plans.current_plan().id


def _import_review(ws, _tmp):
    from xa_planner.gui.templates.import_review_dialog import ImportReviewDialog
    dialog = ImportReviewDialog(ws.templates, ImportDraft(parse_plan(SEED), SEED.name, file_sha256(SEED)))
    dialog.resize(*SCREEN)
    return dialog


def _derivation_tasks(ws, _tmp):
    from xa_planner.gui.derivation.derivation_wizard import DerivationWizard
    wizard = DerivationWizard(ws.derivation, ws.templates, ws.commune, ws.templates.templates()[0].id, TODAY.year)
    wizard.show()
    while wizard.currentPage() is not wizard.tasks_page:
        wizard.next()
        _settle(QApplication.instance())
    return wizard


def _sheets_import(ws, tmp):
    from xa_planner.gui.tracking.sheets_import_dialog import SheetsImportDialog
    period = ws.tracking.reporting_month(TODAY).period
    sheets = ws.sheets.export_month(period, tmp / "phieu")
    _fill_as_an_office_would(sheets[0], ("Hoàn thành", "Đang thực hiện"), "Đã hướng dẫn 120 hộ dân")
    return SheetsImportDialog(ws.sheets.preview_import(sheets[:3]))


def _fill_as_an_office_would(sheet: Path, statuses: tuple[str, ...], result: str) -> None:
    """Choose a status (and write a result) in the first editable rows, as the office does in Excel."""
    book = openpyxl.load_workbook(sheet)
    page = book.worksheets[0]
    # The header row is the one with the task code column ("Mã NV"); the instructions above name it too.
    header = next(row for row in page.iter_rows(max_row=60)
                  if any(isinstance(c.value, str) and fold(c.value) == "ma nv" for c in row))
    status_column = next(c.column for c in header if _is(c, "tinh trang") and not _is(c, "thang truoc"))
    result_column = next(c.column for c in header if _is(c, "ket qua"))
    editable = [row for row in range(header[0].row + 1, page.max_row + 1)
                if not page.cell(row=row, column=status_column).protection.locked]
    for row, status in zip(editable, statuses, strict=False):
        page.cell(row=row, column=status_column).value = status
        page.cell(row=row, column=result_column).value = result
    book.save(sheet)


def _is(cell, words: str) -> bool:
    return isinstance(cell.value, str) and words in fold(cell.value)


def _restore_backup(ws, _tmp):
    from xa_planner.gui.workspace.restore_backup_dialog import RestoreBackupDialog
    ws.maintenance.backup_now()
    return RestoreBackupDialog(ws.maintenance.backups())


# The picture's file name → how to open the window it shows, in the order of the guide.
SCREENS: dict[str, Callable] = {
    "home": _main_window(HOME),
    "commune_profile": _dialog("workspace.commune_profile_dialog", "CommuneProfileDialog", lambda ws, tmp: (ws.commune,)),
    "offices": _dialog("workspace.offices_dialog", "OfficesDialog", lambda ws, tmp: (ws.commune,)),
    "templates": _main_window(TEMPLATES),
    "import_review": _import_review,
    "derivation_tasks": _derivation_tasks,
    "plan": _main_window(PLAN),
    "bulk_assign": _dialog("plan.bulk_assign_dialog", "BulkAssignDialog",
                           lambda ws, tmp: (ws.commune.offices(), 5, TODAY.year)),
    "export": _dialog("plan.export_dialog", "ExportDialog", lambda ws, tmp: (ws.plan_export, _plan_id(ws), "plan", tmp)),
    "tracking": _main_window(TRACKING),
    "sheets_export": _dialog("tracking.sheets_export_dialog", "SheetsExportDialog",
                           lambda ws, tmp: (ws.sheets, ws.tracking, ws.plans, ws.commune, tmp / "phieu", TODAY)),
    "sheets_import": _sheets_import,
    "report": _dialog("reports.report_dialog", "ReportDialog", lambda ws, tmp: (ws.reports, ws.tracking, ExportFolder(Settings(last_export_dir=str(tmp))), TODAY)),
    "restore_backup": _restore_backup,
}


def _apply_style(app: QApplication) -> None:
    style = QFile(":/style.qss")
    if style.open(QIODevice.OpenModeFlag.ReadOnly):
        app.setStyleSheet(bytes(QByteArray(style.readAll())).decode("utf-8"))
        style.close()


def take_pictures(app: QApplication, translator: GettextTranslator, language: str, work: Path,
                  guide_dir: Path = GUIDE_DIR) -> list[Path]:
    """Every picture of SCREENS in *language*, on a fresh demo commune, saved under *guide_dir*."""
    install_language(app, translator, language)
    (work / language).mkdir()
    workspace = create_demo(work / language / "Vinh-Thuy.xaplan", tasks=40, offices=10, months=3, today=TODAY)
    saved = []
    try:
        for name, build in SCREENS.items():
            window = build(workspace, work / language)
            window.show()
            _settle(app)
            target = guide_dir / language / "screens" / f"{name}.png"
            save_picture(window, target)
            saved.append(target)
            window.hide()  # photographed, not cancelled: a wizard past its first page would ask
            window.close()
            window.deleteLater()
            _settle(app)
    finally:
        workspace.close()
    return saved


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _apply_style(app)
    translator = GettextTranslator(app)
    shutil.rmtree(WORK_DIR, ignore_errors=True)
    WORK_DIR.mkdir()
    try:
        for language in LANGUAGES:
            for path in take_pictures(app, translator, language, WORK_DIR):
                print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    finally:
        shutil.rmtree(WORK_DIR, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

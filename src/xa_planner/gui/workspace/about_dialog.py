"""AboutDialog: what the application is, its version and where its data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from xa_planner import __version__
from xa_planner.gui.forms import resources_rc  # noqa: F401 — registers the icons
from xa_planner.gui.forms.about_dialog_ui import Ui_AboutDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _


class AboutDialog(TranslatedDialog):
    _ui: Ui_AboutDialog

    def __init__(self, workspace: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._ui = Ui_AboutDialog()
        self._ui.setupUi(self)
        self._ui.icon_label.setPixmap(QIcon(":/icons/app.svg").pixmap(64, 64))
        self._ui.button_box.rejected.connect(self.accept)
        self._fill_texts()

    @classmethod
    def ask(cls, parent: QWidget | None, workspace: Path) -> None:
        cls(workspace, parent).exec()

    def _fill_texts(self) -> None:
        self._ui.title_label.setText(
            "<b>{name}</b><br>{version}".format(
                name=_("Kế hoạch Đề án 06 - Công an xã"),
                version=_("Phiên bản {version}").format(version=__version__),
            )
        )
        self._ui.details_label.setText(_("Tệp dữ liệu đang mở: {path}").format(path=self._workspace))

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_texts()

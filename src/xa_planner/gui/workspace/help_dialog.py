"""HelpDialog: the built-in user guide, offline, in the interface's language, with pictures of the real screens."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from xa_planner import diagnostics
from xa_planner.gui.forms.help_dialog_ui import Ui_HelpDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import current_language

GUIDE_DIR = Path(__file__).resolve().parents[2] / "resources" / "guide"
GUIDE_PAGE = "index.html"
# The guide names this PC's own log file where it says how to ask for help.
LOG_FILE_MARK = "%LOG_FILE%"


def guide_folder(language: str) -> Path:
    """resources/guide/<language>: the page and its pictures (screens/*.png)."""
    return GUIDE_DIR / language


def guide_html(language: str) -> str:
    """The guide page in *language*, with this PC's log file written in."""
    text = (guide_folder(language) / GUIDE_PAGE).read_text(encoding="utf-8")
    return text.replace(LOG_FILE_MARK, html.escape(str(diagnostics.log_file())))


class HelpDialog(TranslatedDialog):
    """Stays open beside the main window (not modal), so the officer can follow the steps."""

    _ui: Ui_HelpDialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = ""
        self._ui = Ui_HelpDialog()
        self._ui.setupUi(self)
        self._ui.button_box.rejected.connect(self.accept)
        self._show_guide()

    @classmethod
    def show_for(cls, parent: QWidget | None) -> HelpDialog:
        """Open the guide, or bring the one already open for *parent* to the front."""
        dialog = parent.findChild(QDialog, "help_dialog") if parent is not None else None
        if not isinstance(dialog, cls):
            dialog = cls(parent)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def language(self) -> str:
        """The language of the guide on show: the interface's, also after a switch."""
        return self._language

    def browser(self):
        return self._ui.guide_browser

    def _show_guide(self) -> None:
        self._language = current_language()
        browser = self._ui.guide_browser
        # The page is set as text, so its relative pictures are found through the search path.
        browser.setSearchPaths([str(guide_folder(self._language))])
        browser.setHtml(guide_html(self._language))

    def retranslate(self) -> None:
        super().retranslate()
        self._show_guide()

"""Page: the base of the main window's pages — lazy loading when first shown and live retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """Subclasses implement refresh() (read the services, fill widgets) and retranslate()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-run retranslateUi and re-fill the texts built in code (language switched)."""
        raise NotImplementedError

    def mark_stale(self) -> None:
        """The data changed: reload now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.refresh()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.ensure_loaded()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

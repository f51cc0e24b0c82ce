"""TranslatedDialog: the base of every dialog, re-translating its form when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog


class TranslatedDialog(QDialog):
    """Subclasses keep their generated form in ``self._ui`` and extend retranslate() for code-set texts."""

    _ui = None

    def retranslate(self) -> None:
        if self._ui is not None:
            self._ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

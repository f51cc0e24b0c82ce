"""A QTranslator that answers Qt's lookups (.ui forms, Qt's own buttons) from the gettext catalogues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from xa_planner import localization

_QT_LOCALES = {
    "vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class GettextTranslator(QTranslator):
    """Delegates ``QCoreApplication.translate(context, source)`` to pgettext, then gettext."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        if not source_text:
            return None
        if context:
            text = localization.pgettext(context, source_text)
            if text != source_text:
                return text
        text = localization._(source_text)
        return text if text != source_text else None

    def isEmpty(self) -> bool:  # noqa: N802 — Qt skips the LanguageChange event for empty translators
        return False


def install_language(app: QCoreApplication, translator: GettextTranslator, language: str) -> None:
    """Make *language* active for gettext, Qt's locale and every widget (LanguageChange is sent)."""
    localization.set_language(language)
    QLocale.setDefault(_QT_LOCALES[language])
    app.removeTranslator(translator)
    app.installTranslator(translator)
    # QApplication posts LanguageChange to each window; deliver now so the switch is complete on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

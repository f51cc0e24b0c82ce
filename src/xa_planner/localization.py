"""The one translation layer: gettext catalogues (vi default, en) and babel formatting.

Messages in code are written in Vietnamese — the language of the users and of the documents —
and the English catalogue translates them.  ``_()`` looks the active language up at call time,
so a language switch takes effect for every string built afterwards.
"""

from __future__ import annotations

import datetime as dt
import gettext
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "xa_planner"
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

_translations: dict[str, gettext.NullTranslations] = {}
_active = DEFAULT_LANGUAGE


def _catalogue(language: str) -> gettext.NullTranslations:
    if language not in _translations:
        _translations[language] = gettext.translation(
            DOMAIN, localedir=LOCALE_DIR, languages=[language], fallback=True
        )
    return _translations[language]


def set_language(language: str) -> None:
    """Make *language* ("vi" or "en") the one every later lookup answers in."""
    global _active
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    _active = language


def current_language() -> str:
    return _active


def _(message: str) -> str:
    """Translate *message* into the active language."""
    return _catalogue(_active).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalogue(_active).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _catalogue(_active).pgettext(context, message)


def N_(message: str) -> str:
    """Mark *message* for extraction without translating it yet (module-level tables)."""
    return message


def _babel_locale() -> str:
    return "vi_VN" if _active == "vi" else "en_GB"


def format_date(day: dt.date, fmt: str = "short") -> str:
    """A date in the active locale: 05/01/2026 in Vietnamese."""
    if _active == "vi" and fmt == "short":
        return day.strftime("%d/%m/%Y")
    # Babel (and its locale data) loads at the first formatted value, not with every import of
    # this module: the command line's --help and most of start-up never format one.
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, format=fmt, locale=_babel_locale())


def format_number(value: float) -> str:
    """A number in the active locale: 1.234,5 in Vietnamese."""
    # loaded at first use, as in format_date
    from babel.numbers import format_decimal as babel_format_decimal

    return babel_format_decimal(value, locale=_babel_locale())


def format_percent(ratio: float) -> str:
    # loaded at first use, as in format_date
    from babel.numbers import format_percent as babel_format_percent

    return babel_format_percent(ratio, locale=_babel_locale(), format="#,##0.#%")

"""The translation pipeline: extract (code and .ui) → update the vi/en catalogues → compile the .mo files."""

from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "i18n"
POT_FILE = I18N_DIR / "xa_planner.pot"
LOCALE_DIR = ROOT / "src" / "xa_planner" / "locale"
DOMAIN = "xa_planner"
LANGUAGES = ("vi", "en")
SOURCES = ("src/xa_planner", "ui", "i18n/qt_strings.py")
KEYWORDS = ("_", "N_", "ngettext:1,2", "pgettext:1c,2")
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")
_CREATION_DATE = re.compile(r'^"POT-Creation-Date: .*\\n"$', re.MULTILINE)

sys.path.insert(0, str(I18N_DIR))  # babel.cfg names ui_extractor.extract_ui, and qt_strings is read here
from qt_strings import QT_CONTEXTS  # noqa: E402


def po_path(language: str) -> Path:
    return I18N_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def extract() -> bool:
    """Write the .pot from the code and the forms; True when its messages changed."""
    scratch = POT_FILE.with_name(f".{POT_FILE.name}.new")
    argv = ["pybabel", "-q", "extract", "-F", str(I18N_DIR / "babel.cfg"), "--no-default-keywords"]
    for keyword in KEYWORDS:
        argv += ["-k", keyword]
    argv += ["--project", "xa_planner", "--sort-output", "-o", str(scratch), *SOURCES]
    CommandLineInterface().run(argv)
    new_text = scratch.read_text(encoding="utf-8")
    old_text = POT_FILE.read_text(encoding="utf-8") if POT_FILE.exists() else ""
    changed = _CREATION_DATE.sub("", new_text) != _CREATION_DATE.sub("", old_text)
    if changed:
        scratch.replace(POT_FILE)
    else:
        scratch.unlink()
    return changed


def _read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def _write_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, ignore_obsolete=True, include_previous=False)
    if not path.exists() or path.read_bytes() != buffer.getvalue():
        path.write_bytes(buffer.getvalue())


def is_qt_message(message) -> bool:
    """Qt's own English strings: translated in vi, identical in en."""
    return message.context in QT_CONTEXTS


def update(language: str) -> Catalog:
    """Bring the language's .po in line with the .pot (no fuzzy guesses: a new message stays empty)."""
    template = _read(POT_FILE)
    path = po_path(language)
    if path.exists():
        catalog = _read(path, language)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="xa_planner")
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    if language == "en":
        for message in catalog:
            if message.id and is_qt_message(message) and not message.string:
                message.string = message.id
    _write_po(catalog, path)
    return catalog


def compiled_mo(language: str) -> bytes:
    """The .mo bytes the language's .po compiles to (fuzzy entries left out)."""
    buffer = io.BytesIO()
    write_mo(buffer, _read(po_path(language), language), use_fuzzy=False)
    return buffer.getvalue()


def mo_messages(data: bytes) -> dict:
    """A compiled catalogue's messages by (context, id), without its tool-stamped header."""
    catalog = read_mo(io.BytesIO(data))
    return {
        (m.context, _as_tuple(m.id)): _as_tuple(m.string) for m in catalog if m.id
    }


def _as_tuple(value) -> tuple:
    """A message's id or string: one text, or several for plural forms."""
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


def mo_is_current(language: str) -> bool:
    """The .mo on disk says what the .po says (compared by content: Babel stamps its version)."""
    path = mo_path(language)
    return path.exists() and mo_messages(path.read_bytes()) == mo_messages(compiled_mo(language))


def compile_catalogue(language: str) -> None:
    path = mo_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not mo_is_current(language):
        path.write_bytes(compiled_mo(language))


def needs_translation(language: str, message) -> bool:
    """English needs every message; Vietnamese (the source language) only Qt's own strings."""
    return bool(message.id) and (language == "en" or is_qt_message(message))


def untranslated(language: str) -> list[str]:
    """Messages of the .po that still lack a (non-fuzzy) translation."""
    missing = []
    for message in _read(po_path(language), language):
        if not needs_translation(language, message):
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(str(message.id))
    return missing


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def placeholder_mismatches(language: str) -> list[str]:
    """Messages whose translation names other {placeholders} than the source."""
    bad = []
    for message in _read(po_path(language), language):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = placeholders(ids[-1])
        for text in strings:
            if text and placeholders(text) != expected:
                bad.append(f"{ids[0]!r} → {text!r}")
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report untranslated messages")
    args = parser.parse_args(argv)
    if not args.check:
        extract()
        for language in LANGUAGES:
            update(language)
            compile_catalogue(language)
    status = 0
    for language in LANGUAGES:
        missing = untranslated(language)
        if missing:
            status = 1
            print(f"{language}: {len(missing)} untranslated", *missing[:20], sep="\n  ")
    return status


if __name__ == "__main__":
    sys.exit(main())

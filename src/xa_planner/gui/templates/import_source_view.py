"""Highlight the source lines a task came from in the review screen's read-only source text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

_HIGHLIGHT = QColor("#fff2b3")


def highlight_lines(view: QPlainTextEdit, lines: tuple[int, int] | None) -> None:
    """Colour lines *first*..*last* (1-based, inclusive) and scroll so they are in view."""
    document = view.document()
    if not lines or lines[0] < 1 or lines[0] > document.blockCount():
        view.setExtraSelections([])
        return
    first = lines[0] - 1
    last = min(max(lines[1], lines[0]), document.blockCount()) - 1
    selections = []
    for number in range(first, last + 1):
        selection = QTextEdit.ExtraSelection()
        selection.format = QTextCharFormat()
        selection.format.setBackground(_HIGHLIGHT)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(document.findBlockByNumber(number))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # the whole paragraph, every wrapped line of it
        selections.append(selection)
    view.setExtraSelections(selections)
    _scroll_to(view, first, last)


def _scroll_to(view: QPlainTextEdit, first: int, last: int) -> None:
    """Show the last line, then the first: the whole range is visible when it fits, its start always."""
    document = view.document()
    view.setTextCursor(QTextCursor(document.findBlockByNumber(last)))
    view.ensureCursorVisible()
    view.setTextCursor(QTextCursor(document.findBlockByNumber(first)))
    view.ensureCursorVisible()


def highlighted_lines(view: QPlainTextEdit) -> tuple[int, int] | None:
    """The 1-based range currently highlighted (tests read it back)."""
    selections = view.extraSelections()
    if not selections:
        return None
    numbers = [s.cursor.block().blockNumber() + 1 for s in selections]
    return (min(numbers), max(numbers))

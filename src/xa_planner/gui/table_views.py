"""Shared set-up of read-only table views: fixed row height (fast on 10,000 rows), elided text, whole headers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure_table(
    view: QTableView,
    model: QAbstractItemModel,
    *,
    sortable: bool = False,
    stretch_column: int | None = None,
    widths: dict[int, int] | None = None,
) -> None:
    """Give *view* the model and the settings every table of the application shares."""
    view.setModel(model)
    view.setWordWrap(False)  # one line per row: fixed heights keep 10,000 rows fast
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.verticalHeader().hide()
    columns = view.horizontalHeader()
    columns.setHighlightSections(False)
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)
    if stretch_column is not None:
        columns.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    if sortable:
        _enable_sorting(view)
    keep_headers_whole(view)


def keep_headers_whole(view: QTableView) -> None:
    """Widen every column narrower than its header's text, now and after each language switch.

    The widths a page asks for suit the Vietnamese words; an English header, or a bold one,
    can be longer, and a cut header ("Cơ quan ban h…") leaves the officer guessing.
    """
    fit_header_widths(view)
    view.installEventFilter(_HeaderRefit(view))


def fit_header_widths(view: QTableView) -> None:
    """Columns of a set width grow to their header; a stretching one never shrinks below its header."""
    columns = view.horizontalHeader()
    stretched = [columns.sectionSizeHint(c) for c in range(columns.count())
                 if columns.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch]
    if stretched:  # the table scrolls sideways instead of squeezing it
        columns.setMinimumSectionSize(max(columns.minimumSectionSize(), *stretched))
    for column in range(columns.count()):
        if columns.sectionResizeMode(column) in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed):
            view.setColumnWidth(column, max(columns.sectionSize(column), columns.sectionSizeHint(column)))


class _HeaderRefit(QObject):
    """Fits the headers again once the models have re-translated them (after LanguageChange)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, watched, lambda: fit_header_widths(watched))
        return False


def _enable_sorting(view: QTableView) -> None:
    """Sort on header clicks, starting from the model's own order (no column chosen yet)."""
    view.horizontalHeader().setSortIndicatorShown(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)

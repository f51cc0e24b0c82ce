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
    keep_headers_whole(view, stretch_column)


def keep_headers_whole(view: QTableView, stretch_column: int | None = None) -> None:
    """No column narrower than its header's text, now, after each resize and language switch.

    The widths a page asks for suit the Vietnamese words; an English header, or a bold one,
    can be longer, and a cut header ("Cơ quan ban h…") leaves the officer guessing. A narrow
    table scrolls sideways rather than squeeze its stretching column below its header.
    """
    guard = _HeaderGuard(view, stretch_column)
    view.installEventFilter(guard)
    view.viewport().installEventFilter(guard)
    guard.fit()


def fit_header_widths(view: QTableView) -> None:
    """Columns of a set width grow to their header's text."""
    columns = view.horizontalHeader()
    for column in range(columns.count()):
        if columns.sectionResizeMode(column) in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed):
            view.setColumnWidth(column, max(columns.sectionSize(column), columns.sectionSizeHint(column)))


class _HeaderGuard(QObject):
    """Fits the headers again after a resize, and once the models have re-translated them."""

    def __init__(self, view: QTableView, stretch_column: int | None) -> None:
        super().__init__(view)
        self._view, self._stretch_column = view, stretch_column

    def fit(self) -> None:
        fit_header_widths(self._view)
        self._keep_stretch_column_whole()

    def _keep_stretch_column_whole(self) -> None:
        """Stretch the column while the room left beside the others holds its header, else hold it."""
        if self._stretch_column is None:
            return
        columns, column = self._view.horizontalHeader(), self._stretch_column
        others = sum(columns.sectionSize(c) for c in range(columns.count())
                     if c != column and not columns.isSectionHidden(c))
        needed = columns.sectionSizeHint(column)
        if self._view.viewport().width() - others >= needed:
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif columns.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or columns.sectionSize(column) < needed:
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            columns.resizeSection(column, needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.fit)
        elif event.type() == QEvent.Type.Resize and watched is self._view.viewport():
            self._keep_stretch_column_whole()
        return False


def _enable_sorting(view: QTableView) -> None:
    """Sort on header clicks, starting from the model's own order (no column chosen yet)."""
    view.horizontalHeader().setSortIndicatorShown(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)

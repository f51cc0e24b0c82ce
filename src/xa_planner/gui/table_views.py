"""Shared set-up of read-only table views: fixed row height (fast on 10,000 rows), elided text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
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


def _enable_sorting(view: QTableView) -> None:
    """Sort on header clicks, starting from the model's own order (no column chosen yet)."""
    view.horizontalHeader().setSortIndicatorShown(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)

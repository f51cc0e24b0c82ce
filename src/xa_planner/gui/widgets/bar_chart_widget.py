"""BarChartWidget: labelled horizontal bars painted with QPainter (the Essentials wheel has no QtCharts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

_TRACK = QColor("#e3e9ef")
_PADDING = 6  # around the chart and between its columns
_LABEL_SHARE = 0.45  # the labels never take more than this share of the width


@dataclass(frozen=True)
class Bar:
    """One row of the chart: *share* (0..1) of the track is filled in *colour*."""

    label: str
    share: float
    value_text: str
    colour: QColor
    tooltip: str = ""


class BarChartWidget(QWidget):
    """Rows of label | bar | value (or the label above its bar, for long names);
    a label too long for its place is elided and shown whole in a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._empty_text = ""
        self._labels_above = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)

    # --- content -----------------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = tuple(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_empty_text(self, text: str) -> None:
        """What the chart says when it has no bars."""
        self._empty_text = text
        self.update()

    def empty_text(self) -> str:
        return self._empty_text

    def set_labels_above(self, above: bool) -> None:
        """Put each label on its own line above its bar: for long names such as indicators'."""
        self._labels_above = above
        self.updateGeometry()
        self.update()

    # --- geometry ----------------------------------------------------------------------
    def _line_height(self) -> int:
        return self.fontMetrics().height() + 12

    def _row_height(self) -> int:
        return self._line_height() * (2 if self._labels_above else 1)

    def _label_width(self) -> int:
        if self._labels_above:
            return self.width() - 2 * _PADDING
        wanted = max((self.fontMetrics().horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(wanted, int(self.width() * _LABEL_SHARE))

    def _value_width(self) -> int:
        return max((self.fontMetrics().horizontalAdvance(b.value_text) for b in self._bars), default=0)

    def _row_rect(self, index: int) -> QRect:
        height = self._row_height()
        return QRect(_PADDING, _PADDING + index * height, self.width() - 2 * _PADDING, height)

    def row_at(self, pos: QPoint) -> int | None:
        """The index of the bar under *pos*, None between or below the bars."""
        if pos.y() < _PADDING:
            return None
        index = (pos.y() - _PADDING) // self._row_height()
        return index if 0 <= index < len(self._bars) else None

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(len(self._bars), 2)
        return QSize(420, rows * self._row_height() + 2 * _PADDING)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.sizeHint().height())

    # --- what is shown -----------------------------------------------------------------
    def label_text(self, index: int) -> str:
        """The label of bar *index* as painted: elided when its column is too narrow."""
        label = self._bars[index].label
        return self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, self._label_width())

    def tooltip_text(self, index: int) -> str:
        """The whole label with its value, and the bar's own explanation if it has one."""
        bar = self._bars[index]
        lines = [f"{bar.label}: {bar.value_text}"]
        if bar.tooltip:
            lines.append(bar.tooltip)
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    # --- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            self._paint_empty(painter)
            return
        for index, bar in enumerate(self._bars):
            self._paint_row(painter, index, bar)

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().placeholderText().color())
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(self.rect().adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING), flags, self._empty_text)

    def _paint_row(self, painter: QPainter, index: int, bar: Bar) -> None:
        row = self._row_rect(index)
        line = self._line_height()
        middle = int(Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(self.palette().text().color())
        label_rect = QRect(row.left(), row.top(), self._label_width(), line)
        painter.drawText(label_rect, middle | int(Qt.AlignmentFlag.AlignLeft), self.label_text(index))
        bar_top = row.top() + (line if self._labels_above else 0)
        value_width = self._value_width()
        value_rect = QRect(row.right() - value_width, bar_top, value_width, line)
        painter.drawText(value_rect, middle | int(Qt.AlignmentFlag.AlignRight), bar.value_text)
        track_left = row.left() if self._labels_above else label_rect.right() + _PADDING
        track_width = max(value_rect.left() - _PADDING - track_left, 0)
        track = QRect(track_left, bar_top + 4, track_width, line - 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_TRACK)
        painter.drawRoundedRect(track, 3, 3)
        filled = int(track.width() * max(0.0, min(1.0, bar.share)))
        if filled > 0:
            painter.setBrush(bar.colour)
            painter.drawRoundedRect(QRect(track.left(), track.top(), filled, track.height()), 3, 3)

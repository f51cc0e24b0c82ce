"""ProgressBarDelegate: paints a share (0..1) as a bar with its percentage written on it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

_BAR = QColor("#6aa84f")
_TRACK = QColor("#e3e9ef")


class ProgressBarDelegate(QStyledItemDelegate):
    """Reads the share from *share_role*; the display text is drawn centred over the bar."""

    def __init__(self, share_role: int, parent=None) -> None:
        super().__init__(parent)
        self._share_role = share_role

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        share = index.data(self._share_role)
        if share is None:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        track = option.rect.adjusted(4, 4, -4, -4)
        painter.save()
        painter.fillRect(track, _TRACK)
        filled = QRect(track.left(), track.top(), int(track.width() * max(0.0, min(1.0, share))), track.height())
        painter.fillRect(filled, _BAR)
        painter.setPen(option.palette.text().color())
        painter.drawText(track, int(Qt.AlignmentFlag.AlignCenter), str(index.data()))
        painter.restore()

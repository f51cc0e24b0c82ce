"""SourcePageView: one page of a scanned or PDF plan, fitted to the panel's width, the task's lines framed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

HIGHLIGHT_EDGE = QColor("#d9480f")  # the frame around the task: orange-red, seen on grey and colour scans
_HIGHLIGHT_FILL = QColor(255, 214, 0, 60)  # a light yellow wash, as the text view marks the same lines
_EDGE_WIDTH = 3


class _PageCanvas(QWidget):
    """Paints the page scaled to its own size and the frames, scaled with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.boxes: list[QRect] = []  # in the image's pixels

    def scale(self) -> float:
        return self.width() / self.image.width() if not self.image.isNull() else 1.0

    def frames(self) -> list[QRect]:
        """The frames as painted, in this widget's pixels."""
        factor = self.scale()
        return [
            QRect(round(b.left() * factor), round(b.top() * factor), round(b.width() * factor), round(b.height() * factor))
            for b in self.boxes
        ]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(self.rect()), self.image)
        painter.setPen(QPen(HIGHLIGHT_EDGE, _EDGE_WIDTH))
        painter.setBrush(_HIGHLIGHT_FILL)
        for frame in self.frames():
            painter.drawRect(frame)
        painter.end()


class SourcePageView(QScrollArea):
    """The page as wide as the panel, scrolled so the framed lines stand near the top of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = _PageCanvas()
        self.setWidget(self._canvas)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def show_page(self, image: QImage, boxes: list[QRect]) -> None:
        """Show *image* with a frame around each of *boxes* (image pixels); a null image clears the view."""
        self._canvas.image = image
        self._canvas.boxes = list(boxes)
        self._fit()
        self._scroll_to_frames()
        self._canvas.update()

    def frames(self) -> list[QRect]:
        """The frames as they stand on the painted page (tests read them back)."""
        return self._canvas.frames() if not self._canvas.image.isNull() else []

    def canvas(self) -> QWidget:
        return self._canvas

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        image, width = self._canvas.image, self.viewport().width()
        height = round(width * image.height() / image.width()) if not image.isNull() else 0
        self._canvas.resize(width, height)

    def _scroll_to_frames(self) -> None:
        frames = self._canvas.frames()
        top = min((frame.top() for frame in frames), default=0)
        self.verticalScrollBar().setValue(max(0, top - self.viewport().height() // 4))


def page_image(image: PilImage | None) -> QImage:
    """The page picture (RGB) as Qt draws it; a null image for none."""
    if image is None:
        return QImage()
    data = image.tobytes("raw", "RGB")
    return QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()

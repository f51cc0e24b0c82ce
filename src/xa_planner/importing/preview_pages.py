"""Pages of a PDF or an image file drawn small enough to show on screen, each as the reader saw it."""

from __future__ import annotations

import io
from typing import Protocol

import pypdfium2 as pdfium
from PIL import Image, ImageOps

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import ImportLimits
from xa_planner.importing.pdfium_lock import PDFIUM_LOCK


class PreviewPages(Protocol):
    """A source's pages, drawn one at a time with their longest side at most *side* pixels."""

    count: int

    def page(self, index: int, side: int) -> Image.Image: ...

    def close(self) -> None: ...


def _unreadable() -> ImportRejected:
    return ImportRejected(ImportRefusal.PREVIEW_UNAVAILABLE)


class PdfPreviewPages:
    """The pages of a PDF, rendered by PDFium (crop box and page rotation applied, as in the reader)."""

    def __init__(self, data: bytes, limits: ImportLimits) -> None:
        with PDFIUM_LOCK:
            try:
                self._document = pdfium.PdfDocument(data)
                self.count = min(len(self._document), limits.max_pdf_pages)
            except pdfium.PdfiumError as err:
                raise _unreadable() from err

    def page(self, index: int, side: int) -> Image.Image:
        with PDFIUM_LOCK:
            page = self._document[index]
            try:
                width, height = page.get_size()
                bitmap = page.render(scale=side / max(width, height, 1.0))
                image = bitmap.to_pil().convert("RGB")
                bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._document.close()


class PicturePreviewPages:
    """The frames of a photo or a scanned image, turned by their EXIF orientation as the reader turns them."""

    def __init__(self, data: bytes, limits: ImportLimits) -> None:
        self._limit = limits.max_image_pixels
        try:
            self._picture = Image.open(io.BytesIO(data))
            self.count = min(getattr(self._picture, "n_frames", 1), limits.max_ocr_pages)
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as err:
            raise _unreadable() from err

    def page(self, index: int, side: int) -> Image.Image:
        try:
            self._picture.seek(index)
            if self._picture.size[0] * self._picture.size[1] > self._limit:
                raise _unreadable()
            if self._picture.format == "JPEG":  # decode a big photo at a reduced size
                self._picture.draft("RGB", (side, side))
            image = _on_white(ImageOps.exif_transpose(self._picture))
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as err:
            raise _unreadable() from err
        image.thumbnail((side, side), Image.Resampling.LANCZOS)
        return image

    def close(self) -> None:
        self._picture.close()


def _on_white(picture: Image.Image) -> Image.Image:
    """Colours as shown on paper: transparent parts white."""
    if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
        paper = Image.new("RGBA", picture.size, "white")
        return Image.alpha_composite(paper, picture.convert("RGBA")).convert("RGB")
    return picture.convert("RGB")

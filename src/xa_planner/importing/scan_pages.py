"""The page images of a scan, one at a time: PDF pages rendered with PDFium, photo and TIFF frames with Pillow."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Protocol

import pypdfium2 as pdfium
from PIL import Image, ImageOps

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import ImportLimits
from xa_planner.importing.pdfium_lock import PDFIUM_LOCK

POINTS_PER_INCH = 72.0
_MIN_DPI, _MAX_DPI = 150, 300  # Tesseract reads body text well from 150 dpi; more only costs time
_MAX_SIDE = 5000  # pixels: an A3 page at 300 dpi fits
_MIN_SIDE = 1400  # a photo smaller than this (chat apps shrink them) is enlarged for the reader
# PDFium is not thread-safe, and the print preview may render a PDF at the same time.
pdfium_lock = PDFIUM_LOCK


@dataclass(frozen=True)
class PageImage:
    """One page in grey levels, and its resolution when known (a photo's is not)."""

    image: Image.Image
    dpi: int | None


class ScanPages(Protocol):
    """Pages handed out one at a time, so a long scan never sits in memory whole."""

    count: int

    def page(self, index: int) -> PageImage: ...

    def close(self) -> None: ...


def _broken_image() -> ImportRejected:
    return ImportRejected(ImportRefusal.IMAGE_BROKEN)


def _too_big(limit: int) -> ImportRejected:
    return ImportRejected(ImportRefusal.IMAGE_TOO_BIG, limit=limit // 1_000_000)


class PdfScanPages:
    """The pages of an image-only PDF, each rendered at the resolution of the scan inside it."""

    def __init__(self, data: bytes) -> None:
        with pdfium_lock:
            try:
                self._document = pdfium.PdfDocument(data)
                self.count = len(self._document)
            except pdfium.PdfiumError as err:
                raise ImportRejected(ImportRefusal.PDF_BROKEN) from err

    def page(self, index: int) -> PageImage:
        with pdfium_lock:
            page = self._document[index]
            try:
                width, height = page.get_size()
                dpi = min(_scan_dpi(page, width), _MAX_SIDE * POINTS_PER_INCH / max(width, height, 1))
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
                image = bitmap.to_pil().convert("L")
                bitmap.close()
            finally:
                page.close()
        return PageImage(image, round(dpi))

    def close(self) -> None:
        with pdfium_lock:
            self._document.close()


def _scan_dpi(page, width_points: float) -> float:
    """The resolution of the widest picture on the page, within what suits recognition."""
    best = 0.0
    for item in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, _bottom, right, _top = item.get_bounds()
        pixels_wide = item.get_px_size()[0]
        if right - left > width_points / 3:
            best = max(best, pixels_wide * POINTS_PER_INCH / (right - left))
    return float(min(max(best or _MAX_DPI, _MIN_DPI), _MAX_DPI))


class PictureScanPages:
    """The frames of a photo or scanned image (several in a multi-page TIFF)."""

    def __init__(self, data: bytes, limits: ImportLimits) -> None:
        self._limit = limits.max_image_pixels
        try:
            self._picture = Image.open(io.BytesIO(data))
            self.count = getattr(self._picture, "n_frames", 1)
        except Image.DecompressionBombError as err:
            raise _too_big(self._limit) from err
        except (OSError, ValueError, SyntaxError) as err:
            raise _broken_image() from err

    def page(self, index: int) -> PageImage:
        try:
            self._picture.seek(index)
            width, height = self._picture.size  # each frame of a TIFF has its own size
            if width * height > self._limit:
                raise _too_big(self._limit)
            if self._picture.format == "JPEG":  # decode big photos at a reduced size, in grey
                self._picture.draft("L", (_MAX_SIDE, _MAX_SIDE))
            image = _grey(ImageOps.exif_transpose(self._picture))
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as err:
            raise _broken_image() from err
        return PageImage(_sized(image), _stated_dpi(self._picture))

    def close(self) -> None:
        self._picture.close()


def _grey(picture: Image.Image) -> Image.Image:
    """Grey levels; transparent parts become white paper."""
    if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
        paper = Image.new("RGBA", picture.size, "white")
        picture = Image.alpha_composite(paper, picture.convert("RGBA"))
    return picture.convert("L")


def _sized(image: Image.Image) -> Image.Image:
    longest = max(image.size)
    if longest > _MAX_SIDE:
        factor = _MAX_SIDE / longest
    elif longest < _MIN_SIDE:
        factor = 2.0
    else:
        return image
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS)


def _stated_dpi(picture: Image.Image) -> int | None:
    """The resolution the file states, when it is believable (phones often say 72)."""
    stated = picture.info.get("dpi")
    if not stated or max(picture.size) > _MAX_SIDE or max(picture.size) < _MIN_SIDE:
        return None
    dpi = round(float(stated[0]))
    return dpi if _MIN_DPI - 50 <= dpi <= 600 else None

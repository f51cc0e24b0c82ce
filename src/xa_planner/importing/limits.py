"""Limits that keep an untrusted file from exhausting memory or time."""

from __future__ import annotations

import time
from dataclasses import dataclass

from xa_planner.importing.errors import ImportRefusal, ImportRejected

MB = 1024 * 1024


@dataclass(frozen=True)
class ImportLimits:
    """Bounds for one import; the defaults fit any real plan with a wide margin."""

    max_file_bytes: int = 50 * MB
    max_text_chars: int = 3_000_000  # about 1,500 pages
    max_lines: int = 100_000
    max_rows: int = 20_000
    max_cells_per_row: int = 64
    max_zip_members: int = 5_000
    max_member_bytes: int = 200 * MB
    max_total_unzipped_bytes: int = 400 * MB
    max_compression_ratio: float = 200.0
    max_pdf_pages: int = 1_000
    time_budget_seconds: float = 30.0  # recognising scanned pages is bounded per page instead
    max_ocr_pages: int = 100
    ocr_page_seconds: float = 60.0  # a page taking longer is skipped with a warning
    max_image_pixels: int = 150_000_000  # one photo or scanned frame (a 50 MP photo has 50 M)


class Deadline:
    """The wall-clock budget of one import; ``check()`` is called in every long loop."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._end = time.monotonic() + seconds

    def extend(self, seconds: float) -> None:
        """Leave *seconds* out of the budget: time spent recognising scanned pages, bounded on its own."""
        self._end += seconds

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise ImportRejected(ImportRefusal.TOO_SLOW, seconds=int(self._seconds))


def check_text_size(count: int, limits: ImportLimits) -> None:
    """Refuse text far longer than any plan (*count* characters, or bytes before decoding)."""
    if count > limits.max_text_chars:
        raise ImportRejected(ImportRefusal.TOO_MUCH_TEXT, count=count, limit=limits.max_text_chars)

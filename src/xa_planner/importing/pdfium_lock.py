"""One lock around PDFium, which is not thread-safe: the scan reader and the print preview share it."""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.Lock()

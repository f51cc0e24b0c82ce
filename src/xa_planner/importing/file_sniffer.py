"""Tell what a file really is from its first bytes, whatever its name says."""

from __future__ import annotations

from pathlib import PurePath

from xa_planner.importing.errors import ImportRefusal, ImportRejected

TEXT, DOCX, XLSX, PDF, ZIP, IMAGE = "text", "docx", "xlsx", "pdf", "zip", "image"
XLS, DOC = "xls", "doc"  # Office 97-2003 files, read through xlrd and an office suite
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
_HEIF_BRANDS = (b"ftypheic", b"ftypheix", b"ftyphevc", b"ftypmif1", b"ftypmsf1")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def extension(filename: str) -> str:
    return PurePath(filename or "").suffix.lower().lstrip(".")


def _ole_kind(data: bytes, filename: str) -> str:
    """Old binary Office files and password-protected new ones are both OLE containers."""
    if _ENCRYPTED_PACKAGE in data:
        raise ImportRejected(ImportRefusal.PASSWORD_PROTECTED)
    if "WordDocument".encode("utf-16-le") in data:
        return DOC
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data[:65536]:
        return XLS
    if extension(filename) in ("xls", "doc"):
        return extension(filename)
    raise ImportRejected(ImportRefusal.OLD_OFFICE_UNKNOWN)


def sniff(data: bytes, filename: str) -> str:
    """The kind of content: TEXT, ZIP (a .docx or .xlsx inside), PDF or IMAGE; other kinds are refused."""
    head = data[:1024]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return ZIP
    if b"%PDF-" in head:
        return PDF
    if head.startswith(_OLE):
        return _ole_kind(data, filename)
    if head.startswith(b"{\\rtf"):
        raise ImportRejected(ImportRefusal.RTF)
    if head.startswith(_IMAGES) or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        return IMAGE
    if head[4:12] in _HEIF_BRANDS:
        raise ImportRejected(ImportRefusal.HEIC)
    if head.startswith(b"PK"):
        raise ImportRejected(ImportRefusal.ZIP_BROKEN)
    return TEXT

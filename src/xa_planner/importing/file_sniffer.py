"""Tell what a file really is from its first bytes, whatever its name says."""

from __future__ import annotations

from pathlib import PurePath

from xa_planner.importing.errors import ImportRejected
from xa_planner.localization import _

TEXT, DOCX, XLSX, PDF, ZIP = "text", "docx", "xlsx", "pdf", "zip"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def extension(filename: str) -> str:
    return PurePath(filename or "").suffix.lower().lstrip(".")


def _reject_ole(data: bytes, filename: str) -> None:
    """Old binary Office files and password-protected new ones are both OLE containers."""
    if _ENCRYPTED_PACKAGE in data:
        raise ImportRejected(
            _("Tệp được bảo vệ bằng mật khẩu; hãy mở tệp, bỏ mật khẩu, lưu lại rồi nhập lại.")
        )
    if extension(filename) in ("xls", "xlsx") or "Workbook".encode("utf-16-le") in data:
        raise ImportRejected(
            _(
                "Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; hãy mở bằng Excel và lưu thành .xlsx rồi nhập lại."
            )
        )
    raise ImportRejected(
        _(
            "Tệp Word 97-2003 (.doc) chưa được hỗ trợ; hãy mở bằng Word và lưu thành .docx rồi nhập lại."
        )
    )


def sniff(data: bytes, filename: str) -> str:
    """The kind of content: TEXT, ZIP (a .docx or .xlsx inside), or PDF; other kinds are refused."""
    head = data[:1024]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return ZIP
    if b"%PDF-" in head:
        return PDF
    if head.startswith(_OLE):
        _reject_ole(data, filename)
    if head.startswith(b"{\\rtf"):
        raise ImportRejected(
            _("Tệp RTF chưa được hỗ trợ; hãy mở bằng Word và lưu thành .docx rồi nhập lại.")
        )
    if head.startswith(_IMAGES):
        raise ImportRejected(
            _(
                "Tệp này là hình ảnh, không có chữ để đọc; hãy dùng bản .docx, .pdf có lớp chữ hoặc .txt."
            )
        )
    if head.startswith(b"PK"):
        raise ImportRejected(_("Tệp nén bị hỏng, không mở được."))
    return TEXT

"""Open .docx/.xlsx zip archives safely: member count, sizes and ratios checked; XML parsed with defusedxml."""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.limits import MB, ImportLimits
from xa_planner.localization import _

_CHUNK = 1 << 16
_SMALL = 1 * MB  # below this size any compression ratio is harmless


def _corrupt() -> ImportRejected:
    return ImportRejected(
        _(
            "Tệp bị hỏng (nội dung nén không đọc được); hãy mở bằng Word/Excel, lưu lại rồi nhập lại."
        )
    )


def _bomb() -> ImportRejected:
    return ImportRejected(
        _("Tệp có nội dung nén bất thường (quá lớn khi giải nén) nên không được mở để bảo vệ máy.")
    )


class SafeArchive:
    """A zip archive whose members are read only within the limits."""

    def __init__(self, data: bytes, limits: ImportLimits) -> None:
        self._limits = limits
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError) as err:
            raise _corrupt() from err
        self._check(infos)
        self._infos = {info.filename: info for info in infos}

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > self._limits.max_zip_members:
            raise _bomb()
        if sum(info.file_size for info in infos) > self._limits.max_total_unzipped_bytes:
            raise _bomb()
        for info in infos:
            if info.flag_bits & 0x1:
                raise ImportRejected(
                    _(
                        "Tệp được bảo vệ bằng mật khẩu; hãy mở tệp, bỏ mật khẩu, lưu lại rồi nhập lại."
                    )
                )
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _SMALL and ratio > self._limits.max_compression_ratio:
                raise _bomb()

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """A member's bytes, stopping as soon as it grows past what its header or the limits allow."""
        info = self._infos.get(name)
        if info is None:
            raise _corrupt()
        allowed = min(self._limits.max_member_bytes, max(info.file_size, 0))
        chunks, total = [], 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > allowed:
                        raise _bomb()
                    chunks.append(chunk)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            NotImplementedError,
            RuntimeError,
        ) as err:
            raise _corrupt() from err
        return b"".join(chunks)

    def xml(self, name: str) -> Element:
        """A member parsed as XML, refusing entity expansion and external references."""
        return parse_xml(self.read(name))

    def iterparse(self, name: str):
        """Streamed XML events ("end") of a member, for large sheets."""
        try:
            return SafeElementTree.iterparse(
                io.BytesIO(self.read(name)), events=("end",), forbid_dtd=True
            )
        except (DefusedXmlException, ParseError) as err:
            raise xml_error(err) from err


def xml_error(err: Exception) -> ImportRejected:
    if isinstance(err, DefusedXmlException):
        return ImportRejected(
            _(
                "Tệp chứa nội dung XML nguy hiểm (khai báo thực thể hoặc tham chiếu ngoài) nên bị từ chối."
            )
        )
    return _corrupt()


def parse_xml(data: bytes) -> Element:
    try:
        return SafeElementTree.fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ParseError, ValueError) as err:
        raise xml_error(err) from err

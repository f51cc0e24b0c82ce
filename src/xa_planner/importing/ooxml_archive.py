"""Open .docx/.xlsx zip archives safely: member count, sizes and ratios checked; XML parsed with defusedxml."""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import MB, ImportLimits

_CHUNK = 1 << 16
WORKBOOK = "xl/workbook.xml"  # the part that makes a zip archive an .xlsx workbook
_SMALL = 1 * MB  # below this size any compression ratio is harmless


def corrupt_archive() -> ImportRejected:
    return ImportRejected(ImportRefusal.ARCHIVE_CORRUPT)


def _bomb() -> ImportRejected:
    return ImportRejected(ImportRefusal.ARCHIVE_BOMB)


class SafeArchive:
    """A zip archive whose members are read only within the limits."""

    def __init__(self, data: bytes, limits: ImportLimits) -> None:
        self._limits = limits
        self._data = data
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError) as err:
            raise corrupt_archive() from err
        self._check(infos)
        self._infos = {info.filename: info for info in infos}

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > self._limits.max_zip_members:
            raise _bomb()
        if sum(info.file_size for info in infos) > self._limits.max_total_unzipped_bytes:
            raise _bomb()
        if any(info.file_size > self._limits.max_member_bytes for info in infos):
            raise _bomb()  # checked here too: openpyxl reads members without our cap
        for info in infos:
            if info.flag_bits & 0x1:
                raise ImportRejected(ImportRefusal.PASSWORD_PROTECTED)
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _SMALL and ratio > self._limits.max_compression_ratio:
                raise _bomb()

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def size(self, name: str) -> int:
        """A member's unpacked size as its header states it (reading never goes past it)."""
        return self._infos[name].file_size

    def stream(self) -> io.BytesIO:
        """The checked archive's bytes, for a library that opens the zip itself (openpyxl)."""
        return io.BytesIO(self._data)

    def refuse_dtds(self) -> None:
        """Refuse an XML member that declares a DTD, before a parser that would allow one reads it.

        A DTD can only stand before the first element, so each member is read up to there.
        A prolog that does not parse is left for the reader of that part to judge.
        """
        for info in self._infos.values():
            if info.filename.endswith((".xml", ".rels", ".vml")):
                self._check_prolog(info)

    def _check_prolog(self, info: zipfile.ZipInfo) -> None:
        try:
            with self._zip.open(info) as member:
                events = SafeElementTree.iterparse(member, events=("start",), forbid_dtd=True)
                next(iter(events), None)
        except DefusedXmlException as err:
            raise xml_error(err) from err
        except ParseError:
            return
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as err:
            raise corrupt_archive() from err

    def read(self, name: str) -> bytes:
        """A member's bytes, stopping as soon as it grows past what its header or the limits allow."""
        info = self._infos.get(name)
        if info is None:
            raise corrupt_archive()
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
            raise corrupt_archive() from err
        return b"".join(chunks)

    def xml(self, name: str) -> Element:
        """A member parsed as XML, refusing entity expansion and external references."""
        return parse_xml(self.read(name))


def xml_error(err: Exception) -> ImportRejected:
    if isinstance(err, DefusedXmlException):
        return ImportRejected(ImportRefusal.DANGEROUS_XML)
    return corrupt_archive()


def parse_xml(data: bytes) -> Element:
    try:
        return SafeElementTree.fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ParseError, ValueError) as err:
        raise xml_error(err) from err

"""Write the hostile-file corpus the importer must refuse with a clear message (run: python make_corpus.py)."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _document(body: str) -> bytes:
    return f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'.encode()


def _pdf(draw, **options) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True, **options)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def _lying_zip() -> bytes:
    """A member whose headers claim 100 bytes but which inflates to 2 MB."""
    data = bytearray(
        _zip({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b" " * 2_000_000})
    )
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (index := data.find(signature, start)) >= 0:
            name_length = struct.unpack_from(
                "<H", data, index + (26 if signature == b"PK\x03\x04" else 28)
            )[0]
            name_offset = index + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_offset : name_offset + name_length] == b"word/document.xml":
                struct.pack_into("<I", data, index + size_offset, 100)
            start = index + 4
    return bytes(data)


def _billion_laughs() -> bytes:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "&a{i - 1};&a{i - 1};">' for i in range(1, 30)
    )
    xml = f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&a29;</w:t></w:r></w:p></w:body></w:document>'
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": xml.encode()})


def _external_entity() -> bytes:
    xml = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>'
    workbook = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    return _zip(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "xl/workbook.xml": workbook.encode(),
            "xl/sharedStrings.xml": xml.encode(),
        }
    )


def _deep_nesting() -> bytes:
    body = "<w:sdt><w:sdtContent>" * 5000 + "</w:sdtContent></w:sdt>" * 5000
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": _document(body)})


def _scanned_pdf(pdf) -> None:
    for _page in range(2):
        pdf.setFillGray(0.4)
        pdf.rect(50, 50, 400, 600, fill=1)  # a page-sized picture and no text, as a scanner makes
        pdf.showPage()


def _ole(stream_name: str) -> bytes:
    return OLE_MAGIC + b"\x00" * 504 + stream_name.encode("utf-16-le") + b"\x00" * 1024


def corpus() -> dict[str, bytes]:
    rng = random.Random(2026)
    real_docx = _zip(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "word/document.xml": _document("<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>"),
        }
    )
    return {
        "empty.txt": b"",
        "blank_lines.txt": b" \r\n\t\r\n   \n",
        "binary_garbage.txt": bytes(rng.randrange(256) for _ in range(4000)) + b"\x00" * 64,
        "zip_bomb.docx": _zip(
            {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b" " * 30_000_000}
        ),
        "lying_sizes.docx": _lying_zip(),
        "billion_laughs.docx": _billion_laughs(),
        "external_entity.xlsx": _external_entity(),
        "deep_nesting.docx": _deep_nesting(),
        "truncated.docx": real_docx[: len(real_docx) // 2],
        "not_office.docx": _zip({"readme.txt": b"hello"}),
        "encrypted.docx": _ole("EncryptedPackage"),
        "encrypted.xlsx": _ole("EncryptedPackage"),
        "old_word.doc": _ole("WordDocument"),
        "old_excel.xls": _ole("Workbook"),
        "scanned.pdf": _pdf(_scanned_pdf),
        "password.pdf": _pdf(
            lambda pdf: (pdf.drawString(50, 700, "Ke hoach so 1/KH-UBND"), pdf.showPage()),
            encrypt="mat-khau",
        ),
        "broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer <<>>\n%%EOF",
        "picture.pdf": b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(300)),
        "letter.rtf.txt": b"{\\rtf1\\ansi K\\'ea ho\\'e1ch}",
    }


def main() -> None:
    for name, data in corpus().items():
        (HERE / name).write_bytes(data)
        print(f"{name:24} {len(data):>8} bytes")


if __name__ == "__main__":
    main()

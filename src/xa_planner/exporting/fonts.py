"""The serif font family of every PDF: the PC's Times New Roman, else a metric twin that covers Vietnamese."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from xa_planner.exporting.font_metrics import FaceMetrics, FontFileError, read_face

if TYPE_CHECKING:  # reportlab loads only when a PDF is drawn: measuring text needs none of it
    from reportlab.pdfbase.ttfonts import TTFont

# Every precomposed letter a Vietnamese text can need beyond Latin-1, checked in the font's cmap.
VIETNAMESE_LETTERS = "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸđĐơƠưƯ"
VIETNAMESE_LETTERS += VIETNAMESE_LETTERS.lower() + "ăĂâÂêÊôÔ"
STYLES = ("regular", "bold", "italic", "bold_italic")
PDF_FAMILY = "XaSerif"
SHIPPED_FONT_DIR_PARTS = ("resources", "fonts")


@dataclass(frozen=True)
class FontFamilyFiles:
    """Four TrueType files of one family, in STYLES order."""

    family: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    def paths(self) -> tuple[Path, ...]:
        return (self.regular, self.bold, self.italic, self.bold_italic)


@dataclass(frozen=True)
class PdfFonts:
    """reportlab names of the registered faces and the family they came from."""

    family: str
    source: FontFamilyFiles
    regular: str = PDF_FAMILY
    bold: str = f"{PDF_FAMILY}-Bold"
    italic: str = f"{PDF_FAMILY}-Italic"
    bold_italic: str = f"{PDF_FAMILY}-BoldItalic"


def _family(family: str, folder: Path, names: tuple[str, ...]) -> FontFamilyFiles:
    regular, bold, italic, bold_italic = (folder / name for name in names)
    return FontFamilyFiles(family, regular, bold, italic, bold_italic)


def _windows_fonts_dir() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _shipped_fonts_dir() -> Path:
    # Package data: beside the code in a checkout, a wheel install and the PyInstaller bundle
    # (which collects xa_planner's resources/ folder as data) alike.
    return Path(__file__).resolve().parents[1].joinpath(*SHIPPED_FONT_DIR_PARTS)


_TIMES_NAMES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_TIMES_LINUX_NAMES = (
    "Times_New_Roman.ttf",
    "Times_New_Roman_Bold.ttf",
    "Times_New_Roman_Italic.ttf",
    "Times_New_Roman_Bold_Italic.ttf",
)
_LIBERATION_NAMES = tuple(
    f"LiberationSerif-{style}.ttf" for style in ("Regular", "Bold", "Italic", "BoldItalic")
)
_TINOS_NAMES = tuple(f"Tinos-{style}.ttf" for style in ("Regular", "Bold", "Italic", "BoldItalic"))


def candidate_families() -> list[FontFamilyFiles]:
    """Families to try, best first: Times New Roman, Liberation Serif 2, Tinos, the shipped copy."""
    ms = Path("/usr/share/fonts/truetype/msttcorefonts")
    candidates = [
        _family("Times New Roman", _windows_fonts_dir(), _TIMES_NAMES),
        _family("Times New Roman", ms, _TIMES_LINUX_NAMES),
        _family("Times New Roman", ms, _TIMES_NAMES),
    ]
    candidates += _fontconfig_times()
    for folder in ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/liberation-serif"):
        candidates.append(_family("Liberation Serif", Path(folder), _LIBERATION_NAMES))
    candidates.append(_family("Tinos", Path("/usr/share/fonts/truetype/croscore"), _TINOS_NAMES))
    candidates.append(_family("Liberation Serif", _shipped_fonts_dir(), _LIBERATION_NAMES))
    return candidates


def _fontconfig_times() -> list[FontFamilyFiles]:
    """Times New Roman installed somewhere fontconfig knows (never its substitutes)."""
    if sys.platform == "win32" or shutil.which("fc-match") is None:
        return []
    files = []
    for style in ("Regular", "Bold", "Italic", "Bold Italic"):
        found = _fc_match(f"Times New Roman:style={style}")
        if found is None or found[0] != "Times New Roman":
            return []
        files.append(Path(found[1]))
    return [FontFamilyFiles("Times New Roman", *files)]


def _fc_match(pattern: str) -> tuple[str, str] | None:
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{family[0]}|%{file}", pattern],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    family, _sep, file = out.partition("|")
    return (family, file) if file else None


def covers_vietnamese(path: Path) -> bool:
    """True when the TrueType file maps every Vietnamese letter to a glyph."""
    return _load_face(PDF_FAMILY + "-probe", path) is not None


def _load_face(name: str, path: Path) -> TTFont | None:
    """The parsed face when *path* is a readable TrueType font covering Vietnamese."""
    from reportlab.pdfbase.ttfonts import TTFont

    if not path.is_file():
        return None
    try:
        face = TTFont(name, str(path))
    except Exception:  # reportlab raises TTFError and others for unreadable or non-TTF files
        return None
    cmap = face.face.charToGlyph
    return face if all(ord(letter) in cmap for letter in VIETNAMESE_LETTERS) else None


def _load_family(family: FontFamilyFiles, names: tuple[str, ...]) -> list[TTFont] | None:
    faces = []
    for name, path in zip(names, family.paths(), strict=True):
        face = _load_face(name, path)
        if face is None:
            return None
        faces.append(face)
    return faces


@functools.cache
def pdf_fonts() -> PdfFonts:
    """Register the first usable family with reportlab once and return its face names.

    The shipped Liberation Serif is the last candidate, so only a broken installation fails.
    """
    from reportlab.pdfbase import pdfmetrics

    for source in candidate_families():
        fonts = PdfFonts(family=source.family, source=source)
        names = (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic)
        faces = _load_family(source, names)
        if faces is not None:
            for face in faces:
                pdfmetrics.registerFont(face)
            pdfmetrics.registerFontFamily(
                PDF_FAMILY,
                normal=fonts.regular,
                bold=fonts.bold,
                italic=fonts.italic,
                boldItalic=fonts.bold_italic,
            )
            return fonts
    raise FileNotFoundError("no Vietnamese-capable serif font found, not even the shipped copy")


@functools.cache
def measured_faces() -> tuple[FaceMetrics, FaceMetrics]:
    """The regular and bold metrics of the family :func:`pdf_fonts` draws with, read once.

    The same choice (the first candidate whose four faces are TrueType covering Vietnamese)
    made from the font tables alone, so a .docx or .xlsx is measured without reportlab.
    """
    for source in candidate_families():
        regular, bold, *slanted = (_metrics(path) for path in source.paths())
        if regular is not None and bold is not None and None not in slanted:
            return regular, bold
    raise FileNotFoundError("no Vietnamese-capable serif font found, not even the shipped copy")


def _metrics(path: Path) -> FaceMetrics | None:
    if not path.is_file():
        return None
    try:
        face = read_face(path)
    except (OSError, FontFileError):
        return None
    return face if face.covers(VIETNAMESE_LETTERS) else None


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of *text* set in the chosen family (Times metrics), as reportlab sets it."""
    regular, heavy = measured_faces()
    return (heavy if bold else regular).text_width(text, size)

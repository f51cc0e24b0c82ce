"""Exported documents as the user gets them (through the command line) and as they print.

Workspaces come from `xa-planner demo` and from seed 003 (init, template import, plan derive);
.docx and .xlsx are printed by LibreOffice (`soffice --headless --convert-to pdf`), the way
Word and Excel users see them; PDFs are read back with pdfplumber.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest

SEED_003 = Path(__file__).resolve().parents[1] / "data" / "plans" / "003_1757523d643b6cab.txt"
MM = 72 / 25.4


def run_cli(home: Path, *args: str) -> str:
    """``python -m xa_planner …`` with its own user folders; its standard output."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    done = subprocess.run(
        [sys.executable, "-m", "xa_planner", *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def last_month(today: dt.date | None = None) -> str:
    """The demo's months end today; last month is complete."""
    first = (today or dt.date.today()).replace(day=1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def export_to(home: Path, workspace: Path, kind: str, fmt: str, *extra: str) -> Path:
    """Export *kind* as *fmt* into *home* and return the file written."""
    target = home / f"{workspace.stem}_{kind}.{fmt}"
    args = ["export", "--workspace", str(workspace), kind, "--format", fmt, "-o", str(target)]
    run_cli(home, *args, *extra)
    return target


def seed_workspace(home: Path) -> Path:
    """Seed 003 imported and derived for 2026, as an officer does it from the command line."""
    workspace = home / "s003.db"
    run_cli(home, "init", "--commune", "Vĩnh Thủy", "--province", "Vĩnh Long", str(workspace))
    run_cli(home, "template", "import", "--workspace", str(workspace), str(SEED_003))
    run_cli(
        home, "plan", "derive", "--workspace", str(workspace), "--template", "1", "--year", "2026"
    )
    return workspace


def printed(document: Path) -> Path:
    """LibreOffice's print of a .docx or .xlsx, as a PDF beside it."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot print .docx/.xlsx here")
    out = document.parent / f"{document.stem}_{document.suffix[1:]}_print"
    out.mkdir(exist_ok=True)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(document)],
        check=True,
        capture_output=True,
        timeout=300,
        env=dict(os.environ, HOME=str(document.parent)),
    )
    return out / f"{document.stem}.pdf"


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x0: float
    x1: float
    top: float
    size: float
    font: str


def words(pdf: Path) -> list[Word]:
    """Every word of every page, NFC, split at spaces and no-break spaces alike."""
    found = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            for word in page.extract_words(x_tolerance=1.5, extra_attrs=["size", "fontname"]):
                # a no-break hyphen (U+2011) reads as the hyphen it prints
                text = unicodedata.normalize("NFC", word["text"]).replace("\u2011", "-")
                found.append(
                    Word(
                        text,
                        number,
                        word["x0"],
                        word["x1"],
                        word["top"],
                        word["size"],
                        word["fontname"],
                    )
                )
    return found


def vertical_rules(pdf: Path) -> dict[int, list[tuple[float, float, float]]]:
    """Per page, the vertical rules (cell borders) as (x, top, bottom)."""
    with pdfplumber.open(pdf) as document:
        return {
            number: [(edge["x0"], edge["top"], edge["bottom"]) for edge in page.vertical_edges]
            for number, page in enumerate(document.pages, start=1)
        }


def gap_after(found: list[Word], first: str, page: int = 1) -> tuple[str, float]:
    """The word after the first *first* on its line, and the blank between them in mm."""
    on_page = [w for w in found if w.page == page]
    for index, word in enumerate(on_page[:-1]):
        following = on_page[index + 1]
        if word.text == first and abs(following.top - word.top) < 3:
            return following.text, (following.x0 - word.x1) / MM
    raise AssertionError(f"no {first!r} followed by a word on page {page}")


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    with pdfplumber.open(pdf) as document:
        return [(page.width, page.height) for page in document.pages]

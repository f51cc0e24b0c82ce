"""A group's heading row never ends a printed page with its tasks on the next, in any format."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from printed_documents import export_to, printed, run_cli

SEED_001 = next((Path(__file__).resolve().parents[1] / "data" / "plans").glob("001_*.txt"))


@pytest.fixture(scope="module")
def seed_001_appendices(tmp_path_factory) -> dict[str, Path]:
    """Seed 001 imported and derived from the command line, its appendix in every format."""
    home = tmp_path_factory.mktemp("seed001")
    workspace = home / "s001.db"
    run_cli(home, "init", "--commune", "Vĩnh Thủy", "--province", "Vĩnh Long", str(workspace))
    run_cli(home, "template", "import", "--workspace", str(workspace), str(SEED_001))
    run_cli(home, "plan", "derive", "--workspace", str(workspace), "--template", "1", "--year", "2026")
    return {fmt: export_to(home, workspace, "appendix", fmt) for fmt in ("pdf", "docx", "xlsx")}


def _last_lines_in_bold(pdf: Path) -> list[int]:
    """The pages whose lowest line of text is bold: a group heading (task rows are regular)."""
    pages = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            found = page.extract_words(extra_attrs=["fontname"])
            lowest = max(found, key=lambda word: word["bottom"])
            if "Bold" in lowest["fontname"]:
                pages.append(number)
    return pages


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_no_printed_page_ends_with_a_group_heading(seed_001_appendices, fmt):
    # Given seed 001's appendix, whose long rows put group headings near page ends
    document = seed_001_appendices[fmt]
    # When it is printed (LibreOffice for .docx and .xlsx)
    pdf = document if fmt == "pdf" else printed(document)
    # Then every page ends inside a task row, each heading printed above its first task
    assert _last_lines_in_bold(pdf) == []

"""A returned sheet's problems are codes and data, worded in the language active when shown."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xa_planner import localization
from xa_planner.cli import main
from xa_planner.domain.sheet_problems import SheetProblem, SheetProblemKind
from xa_planner.services.sheet_problem_texts import sheet_problem_text

from .conftest import JUNE, sheet_of
from .sheet_filling import fill, task_rows

UNKNOWN_VI = (
    "Dòng {row}: không hiểu tình trạng “làm gần xong”; dòng này chưa được nhập, hãy chọn một "
    "trong năm tình trạng của danh sách."
)
UNKNOWN_EN = (
    "Row {row}: the status “làm gần xong” is not understood; this row was not imported — choose "
    "one of the five statuses in the list."
)


@pytest.fixture
def filled(exported):
    """The Phòng Kinh tế sheet with a status nobody can read typed into its first lead row."""
    path = sheet_of(exported, "Kinh-te")
    rows = task_rows(openpyxl.load_workbook(path).worksheets[0])
    first = next(iter(rows))
    fill(path, {first: {"tinh trang": "làm gần xong"}})
    return path, rows[first]


def test_problems_read_in_vietnamese_are_shown_in_english_after_a_switch(
    vietnamese, workspace, filled
):
    # Given a sheet previewed while the application speaks Vietnamese
    path, row = filled
    (sheet,) = workspace.sheets.preview_import([path], JUNE).sheets
    (problem,) = [p for p in sheet.problems if p.kind is SheetProblemKind.UNKNOWN_STATUS]
    assert sheet_problem_text(problem) == UNKNOWN_VI.format(row=row)

    # When the officer switches to English after the preview was made
    localization.set_language("en")

    # Then the same problem reads in English, the words the office typed kept as written
    assert sheet_problem_text(problem) == UNKNOWN_EN.format(row=row)


def test_every_problem_kind_has_its_own_sentence_with_its_words_filled_in(vietnamese):
    words = {"cell": "G13", "text": "chữ lạ"}
    sentences = {
        kind: sheet_problem_text(SheetProblem.of(kind, 12, 34, **words)) for kind in SheetProblemKind
    }
    assert len(set(sentences.values())) == len(SheetProblemKind)
    assert all("{" not in sentence for sentence in sentences.values())
    assert all("12" in s or "G13" in s for s in sentences.values())  # each says where


def test_the_cli_prints_the_problem_in_vietnamese_and_its_code_unchanged(
    vietnamese, workspace, filled, capsys
):
    # Given a filled sheet with an unreadable status, and the workspace closed for the CLI
    path, row = filled
    workspace.close()
    command = ["sheets", "import", "--workspace", str(workspace.path), str(path), "--dry-run"]

    # When the officer previews it on the command line, as text and as JSON
    assert main(command) == 0
    text = capsys.readouterr().out
    assert main([*command, "--json"]) == 0
    (sheet,) = json.loads(capsys.readouterr().out)["sheets"]

    # Then the text shows the sentence it always showed, the JSON the old code beside it
    assert f"  ! {UNKNOWN_VI.format(row=row)}\n" in text
    assert {"kind": "unknown_status", "row": row, "message": UNKNOWN_VI.format(row=row)}.items() <= (
        sheet["problems"][0].items()
    )

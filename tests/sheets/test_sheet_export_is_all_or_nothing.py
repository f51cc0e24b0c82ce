"""Sending the month's sheets: either every file is written and recorded, or none is left behind."""

from __future__ import annotations

import pytest

from xa_planner.services import sheet_service
from xa_planner.services.errors import InvalidInput

from .conftest import JUNE


def _sheet_names(workspace, tmp_path) -> list[str]:
    probe = workspace.sheets.export_month(JUNE, tmp_path / "probe")
    return [p.name for p in probe]


def test_a_sheet_that_cannot_be_written_leaves_no_other_sheet_behind(workspace, tmp_path):
    # Given a folder where the third sheet's name is taken by a folder (it cannot be written)
    names = _sheet_names(workspace, tmp_path)
    out = tmp_path / "out"
    (out / names[2]).mkdir(parents=True)
    # When the officer sends the month's sheets there
    with pytest.raises(InvalidInput):
        workspace.sheets.export_month(JUNE, out)
    # Then none of the sheets written before the failure is left to be emailed by mistake
    assert [p.name for p in out.iterdir()] == [names[2]]


def test_sheets_are_removed_when_the_sending_cannot_be_recorded(workspace, tmp_path, monkeypatch):
    # Given the workspace refuses to record the sending (a full disk, a lost server …)
    def refuse(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sheet_service.SheetRepository, "mark_exported", refuse)
    out = tmp_path / "out"
    # When the sheets are exported
    with pytest.raises(OSError):
        workspace.sheets.export_month(JUNE, out)
    # Then no file claims a sending the workspace does not know of
    assert list(out.iterdir()) == []

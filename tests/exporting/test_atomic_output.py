"""Writing is atomic: a locked target gives a clear ExportError and leaves no temporary file."""

from __future__ import annotations

import os

import pytest

from xa_planner.exporting.appendix_xlsx_writer import write_appendix_xlsx
from xa_planner.exporting.atomic_output import ExportError
from xa_planner.exporting.plan_pdf_writer import write_plan_pdf


def test_a_target_open_in_another_program_gives_an_export_error(appendix, tmp_path, monkeypatch):
    target = tmp_path / "PL.xlsx"
    target.write_bytes(b"old contents")

    def locked(source, destination):
        raise PermissionError(13, "The process cannot access the file", str(destination))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        write_appendix_xlsx(appendix, target)

    assert "PL.xlsx" in str(caught.value)
    assert caught.value.path == target
    assert target.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["PL.xlsx"]


def test_a_missing_folder_gives_an_export_error(plan, tmp_path):
    with pytest.raises(ExportError):
        write_plan_pdf(plan, tmp_path / "absent" / "KH.pdf")


def test_a_successful_write_replaces_the_old_file(plan, tmp_path):
    target = tmp_path / "KH.pdf"
    target.write_bytes(b"old")

    assert write_plan_pdf(plan, target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["KH.pdf"]

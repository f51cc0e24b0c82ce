"""Aggregating: every hostile file is listed as a problem in one sentence; a defect is not hidden."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from xa_planner.services import aggregation_service
from xa_planner.services.aggregation_service import AggregationService

from .conftest import MONTH, TODAY

DATA = Path(__file__).resolve().parents[1] / "data"
HOSTILE = [p for folder in ("hostile", "sheets") for p in (DATA / folder).iterdir() if p.suffix != ".py"]


@pytest.fixture
def inbox(workspace, tmp_path) -> list[Path]:
    """One commune's real report and every file of the hostile and damaged-sheet corpora."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    files = [workspace.reports.export(MONTH, "xlsx", folder, today=TODAY)]
    for path in HOSTILE:
        files.append(Path(shutil.copy(path, folder / f"{path.parent.name}_{path.name}")))
    return files


def test_every_hostile_file_is_one_problem_line_and_the_real_report_is_kept(inbox):
    # When the province aggregates a folder holding one good report and the hostile corpus
    report = AggregationService().consolidate(inbox, month="2026-06")

    # Then the good report is consolidated and each hostile file is listed, in one sentence
    assert [s.commune for s in report.submissions] == ["Vĩnh Thủy"]
    listed = dict(report.problems)
    assert set(listed) == {path.name for path in inbox[1:]}
    assert all(words and "\n" not in words for words in listed.values())


def test_a_defect_while_reading_one_file_surfaces_instead_of_being_listed(inbox, monkeypatch):
    # Given a reader with a defect (not a refusal of a bad file)
    def broken(path, limits):
        raise TypeError("a defect in the reader")

    monkeypatch.setattr(aggregation_service, "read_report_file", broken)

    # When the province aggregates, then the defect reaches the error channel as it is
    with pytest.raises(TypeError, match="a defect in the reader"):
        AggregationService().consolidate(inbox, month="2026-06")

"""A sent monthly report crosses the storage boundary as a typed report and file list, in the JSON old workspaces hold."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import text

from xa_planner.domain.monthly_report import MonthlyReport
from xa_planner.domain.periods import Period
from xa_planner.domain.sent_file import SentFile
from xa_planner.services.demo_service import create_demo
from xa_planner.storage.report_repository import ReportRepository
from xa_planner.storage.tracking_repository import TrackingRepository

TODAY = dt.date(2026, 6, 20)
MONTH = Period(2026, 6)
DEMO_SENT_MONTH = Period(2026, 4)  # the demo marks its past months sent, without a report
OLD_MANIFEST = [
    {"name": "BC_Xa_Vinh_Thuy_06_2026.pdf", "sha256": "ab" * 32, "bytes": 48213},
    {"name": "BC_Xa_Vinh_Thuy_06_2026.xlsx", "sha256": "cd" * 32, "bytes": 9120},
]
OLD_FILES = (
    SentFile("BC_Xa_Vinh_Thuy_06_2026.pdf", "ab" * 32, 48213),
    SentFile("BC_Xa_Vinh_Thuy_06_2026.xlsx", "cd" * 32, 9120),
)


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "d.xaplan", tasks=20, months=3, today=TODAY) as opened:
        yield opened


def _write_old_sent_copy(workspace, payload: dict) -> None:
    """A sending as the code before the typed boundary stored it: a dict in the JSON column."""
    with workspace.database.session_scope() as session:
        period_id = TrackingRepository(session).period_id(MONTH, create=True)
        session.execute(
            text(
                "INSERT INTO sent_reports (period_id, sent_at, sent_by, file_name, sha256, payload) "
                "VALUES (:period_id, :sent_at, 'cán bộ', 'BC.pdf; BC.xlsx', 'ef', :payload)"
            ),
            {"period_id": period_id, "sent_at": dt.datetime(2026, 6, 21, 9, 30), "payload": json.dumps(payload)},
        )


def _raw_payloads(workspace, period: Period) -> list[str]:
    query = text(
        "SELECT s.payload FROM sent_reports s JOIN periods p ON p.id = s.period_id "
        "WHERE p.year = :year AND p.month = :month ORDER BY s.id"
    )
    with workspace.database.session_scope() as session:
        return list(session.execute(query, {"year": period.year, "month": period.month}).scalars())


def test_a_report_sent_under_the_old_code_reads_back_as_the_same_report_and_files(workspace):
    # Given a month whose report was frozen by the old code as {"report": …, "files": […]}
    old_report = workspace.reports.draft(MONTH, TODAY).to_json()
    _write_old_sent_copy(workspace, {"report": old_report, "files": OLD_MANIFEST})
    # When the repository reads the month's sendings
    with workspace.database.session_scope() as session:
        (sent,) = ReportRepository(session).sent(MONTH)
    # Then the report and the file list come back typed, holding the same values
    assert isinstance(sent.report, MonthlyReport)
    assert sent.report == MonthlyReport.from_json(old_report)
    assert sent.report.to_json() == old_report
    assert sent.files == OLD_FILES
    assert (sent.sent_by, sent.file_name, sent.sha256) == ("cán bộ", "BC.pdf; BC.xlsx", "ef")


def test_a_locked_month_sent_under_the_old_code_exports_its_frozen_report(workspace):
    # Given an old frozen copy whose text differs from today's draft, and the month locked
    frozen = workspace.reports.draft(MONTH, TODAY)
    frozen_json = frozen.to_json() | {"number": "17/BC-CAX"}
    _write_old_sent_copy(workspace, {"report": frozen_json, "files": OLD_MANIFEST})
    with workspace.database.session_scope() as session:
        TrackingRepository(session).set_locked(MONTH, dt.datetime(2026, 6, 21, 9, 30), "cán bộ")
    # When the officer exports the month's report again
    report = workspace.reports.report(MONTH, TODAY)
    # Then it is the frozen copy, not a fresh draft
    assert report.number == "17/BC-CAX"
    assert report.to_json() == frozen_json


def test_marking_a_report_sent_stores_the_old_json_byte_for_byte_and_reads_back_equal(workspace, tmp_path):
    # Given the month's report files
    files = [workspace.reports.export(MONTH, fmt, tmp_path, today=TODAY) for fmt in ("pdf", "xlsx")]
    report = workspace.reports.report(MONTH, TODAY)
    # When the officer marks it sent
    workspace.reports.mark_sent(MONTH, files, today=TODAY)
    # Then the stored payload is exactly what the old code wrote for the same report and files
    manifest = [{"name": f.name, "sha256": _sha256(f), "bytes": f.stat().st_size} for f in files]
    assert _raw_payloads(workspace, MONTH) == [json.dumps({"report": report.to_json(), "files": manifest})]
    # And it reads back as an equal report and the typed file list
    sent = workspace.reports.sent_report(MONTH)
    assert sent.report == report
    assert sent.files == tuple(SentFile(m["name"], m["sha256"], m["bytes"]) for m in manifest)


def test_a_month_sent_without_a_report_keeps_its_old_form_and_has_no_report(workspace):
    # Given the demo's past month, marked sent with an empty manifest and no report
    assert _raw_payloads(workspace, DEMO_SENT_MONTH) == [json.dumps({"files": []})]
    # When it is read
    sent = workspace.reports.sent_report(DEMO_SENT_MONTH)
    # Then it has no report and no file, and exporting the month falls back to the draft as before
    assert sent is not None and sent.report is None and sent.files == ()
    assert workspace.reports.report(DEMO_SENT_MONTH, TODAY) == workspace.reports.draft(DEMO_SENT_MONTH, TODAY)


def test_the_draft_texts_are_a_copy_the_caller_may_change(workspace):
    # Given saved texts of the month
    workspace.reports.save_draft_text(MONTH, {"direction": "Đã chỉ đạo.", "number": "17/BC-CAX"})
    with workspace.database.session_scope() as session:
        reports = ReportRepository(session)
        # When a reader changes the texts it was given
        texts = reports.draft_texts(MONTH)
        texts["direction"] = "changed by a reader"
        # Then the next read still holds what was saved
        assert reports.draft_texts(MONTH) == {"direction": "Đã chỉ đạo.", "number": "17/BC-CAX"}


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()

"""Báo cáo → Báo cáo tháng: edit and save the sections, export the files, write the email, mark it sent."""

from __future__ import annotations

import email

import docx
import pytest

from xa_planner.domain.periods import Period
from xa_planner.exporting.report_tables import status_rows
from xa_planner.gui.main.plan_menu_actions import ExportFolder
from xa_planner.gui.reports.report_dialog import ReportDialog, changed_texts
from xa_planner.gui.reports.report_preview import ReportPreviewDialog
from xa_planner.gui.reports.report_summary_models import (
    ReportIndicatorsTableModel,
    StatusCountsTableModel,
)
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.settings import Settings

MAY = Period(2026, 5)


@pytest.fixture
def dialog(qtbot, translator, demo_workspace, tmp_path, today):
    shown = ReportDialog(demo_workspace.reports, demo_workspace.tracking, ExportFolder(Settings(last_export_dir=str(tmp_path))), today)
    qtbot.addWidget(shown)
    return shown


def _wait(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.is_busy() and not has_background_work(), timeout=60000)


def _export(qtbot, dialog, folder, monkeypatch):
    monkeypatch.setattr(prompts, "choose_export_folder", lambda parent, start: folder)
    dialog._ui.export_button.click()
    _wait(qtbot, dialog)


def test_the_dialog_opens_on_the_month_due_with_the_drafted_texts(dialog, demo_workspace):
    report = demo_workspace.reports.draft(MAY)
    assert dialog.period() == MAY
    assert dialog._ui.results_edit.toPlainText() == "\n".join(report.section("results").paragraphs)
    assert dialog._ui.recipients_edit.toPlainText().splitlines() == list(report.recipients)
    assert dialog._counts.rowCount() == len(status_rows(report)) + 1  # and the total
    total = dialog._counts.index(dialog._counts.rowCount() - 1, 4).data()
    assert total == str(sum(c.count for c in report.status_counts))
    assert dialog._indicators.rowCount() == len(report.indicators)
    assert not dialog.is_read_only()


def test_saving_keeps_only_the_edited_texts(dialog, demo_workspace):
    dialog._ui.proposals_edit.setPlainText("Đề nghị cấp thêm 2 máy quét.")
    dialog._ui.signer_edit.setText("Nguyễn Văn A")

    dialog._ui.save_button.click()

    assert demo_workspace.reports.draft_texts(MAY) == {
        "proposals": "Đề nghị cấp thêm 2 máy quét.", "signer_name": "Nguyễn Văn A"}
    assert dialog._ui.status_label.text() == "Đã lưu nội dung báo cáo."
    assert changed_texts({"a": "x"}, {"a": "x "}, set()) == {}


def test_export_writes_the_checked_formats_with_the_saved_texts(qtbot, dialog, tmp_path, monkeypatch):
    dialog._ui.proposals_edit.setPlainText("Đề nghị cấp thêm 2 máy quét.")
    out = tmp_path / "bc"
    out.mkdir()

    _export(qtbot, dialog, out, monkeypatch)

    assert sorted(p.suffix for p in dialog.written_files()) == [".docx", ".pdf", ".xlsx"]
    assert all(p.parent == out and p.is_file() for p in dialog.written_files())
    text = "\n".join(p.text for p in docx.Document(next(out.glob("*.docx"))).paragraphs)
    assert "Đề nghị cấp thêm 2 máy quét." in text


def test_the_email_attaches_the_exported_files(qtbot, dialog, tmp_path, monkeypatch):
    out = tmp_path / "bc"
    out.mkdir()
    _export(qtbot, dialog, out, monkeypatch)
    offered = []
    monkeypatch.setattr(prompts, "ask_open_email", lambda parent, eml: offered.append(eml))

    dialog._ui.email_button.click()
    _wait(qtbot, dialog)

    (eml,) = offered
    assert eml.parent == out and eml.suffix == ".eml"
    message = email.message_from_bytes(eml.read_bytes())
    assert message["X-Unsent"] == "1"
    attached = sorted(part.get_filename() for part in message.walk() if part.get_filename())
    assert attached == sorted(p.name for p in dialog.written_files())


def test_marking_sent_makes_the_month_read_only(qtbot, dialog, demo_workspace, tmp_path, monkeypatch):
    out = tmp_path / "bc"
    out.mkdir()
    _export(qtbot, dialog, out, monkeypatch)
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": True)

    dialog._ui.sent_button.click()

    assert demo_workspace.tracking.is_locked(MAY) and dialog.marked_sent
    assert dialog.is_read_only() and dialog._ui.direction_edit.isReadOnly()
    assert dialog._ui.state_label.text().startswith("Đã gửi lúc ")
    assert not dialog._ui.save_button.isEnabled() and not dialog._ui.sent_button.isEnabled()


def test_marking_sent_needs_exported_files_first(dialog, monkeypatch):
    told = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, message, title="": told.append(message))

    dialog._ui.sent_button.click()

    assert told and "xuất báo cáo" in told[0]


def test_the_preview_shows_the_report_pdf(qtbot, translator, demo_workspace):
    preview = ReportPreviewDialog(demo_workspace.reports, MAY)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(preview.is_ready, timeout=30000)

    assert preview.windowTitle() == "Xem trước báo cáo tháng"
    assert len(preview.page_images()) >= 1


def test_the_summary_models_pass_the_model_tester(qtmodeltester, translator, demo_workspace):
    report = demo_workspace.reports.draft(MAY)
    counts, indicators = StatusCountsTableModel(), ReportIndicatorsTableModel()
    counts.set_report(report)
    indicators.set_rows(report.indicators)

    qtmodeltester.check(counts)
    qtmodeltester.check(indicators)

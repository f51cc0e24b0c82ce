"""The office sheets' subcommands: write the month's sheets, read the returned ones."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from xa_planner.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageError,
    emit,
    open_from_args,
    parse_month,
)
from xa_planner.domain.status_labels import status_label
from xa_planner.localization import _
from xa_planner.services.sheet_problem_texts import sheet_problem_text, sheet_refusal_text
from xa_planner.services.sheet_views import SheetPreview


def cmd_sheets_export(args: argparse.Namespace) -> int:
    if not args.output:
        raise UsageError(_("cần -o THƯ_MỤC để ghi các phiếu"))
    with open_from_args(args) as workspace:
        files = workspace.sheets.export_month(parse_month(args.month), Path(args.output))
    human = _("Đã xuất {n} phiếu:").format(n=len(files))
    emit(args, {"files": [str(f) for f in files]}, "\n".join([human, *map(str, files)]))
    return EXIT_OK


def cmd_sheets_import(args: argparse.Namespace) -> int:
    expected = parse_month(args.month) if args.month else None
    with open_from_args(args) as workspace:
        preview = workspace.sheets.preview_import([Path(f) for f in args.files], expected)
        summary = None if args.dry_run else workspace.sheets.apply_import(preview)
    payload = {
        "applied": summary is not None,
        "sheets": [sheet_json(s) for s in preview.sheets],
        "summary": summary,
    }
    emit(args, payload, sheets_text(preview, summary))
    for sheet in preview.refused:
        print(f"xa-planner: {_refusal(sheet)}", file=sys.stderr)
    return EXIT_BAD_INPUT if preview.refused else EXIT_OK


def _refusal(sheet: SheetPreview) -> str | None:
    return sheet_refusal_text(sheet.refused) if sheet.refused else None


def sheet_json(sheet) -> dict:
    changes = [
        {
            "task_id": c.task_id,
            "ref": c.ref,
            "old_status": c.old_status,
            "new_status": c.new_status,
            "old_note": c.old_note,
            "new_note": c.new_note,
            "difficulties": c.new_difficulties,
            "proposals": c.new_proposals,
            "completed_on": c.completed_on,
        }
        for c in sheet.changes
    ]
    return {
        "file": sheet.path,
        "office_id": sheet.office_id,
        "office": sheet.office_name,
        "month": sheet.period_key,
        "commune": sheet.commune,
        "plan_id": sheet.plan_id,
        "refused": _refusal(sheet),
        "unchanged": sheet.unchanged,
        "changes": changes,
        "indicators": [
            {
                "indicator_id": c.indicator_id,
                "name": c.name,
                "old_value": c.old_value,
                "new_value": c.new_value,
            }
            for c in sheet.indicator_changes
        ],
        "problems": [
            {"kind": p.kind, "row": p.row, "task_id": p.task_id, "message": sheet_problem_text(p)}
            for p in sheet.problems
        ],
    }


def _month_words(key: str) -> str:
    """"2026-06" as the officer writes it: "06/2026"."""
    year, _sep, month = key.partition("-")
    return f"{month}/{year}" if month else key


def sheets_text(preview, summary) -> str:
    lines = []
    for sheet in preview.accepted:
        lines.append(
            _("{file}: {office}, tháng {month}: {n} thay đổi, {same} không đổi").format(
                file=sheet.file_name,
                office=sheet.office_name,
                month=_month_words(sheet.period_key),
                n=len(sheet.changes) + len(sheet.indicator_changes),
                same=sheet.unchanged,
            )
        )
        for change in sheet.changes:
            old = _(status_label(change.old_status)) if change.old_status else _("(chưa báo cáo)")
            new = _(status_label(change.new_status))
            lines.append(f"  {change.ref or change.task_id}: {old} → {new}")
        lines.extend(f"  ! {sheet_problem_text(problem)}" for problem in sheet.problems)
    if summary is None:
        lines.append(_("Chỉ xem trước (--dry-run): chưa áp dụng gì."))
    else:
        lines.append(
            _("Đã áp dụng {tasks} nhiệm vụ, {values} chỉ tiêu từ {sheets} phiếu.").format(
                tasks=summary.tasks_changed,
                values=summary.indicators_changed,
                sheets=summary.sheets_applied,
            )
        )
    return "\n".join(lines)

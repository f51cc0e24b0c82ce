"""Subcommands from the provincial plan to the commune plan: parse, template import, plan derive."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from xa_planner.cli.output import (
    EXIT_OK,
    emit,
    open_from_args,
    warn,
)
from xa_planner.domain.target_json import targets_to_json
from xa_planner.localization import _, format_date, ngettext
from xa_planner.services.derivation_request import DerivationRequest
from xa_planner.services.plan_warning_texts import plan_warning_text
from xa_planner.services.template_service import parse_plan


def cmd_parse(args: argparse.Namespace) -> int:
    parsed = parse_plan(Path(args.file), on_page=_print_scan_progress)
    payload = parsed.to_json_dict()
    # What the reading noticed (pages left out, repeated numbers…): a field of the JSON, or on
    # stderr beside the human-readable plan, so its output stays the plan alone.
    warnings = [plan_warning_text(warning) for warning in parsed.warnings]
    emit(args, {**payload, "warnings": warnings}, parsed_plan_text(payload))
    _warn_unless_json(args, warnings)
    return EXIT_OK


def _print_scan_progress(done: int, total: int) -> None:
    """A scan is recognised page by page: say how far on stderr, so the output stays clean."""
    message = _("Đang nhận dạng chữ trong bản quét: xong {done}/{total} trang…")
    print(message.format(done=done, total=total), file=sys.stderr, flush=True)


def parsed_plan_text(payload: dict) -> str:
    document = payload["document"]
    lines = [
        _("Văn bản: {number} ngày {date} — {issuer}").format(
            number=document.get("number") or "?",
            date=document.get("date") or "?",
            issuer=document.get("issuer") or "?",
        ),
        document.get("title") or "",
        _("{n} nhiệm vụ:").format(n=len(payload["tasks"])),
    ]
    for task in payload["tasks"]:
        flag = "" if task.get("confidence") != "low" else " [?]"
        lead = ", ".join(task["lead"]) or _("(chưa rõ chủ trì)")
        lines.append(f"  {task['ref']}{flag}  {task['content'][:90]}")
        lines.append(f"      {_('Chủ trì')}: {lead} | {_('Thời gian')}: {task['timeframe'] or '—'}")
    return "\n".join(lines)


def cmd_template_import(args: argparse.Namespace) -> int:
    with open_from_args(args) as workspace:
        outcome = workspace.templates.import_file(Path(args.file))
        template = workspace.templates.template(outcome.template_id)
    warnings = [plan_warning_text(warning) for warning in outcome.warnings]
    payload = {
        "id": outcome.template_id,
        "already_imported": outcome.already_imported,
        "tasks": [template_task_json(t) for t in template.tasks],
        "warnings": warnings,
    }
    human = str(outcome.template_id)
    if outcome.already_imported:
        human = (
            _("Tệp này đã được nhập trước đây (mẫu số {id}).").format(id=outcome.template_id)
            + "\n"
            + human
        )
    emit(args, payload, human)
    _warn_unless_json(args, warnings)
    return EXIT_OK


def _warn_unless_json(args: argparse.Namespace, warnings: list[str]) -> None:
    """Beside human-readable output, what the reading noticed goes to stderr (JSON carries it)."""
    if not getattr(args, "json", False):
        for warning in warnings:
            warn(warning)


def template_task_json(task) -> dict:
    return {
        "ref": task.ref,
        "section": task.section,
        "title": task.title,
        "content": task.content,
        "lead": list(task.lead),
        "support": list(task.support),
        "timeframe": task.timeframe,
        "due": task.due.isoformat() if task.due else None,
        "recurrence": task.recurrence,
        "products": task.products,
        "targets": targets_to_json(task.targets),
    }


def cmd_plan_derive(args: argparse.Namespace) -> int:
    year = args.year or dt.date.today().year
    with open_from_args(args) as workspace:
        request = DerivationRequest(
            int(args.template), year, shift_past_deadlines=not args.keep_past_deadlines
        )
        result = workspace.derivation.create_plan(request)
        assert result.plan_id is not None  # a created plan is stored, so it has its id
        rows = workspace.plans.plan_rows(result.plan_id)
    for warning in result.title_warnings:
        print(f"xa-planner: {warning}", file=sys.stderr)
    if result.past_deadlines:
        print(f"xa-planner: {past_deadlines_text(result, year)}", file=sys.stderr)
    if result.misread:
        misread = _("Chữ có vẻ bị nhận dạng sai (mất dấu) ở {n} mục hoặc nhiệm vụ: {refs}. Hãy sửa trước khi in.")
        print(f"xa-planner: {misread.format(n=len(result.misread), refs=', '.join(result.misread))}", file=sys.stderr)
    payload = {
        "id": result.plan_id,
        "year": year,
        "tasks": [plan_row_json(r) for r in rows],
        "unmapped_units": list(result.unmapped),
        "flags": {ref: list(codes) for ref, codes in result.flags.items()},
        "past_deadlines": [
            {"ref": p.ref, "due": p.due.isoformat(), "moved_to": p.moved_to.isoformat()}
            for p in result.past_deadlines
        ],
        "past_deadlines_moved": result.deadlines_shifted,
        "misread": list(result.misread),
        "province_voice": [  # tasks still worded as the province wrote them, with a commune wording
            {"ref": t.ref, "phrases": list(w.phrases), "suggested": w.text}
            for t in result.plan.tasks
            if t.source_task_id is not None and (w := result.wordings.get(t.source_task_id)) is not None
        ],
    }
    human = _("Đã lập kế hoạch của xã (số {id}) với {n} nhiệm vụ.").format(
        id=result.plan_id, n=len(rows)
    )
    if result.unmapped:
        human += "\n" + _("Đơn vị chưa gán cho cơ quan nào của xã: {units}").format(
            units="; ".join(result.unmapped)
        )
    emit(args, payload, human)
    return EXIT_OK


def past_deadlines_text(result, year: int) -> str:
    """What was done with the deadlines the source set before the plan's year, task by task."""
    count = len(result.past_deadlines)
    if result.deadlines_shifted:
        head = ngettext(
            "Đã dời {n} thời hạn trước năm {year} sang cùng ngày, tháng của năm {year} "
            "(dùng --keep-past-deadlines để giữ nguyên):",
            "Đã dời {n} thời hạn trước năm {year} sang cùng ngày, tháng của năm {year} "
            "(dùng --keep-past-deadlines để giữ nguyên):",
            count,
        )
        items = [f"{p.ref} {format_date(p.due)} → {format_date(p.moved_to)}" for p in result.past_deadlines]
    else:
        head = ngettext(
            "Giữ nguyên {n} thời hạn trước năm {year}; các nhiệm vụ này quá hạn ngay khi lập "
            "kế hoạch:",
            "Giữ nguyên {n} thời hạn trước năm {year}; các nhiệm vụ này quá hạn ngay khi lập "
            "kế hoạch:",
            count,
        )
        items = [f"{p.ref} {format_date(p.due)}" for p in result.past_deadlines]
    return f"{head.format(n=count, year=year)} {'; '.join(items)}"


def plan_row_json(row) -> dict:
    return {
        "ref": row.ref,
        "section": row.section_title,
        "content": row.content,
        "lead": row.lead_office or None,
        "support": list(row.support_offices),
        "due": row.due.isoformat() if row.due else None,
        "recurrence": row.recurrence,
        "timeframe": row.timeframe,
        "products": row.products,
        "directing_docs": row.directing_docs,
        "targets": row.targets,
        "source_ref": row.source_ref,
    }

"""Subcommands that write the month's and the plan's documents: export, aggregate."""

from __future__ import annotations

import argparse
from pathlib import Path

from xa_planner.cli.output import (
    EXIT_OK,
    UsageError,
    collector_paused,
    emit,
    open_from_args,
    parse_month,
    warn,
)
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput


def cmd_export(args: argparse.Namespace) -> int:
    if not args.output:
        raise UsageError(_("cần -o TỆP hoặc thư mục để ghi"))
    if args.what == "report":
        return export_report(args)
    if args.format == "eml":
        raise UsageError(_("chỉ báo cáo tháng mới xuất được dạng thư điện tử (.eml)"))
    if args.what == "plan" and args.format == "xlsx":
        raise UsageError(_("kế hoạch xuất được dạng pdf hoặc docx; bảng phụ lục mới có dạng xlsx"))
    plan_id = int(args.plan) if args.plan else None
    with collector_paused(), open_from_args(args) as workspace:
        written = workspace.plan_export.export(plan_id, args.what, args.format, Path(args.output))
        warn(workspace.plan_export.signer_warning(args.what))
    emit(args, {"path": str(written)}, _("Đã xuất {path}.").format(path=written))
    return EXIT_OK


def export_report(args: argparse.Namespace) -> int:
    if not args.month:
        raise UsageError(_("cần --month YYYY-MM cho báo cáo tháng"))
    period = parse_month(args.month)
    with collector_paused(), open_from_args(args) as workspace:
        written = workspace.reports.export(period, args.format, Path(args.output))
        warn(workspace.reports.signer_warning(period))
    emit(args, {"path": str(written)}, _("Đã xuất {path}.").format(path=written))
    return EXIT_OK


def cmd_aggregate(args: argparse.Namespace) -> int:
    # The consolidation reads and writes workbooks: openpyxl loads only for this command.
    from xa_planner.services.aggregation_service import AggregationService

    if args.month:
        parse_month(args.month)
    expected = expected_communes(args.expected) if args.expected else ()
    result = AggregationService().aggregate(
        [Path(p) for p in args.inputs], Path(args.output), month=args.month, expected=expected
    )
    report = result.report
    payload = {
        "path": str(result.output),
        "reported": [
            {"commune": s.commune, "month": s.month, "file": s.file_name, "on_time": s.on_time}
            for s in report.submissions
        ],
        "missing": list(report.missing),
        "problems": [{"file": f, "problem": p} for f, p in report.problems],
    }
    human = _("Đã tổng hợp {n} báo cáo vào {path}; {m} xã chưa báo cáo; {p} tệp có vấn đề.").format(
        n=len(report.submissions), path=result.output, m=len(report.missing), p=len(report.problems)
    )
    lines = [human] + [f"  {f}: {p}" for f, p in report.problems]
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def expected_communes(path: str) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(_("Không đọc được danh sách xã {path}.").format(path=path)) from exc
    return [line.strip() for line in text.splitlines() if line.strip()]

"""The command line: the desktop app with no subcommand, headless subcommands otherwise.

Each subcommand calls one service and prints a human-readable result, or JSON with
``--json``.  Errors go to stderr as one line: exit code 3 for bad input, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import sys
from collections.abc import Callable
from pathlib import Path

from xa_planner import __version__, paths, settings
from xa_planner.localization import _, set_language

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line on stderr, exit code 2
        raise UsageError(message)


def _to_jsonable(value):
    if dataclasses.is_dataclass(value):
        return {k: _to_jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def emit(args: argparse.Namespace, payload, human: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(_to_jsonable(payload), ensure_ascii=False, indent=2))
    else:
        print(human)


def _workspace_path(args: argparse.Namespace) -> Path:
    return Path(args.workspace) if args.workspace else paths.default_workspace()


def cmd_init(args: argparse.Namespace) -> int:
    from xa_planner.services.workspace_service import create_empty

    with create_empty(Path(args.path), args.commune or "", args.province or "") as workspace:
        offices = workspace.commune.offices()
        emit(
            args,
            {"path": str(workspace.path), "offices": [o.full_name for o in offices]},
            _("Đã tạo dữ liệu mới {path} với {n} đơn vị.").format(
                path=workspace.path, n=len(offices)
            ),
        )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from xa_planner.services.demo_service import create_demo

    with create_demo(
        Path(args.path), tasks=args.tasks, offices=args.offices, months=args.months
    ) as workspace:
        plan = workspace.plans.current_plan()
        payload = {
            "path": str(workspace.path),
            "plan_id": plan.id,
            "tasks": plan.task_count,
            "offices": args.offices,
            "months": args.months,
        }
        emit(
            args,
            payload,
            _(
                "Đã tạo dữ liệu mẫu {path}: {tasks} nhiệm vụ, {offices} đơn vị, "
                "{months} tháng theo dõi."
            ).format(**payload),
        )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from xa_planner.services.workspace_service import open_workspace

    with open_workspace(_workspace_path(args)) as workspace:
        if args.output:
            target = workspace.maintenance.backup_to(Path(args.output))
            emit(args, {"path": str(target)}, _("Đã sao lưu vào {path}.").format(path=target))
            return EXIT_OK
        made = workspace.maintenance.backup_now("manual")
        emit(
            args,
            {"path": str(made.path), "size_bytes": made.size_bytes},
            _("Đã sao lưu vào {path}.").format(path=made.path),
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from xa_planner.services.workspace_service import open_workspace

    with open_workspace(_workspace_path(args)) as workspace:
        report = workspace.maintenance.check()
    human = (
        _("Dữ liệu toàn vẹn, không có lỗi.")
        if report.ok
        else _("Phát hiện lỗi dữ liệu: {detail}").format(detail=report.integrity)
    )
    emit(args, report, human)
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_parse(args: argparse.Namespace) -> int:
    from xa_planner.services.template_service import parse_plan

    parsed = parse_plan(Path(args.file))
    payload = parsed.to_json_dict()
    if args.json:
        emit(args, payload, "")
        return EXIT_OK
    print(_parsed_plan_text(payload))
    return EXIT_OK


def _parsed_plan_text(payload: dict) -> str:
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
    from xa_planner.services.workspace_service import open_workspace

    with open_workspace(_workspace_path(args)) as workspace:
        outcome = workspace.templates.import_file(Path(args.file))
        template = workspace.templates.template(outcome.template_id)
    if args.json:
        tasks = [_template_task_json(t) for t in template.tasks]
        emit(
            args,
            {
                "id": outcome.template_id,
                "already_imported": outcome.already_imported,
                "tasks": tasks,
            },
            "",
        )
    elif outcome.already_imported:
        print(_("Tệp này đã được nhập trước đây (mẫu số {id}).").format(id=outcome.template_id))
        print(outcome.template_id)
    else:
        print(outcome.template_id)
    return EXIT_OK


def _template_task_json(task) -> dict:
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
        "targets": _to_jsonable(list(task.targets)),
    }


def cmd_plan_derive(args: argparse.Namespace) -> int:
    from xa_planner.services.workspace_service import open_workspace

    year = args.year or dt.date.today().year
    with open_workspace(_workspace_path(args)) as workspace:
        result = workspace.derivation.create_plan(int(args.template), year=year)
        rows = workspace.plans.plan_rows(result.plan_id)
    tasks = [_plan_row_json(row) for row in rows]
    flags = {ref: list(codes) for ref, codes in result.flags.items()}
    payload = {
        "id": result.plan_id,
        "year": year,
        "tasks": tasks,
        "unmapped_units": list(result.unmapped),
        "flags": flags,
    }
    human = _("Đã lập kế hoạch của xã (số {id}) với {n} nhiệm vụ.").format(
        id=result.plan_id, n=len(tasks)
    )
    if result.unmapped:
        human += "\n" + _("Đơn vị chưa gán cho cơ quan nào của xã: {units}").format(
            units="; ".join(result.unmapped)
        )
    emit(args, payload, human)
    return EXIT_OK


def _plan_row_json(row) -> dict:
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


def cmd_export(args: argparse.Namespace) -> int:
    from xa_planner.services.workspace_service import open_workspace

    if not args.output:
        raise UsageError(_("cần -o TỆP hoặc thư mục để ghi"))
    if args.what == "report":
        return _export_report(args)
    plan_id = int(args.plan) if args.plan else None
    with open_workspace(_workspace_path(args)) as workspace:
        written = workspace.plan_export.export(plan_id, args.what, args.format, Path(args.output))
    emit(args, {"path": str(written)}, _("Đã xuất {path}.").format(path=written))
    return EXIT_OK


def _export_report(args: argparse.Namespace) -> int:
    from xa_planner.domain.periods import Period
    from xa_planner.services.workspace_service import open_workspace

    if not args.month:
        raise UsageError(_("cần --month YYYY-MM cho báo cáo tháng"))
    try:
        period = Period.parse(args.month)
    except ValueError as exc:
        raise UsageError(_("tháng phải có dạng YYYY-MM, ví dụ 2026-06")) from exc
    with open_workspace(_workspace_path(args)) as workspace:
        written = workspace.reports.export(period, args.format, Path(args.output))
    emit(args, {"path": str(written)}, _("Đã xuất {path}.").format(path=written))
    return EXIT_OK


def cmd_aggregate(args: argparse.Namespace) -> int:
    from xa_planner.domain.periods import Period
    from xa_planner.services.aggregation_service import AggregationService

    if args.month:
        try:
            Period.parse(args.month)
        except ValueError as exc:
            raise UsageError(_("tháng phải có dạng YYYY-MM, ví dụ 2026-06")) from exc
    expected = _expected_communes(args.expected) if args.expected else ()
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


def _expected_communes(path: str) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        from xa_planner.services.errors import InvalidInput

        raise InvalidInput(_("Không đọc được danh sách xã {path}.").format(path=path)) from exc
    return [line.strip() for line in text.splitlines() if line.strip()]


def _month(text: str):
    from xa_planner.domain.periods import Period

    try:
        return Period.parse(text)
    except ValueError as exc:
        raise UsageError(_("tháng phải có dạng YYYY-MM, ví dụ 2026-06")) from exc


def cmd_sheets_export(args: argparse.Namespace) -> int:
    from xa_planner.services.workspace_service import open_workspace

    if not args.output:
        raise UsageError(_("cần -o THƯ_MỤC để ghi các phiếu"))
    with open_workspace(_workspace_path(args)) as workspace:
        files = workspace.sheets.export_month(_month(args.month), Path(args.output))
    human = _("Đã xuất {n} phiếu:").format(n=len(files))
    emit(args, {"files": [str(f) for f in files]}, "\n".join([human, *map(str, files)]))
    return EXIT_OK


def cmd_sheets_import(args: argparse.Namespace) -> int:
    from xa_planner.services.workspace_service import open_workspace

    expected = _month(args.month) if args.month else None
    with open_workspace(_workspace_path(args)) as workspace:
        preview = workspace.sheets.preview_import([Path(f) for f in args.files], expected)
        summary = None if args.dry_run else workspace.sheets.apply_import(preview)
    payload = {
        "applied": summary is not None,
        "sheets": [_sheet_json(s) for s in preview.sheets],
        "summary": summary,
    }
    emit(args, payload, _sheets_text(preview, summary))
    for sheet in preview.refused:
        print(f"xa-planner: {sheet.refused}", file=sys.stderr)
    return EXIT_BAD_INPUT if preview.refused else EXIT_OK


def _sheet_json(sheet) -> dict:
    changes = [
        {
            "task_id": c.task_id, "ref": c.ref, "old_status": c.old_status,
            "new_status": c.new_status, "old_note": c.old_note, "new_note": c.new_note,
            "difficulties": c.new_difficulties, "proposals": c.new_proposals,
            "completed_on": c.completed_on,
        }
        for c in sheet.changes
    ]
    return {
        "file": sheet.path, "office_id": sheet.office_id, "office": sheet.office_name,
        "month": sheet.period_key, "commune": sheet.commune, "plan_id": sheet.plan_id,
        "refused": sheet.refused, "unchanged": sheet.unchanged, "changes": changes,
        "indicators": [
            {"indicator_id": c.indicator_id, "name": c.name, "old_value": c.old_value,
             "new_value": c.new_value}
            for c in sheet.indicator_changes
        ],
        "problems": [
            {"kind": p.kind, "row": p.row, "task_id": p.task_id, "message": p.message}
            for p in sheet.problems
        ],
    }


def _sheets_text(preview, summary) -> str:
    lines = []
    for sheet in preview.accepted:
        lines.append(_("{file}: {office}, tháng {month}: {n} thay đổi, {same} không đổi").format(
            file=sheet.file_name, office=sheet.office_name, month=sheet.period_key,
            n=len(sheet.changes) + len(sheet.indicator_changes), same=sheet.unchanged))
        for change in sheet.changes:
            old = change.old_status.value if change.old_status else "—"
            lines.append(f"  {change.ref or change.task_id}: {old} → {change.new_status.value}")
        lines.extend(f"  ! {problem.message}" for problem in sheet.problems)
    if summary is None:
        lines.append(_("Chỉ xem trước (--dry-run): chưa áp dụng gì."))
    else:
        lines.append(_("Đã áp dụng {tasks} nhiệm vụ, {values} chỉ tiêu từ {sheets} phiếu.").format(
            tasks=summary.tasks_changed, values=summary.indicators_changed,
            sheets=summary.sheets_applied))
    return "\n".join(lines)


def cmd_gui(args: argparse.Namespace) -> int:
    # Qt is imported only for the desktop app, so headless subcommands start fast.
    from xa_planner.app import run_gui

    workspace = Path(args.workspace) if args.workspace else None
    screenshot = Path(args.screenshot) if args.screenshot else None
    return run_gui(workspace, smoke_test=args.smoke_test, screenshot=screenshot)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="xa-planner", description=_("Lập kế hoạch và theo dõi Đề án 06 cấp xã."))
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--workspace", help=_("tệp dữ liệu cần mở"))
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=_("mở cửa sổ chính với dữ liệu rồi thoát (kiểm tra cài đặt)"),
    )
    parser.add_argument("--screenshot", help=_("lưu ảnh cửa sổ chính (cùng --smoke-test)"))
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    _add(
        sub,
        "init",
        cmd_init,
        _("tạo dữ liệu trống với các đơn vị chuẩn"),
        [("path",), ("--commune",), ("--province",)],
    )
    demo = _add(sub, "demo", cmd_demo, _("tạo dữ liệu mẫu"), [("path",)])
    demo.add_argument("--tasks", type=int, default=60)
    demo.add_argument("--offices", type=int, default=14)
    demo.add_argument("--months", type=int, default=3)
    _add(sub, "backup", cmd_backup, _("sao lưu dữ liệu"), [("--workspace",), ("-o", "--output")])
    _add(sub, "check", cmd_check, _("kiểm tra toàn vẹn dữ liệu"), [("--workspace",)])
    _add(sub, "parse", cmd_parse, _("đọc kế hoạch của tỉnh và in các nhiệm vụ"), [("file",)])
    template = sub.add_parser("template", help=_("kế hoạch của tỉnh lưu làm mẫu"))
    template_sub = template.add_subparsers(
        dest="template_command", parser_class=_Parser, required=True
    )
    _add(
        template_sub,
        "import",
        cmd_template_import,
        _("nhập kế hoạch của tỉnh làm mẫu"),
        [("--workspace",), ("file",)],
    )
    plan = sub.add_parser("plan", help=_("kế hoạch của xã"))
    plan_sub = plan.add_subparsers(dest="plan_command", parser_class=_Parser, required=True)
    derive = _add(
        plan_sub,
        "derive",
        cmd_plan_derive,
        _("lập kế hoạch của xã từ mẫu của tỉnh"),
        [("--workspace",)],
    )
    derive.add_argument("--template", required=True, type=int)
    derive.add_argument("--year", type=int)
    export = _add(sub, "export", cmd_export, _("xuất kế hoạch hoặc phụ lục ra tệp"),
                  [("--workspace",), ("--plan",), ("-o", "--output")])
    export.add_argument("what", choices=("plan", "appendix", "report"))
    export.add_argument("--format", required=True, choices=("pdf", "docx", "xlsx", "eml"))
    export.add_argument("--month", help=_("tháng báo cáo, dạng YYYY-MM"))
    export.set_defaults(output=None)
    aggregate = _add(
        sub,
        "aggregate",
        cmd_aggregate,
        _("tổng hợp báo cáo tháng của nhiều xã vào một tệp .xlsx"),
        [("--month",), ("--expected",)],
    )
    aggregate.add_argument("inputs", nargs="+", help=_("tệp .xlsx hoặc thư mục chứa báo cáo"))
    aggregate.add_argument("-o", "--output", required=True)
    _add_sheets(sub)
    return parser


def _add_sheets(sub) -> None:
    sheets = sub.add_parser("sheets", help=_("phiếu báo cáo gửi các đơn vị"))
    sheets_sub = sheets.add_subparsers(dest="sheets_command", parser_class=_Parser, required=True)
    out = _add(sheets_sub, "export", cmd_sheets_export, _("xuất phiếu của tháng cho các đơn vị"),
               [("--workspace",), ("-o", "--output")])
    out.add_argument("--month", required=True)
    back = _add(sheets_sub, "import", cmd_sheets_import, _("nhập phiếu các đơn vị gửi lại"),
                [("--workspace",)])
    back.add_argument("files", nargs="+", help=_("các tệp phiếu .xlsx đã điền"))
    back.add_argument("--dry-run", action="store_true", help=_("chỉ xem trước, không áp dụng"))
    back.add_argument("--month", help=_("chỉ nhận phiếu của tháng này (YYYY-MM)"))


def _add(sub, name: str, handler: Callable, help_text: str, arguments: list[tuple[str, ...]]):
    command = sub.add_parser(name, help=help_text)
    for names in arguments:
        command.add_argument(*names)
    command.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    command.set_defaults(handler=handler)
    return command


def main(argv: list[str] | None = None) -> int:
    from xa_planner.services.errors import InvalidInput, NotFound, ServiceError

    user_settings = settings.load(paths.config_dir() / "settings.json")
    set_language(user_settings.language if user_settings.language in ("vi", "en") else "vi")
    try:
        args = build_parser().parse_args(argv)
        return args.handler(args)
    except UsageError as exc:
        print(f"xa-planner: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (InvalidInput, NotFound, FileNotFoundError) as exc:
        print(f"xa-planner: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ServiceError as exc:
        print(f"xa-planner: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT if _is_input_error(exc) else EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as exc:  # a defect: one line for the user, the traceback in the log
        log = _log_crash()
        print(
            _("xa-planner: lỗi không mong đợi ({kind}); chi tiết ghi ở {log}").format(
                kind=type(exc).__name__, log=log
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED


def _log_crash() -> Path:
    import traceback

    log = paths.log_dir() / "crash.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat()} {__version__}\n")
            handle.write(traceback.format_exc())
    except OSError:
        pass
    return log


def _is_input_error(exc: Exception) -> bool:
    from xa_planner.services.errors import WorkspaceError

    return isinstance(exc, WorkspaceError)

"""Subcommands over a whole workspace: init, demo, backup, restore, check, and the desktop app."""

from __future__ import annotations

import argparse
from pathlib import Path

from xa_planner.cli.output import (
    EXIT_FAILED,
    EXIT_OK,
    add_command,
    emit,
    open_from_args,
    workspace_path,
)
from xa_planner.localization import _
from xa_planner.services.demo_service import create_demo
from xa_planner.services.workspace_service import (
    create_empty,
    restore_workspace,
)


def cmd_init(args: argparse.Namespace) -> int:
    with create_empty(Path(args.path), args.commune or "", args.province or "") as workspace:
        offices = workspace.commune.offices()
        human = _("Đã tạo dữ liệu mới {path} với {n} đơn vị.").format(
            path=workspace.path, n=len(offices)
        )
        emit(args, {"path": str(workspace.path), "offices": [o.full_name for o in offices]}, human)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
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
        human = _(
            "Đã tạo dữ liệu mẫu {path}: {tasks} nhiệm vụ, {offices} đơn vị, "
            "{months} tháng theo dõi."
        ).format(**payload)
        emit(args, payload, human)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with open_from_args(args) as workspace:
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
    with open_from_args(args) as workspace:
        report = workspace.maintenance.check()
    human = (
        _("Dữ liệu toàn vẹn, không có lỗi.")
        if report.ok
        else _("Phát hiện lỗi dữ liệu: {detail}").format(detail=report.integrity)
    )
    emit(args, report, human)
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_restore(args: argparse.Namespace) -> int:
    result = restore_workspace(
        workspace_path(args), Path(args.backup) if args.backup else None
    )
    human = _("Đã khôi phục {path} từ bản sao lưu {backup}.").format(
        path=result.path, backup=result.backup
    )
    if result.kept is not None:
        human += " " + _("Tệp trước khi khôi phục được giữ ở {kept}.").format(kept=result.kept)
    emit(args, result, human)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    # Qt is imported only for the desktop app, so headless subcommands start fast.
    from xa_planner.app import run_gui

    workspace = Path(args.workspace) if args.workspace else None
    screenshot = Path(args.screenshot) if args.screenshot else None
    return run_gui(workspace, smoke_test=args.smoke_test, screenshot=screenshot)


def register(sub) -> None:
    add_command(
        sub,
        "init",
        cmd_init,
        _("tạo dữ liệu trống với các đơn vị chuẩn"),
        [("path",), ("--commune",), ("--province",)],
    )
    demo = add_command(sub, "demo", cmd_demo, _("tạo dữ liệu mẫu"), [("path",)])
    demo.add_argument("--tasks", type=int, default=60)
    demo.add_argument("--offices", type=int, default=14)
    demo.add_argument("--months", type=int, default=3)
    add_command(
        sub, "backup", cmd_backup, _("sao lưu dữ liệu"), [("--workspace",), ("-o", "--output")]
    )
    add_command(sub, "check", cmd_check, _("kiểm tra toàn vẹn dữ liệu"), [("--workspace",)])
    add_command(
        sub,
        "restore",
        cmd_restore,
        _("khôi phục dữ liệu từ bản sao lưu (mặc định: bản tốt gần nhất)"),
        [("--workspace",), ("--backup",)],
    )

"""Subcommands over a whole workspace: init, demo, backup, restore, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from xa_planner.cli.output import (
    EXIT_FAILED,
    EXIT_OK,
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
        assert plan is not None, "a demo workspace is created with its plan"
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
    assert made is not None, "only an automatic backup is ever skipped"
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

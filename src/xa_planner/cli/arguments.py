"""Every subcommand's arguments, with its handler named by module so it loads only when it runs."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from xa_planner.cli.output import CliParser
from xa_planner.localization import _
from xa_planner.services.errors import WorkspaceCorrupt

Handler = Callable[[argparse.Namespace], int]


def deferred(handler: str) -> Handler:
    """The handler "module.function" of xa_planner.cli, imported when the command runs.

    The command modules import the services (and through them SQLAlchemy, the exporters…);
    --help and the usage errors argparse finds never pay for them.
    """
    module_name, _dot, function_name = handler.rpartition(".")

    def run(args: argparse.Namespace) -> int:
        module = importlib.import_module(f"xa_planner.cli.{module_name}")
        command: Handler = getattr(module, function_name)
        return command(args)

    return run


def add_command(
    sub: argparse._SubParsersAction, name: str, handler: str, help_text: str,
    arguments: list[tuple[str, ...]],
) -> argparse.ArgumentParser:
    """Add subcommand *name* with *arguments* (plus --database-url beside --workspace, --json)."""
    command = sub.add_parser(name, help=help_text)
    for names in arguments:
        command.add_argument(*names)
    if ("--workspace",) in arguments:
        command.add_argument(
            "--database-url",
            help=_(
                "cơ sở dữ liệu dùng chung (PostgreSQL) thay cho tệp dữ liệu; mật khẩu lấy từ "
                "biến môi trường PGPASSWORD hoặc tệp .pgpass"
            ),
        )
    command.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    command.set_defaults(handler=_naming_the_restore_command(deferred(handler)))
    return command


def _naming_the_restore_command(handler: Handler) -> Handler:
    """Wrap *handler* so a damaged workspace's message ends with the command that restores it."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except WorkspaceCorrupt as exc:
            if exc.backup is None or exc.path is None:
                raise
            hint = _("Khôi phục bằng lệnh: xa-planner restore --workspace \"{path}\"").format(
                path=exc.path
            )
            raise WorkspaceCorrupt(f"{exc} {hint}", exc.path, exc.backup) from exc

    return run


def register_workspace_commands(sub: argparse._SubParsersAction) -> None:
    add_command(
        sub,
        "init",
        "workspace_commands.cmd_init",
        _("tạo dữ liệu trống với các đơn vị chuẩn"),
        [("path",), ("--commune",), ("--province",)],
    )
    demo = add_command(sub, "demo", "workspace_commands.cmd_demo", _("tạo dữ liệu mẫu"), [("path",)])
    demo.add_argument("--tasks", type=int, default=60)
    demo.add_argument("--offices", type=int, default=14)
    demo.add_argument("--months", type=int, default=3)
    add_command(
        sub,
        "backup",
        "workspace_commands.cmd_backup",
        _("sao lưu dữ liệu"),
        [("--workspace",), ("-o", "--output")],
    )
    add_command(
        sub,
        "check",
        "workspace_commands.cmd_check",
        _("kiểm tra toàn vẹn dữ liệu"),
        [("--workspace",)],
    )
    add_command(
        sub,
        "restore",
        "workspace_commands.cmd_restore",
        _("khôi phục dữ liệu từ bản sao lưu (mặc định: bản tốt gần nhất)"),
        [("--workspace",), ("--backup",)],
    )


def register_plan_commands(sub: argparse._SubParsersAction) -> None:
    add_command(
        sub,
        "parse",
        "plan_commands.cmd_parse",
        _("đọc kế hoạch của tỉnh và in các nhiệm vụ"),
        [("file",)],
    )
    template = sub.add_parser("template", help=_("kế hoạch của tỉnh lưu làm mẫu"))
    template_sub = template.add_subparsers(
        dest="template_command", parser_class=CliParser, required=True
    )
    add_command(
        template_sub,
        "import",
        "plan_commands.cmd_template_import",
        _("nhập kế hoạch của tỉnh làm mẫu"),
        [("--workspace",), ("file",)],
    )
    plan = sub.add_parser("plan", help=_("kế hoạch của xã"))
    plan_sub = plan.add_subparsers(dest="plan_command", parser_class=CliParser, required=True)
    derive = add_command(
        plan_sub,
        "derive",
        "plan_commands.cmd_plan_derive",
        _("lập kế hoạch của xã từ mẫu của tỉnh"),
        [("--workspace",)],
    )
    _add_derive_arguments(derive)


def _add_derive_arguments(derive: argparse.ArgumentParser) -> None:
    derive.add_argument("--template", required=True, type=int)
    derive.add_argument("--year", type=int)
    past = derive.add_mutually_exclusive_group()
    past.add_argument(
        "--shift-past-deadlines",
        dest="keep_past_deadlines",
        action="store_false",
        help=_(
            "dời các thời hạn trước năm kế hoạch sang cùng ngày, tháng của năm kế hoạch "
            "(mặc định)"
        ),
    )
    past.add_argument(
        "--keep-past-deadlines",
        dest="keep_past_deadlines",
        action="store_true",
        help=_("giữ nguyên các thời hạn trước năm kế hoạch (các nhiệm vụ đó quá hạn ngay)"),
    )
    derive.set_defaults(keep_past_deadlines=False)  # a plan starts with no task overdue


def register_month_commands(sub: argparse._SubParsersAction) -> None:
    export = add_command(
        sub,
        "export",
        "month_commands.cmd_export",
        _("xuất kế hoạch, phụ lục hoặc báo cáo tháng"),
        [("--workspace",), ("--plan",), ("-o", "--output")],
    )
    export.add_argument("what", choices=("plan", "appendix", "report"))
    export.add_argument("--format", required=True, choices=("pdf", "docx", "xlsx", "eml"))
    export.add_argument("--month", help=_("tháng báo cáo, dạng YYYY-MM"))
    aggregate = add_command(
        sub,
        "aggregate",
        "month_commands.cmd_aggregate",
        _("tổng hợp báo cáo tháng của nhiều xã vào một tệp .xlsx"),
        [("--month",), ("--expected",)],
    )
    aggregate.add_argument("inputs", nargs="+", help=_("tệp .xlsx hoặc thư mục chứa báo cáo"))
    aggregate.add_argument("-o", "--output", required=True)
    _register_sheets_commands(sub)


def _register_sheets_commands(sub: argparse._SubParsersAction) -> None:
    sheets = sub.add_parser("sheets", help=_("phiếu báo cáo gửi các đơn vị"))
    sheets_sub = sheets.add_subparsers(dest="sheets_command", parser_class=CliParser, required=True)
    out = add_command(
        sheets_sub,
        "export",
        "sheet_commands.cmd_sheets_export",
        _("xuất phiếu của tháng cho các đơn vị"),
        [("--workspace",), ("-o", "--output")],
    )
    out.add_argument("--month", required=True)
    back = add_command(
        sheets_sub,
        "import",
        "sheet_commands.cmd_sheets_import",
        _("nhập phiếu các đơn vị gửi lại"),
        [("--workspace",)],
    )
    back.add_argument("files", nargs="+", help=_("các tệp phiếu .xlsx đã điền"))
    back.add_argument("--dry-run", action="store_true", help=_("chỉ xem trước, không áp dụng"))
    back.add_argument("--month", help=_("chỉ nhận phiếu của tháng này (YYYY-MM)"))

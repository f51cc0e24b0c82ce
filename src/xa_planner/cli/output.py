"""What every subcommand shares: exit codes, usage errors, JSON output, common arguments."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Callable
from pathlib import Path

from xa_planner import paths, settings
from xa_planner.domain.periods import Period
from xa_planner.localization import _
from xa_planner.services.errors import WorkspaceCorrupt
from xa_planner.services.workspace_service import open_shared_workspace, open_workspace

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


class CliParser(argparse.ArgumentParser):
    def error(self, message: str):  # one line on stderr, exit code 2
        raise UsageError(message)


def to_jsonable(value):
    if dataclasses.is_dataclass(value):
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def emit(args: argparse.Namespace, payload, human: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(to_jsonable(payload), ensure_ascii=False, indent=2))
    else:
        print(human)


def workspace_path(args: argparse.Namespace) -> Path:
    return Path(args.workspace) if args.workspace else paths.default_workspace()


def shared_database_url(args: argparse.Namespace) -> str:
    """The shared database to use: --database-url, else (without --workspace) the settings' one.

    Empty when the command works on a workspace file. The password comes from the URL, from
    PGPASSWORD or from the user's .pgpass file (PostgreSQL's own places), never from settings.
    """
    given = getattr(args, "database_url", None)
    if given:
        return given
    if getattr(args, "workspace", None):
        return ""
    return settings.load(paths.config_dir() / "settings.json").database_url


def open_from_args(args: argparse.Namespace):
    """The workspace a command works on: the shared database when one is named, else the file."""
    url = shared_database_url(args)
    if url:
        return open_shared_workspace(url)
    return open_workspace(workspace_path(args))


def parse_month(text: str):
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise UsageError(_("tháng phải có dạng YYYY-MM, ví dụ 2026-06")) from exc


def add_command(
    sub, name: str, handler: Callable, help_text: str, arguments: list[tuple[str, ...]]
):
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
    command.set_defaults(handler=_naming_the_restore_command(handler))
    return command


def _naming_the_restore_command(handler: Callable) -> Callable:
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

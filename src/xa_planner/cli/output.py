"""What every subcommand shares: exit codes, usage errors, JSON output, the workspace to open.

Light on purpose: the parser is built from this module, so it imports no service at load time.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import enum
import gc
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from xa_planner import paths, settings
from xa_planner.domain.periods import Period
from xa_planner.localization import _

if TYPE_CHECKING:
    from xa_planner.services.workspace_service import Workspace

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


class CliParser(argparse.ArgumentParser):
    def error(self, message: str):  # one line on stderr, exit code 2
        raise UsageError(message)


def to_jsonable(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
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


def warn(message: str) -> None:
    """A warning on stderr that does not fail the command (nothing when *message* is empty)."""
    if message:
        print(f"xa-planner: {message}", file=sys.stderr)


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


def open_from_args(args: argparse.Namespace) -> Workspace:
    """The workspace a command works on: the shared database when one is named, else the file."""
    # The services load here, once a command really opens a workspace: --help and the usage
    # errors found before this point answer without them. A workspace file is opened and read
    # without SQLAlchemy; the shared database needs it from the start.
    url = shared_database_url(args)
    if url:
        from xa_planner.services.shared_workspace import open_shared_workspace

        return open_shared_workspace(url)
    from xa_planner.services.workspace_service import open_workspace

    return open_workspace(workspace_path(args))


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector off while one document is built and written.

    A document's objects (rows, cells, styles, flowables) all live until it is saved: collecting
    while it is built frees nothing and cost about a tenth of an export. Only for work of a
    bounded size: reading many files (a consolidation) keeps its collector.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_month(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise UsageError(_("tháng phải có dạng YYYY-MM, ví dụ 2026-06")) from exc

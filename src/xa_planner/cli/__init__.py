"""The command line: the desktop app with no subcommand, headless subcommands otherwise.

Each subcommand calls one service and prints a human-readable result, or JSON with
``--json``.  Errors go to stderr as one line: exit code 3 for bad input, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import gc
import sys

from xa_planner import __version__, paths, settings
from xa_planner.cli.arguments import (
    deferred,
    register_month_commands,
    register_plan_commands,
    register_workspace_commands,
)
from xa_planner.cli.output import (  # noqa: F401
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliParser,
    UsageError,
)
from xa_planner.localization import _, set_language
from xa_planner.services.errors import InvalidInput, NotFound, ServiceError, WorkspaceError


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, built from light modules: no service loads until a command runs."""
    parser = CliParser(
        prog="xa-planner", description=_("Lập kế hoạch và theo dõi Đề án 06 cấp xã.")
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--workspace", help=_("tệp dữ liệu cần mở"))
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=_("mở cửa sổ chính với dữ liệu rồi thoát (kiểm tra cài đặt)"),
    )
    parser.add_argument("--screenshot", help=_("lưu ảnh cửa sổ chính (cùng --smoke-test)"))
    parser.set_defaults(handler=deferred("desktop_command.cmd_gui"))
    sub = parser.add_subparsers(dest="command", parser_class=CliParser)
    for register in (register_workspace_commands, register_plan_commands, register_month_commands):
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    user_settings = settings.load(paths.config_dir() / "settings.json")
    set_language(user_settings.language if user_settings.language in ("vi", "en") else "vi")
    try:
        args = build_parser().parse_args(argv)
        return args.handler(args)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (InvalidInput, NotFound, WorkspaceError, FileNotFoundError) as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except ServiceError as exc:
        return _fail(str(exc), EXIT_FAILED)
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as exc:  # a defect: one line for the user, the traceback in the log
        from xa_planner import diagnostics  # the log's machinery loads once something broke

        logged = diagnostics.configure_logging()
        diagnostics.log_unexpected(exc, "xa-planner " + " ".join(sys.argv[1:] if argv is None else argv))
        return _fail(
            _("lỗi không mong đợi ({kind}); chi tiết ghi ở {log}").format(
                kind=type(exc).__name__, log=logged or _("(không ghi được nhật ký)")
            ),
            EXIT_FAILED,
        )


def process_main() -> int:
    """The process's entry point (``xa-planner``, ``python -m xa_planner``, the Windows bundle).

    Once the command has returned, everything is written and closed and the process only exits:
    freezing the garbage collector spares the interpreter a last full collection of the object
    graphs the command built (SQLAlchemy's, openpyxl's, reportlab's, Qt's), about a seventh of
    an export's whole time. In-process callers (the tests) call main() and keep their collector.
    """
    code = main()
    gc.freeze()
    return code


def _fail(message: str, code: int) -> int:
    print(f"xa-planner: {message}", file=sys.stderr)
    return code

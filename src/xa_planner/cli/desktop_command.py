"""The desktop app, what ``xa-planner`` with no subcommand opens."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_gui(args: argparse.Namespace) -> int:
    # The services (and SQLAlchemy) are imported before Qt on purpose: once PySide6 is loaded,
    # its import hook reads the source of every module imported after it (looking for
    # "from __feature__ import"), which cost the start-up about a tenth of a second.
    import xa_planner.services.workspace_service  # noqa: F401

    # Qt is imported only for the desktop app, so headless subcommands start fast.
    from xa_planner.app import run_gui

    workspace = Path(args.workspace) if args.workspace else None
    screenshot = Path(args.screenshot) if args.screenshot else None
    return run_gui(workspace, smoke_test=args.smoke_test, screenshot=screenshot)

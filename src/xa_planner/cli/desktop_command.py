"""The desktop app, what ``xa-planner`` with no subcommand opens."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_gui(args: argparse.Namespace) -> int:
    # Qt is imported only for the desktop app, so headless subcommands start fast.
    from xa_planner.app import run_gui

    workspace = Path(args.workspace) if args.workspace else None
    screenshot = Path(args.screenshot) if args.screenshot else None
    return run_gui(workspace, smoke_test=args.smoke_test, screenshot=screenshot)

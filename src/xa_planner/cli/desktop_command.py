"""The desktop app, what ``xa-planner`` with no subcommand opens."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path


def cmd_gui(args: argparse.Namespace) -> int:
    # A start allocates long-lived objects only (modules, classes, mappings, widgets): collecting
    # while it runs finds nothing to free and cost about a twentieth of it. The app gives the
    # collector back once its window is shown.
    gc.disable()
    # The services a start reads with are imported before Qt on purpose: once PySide6 is loaded,
    # its import hook reads the source of every module imported after it (looking for
    # "from __feature__ import"). They read without the ORM: SQLAlchemy is not part of a start.
    import xa_planner.services.commune_service  # noqa: F401
    import xa_planner.services.home_service  # noqa: F401
    import xa_planner.services.workspace_service  # noqa: F401

    # Qt is imported only for the desktop app, so headless subcommands start fast.
    from xa_planner.app import run_gui

    workspace = Path(args.workspace) if args.workspace else None
    screenshot = Path(args.screenshot) if args.screenshot else None
    return run_gui(workspace, smoke_test=args.smoke_test, screenshot=screenshot)

"""Where workspaces, backups, settings and logs live on this PC (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

APP_NAME = "xa_planner"
APP_AUTHOR = "xa_planner"
WORKSPACE_SUFFIX = ".xaplan"


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR)


def config_dir() -> Path:
    return user_config_path(APP_NAME, APP_AUTHOR)


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_AUTHOR)


def default_workspace() -> Path:
    """The workspace opened when none is named on the command line."""
    return data_dir() / f"workspace{WORKSPACE_SUFFIX}"


def backup_dir_for(workspace: Path) -> Path:
    """Backups sit beside the workspace, in a folder named after it."""
    return workspace.with_name(workspace.name + ".backups")


def lock_path_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")

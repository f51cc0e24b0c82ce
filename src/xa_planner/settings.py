"""Per-user preferences kept as a small versioned JSON file; no Qt."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

SETTINGS_VERSION = 1


@dataclass
class Settings:
    """What a user chose on this PC (workspace-wide data lives in the workspace instead)."""

    version: int = SETTINGS_VERSION
    language: str = "vi"
    last_workspace: str = ""
    last_export_dir: str = ""
    recent_workspaces: list[str] = field(default_factory=list)
    database_url: str = ""  # a PostgreSQL URL for offices that share one database
    user_name: str = ""
    window_geometry: str = ""  # the main window's size and place (Qt's saveGeometry, Base64)


def migrate(raw: dict) -> dict:
    """Bring an older settings dict up to the current version, dropping unknown keys."""
    known = {f.name for f in fields(Settings)}
    upgraded = {k: v for k, v in raw.items() if k in known}
    upgraded["version"] = SETTINGS_VERSION
    return upgraded


def load(path: Path) -> Settings:
    """Settings from *path*; defaults when missing or unreadable (never a crash at start)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            return Settings()
        return Settings(**migrate(raw))
    except (OSError, ValueError, TypeError):
        return Settings()


def save(settings: Settings, path: Path) -> None:
    """Write atomically: a temporary file, flushed and synced, then renamed over the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

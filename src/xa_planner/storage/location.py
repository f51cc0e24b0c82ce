"""Tell whether a path lies on a network drive, where SQLite must not be used."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "afs", "sshfs", "fuse.sshfs", "davfs"}


def is_network_path(path: Path) -> bool:
    """True when *path* (or the folder that will hold it) is on a network file system."""
    resolved = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _windows_is_remote(resolved)
    return _mount_fs_type(resolved) in _NETWORK_FS


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True
    if sys.platform != "win32":  # drive letters are mapped on Windows only
        return False
    import ctypes

    drive_remote = 4
    root = text[:3]
    return ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote


def _mount_fs_type(path: Path) -> str:
    try:
        with open("/proc/mounts", encoding="utf-8") as handle:
            mounts = [line.split()[1:3] for line in handle if len(line.split()) >= 3]
    except OSError:
        return ""
    best, fs_type = "", ""
    text = str(path)
    for mount_point, kind in mounts:
        mount_point = mount_point.replace("\\040", " ")
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, fs_type = mount_point, kind
    return fs_type

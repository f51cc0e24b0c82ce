"""Verified, rotating backups of a workspace file, and restoring one.

A backup is written under a temporary name with SQLite's online backup API, checked, synced
and only then renamed in; rotation runs after that, so a failed backup never evicts a good
one.  Automatic backups rotate like Anki's (recent, daily, weekly, monthly); safety backups
(manual, before a migration, a bulk change or a restore) are kept apart and never pushed out
by automatic ones.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from xa_planner.storage.errors import (
    DatabaseCorrupt,
    NotAWorkspace,
    StorageError,
    classify_os_error,
    classify_sqlite_error,
)
from xa_planner.storage.schema import APPLICATION_ID
from xa_planner.storage.sqlite_files import (
    application_id,
    connect_plain,
    fsync_file,
    integrity_problems,
    move_aside,
    remove_sidecars,
    replace_with_retry,
)

AUTO = "auto"
SAFETY_KINDS = ("manual", "before-migration", "before-bulk", "before-restore")
KEEP_RECENT, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 8, 7, 4, 12
KEEP_PER_SAFETY_KIND = 10
TEMP_PREFIX = ".tmp-"
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<kind>[a-z-]+)-r(?P<rev>\d+)\.xaplan$")


@dataclass(frozen=True)
class Backup:
    path: Path
    created_at: dt.datetime
    kind: str
    revision: int

    @property
    def size_bytes(self) -> int:
        return self.path.stat().st_size


def parse_backup_name(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    return Backup(path, created, match["kind"], int(match["rev"]))


def list_backups(folder: Path) -> list[Backup]:
    """Every finished backup in *folder*, newest first."""
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if (b := parse_backup_name(p)) is not None]
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def write_verified_copy(source: Path, target: Path, *, read_only: bool = False) -> None:
    """Copy the live database *source* to *target* through a checked temporary file.

    Raises DatabaseCorrupt when the source cannot be read soundly and DatabaseUnwritable when
    the target cannot be written; *target* is then left as it was and no temporary file stays.
    """
    tmp = target.with_name(f"{TEMP_PREFIX}{target.name}")
    try:
        tmp.unlink(missing_ok=True)
        try:
            problems = _copy_and_check(source, tmp, read_only)
        except sqlite3.DatabaseError as exc:
            raise _copy_error(exc) from exc
        if problems:
            raise DatabaseCorrupt("; ".join(problems[:5]))
        fsync_file(tmp)
        replace_with_retry(tmp, target)
    except OSError as exc:
        raise classify_os_error(exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
            remove_sidecars(tmp)


def _copy_and_check(source: Path, tmp: Path, read_only: bool) -> list[str]:
    with (
        contextlib.closing(connect_plain(source, read_only=read_only)) as src,
        contextlib.closing(sqlite3.connect(tmp, isolation_level=None)) as dst,
    ):
        src.backup(dst, pages=256)
        dst.execute("PRAGMA journal_mode=DELETE")
        return integrity_problems(dst, full=True)


def _copy_error(exc: sqlite3.DatabaseError) -> StorageError:
    """By SQLite's code: a damaged source is corrupt; a full or read-only target unwritable."""
    return classify_sqlite_error(exc) or DatabaseCorrupt(str(exc))


def make_backup(
    source: Path, folder: Path, kind: str, revision: int, now: dt.datetime | None = None
) -> Backup | None:
    """Write a backup of *source*; an automatic one is skipped when nothing changed."""
    existing = list_backups(folder)
    if kind == AUTO and existing and existing[0].revision == revision:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    now = now or dt.datetime.now()
    made = folder / f"{now:%Y%m%d-%H%M%S-%f}-{kind}-r{revision}.xaplan"
    write_verified_copy(source, made)
    rotate(folder, now, protect=made)
    return parse_backup_name(made)


def backups_to_keep(backups: list[Backup], now: dt.datetime) -> set[Path]:
    """The rotation policy as a pure function of the list (newest first).

    Backups dated after *now* were written while the clock was wrong: their real age is
    unknown, so they are all kept and take no place from the ones made since.
    """
    future = {b.path for b in backups if b.created_at > now}
    keep = _policy_keeps([b for b in backups if b.path not in future])
    return keep | future


def _policy_keeps(backups: list[Backup]) -> set[Path]:
    keep: set[Path] = set()
    auto = [b for b in backups if b.kind == AUTO]
    keep.update(b.path for b in auto[:KEEP_RECENT])
    buckets = (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for limit, bucket_of in buckets:
        seen: list[object] = []
        for backup in auto:
            bucket = bucket_of(backup.created_at)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) <= limit:
                    keep.add(backup.path)
    for kind in SAFETY_KINDS:
        keep.update(b.path for b in [b for b in backups if b.kind == kind][:KEEP_PER_SAFETY_KIND])
    keep.update(b.path for b in backups if b.kind not in (AUTO, *SAFETY_KINDS))
    return keep


def rotate(folder: Path, now: dt.datetime, protect: Path | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps; returns what was deleted.

    Whatever the clock says (a PC once set ahead leaves backups dated in the future), the
    backup just made (*protect*), the newest by name and the newest written are never deleted.
    """
    backups = list_backups(folder)
    keep = backups_to_keep(backups, now)
    if backups:
        keep.add(backups[0].path)
        keep.add(max(backups, key=_written_at).path)
    if protect is not None:
        keep.add(protect)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _written_at(backup: Backup) -> float:
    try:
        return backup.path.stat().st_mtime
    except OSError:
        return float("-inf")


def sweep_stale_temp_files(folder: Path) -> list[Path]:
    """Remove half-written backups a killed process left (call only while holding the lock)."""
    if not folder.is_dir():
        return []
    stale = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
    for path in stale:
        with contextlib.suppress(OSError):
            path.unlink()
    return stale


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup in *folder* that passes the full integrity check."""
    for backup in list_backups(folder):
        try:
            verify_backup(backup.path)
        except StorageError:
            continue
        return backup
    return None


def verify_backup(path: Path) -> None:
    """Raise unless *path* is a sound workspace file (checked without any journal beside it)."""
    try:
        conn = connect_plain(path, read_only=True)
        try:
            if application_id(conn) != APPLICATION_ID:
                raise NotAWorkspace(str(path))
            problems = integrity_problems(conn, full=True)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotAWorkspace(str(exc)) from exc
    if problems:
        raise DatabaseCorrupt("; ".join(problems[:5]))


def restore_file(backup: Path, workspace: Path, *, keep_current: bool = False) -> Path | None:
    """Put a verified copy of *backup* in place of *workspace* (whose database must be closed).

    The backup itself is only read, never moved, so restoring never evicts it.  The copy is
    made first; only then is the current file moved aside (with *keep_current*, under a
    "before-restore" name, with its WAL, so that cannot be replayed into the restored file).
    Returns where the current file was kept.
    """
    verify_backup(backup)
    staged = workspace.with_name(f"{TEMP_PREFIX}restore-{workspace.name}")
    try:
        write_verified_copy(backup, staged)
        with contextlib.closing(sqlite3.connect(staged, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
        remove_sidecars(staged)
        kept = move_aside(workspace, "before-restore") if _present(workspace, keep_current) else None
        remove_sidecars(workspace)
        replace_with_retry(staged, workspace)
    except OSError as exc:
        raise classify_os_error(exc) from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
            remove_sidecars(staged)
    return kept


def _present(workspace: Path, keep_current: bool) -> bool:
    return keep_current and workspace.exists()

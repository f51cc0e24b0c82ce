"""Backups, restore, integrity checks and the audit log of a workspace."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.localization import _
from xa_planner.paths import backup_dir_for
from xa_planner.services import audit_labels
from xa_planner.services.errors import (
    InvalidInput,
    WorkspaceBusy,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceUnwritable,
)
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import AuditEntry, BackupInfo, CheckReport
from xa_planner.storage import backups
from xa_planner.storage.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseReadOnly,
    DatabaseUnwritable,
    NotAWorkspace,
    classify_os_error,
)
from xa_planner.storage.sqlite_files import connect_plain, integrity_problems
from xa_planner.storage.workspace_file import workspace_revision


@contextlib.contextmanager
def _backup_errors(target: Path):
    """Turn a failed backup into one sentence; the workspace and older backups stay as they were."""
    try:
        yield
    except DatabaseCorrupt as exc:
        raise WorkspaceCorrupt(
            _(
                "Không sao lưu được: dữ liệu hiện tại không qua được bước kiểm tra ({detail}). "
                "Các bản sao lưu cũ vẫn được giữ nguyên."
            ).format(detail=exc.detail)
        ) from exc
    except (DatabaseUnwritable, OSError) as exc:
        raise WorkspaceUnwritable(
            _("Không ghi được bản sao lưu vào {path}: {reason}").format(
                path=target, reason=_unwritable_reason(exc)
            )
        ) from exc
    except DatabaseBusy as exc:
        raise WorkspaceBusy(
            _("Không sao lưu được: tệp dữ liệu đang được chương trình khác ghi. Hãy thử lại sau.")
        ) from exc


def _unwritable_reason(exc: DatabaseUnwritable | OSError) -> str:
    """Why a backup could not be written, in the user's words (never the system's English)."""
    error = classify_os_error(exc) if isinstance(exc, OSError) else exc
    if error.disk_full:
        return _("ổ đĩa đã đầy")
    if isinstance(error, DatabaseReadOnly):
        return _("thư mục chỉ đọc hoặc không có quyền ghi")
    return _("lỗi ghi đĩa")


def _info(backup: backups.Backup) -> BackupInfo:
    return BackupInfo(backup.path, backup.created_at, backup.size_bytes, backup.kind)


class MaintenanceService(ServiceBase):
    def __init__(self, database, user: str, reopen) -> None:
        super().__init__(database, user)
        self._reopen = reopen  # closes and reopens the database around a file swap

    @property
    def _path(self) -> Path:
        if self._database.path is None:
            raise WorkspaceError(_("Cơ sở dữ liệu dùng chung được sao lưu trên máy chủ."))
        return self._database.path

    def backups(self) -> list[BackupInfo]:
        return [_info(b) for b in backups.list_backups(backup_dir_for(self._path))]

    def backup_folder(self) -> Path:
        """Where this workspace's backups are kept (beside the file itself, symlinks followed)."""
        return backup_dir_for(self._path)

    def backup_now(self, kind: str = "manual") -> BackupInfo | None:
        """A verified backup; an automatic one is skipped when nothing changed since the last.

        Nothing changes in a workspace opened read-only, so it gets no automatic backup.
        """
        if kind == backups.AUTO and self._database.read_only:
            return None
        with _backup_errors(backup_dir_for(self._path)):
            made = backups.make_backup(
                self._path, backup_dir_for(self._path), kind, workspace_revision(self._database)
            )
        return _info(made) if made else None

    def backup_to(self, target: Path) -> Path:
        """A verified copy of the workspace written to *target* (e.g. a USB stick)."""
        target = Path(target)
        if target.is_dir():
            target = target / self._path.name
        with _backup_errors(target):
            backups.write_verified_copy(self._path, target, read_only=self._database.read_only)
        return target

    def restore(self, backup_path: Path) -> None:
        """Replace the workspace with *backup_path*, keeping a backup of the current state."""
        try:
            backups.verify_backup(backup_path)
        except (NotAWorkspace, DatabaseCorrupt) as exc:
            raise InvalidInput(
                _("Bản sao lưu này bị hỏng hoặc không phải dữ liệu của ứng dụng.")
            ) from exc
        self.backup_now("before-restore")
        self._reopen(lambda: backups.restore_file(backup_path, self._path))
        self.record_restore(backup_path)

    def record_restore(self, backup_path: Path) -> None:
        """Note in the audit log which backup the workspace was restored from."""
        from xa_planner.storage.repositories import AuditRepository

        with self._write() as session:
            AuditRepository(session).record(
                self._user, AuditAction.WORKSPACE_RESTORE, "workspace", None, {"from": backup_path.name}
            )

    def check(self) -> CheckReport:
        conn = connect_plain(self._path, read_only=self._database.read_only)
        try:
            problems = integrity_problems(conn, full=True)
        finally:
            conn.close()
        foreign = [p for p in problems if p.startswith("foreign key")]
        return CheckReport(
            ok=not problems,
            integrity="ok" if not problems else "; ".join(problems[:3]),
            foreign_key_problems=len(foreign),
            schema_revision=self._database.schema_revision() or "",
            messages=tuple(problems[:20]),
        )

    def audit_log(self, limit: int = 200) -> list[AuditEntry]:
        """The latest changes, newest first, in words: who, when, what, old → new."""
        # The change log is read through the ORM, imported here: the backups that run as the
        # app closes need none of it.
        from xa_planner.storage.repositories import (
            AuditRepository,
            OfficeRepository,
            PlanRepository,
        )

        with self._read() as session:
            offices = OfficeRepository(session).names_by_id()
            names = audit_labels.Names(offices, PlanRepository(session).task_refs_by_id())
            return [
                AuditEntry(
                    r.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None),
                    r.user,
                    audit_labels.action_label(r.action),
                    audit_labels.subject(r.entity, r.entity_id, r.detail or {}, names),
                    r.entity_id,
                    audit_labels.describe(r.detail or {}, names),
                    r.action,
                )
                for r in AuditRepository(session).latest(limit)
            ]

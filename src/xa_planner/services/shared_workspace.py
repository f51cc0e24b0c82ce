"""Opening the workspace kept in a shared PostgreSQL database (several PCs, one office)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xa_planner.localization import _
from xa_planner.services import errors
from xa_planner.services.workspace_service import (
    Workspace,
    current_user,
    fill_new_workspace,
    translate_open_error,
)
from xa_planner.storage import errors as storage_errors
from xa_planner.storage.shared_database import (
    open_shared_database,
    shared_url,
    shown_url,
    url_parts,
    with_password,
    without_password,
)
from xa_planner.storage.workspace_file import OpenedWorkspace


def open_shared_workspace(url: str, *, user: str = "", password: str = "") -> Workspace:
    """Open the workspace kept in a shared PostgreSQL database (several PCs, one office).

    *password*, when given, is used for this connection only; it is never stored.
    """
    try:
        database, created = open_shared_database(with_password(url, password) if password else url)
    except storage_errors.StorageError as exc:
        raise _shared_open_error(exc, url) from exc
    opened = OpenedWorkspace(database, None, created, None, False)
    workspace = Workspace(opened, user or current_user())
    workspace.shared_url = without_password(url)
    if created:
        fill_new_workspace(workspace)
    return workspace


def _shared_open_error(exc: storage_errors.StorageError, url: str) -> errors.ServiceError:
    shown = shown_url(url)
    match exc:
        case storage_errors.SharedDriverMissing():
            return errors.WorkspaceError(
                _(
                    "Bản cài đặt này không có chế độ cơ sở dữ liệu dùng chung (thiếu gói psycopg). "
                    "Hãy cài bản có chế độ dùng chung: pip install \"xa-planner[shared]\"."
                )
            )
        case storage_errors.DatabaseAuthFailed():
            return errors.PasswordRefused(
                _("Máy chủ cơ sở dữ liệu dùng chung {url} không nhận mật khẩu.").format(url=shown)
            )
        case storage_errors.DatabaseServerLost():
            return errors.WorkspaceUnreachable(
                _(
                    "Không kết nối được máy chủ cơ sở dữ liệu dùng chung {url}. Hãy kiểm tra mạng, "
                    "máy chủ và mật khẩu rồi thử lại."
                ).format(url=shown)
            )
        case storage_errors.DatabaseUnwritable():
            return errors.WorkspaceUnwritable(
                _("Không kết nối được cơ sở dữ liệu dùng chung {url}: {detail}").format(
                    url=shown, detail=exc
                )
            )
    return translate_open_error(exc, Path(shown))


@dataclass(frozen=True)
class SharedLocation:
    """Where the office's shared database is; the password is never part of it."""

    host: str
    port: int | None
    database: str
    user: str

    def url(self, password: str = "") -> str:
        return shared_url(self.host, self.port, self.database, self.user, password)

    @classmethod
    def of(cls, url: str) -> SharedLocation:
        return cls(*url_parts(url))


def try_shared_database(location: SharedLocation, password: str) -> None:
    """Connect once to check the settings (and create the schema if the database is new)."""
    open_shared_workspace(location.url(), password=password).close()

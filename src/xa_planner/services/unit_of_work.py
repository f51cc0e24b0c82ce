"""What every service shares: its database, the acting user, and error translation."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from xa_planner.localization import _
from xa_planner.paths import backup_dir_for
from xa_planner.services.errors import (
    ConflictError,
    WorkspaceBusy,
    WorkspaceReadOnly,
    WorkspaceUnreachable,
    WorkspaceUnwritable,
)
from xa_planner.storage.backups import make_backup
from xa_planner.storage.database import Database
from xa_planner.storage.errors import (
    DatabaseBusy,
    DatabaseReadOnly,
    DatabaseServerLost,
    DatabaseUnwritable,
    StaleWrite,
    StorageError,
)
from xa_planner.storage.plain_rows import Rows
from xa_planner.storage.workspace_file import workspace_revision


def unwritable_message() -> str:
    return _(
        "Không ghi được vào tệp dữ liệu: ổ đĩa chỉ đọc hoặc đã đầy. "
        "Hãy giải phóng dung lượng hoặc chép tệp sang ổ đĩa khác."
    )


def server_lost_message(saved: bool) -> str:
    """The shared database's server is gone: say what happened to the work and what to do."""
    if saved:
        return _(
            "Mất kết nối tới máy chủ cơ sở dữ liệu dùng chung nên thay đổi vừa rồi chưa được lưu. "
            "Hãy kiểm tra mạng hoặc máy chủ rồi làm lại."
        )
    return _(
        "Mất kết nối tới máy chủ cơ sở dữ liệu dùng chung nên chưa đọc được dữ liệu. "
        "Hãy kiểm tra mạng hoặc máy chủ rồi thử lại."
    )


def read_only_message() -> str:
    return _(
        "Tệp dữ liệu đang mở ở chế độ chỉ đọc (tệp, thư mục hoặc ổ đĩa không cho ghi): "
        "chỉ xem, in và xuất được. Hãy chép tệp sang một thư mục ghi được để sửa."
    )


class ServiceBase:
    """Opens one transaction per public method through ``_read()`` / ``_write()``."""

    def __init__(self, database: Database, user: str = "") -> None:
        self._database = database
        self._user = user

    def _backup_before_bulk_change(self) -> None:
        """A verified safety backup before a change that touches many rows at once."""
        if self._database.path is None:  # the shared database is backed up on its server
            return
        try:
            make_backup(self._database.path, backup_dir_for(self._database.path), "before-bulk",
                        workspace_revision(self._database))
        except (StorageError, OSError) as exc:
            raise WorkspaceUnwritable(_(
                "Không tạo được bản sao lưu an toàn trước khi thay đổi hàng loạt, nên chưa thay "
                "đổi gì: {reason}"
            ).format(reason=exc)) from exc

    @contextlib.contextmanager
    def _read(self) -> Iterator:
        try:
            with self._database.session_scope(write=False) as session:
                yield session
        except DatabaseServerLost as exc:
            raise WorkspaceUnreachable(server_lost_message(saved=False)) from exc

    @contextlib.contextmanager
    def _query(self) -> Iterator[Rows]:
        """One transaction of plain reads (storage.reads): on a workspace file, no ORM at all."""
        try:
            with self._database.reading() as rows:
                yield rows
        except DatabaseServerLost as exc:
            raise WorkspaceUnreachable(server_lost_message(saved=False)) from exc

    @contextlib.contextmanager
    def _write(self) -> Iterator:
        try:
            with self._database.session_scope(write=True) as session:
                yield session
        except StaleWrite as exc:
            raise ConflictError(
                _("Dữ liệu này vừa được người khác sửa. Hãy tải lại rồi sửa lại.")
            ) from exc
        except DatabaseReadOnly as exc:
            raise WorkspaceReadOnly(read_only_message()) from exc
        except DatabaseUnwritable as exc:
            raise WorkspaceUnwritable(unwritable_message()) from exc
        except DatabaseServerLost as exc:
            raise WorkspaceUnreachable(server_lost_message(saved=True)) from exc
        except DatabaseBusy as exc:
            raise WorkspaceBusy(
                _("Tệp dữ liệu đang được chương trình khác ghi; chưa lưu được. Hãy thử lại.")
            ) from exc

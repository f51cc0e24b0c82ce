"""What every service shares: its database, the acting user, and error translation."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from xa_planner.localization import _
from xa_planner.services.errors import ConflictError, WorkspaceUnwritable
from xa_planner.storage.database import Database
from xa_planner.storage.errors import DatabaseUnwritable, StaleWrite


def unwritable_message() -> str:
    return _(
        "Không ghi được vào tệp dữ liệu: ổ đĩa chỉ đọc hoặc đã đầy. "
        "Hãy giải phóng dung lượng hoặc chép tệp sang ổ đĩa khác."
    )


class ServiceBase:
    """Opens one transaction per public method through ``_read()`` / ``_write()``."""

    def __init__(self, database: Database, user: str = "") -> None:
        self._database = database
        self._user = user

    @contextlib.contextmanager
    def _read(self) -> Iterator:
        with self._database.session_scope(write=False) as session:
            yield session

    @contextlib.contextmanager
    def _write(self) -> Iterator:
        try:
            with self._database.session_scope(write=True) as session:
                yield session
        except StaleWrite as exc:
            raise ConflictError(
                _("Dữ liệu này vừa được người khác sửa. Hãy tải lại rồi sửa lại.")
            ) from exc
        except DatabaseUnwritable as exc:
            raise WorkspaceUnwritable(unwritable_message()) from exc

"""Opening, creating and closing a workspace, and the services bound to it."""

from __future__ import annotations

import functools
import getpass
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.offices import standard_offices
from xa_planner.localization import _
from xa_planner.paths import backup_dir_for
from xa_planner.services import errors
from xa_planner.storage import backups
from xa_planner.storage import errors as storage_errors
from xa_planner.storage.sqlite_files import is_workspace_file
from xa_planner.storage.workspace_file import (
    OpenedWorkspace,
    discard_build,
    new_workspace_beside,
    open_workspace_file,
    publish_new_workspace,
    real_workspace_path,
    restore_workspace_file,
)

if TYPE_CHECKING:
    from xa_planner.services.commune_service import CommuneService
    from xa_planner.services.derivation_service import DerivationService
    from xa_planner.services.home_service import HomeService
    from xa_planner.services.indicator_service import IndicatorService
    from xa_planner.services.indicator_workbook_service import IndicatorWorkbookService
    from xa_planner.services.maintenance_service import MaintenanceService
    from xa_planner.services.plan_editing_service import PlanEditingService
    from xa_planner.services.plan_export_service import PlanExportService
    from xa_planner.services.plan_service import PlanService
    from xa_planner.services.report_service import ReportService
    from xa_planner.services.sheet_service import SheetService
    from xa_planner.services.template_service import TemplateService
    from xa_planner.services.template_update_service import TemplateUpdateService
    from xa_planner.services.tracking_service import TrackingService


def translate_open_error(exc: Exception, path: Path) -> errors.ServiceError:
    match exc:
        case storage_errors.DatabaseLocked():
            return errors.WorkspaceLocked(
                _("Tệp dữ liệu {path} đang được mở ở một cửa sổ khác của ứng dụng.").format(
                    path=path
                )
            )
        case storage_errors.DatabaseBusy():
            return errors.WorkspaceBusy(busy_message(path))
        case storage_errors.DatabaseTooNew():
            return errors.WorkspaceTooNew(
                _(
                    "Tệp dữ liệu này được tạo bởi phiên bản mới hơn của ứng dụng. "
                    "Hãy cập nhật ứng dụng để mở nó."
                )
            )
        case storage_errors.DatabaseCorrupt():
            return _corrupt_error(exc, path)
        case storage_errors.NotAWorkspace():
            return errors.WorkspaceError(
                _("Tệp {path} không phải là dữ liệu của ứng dụng này.").format(path=path)
            )
        case storage_errors.NetworkLocation():
            return errors.WorkspaceUnwritable(
                _(
                    "Tệp dữ liệu nằm trên ổ mạng, nơi dữ liệu có thể bị hỏng. Hãy chép tệp về máy "
                    "này, hoặc dùng chế độ cơ sở dữ liệu dùng chung."
                )
            )
        case storage_errors.DatabaseReadOnly():
            return errors.WorkspaceReadOnly(read_only_open_message(path))
        case storage_errors.DatabaseUnwritable():
            return errors.WorkspaceUnwritable(cannot_write_message(path))
        case FileNotFoundError():
            return errors.WorkspaceError(_("Không tìm thấy tệp dữ liệu {path}.").format(path=path))
    return errors.WorkspaceError(str(exc))


def busy_message(path: Path) -> str:
    return _(
        "Tệp dữ liệu {path} đang được mở ở chương trình khác. "
        "Hãy đóng chương trình đó rồi thử lại."
    ).format(path=path)


def cannot_write_message(path: Path) -> str:
    return _(
        "Không ghi được vào {path}: ổ đĩa đầy hoặc không ghi được. Dữ liệu chưa bị thay đổi; "
        "hãy giải phóng dung lượng hoặc chép tệp sang ổ đĩa khác rồi thử lại."
    ).format(path=path)


def read_only_open_message(path: Path) -> str:
    return _(
        "Tệp dữ liệu {path} nằm ở nơi chỉ đọc và cần được nâng cấp hoặc tạo mới, nên không mở "
        "được. Hãy chép tệp sang một thư mục ghi được."
    ).format(path=path)


def _corrupt_error(exc: storage_errors.DatabaseCorrupt, path: Path) -> errors.WorkspaceCorrupt:
    """Name where the damaged file went and the newest good backup, so it can be restored."""
    folder = backup_dir_for(real_workspace_path(path))
    good = backups.newest_good_backup(folder)
    if exc.moved_to:
        first = _("Tệp dữ liệu bị hỏng và đã được cất sang {moved}.").format(moved=exc.moved_to)
    else:
        first = _("Tệp dữ liệu {path} bị hỏng.").format(path=path)
    if good is None:
        second = _("Không có bản sao lưu tốt nào trong {folder}.").format(folder=folder)
    else:
        second = _("Bản sao lưu tốt gần nhất là {backup}.").format(backup=good.path)
    return errors.WorkspaceCorrupt(
        f"{first} {second}", path, good.path if good is not None else None
    )


def current_user() -> str:
    try:
        return getpass.getuser()
    # No login variable set and no password database entry: Windows has no pwd module
    # (ImportError), a uid missing from /etc/passwd gives KeyError, Python 3.13 raises OSError.
    except (ImportError, KeyError, OSError):
        return ""


class Workspace:
    """An open workspace and the services over it; close it to release the file."""

    def __init__(self, opened: OpenedWorkspace, user: str) -> None:
        self._opened = opened
        self.path = opened.database.path
        self.shared_url = ""  # the shared database's URL (no password) when there is no file
        self.user = user
        self.database = opened.database

    # Each service is built on first use, its module imported then: a command or a start loads
    # only what it uses. Those a start uses (commune, plans, tracking, home) read without the
    # ORM; the others bring in the ORM's repositories, derivation rules or document writers.
    @functools.cached_property
    def commune(self) -> CommuneService:
        from xa_planner.services.commune_service import CommuneService

        return CommuneService(self.database, self.user)

    @functools.cached_property
    def plans(self) -> PlanService:
        from xa_planner.services.plan_service import PlanService

        return PlanService(self.database, self.user)

    @functools.cached_property
    def tracking(self) -> TrackingService:
        from xa_planner.services.tracking_service import TrackingService

        return TrackingService(self.database, self.user)

    @functools.cached_property
    def home(self) -> HomeService:
        from xa_planner.services.home_service import HomeService

        return HomeService(self.database, self.user, self.plans, self.tracking, lambda: self.indicators)

    @functools.cached_property
    def editing(self) -> PlanEditingService:
        from xa_planner.services.plan_editing_service import PlanEditingService

        return PlanEditingService(self.database, self.user)

    @functools.cached_property
    def templates(self) -> TemplateService:
        from xa_planner.services.template_service import TemplateService

        return TemplateService(self.database, self.user)

    @functools.cached_property
    def indicators(self) -> IndicatorService:
        from xa_planner.services.indicator_service import IndicatorService

        return IndicatorService(self.database, self.user)

    @functools.cached_property
    def maintenance(self) -> MaintenanceService:
        from xa_planner.services.maintenance_service import MaintenanceService

        return MaintenanceService(self.database, self.user, self._swap_file)

    @functools.cached_property
    def derivation(self) -> DerivationService:
        from xa_planner.services.derivation_service import DerivationService

        return DerivationService(self.database, self.user)

    @functools.cached_property
    def plan_export(self) -> PlanExportService:
        from xa_planner.services.plan_export_service import PlanExportService

        return PlanExportService(self.database, self.user, self.plans)

    @functools.cached_property
    def reports(self) -> ReportService:
        from xa_planner.services.report_service import ReportService

        return ReportService(self.database, self.user, self.plans, self.tracking)

    @functools.cached_property
    def template_updates(self) -> TemplateUpdateService:
        from xa_planner.services.template_update_service import TemplateUpdateService

        return TemplateUpdateService(self.database, self.user)

    @functools.cached_property
    def sheets(self) -> SheetService:
        from xa_planner.services.sheet_service import SheetService

        return SheetService(self.database, self.user)

    @functools.cached_property
    def indicator_workbook(self) -> IndicatorWorkbookService:
        from xa_planner.services.indicator_workbook_service import IndicatorWorkbookService

        return IndicatorWorkbookService(self.database, self.user)

    @property
    def fully_checked(self) -> bool:
        return self._opened.fully_checked

    @property
    def read_only(self) -> bool:
        """Opened from a read-only file, folder or medium: view, print and export only."""
        return self._opened.read_only

    def _swap_file(self, swap) -> None:
        self.database.close()
        swap()

    def close(self) -> None:
        self._opened.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def open_workspace(path: Path, *, create: bool = False, user: str = "") -> Workspace:
    """Open the workspace file (creating an empty one when asked), or raise a ServiceError."""
    return _open(Path(path), create=create, user=user, shown_as=Path(path))


def _open(path: Path, *, create: bool, user: str, shown_as: Path) -> Workspace:
    """Open *path*; a failure names *shown_as*, the file the user asked for."""
    try:
        opened = open_workspace_file(path, create=create)
    except (storage_errors.StorageError, FileNotFoundError) as exc:
        raise translate_open_error(exc, shown_as) from exc
    workspace = Workspace(opened, user or current_user())
    if opened.created:
        try:
            fill_new_workspace(workspace)
        except storage_errors.StorageError as exc:
            workspace.close()
            raise translate_open_error(exc, shown_as) from exc
    return workspace


def fill_new_workspace(workspace: Workspace) -> None:
    """The new workspace's first rows: an empty profile, the standard offices, its creation."""
    from xa_planner.storage.repositories import AuditRepository, OfficeRepository, ProfileRepository

    with workspace.database.session_scope(write=True) as session:
        ProfileRepository(session).save(CommuneProfile())
        offices = OfficeRepository(session)
        for office in standard_offices():
            offices.add(office)
        AuditRepository(session).record(workspace.user, AuditAction.WORKSPACE_CREATE, "workspace")


def workspace_exists(path: Path) -> bool:
    return Path(path).is_file() and is_workspace_file(Path(path))


def create_empty(
    path: Path, commune_name: str = "", province_name: str = "", user: str = "", fill=None
) -> Workspace:
    """A new workspace with the standard offices; refuses to overwrite an existing file.

    It is built under a hidden name beside *path*, filled (by *fill*, if given), closed and
    only then moved to *path*: a failed or killed creation leaves nothing that blocks a retry.
    """
    path = Path(path)
    if path.exists():
        raise _exists_error(path)
    build = new_workspace_beside(path)
    try:
        with _open(build, create=True, user=user, shown_as=path) as workspace:
            if commune_name:
                profile = workspace.commune.profile()
                workspace.commune.save_profile(
                    replace(profile, commune_name=commune_name, province_name=province_name)
                )
            if fill is not None:
                fill(workspace)
        publish_new_workspace(build, path)
    except FileExistsError as exc:
        discard_build(build)
        raise _exists_error(path) from exc
    except (OSError, storage_errors.DatabaseUnwritable) as exc:
        discard_build(build)
        raise errors.WorkspaceUnwritable(cannot_write_message(path)) from exc
    except BaseException:
        discard_build(build)
        raise
    try:
        return open_workspace(path, user=user)
    except errors.WorkspaceUnwritable:
        discard_build(real_workspace_path(path))  # ours, new, and unusable on this full disk
        raise


def _exists_error(path: Path) -> errors.InvalidInput:
    return errors.InvalidInput(_("Tệp {path} đã có; hãy chọn tên khác.").format(path=path))


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the workspace, the backup put in place, where the old file went."""

    path: Path
    backup: Path
    kept: Path | None


def restore_workspace(path: Path, backup: Path | None = None, user: str = "") -> RestoreResult:
    """Put *backup* (by default the newest good one) in place of the workspace at *path*.

    The current file, if any, is kept beside it first; the workspace must not be open.
    """
    path = real_workspace_path(path)
    folder = backup_dir_for(path)
    if backup is None:
        newest = backups.newest_good_backup(folder)
        if newest is None:
            raise errors.InvalidInput(
                _("Không có bản sao lưu tốt nào trong {folder}.").format(folder=folder)
            )
        backup = newest.path
    backup = Path(backup)
    if not backup.is_file():
        raise errors.InvalidInput(_("Không tìm thấy bản sao lưu {path}.").format(path=backup))
    try:
        kept = restore_workspace_file(path, backup)
    except (storage_errors.NotAWorkspace, storage_errors.DatabaseCorrupt) as exc:
        raise errors.InvalidInput(
            _("Bản sao lưu này bị hỏng hoặc không phải dữ liệu của ứng dụng.")
        ) from exc
    except storage_errors.StorageError as exc:
        raise translate_open_error(exc, path) from exc
    with open_workspace(path, user=user) as workspace:
        workspace.maintenance.record_restore(backup)
    return RestoreResult(path, backup, kept)

"""Opening, creating and closing a workspace, and the services bound to it."""

from __future__ import annotations

import functools
import getpass
from dataclasses import replace
from pathlib import Path

from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.offices import standard_offices
from xa_planner.localization import _
from xa_planner.services import errors
from xa_planner.services.commune_service import CommuneService
from xa_planner.services.home_service import HomeService
from xa_planner.services.indicator_service import IndicatorService
from xa_planner.services.maintenance_service import MaintenanceService
from xa_planner.services.plan_editing_service import PlanEditingService
from xa_planner.services.plan_service import PlanService
from xa_planner.services.template_service import TemplateService
from xa_planner.services.tracking_service import TrackingService
from xa_planner.services.unit_of_work import unwritable_message
from xa_planner.storage import errors as storage_errors
from xa_planner.storage.repositories import AuditRepository, OfficeRepository, ProfileRepository
from xa_planner.storage.shared_database import open_shared_database
from xa_planner.storage.sqlite_files import is_workspace_file
from xa_planner.storage.workspace_file import OpenedWorkspace, open_workspace_file


def _translate_open_error(exc: Exception, path: Path) -> errors.ServiceError:
    match exc:
        case storage_errors.DatabaseLocked():
            return errors.WorkspaceLocked(
                _("Tệp dữ liệu {path} đang được mở ở một cửa sổ khác của ứng dụng.").format(
                    path=path
                )
            )
        case storage_errors.DatabaseTooNew():
            return errors.WorkspaceTooNew(
                _(
                    "Tệp dữ liệu này được tạo bởi phiên bản mới hơn của ứng dụng. "
                    "Hãy cập nhật ứng dụng để mở nó."
                )
            )
        case storage_errors.DatabaseCorrupt(moved_to=moved):
            return errors.WorkspaceCorrupt(
                _(
                    "Tệp dữ liệu bị hỏng và đã được cất sang {moved}. "
                    "Hãy khôi phục từ một bản sao lưu."
                ).format(moved=moved or path)
            )
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
        case storage_errors.DatabaseUnwritable():
            return errors.WorkspaceUnwritable(unwritable_message())
        case FileNotFoundError():
            return errors.WorkspaceError(_("Không tìm thấy tệp dữ liệu {path}.").format(path=path))
    return errors.WorkspaceError(str(exc))


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return ""


class Workspace:
    """An open workspace and the services over it; close it to release the file."""

    def __init__(self, opened: OpenedWorkspace, user: str) -> None:
        self._opened = opened
        self.path = opened.database.path
        self.user = user
        database = opened.database
        self.commune = CommuneService(database, user)
        self.plans = PlanService(database, user)
        self.editing = PlanEditingService(database, user)
        self.templates = TemplateService(database, user)
        self.tracking = TrackingService(database, user)
        self.indicators = IndicatorService(database, user)
        self.home = HomeService(database, user, self.plans, self.tracking, self.indicators)
        self.maintenance = MaintenanceService(database, user, self._swap_file)
        self.database = database

    # Services used only now and then are built on first use: their modules (derivation
    # rules, document writers) then stay out of the application's start-up.
    @functools.cached_property
    def derivation(self):
        from xa_planner.services.derivation_service import DerivationService

        return DerivationService(self.database, self.user)

    @functools.cached_property
    def plan_export(self):
        from xa_planner.services.plan_export_service import PlanExportService

        return PlanExportService(self.database, self.user, self.plans)

    @functools.cached_property
    def reports(self):
        from xa_planner.services.report_service import ReportService

        return ReportService(self.database, self.user, self.plans, self.tracking)

    @functools.cached_property
    def template_updates(self):
        from xa_planner.services.template_update_service import TemplateUpdateService

        return TemplateUpdateService(self.database, self.user)

    @functools.cached_property
    def sheets(self):
        from xa_planner.services.sheet_service import SheetService

        return SheetService(self.database, self.user)

    @functools.cached_property
    def indicator_workbook(self):
        from xa_planner.services.indicator_workbook_service import IndicatorWorkbookService

        return IndicatorWorkbookService(self.database, self.user)

    @property
    def fully_checked(self) -> bool:
        return self._opened.fully_checked

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
    path = Path(path)
    try:
        opened = open_workspace_file(path, create=create)
    except (storage_errors.StorageError, FileNotFoundError) as exc:
        raise _translate_open_error(exc, path) from exc
    workspace = Workspace(opened, user or current_user())
    if opened.created:
        _fill_new_workspace(workspace)
    return workspace


def _fill_new_workspace(workspace: Workspace) -> None:
    with workspace.database.session_scope(write=True) as session:
        ProfileRepository(session).save(CommuneProfile())
        offices = OfficeRepository(session)
        for office in standard_offices():
            offices.add(office)
        AuditRepository(session).record(workspace.user, "workspace.create", "workspace")


def open_shared_workspace(url: str, *, user: str = "") -> Workspace:
    """Open the workspace kept in a shared PostgreSQL database (several PCs, one office)."""
    try:
        database, created = open_shared_database(url)
    except storage_errors.StorageError as exc:
        if isinstance(exc, storage_errors.DatabaseUnwritable):
            raise errors.WorkspaceUnwritable(
                _("Không kết nối được cơ sở dữ liệu dùng chung: {detail}").format(detail=exc)
            ) from exc
        raise _translate_open_error(exc, Path(url)) from exc
    opened = OpenedWorkspace(database, None, created, None, False)
    workspace = Workspace(opened, user or current_user())
    if created:
        _fill_new_workspace(workspace)
    return workspace


def workspace_exists(path: Path) -> bool:
    return Path(path).is_file() and is_workspace_file(Path(path))


def create_empty(
    path: Path, commune_name: str = "", province_name: str = "", user: str = ""
) -> Workspace:
    """A new workspace with the standard offices; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise errors.InvalidInput(_("Tệp {path} đã có; hãy chọn tên khác.").format(path=path))
    workspace = open_workspace(path, create=True, user=user)
    if commune_name:
        profile = workspace.commune.profile()
        workspace.commune.save_profile(
            replace(profile, commune_name=commune_name, province_name=province_name)
        )
    return workspace

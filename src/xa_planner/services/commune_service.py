"""The commune profile and its list of local offices."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.commune import CommuneProfile, is_email_list
from xa_planner.domain.json_values import JsonValue
from xa_planner.domain.offices import Office
from xa_planner.domain.stored import StoredOffice
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput, NotFound
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.storage.reads import OfficeReads, ProfileReads

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def _profile_problem_message(field: str) -> str:
    messages = {
        "commune_name": _("Hãy nhập tên xã."),
        "report_deadline_day": _("Hạn báo cáo phải là một ngày từ 1 đến 28."),
        "data_window_start_day": _("Ngày bắt đầu kỳ số liệu phải từ 1 đến 28."),
        "unit_kind": _("Loại đơn vị hành chính phải là xã hoặc phường."),
        "report_recipient_email": _(
            "Địa chỉ thư điện tử nhận báo cáo chưa đúng (ví dụ: pc06@congan.quangtri.gov.vn); "
            "nhiều địa chỉ thì cách nhau bằng dấu chấm phẩy."
        ),
    }
    return messages[field]


def _changes(old: DataclassInstance, new: DataclassInstance) -> dict[str, list[JsonValue]]:
    """Field → [old, new] for every field that differs (for the audit log)."""
    return {
        f.name: [getattr(old, f.name), getattr(new, f.name)]
        for f in dataclasses.fields(new)
        if getattr(old, f.name) != getattr(new, f.name)
    }


class CommuneService(ServiceBase):
    """The commune's profile and offices. Reading them needs no ORM (a start reads them); its
    repositories are imported by the changes that use them."""

    def profile(self) -> CommuneProfile:
        with self._query() as query:
            return ProfileReads(query).get()

    def save_profile(self, profile: CommuneProfile) -> CommuneProfile:
        problems = profile.problems()
        if problems:
            raise InvalidInput(_profile_problem_message(problems[0]))
        profile = profile.with_defaults()
        from xa_planner.storage.repositories import AuditRepository, ProfileRepository

        with self._write() as session:
            repository = ProfileRepository(session)
            old = repository.get()
            repository.save(profile)
            AuditRepository(session).record(
                self._user, AuditAction.PROFILE_SAVE, "commune_profile", 1, _changes(old, profile)
            )
        return profile

    def offices(self, include_retired: bool = True) -> list[StoredOffice]:
        with self._query() as query:
            offices = OfficeReads(query).all()
        return [o for o in offices if include_retired or not o.retired]

    def add_office(self, office: Office) -> StoredOffice:
        _check_office(office)
        from xa_planner.storage.repositories import AuditRepository, OfficeRepository

        with self._write() as session:
            repository = OfficeRepository(session)
            position = max((o.position for o in repository.all()), default=-1) + 1
            added = repository.add(dataclasses.replace(office, position=position, retired=False))
            AuditRepository(session).record(
                self._user, AuditAction.OFFICE_ADD, "office", added.id, {"name": added.short_name}
            )
            return added

    def update_office(self, office: Office) -> StoredOffice:
        _check_office(office)
        with self._write() as session:
            return self._update(
                session,
                office.id,
                lambda old: dataclasses.replace(office, position=old.position, retired=old.retired),
            )

    def set_office_retired(self, office_id: int, retired: bool) -> StoredOffice:
        with self._write() as session:
            return self._update(
                session, office_id, lambda old: dataclasses.replace(old, retired=retired)
            )

    def move_office(self, office_id: int, delta: int) -> list[StoredOffice]:
        from xa_planner.storage.repositories import AuditRepository, OfficeRepository

        with self._write() as session:
            repository = OfficeRepository(session)
            offices = repository.all()
            index = next((i for i, o in enumerate(offices) if o.id == office_id), None)
            if index is None:
                raise NotFound(_("Không tìm thấy đơn vị này."))
            target = max(0, min(len(offices) - 1, index + delta))
            offices.insert(target, offices.pop(index))
            for position, office in enumerate(offices):
                if office.position != position:
                    repository.update(dataclasses.replace(office, position=position))
            AuditRepository(session).record(
                self._user, AuditAction.OFFICE_MOVE, "office", office_id, {"from": index, "to": target}
            )
            return repository.all()

    def _update(
        self, session, office_id: int | None, change: Callable[[StoredOffice], Office]
    ) -> StoredOffice:
        from xa_planner.storage.repositories import AuditRepository, OfficeRepository

        repository = OfficeRepository(session)
        old_office = repository.get(office_id) if office_id is not None else None
        if old_office is None:
            raise NotFound(_("Không tìm thấy đơn vị này."))
        updated = repository.update(change(old_office))
        AuditRepository(session).record(
            self._user, AuditAction.OFFICE_UPDATE, "office", office_id, _changes(old_office, updated)
        )
        return updated


def _check_office(office: Office) -> None:
    if not office.short_name.strip() or not office.full_name.strip():
        raise InvalidInput(_("Hãy nhập cả tên viết tắt và tên đầy đủ của đơn vị."))
    if not is_email_list(office.email):
        raise InvalidInput(
            _("Địa chỉ thư điện tử của đơn vị chưa đúng (ví dụ: vanphong@vinhthuy.gov.vn).")
        )

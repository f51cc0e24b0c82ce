"""The monthly round trip with the offices: sheets out by email, filled sheets back in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.indicators import IndicatorValue
from xa_planner.domain.office_sheets import LEAD, SUPPORT, SheetIdentification, sheet_checksum
from xa_planner.domain.periods import Period
from xa_planner.domain.progress import TaskProgress
from xa_planner.domain.text import slug
from xa_planner.exporting.atomic_output import ExportError
from xa_planner.exporting.office_sheet_writer import (
    OfficeSheet,
    SheetIndicatorRow,
    SheetTaskRow,
    write_office_sheet,
)
from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.office_sheet_reader import SHEET_LIMITS, FilledSheet, read_office_sheet
from xa_planner.localization import _
from xa_planner.services import sheet_checks
from xa_planner.services.errors import ConflictError, InvalidInput
from xa_planner.services.sheet_returns import awaited_offices
from xa_planner.services.sheet_views import (
    ImportPreview,
    ImportSummary,
    MissingSheet,
    SheetPreview,
    SheetRefusal,
    SheetRefusalKind,
    TaskChange,
)
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.storage.repositories import (
    AuditRepository,
    OfficeRepository,
    PlanRepository,
    ProfileRepository,
)
from xa_planner.storage.sheet_repository import SheetRepository
from xa_planner.storage.tracking_repository import TrackingRepository

INSTRUCTIONS = (
    "Hướng dẫn: 1) Ở mỗi nhiệm vụ đơn vị chủ trì, chọn “Tình trạng tháng này” trong danh sách "
    "(Chưa triển khai, Đang thực hiện, Hoàn thành, Không thực hiện); việc chậm so với thời hạn "
    "được tính theo thời hạn của nhiệm vụ, không cần chọn riêng.",
    "2) Ghi kết quả thực hiện, khó khăn, vướng mắc và đề xuất, kiến nghị vào các ô nền vàng; "
    "nếu đã hoàn thành, ghi ngày hoàn thành (ngày/tháng/năm). Dòng nền xám là nhiệm vụ phối hợp, "
    "để biết.",
    "3) Không sửa, xóa hay thêm cột “Mã NV”, không đổi tên trang tính; lưu tệp (.xlsx) rồi gửi "
    "lại bằng thư điện tử. Có thể đổi tên tệp.",
)


def sheet_file_name(period: Period, office_name: str) -> str:
    """ "PHIEU_DA06_2026-06_Phong-Kinh-te.xlsx" for Phòng Kinh tế's sheet of June 2026."""
    return f"PHIEU_DA06_{period.key}_{slug(office_name) or 'Don-vi'}.xlsx"


def _due_text(task) -> str:
    if task.due:
        return task.due.strftime("%d/%m/%Y")
    return task.timeframe or ("Hằng tháng" if task.recurrence else "")


class SheetService(ServiceBase):
    def export_month(
        self, period: Period, folder: Path, now: dt.datetime | None = None
    ) -> list[Path]:
        """Write one sheet per active office with tasks in the current plan; returns the files."""
        folder = Path(folder)
        now = now or dt.datetime.now()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidInput(_("Không tạo được thư mục {path}.").format(path=folder)) from exc
        # The signing secret and the sheets' contents are committed before any file is written:
        # a sheet on disk is never signed with a secret the workspace did not keep.
        with self._write() as session:
            tracking = TrackingRepository(session)
            if tracking.lock_state(period)[0] is not None:
                raise InvalidInput(
                    _("Tháng {month} đã chốt báo cáo; không gửi phiếu cho tháng này.").format(
                        month=sheet_checks.month_label(period.key)
                    )
                )
            sheets = self._build_sheets(session, period)
            period_id = tracking.period_id(period, create=True)
        written = _write_sheets(sheets, period, folder)
        try:
            with self._write() as session:
                for sheet in sheets:
                    SheetRepository(session).mark_exported(
                        period_id, sheet.office_id, now, sheet.identification.checksum
                    )
                AuditRepository(session).record(
                    self._user,
                    AuditAction.SHEETS_EXPORT,
                    "period",
                    period_id,
                    {"month": period.key, "files": len(written)},
                )
        except BaseException:
            _remove(written)  # not recorded as sent: no file may look as if it was
            raise
        return written

    def _build_sheets(self, session, period: Period) -> list[OfficeSheet]:
        plans, tracking = PlanRepository(session), TrackingRepository(session)
        plan_id = plans.current_id()
        if plan_id is None:
            raise InvalidInput(_("Chưa có kế hoạch của xã nên chưa có phiếu để gửi."))
        plan = plans.get(plan_id)
        assert plan is not None, "current_id names a stored plan"
        profile = ProfileRepository(session).get()
        secret = SheetRepository(session).secret(create=True)
        tasks = plans.tasks(plan_id)
        now, before = (
            tracking.progress_for(plan_id, period),
            tracking.progress_for(plan_id, period.shifted(-1)),
        )
        indicators = tracking.indicators(plan_id)
        values = tracking.indicator_values(plan_id, period)
        last = tracking.indicator_values(plan_id, period.shifted(-1))
        sheets = []
        for office in OfficeRepository(session).all():
            lead = [t for t in tasks if t.lead_office_id == office.id]
            lead_ids = {t.id for t in lead}
            helping = [
                t for t in tasks if office.id in t.support_office_ids and t.id not in lead_ids
            ]
            if office.retired or not (lead or helping):
                continue
            own = [i for i in indicators if i.task_id in lead_ids]
            rows = [_task_row(t, LEAD, now, before) for t in lead]
            rows += [_task_row(t, SUPPORT, now, before) for t in helping]
            ident = SheetIdentification(
                profile.commune_name,
                plan_id,
                period.key,
                office.id,
                office.full_name,
                tuple(t.id for t in lead),
                tuple(t.id for t in helping),
                tuple(i.id for i in own),
            )
            ident = _signed(ident, secret)
            sheets.append(
                OfficeSheet(
                    profile.commune_name,
                    profile.province_name,
                    plan_id,
                    plan.title,
                    sheet_checks.month_label(period.key),
                    office.id,
                    office.full_name,
                    INSTRUCTIONS,
                    ident,
                    tuple(rows),
                    tuple(_indicator_row(i, values, last) for i in own),
                )
            )
        return sheets

    def preview_import(
        self,
        paths: Sequence[Path],
        expected_period: Period | None = None,
        today: dt.date | None = None,
    ) -> ImportPreview:
        """What importing these files would change; nothing is written."""
        read = [(Path(p), _read_file(Path(p))) for p in paths]
        with self._read() as session:
            ctx = self._context(session, expected_period)
            previews: list[SheetPreview] = []
            seen: dict[tuple[int | None, str], str] = {}
            for path, outcome in read:
                if isinstance(outcome, SheetRefusal):
                    previews.append(SheetPreview(str(path), path.name, refused=outcome))
                    continue
                preview = self._preview_one(session, path, outcome, ctx, today or dt.date.today())
                key = (preview.office_id, preview.period_key)
                if not preview.refused and key in seen:
                    preview = _duplicate(preview, seen[key])
                seen.setdefault(key, path.name)
                previews.append(preview)
        return ImportPreview(tuple(previews))

    def _context(self, session, expected: Period | None) -> sheet_checks.ImportContext:
        tracking = TrackingRepository(session)
        locked = {
            p.key: tracking.lock_state(p)[1]
            for p in tracking.periods()
            if tracking.lock_state(p)[0] is not None
        }
        return sheet_checks.ImportContext(
            commune=ProfileRepository(session).get().commune_name,
            plan_id=PlanRepository(session).current_id(),
            offices={o.id: (o.full_name, o.retired) for o in OfficeRepository(session).all()},
            secret=SheetRepository(session).secret(create=False),
            expected_period=expected,
            locked=locked,
        )

    def _preview_one(self, session, path: Path, filled: FilledSheet, ctx, today) -> SheetPreview:
        ident = filled.identification
        base = SheetPreview(
            str(path),
            path.name,
            ident.commune,
            ident.plan_id,
            ident.period_key,
            ident.office_id,
            ident.office_name,
            problems=filled.problems,
        )
        reason = sheet_checks.refusal(ident, path.name, ctx)
        if reason:
            return _replace(base, refused=reason)
        period, tracking = Period.parse(ident.period_key), TrackingRepository(session)
        tasks = {t.id: t for t in PlanRepository(session).tasks(ident.plan_id)}
        current = tracking.progress_for(ident.plan_id, period)
        problems, changes = list(filled.problems), []
        for row in filled.rows:
            task = tasks.get(row.task_id)
            if task is None:
                continue
            change = sheet_checks.task_change(row, task, current.get(row.task_id), today, problems)
            if change:
                changes.append(change)
        indicator_changes = sheet_checks.indicator_changes(
            filled,
            {i.id: i for i in tracking.indicators(ident.plan_id)},
            tracking.indicator_values(ident.plan_id, period),
        )
        return _replace(
            base,
            office_name=ctx.offices[ident.office_id][0],
            changes=tuple(changes),
            indicator_changes=indicator_changes,
            problems=tuple(problems),
            unchanged=len(filled.rows) - len(changes),
        )

    def apply_import(
        self,
        preview: ImportPreview,
        confirmed_tasks: Collection[int] | None = None,
        confirmed_indicators: Collection[int] | None = None,
    ) -> ImportSummary:
        """Apply the accepted sheets' changes the officer confirmed (all when None), in one transaction."""
        if any(sheet.changes or sheet.indicator_changes for sheet in preview.accepted):
            self._backup_before_bulk_change()
        tasks_changed = indicators_changed = applied = 0
        with self._write() as session:
            for sheet in preview.accepted:
                changes = [
                    c
                    for c in sheet.changes
                    if confirmed_tasks is None or c.task_id in confirmed_tasks
                ]
                values = [
                    c
                    for c in sheet.indicator_changes
                    if confirmed_indicators is None or c.indicator_id in confirmed_indicators
                ]
                newly = self._apply_sheet(session, sheet, changes, values)
                tasks_changed += len(changes)
                indicators_changed += len(values)
                applied += bool(changes or values or newly)
        return ImportSummary(
            applied, tasks_changed, indicators_changed, tuple(s.file_name for s in preview.refused)
        )

    def _apply_sheet(self, session, sheet: SheetPreview, changes: list[TaskChange], values) -> bool:
        assert sheet.plan_id is not None and sheet.office_id is not None, "accepted: whose it is"
        period, tracking = Period.parse(sheet.period_key), TrackingRepository(session)
        if tracking.lock_state(period)[0] is not None:
            raise InvalidInput(
                _(
                    "Tháng {month} đã chốt báo cáo nên phiếu {file} không được nhập; "
                    "muốn nhập phải mở lại tháng này."
                ).format(month=sheet_checks.month_label(sheet.period_key), file=sheet.file_name)
            )
        _refuse_stale(tracking.progress_for(sheet.plan_id, period), changes, sheet.file_name)
        for change in changes:
            tracking.set_progress(
                TaskProgress(
                    change.task_id,
                    period.key,
                    change.new_status,
                    change.new_note,
                    change.new_difficulties,
                    change.new_proposals,
                    change.completed_on,
                    updated_by=self._user,
                )
            )
        for value in values:
            tracking.set_indicator_value(
                IndicatorValue(value.indicator_id, period.key, value=value.new_value),
                f"sheet:{sheet.office_id}",
            )
        period_id = tracking.period_id(period, create=True)
        newly = SheetRepository(session).mark_returned(
            period_id, sheet.office_id, dt.datetime.now()
        )
        if changes or values or newly:
            AuditRepository(session).record(
                self._user,
                AuditAction.SHEETS_IMPORT,
                "office",
                sheet.office_id,
                {
                    "month": period.key,
                    "file": sheet.file_name,
                    "tasks": [[c.task_id, c.old_status, c.new_status.value] for c in changes],
                    "indicators": [[v.indicator_id, v.old_value, v.new_value] for v in values],
                },
            )
        return newly

    def missing_sheets(self, period: Period) -> list[MissingSheet]:
        """Offices leading tasks of the current plan whose sheet for *period* has not come back."""
        with self._read() as session:
            return [MissingSheet(*office) for office in awaited_offices(session, period)]


def _signed(ident: SheetIdentification, secret: bytes) -> SheetIdentification:
    return replace(ident, checksum=sheet_checksum(secret, ident))


def _replace(preview: SheetPreview, **changes) -> SheetPreview:
    return replace(preview, **changes)


def _task_row(task, role: str, now: dict, before: dict) -> SheetTaskRow:
    current, previous = now.get(task.id), before.get(task.id)
    return SheetTaskRow(
        task.id,
        task.ref,
        task.content,
        role,
        _due_text(task),
        previous.status if previous else None,
        previous.result_note if previous else "",
        current.status if current else None,
        current.completed_on if current else None,
        current.result_note if current else "",
        current.difficulties if current else "",
        current.proposals if current else "",
    )


def _indicator_row(indicator, values: dict, last: dict) -> SheetIndicatorRow:
    def measured(table: dict):
        found = table.get(indicator.id)
        return found.measured(indicator.kind) if found else None

    return SheetIndicatorRow(
        indicator.id,
        indicator.name,
        indicator.unit,
        indicator.assigned_level,
        measured(last),
        measured(values),
    )


def _read_file(path: Path) -> FilledSheet | SheetRefusal:
    """The filled sheet, or why it cannot be read."""
    try:
        if path.stat().st_size > SHEET_LIMITS.max_file_bytes:
            return SheetRefusal.of(SheetRefusalKind.TOO_LARGE, file=path.name)
        return read_office_sheet(path.read_bytes(), path.name)
    except ImportRejected as exc:
        return SheetRefusal(SheetRefusalKind.REJECTED, {"file": path.name}, rejected=exc)
    except FileNotFoundError:
        return SheetRefusal.of(SheetRefusalKind.NOT_FOUND, file=path.name)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return SheetRefusal.of(SheetRefusalKind.UNREADABLE, file=path.name, reason=reason)


def _duplicate(preview: SheetPreview, other: str) -> SheetPreview:
    return _replace(
        preview,
        changes=(),
        indicator_changes=(),
        refused=SheetRefusal.of(SheetRefusalKind.DUPLICATE, file=preview.file_name, other=other),
    )


def _refuse_stale(current: dict, changes: list[TaskChange], file_name: str) -> None:
    stale = [
        c.ref or str(c.task_id)
        for c in changes
        if (current[c.task_id].revision if c.task_id in current else 0) != c.seen_revision
    ]
    if stale:
        raise ConflictError(
            _(
                "Từ lúc xem trước, các nhiệm vụ {refs} (phiếu {file}) đã được sửa ở nơi khác; "
                "không nhập gì cả, hãy xem trước lại."
            ).format(refs=", ".join(stale[:10]), file=file_name)
        )


def _write_sheets(sheets: list[OfficeSheet], period: Period, folder: Path) -> list[Path]:
    """One file per sheet; on any failure the files already written are removed again."""
    written: list[Path] = []
    used: set[str] = set()
    try:
        for sheet in sheets:
            name = sheet_file_name(period, sheet.office_name)
            if name in used:
                name = name.replace(".xlsx", f"_{sheet.office_id}.xlsx")
            used.add(name)
            written.append(write_office_sheet(sheet, folder / name))
    except ExportError as exc:
        _remove(written)
        raise InvalidInput(str(exc)) from exc
    except BaseException:
        _remove(written)
        raise
    return written


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)

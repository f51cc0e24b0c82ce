"""The monthly report's stored parts: the officer's draft texts per month and the frozen sent copies."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xa_planner.domain.monthly_report import MonthlyReport
from xa_planner.domain.periods import Period
from xa_planner.domain.sent_file import SentFile
from xa_planner.storage.models import MetaRecord, PeriodRecord, SentReportRecord
from xa_planner.storage.reads import TrackingReads
from xa_planner.storage.sessions import SessionRows
from xa_planner.storage.tracking_repository import TrackingRepository

# Draft texts live in workspace_meta under one key per month, so no schema change is needed.
_DRAFT_PREFIX = "report_draft:"


@dataclass(frozen=True)
class SentReport:
    """A report as it was sent: never edited afterwards.

    *report* is None for a month marked sent without one (the demo workspace's past months)."""

    period_key: str
    sent_at: dt.datetime
    sent_by: str
    file_name: str
    sha256: str
    report: MonthlyReport | None
    files: tuple[SentFile, ...]


class ReportRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def draft_texts(self, period: Period) -> dict[str, str]:
        """The officer's saved texts of the month, field key → text: a new dict on every call."""
        record = self._session.get(MetaRecord, _DRAFT_PREFIX + period.key)
        if record is None or not record.value:
            return {}
        try:
            stored = json.loads(record.value)
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}

    def save_draft_texts(self, period: Period, texts: Mapping[str, str]) -> None:
        key = _DRAFT_PREFIX + period.key
        record = self._session.get(MetaRecord, key)
        if record is None:
            record = MetaRecord(key=key)
            self._session.add(record)
        record.value = json.dumps(dict(texts), ensure_ascii=False, sort_keys=True)
        self._session.flush()

    def add_sent(
        self,
        period: Period,
        sent_by: str,
        file_name: str,
        sha256: str,
        report: MonthlyReport | None,
        files: Sequence[SentFile],
    ) -> None:
        """Keep the month's report as sent, with the manifest of the files that carried it."""
        period_id = TrackingRepository(self._session).period_id(period, create=True)
        self._session.add(
            SentReportRecord(
                period_id=period_id,
                sent_at=dt.datetime.now(),
                sent_by=sent_by,
                file_name=file_name,
                sha256=sha256,
                payload=_payload(report, tuple(files)),
            )
        )
        self._session.flush()

    def sent_periods(self) -> set[Period]:
        """The months whose report was marked sent at least once."""
        return TrackingReads(SessionRows(self._session)).sent_periods()

    def sent(self, period: Period) -> list[SentReport]:
        """Every sending of the month's report, oldest first (a reopened month may be resent)."""
        query = (
            select(SentReportRecord)
            .join(PeriodRecord, PeriodRecord.id == SentReportRecord.period_id)
            .where(PeriodRecord.year == period.year, PeriodRecord.month == period.month)
            .order_by(SentReportRecord.sent_at, SentReportRecord.id)
        )
        return [_sent_report(period, record) for record in self._session.scalars(query)]


def _sent_report(period: Period, record: SentReportRecord) -> SentReport:
    payload = record.payload
    report = MonthlyReport.from_json(payload["report"]) if "report" in payload else None
    files = tuple(SentFile.from_json(entry) for entry in payload.get("files", ()))
    return SentReport(period.key, record.sent_at, record.sent_by, record.file_name, record.sha256, report, files)


def _payload(report: MonthlyReport | None, files: tuple[SentFile, ...]) -> dict[str, Any]:
    """The sent copy's one JSON form; a copy without a report has no "report" key, as always."""
    manifest = [entry.to_json() for entry in files]
    return {"report": report.to_json(), "files": manifest} if report is not None else {"files": manifest}

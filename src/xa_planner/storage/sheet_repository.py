"""Office sheets sent out and returned, and the workspace secret that signs them."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Literal, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from xa_planner.storage.models import MetaRecord, OfficeSheetRecord

SECRET_KEY = "office_sheet_secret"


@dataclass(frozen=True)
class OfficeSheetState:
    office_id: int
    exported_at: dt.datetime | None
    returned_at: dt.datetime | None
    checksum: str


class SheetRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    @overload
    def secret(self, *, create: Literal[True]) -> bytes: ...
    @overload
    def secret(self, *, create: bool) -> bytes | None: ...
    def secret(self, *, create: bool) -> bytes | None:
        """The per-workspace key of the sheets' checksums, made on first use when *create*."""
        record = self._session.get(MetaRecord, SECRET_KEY)
        if record is None:
            if not create:
                return None
            record = MetaRecord(key=SECRET_KEY, value=secrets.token_hex(32))
            self._session.add(record)
            self._session.flush()
        return bytes.fromhex(record.value)

    def _record(self, period_id: int, office_id: int) -> OfficeSheetRecord | None:
        query = select(OfficeSheetRecord).where(
            OfficeSheetRecord.period_id == period_id, OfficeSheetRecord.office_id == office_id
        )
        return self._session.scalars(query).first()

    def mark_exported(self, period_id: int, office_id: int, at: dt.datetime, checksum: str) -> None:
        record = self._record(period_id, office_id)
        if record is None:
            record = OfficeSheetRecord(period_id=period_id, office_id=office_id)
            self._session.add(record)
        record.exported_at, record.checksum = at, checksum
        self._session.flush()

    def mark_returned(self, period_id: int, office_id: int, at: dt.datetime) -> bool:
        """Note the sheet's first return; False (nothing written) when it had come back before."""
        record = self._record(period_id, office_id)
        if record is None:
            record = OfficeSheetRecord(period_id=period_id, office_id=office_id)
            self._session.add(record)
        if record.returned_at is not None:
            return False
        record.returned_at = at
        self._session.flush()
        return True

    def states(self, period_id: int | None) -> dict[int, OfficeSheetState]:
        if period_id is None:
            return {}
        query = select(OfficeSheetRecord).where(OfficeSheetRecord.period_id == period_id)
        return {
            r.office_id: OfficeSheetState(r.office_id, r.exported_at, r.returned_at, r.checksum)
            for r in self._session.scalars(query)
        }

"""The officer's remembered choices of commune office for each provincial unit."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from xa_planner.storage.models import UnitMappingRecord


class UnitMappingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def remembered(self) -> dict[str, int | None]:
        """Folded unit key → office id."""
        rows = self._session.execute(
            select(UnitMappingRecord.unit_folded, UnitMappingRecord.office_id)
        )
        return {key: office_id for key, office_id in rows}

    def remember(self, key: str, unit_name: str, office_id: int | None) -> bool:
        """Store a choice; True when it changed what was remembered."""
        query = select(UnitMappingRecord).where(UnitMappingRecord.unit_folded == key)
        record = self._session.scalars(query).first()
        if record is None:
            self._session.add(
                UnitMappingRecord(unit_folded=key, unit_name=unit_name, office_id=office_id)
            )
            return True
        if record.office_id == office_id:
            return False
        record.office_id, record.unit_name = office_id, unit_name
        return True

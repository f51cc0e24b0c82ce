"""The officer's remembered choice of sheet and columns in the provincial indicator workbook."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from xa_planner.domain.indicator_workbook_mapping import WorkbookMapping
from xa_planner.storage.models import MetaRecord

MAPPING_KEY = "indicator_workbook_mapping"


class IndicatorWorkbookRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def mapping(self) -> WorkbookMapping | None:
        """The remembered choice, or None when there is none or it is unreadable."""
        record = self._session.get(MetaRecord, MAPPING_KEY)
        if record is None or not record.value:
            return None
        try:
            stored = json.loads(record.value)
        except ValueError:
            return None
        return WorkbookMapping.from_json(stored) if isinstance(stored, dict) else None

    def remember(self, mapping: WorkbookMapping) -> None:
        text = json.dumps(mapping.to_json(), ensure_ascii=False, sort_keys=True)
        record = self._session.get(MetaRecord, MAPPING_KEY)
        if record is None:
            self._session.add(MetaRecord(key=MAPPING_KEY, value=text))
        else:
            record.value = text

"""The officer's remembered choice of sheet and columns in the provincial indicator workbook."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from xa_planner.storage.models import MetaRecord

MAPPING_KEY = "indicator_workbook_mapping"


class IndicatorWorkbookRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def mapping(self) -> dict[str, Any] | None:
        """The remembered choice as stored (JSON), or None when there is none or it is unreadable."""
        record = self._session.get(MetaRecord, MAPPING_KEY)
        if record is None or not record.value:
            return None
        try:
            stored = json.loads(record.value)
        except ValueError:
            return None
        return stored if isinstance(stored, dict) else None

    def remember(self, mapping: Mapping[str, Any]) -> None:
        text = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
        record = self._session.get(MetaRecord, MAPPING_KEY)
        if record is None:
            self._session.add(MetaRecord(key=MAPPING_KEY, value=text))
        else:
            record.value = text

"""The provincial plans stored in the workspace as templates."""

from __future__ import annotations

from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import TemplateSummary
from xa_planner.storage.repositories import TemplateRepository


class TemplateService(ServiceBase):
    def templates(self) -> list[TemplateSummary]:
        with self._read() as session:
            return [
                TemplateSummary(
                    id=r.id,
                    title=r.title,
                    doc_number=r.doc_number,
                    doc_date=r.doc_date,
                    issuer=r.issuer,
                    source_name=r.source_name,
                    task_count=count,
                    imported_at=r.imported_at,
                )
                for r, count in TemplateRepository(session).summaries()
            ]

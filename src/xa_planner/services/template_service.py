"""The provincial plans stored in the workspace as templates: parse, review, save."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.plans import Template
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput, NotFound
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import TemplateSummary
from xa_planner.storage.repositories import AuditRepository, TemplateRepository

if TYPE_CHECKING:  # the importer loads only when a plan is imported
    from xa_planner.importing.plan_warning import ParsedWarning


@dataclass(frozen=True)
class ImportOutcome:
    template_id: int
    task_count: int
    already_imported: bool
    warnings: tuple[ParsedWarning, ...] = ()  # what the reading noticed; worded where shown


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_plan(path: Path, on_page=None, cancel=None):
    """Read a provincial plan file into a ParsedPlan; the workspace is not touched.

    A scan is recognised page by page: *on_page(done, total)* follows it and *cancel* (a
    callable or a threading.Event) stops it, raising InvalidInput.
    """
    # The importer (and its readers: docx, xlsx, pdf) loads only when a plan is imported.
    from xa_planner.importing import ImportRejected, parse_plan_file
    from xa_planner.importing.reading_progress import ReadingProgress
    from xa_planner.services.import_refusal_texts import import_refusal_text

    try:
        return parse_plan_file(Path(path), progress=ReadingProgress(on_page, cancel))
    except ImportRejected as exc:
        raise InvalidInput(import_refusal_text(exc)) from exc
    except OSError as exc:
        raise InvalidInput(
            _("Không đọc được tệp {name}: {reason}").format(
                name=Path(path).name, reason=exc.strerror or exc
            )
        ) from exc


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

    def template(self, template_id: int) -> Template:
        with self._read() as session:
            found = TemplateRepository(session).get(template_id)
        if found is None:
            raise NotFound(_("Không tìm thấy kế hoạch của tỉnh số {id}.").format(id=template_id))
        return found

    def same_source(self, sha256: str) -> int | None:
        """The template already imported from a file with this content, if any."""
        with self._read() as session:
            return TemplateRepository(session).find_by_sha256(sha256)

    def save_template(self, template: Template, source_text: str = "") -> int:
        """Store a reviewed template in one transaction; returns its id."""
        if not template.tasks:
            raise InvalidInput(_("Kế hoạch chưa có nhiệm vụ nào; không có gì để lưu."))
        self._backup_before_bulk_change()
        with self._write() as session:
            template_id = TemplateRepository(session).add(template, source_text)
            AuditRepository(session).record(
                self._user,
                AuditAction.TEMPLATE_IMPORT,
                "template",
                template_id,
                {"source": template.source_name, "tasks": len(template.tasks)},
            )
            return template_id

    def import_file(self, path: Path) -> ImportOutcome:
        """Parse and store a plan with the importer's choices (the CLI's path, no review)."""
        path = Path(path)
        sha = file_sha256(path) if path.is_file() else ""
        existing = self.same_source(sha) if sha else None
        if existing is not None:
            return ImportOutcome(existing, len(self.template(existing).tasks), True)
        parsed = parse_plan(path)
        template = parsed.to_template(path.name, sha)
        template_id = self.save_template(template, "\n".join(parsed.source_lines))
        return ImportOutcome(template_id, len(template.tasks), False, tuple(parsed.warnings))

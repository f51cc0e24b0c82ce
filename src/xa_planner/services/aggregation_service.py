"""Province level: consolidate many communes' monthly report workbooks into one workbook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from xa_planner.domain.status_labels import CATEGORY_ORDER, category_label
from xa_planner.domain.statuses import ProgressStatus, ReportCategory
from xa_planner.domain.text import fold
from xa_planner.exporting.consolidated_xlsx_writer import (
    ConsolidatedReport,
    IndicatorResult,
    Submission,
)
from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.limits import ImportLimits
from xa_planner.importing.report_data_reader import ReportData, read_report_file
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput
from xa_planner.services.import_refusal_texts import import_refusal_text

MAX_FILES = 5_000
_DONE = {c.value for c in CATEGORY_ORDER if c.status is ProgressStatus.DONE}
# Workbooks made before status and timing were two axes: their "sắp đến hạn" and "chưa có
# hạn" tasks were unfinished ones the text counted as in progress; they are counted so here.
_LEGACY_CATEGORIES = {
    "due_soon": ReportCategory.IN_PROGRESS_ON_TIME.value,
    "no_deadline": ReportCategory.IN_PROGRESS_UNDATED.value,
}


@dataclass(frozen=True)
class AggregationResult:
    output: Path
    report: ConsolidatedReport

    @property
    def problems(self) -> tuple[tuple[str, str], ...]:
        return self.report.problems


def report_files(inputs: Sequence[Path]) -> list[Path]:
    """The .xlsx files named or found (recursively) in the folders named, in a stable order."""
    found: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            found += sorted(p for p in item.rglob("*.xlsx") if not p.name.startswith(("~$", ".")))
        elif item.exists():
            found.append(item)
        else:
            raise InvalidInput(_("Không tìm thấy {path}.").format(path=item))
    if len(found) > MAX_FILES:
        raise InvalidInput(_("Quá nhiều tệp (tối đa {limit}).").format(limit=MAX_FILES))
    return list(dict.fromkeys(found))


class AggregationService:
    """Needs no workspace: it reads report files and writes one consolidated workbook."""

    def __init__(self, limits: ImportLimits | None = None) -> None:
        self._limits = limits or ImportLimits()

    def consolidate(
        self,
        inputs: Sequence[Path],
        *,
        month: str | None = None,
        expected: Sequence[str] = (),
    ) -> ConsolidatedReport:
        files = report_files(inputs)
        if not files:
            raise InvalidInput(_("Không có tệp .xlsx nào để tổng hợp."))
        problems: list[tuple[str, str]] = []
        kept: dict[tuple[str, str], tuple[Path, ReportData]] = {}
        for path in files:
            data = self._read(path, problems)
            if data is None:
                continue
            if month and data.month != month:
                problems.append(
                    (
                        path.name,
                        _("Báo cáo tháng {found}, không phải tháng {wanted}.").format(
                            found=data.month, wanted=month
                        ),
                    )
                )
                continue
            self._keep(kept, path, data, problems)
        if not kept:
            raise InvalidInput(
                _("Không có báo cáo hợp lệ nào trong {n} tệp; ví dụ {file}: {problem}").format(
                    n=len(files), file=problems[0][0], problem=problems[0][1]
                )
            )
        return _consolidated(month or "", kept, expected, problems)

    def aggregate(
        self,
        inputs: Sequence[Path],
        output: Path,
        *,
        month: str | None = None,
        expected: Sequence[str] = (),
    ) -> AggregationResult:
        """Consolidate the reports found in *inputs* and write the workbook at *output*."""
        from xa_planner.exporting.atomic_output import ExportError
        from xa_planner.exporting.consolidated_xlsx_writer import write_consolidated_xlsx

        report = self.consolidate(inputs, month=month, expected=expected)
        try:
            return AggregationResult(write_consolidated_xlsx(report, output), report)
        except ExportError as exc:
            raise InvalidInput(str(exc)) from exc

    def _read(self, path: Path, problems: list[tuple[str, str]]) -> ReportData | None:
        try:
            return read_report_file(path, self._limits)
        except ImportRejected as exc:  # the reader turns whatever a hostile file raises into this
            problems.append((path.name, import_refusal_text(exc)))
        return None

    @staticmethod
    def _keep(kept, path: Path, data: ReportData, problems: list[tuple[str, str]]) -> None:
        """One report per commune and month: the most recently prepared one wins."""
        key = (fold(data.commune), data.month)
        previous = kept.get(key)
        if previous is not None:
            older, newer = sorted([previous, (path, data)], key=lambda e: e[1].prepared_on)
            kept[key] = newer
            problems.append(
                (
                    older[0].name,
                    _("Trùng báo cáo của xã {commune} tháng {month}; dùng tệp {used}.").format(
                        commune=data.commune, month=data.month, used=newer[0].name
                    ),
                )
            )
            return
        kept[key] = (path, data)


def _consolidated(month, kept, expected, problems) -> ConsolidatedReport:
    wanted = {fold(name): name.strip() for name in expected if name.strip()}
    entries = sorted(kept.values(), key=lambda e: (fold(e[1].commune), e[1].month))
    submissions = tuple(_submission(path, data, wanted) for path, data in entries)
    reported = {fold(data.commune) for _path, data in entries}
    missing = tuple(name for key, name in wanted.items() if key not in reported)
    indicators = tuple(
        IndicatorResult(
            data.commune, data.month, i.name, i.value, i.assigned_level, i.met, i.margin
        )
        for _path, data in entries
        for i in data.indicators
    )
    labels = tuple(category_label(c) for c in CATEGORY_ORDER)
    return ConsolidatedReport(month, labels, submissions, missing, indicators, tuple(problems))


def _submission(path: Path, data: ReportData, wanted: dict[str, str]) -> Submission:
    counts = {c.value: 0 for c in CATEGORY_ORDER}
    for task in data.tasks:
        category = _LEGACY_CATEGORIES.get(task.status_class, task.status_class)
        if category in counts:
            counts[category] += 1
    total = sum(counts.values())
    done = sum(counts[c] for c in _DONE)
    on_time = data.prepared_on <= data.deadline if data.prepared_on and data.deadline else None
    note = _("Không có trong danh sách") if wanted and fold(data.commune) not in wanted else ""
    return Submission(
        commune=data.commune,
        province=data.province,
        month=data.month,
        file_name=path.name,
        prepared_on=data.prepared_on,
        deadline=data.deadline,
        on_time=on_time,
        status_counts=tuple(counts.values()),
        done_percent=100.0 * done / total if total else 0.0,
        note=note,
    )

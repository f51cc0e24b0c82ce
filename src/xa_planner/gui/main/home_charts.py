"""The bars of the home page's charts: progress per office and per indicator, in the status colours."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

from xa_planner.domain.indicators import IndicatorKind
from xa_planner.gui.indicators.indicator_entry import measured_text
from xa_planner.gui.widgets.bar_chart_widget import Bar
from xa_planner.gui.widgets.status_labels import DONE_COLOUR, MUTED_COLOUR, OVERDUE_COLOUR
from xa_planner.localization import _, format_number, format_percent
from xa_planner.services.views import IndicatorProgress, OfficeProgress


def office_bar(row: OfficeProgress) -> Bar:
    """Done share of the office's tasks; red when some are overdue, green otherwise."""
    share = row.done / row.total if row.total else 0.0
    value = _("{done}/{total} ({percent})").format(
        done=format_number(row.done), total=format_number(row.total), percent=format_percent(share)
    )
    colour = QColor(OVERDUE_COLOUR if row.overdue else DONE_COLOUR)
    tooltip = _("{done} hoàn thành, {overdue} quá hạn trên {total} nhiệm vụ chủ trì").format(
        done=format_number(row.done), overdue=format_number(row.overdue), total=format_number(row.total)
    )
    return Bar(row.office, share, value, colour, tooltip)


def office_bars(rows: Iterable[OfficeProgress]) -> list[Bar]:
    """Offices most behind first, so the ones needing a call are on top."""
    ordered = sorted(rows, key=lambda r: (r.done / r.total if r.total else 0.0, -r.overdue))
    return [office_bar(row) for row in ordered]


def indicator_share(row: IndicatorProgress) -> float:
    """How far the result has come towards the assigned level, 0..1 (0 when it cannot be told)."""
    level, measured = row.assigned_level, row.measured
    if level is None or measured is None:
        return 0.0
    if row.direction == "<=":
        return 1.0 if measured <= level else (level / measured if measured > 0 else 0.0)
    return 1.0 if level <= 0 else max(0.0, min(1.0, measured / level))


def indicator_bar(row: IndicatorProgress) -> Bar:
    """Measured against the assigned level: green when met, red when not, grey without figures."""
    kind = IndicatorKind(row.kind)
    measured = measured_text(kind, row.unit, row.measured) or _("chưa có số liệu")
    if row.assigned_level is None:
        value = measured
    else:
        sign = "≤" if row.direction == "<=" else "≥"
        level = measured_text(kind, row.unit, row.assigned_level)
        value = _("{measured} / mức giao {sign} {level}").format(measured=measured, sign=sign, level=level)
    if row.met is None:
        colour, verdict = MUTED_COLOUR, _("Chưa đánh giá được")
    elif row.met:
        colour, verdict = DONE_COLOUR, _("Đạt")
    else:
        colour, verdict = OVERDUE_COLOUR, _("Chưa đạt")
    return Bar(row.name, indicator_share(row), value, QColor(colour), verdict)


def indicator_bars(rows: Iterable[IndicatorProgress]) -> list[Bar]:
    return [indicator_bar(row) for row in rows]

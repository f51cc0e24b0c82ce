"""The home page's second look: sheets not yet back, indicator bars, office bars (loaded after the first paint)."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.domain.periods import Period
from xa_planner.gui.main.home_charts import indicator_share
from xa_planner.gui.main.home_page import HomePage
from xa_planner.gui.main.home_table_models import AwaitedSheetTableModel
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.services.demo_service import create_demo
from xa_planner.services.views import AwaitedSheet, IndicatorProgress

TODAY = dt.date(2026, 6, 20)


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "home.xaplan", tasks=40, offices=8, months=3, today=TODAY) as opened:
        yield opened


def _loaded_page(qtbot, workspace) -> HomePage:
    page = HomePage(workspace.home, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.details is not None and not has_background_work())
    return page


def test_offices_whose_sheet_has_not_come_back_are_listed(qtbot, workspace, tmp_path):
    period = Period.parse(workspace.home.summary(TODAY).period_key)
    files = workspace.sheets.export_month(period, tmp_path / "out")
    workspace.sheets.apply_import(workspace.sheets.preview_import([files[0]]))
    awaited = {m.office_name for m in workspace.sheets.missing_sheets(period)}
    page = _loaded_page(qtbot, workspace)
    listed = {page._ui.awaited_sheets_table.model().index(r, 0).data()
              for r in range(page._ui.awaited_sheets_table.model().rowCount())}
    assert listed == awaited and len(listed) >= 2
    assert f"{len(awaited)} đơn vị chưa gửi lại phiếu" in page._ui.sheets_label.text()
    tabs = page._ui.progress_tabs
    assert f"({len(awaited)})" in tabs.tabText(tabs.indexOf(page._ui.awaited_sheets_tab))


def test_before_any_sheet_is_sent_the_page_says_so(qtbot, workspace):
    page = _loaded_page(qtbot, workspace)
    assert "Chưa gửi phiếu" in page._ui.sheets_label.text()


def test_indicator_bars_show_measured_against_assigned_level(qtbot, workspace):
    page = _loaded_page(qtbot, workspace)
    period = Period.parse(page.details.period_key)
    rows = workspace.indicators.indicator_rows(workspace.plans.current_plan().id, period)
    bars = page._ui.indicator_chart.bars()
    assert [b.label for b in bars] == [r.indicator.name for r in rows] and bars
    for bar, row in zip(bars, rows, strict=True):
        level, measured = row.indicator.assigned_level, row.measured
        if row.indicator.direction == ">=" and level and measured is not None:
            assert bar.share == pytest.approx(min(1.0, measured / level))
        assert ("mức giao" in bar.value_text) == (level is not None)
        assert bar.tooltip == {True: "Đạt", False: "Chưa đạt", None: "Chưa đánh giá được"}[row.met]
    assert not page._ui.indicator_chart.grab().toImage().isNull()


def test_office_bars_follow_the_office_progress(qtbot, workspace):
    page = _loaded_page(qtbot, workspace)
    summary = workspace.home.summary(TODAY)
    bars = {b.label: b for b in page._ui.office_chart.bars()}
    assert set(bars) == {p.office for p in summary.office_progress}
    for progress in summary.office_progress:
        assert bars[progress.office].share == pytest.approx(progress.done / progress.total)
        assert bars[progress.office].value_text.startswith(f"{progress.done}/{progress.total}")


def test_an_indicator_below_its_ceiling_is_full_and_one_without_figures_is_empty():
    ceiling = IndicatorProgress("Số vụ", "number", "vụ", "<=", 3, 5, True)
    missing = IndicatorProgress("Tỷ lệ", "ratio", "%", ">=", None, 80, None)
    assert indicator_share(ceiling) == 1.0 and indicator_share(missing) == 0.0


def test_the_awaited_sheets_model_passes_the_model_tester(qtmodeltester):
    model = AwaitedSheetTableModel()
    model.set_rows([AwaitedSheet("Phòng Kinh tế", dt.datetime(2026, 6, 1, 9, 30)), AwaitedSheet("Trạm Y tế", None)])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "chưa gửi phiếu"


def test_a_page_hidden_before_its_second_look_loads_it_when_shown_again(qtbot, workspace):
    page = HomePage(workspace.home, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.hide()  # e.g. the officer went straight to another page
    qtbot.wait(400)
    assert page.details is None and not has_background_work()
    page.show()
    qtbot.waitUntil(lambda: page.details is not None and not has_background_work())

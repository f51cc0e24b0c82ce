"""The derivation wizard: identity → tasks → units → (past deadlines) → preview → a commune plan created in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from tests.gui.layout_checks import offenders
from xa_planner.gui.derivation.derivation_wizard import DerivationWizard
from xa_planner.gui.main.main_window import TEMPLATES, MainWindow
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.gui.widgets.translator import install_language

REMAPPED_UNIT = "Sở Tư pháp"


def _wizard(qtbot, workspace) -> DerivationWizard:
    template_id = workspace.templates.templates()[0].id
    wizard = DerivationWizard(workspace.derivation, workspace.templates, workspace.commune, template_id, 2026)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _police_id(workspace) -> int:
    return workspace.commune.offices()[0].id  # "Công an xã", first of the standard offices


def _drive_to_units(wizard: DerivationWizard) -> str:
    """Give a number, untick the first task's whole section; returns that section."""
    wizard.identity_page._ui.number_edit.setText("15/KH-UBND")
    wizard.next()
    tasks = wizard.tasks_page
    tasks.select_row(0)
    section = tasks.model.section_of(0)
    tasks._ui.uncheck_section_button.click()
    wizard.next()
    return section


def test_driving_every_page_creates_the_plan_with_the_chosen_tasks_and_offices(qtbot, translator, demo_workspace):
    wizard = _wizard(qtbot, demo_workspace)
    assert wizard.identity_page._ui.title_edit.text().endswith("năm 2026")
    section = _drive_to_units(wizard)
    chosen = wizard.tasks_page.model.checked_count()
    units = wizard.units_page.model
    row = units.row_of_unit(REMAPPED_UNIT)
    assert units.setData(units.index(row, units.OFFICE_COLUMN), _police_id(demo_workspace))
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.model.total_count() == chosen

    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.created_plan_id is not None, timeout=20000)

    plan = next(p for p in demo_workspace.plans.plans() if p.id == wizard.created_plan_id)
    assert plan.number == "15/KH-UBND"
    rows = demo_workspace.plans.plan_rows(plan.id)
    template = demo_workspace.templates.template(wizard.state.template_id)
    by_ref = {t.ref: t for t in template.tasks}
    assert len(rows) == chosen
    assert all(by_ref[r.source_ref].section != section for r in rows)
    led_by_justice = [r for r in rows if by_ref[r.source_ref].lead[:1] == (REMAPPED_UNIT,)]
    assert led_by_justice and all(r.lead_office_id == _police_id(demo_workspace) for r in led_by_justice)


def test_the_officers_unit_choice_is_remembered_next_time(qtbot, translator, demo_workspace):
    first = _wizard(qtbot, demo_workspace)
    _drive_to_units(first)
    units = first.units_page.model
    units.setData(units.index(units.row_of_unit(REMAPPED_UNIT), units.OFFICE_COLUMN), _police_id(demo_workspace))
    first.next()
    first.accept()
    qtbot.waitUntil(lambda: first.created_plan_id is not None, timeout=20000)

    second = _wizard(qtbot, demo_workspace)
    _drive_to_units(second)
    again = second.units_page.model
    row = again.row_of_unit(REMAPPED_UNIT)
    assert again.data(again.index(row, again.OFFICE_COLUMN), Qt.ItemDataRole.EditRole) == _police_id(demo_workspace)
    assert again.changes() == {}


def test_unmapped_units_are_highlighted_and_listed_in_the_preview(qtbot, translator, demo_workspace):
    wizard = _wizard(qtbot, demo_workspace)
    wizard.next()
    wizard.next()
    units = wizard.units_page.model
    unmapped = units.unmapped_units()
    assert unmapped
    row = units.row_of_unit(unmapped[0])
    assert units.data(units.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    wizard.next()
    assert unmapped[0] in wizard.preview_page._ui.unmapped_label.text()


def test_with_no_task_ticked_the_wizard_cannot_go_on(qtbot, translator, demo_workspace):
    wizard = _wizard(qtbot, demo_workspace)
    wizard.next()
    model = wizard.tasks_page.model
    for row in range(model.rowCount()):
        model.setData(model.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not wizard.tasks_page.isComplete()
    assert "0/" in wizard.tasks_page._ui.count_label.text()


def test_the_wizard_models_pass_the_model_tester(qtbot, qtmodeltester, translator, demo_workspace):
    wizard = _wizard(qtbot, demo_workspace)
    wizard.next()
    qtmodeltester.check(wizard.tasks_page.model)
    wizard.next()
    qtmodeltester.check(wizard.units_page.model)
    wizard.next()
    qtmodeltester.check(wizard.preview_page.model)


@pytest.fixture
def window(qtbot, translator, demo_workspace, today):
    widget = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_menu_and_the_templates_page_open_the_wizard_then_show_the_plan(qtbot, window, monkeypatch):
    calls: list[tuple] = []

    def fake_ask(cls, parent, derivation, templates, commune, template_id=None, year=None):
        calls.append((template_id, year))
        return 99

    monkeypatch.setattr(DerivationWizard, "ask", classmethod(fake_ask))
    window._ui.derive_plan_action.trigger()
    assert window.current_page() is window.plan_page
    window.show_page(TEMPLATES)
    window.templates_page._ui.derive_button.click()
    template_id = window.templates_page.selected_template_id()
    assert calls == [(None, 2026), (template_id, 2026)]  # from the menu the wizard offers the first template


def test_without_templates_the_menu_says_to_import_first(qtbot, translator, empty_workspace, today, monkeypatch):
    window = MainWindow(empty_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    infos: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, message, title="": infos.append(message))
    window._ui.derive_plan_action.trigger()
    assert len(infos) == 1 and "nhập kế hoạch của tỉnh" in infos[0]
    assert not has_background_work()


# --- the plan's year and the source's deadlines; the proposed title (seed plans) -------------

PLANS = Path(__file__).parents[2] / "data" / "plans"


def _seed_wizard(qtbot, workspace, stem: str, year: int = 2026) -> DerivationWizard:
    template_id = workspace.templates.import_file(next(PLANS.glob(f"{stem}_*.txt"))).template_id
    wizard = DerivationWizard(workspace.derivation, workspace.templates, workspace.commune, template_id, year)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _dues(workspace, plan_id: int) -> dict[str, dt.date]:
    return {r.ref: r.due for r in workspace.plans.plan_rows(plan_id) if r.due}


def _create(qtbot, wizard: DerivationWizard) -> int:
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.created_plan_id is not None, timeout=20000)
    return wizard.created_plan_id


def test_deadlines_before_the_plan_year_are_listed_and_moved_into_it_by_default(
    qtbot, qtmodeltester, translator, empty_workspace
):
    wizard = _seed_wizard(qtbot, empty_workspace, "003")  # the last four months of 2025, for 2026
    for _page in range(3):
        wizard.next()

    page = wizard.deadlines_page
    assert wizard.currentPage() is page
    qtmodeltester.check(page.model)
    listed = page.model.rows()
    assert listed and all(p.due.year == 2025 and p.moved_to == p.due.replace(year=2026) for p in listed)
    assert f"{len(listed)} nhiệm vụ có thời hạn trước năm 2026" in page._ui.summary_label.text()
    assert page._ui.shift_radio.isChecked()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert all(t.due is None or t.due.year == 2026 for t in wizard.preview_page.result.plan.tasks)
    assert "được dời sang năm 2026" in wizard.preview_page._ui.summary_label.text()

    dues = _dues(empty_workspace, _create(qtbot, wizard))
    assert all(dues[p.ref] == p.moved_to for p in listed)
    assert min(dues.values()) >= dt.date(2026, 1, 1)  # nothing overdue the day the plan is made


def test_the_officer_may_keep_the_sources_deadlines_and_is_told_they_are_overdue(qtbot, translator, empty_workspace):
    wizard = _seed_wizard(qtbot, empty_workspace, "003")
    for _page in range(3):
        wizard.next()
    listed = wizard.deadlines_page.model.rows()

    wizard.deadlines_page._ui.keep_radio.click()
    wizard.next()

    assert "giữ nguyên" in wizard.preview_page._ui.summary_label.text()
    dues = _dues(empty_workspace, _create(qtbot, wizard))
    assert listed and all(dues[p.ref] == p.due for p in listed)


def test_a_plan_for_the_sources_own_year_goes_straight_to_the_preview(qtbot, translator, empty_workspace):
    wizard = _seed_wizard(qtbot, empty_workspace, "003", year=2025)
    for _page in range(3):
        wizard.next()

    assert wizard.currentPage() is wizard.preview_page
    assert "thời hạn trước năm" not in wizard.preview_page._ui.summary_label.text()


def test_the_proposed_title_keeps_the_de_ans_name_and_speaks_of_the_commune(qtbot, translator, empty_workspace):
    wizard = _seed_wizard(qtbot, empty_workspace, "003")

    title = wizard.identity_page._ui.title_edit.text()
    assert "tầm nhìn đến năm 2030”" in title and "Vĩnh Long" not in title
    assert title.endswith("” trên địa bàn xã Vĩnh Thủy năm 2026")
    assert wizard.identity_page._ui.title_warning_label.isHidden()


def test_a_title_misread_by_ocr_is_shown_with_a_warning_until_the_officer_rewrites_it(qtbot, translator, empty_workspace):
    wizard = _seed_wizard(qtbot, empty_workspace, "000")
    ui = wizard.identity_page._ui

    assert not ui.title_warning_label.isHidden()
    assert "nhận dạng chữ" in ui.title_warning_label.text()
    ui.title_edit.setText("Triển khai thực hiện Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026")
    assert ui.title_warning_label.isHidden()


def test_a_task_in_the_provinces_voice_can_take_the_suggested_commune_wording(qtbot, qtmodeltester, translator, empty_workspace):
    wizard = _seed_wizard(qtbot, empty_workspace, "003")
    for _page in range(4):
        wizard.next()
    model = wizard.preview_page.model
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.wording_of(model.row_at(model.index(r, 0))))
    task = model.row_at(model.index(row, 0))
    wording = model.wording_of(task)
    cell = model.index(row, model.WORDING_COLUMN)
    before = model.in_province_voice()
    assert "còn lời văn của tỉnh" in wizard.preview_page._ui.summary_label.text()
    assert model.data(cell, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    assert model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    assert model.data(model.index(row, model.CONTENT_COLUMN)) == " ".join(wording.text.split())
    assert model.in_province_voice() == before - 1
    assert wizard.state.commune_wording_for == {task.source_task_id}
    others = {t.source_ref: model.wording_of(t) for t in model.rows() if model.wording_of(t) and t is not task}
    content = {r.source_ref: r.content for r in empty_workspace.plans.plan_rows(_create(qtbot, wizard))}
    assert content[task.source_ref] == wording.text
    assert others and all(content[ref] == other.original for ref, other in others.items())  # not ticked


def test_the_preview_marks_tasks_misread_by_ocr(qtbot, translator, empty_workspace):
    wizard = _seed_wizard(qtbot, empty_workspace, "000")
    for _page in range(4):
        wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    model = wizard.preview_page.model

    needs_a_look = model.data(model.index(0, model.FLAGS_COLUMN))

    assert needs_a_look.startswith("Chữ có vẻ bị nhận dạng sai")
    assert model.data(model.index(0, model.FLAGS_COLUMN), Qt.ItemDataRole.BackgroundRole) is not None
    assert "nhận dạng sai (mất dấu)" in wizard.preview_page._ui.summary_label.text()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_fits_a_1280_by_720_screen_with_a_long_provincial_title(qtbot, translator, qapp, empty_workspace, language):
    install_language(qapp, translator, language)
    wizard = _seed_wizard(qtbot, empty_workspace, "003")  # its title runs to 250 characters
    wizard.resize(1280, 690)
    wizard.move(0, 0)
    seen, faults = [], []
    for _page in range(5):
        qapp.processEvents()
        seen.append(type(wizard.currentPage()).__name__)
        faults += offenders(wizard, QRect(0, 0, 1280, 720), QRect(0, 0, 1280, 720))
        wizard.next()

    assert "DerivationDeadlinesPage" in seen and seen[-1] == "DerivationPreviewPage"
    assert faults == []

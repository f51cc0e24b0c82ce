"""The offices dialog adds, renames, reorders, retires and reactivates offices through the service."""

from __future__ import annotations

from dataclasses import replace

import pytest

from xa_planner.domain.offices import Office
from xa_planner.gui.workspace.office_editor_dialog import OfficeEditorDialog
from xa_planner.gui.workspace.offices_dialog import OfficesDialog


@pytest.fixture
def dialog(qtbot, translator, empty_workspace):
    widget = OfficesDialog(empty_workspace.commune)
    qtbot.addWidget(widget)
    return widget


def _names(commune) -> list[str]:
    return [o.short_name for o in commune.offices(include_retired=True)]


def test_the_standard_offices_are_listed_in_order(dialog, empty_workspace):
    assert [o.short_name for o in dialog.offices()] == _names(empty_workspace.commune)
    assert dialog.offices()[0].short_name == "Công an xã"


def test_adding_an_office_stores_it(dialog, empty_workspace, monkeypatch):
    new = Office(id=None, short_name="Thôn Đông", full_name="Thôn Đông", head="Trần Văn Ba")
    monkeypatch.setattr(OfficeEditorDialog, "ask", classmethod(lambda cls, parent, office=None: new))

    dialog._ui.add_button.click()

    stored = empty_workspace.commune.offices()[-1]
    assert (stored.short_name, stored.head) == ("Thôn Đông", "Trần Văn Ba")
    assert dialog.selected_office().id == stored.id
    assert dialog.changed()


def test_renaming_the_selected_office_stores_the_new_name(dialog, empty_workspace, monkeypatch):
    first = empty_workspace.commune.offices()[0]
    dialog.select_office(first.id)
    monkeypatch.setattr(
        OfficeEditorDialog, "ask", classmethod(lambda cls, parent, office=None: replace(office, short_name="CA xã"))
    )

    dialog._ui.edit_button.click()

    assert empty_workspace.commune.offices()[0].short_name == "CA xã"


def test_moving_down_swaps_the_office_with_the_next(dialog, empty_workspace):
    before = _names(empty_workspace.commune)
    dialog.select_office(empty_workspace.commune.offices()[0].id)

    dialog._ui.move_down_button.click()

    assert _names(empty_workspace.commune)[:2] == [before[1], before[0]]
    assert dialog.selected_office().short_name == before[0]
    assert dialog._ui.move_up_button.isEnabled()


def test_retiring_keeps_the_office_greyed_and_reactivating_restores_it(dialog, empty_workspace):
    office = empty_workspace.commune.offices()[2]
    dialog.select_office(office.id)

    dialog._ui.retire_button.click()

    stored = {o.id: o for o in empty_workspace.commune.offices(include_retired=True)}
    assert stored[office.id].retired
    assert office.id in {o.id for o in dialog.offices()}
    assert dialog._ui.retire_button.text() == "&Hoạt động trở lại"

    dialog._ui.retire_button.click()

    assert not {o.id: o for o in empty_workspace.commune.offices()}[office.id].retired

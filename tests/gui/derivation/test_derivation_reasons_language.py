"""The wizard's suggestion reasons follow a language switch made while it is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex

from xa_planner.gui.derivation.derivation_wizard import DerivationWizard
from xa_planner.gui.widgets.translator import install_language

SEED_003 = next((Path(__file__).parents[2] / "data" / "plans").glob("003_*.txt"))


def _reasons(model) -> list[str]:
    column = model.columnCount() - 1
    return [model.data(model.index(row, column)) for row in range(model.rowCount(QModelIndex()))]


def test_reasons_made_in_vietnamese_read_in_english_after_the_switch(
    qtbot, qapp, translator, empty_workspace
):
    # Given the wizard on seed 003, opened in Vietnamese, at its units page
    template_id = empty_workspace.templates.import_file(SEED_003).template_id
    wizard = DerivationWizard(
        empty_workspace.derivation, empty_workspace.templates, empty_workspace.commune, template_id, 2026
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.identity_page._ui.number_edit.setText("15/KH-UBND")
    wizard.next()
    wizard.next()
    tasks, units = wizard.tasks_page.model, wizard.units_page.model
    assert any(text.startswith("Cấp xã chủ trì") for text in _reasons(tasks))
    assert any(text.startswith("Bảng mặc định") for text in _reasons(units))

    # When the officer switches to English with the wizard still open
    with qtbot.waitSignal(tasks.dataChanged):
        install_language(qapp, translator, "en")

    # Then the same suggestions give their reasons in English
    assert any(text.startswith("Led at commune level") for text in _reasons(tasks))
    assert any(text.startswith("Default table") for text in _reasons(units))
    assert not any(text.startswith(("Cấp xã chủ trì", "Bảng mặc định")) for text in _reasons(tasks) + _reasons(units))

"""With no commune plan yet, the plan page offers to build one from a provincial plan."""

from __future__ import annotations

import dataclasses
import datetime as dt

from xa_planner.gui.derivation.derivation_wizard import DerivationWizard
from xa_planner.gui.main.main_window import PLAN, MainWindow
from xa_planner.services.demo_service import create_demo


def test_the_empty_plan_page_button_opens_the_derivation_wizard(qtbot, translator, empty_workspace, tmp_path,
                                                                 monkeypatch, today):
    with create_demo(tmp_path / "source.xaplan", tasks=12, months=0, today=dt.date(2026, 2, 1)) as demo:
        template = demo.templates.template(demo.templates.templates()[0].id)
    copy = dataclasses.replace(template, id=None, tasks=tuple(dataclasses.replace(t, id=None) for t in template.tasks))
    empty_workspace.templates.save_template(copy)
    asked = []
    monkeypatch.setattr(DerivationWizard, "ask", classmethod(lambda cls, *args: asked.append(args) or None))
    window = MainWindow(empty_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PLAN)
    ui = window.plan_page._ui
    assert ui.content_stack.currentWidget() is ui.empty_page and ui.derive_button.isVisible()
    ui.derive_button.click()
    assert len(asked) == 1  # the wizard opened (it picks the template itself when none is chosen)

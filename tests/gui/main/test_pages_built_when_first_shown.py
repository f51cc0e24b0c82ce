"""The main window opens on its home page; the other pages are built when the officer first opens them."""

from __future__ import annotations

import os
import subprocess
import sys

from xa_planner.gui.main.main_window import HOME, PLAN, TRACKING, MainWindow


def test_the_window_opens_with_only_its_home_page_built(qtbot, translator, today, demo_workspace):
    # Given the main window opened on a demo commune
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    # Then only the home page exists, and it shows the commune
    assert window.pages() == (window.home_page,)
    assert window.current_page() is window.home_page
    assert window.home_page._ui.commune_label.text() == demo_workspace.commune.profile().commune_name


def test_a_page_is_built_with_its_data_the_first_time_it_is_shown(qtbot, translator, today, demo_workspace):
    # Given the window open on its home page, after a change marked every page stale
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    window._mark_pages_stale()
    # When the officer opens the tracking page, then the plan page
    window.show_page(TRACKING)
    window.show_page(PLAN)
    # Then each is built once, in its place, with the workspace's data
    plan = window.plan_page
    assert window.current_page() is plan
    assert plan.model.task_count() == demo_workspace.plans.current_plan().task_count
    assert window.tracking_page.model.total_count() == plan.model.task_count()
    assert window.pages() == (window.home_page, plan, window.tracking_page)
    window.show_page(HOME)
    window.show_page(PLAN)
    assert window.plan_page is plan and window.current_page() is plan


def test_the_desktop_start_does_not_load_the_pages_it_does_not_show(tmp_path):
    # Given a workspace with a plan of many tasks
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    workspace = tmp_path / "demo.xaplan"
    subprocess.run([sys.executable, "-m", "xa_planner", "demo", str(workspace), "--tasks", "40"],
                   env=env, check=True, capture_output=True, timeout=180)
    # When the desktop app starts and shows its window
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "xa_planner", "--smoke-test",
         "--workspace", str(workspace)],
        env=env, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
              if line.startswith("import time:")}
    # Then the home page was loaded, and the plan, tracking and templates pages were not
    assert "xa_planner.gui.main.home_page" in loaded
    assert not loaded & {"xa_planner.gui.plan.plan_page", "xa_planner.gui.tracking.tracking_page",
                         "xa_planner.gui.templates.templates_page"}

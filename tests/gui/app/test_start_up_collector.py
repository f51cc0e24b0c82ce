"""The desktop start runs with the garbage collector paused; the shown window gives it back."""

from __future__ import annotations

import gc

from xa_planner import app


def test_the_collector_runs_again_once_the_window_is_shown():
    # Given a start with the collector paused, as cmd_gui leaves it
    gc.disable()
    try:
        # When the shown window's first event runs
        app._start_up_done()
        # Then the collector runs again, with what the start built set aside from its scans
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()

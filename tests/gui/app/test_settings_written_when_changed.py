"""The preferences file is rewritten when a preference changed, not at every start and close."""

from __future__ import annotations

from xa_planner import settings as settings_store
from xa_planner.app import AppController
from xa_planner.services.workspace_service import open_workspace


def test_reopening_the_same_workspace_leaves_the_settings_file_alone(qapp, translator, tmp_path):
    # Given a first start that remembered the workspace
    settings_path, workspace_path = tmp_path / "settings.json", tmp_path / "w.xaplan"
    open_workspace(workspace_path, create=True).close()
    first = AppController(qapp, translator, settings_store.load(settings_path), settings_path)
    first.show(open_workspace(workspace_path))
    first.shutdown()
    assert settings_store.load(settings_path).last_workspace == str(workspace_path)
    settings_path.write_text(settings_path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    written = settings_path.read_bytes()
    # When the officer starts again on the same workspace
    again = AppController(qapp, translator, settings_store.load(settings_path), settings_path)
    again.show(open_workspace(workspace_path))
    # Then the window opened without writing the file again
    assert settings_path.read_bytes() == written
    again.shutdown()


def test_a_changed_preference_is_still_written(qapp, translator, tmp_path):
    # Given the app open on a workspace
    settings_path, workspace_path = tmp_path / "settings.json", tmp_path / "w.xaplan"
    open_workspace(workspace_path, create=True).close()
    controller = AppController(qapp, translator, settings_store.load(settings_path), settings_path)
    window = controller.show(open_workspace(workspace_path))
    # When the officer picks English, then Vietnamese again
    window.language_chosen.emit("en")
    chosen_first = settings_store.load(settings_path).language
    window.language_chosen.emit("vi")  # the test also leaves the app in Vietnamese
    controller.shutdown()
    # Then each choice was written as it was made
    assert (chosen_first, settings_store.load(settings_path).language) == ("en", "vi")

"""The command line works on the shared database too: --database-url, or the one in the settings."""

from __future__ import annotations

import datetime as dt
import json

from xa_planner import settings as settings_store
from xa_planner.cli import main
from xa_planner.services.demo_service import fill_demo
from xa_planner.services.shared_workspace import open_shared_workspace


def _fill(url: str) -> None:
    with open_shared_workspace(url) as workspace:
        fill_demo(workspace, tasks=12, offices=4, months=1, today=dt.date(2026, 6, 20))


def test_database_url_exports_the_shared_plan(postgres_url, tmp_path, capsys):
    _fill(postgres_url)
    out = tmp_path / "ke-hoach.pdf"
    code = main(["export", "plan", "--database-url", postgres_url, "--format", "pdf", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")


def test_without_a_workspace_the_settings_shared_database_is_used(postgres_url, tmp_path, monkeypatch, capsys):
    _fill(postgres_url)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    settings_store.save(
        settings_store.Settings(database_url=postgres_url), tmp_path / "cfg" / "xa_planner" / "settings.json"
    )
    code = main(["sheets", "export", "--month", "2026-06", "-o", str(tmp_path / "out"), "--json"])
    assert code == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["files"]


def test_a_workspace_named_on_the_command_line_wins_over_the_settings(postgres_url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    settings_store.save(
        settings_store.Settings(database_url=postgres_url), tmp_path / "cfg" / "xa_planner" / "settings.json"
    )
    assert main(["init", str(tmp_path / "w.xaplan")]) == 0
    capsys.readouterr()
    assert main(["check", "--workspace", str(tmp_path / "w.xaplan"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True

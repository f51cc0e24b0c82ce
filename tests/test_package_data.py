"""A non-editable install carries everything the app reads from disk: fonts, migrations, catalogues."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEEDED = (
    "xa_planner/resources/fonts/LiberationSerif-Regular.ttf",
    "xa_planner/resources/fonts/LiberationSerif-BoldItalic.ttf",
    "xa_planner/resources/guide/en/screens/tracking.png",
    "xa_planner/storage/migrations/env.py",
    "xa_planner/locale/vi/LC_MESSAGES/xa_planner.mo",
    "xa_planner/locale/en/LC_MESSAGES/xa_planner.mo",
)


@pytest.mark.slow
def test_the_built_wheel_holds_the_fonts_migrations_and_catalogues(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--wheel-dir", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("xa_planner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [n for n in NEEDED if n not in names] == []
    assert any(n.startswith("xa_planner/storage/migrations/versions/0001") for n in names)

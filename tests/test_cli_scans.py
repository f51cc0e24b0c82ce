"""`xa-planner parse` on a photo of a plan: the tasks on stdout, how far the recognition got on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PHOTO = Path(__file__).parent / "data" / "plans" / "scans" / "photographed_plan.jpg"


def test_parsing_a_photo_prints_its_tasks_and_reports_pages_on_stderr(tmp_path):
    # Given a phone photo of a one-page plan
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    # When the officer parses it on the command line
    done = subprocess.run(
        [sys.executable, "-m", "xa_planner", "parse", str(PHOTO), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    # Then the tasks come out as JSON and the progress goes to stderr only
    assert done.returncode == 0, done.stderr
    tasks = json.loads(done.stdout)["tasks"]
    assert [(task["ref"], task["lead"]) for task in tasks][:2] == [
        ("I.1", ["Công an xã"]),
        ("I.2", ["Phòng Kinh tế"]),
    ]
    assert done.stderr.splitlines() == [
        "Đang nhận dạng chữ trong bản quét: xong 0/1 trang…",
        "Đang nhận dạng chữ trong bản quét: xong 1/1 trang…",
    ]

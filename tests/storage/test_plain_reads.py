"""The reads a start and an export make, on SQLite's own driver: in step with the models, fresh,
and letting go of the file."""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import os
import threading
import time

import pytest

from xa_planner.domain.commune import CommuneProfile
from xa_planner.services.workspace_service import create_empty, open_workspace
from xa_planner.storage import reads
from xa_planner.storage.models import Base


@pytest.mark.parametrize(
    ("table", "fields"),
    [
        ("commune_profile", reads.PROFILE_FIELDS),
        ("offices", ("id", "version", *reads.OFFICE_FIELDS)),
        ("plans", reads.PLAN_FIELDS),
        ("plan_tasks", reads.PLAN_TASK_FIELDS),
        ("task_progress", reads.PROGRESS_FIELDS),
    ],
)
def test_the_plain_reads_name_the_models_columns(table, fields):
    # Given the models' table and the columns a plain read selects from it
    columns = set(Base.metadata.tables[table].columns.keys())
    # Then every one of them is a column of the model
    assert set(fields) <= columns, set(fields) - columns


def test_the_profile_read_covers_every_field_of_the_profile():
    assert tuple(f.name for f in dataclasses.fields(CommuneProfile)) == reads.PROFILE_FIELDS


def test_a_plain_read_sees_what_a_change_just_committed(tmp_path):
    # Given a workspace read once on the plain driver (its connection kept for the next read)
    path = tmp_path / "xa.xaplan"
    create_empty(path, "Vĩnh Thủy", "Quảng Trị").close()
    with open_workspace(path) as workspace:
        assert workspace.commune.profile().chair_name == ""
        # When a change is committed through the ORM
        profile = dataclasses.replace(workspace.commune.profile(), chair_name="Nguyễn Văn An")
        workspace.commune.save_profile(profile)
        # Then the next plain read sees it
        assert workspace.commune.profile().chair_name == "Nguyễn Văn An"


def _open_handles(path) -> int:
    """How many of this process's file descriptors are open on *path* (Linux)."""
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc to see open files")
    names = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            names.append(os.readlink(f"/proc/self/fd/{fd}"))
    return names.count(str(path.resolve()))


def test_closing_lets_go_of_the_file_and_a_later_read_opens_it_again(tmp_path):
    # Given a workspace read on the plain driver
    path = tmp_path / "xa.xaplan"
    workspace = create_empty(path, "Vĩnh Thủy", "Quảng Trị")
    assert workspace.commune.profile().commune_name == "Vĩnh Thủy"
    assert _open_handles(path) > 0
    # When its database is closed (as before a restore swaps the file)
    workspace.database.close()
    # Then no connection holds the file, and the WAL was folded into it
    assert _open_handles(path) == 0
    assert not (tmp_path / "xa.xaplan-wal").exists() or (tmp_path / "xa.xaplan-wal").stat().st_size == 0
    # and a later read opens the file again
    assert workspace.commune.profile().province_name == "Quảng Trị"
    workspace.close()


def test_threads_that_change_the_workspace_first_share_one_engine(tmp_path, monkeypatch):
    # Given a workspace opened without its ORM engine (a start reads only), whose engine takes
    # a moment to make (as the first import of SQLAlchemy does)
    from xa_planner.storage import sessions

    made = sessions.sqlite_engine

    def slow_engine(*args, **kwargs):
        time.sleep(0.02)
        return made(*args, **kwargs)

    monkeypatch.setattr(sessions, "sqlite_engine", slow_engine)
    path = tmp_path / "xa.xaplan"
    create_empty(path, "Vĩnh Thủy", "Quảng Trị").close()
    with open_workspace(path) as workspace:
        # When several threads (the GUI's and a background job's) ask for it at once
        barrier = threading.Barrier(8)

        def engine():
            barrier.wait()
            return workspace.database.engine

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            engines = {id(e) for e in pool.map(lambda _n: engine(), range(8))}
        # Then they all get the same one, which closing the workspace disposes of
        assert len(engines) == 1
    assert _open_handles(path) == 0

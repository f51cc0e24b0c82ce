"""Backups are verified before they count, rotate like Anki's, and restoring never eats history."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from xa_planner.domain.offices import Office
from xa_planner.paths import backup_dir_for
from xa_planner.services.workspace_service import create_empty, open_workspace
from xa_planner.storage import backups
from xa_planner.storage.backups import Backup, backups_to_keep
from xa_planner.storage.errors import DatabaseCorrupt, DatabaseUnwritable

NOW = dt.datetime(2026, 6, 30, 13, 0)


@pytest.fixture
def workspace_path(tmp_path) -> Path:
    path = tmp_path / "xa.xaplan"
    with create_empty(path, "Vĩnh Thủy", "Quảng Trị") as workspace:
        for n in range(40):
            workspace.commune.add_office(
                Office(None, f"Thôn {n}", f"Thôn {n}", head="Lê Văn A" * 5)
            )
    return path


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _damaged_copy(source: Path, target: Path) -> Path:
    """Overwrite bytes inside the middle third of the pages, as a failing disk would."""
    data = bytearray(source.read_bytes())
    pages = len(data) // 4096
    rng = random.Random(7)
    for page in range(pages // 3, 2 * pages // 3):
        offset = page * 4096 + 200
        data[offset : offset + 600] = bytes(rng.randrange(256) for _ in range(600))
    target.write_bytes(data)
    return target


def _fake_history(folder: Path, template: Path, stamps: list[dt.datetime], kind: str = "auto"):
    folder.mkdir(parents=True, exist_ok=True)
    for n, stamp in enumerate(stamps):
        shutil.copyfile(template, folder / f"{stamp:%Y%m%d-%H%M%S-%f}-{kind}-r{n}.xaplan")


# --- verification ----------------------------------------------------------------------------


def test_a_backup_is_a_sound_copy_with_no_journal_beside_it(workspace_path):
    made = backups.make_backup(workspace_path, backup_dir_for(workspace_path), "manual", 1)
    backups.verify_backup(made.path)
    assert _dump(made.path) == _dump(workspace_path)
    assert [p.name for p in made.path.parent.iterdir()] == [made.path.name]


def test_a_corrupt_source_never_produces_a_backup_nor_evicts_a_good_one(workspace_path, tmp_path):
    # Given a full rotation of good backups
    folder = tmp_path / "backups"
    good = backups.make_backup(workspace_path, folder, "auto", 1, now=NOW - dt.timedelta(days=1))
    _fake_history(folder, good.path, [NOW - dt.timedelta(hours=h) for h in range(2, 40)])
    before = sorted(p.name for p in folder.iterdir())

    # When a backup of a damaged file is attempted (a rotation would otherwise evict some)
    damaged = _damaged_copy(workspace_path, tmp_path / "damaged.xaplan")
    with pytest.raises(DatabaseCorrupt):
        backups.make_backup(damaged, folder, "auto", 999, now=NOW)

    # Then no backup was added, none was evicted, and no temporary file is left
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_backup_that_fails_its_check_is_discarded_before_rotation(workspace_path, monkeypatch):
    # Given one good backup, and a copy step whose check reports damage (the edge: SQLite says no)
    folder = backup_dir_for(workspace_path)
    good = backups.make_backup(workspace_path, folder, "auto", 1)
    monkeypatch.setattr(backups, "integrity_problems", lambda conn, full=True: ["page 7: btree"])

    # When another backup is made
    with pytest.raises(DatabaseCorrupt):
        backups.make_backup(workspace_path, folder, "auto", 2)

    # Then the good one is still the only file there
    assert [p.name for p in folder.iterdir()] == [good.path.name]


def test_a_backup_to_an_unwritable_place_is_a_typed_error_and_leaves_no_file(
    workspace_path, tmp_path
):
    with pytest.raises(DatabaseUnwritable):
        backups.write_verified_copy(workspace_path, tmp_path / "missing" / "copy.xaplan")
    assert not (tmp_path / "missing").exists()


def test_an_automatic_backup_is_skipped_when_nothing_changed(workspace_path):
    with open_workspace(workspace_path) as workspace:
        # Given an automatic backup just taken
        assert workspace.maintenance.backup_now("auto") is not None
        # When nothing is written (reads only), no new automatic backup is made
        workspace.commune.offices()
        assert workspace.maintenance.backup_now("auto") is None
        # When something changes, the next one is made
        workspace.commune.add_office(Office(None, "Tổ 1", "Tổ dân phố 1"))
        assert workspace.maintenance.backup_now("auto") is not None
        assert len(workspace.maintenance.backups()) == 2


def test_a_manual_backup_is_made_even_when_nothing_changed(workspace_path):
    with open_workspace(workspace_path) as workspace:
        workspace.maintenance.backup_now("auto")
        assert workspace.maintenance.backup_now("manual") is not None


# --- rotation (pure) -------------------------------------------------------------------------


def _history(stamps: list[dt.datetime], kind: str = "auto") -> list[Backup]:
    found = [Backup(Path(f"{kind}-{s:%Y%m%d%H%M}"), s, kind, n) for n, s in enumerate(stamps)]
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def test_rotation_keeps_recent_daily_weekly_and_monthly_backups():
    # Given one automatic backup a day at noon from 1 January to 30 June 2026
    history = _history([dt.datetime(2026, 1, 1, 12) + dt.timedelta(days=d) for d in range(181)])

    # When the policy decides
    kept = backups_to_keep(history, NOW)

    # Then: the 8 newest; the newest of each of the last 7 days, 4 ISO weeks and 12 months
    days = sorted(b.created_at.date() for b in history if b.path in kept)
    expected = [dt.date(2026, 6, d) for d in range(23, 31)]  # recent (and daily)
    expected += [dt.date(2026, 6, 21), dt.date(2026, 6, 14)]  # Sundays closing weeks 25, 24
    expected += [dt.date(2026, m, d) for m, d in ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31))]
    assert days == sorted(expected)


def test_rotation_keeps_one_per_month_for_a_year_of_frequent_backups():
    # Given a backup every 5 hours for two years
    start = dt.datetime(2024, 7, 1)
    history = _history([start + dt.timedelta(hours=5 * n) for n in range(24 * 730 // 5)])
    keep = backups_to_keep(history, NOW)
    kept = [b for b in history if b.path in keep]
    # Then at most 8 + 7 + 4 + 12 are kept, the newest among them, and one for each of 12 months
    assert len(kept) <= 8 + 7 + 4 + 12
    assert kept[0] == history[0]
    assert len({(b.created_at.year, b.created_at.month) for b in kept}) == 12
    assert len({b.created_at.date() for b in kept}) >= 7


def test_safety_backups_are_never_evicted_by_automatic_ones():
    # Given a few old safety backups and hundreds of newer automatic ones
    old = dt.datetime(2025, 1, 1)
    safety = [
        Backup(Path(f"{kind}.xaplan"), old + dt.timedelta(days=i), kind, 1)
        for i, kind in enumerate(backups.SAFETY_KINDS)
    ]
    auto = _history([dt.datetime(2026, 1, 1) + dt.timedelta(hours=3 * n) for n in range(1400)])
    history = sorted(safety + auto, key=lambda b: b.created_at, reverse=True)

    # Then every safety backup is kept, however many automatic ones follow
    kept = backups_to_keep(history, NOW)
    assert {b.path for b in safety} <= kept


def test_each_safety_kind_keeps_its_ten_newest():
    manual = _history([dt.datetime(2026, 1, 1) + dt.timedelta(days=d) for d in range(12)], "manual")
    kept = backups_to_keep(manual, NOW)
    assert {b.path for b in manual[:10]} == kept


def test_real_rotation_deletes_only_what_the_policy_drops(workspace_path, tmp_path):
    # Given a before-migration backup and 40 days of automatic backups on disk
    folder = tmp_path / "backups"
    first = backups.make_backup(
        workspace_path, folder, "before-migration", 0, now=NOW - dt.timedelta(days=400)
    )
    _fake_history(folder, first.path, [NOW - dt.timedelta(days=d, minutes=5) for d in range(40)])

    # When a new automatic backup is made
    made = backups.make_backup(workspace_path, folder, "auto", 1000, now=NOW)

    # Then the folder holds exactly what the policy keeps, including both of ours
    remaining = backups.list_backups(folder)
    assert {b.path for b in remaining} == backups_to_keep(remaining, NOW)
    assert first.path.exists() and made.path.exists()
    assert len(remaining) < 42


# --- restore ---------------------------------------------------------------------------------


def test_restoring_keeps_the_backup_and_saves_the_current_state_first(workspace_path):
    with open_workspace(workspace_path) as workspace:
        # Given a backup, then a change made after it
        made = workspace.maintenance.backup_now("manual")
        backup_bytes = made.path.read_bytes()
        workspace.commune.add_office(Office(None, "Sau sao lưu", "Đơn vị thêm sau sao lưu"))

        # When the backup is restored
        workspace.maintenance.restore(made.path)

        # Then the change is gone, the backup is still there unchanged, and the state before the
        # restore was itself backed up
        names = [o.short_name for o in workspace.commune.offices()]
        assert "Sau sao lưu" not in names
        assert made.path.read_bytes() == backup_bytes
        kinds = [b.kind for b in workspace.maintenance.backups()]
        assert kinds.count("before-restore") == 1 and kinds.count("manual") == 1
        before_restore = next(
            b for b in workspace.maintenance.backups() if b.kind == "before-restore"
        )
        with open_workspace(_copy(before_restore.path)) as saved:
            assert "Sau sao lưu" in [o.short_name for o in saved.commune.offices()]
        # and the restore is in the audit log, and the workspace takes writes again
        assert workspace.maintenance.audit_log(1)[0].code == "workspace.restore"
        workspace.commune.add_office(Office(None, "Sau khôi phục", "Đơn vị sau khôi phục"))


def _copy(path: Path) -> Path:
    target = path.parent.parent / f"inspect-{path.name}"
    shutil.copyfile(path, target)
    return target


def test_ten_restores_in_a_row_leave_every_original_backup_in_place(workspace_path):
    with open_workspace(workspace_path) as workspace:
        originals = []
        for n in range(3):
            workspace.commune.add_office(Office(None, f"Bản {n}", f"Bản {n}"))
            originals.append(workspace.maintenance.backup_now("auto").path)
        for n in range(10):
            workspace.maintenance.restore(originals[n % 3])
        assert all(p.exists() for p in originals)
        assert workspace.maintenance.check().ok


def test_a_stale_wal_is_not_replayed_into_the_restored_file(workspace_path, tmp_path):
    # Given a backup of the workspace
    backup = backups.make_backup(workspace_path, tmp_path / "b", "manual", 1)
    # and later writes that sit only in the WAL when the process dies (a copy of the file and
    # its -wal taken mid-session is exactly what a killed process leaves behind)
    crashed = tmp_path / "crashed.xaplan"
    writer = sqlite3.connect(workspace_path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    for n in range(30):
        writer.execute(
            "INSERT INTO offices (short_name, full_name, head, phone, email, position, retired, "
            "version) VALUES (?, ?, '', '', '', ?, 0, 1)",
            (f"Mất {n}", f"Mất {n}", 100 + n),
        )
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{workspace_path}{suffix}", f"{crashed}{suffix}")
    writer.close()
    wal = Path(f"{crashed}-wal")
    assert wal.stat().st_size > 0

    # When the backup is restored over the crashed file
    backups.restore_file(backup.path, crashed)

    # Then the restored file holds exactly the backup's content, and is sound
    assert not wal.exists() or wal.stat().st_size == 0
    assert _dump(crashed) == _dump(backup.path)
    with open_workspace(crashed) as restored:
        assert restored.maintenance.check().ok
        assert not any(o.short_name.startswith("Mất") for o in restored.commune.offices())


def test_a_corrupt_backup_is_refused_and_the_workspace_is_untouched(workspace_path, tmp_path):
    from xa_planner.services.errors import InvalidInput

    damaged = _damaged_copy(workspace_path, tmp_path / "damaged-backup.xaplan")
    with open_workspace(workspace_path) as workspace:
        before = workspace.commune.offices()
        with pytest.raises(InvalidInput):
            workspace.maintenance.restore(damaged)
        assert workspace.commune.offices() == before
        assert workspace.maintenance.backups() == []

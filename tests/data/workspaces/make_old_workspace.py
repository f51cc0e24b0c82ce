"""Make workspace_rev0001.xaplan: a real workspace at schema revision 0001_initial.

Run once (``python tests/data/workspaces/make_old_workspace.py``) and commit the file; the
upgrade test copies it and opens it with the current code.  Rows are written with plain SQL
against the 0001 schema, as that version of the application would have stored them.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from xa_planner.storage import migrator
from xa_planner.storage.database import Database
from xa_planner.storage.sessions import sqlite_engine

TARGET = Path(__file__).with_name("workspace_rev0001.xaplan")

OFFICES = (
    ("Công an xã", "Công an xã Vĩnh Thủy", "Lê Văn Hùng", "0233 3861 113", "ca@vinhthuy.vn"),
    ("VP HĐND-UBND", "Văn phòng HĐND và UBND xã", "Trần Thị Mai", "", ""),
    ("Phòng Kinh tế", "Phòng Kinh tế", "", "", ""),
    ("Phòng VH-XH", "Phòng Văn hóa - Xã hội", "", "", ""),
    ("TT PVHCC", "Trung tâm Phục vụ hành chính công", "", "", ""),
)
TEMPLATE_TASKS = (
    ("1", "Xây dựng kế hoạch triển khai Đề án 06 năm 2026", ["Công an tỉnh"], ["UBND cấp xã"]),
    (
        "2",
        "Tuyên truyền về lợi ích của tài khoản định danh điện tử",
        ["Sở Văn hóa, Thể thao và Du lịch"],
        [],
    ),
    (
        "3",
        "Tối thiểu 81% công dân từ đủ 14 tuổi có tài khoản định danh điện tử",
        ["Công an tỉnh"],
        ["UBND cấp xã"],
    ),
)
# (ref, content, lead office index, support office indexes, due)
PLAN_TASKS = (
    (
        "1",
        "Xây dựng, ban hành kế hoạch triển khai Đề án 06 năm 2026 trên địa bàn xã",
        0,
        (1,),
        "2026-02-28",
    ),
    ("2", "Tuyên truyền trên hệ thống loa truyền thanh của xã", 3, (0, 1), None),
    ("3", "Hướng dẫn công dân kích hoạt tài khoản định danh điện tử mức 2", 0, (4,), "2026-12-31"),
)


def make(target: Path) -> None:
    target.unlink(missing_ok=True)
    database = Database(sqlite_engine(target), target)
    database.set_up_new_file()
    migrator.upgrade(database, "0001_initial")
    database.engine.dispose()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    _fill(conn)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    # Checkpointed and closed: the file alone holds everything, as the app leaves it on exit.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        assert not target.with_name(target.name + suffix).exists()


def _fill(conn: sqlite3.Connection) -> None:
    now = "2026-01-15 08:30:00.000000"
    for key, value in (
        ("revision", "7"),
        ("created_by", "0.0.9"),
        ("created_at", "2026-01-15T08:30:00"),
    ):
        conn.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?)", (key, value))
    conn.execute(
        "INSERT INTO commune_profile VALUES (1, 'Vĩnh Thủy', 'Quảng Trị', 'xã', "
        "'ỦY BAN NHÂN DÂN XÃ VĨNH THỦY', 'Nguyễn Văn An', 'CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN', "
        "10, 15, 'da06@congan.quangtri.gov.vn', 'Vĩnh Thủy', 3)"
    )
    for position, (short, full, head, phone, email) in enumerate(OFFICES):
        conn.execute(
            "INSERT INTO offices (short_name, full_name, head, phone, email, position, retired, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
            (short, full, head, phone, email, position, position == 4),
        )
    conn.execute(
        "INSERT INTO templates (id, title, doc_number, doc_date, issuer, source_name, source_sha256, "
        "source_text, imported_at, replaces_id) VALUES (1, 'Kế hoạch triển khai Đề án 06 năm 2026', "
        "'113/KH-UBND', '2026-01-05', 'UBND tỉnh Quảng Trị', 'kh-113.docx', ?, '', ?, NULL)",
        ("ab" * 32, now),
    )
    for position, (ref, content, lead, support) in enumerate(TEMPLATE_TASKS):
        conn.execute(
            "INSERT INTO template_tasks (template_id, position, ref, section, title, content, lead, "
            "support, timeframe, due, recurrence, products, directing_docs, targets, line_start, "
            "line_end, doubts) VALUES (1, ?, ?, 'I', '', ?, ?, ?, 'Trong năm 2026', NULL, NULL, '', "
            "'', '[]', ?, ?, '[]')",
            (
                position,
                ref,
                content,
                json.dumps(lead, ensure_ascii=False),
                json.dumps(support, ensure_ascii=False),
                10 * position + 1,
                10 * position + 4,
            ),
        )
    conn.execute(
        "INSERT INTO plans (id, template_id, year, title, number, issued_on, directing_doc, "
        "is_current, body, created_at, version) VALUES (1, 1, 2026, "
        "'Kế hoạch triển khai thực hiện Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026', "
        "'05/KH-UBND', '2026-01-20', 'Kế hoạch số 113/KH-UBND', 1, '{}', ?, 2)",
        (now,),
    )
    conn.execute(
        "INSERT INTO plan_sections (id, plan_id, ref, title, position) VALUES "
        "(1, 1, 'I', 'Công tác chỉ đạo, tuyên truyền', 0)"
    )
    for position, (ref, content, lead, support, due) in enumerate(PLAN_TASKS):
        task_id = position + 1
        targets = (
            [
                {
                    "text": "tối thiểu 81%",
                    "value": 81.0,
                    "unit": "%",
                    "measures": "",
                    "direction": ">=",
                }
            ]
            if ref == "3"
            else []
        )
        conn.execute(
            "INSERT INTO plan_tasks (id, plan_id, section_id, position, ref, content, directing_docs, "
            "lead_office_id, responsible_person, due, recurrence, timeframe, products, targets, "
            "source_task_id, source_ref, version) VALUES (?, 1, 1, ?, ?, ?, '', ?, '', ?, NULL, "
            "'Trong năm 2026', '', ?, ?, ?, 1)",
            (
                task_id,
                position,
                ref,
                content,
                lead + 1,
                due,
                json.dumps(targets, ensure_ascii=False),
                task_id,
                ref,
            ),
        )
        for i, office in enumerate(support):
            conn.execute(
                "INSERT INTO plan_task_support (task_id, office_id, position) VALUES (?, ?, ?)",
                (task_id, office + 1, i),
            )
    conn.execute(
        "INSERT INTO audit_log (at, user, action, entity, entity_id, detail) VALUES "
        "(?, 'canbo', 'workspace.create', 'workspace', NULL, '{}')",
        (now,),
    )


if __name__ == "__main__":
    make(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
    print(TARGET if len(sys.argv) <= 1 else sys.argv[1])

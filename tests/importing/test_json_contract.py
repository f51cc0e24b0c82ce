"""ParsedPlan.to_json_dict() is exactly the `xa-planner parse --json` contract; to_template() keeps everything."""

from __future__ import annotations

import json

from xa_planner.domain.plans import Template
from xa_planner.importing import parse_plan_bytes

from .conftest import parsed_seed

TASK_KEYS = {
    "ref",
    "section",
    "title",
    "content",
    "lead",
    "lead_current",
    "support",
    "support_current",
    "timeframe",
    "due",
    "recurrence",
    "products",
    "targets",
    "directing_docs",
    "source_lines",
    "confidence",
    "doubts",
}


def test_json_has_exactly_the_contract_keys_and_is_serialisable():
    data = parsed_seed("001").to_json_dict()
    assert set(data) == {"document", "tasks"}
    assert set(data["document"]) == {"number", "date", "issuer", "title"}
    assert data["document"]["date"] == "2026-05-25"
    for task in data["tasks"]:
        assert set(task) == TASK_KEYS
        assert task["confidence"] in ("high", "low")
        assert task["recurrence"] in (None, "monthly", "quarterly", "yearly", "continuous", "event")
        assert all(set(t) == {"text", "value", "unit", "measures", "direction"} for t in task["targets"])
        assert len(task["source_lines"]) == 2
        assert len(task["lead"]) == len(task["lead_current"])
        assert len(task["support"]) == len(task["support_current"])
    json.dumps(data, ensure_ascii=False)


def test_json_dates_are_iso_or_null():
    tasks = {t["ref"]: t for t in parsed_seed("001").to_json_dict()["tasks"]}
    assert tasks["III.4"]["due"] == "2026-05-10"
    assert tasks["III.1"]["due"] is None and tasks["III.1"]["recurrence"] == "continuous"


def test_template_keeps_document_facts_tasks_and_provenance():
    plan = parsed_seed("003")
    template = plan.to_template("ke_hoach.txt", "ab" * 32)
    assert isinstance(template, Template)
    assert (template.source_name, template.source_sha256, template.issuer) == (
        "ke_hoach.txt",
        "ab" * 32,
        "Ủy ban nhân dân tỉnh Vĩnh Long",
    )
    assert len(template.tasks) == len(plan.tasks)
    first = template.tasks[0]
    assert (
        first.lead == tuple(plan.tasks[0].lead) and first.source_lines == plan.tasks[0].source_lines
    )
    assert [t.position for t in template.tasks] == list(range(len(plan.tasks)))


def test_unit_text_as_written_is_kept_beside_the_canonical_name():
    task = {t.ref: t for t in parsed_seed("000").tasks}["II.2.a.-4"]
    assert task.lead == ["Sở Khoa học và Công nghệ"]
    assert task.lead_text.startswith("S& Khoa hoc")


def test_a_renamed_unit_keeps_its_written_name_with_the_current_one_beside_it_and_a_doubt():
    # Given a plan written before the 2025 reorganisation
    plan = parse_plan_bytes(
        "II. NHIỆM VỤ\n1. Nâng cấp Cổng dịch vụ công của tỉnh.\n"
        "- Cơ quan chủ trì: Sở Thông tin và Truyền thông.\n"
        "- Cơ quan phối hợp: Sở Lao động - Thương binh và Xã hội, Bộ Công Thương.\n".encode(),
        "ke_hoach_2023.txt",
    )
    # When it is read as JSON
    task = plan.to_json_dict()["tasks"][0]
    # Then the names stay as written and the current names stand beside them, flagged
    assert task["lead"] == ["Sở Thông tin và Truyền thông"]
    assert task["lead_current"] == ["Sở Khoa học và Công nghệ"]
    assert task["support"] == ["Sở Lao động - Thương binh và Xã hội", "Bộ Công Thương"]
    assert task["support_current"] == ["Sở Nội vụ", "Bộ Công Thương"]
    assert "unit_renamed" in task["doubts"]

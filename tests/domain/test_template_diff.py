"""Comparing two versions of a provincial plan."""

from __future__ import annotations

from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.template_diff import ADDED, REMOVED, REWORDED, diff_templates


def _task(ref, content, lead=("Công an tỉnh",), timeframe="Thường xuyên", id_=None):
    return TemplateTask(ref=ref, content=content, lead=lead, timeframe=timeframe, id=id_)


OLD = (
    _task("1", "Rà soát, làm sạch dữ liệu dân cư trên địa bàn", id_=1),
    _task("2", "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2", id_=2),
    _task("3", "Tổ chức hội nghị sơ kết 6 tháng", id_=3),
)


def test_identical_versions_have_no_changes():
    assert diff_templates(OLD, OLD) == []


def test_a_reworded_task_is_recognised_even_when_renumbered():
    new = (OLD[0], _task("3", "Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện "
                               "tử mức độ 2 và ứng dụng VNeID", id_=12), OLD[2])
    changes = diff_templates(OLD, new)
    assert [(c.kind, c.old.id, c.new.id) for c in changes] == [(REWORDED, 2, 12)]


def test_a_changed_deadline_is_a_rewording_of_the_same_task():
    new = (OLD[0], OLD[1], _task("3", "Tổ chức hội nghị sơ kết 6 tháng", timeframe="Quý III/2026",
                                 id_=13))
    assert [(c.kind, c.old.id) for c in diff_templates(OLD, new)] == [(REWORDED, 3)]


def test_dropped_and_new_tasks_are_listed_as_removed_and_added():
    new = (OLD[0], OLD[1], _task("4", "Triển khai thanh toán không dùng tiền mặt trong an sinh xã "
                                      "hội", lead=("Sở Nội vụ",), id_=14))
    kinds = sorted((c.kind, (c.old or c.new).id) for c in diff_templates(OLD, new))
    assert kinds == [(ADDED, 14), (REMOVED, 3)]


def test_diacritics_lost_in_a_rescan_are_not_a_change():
    rescanned = tuple(
        TemplateTask(ref=t.ref, content=t.content.replace("ữ", "u").replace("ư", "u"), lead=t.lead,
                     timeframe=t.timeframe, id=t.id + 20) for t in OLD)
    assert diff_templates(OLD, rescanned) == []

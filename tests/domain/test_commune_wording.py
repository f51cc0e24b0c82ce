"""Tasks in the province's voice get a commune wording to accept; others are left alone."""

from __future__ import annotations

import pytest

from xa_planner.domain.commune_wording import commune_wording


@pytest.mark.parametrize(
    ("content", "suggested", "phrases"),
    [
        (
            "Các sở, ban, ngành tỉnh, địa phương và các cơ quan, đơn vị có liên quan tiếp tục làm sạch dữ liệu",
            "Các cơ quan, đơn vị có liên quan tiếp tục làm sạch dữ liệu",
            ("Các sở, ban, ngành tỉnh, địa phương",),
        ),
        (
            "Là cơ quan thường trực, tham mưu UBND tỉnh chỉ đạo, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch",
            "Là cơ quan thường trực, tham mưu UBND xã chỉ đạo, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
            ("tham mưu UBND tỉnh", "các sở, ngành, địa phương"),
        ),
        (
            "Các ngành, địa phương kịp thời khen thưởng hoặc đề xuất Chủ tịch UBND tỉnh khen thưởng",
            "Các cơ quan, đơn vị kịp thời khen thưởng hoặc đề xuất Chủ tịch UBND xã khen thưởng",
            ("Các ngành, địa phương", "đề xuất Chủ tịch UBND tỉnh"),
        ),
        (
            "Thu nhận hồ sơ cấp Căn cước cho công dân trên địa bàn tỉnh",
            "Thu nhận hồ sơ cấp Căn cước cho công dân trên địa bàn xã",
            ("trên địa bàn tỉnh",),
        ),
        (
            "Duy trì đảm bảo an ninh, an toàn hệ thống thông tin của tỉnh",
            "Duy trì đảm bảo an ninh, an toàn hệ thống thông tin của xã",
            ("của tỉnh",),
        ),
    ],
)
def test_the_provinces_voice_is_flagged_with_a_commune_wording(content, suggested, phrases):
    suggestion = commune_wording(content)

    assert suggestion is not None
    assert suggestion.text == suggested
    assert suggestion.phrases == phrases


@pytest.mark.parametrize(
    "content",
    [
        "Phối hợp với Công an tỉnh thu nhận hồ sơ căn cước",
        "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Đồng Tháp",  # a citation, not a voice
        "Tuyên truyền trên địa bàn tỉnh Vĩnh Long về Đề án 06",  # a named province: the title's job
        "Tính năng mới của ứng dụng VNeID",
        "",
    ],
)
def test_text_in_the_communes_voice_or_citing_the_province_is_left_alone(content):
    assert commune_wording(content) is None


def test_every_occurrence_is_reworded_whatever_word_follows():
    content = "Cơ sở trên địa bàn tỉnh liên thông dữ liệu; người dân trên địa bàn tỉnh. Ở Ấp trên địa bàn tỉnh Ấn"

    suggestion = commune_wording(content)

    assert suggestion is not None
    assert suggestion.text == "Cơ sở trên địa bàn xã liên thông dữ liệu; người dân trên địa bàn xã. Ở Ấp trên địa bàn tỉnh Ấn"


def test_a_ward_is_spoken_of_as_a_ward():
    suggestion = commune_wording("Tham mưu UBND tỉnh tổ chức kiểm tra", unit_kind="phường")

    assert suggestion is not None and suggestion.text == "Tham mưu UBND phường tổ chức kiểm tra"

"""Provincial units are translated into the commune's own offices by meaning, not by spelling."""

from __future__ import annotations

import dataclasses

import pytest

from xa_planner.domain.offices import Office, standard_offices
from xa_planner.domain.unit_mapping import (
    SuggestionKind,
    default_mapping,
    is_commune_level,
    memory_key,
    resolve_units,
)

POLICE = "Công an xã"
OFFICE = "Văn phòng HĐND và UBND xã"
ECONOMY = "Phòng Kinh tế"
CULTURE = "Phòng Văn hóa - Xã hội"
CENTRE = "Trung tâm Phục vụ hành chính công"


@pytest.fixture
def offices() -> list[Office]:
    return [dataclasses.replace(o, id=i + 1) for i, o in enumerate(standard_offices())]


def _office_name(unit: str, offices: list[Office], task_text: str = "") -> str | None:
    return default_mapping(unit, task_text=task_text, offices=offices).office_name


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("Công an tỉnh", POLICE),
        ("Cong an tinh", POLICE),
        ("CÔNG AN TỈNH", POLICE),
        ("Công an các xã, phường", POLICE),
        ("Phòng PC06 Công an tỉnh", POLICE),
        ("Sở Tài chính", ECONOMY),
        ("Sở Kế hoạch và Đầu tư", ECONOMY),
        ("Sở Nông nghiệp và Môi trường", ECONOMY),
        ("Sở Tài nguyên và Môi trường", ECONOMY),
        ("Sở Xây dựng", ECONOMY),
        ("Sở Giao thông vận tải", ECONOMY),
        ("Sở Công Thương", ECONOMY),
        ("Sở Khoa học và Công nghệ", ECONOMY),
        ("Sở Thông tin và Truyền thông", ECONOMY),
        ("Sở Y tế", CULTURE),
        ("So Y te", CULTURE),
        ("Sở Nội vụ", CULTURE),
        ("Sở Lao động - Thương binh và Xã hội", CULTURE),
        ("Sở LĐTBXH", CULTURE),
        ("Sở Giáo dục và Đào tạo", CULTURE),
        ("Bảo hiểm xã hội tỉnh", CULTURE),
        ("BHXH tỉnh", CULTURE),
        ("Bảo hiểm xã hội khu vực", CULTURE),
        ("Sở Văn hoá, thể thao và Du lịch", CULTURE),
        ("Sở Tư pháp", OFFICE),
        ("Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Quân sự xã"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("Tỉnh Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"),
        ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ xã"),
        ("Hội Nông dân tỉnh", "Hội Nông dân xã"),
        ("Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh xã"),
        ("Các cơ sở khám chữa bệnh", "Trạm Y tế xã"),
        ("Trung tâm Phục vụ hành chính công tỉnh", CENTRE),
    ],
)
def test_each_provincial_unit_maps_to_its_commune_office(unit, expected, offices):
    suggestion = default_mapping(unit, task_text="", offices=offices)

    assert suggestion.office_name == expected
    assert suggestion.kind == SuggestionKind.OFFICE
    assert suggestion.office_id == next(o.id for o in offices if o.full_name == expected)
    assert suggestion.reason


def test_van_phong_ubnd_tinh_goes_to_the_service_centre_for_procedure_tasks(offices):
    procedure = "Tái cấu trúc quy trình giải quyết thủ tục hành chính, cung cấp dịch vụ công"
    office_work = "Tổng hợp báo cáo phục vụ phiên họp thường kỳ của UBND tỉnh"

    assert _office_name("Văn phòng UBND tỉnh", offices, procedure) == CENTRE
    assert _office_name("Văn phòng UBND tỉnh", offices, "Vận hành bộ phận một cửa") == CENTRE
    assert _office_name("Văn phòng UBND tỉnh", offices, office_work) == OFFICE
    assert default_mapping("VP UBND tỉnh", task_text="", offices=offices).code == "context"


@pytest.mark.parametrize(
    "unit",
    [
        "Ngân hàng Nhà nước khu vực 12",
        "Ngân hàng Chính sách xã hội",
        "Viettel Hưng Yên",
        "VNPT",
        "Sở Ngoại vụ",
        "Ban Dân tộc tỉnh",
        "Thuế tỉnh",
        "Công ty ABC xyz",
        "",
    ],
)
def test_units_without_a_commune_counterpart_come_back_unmapped(unit, offices):
    suggestion = default_mapping(unit, task_text="", offices=offices)

    assert suggestion.office_id is None
    assert suggestion.office_name is None
    assert suggestion.kind == SuggestionKind.UNMAPPED
    assert suggestion.reason


def test_groups_of_units_are_collective_not_an_office(offices):
    suggestion = default_mapping("Các sở, ban, ngành tỉnh", task_text="", offices=offices)

    assert suggestion.kind == SuggestionKind.COLLECTIVE
    assert suggestion.office_id is None


@pytest.mark.parametrize(
    "unit",
    ["UBND cấp xã", "UBND các xã, phường", "Ủy ban nhân dân cấp xã", "UBND cap xa"]
    + ["UBND các huyện, thị xã, thành phố", "Các địa phương"],
)
def test_the_commune_itself_is_a_marker_defaulting_to_the_standing_body(unit, offices):
    suggestion = default_mapping(unit, task_text="Kiểm tra việc thực hiện", offices=offices)

    assert suggestion.kind == SuggestionKind.COMMUNE
    assert suggestion.office_name == POLICE
    assert is_commune_level(unit)


def test_the_commune_marker_follows_the_field_of_the_task(offices):
    def name(text: str) -> str | None:
        return _office_name("UBND cấp xã", offices, text)

    assert name("Giải quyết thủ tục hành chính trực tuyến toàn trình") == CENTRE
    assert name("Làm sạch dữ liệu đất đai") == ECONOMY
    assert name("Chi trả an sinh xã hội không dùng tiền mặt") == CULTURE
    assert name("Số hóa dữ liệu hộ tịch") == OFFICE


def test_provincial_units_are_not_commune_level():
    assert not is_commune_level("Công an tỉnh")
    assert not is_commune_level("Sở Lao động - Thương binh và Xã hội")
    assert not is_commune_level("UBND tỉnh")


def test_remembered_choices_win_over_the_table(offices):
    economy = next(o for o in offices if o.full_name == ECONOMY)

    result = resolve_units(
        ["Sở Y tế", "Công an tỉnh"], {memory_key("Sở Y tế"): economy.id}, offices
    )

    assert result["Sở Y tế"].office_id == economy.id
    assert result["Sở Y tế"].code == "remembered"
    assert result["Công an tỉnh"].office_name == POLICE


def test_a_remembered_office_that_is_gone_or_retired_falls_back_to_the_default(offices):
    retired = dataclasses.replace(offices[2], retired=True)  # Phòng Kinh tế
    current = [*offices[:2], retired, *offices[3:]]

    result = resolve_units(["Sở Y tế", "Sở Tư pháp"], {"so y te": 999, "so tu phap": 3}, current)

    assert result["Sở Y tế"].office_name == CULTURE
    assert result["Sở Tư pháp"].office_name == OFFICE


def test_remembered_keys_ignore_accents_case_and_spacing():
    assert memory_key("  Sở  Y tế ") == memory_key("SO Y TE") == "so y te"


def test_offices_renamed_by_the_officer_are_still_found():
    offices = [
        Office(1, "CA phường", "Công an phường Hòa Bình"),
        Office(2, "Phòng KT-HT-ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        Office(3, "VH-XH", "Phòng VH-XH"),
        Office(4, "VP", "Văn phòng HĐND và UBND phường"),
    ]

    assert _office_name("Sở Xây dựng", offices) == "Phòng Kinh tế, Hạ tầng và Đô thị"
    assert _office_name("Sở Y tế", offices) == "Phòng VH-XH"
    assert _office_name("Công an tỉnh", offices) == "Công an phường Hòa Bình"
    # No service centre in this list: procedure work goes to the Văn phòng.
    procedure = _office_name("Văn phòng UBND tỉnh", offices, "thủ tục hành chính")
    assert procedure == "Văn phòng HĐND và UBND phường"


def test_a_unit_named_like_an_added_office_goes_to_that_office(offices):
    added = Office(99, "Tổ CNS", "Tổ công nghệ số cộng đồng")

    suggestion = default_mapping(
        "Tổ Công nghệ số cộng đồng", task_text="", offices=[*offices, added]
    )

    assert suggestion.office_id == 99
    assert suggestion.code == "same_name"


def test_a_role_missing_from_the_commune_is_unmapped_not_invented():
    offices = [Office(1, "Công an xã", "Công an xã")]

    suggestion = default_mapping("Sở Tài chính", task_text="", offices=offices)

    assert suggestion.office_id is None
    assert suggestion.code == "role_missing"


def test_offices_not_yet_stored_are_never_suggested():
    suggestion = default_mapping("Công an tỉnh", task_text="", offices=standard_offices())

    assert suggestion.office_id is None

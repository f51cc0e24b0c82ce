"""The unit catalogue recognises bodies under current, former, abbreviated and OCR-damaged names."""

from __future__ import annotations

import pytest

from xa_planner.domain.units import CATALOGUE, find_unit
from xa_planner.importing.unit_list_parser import parse_unit_list, unit_heading


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"),
        ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
        ("Sở Giao thông vận tải", "Sở Xây dựng"),
        ("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
    ],
)
def test_former_names_map_to_the_body_that_took_over(written, canonical):
    match = find_unit(written)
    assert (match.unit.name, match.renamed) == (canonical, True)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Ủy ban nhân dân cấp xã", "UBND cấp xã"),
        ("UBND các xã, phường", "UBND cấp xã"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),
        ("cong an tinh", "Công an tỉnh"),
        ("Phòng Văn hóa - Xã hội xã", "Phòng Văn hóa - Xã hội"),
    ],
)
def test_abbreviations_and_missing_accents_find_the_same_unit(written, canonical):
    assert find_unit(written).unit.name == canonical


@pytest.mark.parametrize(
    ("ocr", "canonical"),
    [
        ("S& Khoa hoc va Cong nghé", "Sở Khoa học và Công nghệ"),
        ("UBND cép Xa", "UBND cấp xã"),
        ("Bao hiém xa hdi tinh", "Bảo hiểm xã hội tỉnh"),
        ("S& Thong tin va Truyén thong", "Sở Khoa học và Công nghệ"),
    ],
)
def test_ocr_damaged_unit_names_are_recognised(ocr, canonical):
    assert parse_unit_list(ocr).names == (canonical,)


def test_unit_lists_split_on_commas_without_breaking_names_that_contain_them():
    units = parse_unit_list(
        "Các sở, ban, ngành tỉnh; UBND cấp xã và các cơ quan, đơn vị có liên quan."
    )
    assert units.names == (
        "Các sở, ban, ngành tỉnh",
        "UBND cấp xã",
        "Các cơ quan, đơn vị liên quan",
    )
    assert parse_unit_list("Sở Văn hoá, thể thao và Du lịch").names == (
        "Sở Văn hóa, Thể thao và Du lịch",
    )


def test_unit_followed_by_its_duty_counts_as_the_unit():
    units = parse_unit_list(
        "Công an tỉnh hướng dẫn các cơ sở khách sạn, nhà nghỉ; Sở Y tế hướng dẫn các cơ sở"
    )
    assert units.names == ("Công an tỉnh", "Sở Y tế")


def test_unknown_unit_is_kept_as_written_and_reported():
    units = parse_unit_list("Ban Quản lý dự án đầu tư xây dựng")
    assert units.names == ("Ban Quản lý dự án đầu tư xây dựng",)
    assert units.unknown == ("Ban Quản lý dự án đầu tư xây dựng",)


def test_heading_naming_a_unit_with_a_region_number_is_a_unit_heading():
    assert unit_heading("Ngân hàng Nhà nước khu vực 12") == "Ngân hàng Nhà nước khu vực"
    assert unit_heading("Về dữ liệu") is None
    assert unit_heading("Công tác tham mưu chỉ đạo") is None


def test_every_catalogue_name_finds_itself():
    for unit in CATALOGUE:
        assert find_unit(unit.name).unit == unit


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Bộ Công Thương", ("Bộ Công Thương", "central")),
        ("Bo Cong Thuong", ("Bộ Công Thương", "central")),
        ("Các tỉnh, thành phố trực thuộc TW", ("UBND các tỉnh, thành phố trực thuộc Trung ương", "group")),
    ],
)
def test_national_bodies_are_never_read_as_provincial_ones(written, expected):
    match = find_unit(written)
    assert (match.unit.name, match.unit.level) == expected


def test_a_national_collective_and_a_name_with_commas_inside_stay_whole():
    assert [u.written for u in parse_unit_list("Các bộ, ngành, địa phương").units] == [
        "Các bộ, ngành, địa phương"
    ]
    units = parse_unit_list("Các cơ quan, đơn vị có thủ tục trong 53 DVC thiết yếu; Sở Y tế")
    assert [u.written for u in units.units] == [
        "Các cơ quan, đơn vị có thủ tục trong 53 DVC thiết yếu",
        "Sở Y tế",
    ]


def test_bodies_outside_the_catalogue_are_kept_as_written_never_dropped():
    units = parse_unit_list("VTV, VOV, TTXVN, các địa phương")
    assert [u.written for u in units.units] == ["VTV", "VOV", "TTXVN", "các địa phương"]


def test_ocr_damage_is_repaired_in_the_written_name_but_a_former_name_is_kept():
    (unit,) = parse_unit_list("S& Thong tin va Truyén thong").units
    assert (unit.written, unit.current, unit.renamed) == (
        "Sở Thông tin và Truyền thông",
        "Sở Khoa học và Công nghệ",
        True,
    )

"""The commune plan's title: the plan's period and the commune's place replace the province's, once."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xa_planner.domain.plan_titles import commune_plan_title, looks_ocr_damaged, province_of

NAME_2030 = (
    "“Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi "
    "số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030”"
)
PLACE = "trên địa bàn xã Vĩnh Thủy"


def _title(source: str, **kwargs) -> str:
    arguments = {"commune": "Vĩnh Thủy", "year": 2026, "provinces": ("Quảng Trị",)} | kwargs
    return commune_plan_title(source, **arguments).text


# Titles of other shapes than the seeds': source → the title a chairman would sign.
SHAPES = [
    (
        "Kế hoạch triển khai thực hiện Đề án 06 trên địa bàn tỉnh Đồng Tháp năm 2025",
        "Kế hoạch triển khai thực hiện Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch thực hiện Đề án 06 năm 2025",
        "Kế hoạch thực hiện Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch triển khai Đề án 06 giai đoạn 2026-2030 của UBND tỉnh Hưng Yên",
        "Kế hoạch triển khai Đề án 06 năm 2026 trên địa bàn xã Vĩnh Thủy",
    ),
    (
        "Kế hoạch thực hiện Đề án 06 của Ủy ban nhân dân tỉnh Hưng Yên giai đoạn 2026 - 2030",
        "Kế hoạch thực hiện Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        f"Thực hiện Đề án {NAME_2030} của tỉnh năm 2025",
        f"Thực hiện Đề án {NAME_2030} trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch triển khai Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022 - 2025, "
        "tầm nhìn đến năm 2030 trên địa bàn tỉnh Đồng Tháp năm 2025",
        "Kế hoạch triển khai Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022 - 2025, "
        "tầm nhìn đến năm 2030 trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch triển khai Đề án 06 tỉnh Đồng Tháp năm 2025",
        "Kế hoạch triển khai Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch triển khai Đề án 06 năm 2026 trên địa bàn toàn tỉnh",
        "Kế hoạch triển khai Đề án 06 năm 2026 trên địa bàn xã Vĩnh Thủy",
    ),
    (
        "Kế hoạch triển khai nhiệm vụ Đề án 06 trên địa bàn tỉnh Vĩnh Long 6 tháng đầu năm 2025",
        "Kế hoạch triển khai nhiệm vụ Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch triển khai Đề án 06 trên địa bàn thành phố Hà Nội năm 2025",
        "Kế hoạch triển khai Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch thực hiện Đề án 06 Quý IV/2025 tại TP. Cần Thơ",
        "Kế hoạch thực hiện Đề án 06 năm 2026 trên địa bàn xã Vĩnh Thủy",
    ),
    ("Triển khai Đề án 06", "Triển khai Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026"),
    (
        "Kế hoạch triển khai Đề án 06 cấp tỉnh năm 2025",
        "Kế hoạch triển khai Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch thực hiện tinh thần Đề án 06 về an sinh xã hội năm 2025 của tỉnh",
        "Kế hoạch thực hiện tinh thần Đề án 06 về an sinh xã hội năm 2026 trên địa bàn xã Vĩnh Thủy",
    ),
    (
        "KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP NĂM 2025",
        "KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 TRÊN ĐỊA BÀN XÃ VĨNH THỦY NĂM 2026",
    ),
    (
        "Kế hoạch thực hiện Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng "
        "Chính phủ năm 2025",
        "Kế hoạch thực hiện Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng "
        "Chính phủ trên địa bàn xã Vĩnh Thủy năm 2026",
    ),
    (
        "Kế hoạch nâng cao tính năng dịch vụ công, làm việc từ xa năm 2025 của tỉnh",
        "Kế hoạch nâng cao tính năng dịch vụ công, làm việc từ xa năm 2026 trên địa bàn xã Vĩnh Thủy",
    ),
]


@pytest.mark.parametrize(("source", "expected"), SHAPES)
def test_a_provincial_title_becomes_the_communes_with_the_plans_year(source, expected):
    assert _title(source) == expected


@pytest.mark.parametrize(("source", "_expected"), SHAPES)
def test_the_commune_is_named_once_and_the_province_never(source, _expected):
    title = _title(source).casefold()

    assert title.count("vĩnh thủy") == 1
    assert title.count("trên địa bàn") == 1
    assert not any(p in title for p in ("đồng tháp", "hưng yên", "vĩnh long", "hà nội", "cần thơ"))
    assert title.count("2026") == 1


def test_years_inside_the_quoted_name_of_the_de_an_are_kept():
    source = (
        "Triển khai thực hiện nhiệm vụ Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và "
        "xác thực điện tử phục vụ chuyển đổi số quốc gia, giai đoạn 2022 - 2025 tầm nhìn đến năm "
        "2030” trên địa bàn tỉnh Vĩnh Long 04 tháng cuối năm 2025"
    )

    title = _title(source)

    assert "giai đoạn 2022 - 2025 tầm nhìn đến năm 2030”" in title
    assert title.endswith("” trên địa bàn xã Vĩnh Thủy năm 2026")
    assert "04 tháng" not in title


def test_a_quoted_period_that_equals_a_plan_period_is_still_the_names():
    source = 'Triển khai Đề án "Phát triển dữ liệu dân cư giai đoạn 2026-2030" năm 2025'

    assert _title(source) == (
        'Triển khai Đề án "Phát triển dữ liệu dân cư giai đoạn 2026-2030" '
        "trên địa bàn xã Vĩnh Thủy năm 2026"
    )


def test_a_province_known_from_the_issuer_is_removed_whole_even_in_lower_case():
    source = "Kế hoạch triển khai Đề án 06 trên địa bàn tỉnh Bà Rịa - Vũng Tàu năm 2025"

    title = _title(source, provinces=("Bà Rịa - Vũng Tàu",))

    assert title == "Kế hoạch triển khai Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026"


def test_a_ward_speaks_of_its_ward():
    title = _title("Kế hoạch thực hiện Đề án 06 năm 2025", commune="Đông Hà", unit_kind="phường")

    assert title == "Kế hoạch thực hiện Đề án 06 trên địa bàn phường Đông Hà năm 2026"


def test_another_communes_plan_becomes_this_communes():
    source = f"Triển khai thực hiện Đề án {NAME_2030} trên địa bàn xã Vĩnh Thủy năm 2026"

    assert _title(source, commune="Cam Lộ", year=2027) == (
        f"Triển khai thực hiện Đề án {NAME_2030} trên địa bàn xã Cam Lộ năm 2027"
    )


def test_an_ocr_damaged_title_is_flagged_and_its_place_and_period_still_replaced():
    source = (
        "Thue hién P& an “Phat trién ing dung dir liéu dan cw, dinh danh va xac thuce dién tir "
        "giai doan 2022 - 2025, tam nhin dén nim 2030” trén dia ban tinh Pong Thap nim 2026"
    )

    derived = commune_plan_title(source, commune="Vĩnh Thủy", year=2026)

    assert derived.ocr_damaged
    assert derived.text.endswith("nim 2030” trên địa bàn xã Vĩnh Thủy năm 2026")
    assert "Pong" not in derived.text and "dia ban" not in derived.text


@pytest.mark.parametrize(
    ("text", "damaged"),
    [
        ("Triển khai thực hiện Đề án 06 trên địa bàn tỉnh Vĩnh Long năm 2025", False),
        ("Kế hoạch thực hiện Đề án 06", False),
        ("Thuc hien De an 06 tren dia ban tinh Dong Thap nam 2026", True),
        ("Thực hiện P& án 06", True),
    ],
)
def test_titles_misread_by_ocr_are_recognised(text, damaged):
    assert looks_ocr_damaged(text) is damaged


def test_the_province_is_read_from_the_issuer():
    assert province_of("Ủy ban nhân dân tỉnh Vĩnh Long") == "Vĩnh Long"
    assert province_of("UBND thành phố Hà Nội") == "Hà Nội"
    assert province_of("Công an tỉnh") == ""


# --- generated titles: any order of opening, name, place and period ---------------------------

_OPENINGS = ["Kế hoạch triển khai", "Triển khai thực hiện nhiệm vụ", "Kế hoạch thực hiện", "KẾ HOẠCH Thực hiện"]
_NAMES = [
    "Đề án 06",
    NAME_2030,
    '"Phát triển ứng dụng dữ liệu về dân cư giai đoạn 2026-2030, tầm nhìn đến năm 2035"',
    "Đề án phát triển dữ liệu dân cư giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
]
_PLACES = ["", "trên địa bàn tỉnh Đồng Tháp", "của UBND tỉnh Hưng Yên", "tỉnh Vĩnh Long", "trên địa bàn toàn tỉnh", "của tỉnh"]
_PERIODS = ["", "năm 2025", "04 tháng cuối năm 2025", "giai đoạn 2026-2030", "6 tháng đầu năm 2024", "Quý IV/2025"]


@given(
    opening=st.sampled_from(_OPENINGS),
    name=st.sampled_from(_NAMES),
    place=st.sampled_from(_PLACES),
    period=st.sampled_from(_PERIODS),
    period_first=st.booleans(),
    year=st.integers(2026, 2032),
)
def test_any_title_keeps_its_name_and_says_the_commune_and_the_year_once(opening, name, place, period, period_first, year):
    tail = [period, place] if period_first else [place, period]
    source = " ".join(part for part in (opening, name, *tail) if part)

    title = _title(source, year=year)

    assert name in title  # the Đề án's own words and years, untouched
    outside = title.replace(name, "")
    assert outside.count("trên địa bàn xã Vĩnh Thủy") == 1
    assert outside.count(f"năm {year}") == 1
    assert not any(p in title for p in ("Đồng Tháp", "Hưng Yên", "Vĩnh Long", "tỉnh"))
    assert not any(old in outside for old in ("2024", "2025", "2026-2030", "tháng", "Quý"))


PLANS = Path(__file__).parents[1] / "data" / "plans"


@pytest.mark.parametrize("stem", ["001", "003", "004"])
def test_no_line_of_a_clean_seed_plan_is_taken_for_misread(stem):
    lines = next(PLANS.glob(f"{stem}_*.txt")).read_text(encoding="utf-8").splitlines()

    assert [line for line in lines if looks_ocr_damaged(line)] == []


def test_most_long_lines_of_the_ocr_seed_plan_are_taken_for_misread():
    lines = next(PLANS.glob("000_*.txt")).read_text(encoding="utf-8").splitlines()
    long_lines = [line for line in lines if len(line.split()) >= 12]

    assert sum(map(looks_ocr_damaged, long_lines)) >= 0.9 * len(long_lines)

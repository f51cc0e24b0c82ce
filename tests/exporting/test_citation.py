"""How a commune plan cites its provincial source: in full once, in short in every row."""

from __future__ import annotations

import datetime as dt

from xa_planner.domain.plans import Template
from xa_planner.exporting.citation import citation_from_text, source_citation

NUMBERED = Template(
    None,
    "Kế hoạch triển khai Đề án 06 trên địa bàn tỉnh Đồng Tháp năm 2026",
    "113/KH-UBND",
    dt.date(2026, 1, 15),
    "UBND tỉnh",
)
UNNUMBERED = Template(
    None, "Triển khai thực hiện nhiệm vụ Đề án 06 năm 2026", issuer="Ủy ban nhân dân tỉnh Vĩnh Long"
)


def test_a_numbered_source_is_cited_by_kind_number_date_issuer_and_subject():
    # Given a provincial plan numbered 113/KH-UBND of a bare "UBND tỉnh"
    citation = source_citation(NUMBERED, "Đồng Tháp", 2026)
    # Then the opening sentence cites it in full, the province named, and rows in short
    assert citation.full == (
        "Kế hoạch số 113/KH-UBND ngày 15/01/2026 của UBND tỉnh Đồng Tháp "
        "về triển khai Đề án 06 trên địa bàn tỉnh Đồng Tháp năm 2026"
    )
    assert citation.short == "KH số 113/KH-UBND"


def test_an_unnumbered_source_is_cited_by_kind_and_issuer_never_by_its_title_alone():
    citation = source_citation(UNNUMBERED, "Vĩnh Long", 2026)
    assert citation.full == (
        "Kế hoạch của Ủy ban nhân dân tỉnh Vĩnh Long về triển khai thực hiện nhiệm vụ Đề án 06 "
        "năm 2026"
    )
    assert citation.short == "KH của UBND tỉnh Vĩnh Long"


def test_a_row_carrying_the_source_in_any_long_form_gets_the_short_form_and_keeps_the_rest():
    # Given rows as derivation stored them: the title alone, or the source among other documents
    numbered = source_citation(NUMBERED, "Đồng Tháp", 2026)
    unnumbered = source_citation(UNNUMBERED, "Vĩnh Long", 2026)
    # Then only the source is shortened; another document of the row stays as written
    assert unnumbered.shortened(UNNUMBERED.title) == "KH của UBND tỉnh Vĩnh Long"
    assert numbered.shortened(
        "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; "
        "Kế hoạch số 113/KH-UBND của UBND tỉnh"
    ) == ("Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; KH số 113/KH-UBND")
    assert numbered.shortened("Kế hoạch số 1130/KH-UBND") == "Kế hoạch số 1130/KH-UBND"


def test_a_plan_whose_source_was_removed_is_cited_from_its_own_line():
    citation = citation_from_text("Quyết định số 06/QĐ-TTg của Thủ tướng", "Vĩnh Long", 2026)
    assert citation.short == "QĐ số 06/QĐ-TTg"
    assert citation.full.startswith("Quyết định số 06/QĐ-TTg của Thủ tướng về ")


def test_a_source_whose_number_was_never_filled_in_is_cited_by_kind_and_issuer():
    # Given a provincial draft sent round as "Số: /KH-UBND", its number left blank
    draft = Template(None, "Triển khai Đề án 06 năm 2026", "/KH-UBND", None, "Ủy ban nhân dân tỉnh Hưng Yên")
    # Then the plan cites its kind and issuer, never "Kế hoạch số /KH-UBND"
    citation = source_citation(draft, "Hưng Yên", 2026)
    assert citation.full.startswith("Kế hoạch của Ủy ban nhân dân tỉnh Hưng Yên về ")
    assert citation.short == "KH của UBND tỉnh Hưng Yên"
    assert "số" not in citation.full.split(" về ")[0]
    # And a plan whose source is gone cites its own line without a number either
    assert citation_from_text("Kế hoạch số /KH-UBND của UBND tỉnh", "Hưng Yên", 2026).short == (
        "KH của UBND tỉnh Hưng Yên"
    )

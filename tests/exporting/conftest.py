"""Fixed sample documents for the exporter tests, drawn from the Vĩnh Thủy plan (seed 001)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from xa_planner.domain.signature_block import SignatureBlock
from xa_planner.exporting.plan_document import (
    AppendixDocument,
    AppendixRow,
    AppendixSection,
    PlanDocument,
    TextBlock,
)

QD06 = "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ"
CT07 = "Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ"

_SECTION_ROWS = {
    ("I", "CÔNG TÁC THAM MƯU CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN, KIỂM TRA, KHEN THƯỞNG"): (
        AppendixRow(
            "1",
            "Xây dựng Kế hoạch triển khai nhiệm vụ Đề án 06 trong năm 2026 tại các cơ "
            "quan, đơn vị, để tổ chức thực hiện.\nThực hiện nghiêm túc chế độ báo cáo định "
            "kỳ trước ngày 12 hàng tháng về tình hình, kết quả thực hiện Đề án 06.",
            QD06,
            "Công an xã",
            "Các phòng, ban, trung tâm, đoàn thể, đơn vị",
            "Ban hành Kế hoạch trong tháng 5/2026",
            "- Ban hành kế hoạch cụ thể, xác định “rõ người, rõ việc, rõ thời gian, rõ kết "
            "quả, rõ trách nhiệm”.\n- Đối với những nhiệm vụ chưa hiệu quả từ năm 2025, cần "
            "giao chỉ tiêu, thời hạn cụ thể.",
        ),
        AppendixRow(
            "2",
            "Tham mưu UBND xã bố trí kinh phí triển khai Đề án 06 năm 2026 trên địa "
            "bàn xã theo phân cấp quản lý ngân sách hiện hành.",
            QD06,
            "Phòng Kinh tế",
            "Công an xã",
            "Năm 2026",
            "Kinh phí được bố trí kịp thời",
        ),
        AppendixRow(
            "3",
            "Khen thưởng, biểu dương tập thể, cá nhân có thành tích xuất sắc trong "
            "công tác triển khai Đề án 06 năm 2026 trên địa bàn xã",
            QD06,
            "Phòng Văn hóa - Xã hội",
            "Công an xã",
            "Quý I/2027",
            "Quyết định khen thưởng",
        ),
    ),
    ("II", "ĐẢM BẢO DỮ LIỆU DÂN CƯ “ĐÚNG, ĐỦ, SẠCH, SỐNG”"): (
        AppendixRow(
            "1",
            "Duy trì cập nhật, làm sạch CSDLQG về dân cư",
            CT07,
            "Công an xã",
            "Các ban, ngành có liên quan",
            "Thường xuyên",
            "Hoàn thành các chỉ tiêu làm sạch đảm bảo dữ liệu “đúng, đủ, sạch, sống”",
        ),
        AppendixRow(
            "2",
            "Đẩy mạnh tích hợp tài khoản ngân hàng của công dân vào chức năng “tài "
            "khoản hưởng an sinh xã hội” trên tài khoản định danh điện tử mức 2",
            QD06,
            "Phòng Văn hóa - Xã hội",
            "Công an xã, Tổ Công tác Đề án 06",
            "Hoàn thành trước ngày 31/12/2026",
            "Tối thiểu 81% công dân từ đủ 14 tuổi có tài khoản định danh điện tử",
        ),
    ),
}


def sample_appendix(repeat: int = 1) -> AppendixDocument:
    """The seed's appendix; *repeat* copies of each section's rows make it longer."""
    sections = []
    for (numeral, title), rows in _SECTION_ROWS.items():
        copies = tuple(
            AppendixRow(str(i + 1), *row.cells()[1:]) for i, row in enumerate(rows * repeat)
        )
        sections.append(AppendixSection(numeral, title, copies))
    return AppendixDocument(
        title="CÁC NHIỆM VỤ CỦA ĐỀ ÁN 06 TRÊN ĐỊA BÀN XÃ NĂM 2026",
        reference_line="(Kèm theo Kế hoạch số 1199/KH-UBND ngày 25/5/2026 của UBND xã Vĩnh Thủy)",
        sections=tuple(sections),
    )


def sample_plan(appendix: AppendixDocument | None = None) -> PlanDocument:
    purpose = (
        "- Huy động sự vào cuộc đồng bộ của cả hệ thống chính trị, trách nhiệm gương mẫu, "
        "chỉ đạo sâu sát, quyết liệt của người đứng đầu các cơ quan, đơn vị, tổ chức chính "
        "trị - xã hội để tiếp tục thực hiện hiệu quả Đề án 06 trên địa bàn xã."
    )
    requirement = (
        "- Đảm bảo an ninh, an toàn tuyệt đối và bảo mật thông tin dữ liệu theo đúng "
        "các quy định của pháp luật; tránh hình thức, chồng chéo, lãng phí."
    )
    return PlanDocument(
        issuing_body="ỦY BAN NHÂN DÂN XÃ VĨNH THỦY",
        number="1199/KH-UBND",
        place="Vĩnh Thủy",
        issued_on=dt.date(2026, 5, 25),
        summary="Triển khai thực hiện Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
        body=(
            TextBlock(
                "",
                (
                    "Thực hiện Kế hoạch số 1965/KH-UBND ngày 20/4/2026 của Ủy ban nhân dân "
                    "tỉnh Quảng Trị, UBND xã Vĩnh Thủy triển khai kế hoạch thực hiện Đề án "
                    "trên địa bàn xã cụ thể như sau:",
                ),
            ),
            TextBlock("I. MỤC ĐÍCH, YÊU CẦU"),
            TextBlock("1. Mục đích", (purpose,) * 3, level=2),
            TextBlock("2. Yêu cầu", (requirement,) * 4, level=2),
            TextBlock(
                "II. NHIỆM VỤ GIẢI PHÁP TRỌNG TÂM, PHÂN CÔNG TRÁCH NHIỆM",
                (
                    "Các phòng, ban, ngành, tổ chức chính trị xã hội trong xã quán triệt tổ "
                    "chức thực hiện nghiêm túc, hiệu quả (có Phụ lục kèm theo).",
                ),
            ),
            TextBlock(
                "III. KINH PHÍ THỰC HIỆN",
                (
                    "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo "
                    "phân cấp ngân sách hiện hành.",
                ),
            ),
            TextBlock(
                "IV. TỔ CHỨC THỰC HIỆN",
                (
                    "Giao Công an xã là cơ quan Thường trực tham mưu về Đề án 06, giúp UBND xã "
                    "chỉ đạo, đôn đốc triển khai thực hiện các nội dung, nhiệm vụ.",
                )
                * 4
                + (
                    "Quá trình triển khai nếu có khó khăn, vướng mắc đề nghị gửi về UBND xã "
                    "(qua Công an xã) để xem xét, giải quyết.",
                ),
            ),
        ),
        recipients=(
            "UBND tỉnh;",
            "Phòng PC06, Công an tỉnh",
            "Thường trực Đảng ủy xã;",
            "Công an xã;",
            "Lưu: VT, VHXH.",
        ),
        signature=SignatureBlock("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Thái Nam Sơn"),
        appendix=appendix,
    )


@pytest.fixture
def appendix() -> AppendixDocument:
    return sample_appendix(repeat=3)


@pytest.fixture
def plan() -> PlanDocument:
    return sample_plan(sample_appendix())


@pytest.fixture(scope="session")
def seed_exports(tmp_path_factory) -> dict[str, Path]:
    """Seed 003's derived plan (no number, no date) exported in every format from the CLI."""
    from printed_documents import export_to, seed_workspace

    home = tmp_path_factory.mktemp("seed003")
    workspace = seed_workspace(home)
    return {
        f"{kind}.{fmt}": export_to(home, workspace, kind, fmt)
        for kind, fmts in (("plan", ("pdf", "docx")), ("appendix", ("pdf", "docx", "xlsx")))
        for fmt in fmts
    }


@pytest.fixture(scope="session")
def demo_exports(tmp_path_factory) -> dict[str, Path]:
    """The demo workspace's plan, appendix and last month's report, from the CLI."""
    from printed_documents import export_to, last_month, run_cli

    home = tmp_path_factory.mktemp("demo")
    workspace = home / "demo.db"
    run_cli(home, "demo", str(workspace))
    exports = {f"plan.{fmt}": export_to(home, workspace, "plan", fmt) for fmt in ("pdf", "docx")}
    exports["appendix.xlsx"] = export_to(home, workspace, "appendix", "xlsx")
    for fmt in ("pdf", "docx", "xlsx"):
        exports[f"report.{fmt}"] = export_to(
            home, workspace, "report", fmt, "--month", last_month()
        )
    return exports

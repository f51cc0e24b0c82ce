"""The plan's editable prose: default text blocks in an officer's words, and Nơi nhận."""

from __future__ import annotations

from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.plan_text import PlanText, PlanTextBlock


# The documents are Vietnamese administrative texts whatever the interface language, so
# these defaults are plain Vietnamese and never pass through the translation layer.
def default_plan_text(profile: CommuneProfile, cited_source: str) -> PlanText:
    """The prose a new plan starts with; *cited_source* is the source cited in full
    ("Kế hoạch số 113/KH-UBND ngày … của UBND tỉnh … về …", exporting.citation)."""
    commune = f"{profile.unit_kind} {profile.commune_name}".strip()
    ubnd = f"UBND {commune}"
    preamble = (
        f"Thực hiện {cited_source}, {ubnd} ban hành Kế hoạch triển khai thực "
        f"hiện trên địa bàn {commune} như sau:"
    )
    blocks = (
        PlanTextBlock("I. MỤC ĐÍCH, YÊU CẦU", ()),
        PlanTextBlock(
            "1. Mục đích",
            (
                "Huy động sự vào cuộc đồng bộ của cả hệ thống chính trị, trách nhiệm của người đứng "
                "đầu các cơ quan, đơn vị để tiếp tục thực hiện hiệu quả Đề án 06 trên địa bàn; đưa "
                "các tiện ích của Đề án 06 đến gần hơn với người dân và doanh nghiệp.",
            ),
            2,
        ),
        PlanTextBlock(
            "2. Yêu cầu",
            (
                "Xác định rõ nhiệm vụ, lộ trình, phân công trách nhiệm bảo đảm nguyên tắc “rõ người, "
                "rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền”.",
                "Bảo đảm an ninh, an toàn và bảo mật thông tin dữ liệu theo quy định của pháp luật.",
            ),
            2,
        ),
        PlanTextBlock(
            "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM",
            (
                "Các cơ quan, đơn vị, tổ chức chính trị - xã hội căn cứ nhiệm vụ được phân công tổ "
                "chức thực hiện nghiêm túc, hiệu quả, bảo đảm tiến độ (có Phụ lục kèm theo).",
            ),
        ),
        PlanTextBlock(
            "III. KINH PHÍ THỰC HIỆN",
            (
                "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp "
                "hiện hành và các nguồn kinh phí hợp pháp khác theo quy định của pháp luật.",
            ),
        ),
        PlanTextBlock(
            "IV. TỔ CHỨC THỰC HIỆN",
            (
                f"1. Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động triển "
                f"khai thực hiện; báo cáo kết quả về {ubnd} (qua Công an {commune}) trước ngày "
                f"{profile.report_deadline_day} hằng tháng.",
                f"2. Giao Công an {commune} là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết "
                f"quả, tham mưu {ubnd} báo cáo UBND tỉnh (qua Công an tỉnh) theo quy định.",
                f"Quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về "
                f"{ubnd} (qua Công an {commune}) để xem xét, giải quyết.",
            ),
        ),
    )
    recipients = (
        f"UBND tỉnh {profile.province_name} (b/c)".replace("tỉnh  ", "tỉnh "),
        "Công an tỉnh (b/c)",
        f"TT Đảng ủy, TT HĐND {commune}",
        f"CT, các PCT UBND {commune}",
        "Các cơ quan, đơn vị liên quan",
        "Lưu: VT",
    )
    return PlanText(preamble, blocks, recipients)

"""What a reader finds in the plans of tests/data/plans/shapes/: each task's opening words and its lead units.

A lead is right when the units match either as the plan writes them or under their current names.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz

from xa_planner.importing import ParsedPlan
from xa_planner.importing.ocr_repair import ocr_fold

from .plan_degrader import break_lines, ocr_damage

SHAPES = Path(__file__).parents[1] / "data" / "plans" / "shapes"

Truth = list[tuple[str, set[str]]]
# Shapes that are tables: re-wrapping their lines would tear the rows apart, which no scan does.
TABLE_SHAPES = frozenset(
    {
        "pipe_table.txt",
        "tab_table.txt",
        "steering_notice_two_tables.txt",
        "web_cells.txt",
        "web_cells_numbered.txt",
        "body_and_appendix.txt",
        "role_marks_table.txt",
        "pipe_no_borders.txt",
        "ministry_notice_appendix_pipes.txt",
        "two_row_header_table.txt",
        "national_task_table_groups.txt",
    }
)

SHAPE_TRUTH: dict[str, Truth] = {
    "national_sentence_leads.txt": [
        ("rà soát các quy định còn yêu cầu nộp bản sao", {"Bộ Tư pháp"}),
        ("xây dựng Nghị định quy định về kết nối", {"Bộ Công an"}),
        ("tham mưu Thủ tướng Chính phủ ban hành danh mục", {"Văn phòng Chính phủ"}),
        ("hướng dẫn các bộ, ngành, địa phương bảo đảm an toàn", {"Bộ Khoa học và Công nghệ"}),
        ("nâng cấp hạ tầng kết nối để xác thực", {"Bộ Công an"}),
        ("bố trí kinh phí thường xuyên", {"Bộ Tài chính"}),
        ("vận động nhân dân sử dụng dịch vụ công", {"Ủy ban Trung ương MTTQ Việt Nam"}),
        ("đẩy mạnh tuyên truyền lợi ích", {"VTV", "VOV", "TTXVN", "các địa phương"}),
        ("hướng dẫn các sàn thương mại điện tử", {"Bộ Công Thương"}),
        ("rà soát, công bố danh mục thủ tục", {"Các bộ, ngành, địa phương"}),
    ],
    "party_lead_headings.txt": [
        ("Lãnh đạo xây dựng chương trình giám sát", {"Tổ đảng ở Thường trực Ủy ban KH,CN&MT"}),
        ("Cho ý kiến về các dự án luật", {"Tổ đảng ở Thường trực Ủy ban KH,CN&MT"}),
        ("Định kỳ 6 tháng báo cáo kết quả", {"Tổ đảng ở Thường trực Ủy ban KH,CN&MT"}),
        ("Tham mưu ban hành quy chế quản lý", {"Chi bộ Văn phòng Ủy ban nhân dân tỉnh"}),
        ("Theo dõi, đôn đốc các sở, ngành", {"Chi bộ Văn phòng Ủy ban nhân dân tỉnh"}),
        ("Lãnh đạo hoàn thành làm sạch dữ liệu", {"Đảng ủy Công an tỉnh"}),
        ("Chỉ đạo lực lượng công an cấp xã", {"Đảng ủy Công an tỉnh"}),
        ("Triển khai sổ sức khỏe điện tử", {"Sở Y tế"}),
        ("Kết nối dữ liệu khám chữa bệnh", {"Sở Y tế"}),
        ("Nâng cấp hạ tầng mạng diện rộng", {"Sở Thông tin và Truyền thông"}),
        ("Tổ chức đào tạo kỹ năng số", {"Sở Thông tin và Truyền thông"}),
    ],
    "pipe_table.txt": [
        ("Công bố danh mục thủ tục hành chính thực hiện", {"Văn phòng UBND tỉnh"}),
        (
            "Số hóa kết quả giải quyết thủ tục",
            {"Các cơ quan, đơn vị có thủ tục trong 53 DVC thiết yếu"},
        ),
        ("Làm sạch dữ liệu hộ tịch", {"Sở Tư pháp"}),
        ("Cập nhật dữ liệu đất đai của các thửa", {"Sở Nông nghiệp và Môi trường"}),
        ("Chia sẻ dữ liệu người có công", {"Sở Nội vụ"}),
        ("Tuyên truyền về dịch vụ công trực tuyến", {"Báo và Phát thanh, Truyền hình tỉnh"}),
    ],
    "tab_table.txt": [
        ("Thu nhận hồ sơ cấp căn cước", {"Công an xã"}),
        ("Chi trả trợ cấp xã hội qua tài khoản", {"Phòng Văn hóa - Xã hội"}),
        ("Hướng dẫn người dân nộp hồ sơ trực tuyến", {"Trung tâm Phục vụ hành chính công xã"}),
        ("Cập nhật dữ liệu hộ kinh doanh", {"Phòng Kinh tế"}),
        ("Số hóa sổ hộ tịch lưu trữ", {"Văn phòng HĐND và UBND xã"}),
    ],
    "web_cells.txt": [
        ("Rà soát, cập nhật thông tin người dân", {"Công an phường"}),
        ("Hướng dẫn người dân đăng ký tài khoản", {"Đoàn Thanh niên xã"}),
        ("Triển khai thanh toán không dùng tiền mặt", {"Trung tâm Phục vụ hành chính công xã"}),
        ("Số hóa hồ sơ, kết quả giải quyết", {"Phòng Kinh tế, Hạ tầng và Đô thị"}),
    ],
    "web_cells_numbered.txt": [
        ("Niêm yết công khai thủ tục hành chính", {"Văn phòng HĐND và UBND xã"}),
        ("Rà soát quy trình nội bộ", {"Văn phòng HĐND và UBND xã"}),
        ("Khảo sát mức độ hài lòng", {"Phòng Văn hóa - Xã hội"}),
        ("Kiểm tra việc thực hiện cải cách", {"Phòng Kinh tế"}),
    ],
    "inline_items.txt": [
        ("Chủ trì hướng dẫn UBND cấp xã rà soát", {"Công an tỉnh"}),
        ("Tổ chức cấp căn cước lưu động", {"Công an tỉnh"}),
        ("Kích hoạt tài khoản định danh điện tử cho học sinh", {"Công an tỉnh"}),
        ("Triển khai giấy khám sức khỏe điện tử", {"Sở Y tế"}),
        ("Kết nối dữ liệu tiêm chủng", {"Sở Y tế"}),
        ("Hướng dẫn trạm y tế cấp xã", {"Sở Y tế"}),
        ("triển khai học bạ số", {"Sở Giáo dục và Đào tạo"}),
        ("chi trả trợ cấp bảo hiểm xã hội một lần", {"Bảo hiểm xã hội tỉnh"}),
        ("thẩm định dự toán kinh phí", {"Sở Tài chính"}),
    ],
    "label_line_fields.txt": [
        ("Số hóa toàn bộ sổ đăng ký khai sinh", {"Sở Tư pháp"}),
        ("Xây dựng cơ sở dữ liệu đối tượng bảo trợ", {"Sở Lao động - Thương binh và Xã hội"}),
        ("Công khai thông tin quy hoạch xây dựng", {"Sở Xây dựng"}),
    ],
    "body_and_appendix.txt": [
        ("tái cấu trúc quy trình các thủ tục hành chính thiết yếu", {"Văn phòng UBND tỉnh"}),
        ("nâng cấp Hệ thống thông tin giải quyết", {"Sở Khoa học và Công nghệ"}),
        ("hướng dẫn xác thực tài khoản định danh", {"Công an tỉnh"}),
    ],
    "renamed_2023.txt": [
        ("Hoàn thiện hạ tầng kết nối mạng", {"Sở Thông tin và Truyền thông"}),
        ("Chi trả trợ cấp người có công", {"Sở Lao động - Thương binh và Xã hội"}),
        ("Bố trí vốn đầu tư", {"Sở Kế hoạch và Đầu tư"}),
        ("Cập nhật dữ liệu đất đai vào cơ sở", {"Sở Tài nguyên và Môi trường"}),
        ("truy xuất nguồn gốc hàng hóa", {"Sở Công Thương"}),
    ],
    "agency_paragraphs.txt": [
        ("Chỉ đạo các cơ sở khám chữa bệnh tiếp nhận", {"Sở Y tế"}),
        ("Đối soát thông tin thẻ bảo hiểm y tế", {"Bảo hiểm xã hội tỉnh"}),
        ("Rà soát danh sách người hưởng trợ cấp", {"Sở Nội vụ"}),
        ("Phối hợp chi trả lương hưu", {"Bưu điện tỉnh"}),
        ("Tuyên truyền, hướng dẫn người dân cài đặt", {"UBND các xã, phường"}),
    ],
    "content_label_blocks.txt": [
        ("Niêm yết số điện thoại đường dây nóng", {"Văn phòng HĐND và UBND xã"}),
        ("Trả kết quả thủ tục hành chính qua dịch vụ bưu chính", {"Trung tâm Phục vụ hành chính công xã"}),
        ("Tổ chức đối thoại với người dân", {"Phòng Kinh tế"}),
    ],
    "unit_colon_headings.txt": [
        ("Triển khai cấp văn bằng, chứng chỉ số", {"Sở Giáo dục và Đào tạo"}),
        ("Chỉ đạo các trường thu học phí", {"Sở Giáo dục và Đào tạo"}),
        ("Hướng dẫn người dân tích hợp giấy phép", {"Công an tỉnh"}),
        ("Gắn mã định danh địa điểm", {"Sở Xây dựng"}),
        ("Chi trả chế độ ốm đau", {"Bảo hiểm xã hội tỉnh"}),
        ("Đối soát dữ liệu người tham gia", {"Bảo hiểm xã hội tỉnh"}),
    ],
    "role_marks_table.txt": [
        ("Số hóa sổ hộ tịch lưu trữ", {"Sở Tư pháp"}),
        ("Xây dựng cơ sở dữ liệu người có công", {"Sở Nội vụ"}),
        ("Cập nhật dữ liệu giấy phép kinh doanh", {"Sở Công Thương"}),
        ("Làm sạch dữ liệu học sinh", {"Sở Giáo dục và Đào tạo"}),
    ],
    "pipe_no_borders.txt": [
        ("Cập nhật thông tin hộ gia đình", {"Công an xã"}),
        ("Tập huấn sử dụng chữ ký số", {"Văn phòng HĐND và UBND xã"}),
        ("Khảo sát nhu cầu hỗ trợ kỹ năng số", {"Hội Người cao tuổi xã"}),
        ("Tổng kết mô hình thôn thông minh", {"Các tỉnh, thành phố trực thuộc TW"}),
    ],
    "inline_labels_one_line.txt": [
        ("Cấp đổi giấy phép lái xe trực tuyến", {"Công an tỉnh"}),
        ("Đăng ký khai sinh, thường trú", {"Sở Tư pháp"}),
        ("Giải quyết chế độ mai táng phí", {"Sở Nội vụ"}),
    ],
    "district_style_mixed.txt": [
        ("tuyên truyền phong trào trên hệ thống loa", {"Phòng Văn hóa - Xã hội"}),
        ("thành lập các tổ thanh niên tình nguyện", {"Đoàn Thanh niên phường"}),
        ("bố trí phòng máy, tổ chức 02 lớp học", {"Trung tâm Phục vụ hành chính công phường"}),
        ("hướng dẫn người dân sử dụng ứng dụng định danh", {"Công an phường"}),
        ("vận động hội viên tham gia các lớp học", {"Hội Liên hiệp Phụ nữ phường"}),
        ("theo dõi, tổng hợp, báo cáo kết quả", {"Văn phòng HĐND và UBND phường"}),
    ],
    "ministry_notice_appendix_pipes.txt": [
        ("Nâng cấp ứng dụng định danh điện tử tích hợp", {"Bộ Công an"}),
        ("Hướng dẫn các địa phương khai thác dữ liệu", {"Bộ Nội vụ"}),
        ("Xây dựng quy chuẩn kỹ thuật về chữ ký số", {"Bộ Khoa học và Công nghệ"}),
        ("Chia sẻ dữ liệu đăng ký doanh nghiệp", {"Bộ Tài chính"}),
    ],
    "decision_parenthesised_leads.txt": [
        ("Xây dựng Nghị định quy định chi tiết Luật Dữ liệu", {"Bộ Công an"}),
        ("Ban hành khung quản trị dữ liệu dùng chung", {"Bộ Khoa học và Công nghệ"}),
        ("Đầu tư Trung tâm dữ liệu quốc gia giai đoạn 2", {"Bộ Công an"}),
        ("Bố trí kinh phí chi thường xuyên", {"Bộ Tài chính"}),
        ("Kết nối cơ sở dữ liệu đất đai quốc gia", {"Bộ Nông nghiệp và Môi trường"}),
    ],
    "two_row_header_table.txt": [
        ("Cấp chữ ký số miễn phí cho người dân", {"Công an tỉnh"}),
        ("Hướng dẫn sử dụng chữ ký số khi nộp hồ sơ", {"Trung tâm Phục vụ hành chính công tỉnh"}),
        ("Chấp nhận văn bản ký số của người dân", {"Văn phòng UBND tỉnh"}),
        ("Tích hợp ký số vào nền tảng thanh toán", {"Sở Giáo dục và Đào tạo"}),
    ],
    "national_task_table_groups.txt": [
        ("Tuyên truyền về cải cách thủ tục hành chính", {"Bộ Văn hóa, Thể thao và Du lịch"}),
        ("Cắt giảm yêu cầu xuất trình giấy xác nhận cư trú", {"Bộ Công an"}),
        ("Kết nối dữ liệu cư trú với hệ thống đăng ký", {"Bộ Công an"}),
        ("Liên thông thủ tục khai sinh", {"Bộ Tư pháp"}),
        ("Rà soát, công bố thủ tục hành chính nội bộ", {"Văn phòng Chính phủ"}),
    ],
    "steering_notice_two_tables.txt": [
        ("Hoàn thành kết nối hệ thống quản lý văn bản", {"Sở Khoa học và Công nghệ"}),
        ("Cập nhật danh mục dữ liệu mở", {"Văn phòng UBND tỉnh"}),
        ("Ban hành quy chế khai thác cơ sở dữ liệu chuyên ngành", {"Sở Y tế"}),
        ("Xây dựng bảng điều hành số", {"Văn phòng UBND tỉnh"}),
        ("Tổ chức cuộc thi tìm hiểu chuyển đổi số", {"Tỉnh Đoàn"}),
        ("Rà soát, đề xuất sửa đổi cơ chế hỗ trợ", {"Sở Tài chính"}),
        ("Hướng dẫn các xã triển khai nền tảng học tập", {"Sở Giáo dục và Đào tạo"}),
    ],
    "ministry_bullets.txt": [
        ("sửa đổi quy định về mở tài khoản", {"Ngân hàng Nhà nước Việt Nam"}),
        ("hướng dẫn thu phí, lệ phí qua phương thức", {"Bộ Tài chính"}),
        ("xác thực thông tin chủ tài khoản", {"Bộ Công an"}),
        ("chỉ đạo các bệnh viện thu viện phí", {"Bộ Y tế"}),
        ("chỉ đạo các trường thu học phí", {"Bộ Giáo dục và Đào tạo"}),
        ("tuyên truyền, hướng dẫn người dân sử dụng", {"Các bộ, ngành, địa phương"}),
        ("vận động hội viên sử dụng ví điện tử", {"Trung ương Hội Liên hiệp Phụ nữ Việt Nam"}),
    ],
    "city_giao_sentences.txt": [
        ("rà soát vị trí việc làm về chuyển đổi số", {"Sở Nội vụ"}),
        ("bảo đảm đường truyền và chữ ký số", {"Sở Khoa học và Công nghệ"}),
        ("cập nhật dữ liệu cư trú và kích hoạt", {"Công an thành phố"}),
        ("theo dõi, đôn đốc, tổng hợp kết quả", {"Văn phòng UBND thành phố"}),
        ("xây dựng kế hoạch chi tiết và bố trí cán bộ", {"UBND các xã, phường"}),
    ],
    "party_plus_bullets.txt": [
        ("Hoàn thành số hóa hồ sơ đảng viên", {"Ban Tổ chức Tỉnh ủy"}),
        ("Hướng dẫn các tổ chức cơ sở đảng", {"Ban Tổ chức Tỉnh ủy"}),
        ("Bảo đảm an ninh mạng cho hệ thống", {"Đảng ủy Công an tỉnh"}),
        ("Thành lập các đội hình thanh niên", {"Ban Thường vụ Tỉnh đoàn"}),
        ("Tổ chức tập huấn kỹ năng số cho cán bộ đoàn", {"Ban Thường vụ Tỉnh đoàn"}),
        ("Vận hành hệ thống điều hành tác nghiệp", {"Văn phòng Tỉnh ủy"}),
    ],
}


def lead_is_right(task, leads: set[str], *, damaged: bool = False) -> bool:
    """Right when the units match as written or under their current names; in a copy damaged by
    OCR, names the catalogue cannot repair count when they are the same words misread."""
    if leads in (set(task.lead), set(task.lead_written)):
        return True
    return damaged and any(_same_names(leads, found) for found in (task.lead, task.lead_written))


def _same_names(expected: set[str], found: list[str]) -> bool:
    keys = sorted(ocr_fold(name) for name in found)
    wanted = sorted(ocr_fold(name) for name in expected)
    return len(keys) == len(wanted) and all(
        fuzz.ratio(a, b) >= 85 for a, b in zip(sorted(keys), sorted(wanted), strict=True)
    )


def scores(plan: ParsedPlan, truth: Truth, *, damaged: bool = False) -> tuple[float, float, float]:
    """Precision, recall and F1 on (task found by its opening words, lead right)."""
    correct = 0
    used: set[int] = set()  # each task found counts for one expected task only
    for snippet, leads in truth:
        key = ocr_fold(snippet)
        matches = [
            i
            for i, t in enumerate(plan.tasks)
            if i not in used and fuzz.partial_ratio(key, ocr_fold(t.content[:300])) >= 85
        ]
        right = next(
            (i for i in matches if lead_is_right(plan.tasks[i], leads, damaged=damaged)), None
        )
        if right is not None:
            used.add(right)
            correct += 1
    precision = correct / len(plan.tasks) if plan.tasks else 0.0
    recall = correct / len(truth)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def damaged_copies(name: str) -> list[tuple[str, str]]:
    """(how, text) copies of a shape as OCR and a scanner's line breaks leave it."""
    text = (SHAPES / name).read_text(encoding="utf-8")
    copies = [
        ("ocr", ocr_damage(text, rate=0.3, seed=3)),
        ("ocr2", ocr_damage(text, rate=0.3, seed=11)),
    ]
    if name not in TABLE_SHAPES:
        copies.append(
            ("ocr_broken_lines", break_lines(ocr_damage(text, rate=0.3, seed=5), width=70))
        )
    return copies


def task_lead_f1(found: ParsedPlan, expected: ParsedPlan) -> float:
    """F1 on (ref, set of leads) pairs, the measure the importer is judged by."""
    got = Counter((task.ref, frozenset(task.lead)) for task in found.tasks)
    want = Counter((task.ref, frozenset(task.lead)) for task in expected.tasks)
    hits = sum((got & want).values())
    if not hits:
        return 0.0
    precision, recall = hits / sum(got.values()), hits / sum(want.values())
    return 2 * precision * recall / (precision + recall)

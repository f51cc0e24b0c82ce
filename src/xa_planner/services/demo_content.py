"""Realistic demo content, built from the vocabulary of real Đề án 06 plans; pure, seeded."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from xa_planner.domain.indicators import Indicator, IndicatorKind
from xa_planner.domain.plans import PlanSection, PlanTask, Template, TemplateTask
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.domain.timeframes import parse_timeframe

SECTIONS = (
    ("I", "Hoàn thiện thể chế, chính sách và công tác chỉ đạo, tuyên truyền"),
    ("II", "Phát triển tiện ích phục vụ giải quyết thủ tục hành chính, dịch vụ công trực tuyến"),
    ("III", "Phục vụ phát triển kinh tế, xã hội"),
    ("IV", "Phát triển công dân số"),
    ("V", "Hoàn thiện hệ sinh thái kết nối, khai thác, làm giàu dữ liệu dân cư"),
    ("VI", "Bảo đảm hạ tầng, an ninh, an toàn thông tin"),
)

# (section index, content, provincial lead, commune lead office index, product)
TASKS = (
    (
        0,
        "Xây dựng, ban hành kế hoạch triển khai Đề án 06 năm {year} trên địa bàn xã",
        "Công an tỉnh",
        0,
        "Kế hoạch của UBND xã",
    ),
    (
        0,
        "Kiện toàn Tổ công tác triển khai Đề án 06 cấp xã, phân công nhiệm vụ cho từng thành viên",
        "Công an tỉnh",
        1,
        "Quyết định kiện toàn",
    ),
    (
        0,
        "Đẩy mạnh tuyên truyền về lợi ích của Đề án 06 trên hệ thống loa truyền thanh của xã",
        "Sở Văn hóa, Thể thao và Du lịch",
        3,
        "Tin, bài tuyên truyền",
    ),
    (
        0,
        "Đưa kết quả thực hiện Đề án 06 vào tiêu chí đánh giá thi đua của các cơ quan, đơn vị",
        "Sở Nội vụ",
        3,
        "Tiêu chí thi đua",
    ),
    (
        1,
        "Tiếp nhận, giải quyết thủ tục hành chính trên môi trường điện tử, sử dụng dữ liệu dân cư thay thế giấy tờ",
        "Văn phòng UBND tỉnh",
        4,
        "Hồ sơ trực tuyến toàn trình",
    ),
    (
        1,
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã",
        "Văn phòng UBND tỉnh",
        4,
        "Hồ sơ được số hóa",
    ),
    (
        1,
        "Hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia",
        "Văn phòng UBND tỉnh",
        4,
        "Số hồ sơ trực tuyến",
    ),
    (
        1,
        "Triển khai liên thông điện tử hai nhóm thủ tục hành chính: đăng ký khai sinh, khai tử",
        "Sở Tư pháp",
        1,
        "Hồ sơ liên thông",
    ),
    (
        2,
        "Thực hiện chi trả an sinh xã hội không dùng tiền mặt cho người hưởng trên địa bàn",
        "Sở Nội vụ",
        3,
        "Danh sách chi trả qua tài khoản",
    ),
    (
        2,
        "Rà soát, cập nhật thông tin người có công, đối tượng bảo trợ xã hội vào cơ sở dữ liệu",
        "Sở Nội vụ",
        3,
        "Dữ liệu được cập nhật",
    ),
    (
        2,
        "Triển khai sổ sức khỏe điện tử, khám chữa bệnh bảo hiểm y tế bằng căn cước",
        "Sở Y tế",
        6,
        "Tỷ lệ sổ sức khỏe điện tử",
    ),
    (
        2,
        "Hướng dẫn hộ kinh doanh, hợp tác xã thanh toán không dùng tiền mặt",
        "Sở Tài chính",
        2,
        "Số hộ kinh doanh áp dụng",
    ),
    (
        2,
        "Rà soát, cập nhật dữ liệu đất đai gắn với số định danh cá nhân của người sử dụng đất",
        "Sở Nông nghiệp và Môi trường",
        2,
        "Dữ liệu đất đai được làm sạch",
    ),
    (
        3,
        "Thu nhận hồ sơ cấp căn cước, tài khoản định danh điện tử mức độ 2 cho công dân",
        "Công an tỉnh",
        0,
        "Số hồ sơ thu nhận",
    ),
    (
        3,
        "Hướng dẫn người dân kích hoạt và sử dụng ứng dụng VNeID, tích hợp giấy tờ lên ứng dụng",
        "Công an tỉnh",
        0,
        "Số tài khoản được kích hoạt",
    ),
    (
        3,
        "Duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố",
        "Sở Khoa học và Công nghệ",
        13,
        "Tổ công nghệ số cộng đồng",
    ),
    (
        3,
        "Tổ chức lớp phổ cập kỹ năng số cho đoàn viên, hội viên và người dân",
        "Tỉnh Đoàn",
        9,
        "Lớp tập huấn",
    ),
    (
        3,
        "Vận động phụ nữ sử dụng dịch vụ công trực tuyến và thanh toán điện tử",
        "Hội Liên hiệp Phụ nữ tỉnh",
        10,
        "Số hội viên tham gia",
    ),
    (
        4,
        "Rà soát, làm sạch dữ liệu dân cư bảo đảm \u201cđúng, đủ, sạch, sống\u201d",
        "Công an tỉnh",
        0,
        "Dữ liệu dân cư được làm sạch",
    ),
    (
        4,
        "Cập nhật, đồng bộ dữ liệu hộ tịch vào Cơ sở dữ liệu quốc gia về dân cư",
        "Sở Tư pháp",
        1,
        "Dữ liệu hộ tịch đồng bộ",
    ),
    (
        4,
        "Rà soát thông tin học sinh, giáo viên để làm sạch dữ liệu ngành giáo dục",
        "Sở Giáo dục và Đào tạo",
        7,
        "Dữ liệu ngành giáo dục",
    ),
    (
        4,
        "Cập nhật thông tin quân nhân dự bị, dân quân tự vệ vào cơ sở dữ liệu",
        "Bộ Chỉ huy Quân sự tỉnh",
        5,
        "Dữ liệu được cập nhật",
    ),
    (
        5,
        "Bảo đảm trang thiết bị, đường truyền phục vụ giải quyết thủ tục hành chính",
        "Sở Khoa học và Công nghệ",
        2,
        "Trang thiết bị được bố trí",
    ),
    (
        5,
        "Kiểm tra, bảo đảm an ninh, an toàn thông tin tại các cơ quan, đơn vị trên địa bàn",
        "Công an tỉnh",
        0,
        "Biên bản kiểm tra",
    ),
    (
        5,
        "Bố trí kinh phí thực hiện các nhiệm vụ của Đề án 06 năm {year}",
        "Sở Tài chính",
        2,
        "Dự toán kinh phí",
    ),
)

PLACES = (
    "thôn Đông",
    "thôn Tây",
    "thôn Trung",
    "thôn Nam",
    "thôn Bắc",
    "tổ dân phố 1",
    "tổ dân phố 2",
    "khu dân cư mới",
)
TIMEFRAMES = (
    "Thường xuyên",
    "Hằng tháng",
    "Quý I/{year}",
    "Quý II/{year}",
    "Quý III/{year}",
    "Trước ngày 30/6/{year}",
    "Trước ngày 31/12/{year}",
    "Trong năm {year}",
)
NOTES = {
    ProgressStatus.DONE: ("Đã hoàn thành, có báo cáo kết quả.", "Hoàn thành theo kế hoạch."),
    ProgressStatus.IN_PROGRESS: (
        "Đang triển khai tại các thôn.",
        "Đã thực hiện được khoảng một nửa khối lượng.",
    ),
    ProgressStatus.NOT_STARTED: ("Chưa triển khai, chờ hướng dẫn.", ""),
}
LATE_NOTES = ("Chậm do thiếu trang thiết bị.", "Chậm do người dân đi làm ăn xa.")
DIFFICULTIES = (
    "",
    "",
    "Đường truyền chập chờn, thiết bị đã cũ.",
    "Một số người dân lớn tuổi chưa có điện thoại thông minh.",
)
INDICATORS = (
    (
        "Tỷ lệ công dân từ đủ 14 tuổi có tài khoản định danh điện tử mức độ 2",
        IndicatorKind.RATIO,
        "%",
        81.0,
        13,
    ),
    (
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình",
        IndicatorKind.RATIO,
        "%",
        80.0,
        4,
    ),
    (
        "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
        IndicatorKind.RATIO,
        "%",
        100.0,
        5,
    ),
    (
        "Tỷ lệ người hưởng an sinh xã hội nhận tiền qua tài khoản",
        IndicatorKind.RATIO,
        "%",
        100.0,
        8,
    ),
    (
        "Số người dân được hướng dẫn kích hoạt VNeID trong tháng",
        IndicatorKind.NUMBER,
        "người",
        150.0,
        14,
    ),
)


@dataclass(frozen=True)
class DemoContent:
    template: Template
    sections: tuple[PlanSection, ...]
    tasks: tuple[PlanTask, ...]  # lead/support ids are indexes into the office list
    indicators: tuple[Indicator, ...]  # task_id is an index into ``tasks``


def _variant(base: str, n: int, rng: random.Random) -> str:
    if n == 0:
        return base
    return f"{base} tại {rng.choice(PLACES)} (đợt {n + 1})"


def build_tasks(count: int, office_count: int, year: int, rng: random.Random):
    """(template tasks, plan tasks) of the requested size, cycling the vocabulary."""
    template_tasks, plan_tasks, per_section = [], [], [0] * len(SECTIONS)
    for i in range(count):
        section, content, lead, office, product = TASKS[i % len(TASKS)]
        text = _variant(content.format(year=year), i // len(TASKS), rng)
        per_section[section] += 1
        ref = f"{SECTIONS[section][0]}.{per_section[section]}"
        timeframe = rng.choice(TIMEFRAMES).format(year=year)
        frame = parse_timeframe(timeframe, plan_year=year)  # read as an imported plan's would be
        due, recurrence = frame.due, frame.recurrence
        template_tasks.append(
            TemplateTask(
                ref=ref,
                content=text,
                section=SECTIONS[section][1],
                lead=(lead,),
                support=("UBND các xã, phường",),
                timeframe=timeframe,
                due=due,
                recurrence=recurrence,
                products=product,
                position=i,
            )
        )
        lead_index = office % office_count
        support = tuple(sorted({rng.randrange(office_count) for _ in range(2)} - {lead_index}))
        plan_tasks.append(
            PlanTask(
                id=None,
                section_id=section,
                ref=ref,
                content=text,
                lead_office_id=lead_index,
                support_office_ids=support,
                due=due,
                recurrence=recurrence,
                timeframe=timeframe,
                products=product,
                directing_docs="Kế hoạch số 113/KH-UBND của UBND tỉnh",
                source_task_id=i,
                source_ref=ref,
                position=i,
            )
        )
    return template_tasks, plan_tasks


def build_demo(task_count: int, office_count: int, year: int, seed: int = 6) -> DemoContent:
    rng = random.Random(seed)
    template_tasks, plan_tasks = build_tasks(task_count, office_count, year, rng)
    template = Template(
        id=None,
        title=f"Kế hoạch triển khai Đề án 06 trên địa bàn tỉnh Quảng Trị năm {year}",
        doc_number="113/KH-UBND",
        doc_date=dt.date(year, 1, 15),
        issuer="UBND tỉnh",
        source_name="ke-hoach-tinh-demo.docx",
        tasks=tuple(template_tasks),
    )
    sections = tuple(PlanSection(None, ref, title, i) for i, (ref, title) in enumerate(SECTIONS))
    indicators = tuple(
        Indicator(
            None,
            name,
            kind,
            unit,
            ">=",
            level,
            None,
            kind is IndicatorKind.RATIO,
            task_index if task_index < task_count else None,
            i,
        )
        for i, (name, kind, unit, level, task_index) in enumerate(INDICATORS)
    )
    return DemoContent(template, sections, tuple(plan_tasks), indicators)


def progress_for_month(month_index: int, months: int, rng: random.Random) -> ProgressStatus:
    """A plausible status: more work done in later months."""
    done_share = 0.1 + 0.2 * (month_index + 1) / max(months, 1)
    roll = rng.random()
    if roll < done_share:
        return ProgressStatus.DONE
    if roll < done_share + 0.45:
        return ProgressStatus.IN_PROGRESS
    if roll < done_share + 0.5:
        return ProgressStatus.IN_PROGRESS
    return ProgressStatus.NOT_STARTED

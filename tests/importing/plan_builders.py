"""Plans in shapes the seeds do not have, built as real .docx/.xlsx/.pdf files, with what a reader finds in them."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# (ref, content, lead as written, support, time frame, product); leads in canonical form in TRUTH below.
APPENDIX_ROWS = [
    ("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI DỮ LIỆU DÂN CƯ", "", "", "", ""),
    (
        "1",
        "Tái cấu trúc quy trình 25 thủ tục hành chính liên thông trên Cổng Dịch vụ công quốc gia",
        "Văn phòng UBND tỉnh",
        "Sở Tư pháp; Công an tỉnh",
        "Quý II/2026",
        "Quy trình được phê duyệt",
    ),
    (
        "2",
        "Cấp phiếu lý lịch tư pháp trên VNeID cho công dân đủ điều kiện",
        "Sở Tư pháp",
        "Công an tỉnh",
        "Thường xuyên",
        "100% hồ sơ được giải quyết trực tuyến",
    ),
    ("II", "PHÁT TRIỂN CÔNG DÂN SỐ", "", "", "", ""),
    (
        "1",
        "Khám chữa bệnh bằng căn cước và sổ sức khỏe điện tử tại các cơ sở y tế công lập",
        "Sở Y tế; Bảo hiểm xã hội tỉnh",
        "UBND cấp xã",
        "Trong năm 2026",
        "Tối thiểu 90% lượt khám dùng căn cước",
    ),
    (
        "2",
        "Gắn biển số nhà và định danh địa điểm trên địa bàn các xã",
        "Sở Giao thông vận tải",
        "Công an tỉnh, UBND cấp xã",
        "Hoàn thành trước ngày 31/10/2026",
        "Dữ liệu số nhà",
    ),
    (
        "3",
        "Thanh toán học phí không dùng tiền mặt tại các trường học",
        "Sở Giáo dục và Đào tạo",
        "Ngân hàng Nhà nước khu vực 10",
        "Hằng tháng",
        "Báo cáo tỷ lệ thanh toán",
    ),
    (
        "4",
        "Tuyên truyền Đề án 06 trên báo, đài và mạng xã hội",
        "Báo và Phát thanh, Truyền hình tỉnh",
        "Các sở, ban, ngành tỉnh",
        "Khi có chỉ đạo của UBND tỉnh",
        "Tin, bài",
    ),
]
APPENDIX_TRUTH = [
    ("Tái cấu trúc quy trình 25 thủ tục", {"Văn phòng UBND tỉnh"}),
    ("Cấp phiếu lý lịch tư pháp", {"Sở Tư pháp"}),
    ("Khám chữa bệnh bằng căn cước", {"Sở Y tế", "Bảo hiểm xã hội tỉnh"}),
    ("Gắn biển số nhà", {"Sở Xây dựng"}),
    ("Thanh toán học phí", {"Sở Giáo dục và Đào tạo"}),
    ("Tuyên truyền Đề án 06 trên báo", {"Báo và Phát thanh, Truyền hình tỉnh"}),
]
HEADER = [
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn hoàn thành",
    "Sản phẩm",
]

# A plan typed with Word's own list numbering: agency headings, bulleted tasks, "+ label:" fields.
LIST_PLAN = [
    ("Normal", "KẾ HOẠCH"),
    ("Normal", "Thực hiện Đề án 06 trên địa bàn tỉnh Quảng Nam năm 2026"),
    ("Normal", "II. PHÂN CÔNG NHIỆM VỤ"),
    ("List Number", "Sở Nội vụ"),
    (
        "List Bullet",
        "Đánh giá mức độ hoàn thành nhiệm vụ Đề án 06 của người đứng đầu các cơ quan, đơn vị.",
    ),
    ("Normal", "+ Đơn vị phối hợp: Công an tỉnh, Văn phòng UBND tỉnh."),
    ("Normal", "+ Thời gian: Quý IV/2026."),
    ("List Number", "Sở Công Thương"),
    ("List Bullet", "Đẩy mạnh thanh toán điện tử tại các chợ, siêu thị, cửa hàng tiện lợi."),
    ("Normal", "+ Đơn vị phối hợp: Ngân hàng Nhà nước khu vực 10, UBND cấp xã."),
    ("Normal", "+ Tiến độ: Thường xuyên."),
    ("List Bullet", "Hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền."),
    ("Normal", "+ Đơn vị phối hợp: Thuế tỉnh."),
    ("Normal", "+ Tiến độ: Trong năm 2026."),
    ("Normal", "III. TỔ CHỨC THỰC HIỆN"),
    ("List Number", "Các sở, ngành báo cáo kết quả về Công an tỉnh trước ngày 10 hằng tháng."),
]
LIST_TRUTH = [
    ("Đánh giá mức độ hoàn thành", {"Sở Nội vụ"}),
    ("Đẩy mạnh thanh toán điện tử", {"Sở Công Thương"}),
    ("Hướng dẫn hộ kinh doanh", {"Sở Công Thương"}),
]

# A text-layer PDF: "1.1." numbering, labels run together on one line after each task.
PDF_LINES = [
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "Số: 210/KH-UBND              Lào Cai, ngày 20 tháng 4 năm 2026",
    "KẾ HOẠCH",
    "Triển khai Đề án 06 trên địa bàn tỉnh Lào Cai năm 2026",
    "I. MỤC TIÊU",
    "Đến hết năm 2026, 85% công dân từ đủ 14 tuổi có tài khoản định danh điện tử mức 2.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Nhóm nhiệm vụ về dữ liệu",
    "1.1. Làm sạch dữ liệu hộ tịch, đối chiếu với Cơ sở dữ liệu quốc gia về dân cư để bảo đảm dữ liệu",
    "đúng, đủ, sạch, sống.",
    "Chủ trì: Sở Tư pháp; phối hợp: Công an tỉnh, UBND cấp xã; thời gian: Quý III/2026.",
    "1.2. Kết nối dữ liệu bảo hiểm xã hội, bảo hiểm y tế với dữ liệu dân cư.",
    "Chủ trì: Bảo hiểm xã hội tỉnh; phối hợp: Công an tỉnh; thời gian: Thường xuyên.",
    "2. Nhóm nhiệm vụ về tiện ích",
    "2.1. Triển khai thanh toán viện phí không dùng tiền mặt tại 100% bệnh viện tuyến tỉnh.",
    "Chủ trì: Sở Y tế; phối hợp: Ngân hàng Nhà nước khu vực 9; thời gian: Trong tháng 9/2026.",
    "2.2. Hướng dẫn người dân tích hợp giấy phép lái xe, đăng ký xe lên VNeID.",
    "Chủ trì: Công an tỉnh; thời gian: Hằng tháng.",
    "III. KINH PHÍ",
    "Kinh phí do ngân sách tỉnh bảo đảm.",
]
PDF_TRUTH = [
    ("Làm sạch dữ liệu hộ tịch", {"Sở Tư pháp"}),
    ("Kết nối dữ liệu bảo hiểm xã hội", {"Bảo hiểm xã hội tỉnh"}),
    ("Triển khai thanh toán viện phí", {"Sở Y tế"}),
    ("Hướng dẫn người dân tích hợp giấy phép", {"Công an tỉnh"}),
]
LETTERED_TRUTH = [
    ("Rà soát toàn bộ thủ tục hành chính", {"Văn phòng UBND tỉnh"}),
    ("Nâng cấp đường truyền", {"Sở Khoa học và Công nghệ"}),
    ("Chi trả trợ cấp cho đối tượng", {"Sở Y tế", "Sở Nội vụ"}),
    ("Đối chiếu, làm sạch dữ liệu đất đai", {"Sở Nông nghiệp và Môi trường", "UBND cấp xã"}),
    ("Tổ chức tuyên truyền, hướng dẫn người dân kích hoạt", {"Công an tỉnh", "Tỉnh Đoàn"}),
    ("Số hóa 100% kết quả", {"UBND cấp xã"}),
]


def appendix_docx() -> bytes:
    """A .docx with the national header as a table, body text, and the appendix as a real table."""
    document = Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    for text in (
        "Số: 45/KH-UBND",
        "Quảng Nam, ngày 5 tháng 2 năm 2026",
        "KẾ HOẠCH",
        "Triển khai Đề án 06 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Khai thác hiệu quả dữ liệu dân cư.",
        "II. NHIỆM VỤ (chi tiết tại Phụ lục kèm theo)",
        "PHỤ LỤC",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for row in APPENDIX_ROWS:
        cells = table.add_row().cells
        if not row[2]:
            merged = cells[1].merge(cells[-1])
            cells[0].text, merged.text = row[0], row[1]
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def list_numbered_docx() -> bytes:
    """A .docx whose agency headings and task bullets come from Word's automatic numbering."""
    document = Document()
    for style, text in LIST_PLAN:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def appendix_xlsx() -> bytes:
    """An .xlsx appendix: title rows, a header row with other wording, sections as merged rows."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phụ lục"
    sheet.append(["PHỤ LỤC NHIỆM VỤ ĐỀ ÁN 06 NĂM 2026"])
    sheet.append(["(Kèm theo Kế hoạch số 45/KH-UBND ngày 05/02/2026 của UBND tỉnh)"])
    sheet.append([])
    sheet.append(
        [
            "TT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Tiến độ",
            "Kết quả dự kiến",
            "Ghi chú",
        ]
    )
    for ref, *rest in APPENDIX_ROWS:
        sheet.append([int(ref) if ref.isdigit() else ref, *rest, ""])
        if not rest[1]:
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=7
            )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def text_layer_pdf() -> bytes:
    """A PDF with a text layer in DejaVu Sans (it has every Vietnamese letter)."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setFont("DejaVuSans", 9)
    y = 800
    for line in PDF_LINES:
        pdf.drawString(40, y, line)
        y -= 14
    pdf.save()
    return buffer.getvalue()

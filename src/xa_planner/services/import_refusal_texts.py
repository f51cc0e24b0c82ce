"""The words of the importer's refusals, translated in the language active when they are shown."""

from __future__ import annotations

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.localization import N_, _

_R = ImportRefusal
# One sentence per code; the refusal's params fill its {placeholders}.
_SENTENCES: dict[ImportRefusal, str] = {
    _R.EMPTY: N_("Tệp rỗng: không có nội dung để nhập."),
    _R.FILE_TOO_BIG: N_("Tệp quá lớn ({size} MB, tối đa {limit} MB)."),
    _R.CANNOT_OPEN: N_("Không mở được tệp {name}."),
    _R.FILE_UNREADABLE: N_("Không đọc được tệp: {reason}"),
    _R.UNREADABLE_CONTENT: N_(
        "Không đọc được tệp {name}: nội dung bị hỏng hoặc không đúng định dạng."
    ),
    _R.TOO_COMPLEX: N_(
        "Tệp quá phức tạp để đọc hết; hãy chia nhỏ hoặc lưu lại ở định dạng khác."
    ),
    _R.TOO_SLOW: N_(
        "Đọc tệp quá lâu (quá {seconds} giây) nên đã dừng lại; tệp có thể bị hỏng hoặc quá lớn."
    ),
    _R.TOO_MUCH_TEXT: N_(
        "Tệp có quá nhiều chữ (khoảng {count} ký tự, tối đa {limit}) để là một kế hoạch."
    ),
    _R.TOO_MANY_SHEET_ROWS: N_("Bảng tính có quá nhiều dòng (tối đa {limit})."),
    _R.TOO_MANY_TABLE_ROWS: N_("Tệp có quá nhiều dòng bảng (tối đa {limit})."),
    _R.CANCELLED: N_("Đã dừng đọc tệp theo yêu cầu."),
    _R.NOT_TEXT: N_(
        "Tệp này không phải văn bản (có thể là tệp chương trình hoặc tệp bị hỏng); "
        "hãy chọn tệp .docx, .pdf, .xlsx hoặc .txt."
    ),
    _R.PASSWORD_PROTECTED: N_(
        "Tệp được bảo vệ bằng mật khẩu; hãy mở tệp, bỏ mật khẩu, lưu lại rồi nhập lại."
    ),
    _R.OLD_OFFICE_UNKNOWN: N_(
        "Tệp Office cũ này không phải Word (.doc) hay Excel (.xls); hãy lưu thành .docx rồi nhập lại."
    ),
    _R.RTF: N_("Tệp RTF chưa được hỗ trợ; hãy mở bằng Word và lưu thành .docx rồi nhập lại."),
    _R.HEIC: N_(
        "Ảnh HEIC (chụp bằng iPhone) chưa đọc được; hãy gửi lại ảnh dạng JPEG rồi nhập lại."
    ),
    _R.ZIP_BROKEN: N_("Tệp nén bị hỏng, không mở được."),
    _R.ARCHIVE_NOT_OFFICE: N_(
        "Tệp nén này không phải tài liệu Word (.docx) hay bảng tính Excel (.xlsx)."
    ),
    _R.ARCHIVE_CORRUPT: N_(
        "Tệp bị hỏng (nội dung nén không đọc được); hãy mở bằng Word/Excel, lưu lại rồi nhập lại."
    ),
    _R.ARCHIVE_BOMB: N_(
        "Tệp có nội dung nén bất thường (quá lớn khi giải nén) nên không được mở để bảo vệ máy."
    ),
    _R.DANGEROUS_XML: N_(
        "Tệp chứa nội dung XML nguy hiểm (khai báo thực thể hoặc tham chiếu ngoài) nên bị từ chối."
    ),
    _R.XLS_BROKEN: N_(
        "Không đọc được tệp Excel 97-2003 (.xls): tệp bị hỏng hoặc không đúng định dạng."
    ),
    _R.DOC_NEEDS_CONVERTER: N_(
        "Tệp Word 97-2003 (.doc) cần LibreOffice hoặc Microsoft Word trên máy để đọc; "
        "hãy mở tệp bằng Word, lưu thành .docx rồi nhập lại."
    ),
    _R.DOC_CONVERSION_TOO_SLOW: N_(
        "Chuyển tệp Word 97-2003 (.doc) quá lâu nên đã dừng; hãy lưu tệp thành .docx rồi nhập lại."
    ),
    _R.DOC_CONVERTED_TOO_BIG: N_("Tệp sau khi chuyển sang .docx quá lớn để nhập."),
    _R.DOC_BROKEN: N_(
        "Không chuyển được tệp Word 97-2003 (.doc); tệp có thể bị hỏng hoặc có mật khẩu."
    ),
    _R.PDF_BROKEN: N_(
        "Tệp PDF bị hỏng, không đọc được; hãy xuất lại tệp PDF hoặc dùng bản .docx."
    ),
    _R.PDF_LOCKED: N_(
        "Tệp PDF được bảo vệ bằng mật khẩu; hãy dùng bản không khóa rồi nhập lại."
    ),
    _R.IMAGE_BROKEN: N_("Tệp hình ảnh bị hỏng hoặc không đúng định dạng nên không đọc được."),
    _R.IMAGE_TOO_BIG: N_("Ảnh quá lớn để nhận dạng (tối đa {limit} triệu điểm ảnh)."),
    _R.NO_TEXT_IN_SCAN: N_(
        "Không nhận dạng được chữ nào trong bản quét; ảnh có thể quá mờ hoặc không phải văn bản."
    ),
    _R.TESSERACT_MISSING: N_(
        "Máy chưa cài bộ nhận dạng chữ Tesseract nên chưa đọc được bản quét hay ảnh chụp; "
        "hãy cài lại ứng dụng hoặc dùng bản .docx, PDF có lớp chữ."
    ),
    _R.TESSERACT_NO_VIETNAMESE: N_(
        "Bộ nhận dạng chữ Tesseract chưa có dữ liệu tiếng Việt (vie) nên chưa đọc được bản quét; "
        "hãy cài gói tiếng Việt rồi nhập lại."
    ),
    _R.PREVIEW_UNAVAILABLE: N_("Không hiển thị được trang của tệp gốc."),
    _R.SHEET_NOT_XLSX: N_(
        "Tệp này không phải bảng tính Excel (.xlsx); hãy gửi lại đúng phiếu đã nhận."
    ),
    _R.SHEET_TOO_BIG: N_("Tệp quá lớn ({size} MB, tối đa {limit} MB) để là một phiếu báo cáo."),
    _R.SHEET_TOO_MANY_CELLS: N_(
        "Bảng tính quá lớn (quá nhiều ô) để là một phiếu báo cáo; hãy gửi lại phiếu gốc."
    ),
    _R.SHEET_DAMAGED: N_(
        "Tệp bị hỏng hoặc không đầy đủ (có thể do tải về chưa xong); hãy xin gửi lại."
    ),
    _R.SHEET_IDENTIFICATION_DAMAGED: N_(
        "Phần nhận dạng ẩn của phiếu bị hỏng nên không biết phiếu của đơn vị nào; "
        "hãy dùng phiếu gốc đã gửi."
    ),
    _R.SHEET_NOT_EXPORTED: N_(
        "Tệp không phải phiếu do ứng dụng xuất ra (không có phần nhận dạng); "
        "hãy điền vào phiếu gốc đã gửi cho đơn vị."
    ),
    _R.SHEET_NO_TASK_TABLE: N_(
        "Không tìm thấy bảng nhiệm vụ trong phiếu (cột “Mã NV” và “Tình trạng tháng này”); "
        "hãy giữ nguyên tiêu đề các cột."
    ),
    _R.REPORT_TOO_BIG: N_("Tệp quá lớn để là một báo cáo tháng."),
    _R.REPORT_FOREIGN: N_(
        "Tệp không phải tệp số liệu báo cáo tháng của ứng dụng (không có trang DATA hợp lệ)."
    ),
    _R.REPORT_INCOMPLETE: N_("Tệp báo cáo thiếu tên xã hoặc tháng báo cáo."),
    _R.REPORT_NEWER: N_(
        "Tệp báo cáo do phiên bản mới hơn của ứng dụng tạo ra; hãy cập nhật ứng dụng."
    ),
    _R.WORKBOOK_TOO_BIG: N_("Tệp quá lớn để là một bảng chỉ tiêu."),
    _R.WORKBOOK_FOREIGN: N_(
        "Tệp {name} không phải bảng tính Excel (.xlsx) đọc được; "
        "hãy mở bằng Excel, lưu dạng .xlsx rồi chọn lại."
    ),
    _R.WORKBOOK_WITHOUT_SHEET: N_(
        "Bảng tính {name} không có trang nào có dòng tiêu đề và số liệu."
    ),
}


def import_refusal_text(refusal: ImportRejected) -> str:
    """The sentence *refusal* stands for, in the active language, its data filled in."""
    return _(_SENTENCES[refusal.code]).format(**dict(refusal.params))

"""The product a task's own words name: "Sản phẩm: …", or the document it drafts ("xây dựng Kế hoạch …")."""

from __future__ import annotations

import re

# "Sản phẩm: …", "+ Kết quả đầu ra: …" written inside the task's text (often in italics).
_LABELLED = re.compile(
    r"(?:^|[\n;.(]|\s[-+•]|\*)\s*\**\s*(?:sản phẩm(?: đầu ra)?|kết quả(?: đầu ra| cần đạt)?)"
    r"\s*\**\s*:\s*\**\s*(?P<text>[^\n]+)",
    re.IGNORECASE,
)
# A run of verbs before what is drafted; one of them must create or change a document.
_VERB = (
    r"xây dựng|ban hành|soạn thảo|lập|công bố|phê duyệt|sửa đổi|bổ sung|hoàn thiện|điều chỉnh"
    r"|tham mưu|tổ chức thực hiện|triển khai|chủ trì"
)
_CREATING = re.compile(
    r"xây dựng|ban hành|soạn thảo|lập|công bố|phê duyệt|sửa đổi|bổ sung|hoàn thiện|điều chỉnh",
    re.IGNORECASE,
)
_DOCUMENT = (
    r"kế hoạch|chương trình|quy chế|quy định|quy trình|hướng dẫn|văn bản|báo cáo|danh mục"
    r"|đề án|phương án|bộ tài liệu|tài liệu|cơ sở dữ liệu|chính sách|cẩm nang|kịch bản"
)
_DRAFTED = re.compile(
    rf"\b(?P<verbs>(?:(?:{_VERB})(?:\s*,\s*|\s+và\s+|\s+))+)(?P<document>{_DOCUMENT})\b"
    r"(?! số\b)(?P<rest>[^;.\n]*)",
    re.IGNORECASE,
)
# Where the drafted document's name ends and its purpose or addressees begin.
_NAME_END = re.compile(
    r"\s(?:để|nhằm|cho|theo|đảm bảo|bảo đảm|phục vụ|khi|trình|gửi|trên địa bàn|tại)\s"
    r"|,\s(?:không|đồng thời|trong đó|đặc biệt)\s",
    re.IGNORECASE,
)
_MAX_LENGTH = 160


def _sentence_case(text: str) -> str:
    text = " ".join(text.split()).strip(" *,:;-")
    return text[:1].upper() + text[1:]


def _drafted_document(content: str) -> str:
    for match in _DRAFTED.finditer(content):
        if not _CREATING.search(match.group("verbs")):
            continue  # carrying out a document is not producing one
        rest = match.group("rest")
        end = _NAME_END.search(rest)
        name = match.group("document") + (rest[: end.start()] if end else rest)
        if len(name) > _MAX_LENGTH:
            name = name[: name.rfind(",", 0, _MAX_LENGTH)] if "," in name[:_MAX_LENGTH] else ""
        return _sentence_case(name)
    return ""


def named_product(content: str) -> str:
    """The product *content* names, or "" when it names none (nothing is made up).

    A labelled product ("Sản phẩm: Báo cáo định kỳ") wins; otherwise the document the task
    drafts or issues ("Xây dựng, ban hành chương trình đào tạo, bồi dưỡng cho cán bộ…" →
    "Chương trình đào tạo, bồi dưỡng").  Carrying out an existing document ("Triển khai Kế
    hoạch số 12/KH-UBND") produces nothing by this reading.
    """
    labelled = _LABELLED.search(content or "")
    if labelled:
        return _sentence_case(labelled.group("text"))
    return _drafted_document(content or "")

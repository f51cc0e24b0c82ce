"""The commune's local offices (phòng, ban, đoàn thể) that lead or support tasks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Office:
    """One local office; a retired office keeps its history but takes no new work."""

    id: int | None
    short_name: str
    full_name: str
    head: str = ""
    phone: str = ""
    email: str = ""
    position: int = 0
    retired: bool = False
    version: int = 0  # the stored version it was read at; 0 for a new office


# The standard set a commune starts with (PRODUCT.md); the officer edits it afterwards.
STANDARD_OFFICES: tuple[tuple[str, str], ...] = (
    ("Công an xã", "Công an xã"),
    ("VP HĐND-UBND", "Văn phòng HĐND và UBND xã"),
    ("Phòng Kinh tế", "Phòng Kinh tế"),
    ("Phòng VH-XH", "Phòng Văn hóa - Xã hội"),
    ("TT PVHCC", "Trung tâm Phục vụ hành chính công"),
    ("BCH Quân sự", "Ban Chỉ huy Quân sự xã"),
    ("Trạm Y tế", "Trạm Y tế xã"),
    ("Các trường học", "Các trường học trên địa bàn xã"),
    ("UB MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    ("Đoàn Thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"),
    ("Hội LHPN", "Hội Liên hiệp Phụ nữ xã"),
    ("Hội Nông dân", "Hội Nông dân xã"),
    ("Hội CCB", "Hội Cựu chiến binh xã"),
    ("Thôn, tổ dân phố", "Các thôn, tổ dân phố"),
)


def standard_offices() -> list[Office]:
    """The standard commune offices, in their usual order, not yet stored."""
    return [
        Office(id=None, short_name=short, full_name=full, position=i)
        for i, (short, full) in enumerate(STANDARD_OFFICES)
    ]

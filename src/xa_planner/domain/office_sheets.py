"""Office sheets: the status words people type, and the identification a sheet carries home."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from xa_planner.domain.statuses import ProgressStatus
from xa_planner.domain.text import fold, nfc

FORMAT_VERSION = "1"
LEAD, SUPPORT = "lead", "support"

# The four words of the drop-down, as an office reads them (document text, always Vietnamese).
STATUS_LABELS: dict[ProgressStatus, str] = {
    ProgressStatus.NOT_STARTED: "Chưa triển khai",
    ProgressStatus.IN_PROGRESS: "Đang thực hiện",
    ProgressStatus.DONE: "Hoàn thành",
    ProgressStatus.DROPPED: "Không thực hiện",
}

# What people type instead, folded (no accents, lower case, punctuation as spaces).
_ALIASES: dict[ProgressStatus, tuple[str, ...]] = {
    ProgressStatus.NOT_STARTED: (
        "chua trien khai",
        "chua thuc hien",
        "chua bat dau",
        "chua lam",
        "chua",
        "ctk",
        "cth",
    ),
    ProgressStatus.IN_PROGRESS: (
        "dang thuc hien",
        "dang trien khai",
        "dang lam",
        "dang",
        "dth",
        "dtk",
        "dang thuc hien trong han",
        # Lateness is timing, read from the due date: sheets that offered "Chậm tiến độ/Quá
        # hạn" as a status, and what people still write, mean the task is under way.
        "cham tien do qua han",
        "cham tien do",
        "qua han",
        "cham",
        "tre han",
        "cham qua han",
        "dang thuc hien qua han",
        "ctd",
    ),
    ProgressStatus.DONE: (
        "hoan thanh",
        "da hoan thanh",
        "hoan thanh dung han",
        "hoan thanh qua han",
        "da xong",
        "xong",
        "ht",
        "da ht",
    ),
    ProgressStatus.DROPPED: ("khong thuc hien", "khong trien khai", "khong", "kth", "huy"),
}


def status_key(text: str) -> str:
    """Folded, punctuation-free form: "Chậm tiến độ/Quá hạn" → "cham tien do qua han"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


_BY_FOLDED: dict[str, ProgressStatus] = {
    status_key(word): status
    for status, words in _ALIASES.items()
    for word in (*words, STATUS_LABELS[status])
}


def parse_status(text: str) -> ProgressStatus | None:
    """The status a person meant, or None when the words are not one we know (never a guess)."""
    return _BY_FOLDED.get(status_key(text))


@dataclass(frozen=True)
class SheetIdentification:
    """What a sheet says about itself: whose it is, which month, which rows, and a checksum."""

    commune: str
    plan_id: int
    period_key: str
    office_id: int
    office_name: str
    lead_task_ids: tuple[int, ...]
    support_task_ids: tuple[int, ...] = ()
    indicator_ids: tuple[int, ...] = ()
    checksum: str = ""
    version: str = FORMAT_VERSION

    @property
    def task_ids(self) -> tuple[int, ...]:
        return self.lead_task_ids + self.support_task_ids

    def payload(self) -> bytes:
        """The canonical bytes the checksum covers (everything but the office's display name)."""

        def ids(values: tuple[int, ...]) -> str:
            return ",".join(str(v) for v in values)

        parts = (
            self.version,
            nfc(self.commune),
            str(self.plan_id),
            self.period_key,
            str(self.office_id),
            ids(self.lead_task_ids),
            ids(self.support_task_ids),
            ids(self.indicator_ids),
        )
        return "|".join(parts).encode("utf-8")


def sheet_checksum(secret: bytes, identification: SheetIdentification) -> str:
    """HMAC-SHA256 of the identification, keyed with the workspace's own secret."""
    return hmac.new(secret, identification.payload(), hashlib.sha256).hexdigest()


def checksum_matches(secret: bytes, identification: SheetIdentification) -> bool:
    expected = sheet_checksum(secret, identification)
    return hmac.compare_digest(expected, identification.checksum.strip().lower())

"""An unsent email draft (.eml, X-Unsent: 1) carrying the report files, for Outlook or Thunderbird."""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from xa_planner.domain.monthly_report import MonthlyReport
from xa_planner.domain.text import nfc
from xa_planner.exporting.atomic_output import atomic_target

MIME_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
}


@dataclass(frozen=True)
class EmailDraft:
    to: str
    subject: str
    body: str
    attachments: tuple[Path, ...] = ()


def report_email(report: MonthlyReport, attachments: list[Path]) -> EmailDraft:
    """The usual subject and body of the monthly report's email."""
    commune = report.commune_title
    subject = f"Báo cáo kết quả thực hiện Đề án 06 tháng {report.month_label} - {commune}"
    if report.recipient_code:
        subject += f" gửi {report.recipient_code}"
    names = "\n".join(f"  - {Path(p).name}" for p in attachments)
    body = (
        f"Kính gửi: {_addressee(report)}.\n\n"
        f"Công an {commune[:1].lower()}{commune[1:]} gửi Báo cáo kết quả thực hiện Đề án 06 "
        f"tháng {report.month_label} {report.period_line[1:-1].lower()}.\n\n"
        f"Tệp đính kèm:\n{names}\n\n"
        "Trân trọng./.\n"
    )
    return EmailDraft(report.recipient_email, subject, body, tuple(Path(p) for p in attachments))


def _addressee(report: MonthlyReport) -> str:
    """The profile's addressee; a copy frozen before the profile named one: the province's police."""
    return report.addressee or f"Công an tỉnh {report.province}".strip()


def build_message(draft: EmailDraft) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    if draft.to:
        message["To"] = draft.to
    message["Subject"] = nfc(draft.subject)
    message["X-Unsent"] = "1"  # Outlook opens the file as a message to send, not a received one
    message.set_content(nfc(draft.body), charset="utf-8")
    for path in draft.attachments:
        maintype, subtype = _mime_type(path).split("/", 1)
        message.add_attachment(
            path.read_bytes(), maintype=maintype, subtype=subtype, filename=nfc(path.name)
        )
    return message


def _mime_type(path: Path) -> str:
    known = MIME_TYPES.get(path.suffix.lower())
    return known or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def write_eml(draft: EmailDraft, path: str | os.PathLike[str]) -> Path:
    """Write the draft as an .eml file at *path* (atomically) and return the path."""
    data = build_message(draft).as_bytes()
    with atomic_target(path) as temp:
        temp.write_bytes(data)
    return Path(path)

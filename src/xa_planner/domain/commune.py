"""The commune's profile: who issues the plan, who signs, who receives the report and when."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# One address: something@a.domain, no spaces; a profile may hold several, separated by ";" or ",".
_EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,.]+(\.[^@\s;,.]+)+$")


def email_addresses(text: str) -> list[str]:
    """The addresses written in *text* ("a@x.vn; b@y.vn"), in order."""
    return [part.strip() for part in re.split(r"[;,]", text) if part.strip()]


def is_email_list(text: str) -> bool:
    """True for an empty text or one whose every address looks like an address."""
    return all(_EMAIL.match(address) for address in email_addresses(text))


@dataclass(frozen=True)
class CommuneProfile:
    """What every document and reporting period of the workspace is built from."""

    commune_name: str = ""
    province_name: str = ""
    unit_kind: str = "xã"  # "xã" or "phường": decides the issuing body's wording
    issuing_body: str = ""
    chair_name: str = ""
    chair_title: str = "CHỦ TỊCH"
    signing_authority: str = "TM. ỦY BAN NHÂN DÂN"
    report_deadline_day: int = 12
    data_window_start_day: int = 1
    report_recipient_email: str = ""
    place_name: str = ""
    police_chief_name: str = ""  # signs the monthly report
    police_chief_title: str = ""  # "TRƯỞNG CÔNG AN XÃ" when left empty
    report_recipient_unit: str = ""  # "Phòng Cảnh sát QLHC về TTXH": receives the report
    report_recipient_code: str = ""  # its short code: "PC06", "PV01"

    @property
    def report_recipient_label(self) -> str:
        """ "Phòng Cảnh sát QLHC về TTXH (PC06)", "PV01" alone, or "" when neither is set."""
        unit, code = self.report_recipient_unit.strip(), self.report_recipient_code.strip()
        if not code or code.casefold() in unit.casefold():
            return unit
        return f"{unit} ({code})" if unit else code

    @property
    def report_addressee(self) -> str:
        """ "Công an tỉnh Quảng Trị (qua PC06)": the report's first recipient and the email's."""
        police = f"Công an tỉnh {self.province_name.strip()}".strip()
        label = self.report_recipient_label
        return f"{police} (qua {label})" if label else police

    def with_defaults(self) -> CommuneProfile:
        """Fill the fields that follow from the commune's name when the officer left them empty."""
        body = self.issuing_body or (
            f"ỦY BAN NHÂN DÂN {self.unit_kind.upper()} {self.commune_name.upper()}".strip()
        )
        chief = self.police_chief_title or f"TRƯỞNG CÔNG AN {self.unit_kind.upper()}"
        return replace(
            self,
            issuing_body=body,
            place_name=self.place_name or self.commune_name,
            police_chief_title=chief,
        )

    def problems(self) -> list[str]:
        """Names of the fields whose values cannot be used (empty list when valid)."""
        bad: list[str] = []
        if not self.commune_name.strip():
            bad.append("commune_name")
        if not 1 <= self.report_deadline_day <= 28:
            bad.append("report_deadline_day")
        if not 1 <= self.data_window_start_day <= 28:
            bad.append("data_window_start_day")
        if self.unit_kind not in ("xã", "phường"):
            bad.append("unit_kind")
        if not is_email_list(self.report_recipient_email):
            bad.append("report_recipient_email")
        return bad

"""How the commune plan cites its source: in full in the opening sentence, "KH số 113/KH-UBND" in a row."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from xa_planner.domain.plans import Template
from xa_planner.domain.template_reference import template_reference  # as derivation stored it
from xa_planner.domain.text import fold, nfc

# The kind code of a document's symbol ("113/KH-UBND" → KH) and the kind's name (ND 30 Phụ lục III).
KIND_NAMES = {
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "BC": "Báo cáo",
    "CV": "Công văn",
}
_DEFAULT_KIND = "KH"  # the sources are provincial plans
_NUMBER_IN_TEXT = re.compile(
    r"(Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Thông báo|Hướng dẫn|Công văn)\s+số\s+(\d\S*)", re.I
)
# How a cited document's name starts ("Kế hoạch số …", "Quyết định …"), folded; a line that
# starts otherwise is a plan's subject ("Triển khai thực hiện nhiệm vụ Đề án …"), cited as
# "Kế hoạch triển khai…" so that no verb follows "Thực hiện".
_DOCUMENT_KINDS = re.compile(
    r"^(?:ke hoach|quyet dinh|chi thi|cong van|van ban|nghi quyet|nghi dinh|thong bao|thong tu"
    r"|huong dan|ket luan|chuong trinh|de an)\b"
)
_PEOPLES_COMMITTEE = re.compile(r"^(Ủy|Uỷ) ban nhân dân", re.I)


@dataclass(frozen=True)
class Citation:
    """The source as the opening sentence names it, and the short form of a table row."""

    full: str
    short: str
    long_forms: tuple[str, ...] = ()  # what older rows may carry instead of the short form
    numbered: re.Pattern[str] | None = None  # "Kế hoạch số 113/KH-UBND [ngày …] [của …]"

    def shortened(self, text: str) -> str:
        """A row's "Văn bản chỉ đạo" with the source's long forms replaced by the short one."""
        result = nfc(" ".join(text.split()))
        if self.numbered:  # first: it takes the issuer however the row spells it
            result = self.numbered.sub(self.short, result)
        for long_form in sorted(self.long_forms, key=len, reverse=True):
            if long_form and long_form in result:
                result = result.replace(long_form, self.short)
        return result

    def also_for(self, text: str) -> Citation:
        """The same citation, shortening *text* too (the plan's own "Văn bản chỉ đạo")."""
        form = nfc(" ".join(text.split()))
        return replace(self, long_forms=self.long_forms + ((form,) if form else ()))


def kind_code(number: str) -> str:
    """ "113/KH-UBND" → "KH"; "1692/UBND-HCC" (no kind in the symbol) → "CV"."""
    parts = number.upper().split("/", 1)
    if len(parts) < 2:
        return _DEFAULT_KIND
    code = parts[1].split("-", 1)[0].strip()
    return code if code in KIND_NAMES else "CV"


def _issuer(template: Template, province: str) -> str:
    issuer = " ".join(template.issuer.split())
    if province and issuer.lower() in {"ubnd tỉnh", "ủy ban nhân dân tỉnh", "uỷ ban nhân dân tỉnh"}:
        issuer = f"{issuer} {province}"
    return issuer


def _subject(title: str, kind_name: str, fallback: str) -> str:
    """The source's title after its kind's name, as "về …"."""
    text = " ".join(title.split())
    if text.lower().startswith(kind_name.lower()):
        text = text[len(kind_name) :].strip(" :-")
    if not text:
        return fallback
    if text.lower().startswith("về "):
        return text[:1].lower() + text[1:]
    return f"về {text[:1].lower()}{text[1:]}"


def _dmy(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def source_citation(template: Template, province: str, year: int) -> Citation:
    """ "Kế hoạch số 113/KH-UBND ngày 15/01/2026 của UBND tỉnh Đồng Tháp về …" and "KH số 113/KH-UBND";
    without a number: the kind, the issuer and the date, short "KH của UBND tỉnh Vĩnh Long"."""
    symbol = " ".join(template.doc_number.split())
    # "/KH-UBND" with its number never filled in (a draft sent round) names a kind, not a number
    number = symbol if re.search(r"\d", symbol) else ""
    code = kind_code(symbol) if symbol else _DEFAULT_KIND
    kind = KIND_NAMES[code]
    issuer = _issuer(template, province)
    head = f"{kind} số {number}" if number else kind
    dated = f" ngày {_dmy(template.doc_date)}" if template.doc_date else ""
    by = f" của {issuer}" if issuer else ""
    subject = _subject(template.title, kind, f"về triển khai thực hiện Đề án 06 năm {year}")
    full = f"{head}{dated}{by} {subject}"
    if number:
        short = f"{code} số {number}"
    else:
        short = f"{code}{dated}{' của ' + _short_issuer(issuer) if issuer else ''}"
    return Citation(full, short, _long_forms(template, full), _numbered(kind, number))


def _numbered(kind: str, number: str) -> re.Pattern[str] | None:
    """The source cited by its number anywhere in a cell, up to the next ";" or line."""
    if not number:
        return None
    return re.compile(
        rf"{kind}\s+số\s+{re.escape(number)}(?:\s+ngày\s+[\d/.]+)?(?:\s+của\s+[^;\n]*)?",
        re.IGNORECASE,
    )


def _short_issuer(issuer: str) -> str:
    return _PEOPLES_COMMITTEE.sub("UBND", issuer)


def _long_forms(template: Template, full: str) -> tuple[str, ...]:
    forms = (full, template_reference(template), template.title)
    return tuple(nfc(" ".join(form.split())) for form in forms if form.strip())


def citation_from_text(directing_doc: str, province: str, year: int) -> Citation:
    """A plan whose source is gone: its own "Văn bản chỉ đạo" line, shortened when it has a number."""
    text = nfc(" ".join(directing_doc.split()))
    found = _NUMBER_IN_TEXT.search(text)
    if found:
        short = f"{kind_code(found.group(2))} số {found.group(2)}"
    else:
        short = f"{_DEFAULT_KIND} của UBND tỉnh {province}".strip()
    full = text or f"Kế hoạch của UBND tỉnh {province}".replace("  ", " ").strip()
    if not _DOCUMENT_KINDS.match(fold(full)):  # a subject ("Triển khai thực hiện …"): name the kind
        full = f"Kế hoạch {full[:1].lower()}{full[1:]}"
    if " về " not in full and "de an" not in fold(full):
        full = f"{full} về triển khai thực hiện Đề án 06 năm {year}"
    numbered = _numbered(found.group(1), found.group(2)) if found else None
    return Citation(full, short, (text,) if text else (), numbered)

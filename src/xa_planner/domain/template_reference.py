"""How the commune plan cites the provincial plan it was derived from, in one line."""

from __future__ import annotations

from xa_planner.domain.plans import Template


def template_reference(template: Template) -> str:
    """How the commune plan cites the provincial plan: "Kế hoạch số 113/KH-UBND ngày …"."""
    number = (template.doc_number or "").strip()
    if not number:
        return (template.title or "").strip()
    kinds = (("/KH", "Kế hoạch"), ("/QĐ", "Quyết định"), ("/CT", "Chỉ thị"))
    kind = next((name for mark, name in kinds if mark in number.upper()), "Văn bản")
    text = f"{kind} số {number}"
    if template.doc_date:
        text += f" ngày {template.doc_date:%d/%m/%Y}"
    return f"{text} của {template.issuer.strip()}" if template.issuer.strip() else text

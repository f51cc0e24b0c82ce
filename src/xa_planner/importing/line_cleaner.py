"""Normalise raw lines and cells: NFC, invisible characters, HTML fragments and Markdown marks."""

from __future__ import annotations

import html
import re

from xa_planner.domain.text import nfc

# The soft hyphen U+00AD is kept here: in TCVN3 text it is the letter "ư"; it is dropped after legacy repair.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2009\u202f\u3000\t\v\f"), " ")
_BLOCK_TAGS = re.compile(r"<\s*(?:br|/p|/li|/div|/tr|li)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,400}>")
_BULLET = re.compile(r"^\s*[*•●▪◦·➢►✓\uf0b7\uf02d]\s+")


def strip_html(text: str) -> str:
    """HTML fragments from converters → text; list items and paragraphs become separate lines."""
    if "<" not in text and "&" not in text:
        return text
    text = _BLOCK_TAGS.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text)


def _strip_markdown(text: str) -> str:
    text = re.sub(r"^\s*#{1,6}\s+", "", text)
    text = _BULLET.sub("- ", text)
    text = re.sub(r"\^\{[^}]{0,40}\}", "", text)
    return text.replace("**", "").replace("__", "").replace("*", "")


def clean_line(text: str) -> str:
    """One running-text line as shown and parsed: NFC, single spaces, no markup."""
    text = nfc(text).translate(_INVISIBLE).translate(_SPACES)
    text = _strip_markdown(strip_html(text).replace("\n", " "))
    return re.sub(r"\s+", " ", text).strip()


def clean_cell(text: str) -> str:
    """A table cell: like a line, but its inner paragraphs stay on separate lines."""
    text = nfc(text).translate(_INVISIBLE)
    parts = strip_html(text).replace("\r", "\n").split("\n")
    cleaned = [clean_line(p) for p in parts]
    return "\n".join(p for p in cleaned if p)

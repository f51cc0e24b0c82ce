"""Convert text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI to Unicode, and back."""

from __future__ import annotations

import unicodedata

# TCVN3 (ABC, the ".Vn" fonts): one byte per precomposed lower-case letter; upper case only for
# the base letters (upper-case toned letters lived in separate ".VnH" fonts, so they read as lower case).
_TCVN3_UPPER = "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ"


_TCVN3_LETTERS = "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ"
# fmt: off
_TCVN3_CODES = (
    0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
    0xAE, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
    0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
    0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,
)
# fmt: on


def _tcvn3_table() -> dict[str, str]:
    table = {chr(code): letter for letter, code in zip(_TCVN3_LETTERS, _TCVN3_CODES, strict=True)}
    for i in range(0, len(_TCVN3_UPPER), 2):
        table[_TCVN3_UPPER[i]] = _TCVN3_UPPER[i + 1]
    return table


TCVN3_TO_UNICODE = _tcvn3_table()
UNICODE_TO_TCVN3 = {v: k for k, v in TCVN3_TO_UNICODE.items()}


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 text (its bytes read as Latin-1) → Unicode NFC."""
    return "".join(TCVN3_TO_UNICODE.get(ch, ch) for ch in text)


def unicode_to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 characters (upper-case toned letters become lower case, as in the .Vn fonts)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch not in UNICODE_TO_TCVN3 and ch.lower() in UNICODE_TO_TCVN3 and ch not in "ĂÂÊÔƠƯĐ":
            ch = ch.lower()
        out.append(UNICODE_TO_TCVN3.get(ch, ch))
    return "".join(out)


# VNI: a base letter followed by mark characters (VNI-Windows fonts, read as Windows-1252).
_TONES = {"\u0301": "sac", "\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}
_PLAIN = {"": "", "sac": "ù", "huyen": "ø", "hoi": "û", "nga": "õ", "nang": "ï"}
_HAT = {"": "â", "sac": "á", "huyen": "à", "hoi": "å", "nga": "ã", "nang": "ä"}
_BREVE = {"": "ê", "sac": "é", "huyen": "è", "hoi": "ú", "nga": "ü", "nang": "ë"}
_I = {"": "i", "sac": "í", "huyen": "ì", "hoi": "æ", "nga": "ó", "nang": "ò"}


def _vni_lower(letter: str) -> str:
    """The VNI spelling of one lower-case Vietnamese letter."""
    if letter == "đ":
        return "ñ"
    parts = unicodedata.normalize("NFD", letter)
    base, marks = parts[0], parts[1:]
    tone = next((_TONES[m] for m in marks if m in _TONES), "")
    if "\u0302" in marks:
        return base + _HAT[tone]
    if "\u0306" in marks:
        return base + _BREVE[tone]
    if "\u031b" in marks:
        return {"o": "ô", "u": "ö"}[base] + _PLAIN[tone]
    if base == "i":
        return _I[tone]
    if base == "y" and tone == "nang":
        return "î"
    return base + _PLAIN[tone]


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    to_vni: dict[str, str] = {}
    bases = "aăâeêioôơuưyđ"
    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    for base in bases:
        for tone in tones if base != "đ" else [""]:
            letter = unicodedata.normalize("NFC", base + tone)
            spelled = _vni_lower(letter)
            if spelled != letter:
                to_vni[letter] = spelled
                to_vni[letter.upper()] = spelled.upper()
    from_vni = {v: k for k, v in to_vni.items()}
    return to_vni, from_vni


UNICODE_TO_VNI, VNI_TO_UNICODE = _vni_tables()


def unicode_to_vni(text: str) -> str:
    return "".join(UNICODE_TO_VNI.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def vni_to_unicode(text: str) -> str:
    """VNI text (its bytes read as Windows-1252) → Unicode NFC, longest spelling first."""
    out = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in VNI_TO_UNICODE:
            out.append(VNI_TO_UNICODE[pair])
            i += 2
            continue
        out.append(VNI_TO_UNICODE.get(text[i], text[i]))
        i += 1
    return "".join(out)

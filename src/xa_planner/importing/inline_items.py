"""Split a paragraph that lists several numbered duties inline ("(1) …; (2) …; (3) …") into its items."""

from __future__ import annotations

import re

_ITEM = re.compile(r"(?:^|(?<=[;.:])\s*|\n)\(\s*(\d{1,2})\s*\)\s*")
_MIN_ITEMS = 2


def inline_items(content: str) -> tuple[str, list[tuple[str, str]]]:
    """(text before the first item, [(label "(1)", item text), …]); no items when not such a list.

    Items must be numbered from 1 in order and each but the first must follow a ";", "." or ":"
    or start a line, so a reference such as "khoản (2) Điều 5" is not taken for an item.
    """
    starts: list[re.Match[str]] = []
    for match in _ITEM.finditer(content):
        if int(match.group(1)) == len(starts) + 1:
            starts.append(match)
    preamble = content[: starts[0].start()].strip() if starts else content
    if len(starts) < _MIN_ITEMS or (preamble and not preamble.endswith(":")):
        return content, []
    items = []
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(content)
        text = content[match.end() : end].strip().rstrip(";").strip()
        items.append((f"({match.group(1)})", text))
    return preamble, items

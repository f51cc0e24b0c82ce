"""pybabel extractor for Qt Designer .ui files: every translatable <string>, in its form's context."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any
from xml.etree import ElementTree


def form_context(root: ElementTree.Element) -> str:
    """The context pyside6-uic passes to QCoreApplication.translate: the form's <class> name."""
    class_element = root.find("class")
    return (class_element.text or "").strip() if class_element is not None else ""


def extract_ui(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict
) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Yield (lineno, "pgettext", (context, text), comments) for every <string> not marked notr.

    ElementTree keeps no line numbers, so the running count of strings stands in for them.
    """
    root = ElementTree.parse(fileobj).getroot()
    context = form_context(root)
    for number, element in enumerate(root.iter("string"), start=1):
        text = element.text or ""
        if not text.strip() or element.get("notr") == "true":
            continue
        comments = [element.get("extracomment")] if element.get("extracomment") else []
        yield number, "pgettext", (context, text), comments

"""Expect a file refused with a sentence the officer reads: the refusal worded as it is shown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from xa_planner.importing.errors import ImportRejected
from xa_planner.services.import_refusal_texts import import_refusal_text


@contextmanager
def refused_saying(words: str) -> Iterator[pytest.ExceptionInfo[ImportRejected]]:
    """Like ``pytest.raises(ImportRejected, match=words)``, on the worded sentence, not on str()."""
    with pytest.raises(ImportRejected) as caught:
        yield caught
    sentence = import_refusal_text(caught.value)
    assert re.search(words, sentence), f"{words!r} not found in {sentence!r}"

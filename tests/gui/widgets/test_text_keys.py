"""The fast folding and sort keys give exactly the domain's answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from xa_planner.domain.text import fold, nfc, vi_sort_key
from xa_planner.gui.widgets.text_keys import fast_fold, fast_sort_key, matching_rows

_VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_TEXT = st.text(alphabet=_VIETNAMESE + _VIETNAMESE.upper() + " 0123456789-.,()", max_size=30)


@given(_TEXT)
def test_fast_fold_equals_fold(text):
    assert fast_fold(nfc(text)) == fold(nfc(text))


@given(st.lists(_TEXT, min_size=2, max_size=20))
def test_fast_sort_key_orders_like_vi_sort_key(texts):
    texts = [nfc(t) for t in texts]
    assert [vi_sort_key(t) for t in sorted(texts, key=fast_sort_key)] == sorted(vi_sort_key(t) for t in texts)


def test_every_word_of_the_query_must_match():
    folded = [fast_fold("Công an xã chủ trì"), fast_fold("Phòng Văn hóa"), fast_fold("Công chức")]
    assert matching_rows(folded, "cong an") == [0]
    assert matching_rows(folded, "CÔNG") == [0, 2]
    assert matching_rows(folded, "  ") == [0, 1, 2]

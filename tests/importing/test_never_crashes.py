"""Property tests: no input, text or bytes under any extension, raises anything but ImportRejected."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xa_planner.importing import ImportRejected, ParsedPlan, parse_plan_bytes
from xa_planner.importing.legacy_encodings import (
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.plan_parser import interpret
from xa_planner.importing.text_reader import read_text
from xa_planner.services.import_refusal_texts import import_refusal_text

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PLAN_WORDS = st.sampled_from(
    [
        "I.",
        "II.",
        "1.",
        "a)",
        "(1)",
        "-",
        "+",
        "Đơn vị chủ trì:",
        "Cơ quan phối hợp:",
        "Thời gian thực hiện:",
        "Công an tỉnh",
        "Sở Y tế",
        "UBND cấp xã",
        "Quý II/2026",
        "Thường xuyên",
        "\n",
        "\t",
        ":",
        "100%",
        "Nơi nhận:",
        "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
        "<b>",
        "</p>",
        "Pon vi chu tri",
        "đ)",
        "IV",
        "KẾ HOẠCH",
    ]
)
VIETNAMESE = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x1EF9), max_size=60)
EXTENSIONS = st.sampled_from(["txt", "docx", "xlsx", "pdf", "xls", "doc", ""])


def _expect_plan_or_rejection(data: bytes, name: str) -> None:
    try:
        assert isinstance(parse_plan_bytes(data, name), ParsedPlan)
    except ImportRejected as err:
        sentence = import_refusal_text(err)  # every refusal found has its words, filled in
        assert sentence and "\n" not in sentence and "{" not in sentence


@FAST
@given(st.lists(st.one_of(PLAN_WORDS, VIETNAMESE), max_size=80))
def test_plan_like_text_is_interpreted_without_any_error(pieces):
    """The interpretation itself, without the last-resort guard: finds real bugs, not just masks them."""
    text = " ".join(pieces)
    deadline = Deadline(30)
    plan = interpret(read_text(text, ImportLimits(), deadline), deadline)
    for task in plan.tasks:
        task.to_json_dict()


@FAST
@given(st.text(max_size=400), EXTENSIONS)
def test_any_text_under_any_extension_gives_a_plan_or_a_rejection(text, ext):
    _expect_plan_or_rejection(text.encode("utf-8", errors="surrogatepass"), f"plan.{ext}")


@FAST
@given(st.binary(max_size=600), EXTENSIONS)
def test_random_bytes_under_any_extension_give_a_plan_or_a_rejection(data, ext):
    _expect_plan_or_rejection(data, f"plan.{ext}")


@FAST
@given(
    st.sampled_from(
        [b"PK\x03\x04", b"%PDF-1.4\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf"]
    ),
    st.binary(max_size=400),
)
def test_random_bytes_after_a_real_magic_number_give_a_plan_or_a_rejection(magic, tail):
    _expect_plan_or_rejection(magic + tail, "plan.docx")


@FAST
@given(st.text(max_size=200))
def test_random_document_xml_gives_a_plan_or_a_rejection(text):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", text.encode("utf-8", errors="surrogatepass"))
    _expect_plan_or_rejection(buffer.getvalue(), "plan.docx")


@FAST
@given(
    st.text(
        alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ĐƠƯĂÂÊÔ,.",
        max_size=80,
    )
)
def test_legacy_encodings_round_trip(text):
    assert vni_to_unicode(unicode_to_vni(text)) == text
    assert tcvn3_to_unicode(unicode_to_tcvn3(text)) == text

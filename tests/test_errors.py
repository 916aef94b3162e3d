import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from claimsgraph.errors import UNPRINTABLE, InputRefused, printable


@given(st.text())
@settings(max_examples=1000)
def test_printable_text_has_no_control_characters_and_keeps_printable_text(text):
    shown = printable(text)
    assert not {unicodedata.category(ch) for ch in shown} & UNPRINTABLE
    if not {unicodedata.category(ch) for ch in text} & UNPRINTABLE:
        assert shown == text


def test_escape_sequences_newlines_and_undecodable_bytes_in_a_path_are_escaped():
    error = InputRefused("not a regular file", path="news/\x1b[2J\nred\udcff\u202e.txt")
    assert str(error) == "news/\\x1b[2J\\x0ared\\xff\\u202e.txt: [E010] not a regular file"


def test_error_codes_are_unique():
    import claimsgraph.errors as errors

    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.ClaimsgraphError)]
    own = [c.code for c in classes if "code" in vars(c)]
    assert len(own) == len(set(own))

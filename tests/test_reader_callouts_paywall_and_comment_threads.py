"""A paywall's appeal ("Reporting like this costs a great deal. Please back it with a subscription today.")
and an empty comment thread's call («Нет комментариев. Ваш будет первым!») are furniture; a speaker's sentence that
shares their words stays."""
import pytest

from extracted import body_texts

PAGE = ("Floods in Borealia\n\nThe mayor of Nordport said the quay would reopen on Friday.\n\n{line}\n\n"
        "Repairs to the dam began on Monday and will last until May.\n")


@pytest.mark.parametrize("line", [
    "Reporting like this costs a great deal. Please back it with a subscription today.",
    "Our reporters work around the clock. You can support us with a donation.",
    "Reporting like ours costs money. Support us with a donation today.",
    "Ваш будет первым!",
    "Нет комментариев. Ваш комментарий будет первым!",
])
def test_an_appeal_to_readers_is_furniture(line):
    assert line not in body_texts(PAGE.format(line=line))


@pytest.mark.parametrize("line", [
    "The council will support the port with a grant of two million, the mayor Kora Lind said.",
    "Мэр Иван Сомов заявил, что его проект будет первым в области.",
])
def test_a_speakers_sentence_stays(line):
    assert line in body_texts(PAGE.format(line=line))

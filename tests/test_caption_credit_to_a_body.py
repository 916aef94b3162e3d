"""A caption closed by its credit to a body after the article ("… Photo by the Mayor's Press Office.") is furniture,
as one credited to a person is; a sentence whose "photos by" counts something stays."""
import pytest

from extracted import body_texts

PAGE = ("Floods in Borealia\n\nThe mayor of Nordport said the quay would reopen on Friday.\n\n{line}\n\n"
        "Repairs to the dam began on Monday and will last until May.\n")


@pytest.mark.parametrize("line", [
    "The mayor talks about the port with reporters. Photo by the Mayor’s Press Office.",
    "Dock workers at the quay at dawn. Photo by the Nordport Harbour Board",
])
def test_a_caption_credited_to_a_body_is_furniture(line):
    assert line not in body_texts(PAGE.format(line=line))


def test_photos_counted_stay():
    line = "The mayor posted photos by the hundreds."
    assert line in body_texts(PAGE.format(line=line))

"""A tag after a quotation that goes on to more words of the same speaker, by a participle and a colon before a new
quotation ("“A,” X said, adding: “B”") or by a second verb of saying ("“A,” X noted and added that B", "«А», —
сказал X и добавил, что Б"), makes two claims of that speaker (invented names and sentences)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("tag", ["Tomas Varga said, adding:", "Tomas Varga stated, continuing:"])
def test_a_new_quotation_after_a_participle_and_a_colon_is_a_second_claim(linker, tag):
    text = (f"\"The harbour locks will open again in the spring,\" {tag} \"The new cranes have already arrived "
            "at the northern quay.\"")
    out = claims(text, linker)
    assert [who for _, who in out] == ["varga", "varga"]
    assert "harbour locks" in out[0][0] and "cranes" not in out[0][0]
    assert "cranes have already arrived" in out[1][0]


def test_a_second_verb_of_saying_after_the_tag_is_a_second_claim(linker):
    text = ("\"The ferry fleet is ready for the summer season,\" Tomas Varga noted and added that the timetable had "
            "been agreed with the port authority.")
    assert claims(text, linker) == [("The ferry fleet is ready for the summer season,\"", "varga"),
                                    ("the timetable had been agreed with the port authority.", "varga")]


def test_a_second_verb_after_an_inverted_russian_tag_is_a_second_claim(linker):
    text = ("«Паром выйдет в первый рейс в понедельник», — сказал Томас Варга и добавил, что расписание уже "
            "согласовано с администрацией порта.")
    out = claims(text, linker, name="ru_t.txt")
    assert [who for _, who in out] == ["varga", "varga"]
    assert "Паром выйдет" in out[0][0] and out[1][0] == "расписание уже согласовано с администрацией порта."


def test_a_short_addition_stays_in_the_claim(linker):
    text = "\"The harbour locks will open again in the spring,\" Tomas Varga said, adding: \"Good.\""
    assert len(claims(text, linker)) == 1


def test_continuing_without_a_colon_is_the_articles_account(linker):
    text = "\"The harbour locks will open again in the spring,\" Tomas Varga said, continuing a tour of 12 ports."
    assert [who for _, who in claims(text, linker, kinds=("quantity",))] == [None]

"""Relays: who made a claim and who passed it on (invented texts). "X said Y had told her that …" is X's own
account of a conversation, X's claim, where the pronoun can be X ("Roe … she" told "him" is someone else); an
outlet told after a speaker named after the verb («— рассказала X ТАСС») passed the words on."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import claims, speaker_of


def test_told_her_is_the_teller_s_account(linker):
    text = ("Harbour chief Dalia Ferrow said the quay was busy.\n\n"
            "Ferrow said Oskar Brenn had told her that the ferry fares would stay low.")
    out = claims(text, linker)
    assert speaker_of(out, "ferry fares would stay low") == speaker_of(out, "the quay was busy")


def test_told_ей_is_the_teller_s_account(linker):
    text = ("Глава гавани Дарья Ферова заявила, что причал загружен.\n\n"
            "Ферова заявила, что Олег Бренов говорил ей о низких ценах на паромы.")
    out = claims(text, linker, name="ru_t.txt")
    assert speaker_of(out, "низких ценах на паромы") == speaker_of(out, "причал загружен")


def test_told_him_of_a_woman_passes_the_tellers_words_on(linker):
    text = ("Mayor Jane Roe spoke to reporters on Monday. She said the bridge would reopen.\n\n"
            "Roe said on Tuesday that Jon Vell had told him the plant would close by March.")
    assert speaker_of(claims(text, linker), "plant would close") == "jon-vel-0e2c4d"


@pytest.mark.parametrize("told, who", [("говорил ему", "oleg-brenov-502fff"), ("говорил  ей", "ana-ferova-d3d435")])
def test_told_ему_of_a_woman_passes_on_and_ей_after_two_spaces_is_hers(linker, told, who):
    text = f"Мэр Озерска Анна Ферова заявила, что Олег Бренов {told} о закрытии завода в марте."
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "закрытии завода") == who

def test_relay_of_another_s_words_still_passes_them_on(linker):
    text = ("Harbour chief Dalia Ferrow said the quay was busy.\n\n"
            "Ferrow said Oskar Brenn had told reporters that the ferry fares would stay low.")
    out = claims(text, linker)
    assert speaker_of(out, "ferry fares would stay low") != speaker_of(out, "the quay was busy")


def test_outlet_told_after_the_named_speaker(linker):
    text = ("Глава гавани Дарья Ферова сообщила в беседе с РИА Новости, что порт откроют весной.\n\n"
            "«Мы углубили канал», — рассказала Ферова ТАСС.")
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    said = [c for c in extract(doc, linker).claims if "углубили канал" in doc.text[c.span.start:c.span.end]]
    assert said and said[0].via == ("tass",)

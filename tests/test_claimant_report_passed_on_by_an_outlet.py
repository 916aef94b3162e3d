""""The IMF had reported progress …, Dawnline news reported": a body's report that an outlet passes on is the
body's, the outlet its relay, as with "said" (invented outlets and places)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import speaker_and_relays


@pytest.mark.parametrize("text", [
    "The IMF had reported considerable progress in the talks on Vell, Dawnline news reported.",
    "The IMF reported considerable progress in the talks on Vell, Dawnline news said.",
    "Dawnline reported that the IMF reported progress in the talks on Vell.",
])
def test_the_bodys_report_is_the_bodys_and_the_outlet_relays_it(linker, text):
    speaker, relays = speaker_and_relays(text, linker, name="t.txt")
    assert speaker == "IMF" and relays == ("Dawnline",)


@pytest.mark.parametrize("modal", ["should", "would", "must"])
def test_a_verb_of_saying_under_a_modal_in_a_report_is_the_reporters_words(linker, modal):
    """"Dawnline said the IMF should announce …": what the outer speaker holds ought to be said, or will be, no
    words the IMF said; the outer speaker's claim, relayed by no one."""
    speaker, relays = speaker_and_relays(f"Dawnline said that the IMF {modal} announce its loan terms for Vell today.",
                                         linker, name="t.txt")
    assert speaker == "Dawnline" and relays == ()


def test_an_outlets_reports_in_the_plural_are_a_source_as_its_report_is(linker):
    speaker, relays = speaker_and_relays("По сообщениям агентства Вельпресс, пожар на складе начался ночью.", linker)
    assert speaker == "Вельпресс" and relays == ()


@pytest.mark.parametrize("cue", ["По сообщению", "По сообщениям", "По информации"])
def test_a_speaker_after_an_outlets_report_cue_speaks_and_the_outlet_relays(linker, cue):
    """«По сообщению агентства X, Y заявил, что "…"»: as after «По данным X», Y's words, which X passes on."""
    speaker, relays = speaker_and_relays(f"{cue} агентства Вельпресс, в среду полковник Иван Сомов заявил, что "
                                         "\"угрозы порту недопустимы\".", linker)
    assert speaker == "Иван Сомов" and relays == ("Вельпресс",)


@pytest.mark.parametrize("text, name", [
    ("According to dawnline.kz, the sides discussed trade on the Vell river.", "t.txt"),
    ("The sides discussed trade on the Vell river, reported dawnline.kz.", "t.txt"),
    ("Стороны обсудили торговлю на реке Велл, передает dawnline.kz.", "ru_t.txt"),
])
def test_a_source_named_by_its_sites_address_is_an_outlet_that_speaks(linker, text, name):
    speaker, _ = speaker_and_relays(text, linker, name=name)
    assert speaker == "dawnline.kz"


@pytest.mark.parametrize("text", [
    "According to report.pdf, the wells in the Vell valley were dry.",
    "According to Dr.Vell, the wells in the Vell valley were dry.",
    "Flats in the Vell valley cost 5,000 dollars per sq.ft this year.",
])
def test_a_file_a_unit_or_a_titled_name_after_a_source_cue_is_no_site(linker, text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert not [e for e in extract(doc, linker).new_entities if "." in e.label]

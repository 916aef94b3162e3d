"""Bodies as speakers named only by their common noun or kind (invented bodies, places and sentences)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

BODIES = [
    Entity("treasury", "Treasury of Fredonia", "Organization", pref_labels=(("Treasury of Fredonia", "en"),),
           alt_labels=(("Treasury", "en"),)),
    Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),),
           alt_labels=(("Kobra", "en"),)),
    Entity("fredonia", "Fredonia", "Country", pref_labels=(("Fredonia", "en"),)),
    Entity("league", "League of Nations", "Organization", pref_labels=(("League of Nations", "en"),),
           alt_labels=(("LN", "en"),)),
    Entity("gfo", "Global Fisheries Organisation", "Organization",
           pref_labels=(("Global Fisheries Organisation", "en"),)),
]


@pytest.fixture(scope="module")
def bodies():
    return Linker(BODIES)


def said(text, linker):
    """Each claim but figures as (its text, its claimant's label or None)."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    labels = {e.key: e.label for e in x.new_entities} | {e.key: e.label for e in BODIES}
    return [(doc.text[c.span.start:c.span.end], labels.get(c.claimant, c.claimant) if c.claimant else None)
            for c in x.claims if c.kind != "quantity"]


def speaker(out, words):
    found = [who for text, who in out if words in text]
    assert found, words
    return found[-1]


@pytest.mark.parametrize("text, words", [
    ("The Judiciary said both reports misrepresent the hearing in Norvale.", "both reports"),
    ("The Police have said that the market in Norvale will stay closed until a ruling.", "the market"),
    ("Police said that the stolen goods were returned to the market.", "stolen goods"),
    ("The stolen goods were returned to the market on Monday, police said.", "stolen goods"),
])
def test_a_body_named_by_its_common_noun_alone_speaks(text, words, bodies):
    who = speaker(said(text, bodies), words)
    assert who is not None and who.lower().split()[-1] in ("judiciary", "police")


def test_the_capitalised_noun_goes_on_naming_the_same_body(bodies):
    text = ("The Police have said that the market in Norvale will stay closed until a ruling. "
            "A statement issued by the Police on Sunday said that all trade at the market had stopped. "
            "Police said that they searched the market.")
    out = said(text, bodies)
    assert {speaker(out, w) for w in ("stay closed", "all trade", "they searched")} == {"the Police"}


def test_a_body_noun_inside_a_longer_name_is_no_speaker(bodies):
    text = "The Police Act of Fredonia says that no person shall enter the market."
    assert speaker(said(text, bodies), "no person") != "the Police"


@pytest.mark.parametrize("noun", ["army", "police", "military", "navy"])
def test_an_armed_or_police_force_is_not_the_last_body_of_another_kind(noun, bodies):
    text = (f"The Treasury said the budget would be balanced next year. "
            f"The {noun} said soldiers were hurt near Norvale.")
    assert speaker(said(text, bodies), "soldiers were hurt") not in ("Treasury of Fredonia", None)


def test_after_a_company_spoke_the_army_is_not_the_company(bodies):
    text = "Kobra Holdings said its sales fell. Trucks were hit near Norvale, the army said."
    assert speaker(said(text, bodies), "Trucks were hit") != "Kobra Holdings"


def test_a_bare_body_noun_in_a_clause_on_another_noun_frames_no_sentence(bodies):
    text = "Among the houses where police believe people are trapped, two houses on the hill were flattened."
    assert speaker(said(text, bodies), "were flattened") is None


@pytest.mark.parametrize("text, words, who", [
    ("Heavy rain will fall over the Varno Peninsula, the Treasury of Fredonia said.", "Heavy rain",
     "Treasury of Fredonia"),
    ("By noon, lorries were still queuing at the crossings lying on the road towards "
     "Norvik, the Treasury of Fredonia noted.", "lorries", "Treasury of Fredonia"),
])
def test_a_closing_body_the_parser_hung_on_the_name_before_its_comma_speaks(text, words, who, bodies):
    assert speaker(said(text, bodies), words) == who


def test_a_description_holding_the_name_of_the_body_it_belongs_to_is_the_member_named_before(bodies):
    text = ("The Global Fisheries Organisation warned on Monday that stocks are low. "
            "The LN fisheries agency also called for a ban on trawling, saying that catches fell.")
    assert speaker(said(text, bodies), "ban on trawling") == "Global Fisheries Organisation"


def test_a_description_holding_a_body_s_name_and_fitting_no_body_named_before_is_no_member(bodies):
    text = ("Kobra Holdings said its sales fell. "
            "The LN fisheries agency also called for a ban on trawling, saying that catches fell.")
    assert speaker(said(text, bodies), "ban on trawling") != "Kobra Holdings"


RU_BODIES = [
    Entity("fredonia", "Fredonia", "Country", pref_labels=(("Fredonia", "en"), ("Фредония", "ru"))),
    Entity("fisheries", "Ministry of Fisheries of Fredonia", "Organization",
           pref_labels=(("Ministry of Fisheries of Fredonia", "en"), ("Министерство рыболовства Фредонии", "ru")),
           alt_labels=(("пограничное ведомство Фредонии", "ru"),)),
]


@pytest.mark.parametrize("text", [
    "Улов трески сократился вдвое, сообщает пресс-служба министерства рыболовства Фредонии.",
    "Улов трески сократился вдвое, сообщили в министерстве рыболовства Фредонии.",
    "Улов трески сократился вдвое, сообщили в пограничном ведомстве Фредонии.",
])
def test_a_registered_body_written_in_lower_case_speaks(text):
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, Linker(RU_BODIES)).claims] == ["fisheries"]


def test_lower_case_words_before_a_country_that_are_no_registered_body_name_none():
    text = "Улов трески сократился вдвое, сообщили в министерстве погоды Фредонии."
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    assert "fisheries" not in [c.claimant for c in extract(doc, Linker(RU_BODIES)).claims]

"""The article's own voice and the wrong person: a speaker carried past where its words end (invented people,
bodies and countries)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, claims_all, speaker_of

CAST = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("orlen", "Mira Orlen", "Person", pref_labels=(("Mira Orlen", "en"), ("Мира Орлен", "ru")),
           alt_labels=(("Orlen", "en"), ("Орлен", "ru"))),
    Entity("kell", "Arno Kell", "Person", pref_labels=(("Arno Kell", "en"), ("Арно Келл", "ru")),
           alt_labels=(("Kell", "en"), ("Келл", "ru"))),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


def test_a_quotation_in_a_sentence_whose_speaker_goes_unnamed_is_not_the_last_speakers(cast):
    said = claims("Tomas Varga said his lawyer was killed as he was preparing a case against the results.\n\n"
                  "\"This was a crime committed by the guards. There is no doubt about it. The guards killed him,\" "
                  "said Varga.\n\n"
                  "Police said they had opened an investigation into the killings.\n\n"
                  "The party said in a statement that it was in shock over the \"murder of citizens Ivo Marr, lawyer, "
                  "and Per Ulm, representative of the party.\"", cast)
    assert speaker_of(said, "in shock over") is None


def test_a_quotation_going_on_after_a_tag_inside_it_stays_the_speakers(cast):
    said = claims_all(
        "Speaking to reporters, Tomas Varga said the rallies represent the interests of small parties.\n\n"
        "He further emphasized that the authorities respect the right of citizens to protest.\n\n"
        "\"These rallies, which gather a thousand people each day, are supported by small groups, not the broader "
        "public,\" Varga remarked, adding that the rallies are watched by drones. Despite the calls for new elections, "
        "he affirmed that the government would not interfere.\n\n"
        "\"However,\" he continued, \"a thousand people will not outweigh the decision of 1.2 million people who have "
        "entrusted the Union Front party with the mandate to govern.\"", cast)
    assert speaker_of(said, "will not outweigh") == "varga"



def test_a_quotation_in_what_a_named_document_notes_stays_its_issuers(cast):
    said = claims("Borealia invited its neighbour to a meeting on the border, the foreign ministry of Borealia reports.\n\n"
                  "“Borealia continues to believe that there is a real chance of peace between the two countries, which "
                  "can be realized if there is will on both sides,” a statement on the ministry's website says.\n\n"
                  "The document notes that further, continuing to “ignore every chance of returning to the talks and the "
                  "efforts of partners in this direction, the other side did not attend the summit”.",
                  Linker(CAST + [Entity("bmfa", "Foreign Ministry of Borealia", "Organization",
                                        pref_labels=(("Foreign Ministry of Borealia", "en"),),
                                        alt_labels=(("foreign ministry of Borealia", "en"),))]))
    assert speaker_of(said, "ignore every chance") is not None

@pytest.mark.parametrize("text", [
    "“Two people died today that I saw with my own eyes,” Mira Orlen, a guard, told reporters.\n\n"
    "In a social media post, President Arno Kell appealed for “calm and patience from every citizen while awaiting the outcome of the electoral count”.",
    "“Two people died today that I saw with my own eyes,” Mira Orlen, a guard, told reporters.\n\n"
    "President Arno Kell appealed to voters for “calm and patience from every citizen while awaiting the outcome of the electoral count”.",
])
def test_an_appeal_with_its_words_quoted_is_who_appealed(cast, text):
    assert speaker_of(claims(text, cast), "calm and patience") == "kell"



@pytest.mark.parametrize("platform", ["Twitter", "Facebook"])
def test_the_platform_someone_wrote_on_is_no_outlet_passing_words_on(cast, platform):
    said = claims(f"Tomas Varga, the party's candidate, who was seen as the main rival of the president, wrote on "
                  f"{platform}: “I have been trapped in my office during my press conference. Shots were fired at my "
                  f"office by soldiers.\n\n“People are lying on the floor. This is an assassination attempt.”", cast)
    assert speaker_of(said, "Shots were fired") == "varga"
    assert speaker_of(said, "assassination attempt") == "varga"


def test_an_outlet_after_wrote_still_passes_words_on(cast):
    said = claims("Borealia will raise its fuel tax next year, wrote NordNews.",
                  Linker(CAST + [Entity("nordnews", "NordNews", "Organization",
                                        pref_labels=(("NordNews", "en"),))]))
    assert said[-1][1] == "nordnews"


def test_they_in_a_clause_on_unnamed_peoples_verb_are_those_people(cast):
    text = ("Tomas Varga said the pass would stay closed.\n\n"
            "The Harbour Authority said the port would reopen on Monday.\n\n"
            "The toll in Borealia has crossed 400 but rescuers find a glimmer of hope as they said that they heard "
            "voices from under the rubble.")
    said = claims(text, Linker(CAST + [Entity("harbour", "Harbour Authority", "Organization",
                                              pref_labels=(("Harbour Authority", "en"),))]))
    assert speaker_of(said, "glimmer of hope") is None

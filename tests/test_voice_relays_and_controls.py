"""Whose voice a sentence is when its verbs of saying nest: an act reported by someone unnamed, a participle the
parser hung on a second verb, a clause under a said-tag however deep, a pronoun for someone
unnamed going on, and an infinitive whose doer is a causing verb's object."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker([*CAST, KELL])


@pytest.mark.parametrize("sentence", [
    "A spokesman said Mr Varga had revealed his holdings in a letter.",
    "Varga praised the merger, a spokesman said.",
])
def test_an_act_reported_by_someone_unnamed_is_not_the_actors_claim(cast_linker, sentence):
    out = claims(f"The broadcaster met its board on Monday.\n\n{sentence}\n", cast_linker)
    assert speaker_of(out, sentence[:20]) is None


def test_words_reported_by_someone_unnamed_stay_the_speakers(cast_linker):
    sentence = "A spokesman said Mr Varga had told staff the mill would close."
    out = claims(f"The broadcaster met its board on Monday.\n\n{sentence}\n", cast_linker)
    assert speaker_of(out, "the mill would close") == "varga"


def test_a_participle_hung_on_a_second_verb_goes_on_from_the_subject(cast_linker):
    out = claims("Borealia seeks closer ties with its neighbours, Mira Orlen said.\n\n"
                 "The talks were held in Norcliff, Tomas Varga said.\n\n"
                 "He also spoke of the defeat of the bandit gangs in Tarnovia and driving the gangs out of a wide "
                 "stretch of the Vell region, saying that resettlement of these villages had already begun.\n",
                 cast_linker)
    assert speaker_of(out, "resettlement of these villages") == "varga"


def test_a_said_tag_reports_a_clause_under_its_clause(cast_linker):
    out = claims("Defence Minister Tomas Varga visited the northern border on Monday.\n\n"
                 "Borealia will also strengthen its fleet to respond to the pressure, the minister stressed.\n",
                 cast_linker)
    assert speaker_of(out, "strengthen its fleet") == "varga"


def test_a_pronoun_for_someone_unnamed_goes_on_past_a_name_in_his_words(cast_linker):
    out = claims("The broadcaster denied reports that Tomas Varga held shares in a rival.\n\n"
                 "A spokesman for the broadcaster said the holdings had been declared.\n\n"
                 "He said the board had agreed with Mr Varga on a deadline. "
                 "A few weeks were normally allowed for such a sale, he said.\n", cast_linker)
    assert speaker_of(out, "A few weeks") is None


def test_a_causing_verbs_object_does_what_the_infinitive_says(cast_linker):
    out = claims("Tomas Varga was caught up in a row over share dealings at Norcliff Mills.\n\n"
                 "The company said the row was over.\n\n"
                 "It pushed several investor funds to question the deal.\n", cast_linker)
    assert speaker_of(out, "pushed several investor funds") is None


def test_a_quotations_she_tells_the_gender_so_the_next_he_is_the_other(cast_linker):
    out = claims("Tomas Varga met Mira Orlen in the capital on Monday.\n\n"
                 "\u201cThe talks went well,\u201d she said. \u201cWe agreed on most points,\u201d he said.\n",
                 cast_linker)
    assert speaker_of(out, "The talks went well") == "orlen"
    assert speaker_of(out, "We agreed on most points") == "varga"


def test_the_person_who_made_the_remarks_is_whom_the_title_stood_for(cast_linker):
    out = claims("Borealia\u2019s trade minister said tariffs on steel would double next year, stressing that talks "
                 "could still avert them.\n\n"
                 "Trade Minister Arno Kell made the remarks at an economic forum in Norcliff on Friday.\n", cast_linker)
    assert speaker_of(out, "tariffs on steel would double") == "kell"
    assert speaker_of(out, "made the remarks") is None


def test_the_person_who_made_the_remarks_takes_no_other_officials_words(cast_linker):
    out = claims("Borealia’s defence minister said the army would be cut by a third.\n\n"
                 "Ruritania’s foreign minister said talks on the border would resume in May. Ostria’s trade "
                 "minister said tariffs would rise.\n\n"
                 "The chef Tomas Varga made his remarks at a cookery show in Norcliff.\n", cast_linker)
    assert "varga" not in {who for text, who in out if "cookery" not in text}


@pytest.mark.parametrize("after", ["That comment was a reply to a question about the flood.",
                                   "His remarks were a surprise to the unions."])
def test_a_sentence_about_the_words_ends_the_report(cast_linker, after):
    out = claims(f"Tomas Varga said on Monday that the port would reopen in June. {after}\n", cast_linker)
    assert speaker_of(out, "the port would reopen") == "varga"
    assert speaker_of(out, after[:15]) is None


@pytest.mark.parametrize("sentence", ["Commissioners said the inquiry had been rushed.",
                                      "The rules are unfair, lawmakers argued on Tuesday."])
def test_members_of_a_board_or_house_speak_as_a_group(cast_linker, sentence):
    text = f"Tomas Varga opened an inquiry into the port on Monday.\n\n{sentence}\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = extract(doc, cast_linker)
    labels = {e.key: e.label.lower() for e in out.new_entities}
    said = [labels.get(c.claimant) for c in out.claims if doc.text[c.span.start:c.span.end].startswith(sentence[:12])]
    assert said and said[-1] in ("commissioners", "lawmakers")


@pytest.mark.parametrize("sentence", ["Mira Orlen moved to assure voters that the port would stay open.",
                                      "Mira Orlen moved quickly to deny that the port would stay open.",
                                      "Mira Orlen got to explain that the port would stay open.",
                                      "Mira Orlen pushed hard to assure voters that the port would stay open."])
def test_a_verb_with_no_one_to_make_act_leaves_the_infinitive_its_subjects(cast_linker, sentence):
    out = claims(f"The Tarnovian port board met on Monday.\n\n{sentence}\n", cast_linker)
    assert speaker_of(out, "the port would stay open") == "orlen"


def test_words_reported_by_someone_unnamed_through_a_second_verb_stay_the_speakers(cast_linker):
    sentence = "A spokesman said Mira Orlen had resigned and warned that the port would close."
    out = claims(f"The Tarnovian port board met on Monday.\n\n{sentence}\n", cast_linker)
    assert speaker_of(out, "the port would close") == "orlen"

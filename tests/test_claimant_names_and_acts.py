"""Speakers lost to how a name, a speech act or a frame is written: a title-cased picture caption ("Senator X
Speaking at …") gave the person a name with the caption's verb in it; a given name cut short in the story ("Rob X")
beside the full name with a middle initial under the picture ("Robert J. X") made two people, so the surname alone
was no one's and "he" went to someone else; a quotation after a sentence that tells of an act done in words ("X
congratulated her. “…”") went on with the last speaker; "the Vellmark Democrat said" was the place's; "A replaces
B, the chief since 2019, said the fund" was B's, the parser taking B for the subject; "proposed a bill" was a report;
"the admiral said" and "raised concerns" had no speaker; "Vellgate Press Secretary X" made a body "Vellgate Press";
and a one-line embedded post whose words end as a sentence before its signature was dropped as page furniture."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, KELL, claims, speaker_of


FUND = Entity("fund", "Vell Port Fund", "Organization", pref_labels=(("Vell Port Fund", "en"),))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL, FUND])


@pytest.mark.parametrize("verb", ["Speaking", "Testifying", "Arriving"])
def test_a_caption_verb_after_a_titled_name_is_no_word_of_the_name(cast_linker, verb):
    out = claims(f"Senator Dalia Wern {verb} at the Harbour Forum / Picture: Ilo Brask (https://example.org/pics)\n\n"
                 'Senator Dalia Wern (D-Vl) has spoken against the levy. "The levy is a fraud," Wern said.',
                 cast_linker)
    assert speaker_of(out, "levy is a fraud") == "dalia-wern-67171f"


def test_a_given_name_cut_short_beside_the_full_name_is_one_person(cast_linker):
    out = claims("Rep. Robert J. Quillan Serving the Third District | Official portrait\n\n"
                 "Rep. Rob Quillan has shared his views on harbour policy. Quillan, who succeeded Ines Marlow and "
                 "once chaired the Vell port board, spoke of the ferries.\n"
                 'On Monday, Rep. Quillan wrote about the levy. He stated, "The levy hurts every family on the '
                 'coast."', cast_linker)
    assert (speaker_of(out, "hurts every family") or "").startswith("robert-j-")


@pytest.mark.parametrize("act", ["congratulated", "paid tribute to", "thanked", "praised"])
def test_a_quotation_after_an_act_done_in_words_is_the_actors(cast_linker, act):
    out = claims('Mira Orlen said, "I am proud to take up this post at the harbour board."\n'
                 f'Tomas Varga {act} her. "She will do great work for the port."', cast_linker)
    assert speaker_of(out, "great work for the port") == "varga"


@pytest.mark.parametrize("opening", ["Announcing the bill online, the Vellmark Democrat said",
                                     "The Vellmark Republican said"])
def test_a_party_member_described_by_place_and_party_is_the_person_before(cast_linker, opening):
    out = claims("Rep. Mira Orlen said Tuesday she has filed a bill to repeal the harbour levy.\n"
                 f"{opening} she is joined by several co-sponsors.", cast_linker)
    assert speaker_of(out, "co-sponsors") == "orlen"


@pytest.mark.parametrize("people", ["Borealian", "Norwegian", "Japanese", "Israeli"])
def test_one_named_before_by_the_people_she_is_of_is_that_person(cast_linker, people):
    out = claims("Mira Orlen set a world record in the 10,000 metres on Sunday.\n"
                 f"After the race the {people} said she had not expected to run so fast.", cast_linker)
    assert speaker_of(out, "run so fast") == "orlen"


def test_the_people_before_a_noun_they_head_are_no_person(cast_linker):
    out = claims("Mira Orlen set a world record in the 10,000 metres on Sunday.\n"
                 "After the race the Norwegian team said it had not expected her to run so fast.", cast_linker)
    assert speaker_of(out, "run so fast") != "orlen"


def test_a_title_after_the_comma_after_a_speakers_name_is_hers_and_a_list_of_names_is_no_one(cast_linker):
    out = claims("Kobra Mining said its trial failed. \"The data shows the drug was no better,\" said Mira T. Orlen, "
                 "Chair and Chief Executive Officer of Kobra Mining.\n"
                 "Mira Orlen, Tomas Varga and the dockers' union said the strike would go on.", cast_linker)
    assert speaker_of(out, "no better") == "orlen"
    assert speaker_of(out, "strike would go on") is None


def test_a_party_followed_by_what_it_heads_is_no_person(cast_linker):
    out = claims("Rep. Mira Orlen said Tuesday she has filed a bill to repeal the harbour levy.\n"
                 "The Vellmark Republican lawmakers said they would oppose it.", cast_linker)
    assert speaker_of(out, "would oppose it") != "orlen"


def test_a_description_after_a_closing_verb_of_saying_speaks_not_the_name_apposed_before(cast_linker):
    out = claims("The Vell Port Fund has named Arno Kell its new head for the next four years. "
                 "He replaces Tomas Varga, the chief since 2015, said the fund on Monday.", cast_linker)
    assert speaker_of(out, "said the fund") == "fund"


def test_proposing_a_thing_is_an_act_not_a_report(cast_linker):
    out = claims("Rep. Mira Orlen said Tuesday she has filed a bill to repeal the harbour levy. Sen. Arno Kell has "
                 "proposed a similar bill in the upper house, though he has yet to find any co-sponsors.", cast_linker)
    assert speaker_of(out, "proposed a similar bill") is None


def test_the_admiral_who_spoke_goes_on_speaking(cast_linker):
    out = claims("According to Navy spokesman Tomas Varga, the sailors were on a routine patrol. \"Two were hurt,\" "
                 "he said. The families have not yet been told, the admiral said, and no names will be released.",
                 cast_linker)
    assert speaker_of(out, "families have not yet been told") == "varga"


def test_raising_concerns_is_speaking(cast_linker):
    out = claims("Tomas Varga disputed the harbour board's power to fine skippers for late berthing. "
                 "Later he raised concerns over the board's fee schedule.", cast_linker)
    assert speaker_of(out, "raised concerns") == "varga"


def test_a_title_of_two_words_is_no_word_of_the_body_before_it(typed):
    found, _ = typed("According to Vellgate Press Secretary Tomas Varga, the crane was being repaired.",
                     [("Vellgate Press", "Organization", 0)])
    assert "Vellgate" in found and "Vellgate Press" not in found


def test_a_post_signed_on_its_own_line_is_kept_as_its_signers(cast_linker):
    out = claims("The harbour levy will rise next month.\n\nSkippers pay twice and nobody listens. "
                 "pic.twitter.com/q1w2e3 — Arno Kell (@arnokell) June 9, 2031\n\nThe council did not reply.",
                 cast_linker)
    assert speaker_of(out, "Skippers pay twice") == "kell"


def test_a_caption_verb_is_cut_only_after_a_titled_name(cast_linker):
    """"Senator Jane Roe Speaking at …" is Jane Roe; a band or a team whose name ends in such a word keeps it."""
    doc = parse_document("t.txt", "Nora Listens released a new album on Friday, the label said.".encode(),
                         "text/plain")
    assert "Nora Listens" in {doc.text[m.span.start:m.span.end] for m in extract(doc, cast_linker).mentions}


@pytest.mark.parametrize("text, people", [
    ("Dan Varsk and his sister Daniela Varsk opened a bakery in Tarnby on Monday.", 2),   # genders differ
    ("Robert Varsk opened a bakery in Tarnby.\n\nRobert J. Varsk said the ovens came from Vell.", 1),   # an initial
])
def test_given_names_alike_are_one_person_only_when_one_shortens_the_other(cast_linker, text, people):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, cast_linker)
    assert len({m.entity for m in x.mentions if "varsk" in m.entity}) == people


@pytest.mark.parametrize("verb", ["stressed", "added"])
def test_a_title_written_short_after_its_word_of_rank_is_the_person_named_before(cast_linker, verb):
    out = claims("Borealian Deputy Prime Minister Mira Orlen said the ferry line would open in May.\n\n"
                 f"The deputy PM {verb} that the ferry line was safe.", cast_linker)
    assert speaker_of(out, "ferry line was safe") == "orlen"


def test_a_participle_after_a_past_participle_describing_the_object_goes_on_from_the_main_verb(cast_linker):
    out = claims("Mira Orlen addressed thousands of dockers gathered on the harbour front, calling for talks with the "
                 "port board to set a new wage deal.", cast_linker)
    assert speaker_of(out, "calling for talks") == "orlen"
    assert speaker_of(out, "addressed thousands") is None   # what she did, told in the article's voice

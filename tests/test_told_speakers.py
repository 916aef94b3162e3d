"""Speakers a text names though they are easy to miss: bare "officials" saying something, "the CEO" after a chief
executive, a said-tag's pronoun with no one before it, a title before a name the parser took for a second subject."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker([*CAST, KELL])


def labelled(text, linker):
    """Each claim's text and its claimant's label (None for the article's own voice), figures too."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = extract(doc, linker)
    labels = {**{k: e.label for k, e in linker.entities.items()}, **{e.key: e.label for e in out.new_entities}}
    return [(doc.text[c.span.start:c.span.end], labels.get(c.claimant)) for c in out.claims]


def test_bare_officials_speak_as_a_group(cast_linker):
    out = labelled("Storms hit the coast of Borealia on Monday.\n\n"
                   "At least 14 people drowned in the storms, officials said on Tuesday.\n\n"
                   "Officials say the sea wall at Norcliff has held.\n\n"
                   "The ferries stopped, but officials said the harbour would open soon.", cast_linker)
    assert speaker_of(out, "sea wall at Norcliff").lower() == "officials"
    assert speaker_of(out, "the harbour would open soon").lower() == "officials"
    assert speaker_of(out, "people drowned").lower() == "officials"


@pytest.mark.parametrize("text", [
    "Storms hit the coast on Monday.\n\nLocal officials said the sea wall at Norcliff had held.",
    "Storms hit the coast on Monday.\n\nTwo officials said the sea wall at Norcliff had held.",
])
def test_officials_a_word_of_their_own_qualifies_are_no_group(cast_linker, text):
    out = labelled(text, cast_linker)
    assert "officials" not in {str(who).lower() for _, who in out}


def test_a_group_of_people_is_no_office_a_description_refers_back_to(cast_linker):
    out = labelled("Storms hit the coast of Borealia on Monday.\n\n"
                   "Rescuers said at least two fishermen were missing. The province's emergency management office "
                   "called the storm the worst in a decade.", cast_linker)
    assert speaker_of(out, "the worst in a decade") == "the province's emergency management office"


def test_the_ceo_is_the_chief_executive_named_before(cast_linker):
    out = claims("The shipping group's chief executive Arno Kell declined to comment on possible buyers.\n\n"
                 "The CEO said the group plans to sell its stake in the ferry line.", cast_linker)
    assert speaker_of(out, "sell its stake") == "kell"


@pytest.mark.parametrize("text, who", [
    ("Tomas Varga, the head of Norcliff Ferries, held talks with harbour staff on Friday about the new fees, he said "
     "on Tuesday.", "varga"),
    ("Tomas Varga was arrested at the pier last week, he said on Tuesday.", None),
])
def test_a_said_tags_pronoun_with_no_one_before_is_the_active_subject_of_what_it_closes(cast_linker, text, who):
    assert claims(text, cast_linker)[0][1] == who


def test_a_title_before_a_name_with_no_closing_comma_is_one_speaker(cast_linker):
    out = claims("The Minister for Ports and Harbours, Mira Orlen has said the Norcliff terminal will stay open.\n\n"
                 "According to her, the new fees would be cut in May.", cast_linker)
    assert speaker_of(out, "terminal will stay open") == "orlen"
    assert speaker_of(out, "fees would be cut") == "orlen"


def test_a_described_body_whose_possessor_has_words_of_its_own_speaks(cast_linker):
    out = labelled("A quake shook Borealia on Thursday.\n\n"
                   "At least 40 people died in the hill towns, the northern province's civil defence agency said "
                   "on its website.", cast_linker)
    assert speaker_of(out, "hill towns") == "the northern province's civil defence agency"


def test_a_group_cited_after_according_to_is_the_source(cast_linker):
    out = labelled("A fire gutted a warehouse in Norcliff on Sunday.\n\n"
                   "According to investigators, the alarm at the warehouse had been switched off for a week.",
                   cast_linker)
    assert speaker_of(out, "alarm at the warehouse") == "investigators"


def test_a_place_before_an_officeholder_does_not_let_a_groups_report_run_on(cast_linker):
    out = labelled("Storms hit Borealia on Monday.\n\n"
                   "Rescuers said at least three anglers were missing. Borealia Gov. Arno Kell declared a state of "
                   "emergency for the coast.", cast_linker)
    assert speaker_of(out, "state of emergency") is None


@pytest.mark.parametrize("body", ["Central Bank of Borealia (CBB) Governor", "Borealia Port Authority (BPA) chief"])
def test_a_body_with_its_acronym_before_a_title_and_name_is_no_second_speaker(cast_linker, body):
    out = claims(f"Port fees to rise\n\n{body} Mira Orlen said on Friday that the fees would rise in May.",
                 cast_linker)
    assert speaker_of(out, "fees would rise") == "orlen"

"""Speakers the text names in less common places: a name set off after its title inside a statement's issuer
("a statement by the spokesperson, X, said"), or right after a title that ends in a bracketed portfolio ("Deputy
Chief (Traffic) X told"); a quotation opened by two single marks typed for a double one ("‘’…”"), whose sentences
are the speaker's the tag names; the name after a closing "informed" with no subject of its own; a subject who
"is understood to have said"; the title of a body ("The Governor of the X Bank said") that the
next sentence names going on ("Y, …, added"); a surname written first, alone beside a verb of saying."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.segment import quote_regions
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL])


def test_a_name_in_apposition_to_the_issuers_title_is_the_issuer(cast_linker):
    out = claims("The harbour police detained a smuggler, Arno Kell, on the pier.\n\n"
                 "A statement by the spokesperson, Mira Orlen, said the smuggler had confessed to moving amber.\n\n"
                 "Later the police spokesperson added the pier would reopen on Friday.", cast_linker)
    assert speaker_of(out, "had confessed") == "orlen"
    assert speaker_of(out, "would reopen") == "orlen"


def test_two_single_marks_open_a_quotation():
    d = parse_document("t.txt", "The lock keeper spoke.\n‘’The gates stay shut. The river is high.” he said\n".encode(),
                       "text/plain")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["The gates stay shut. The river is high."]


def test_two_single_opening_marks_closed_by_two_single_ones_open_nothing():
    """"‘‘…,’’ said X": nothing closes a quotation opened so, which would run over the paragraph into the next."""
    d = parse_document("t.txt", ("Ferry\n\n‘‘The ferry is late again,’’ said Orla Brin. The port authority of Vell "
                                 "said 40 ships were waiting. Critics said the plan had failed.\n\n"
                                 "‘’The ferry is late again,” said Tarja Holm.\n").encode(), "text/plain")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["The ferry is late again,"]


def test_two_single_opening_marks_closed_by_two_single_ones_before_a_later_double_one_open_nothing():
    """A ” later in the paragraph closes another quotation, not the one "‘‘…,’’" would open."""
    d = parse_document("t.txt", ("Ferry\n\n‘‘The ferry is late again,’’ said Orla Brin. The port said 40 ships were "
                                 "waiting. Tarja Holm said: “It sails at noon.”\n").encode(), "text/plain")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["It sails at noon."]


def test_a_quotation_opened_by_two_single_marks_is_the_speakers_who_issued_it(cast_linker):
    out = claims("A statement issued by the spokesperson for the harbour police, Mira Orlen, says a smuggler was caught.\n"
                 "‘’Officers boarded the barge at dawn and found the amber in crates.\n"
                 "The smuggler is helping the officers with the inquiry.” the statement read\n", cast_linker)
    assert speaker_of(out, "boarded the barge") == "orlen"
    assert speaker_of(out, "helping the officers") == "orlen"


@pytest.mark.parametrize("titled", ["Joint Secretary (Ports) Mira Orlen", "Deputy Commissioner (Traffic) Mira Orlen",
                                    "Joint Secretary (Ports) N. Mira Orlen"])
def test_the_name_after_a_title_with_a_bracketed_portfolio_is_the_speaker(cast_linker, titled):
    out = claims("The harbour police detained six smugglers on Friday.\n\n"
                 f"{titled} told the media that the smugglers, all aged between 20 and 30, had formed a ring.",
                 cast_linker)
    assert speaker_of(out, "had formed a ring") == "orlen"


def test_a_closing_inform_with_no_subject_of_its_own_names_the_speaker_after_it(cast_linker):
    out = claims("The lock on the Varn canal is shut.\n\nBarges will pass again from Tuesday, informed Mira Orlen.\n\n"
                 "Tomas Varga spoke next. Tolls will rise in spring, he informed Mira Orlen.", cast_linker)
    assert speaker_of(out, "Barges will pass") == "orlen"
    assert speaker_of(out, "Tolls will rise") == "varga"


def test_the_subject_of_a_hearsay_passive_speaks_the_perfect_infinitive(cast_linker):
    out = claims("The lock on the Varn canal is shut.\n\n"
                 "Mira Orlen is understood to have claimed that the tolls were spent on the quays.", cast_linker)
    assert speaker_of(out, "tolls were spent") == "orlen"


def test_a_title_of_a_body_is_the_person_the_next_sentence_names_going_on(cast_linker):
    out = claims("The Governor of the Varn Reserve Bank said on Tuesday that the currency would hold its peg.\n\n"
                 "Mira Orlen, in the post since March, added that reserves covered a year of imports.", cast_linker)
    assert speaker_of(out, "would hold its peg") == "orlen"
    assert speaker_of(out, "reserves covered") == "orlen"


def test_a_sentence_whose_title_a_later_name_stands_for_is_cut_as_its_frame_cuts_it(cast_linker):
    out = claims("The Governor of the Varn Reserve Bank said on Tuesday that the currency would hold its peg, and the "
                 "quays would reopen.\n\nMira Orlen, in the post since March, added that imports were slowing.",
                 cast_linker)
    assert [who for text, who in out if "hold its peg" in text or "quays would reopen" in text] == ["orlen", "orlen"]


def test_a_surname_written_first_speaks_alone_beside_a_verb_of_saying():
    linker = Linker([])
    out = claims("A barge ran aground on the Varn, officials said.\n\n"
                 "Su Lanfei, a pilot on the river, was hurt. Su told the harbour office that the lights had failed.",
                 linker)
    speaker = speaker_of(out, "lights had failed")
    assert speaker is not None and "lanfei" in speaker

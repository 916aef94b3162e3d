"""Transcripts: a label's initial that none of a registry person's given names opens names someone else with that
surname (link._someone_elses_surname); a label naming its speaker in capitals before a bracketed description whose
words hold another name, and such a label opening the one turn of an excerpt (claims._label_names,
_described_capitals_label); a live page's heading in capitals (claims._capitals_line), its entries' clock times with
"a.m." (ingest.entry_stamps) and a surname before the full name a later entry gives (names._later_surnames).
Invented names and sentences."""
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims


def _mentions(linker, text):
    doc = parse_document("l.txt", text.encode(), "text/plain")
    return [(m.entity, doc.text[m.span.start:m.span.end]) for m in linker.mentions(doc)]


def _linker():
    return Linker([Entity("oleg-varkin", "Oleg Varkin", "Person", (("Олег Варкин", "ru"),),
                          (("Варкин", "ru"), ("Varkin", "en")))])


def test_a_labels_initial_of_another_given_name_is_not_the_registry_person():
    found = _mentions(_linker(), "Утро\n\nЛ. ВАРКИНА: Мы открыли выставку.\n\nО. ВАРКИН: Хорошо.\n")
    assert found == [("oleg-varkin", "ВАРКИН")]


def test_an_initial_in_latin_letters_is_checked_too():
    found = _mentions(_linker(), "Vote\n\nT. Varkin said the vote was fair. O. Varkin agreed.\n")
    assert found == [("oleg-varkin", "Varkin")]



def _speaker(out, quote):
    return next(who for said, who in out if said == quote)


def test_a_label_names_its_speaker_not_a_name_in_its_description(linker):
    text = ("Weekly talk\n\nI'm Mara Quell and this is the weekly talk. With us are writer Tobin Ashe and editor "
            "Nela Orrin.\n\nMr. TOBIN ASHE (Writer): Thanks, Mara. The election was decided early.\n\n"
            "Ms. NELA ORRIN (Editor, Tom Birch Review): Turnout fell in every district.\n")
    assert _speaker(claims(text, linker), "Turnout fell in every district.").startswith("nela-orin")


def test_a_described_capitals_label_opens_a_transcript_of_one_turn(linker):
    text = ("Writer on tides\n\nThis is MORNING DESK. I'm Mara Quell.\n\nMy guest has written a novel about a "
            "harbour town. Tobin Ashe, welcome to the show.\n\n"
            'Mr. TOBIN ASHE (Writer, author of "Red Tide: A Harbour Story"): Thanks for having me, Mara. '
            "I grew up in a harbour town. The fleet there was sold off in the nineties.\n")
    out = claims(text, linker)
    assert not any(said.startswith("Mr. TOBIN") for said, _ in out)
    assert (_speaker(out, "The fleet there was sold off in the nineties.") or "").startswith("tobin-ashe")


def test_a_live_pages_heading_in_capitals_is_no_claim(linker):
    text = ("Council Hearing Updates\n\nAll updates are in local time.\nMEANWHILE, TOMAS VERRICK...\n11:51 a.m.\n"
            "While the hearing is on break, word comes from a courtroom: Tomas Verrick has been found guilty.\n"
            "A BREAK\n10:39 a.m.\nThe council chair announces a break.\n")
    out = claims(text, linker, kinds=("statement", "event"))
    assert not any(said.startswith("MEANWHILE") for said, _ in out)


LIVE_PAGE = ("Council hearing\n\nUpdates from the chamber follow below.\n\n"
             "10:24 a.m.: Varrow's opening statement touched on the mayor's refusal. \u201cIf the mayor can refuse "
             "all oversight, the council will lose its power,\u201d Varrow said.\n\n"
             "10:11 a.m.: Before council chairman Ilsa Varrow was able to open the hearing, protesters interrupted.\n\n"
             "10:05 a.m.: Protesters gathered outside the hall before the hearing.\n")


def test_a_live_pages_clock_time_with_its_half_of_the_day_is_no_part_of_a_claim(linker):
    out = claims(LIVE_PAGE, linker, kinds=("statement", "event"))
    assert not any(said.startswith("10:") for said, _ in out)


def test_a_surname_on_a_live_page_is_the_person_a_later_entry_names_in_full(linker):
    out = claims(LIVE_PAGE, linker)
    said = next(who for quote, who in out if quote.startswith("If the mayor"))
    assert (said or "").startswith("ilsa-var")


def test_a_word_opening_a_sentence_on_a_live_page_is_no_ones_surname(typed):
    text = ("Polls in Vell\n\nUpdates from the polling stations follow below.\n\n"
            "10:52 a.m.: The count will start at ten tonight.\n\n"
            "10:40 a.m.: Turnout is high. Young voters queued in Vell before the doors opened.\n\n"
            "10:05 a.m.: Tom Young, the returning officer, opened the first polling station in Tarrow.\n")
    _, mentions = typed(text, [("Tom Young", "Person", 0), ("Vell", "Place", 1), ("Tarrow", "Place", 0)])
    assert ("Young", "Tom Young") not in mentions

"""Transcript layouts the tool misread: a question's label with no colon ("Q …", «Вопрос. …») taken into a claim, an
honorific and a surname alone in capitals ("MR. KORVAN:") naming no one, a live blog's time before a label hiding
it, and an interviewer's bidding ("Tell us …", «расскажите …») read as an answer. Invented names and sentences."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from extracted import CAST, HOST_AND_GUEST, KELL, claims, claims_all, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker(HOST_AND_GUEST)


def extraction(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return doc, extract(doc, linker)


def test_colon_less_question_labels_open_the_reporters_turns(linker):
    text = ("BRIEFING BY THE HARBOUR OFFICE\n\n"
            "MR. VELL: Good afternoon. The ferries will run again on Monday.\n\n"
            "Q    Thank you. (Laughter.)\n\n"
            "MR. VELL: The ports will open in May.\n\n"
            "Q The harbour board has already agreed to it.\n\n"
            "MR. VELL: Duties will double this summer.")
    out = claims(text, linker)
    assert not any(quote.startswith("Q") for quote, _ in out)
    assert not any("harbour board" in quote for quote, _ in out)
    assert ("Duties will double this summer.", "vell") in out


def test_a_russian_question_label_with_a_stop_opens_the_journalists_turn(linker):
    text = ("Йон Велл ответил на вопросы журналистов в порту.\n\n"
            "Вопрос. Паромы стоят без топлива с понедельника.\n\n"
            "Йон Велл: Порты закроются к маю.\n\n"
            "Вопрос. Пошлины уже выросли.\n\n"
            "Йон Велл: Пошлины вырастут вдвое летом.")
    out = claims_all(text, linker)
    assert not any(quote.startswith("Вопрос") or "Паромы" in quote for quote, _ in out)
    assert ("Пошлины вырастут вдвое летом.", "vell") in out


@pytest.mark.parametrize("written, label", [("KORVAN", "Korvan"), ("McKORVAN", "McKorvan")])
def test_an_honorific_and_a_surname_alone_in_capitals_name_a_person(linker, written, label):
    text = ("BRIEFING BY THE HARBOUR OFFICE\n\n"
            f"MR. {written}: Good afternoon. The ferries will run again on Monday.\n\n"
            "Q: When will the ports open?\n\n"
            f"MR. {written}: The ports will open in May.\n\n"
            "Q: And the duties?\n\n"
            f"MR. {written}: Duties will double this summer.")
    doc, found = extraction(text, linker)
    people = {e.key: e for e in found.new_entities if e.type == "Person"}
    speakers = {c.claimant for c in found.claims if doc.text[c.span.start:c.span.end] == "Duties will double this summer."}
    assert len(speakers) == 1 and people[speakers.pop()].label == label


def test_an_honorific_label_after_the_full_name_is_that_persons(linker):
    text = ("Port spokesman Ivo Korvan took questions on Tuesday.\n\n"
            "MR. KORVAN: The ferries will run again on Monday.\n\n"
            "Q: When will the ports open?\n\n"
            "MR. KORVAN: The ports will open in May.")
    doc, found = extraction(text, linker)
    assert [e.label for e in found.new_entities if e.type == "Person"] == ["Ivo Korvan"]


def test_a_live_blogs_time_before_a_label_keeps_the_label_out_and_the_turn_apart(linker):
    text = ("Live: the mayor answers readers\n\n"
            "(14:02) Dana: Many people think the buses are late every day.\n\n"
            "Korvan: The buses will run on time from Monday.\n\n"
            "(14:05) Dana: Will fares rise?\n\n"
            "Korvan: Fares will stay the same this year.\n\n"
            "(14:09) Dana: The new line is popular, thanks.\n\n"
            "Korvan: I am proud of the drivers.")
    doc, found = extraction(text, linker)
    said = {doc.text[c.span.start:c.span.end]: c.claimant for c in found.claims}
    assert not any("Dana:" in quote for quote in said)
    assert said["The new line is popular, thanks."] != said["I am proud of the drivers."]


def test_a_bidding_put_as_the_only_question_of_an_announced_interview_asks(linker):
    text = ("Jon Vell, the new head of the ferry company, spoke about his plans. Edited excerpts from an "
            "interview:\n\n"
            "Tell us about your first month.\n\n"
            "I have visited every depot. We will open two more next year.")
    out = claims(text, linker)
    assert not any(quote.startswith("Tell us") for quote, _ in out)
    assert ("I have visited every depot.", "vell") in out


def test_a_russian_bidding_after_the_addressed_name_opens_the_dashed_interview(linker):
    text = ("Йон Велл дал интервью газете «Северный вестник».\n\n"
            "– Йон, расскажите о портах.\n\n"
            "– Порты закроются к маю.\n\n"
            "– А пошлины?\n\n"
            "– Пошлины вырастут вдвое. Паромы стоят без топлива.")
    out = claims_all(text, linker)
    assert not any("расскажите" in quote for quote, _ in out)
    assert ("Порты закроются к маю.", "vell") in out


def test_a_transcripts_notes_of_the_room_are_no_names(linker):
    text = ("BRIEFING BY THE HARBOUR OFFICE\n\n"
            "MR. VELL: Good afternoon. The ferries will run again on Monday. (Laughter.)\n\n"
            "Q: When will the ports open? (Inaudible.)\n\n"
            "MR. VELL: The ports will open in May. (Applause.)")
    doc, found = extraction(text, linker)
    assert not {e.label for e in found.new_entities} & {"Laughter", "Inaudible", "Applause"}


def test_a_transcribers_note_in_brackets_inside_a_turn_is_not_the_speakers(linker):
    text = ("Jon Vell answered questions from readers.\n\n"
            "Reader: What about the fares?\n\n"
            "Jon Vell: Fares will stay the same this year. [Shows a chart of the old fares.]\n\n"
            "Reader: And the buses?\n\n"
            "Jon Vell: The buses will run on time. (Pauses for a long time.)")
    out = claims(text, linker)
    assert ("Fares will stay the same this year.", "vell") in out
    assert all(who is None for quote, who in out if quote.startswith(("[", "(")))


def test_a_word_q_opening_each_paragraph_is_no_question_label(linker):
    text = ("Q fever cases rose to 40 this month, health minister Jon Vell said.\n\n"
            "Q fever is spread by goats and sheep, Vell told reporters.\n\n"
            "Q fever vaccines will reach the farms in May, he added.")
    out = claims(text, linker)
    assert ("Q fever is spread by goats and sheep, Vell told reporters.", "vell") in out
    assert ("Q fever vaccines will reach the farms in May, he added.", "vell") in out


def test_a_q_and_a_label_in_one_paragraph_count_once(linker):
    from claimsgraph.extract.claims import _paragraph_labels
    doc = parse_document("t.txt", ("Q. Jon Vell: The ports will open in May.\n\n"
                                   "Mara Hale: The ferries will run again on Monday.").encode(), "text/plain")
    assert [m.group("label") for m in _paragraph_labels(doc)] == ["Q. Jon Vell", "Mara Hale"]


def test_a_quoted_question_after_an_interview_reported_in_the_news_takes_over_nothing():
    text = ("Tomas Varga told the Vell Courier in an interview on Monday that the port would close in May.\n\n"
            "Mira Orlen, the harbour master, spoke against the plan at the council on Tuesday.\n\n"
            "“Would you let 300 dockers lose their jobs?”\n\n"
            "“I will not let that happen,” Orlen told the council.\n\n"
            "The council will vote on the plan in April, Arno Kell said.")
    out = claims(text, Linker(CAST + [KELL]))
    assert speaker_of(out, "I will not let that happen") == "orlen"
    assert speaker_of(out, "The council will vote") == "kell"


def test_a_bidding_in_news_that_speaks_of_an_interview_asks_nothing():
    text = ("Tomas Varga told the Vell Courier in an interview on Monday that the port would close in May.\n\n"
            "Mira Orlen, the harbour master, spoke against the plan at the council on Tuesday.\n\n"
            "Describe the port as it is now, she asked the councillors.\n\n"
            "We have lost a third of our ships in a year.\n\n"
            "Do you want 300 dockers to lose their jobs?\n\n"
            "I will not let that happen.")
    out = claims(text, Linker(CAST + [KELL]))
    assert any(quote.startswith("Describe the port") for quote, _ in out)


def test_notes_of_the_room_of_two_words_are_no_names(typed):
    text = ("Briefing\n\n"
            "MR. VELL: The ferries will run again on Monday. (Crosstalk continues.) The ports open in May.\n")
    types, _ = typed(text, [("Crosstalk", "Organization", 0)])
    assert "Crosstalk" not in types

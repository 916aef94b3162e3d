"""After a report told wholly in the past ("Lena Dorsk said the canal locks were worn"), an untagged sentence whose main
verb is a finite present ("The council is due to vote on Friday") is no longer backshifted as reported words are: the
article's own fact. One that keeps the backshift ("Repairs would take a year") goes on with the speaker, and so does a
present after a report told in the present ("Dorsk says …"). Invented sentences."""
import pytest

from extracted import claims_all, speaker_of


@pytest.mark.parametrize("after", [
    "The council is due to vote on the repairs on Friday.",
    "The canal has about forty locks.",
    "The repairs are scheduled for the spring.",
])
def test_a_present_sentence_after_a_past_report_is_the_articles(linker, after):
    out = claims_all("Ostravia canal\n\n"
                 f"Lena Dorsk, the head of the Ostravian canal authority, said the locks were badly worn. {after}",
                 linker)
    assert speaker_of(out, "locks were badly worn") is not None
    assert speaker_of(out, after[:20]) is None


def test_a_backshifted_sentence_after_a_past_report_stays_the_speakers(linker):
    out = claims_all("Ostravia canal\n\n"
                 "Lena Dorsk, the head of the Ostravian canal authority, said the locks were badly worn. "
                 "Repairs would take at least a year.", linker)
    assert speaker_of(out, "Repairs would take") == speaker_of(out, "locks were badly worn") is not None


def test_a_present_sentence_after_a_present_report_stays_the_speakers(linker):
    out = claims_all("Ostravia canal\n\n"
                 "Lena Dorsk, the head of the Ostravian canal authority, says the locks are badly worn. "
                 "The repairs are long overdue.", linker)
    assert speaker_of(out, "repairs are long overdue") == speaker_of(out, "locks are badly worn") is not None


@pytest.mark.parametrize("after", [
    "The repairs are urgent and will cost 3 million crowns.",
    "It is the first time since 1976.",
    "The locks are the oldest on the canal and could fail in winter.",
    "The bill is 40 percent higher.",
])
def test_a_present_sentence_with_a_figure_a_modal_or_the_past_stays_the_speakers(linker, after):
    out = claims_all("Ostravia canal\n\n"
                 f"Lena Dorsk, the head of the Ostravian canal authority, said the lock gates had cracked. {after}",
                 linker)
    assert speaker_of(out, after[:20]) == speaker_of(out, "lock gates had cracked") is not None

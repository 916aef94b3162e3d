"""Unnamed officials qualified only by their rank or level ("senior officials", "county officials", "a senior
official") are the people of the governing body that led their sentence or the one before (of a level, its label
holding the word); never of a company, nor of a body the text only spoke of (invented bodies)."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("text, words, body", [
    ("The Norvish Health Ministry confirmed 40 new cases. Senior officials said the outbreak was contained.",
     "outbreak was contained", "Norvish Health Ministry"),
    ("The Kelby Interior Ministry announced new checkpoints. High-ranking officials said the measures were brief.",
     "measures were brief", "Kelby Interior Ministry"),
    ("The Norvish Foreign Ministry summoned the envoy. A senior official said the step was a warning.",
     "step was a warning", "Norvish Foreign Ministry"),
    ("The Dunmore County Board of Supervisors voted to shut the clinic. County officials said the roof was unsafe.",
     "roof was unsafe", "Dunmore County Board of Supervisors"),
    ("The Tarvale regional government shut the schools on Monday. Regional officials said the roads were icy.",
     "roads were icy", "Tarvale regional government"),
    ("The Ostra State Council approved the budget. State officials said taxes would not rise.",
     "taxes would not rise", "Ostra State Council"),
])
def test_ranked_officials_speak_for_the_body_that_led(linker, text, words, body):
    assert speaker_of(claims_as_written(text, linker), words) == body


@pytest.mark.parametrize("text, words", [
    ("Kobra Mining reported a loss on Tuesday. Senior officials said the company would cut 300 jobs.",
     "would cut 300 jobs"),
    ("Activists criticised the Norvish Health Ministry on Monday. Senior officials said the clinics were full.",
     "clinics were full"),
    ("The Norvish Health Ministry opened a clinic in Vell. County officials said the clinic was full.",
     "clinic was full"),
])
def test_ranked_officials_are_no_company_or_criticised_body(linker, text, words):
    assert speaker_of(claims_as_written(text, linker), words) is None


@pytest.mark.parametrize("text, words, body", [
    ("The Dunmore County Board of Supervisors voted to shut the clinic. Vell County officials said the roof was "
     "unsafe.", "roof was unsafe", None),
    ("The Tarnow State Board of Education approved the books. Ostra state officials said the books were late.",
     "books were late", None),
    ("The State Council, Norvia's cabinet, approved the plan. State officials in Tarnow said the plan was late.",
     "plan was late", None),
    ("The Ruritanian Health Ministry confirmed 40 cases. Senior officials in Norvia said the outbreak was contained.",
     "outbreak was contained", None),
    ("The Tarnow State Board of Education approved the books. Tarnow state officials said the books were late.",
     "books were late", "Tarnow State Board of Education"),
    ("The Norvish Health Ministry confirmed 40 cases. Senior officials in Norvia said the outbreak was contained.",
     "outbreak was contained", "Norvish Health Ministry"),
])
def test_officials_of_a_place_are_only_that_places_body(linker, text, words, body):
    assert speaker_of(claims_as_written(text, linker), words) == body


@pytest.mark.parametrize("text, words", [
    ("The Norvish Health Ministry was criticised by the Ruritanian government. Senior officials said the clinics "
     "were full.", "clinics were full"),
    ("The UN Security Council met on Monday. Senior officials said Tarnow would veto the plan.", "would veto"),
    ("The United Nations Trade Council met on Monday. Senior officials said the talks had stalled.", "talks had"),
])
def test_ranked_officials_are_no_critics_or_international_bodies(linker, text, words):
    assert speaker_of(claims_as_written(text, linker), words) is None

"""Interview and quotation layouts: a name and a colon before a quotation, a programme named after a person,
initials given in brackets, questions cut at a comma, a press conference's topics put as questions.
Invented names and sentences."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.extract.claims import CONFIDENCE, FIGURE_CONFIDENCE
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

CARROW = Entity("carrow", "Jon Carrow", "Person", pref_labels=(("Jon Carrow", "en"),))
DARROW = Entity("darrow", "Lena Darrow", "Person", pref_labels=(("Lena Darrow", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [CARROW, DARROW])


def test_a_name_and_a_colon_before_a_quotation_give_its_speaker(linker):
    text = ("Nordvik news\n\nThe port was busy this year.\n\n"
            "Deputy minister Tomas Varga: «The bridge will open in spring. Nobody can stop it.»\n\n"
            "The harbour stayed open.")
    out = claims(text, linker)
    assert speaker_of(out, "bridge will open") == "varga" and speaker_of(out, "Nobody can stop") == "varga"
    assert speaker_of(out, "harbour stayed open") is None


def test_a_russian_name_and_a_colon_before_a_quotation_give_its_speaker(linker):
    text = ("Новости Нордвика\n\nПорт загружен в этом году.\n\n"
            "Томас Варга: «Мост откроют весной. Никто не сможет это остановить».")
    out = claims(text, linker)
    assert speaker_of(out, "Мост откроют") == "varga" and speaker_of(out, "Никто не сможет") == "varga"


def test_a_name_after_a_verb_of_asking_does_not_speak_the_quotation(linker):
    text = ("Nordvik news\n\nThe port was busy this year.\n\n"
            "A reporter asked Tomas Varga: «The bridge will open in spring, will it not?» The harbour stayed open.")
    out = claims(text, linker)
    assert all(who != "varga" for _, who in out)


def test_a_person_named_in_quotes_after_the_verb_is_a_programme_not_the_speaker(linker):
    text = ("Вести\n\n«Мост откроют весной», – сказал в эфире передачи «Орлен» министр Томас Варга. "
            "Он подчеркнул, что работы уже начались.")
    out = claims(text, linker)
    assert speaker_of(out, "Мост откроют") == "varga" and speaker_of(out, "работы уже начались") == "varga"


def test_initials_in_brackets_stand_for_the_person_in_later_labels(linker):
    text = ("Talking about the harbour\n\n"
            "Our talk was shortened for print.\n\n"
            "Lena Darrow (LD): Since when do you sail from Vellmar?\n\n"
            "Jon Carrow (JC): My first trip here was in 1990, the year the harbour master arrived from the south. "
            "Back then I sailed twice a season. Nobody in the crew could say how many boats the port would need "
            "in winter.\n\n"
            "LD: What changed since then?\n\n"
            "JC: The port grew a lot. The ships are bigger now.")
    out = claims(text, linker)
    assert speaker_of(out, "sailed twice") == "carrow" and speaker_of(out, "ships are bigger") == "carrow"


def test_a_question_is_not_cut_into_clauses_that_assert(linker):
    text = ("Harbour\n\nWhere will the town find the harbour its money, and the workers, it needs to grow? "
            "The port reopened in May.")
    assert [quote for quote, _ in claims(text, linker)] == ["The port reopened in May."]


def test_a_press_conferences_topics_put_as_questions_claim_nothing(linker):
    text = ("Press conference\n\nOn the result of the vote...\nThe club had a hard month behind it.\n"
            "On the departure of the coach...\nIt was a shock. We are all disappointed about it.\n"
            "О новом стадионе…\nСтроительство закончится летом.")
    quotes = [quote for quote, _ in claims(text, linker)]
    assert not any(quote.startswith(("On the", "О новом")) for quote in quotes)
    assert "It was a shock." in quotes and "Строительство закончится летом." in quotes


def test_a_transcript_label_with_a_title_and_a_body_names_its_speaker(linker):
    text = ("Harbour results\n\nTranscript\n\n"
            "MIRA ORLEN, PRESENTER: The port had a hard year.\n\n"
            "TOMAS VARGA, CHIEF EXECUTIVE, NORDVIK PORTS: The result shows the cost of the strike. "
            "We lost many ships.\n\n"
            "MIRA ORLEN: The board meets next week.")
    out = claims(text, linker)
    assert speaker_of(out, "cost of the strike") == "varga" and speaker_of(out, "lost many ships") == "varga"


def test_a_label_that_is_the_title_an_earlier_label_gave_names_that_person(linker):
    text = ("Interview with Mira Orlen, Nordvik Radio\n\nTranscript\n\n"
            "Mira Orlen, Presenter: Joining us now is the minister. Good morning.\n\n"
            "Tomas Varga, Deputy Minister for Ports and Deputy Minister for the Northern Coast: Good morning. "
            "The harbour will reopen next week.\n\n"
            "Mira Orlen: When will the ferries run again?\n\n"
            "Deputy Minister for Ports: The ferries will run from Monday. The crews are ready.")
    out = claims(text, linker)
    assert speaker_of(out, "harbour will reopen") == "varga" and speaker_of(out, "ferries will run") == "varga"
    assert speaker_of(out, "crews are ready") == "varga"


def test_unnamed_interviewees_first_person_answers_are_no_ones_and_as_sure_as_the_articles_voice(linker):
    text = ("Morning programme\n\n"
            "Are you still going ahead with the new harbour tax?\n\n"
            "Very much so. The government is determined to raise the money for the port.\n\n"
            "But we heard what Borealia said about it last week, didn't we? Will you listen?\n\n"
            "We are going to change the law to answer those concerns. I think that is very important.\n\n"
            "And what about the ferries? Do you know when they will run again?\n\n"
            "I think they will run again in May. We need 40 more crews first.")
    out = claims(text, linker)
    assert speaker_of(out, "change the law") is None and speaker_of(out, "run again in May") is None
    doc = parse_document("t.txt", text.encode(), "text/plain")
    unnamed = [c for c in extract(doc, linker).claims if "change the law" in doc.text[c.span.start:c.span.end]]
    assert unnamed and all(c.confidence == CONFIDENCE["own_voice"] < CONFIDENCE["interview"] for c in unnamed)
    crews = [c for c in extract(doc, linker).claims if c.kind == "quantity"]
    assert crews and all(c.confidence <= FIGURE_CONFIDENCE["own_voice"] for c in crews)

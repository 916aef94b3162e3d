"""Speakers the discourse sets up: a quotation after a sentence that tells a speech was given (invented texts)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("mirov", "Oleg Mirov", "Person", pref_labels=(("Oleg Mirov", "en"), ("Олег Миров", "ru")),
           alt_labels=(("Mirov", "en"), ("Миров", "ru"))),
    Entity("selna", "Ada Selna", "Person", pref_labels=(("Ada Selna", "en"), ("Ада Сельна", "ru")),
           alt_labels=(("Selna", "en"), ("Сельна", "ru"))),
    Entity("tarsia", "Tarsia", "Country", pref_labels=(("Tarsia", "en"), ("Тарсия", "ru")),
           alt_labels=(("Тарсии", "ru"),)),
    Entity("waterboard", "Tarsian Water Board", "Organization",
           pref_labels=(("Tarsian Water Board", "en"), ("Водный совет Тарсии", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimant(text, linker, quoted):
    """The claimant of the claim that holds ``quoted``."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    found = [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"
             and quoted.strip("«»\"") in doc.text[c.span.start:c.span.end]]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("Tarsian President Oleg Mirov gave his annual address on Monday.\n\n"
     "\"This has been a hard year for the farms of the south.\n\n"
     "\"But our farmers harvested a record crop of grain this autumn.\"",
     "But our farmers harvested a record crop of grain this autumn.", "mirov"),
    ("Oleg Mirov addressed the nation from the capital on Sunday evening.\n\n"
     "\"The floods are behind us, and the rebuilding of the dams starts tomorrow.\"",
     "The floods are behind us", "mirov"),
    ("The Tarsian Water Board issued a statement on the drought on Friday.\n\n"
     "\"The reservoirs of the north hold less water than at any time since records began.\"",
     "The reservoirs of the north hold less water than at any time since records began.", "waterboard"),
    ("Президент Тарсии Олег Миров выступил на заседании правительства во вторник.\n\n"
     "«Этот год был трудным для южных хозяйств.\n\n"
     "«Но наши фермеры собрали рекордный урожай зерна».",
     "«Но наши фермеры собрали рекордный урожай зерна».", "mirov"),
])
def test_a_quotation_after_a_speech_given_is_the_speakers(linker, text, quoted, speaker):
    assert claimant(text, linker, quoted) == speaker


def test_a_quotation_after_a_speech_given_in_the_same_paragraph_is_the_speakers(linker):
    text = ("The bridge over the Tarsa river opened on Monday.\n\n"
            "Ada Selna gave a short speech at the opening of the bridge. "
            "\"This bridge joins the towns that have waited a long time for it.\"")
    assert claimant(text, linker, "This bridge joins the towns that have waited a long time for it.") == "selna"


def test_a_speech_given_by_a_pronoun_is_the_person_the_text_is_about(linker):
    text = ("Ada Selna spent the morning at the flooded school in the capital.\n\n"
            "She later addressed the parents in the school hall.\n\n"
            "\"Every classroom will be open again before the winter term begins.\"")
    assert claimant(text, linker, "Every classroom will be open again before the winter term begins.") == "selna"


def test_the_name_after_a_country_in_a_title_gives_the_speech(linker):
    text = ("Министр финансов Тарсии Олег Миров выступил с обращением к парламенту.\n\n"
            "«Бюджет следующего года будет сбалансирован без новых налогов».")
    assert claimant(text, linker, "«Бюджет следующего года будет сбалансирован без новых налогов».") == "mirov"


@pytest.mark.parametrize("text, quoted", [
    # no speech given: someone acts, and the quotation nobody frames stays the article's
    ("Oleg Mirov opened the new bridge over the river on Monday.\n\n"
     "\"Built to last a hundred years\" was painted on its first pillar.",
     "\"Built to last a hundred years\" was painted on its first pillar."),
    # the speaker is the object, not the subject, of the sentence before
    ("Police questioned Oleg Mirov about the speech for several hours.\n\n"
     "\"The building was empty when the fire started,\" the report read.",
     "\"The building was empty when the fire started,\" the report read."),
])
def test_no_speech_given_by_a_subject_leaves_the_quotation_alone(linker, text, quoted):
    assert claimant(text, linker, quoted) is None


def test_a_quotation_the_next_paragraph_says_was_someone_elses_is_theirs(linker):
    text = ("Олег Миров выступил на заседании правительства во вторник.\n\n"
            "«Плотины на севере страны требуют срочного ремонта».\n\n"
            "Об этом заявила глава Водного совета Тарсии Ада Сельна.")
    assert claimant(text, linker, "«Плотины на севере страны требуют срочного ремонта».") == "selna"


INTERVIEWS = [Entity("halden", "Jonas Halden", "Person", pref_labels=(("Jonas Halden", "en"), ("Йонас Хальден", "ru")),
                     alt_labels=(("Halden", "en"), ("Хальден", "ru")))]


@pytest.mark.parametrize("text, answer", [
    ("Vestor Steel plans no more job cuts\n\n"
     "Q: Will there be more job cuts at the plant?\n\n"
     "A: We do not plan any further cuts this year.\n\n"
     "Q: What about the new rolling mill?\n\n"
     "A: The rolling mill will open in September.\n\n"
     "Jonas Halden is chief executive of Vestor Steel. He spoke to the Tarsian Herald.",
     "We do not plan any further cuts this year."),
    ("Глава «Вестор Стали»: сокращений не будет\n\n"
     "— Будут ли ещё сокращения на заводе?\n\n"
     "— Мы не планируем новых сокращений в этом году.\n\n"
     "— А новый прокатный стан?\n\n"
     "— Стан запустят в сентябре.\n\n"
     "— Когда начнутся поставки?\n\n"
     "— Весной следующего года.\n\n"
     "Йонас Хальден возглавляет «Вестор Сталь» с прошлого года.",
     "Мы не планируем новых сокращений в этом году."),
])
def test_an_interviewee_named_only_after_the_questions_and_answers_gives_the_answers(text, answer):
    assert claimant(text, Linker(INTERVIEWS), answer) == "halden"


def test_an_undashed_paragraph_that_names_the_interviewee_ends_the_answers():
    text = ("Йонас Хальден ответил на вопросы о заводе\n\n"
            "— Будут ли ещё сокращения на заводе?\n\n"
            "— Мы не планируем новых сокращений в этом году.\n\n"
            "— А новый прокатный стан?\n\n"
            "— Стан запустят в сентябре.\n\n"
            "Хальден возглавляет завод с прошлого года.")
    assert claimant(text, Linker(INTERVIEWS), "Хальден возглавляет завод с прошлого года.") is None

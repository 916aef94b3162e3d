"""How far a backward reference ("Об этом заявил X", "This was stated by X") reaches over what came before it
(invented people, bodies and countries)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

CAST = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("orlen", "Mira Orlen", "Person", pref_labels=(("Mira Orlen", "en"), ("Мира Орлен", "ru")),
           alt_labels=(("Orlen", "en"), ("Орлен", "ru"))),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
    Entity("norvik", "Norvik", "Place", pref_labels=(("Norvik", "en"), ("Норвик", "ru"))),
    Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),),
           alt_labels=(("Kobra", "en"),)),
]


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


@pytest.mark.parametrize("text, words", [
    ("Бореалия решительно осуждает удары по соседним городам. Об этом заявил представитель МИД Томас Варга.",
     "осуждает удары"),
    ("Borealia strongly condemns the strikes on nearby towns. This was stated by ministry spokesman Tomas Varga.",
     "condemns the strikes"),
    ("Норвик осуждает новые санкции соседей. Об этом заявил в пятницу представитель МИД Томас Варга.",
     "осуждает новые санкции"),
    ("Kobra Holdings believes that prices will fall next year. This was stated by its chief economist Tomas Varga.",
     "prices will fall"),
])
def test_a_body_as_subject_gives_way_to_the_person_named_after(cast, text, words):
    assert speaker_of(claims(text, cast), words) == "varga"


def test_a_closing_frame_keeps_its_own_speaker(cast):
    text = ("Prices will fall next year, Kobra Holdings said on Monday. Tariffs will stay. "
            "This was stated by its chief economist Tomas Varga.")
    assert speaker_of(claims(text, cast), "Prices will fall") == "kobra"


def test_first_person_paragraphs_before_the_one_right_before_go_with_the_reference(cast):
    text = ("Бореалия готова к переговорам\n\n"
            "Мы готовы к диалогу с соседями в любое время. Наша позиция остается неизменной.\n\n"
            "Граница должна пройти по реке. Другого решения не будет.\n\n"
            "Об этом заявил министр Томас Варга на встрече с журналистами.")
    said = claims(text, cast)
    assert speaker_of(said, "готовы к диалогу") == "varga"
    assert speaker_of(said, "Другого решения") == "varga"


def test_a_background_paragraph_two_back_stays_the_articles(cast):
    text = ("Talks stalled\n\n"
            "Talks between the neighbours stalled in May. The border has been closed since then.\n\n"
            "We are ready to talk at any time. Our position has not changed.\n\n"
            "This was stated by Minister Tomas Varga at a meeting with journalists.")
    said = claims(text, cast)
    assert speaker_of(said, "ready to talk") == "varga"
    assert speaker_of(said, "stalled in May") is None


def test_a_first_person_paragraph_keeps_going_past_someone_unnamed_in_it(cast):
    text = ("Граница должна пройти по реке. Недавно их премьер-министр снова заговорил о статусе региона. "
            "Я уже говорил об этом.\n\n"
            "Мы не изменим позицию. Другого решения не будет.\n\n"
            "Об этом заявил министр Томас Варга.")
    said = claims(text, cast)
    assert speaker_of(said, "пройти по реке") == "varga"
    assert speaker_of(said, "Я уже говорил") == "varga"


def test_a_statement_told_with_a_participle_is_its_issuers_not_the_relaying_outlets(cast):
    cast_and_outlet = Linker(CAST + [
        Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "en"), ("НордНьюс", "ru")))])
    text = ("Компания Kobra Holdings опубликовала заявление, передает агентство НордНьюс. "
            "В заявлении также указано, что цены на топливо вырастут.")
    assert speaker_of(claims(text, cast_and_outlet), "цены на топливо") == "kobra"


@pytest.mark.parametrize("text, words, speaker", [
    ("По данным компании Kobra Holdings, ремонт плотины завершён. Согласно сообщению, цены на топливо вырастут.",
     "цены на топливо", "kobra"),
    ("Kobra Holdings said the dam was repaired. According to the statement, fuel prices will rise.",
     "fuel prices", "kobra"),
    # no one spoke before: the article's own account
    ("Ремонт плотины у Норвика завершён. Согласно сообщению, цены на топливо вырастут.", "цены на топливо", None),
])
def test_a_bare_statement_in_a_cue_is_the_statement_of_who_spoke_before(cast, text, words, speaker):
    assert speaker_of(claims(text, cast), words) == speaker


@pytest.mark.parametrize("tag", [
    "This was told by Minister Tomas Varga at a meeting with journalists.",
    "This was noted by Minister Tomas Varga at a meeting with journalists.",
])
def test_a_passive_reference_back_reports_the_paragraph_before(cast, tag):
    said = claims("Borealia still hopes to sign the treaty before the winter.\n\n" + tag, cast)
    assert speaker_of(said, "sign the treaty") == "varga"


@pytest.mark.parametrize("text, words", [
    ("Министр Томас Варга заявил, что Бореалия готова подписать договор. Впрочем, на уступки соседей рассчитывать "
     "не приходится.", "на уступки"),
    ("Minister Tomas Varga said that Borealia was ready to sign the treaty. Nevertheless, the neighbours are unlikely "
     "to give way.", "give way"),
])
def test_a_sentence_that_turns_against_the_report_is_the_articles(cast, text, words):
    assert speaker_of(claims(text, cast), words) is None

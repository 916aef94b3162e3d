"""Russian verbs of saying: said-tags in the imperfective or with an object before the speaker, an announcement or
an admission with its clause, a negated belief; a spokesperson titled before the body spoken for; whose words an
outlet gives, named before the outlet (invented people, places, bodies and texts)."""

import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims_all, speaker_of


def test_a_present_tense_tag_after_dashed_speech_gives_the_whole_paragraph_to_its_speaker(cast):
    out = claims_all("Мост через Орлу откроют летом.\n"
                     "– Работы идут по графику. Осталось уложить покрытие, – рассказывает Томас Варга. "
                     "– Движение пустим в июле.\n"
                     "Проект обошелся области дороже, чем планировали.", cast)
    assert speaker_of(out, "идут по графику") == "varga"
    assert speaker_of(out, "уложить покрытие") == "varga"
    assert speaker_of(out, "пустим в июле") == "varga"
    assert speaker_of(out, "дороже, чем планировали") is None


def test_a_tag_verb_with_its_object_before_the_speaker_names_the_speaker(cast):
    out = claims_all("– Мы нашли в горах старую шахту. Там будем снимать весь второй сезон, – делится планами "
                     "Мира Орлен.", cast)
    assert speaker_of(out, "старую шахту") == "orlen"
    assert speaker_of(out, "второй сезон") == "orlen"


def test_a_tag_only_verb_before_its_object_tells_an_act(cast):
    out = claims_all("Томас Варга отвечает за ремонт дорог в Бореалии.", cast)
    assert speaker_of(out, "ремонт дорог") is None


def test_a_negated_belief_with_its_clause_is_its_holders_and_goes_on_to_the_next_sentence(cast):
    out = claims_all("Бореалия готовит новые пошлины, считает Томас Варга.\n"
                     "В свою очередь, экономист Мира Орлен не верит в то, что пошлины введут в этом году. "
                     "По ее мнению, парламент отложит решение.", cast)
    assert speaker_of(out, "введут в этом году") == "orlen"
    assert speaker_of(out, "отложит решение") == "orlen"


def test_an_announcement_with_its_clause_is_its_speakers(cast):
    out = claims_all("Томас Варга вернулся из поездки по северу. "
                     "Он объявил, что мост через Орлу откроют к осени.", cast)
    assert speaker_of(out, "откроют к осени") == "varga"


def test_an_announcement_of_a_measure_is_an_act_of_no_ones_words(cast):
    out = claims_all("Томас Варга объявил режим чрезвычайной ситуации в Тавринске.", cast)
    assert speaker_of(out, "режим чрезвычайной ситуации") is None


@pytest.mark.parametrize("text, part, speaker", [
    ("Бореалия признала независимость Северной Тарвии после войны 2010 года.", "независимость", None),
    ("Томас Варга признал свою ошибку в расчетах бюджета.", "свою ошибку", None),
    ("Томас Варга признал, что мост через Орлу не откроют к осени.", "не откроют", "varga"),
    ("«Мост не откроют к осени», — признал Томас Варга.", "не откроют", "varga"),
    ("Мира Орлен призналась, что не ожидала такой победы.", "не ожидала", "orlen"),
])
def test_admitting_with_a_clause_or_as_a_tag_is_words_and_with_an_object_an_act(cast, text, part, speaker):
    assert speaker_of(claims_all(text, cast), part) == speaker



def test_the_sentence_after_a_cue_naming_only_a_source_stays_the_articles(cast):
    out = claims_all("По данным Томаса Варги, урожай зерна в Бореалии упал из-за засухи. "
                     "Поэтому цены на хлеб вырастут к осени.", cast)
    assert speaker_of(out, "цены на хлеб") is None



def test_a_spokesperson_of_a_body_described_after_the_title_is_no_person_named_before(cast):
    out = claims_all("Томас Варга заявил, что мост через Орлу закроют.\n"
                     "По словам представителя министерства, ремонт займет все лето.", cast)
    assert speaker_of(out, "ремонт займет") is None


def test_a_spokesperson_of_a_body_named_before_speaks_for_that_body():
    bank = Entity("nordbank", "Nordbank", "Organization", pref_labels=(("Nordbank", "en"), ("Нордбанк", "ru")))
    out = claims_all("Нордбанк поднял ставки по вкладам. Томас Варга заявил, что вкладчики рады.\n"
                     "По словам представителя банка, ставки сохранятся до весны.", Linker([*CAST, bank]))
    assert speaker_of(out, "сохранятся до весны") == "nordbank"


def test_a_spokesperson_the_text_named_with_that_title_is_that_person(cast):
    out = claims_all("Пресс-секретарь министерства Мира Орлен заявила, что мост через Орлу закроют. "
                     "Томас Варга заявил, что ремонт нужен.\n"
                     "По словам пресс-секретаря министерства, ремонт займет все лето.", cast)
    assert speaker_of(out, "ремонт займет") == "orlen"


def test_words_named_before_the_outlet_that_gives_them_are_the_speakers_passed_on_by_the_outlet():
    wire = Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "en"), ("NordNews", "ru")))
    doc = parse_document("t.txt", "Томас Варга провел совещание в Тавринске.\n«Мост через Орлу откроют в сентябре», "
                         "— слова Томаса Варги приводит NordNews.".encode(), "text/plain")
    said = next(c for c in extract(doc, Linker([*CAST, wire])).claims
                if "откроют в сентябре" in doc.text[c.span.start:c.span.end])
    assert said.claimant == "varga" and said.via == ("nordnews",)


def test_words_talked_about_are_no_ones_quotation(cast):
    out = claims_all("Томас Варга провел совещание.\nСлова Томаса Варги о сроках вызвали споры в Бореалии.", cast)
    assert speaker_of(out, "вызвали споры") is None

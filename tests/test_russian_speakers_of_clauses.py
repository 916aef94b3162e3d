"""Russian speakers read from the clause a gerund of saying shares, from a statement's noun after a verb of issuing
it (with «с» or «со», before «что» or «в котором»), from a body's press service named in the genitive, from a tag closing a sentence cut in two, from a past tense
that tells an unknown name's gender, and from a headline that quotes a person, named alone or with what the words are about (invented people, places and bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import CAST, claims, claims_as_written, speaker_of

BODIES = [
    Entity("nordbank", "Nordbank", "Organization", pref_labels=(("Nordbank", "en"), ("Нордбанк", "ru"))),
    Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "en"), ("NordNews", "ru"))),
    Entity("council", "Borealian Council", "Organization",
           pref_labels=(("Borealian Council", "en"), ("Верховный совет Бореалии", "ru")),
           alt_labels=(("Верховного совета Бореалии", "ru"),)),
]


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, *BODIES])


def test_a_gerund_after_a_comma_shares_its_clauses_subject(cast):
    said = claims("Министр обороны Томас Варга заявил, что доволен итогами переговоров.\n"
                  "Министр финансов Мира Орлен оказалась осторожнее, заявив журналистам: «Подробности будут позже».",
                  cast)
    assert speaker_of(said, "Подробности будут позже") == "orlen"
    assert speaker_of(said, "оказалась осторожнее") is None


def test_the_act_before_a_gerund_of_saying_is_the_articles(cast):
    said = claims("Нордбанк поднял ставку по вкладам, пояснив, что цены на продукты снова выросли.", cast)
    assert speaker_of(said, "цены на продукты") == "nordbank"
    assert speaker_of(said, "поднял ставку") is None


@pytest.mark.parametrize("verb", ["выступил с заявлением", "сделал заявление", "распространил заявление"])
def test_a_verb_that_issues_a_statement_reports_its_clause(cast, verb):
    said = claims(f"Нордбанк {verb} о том, что вклады граждан полностью застрахованы.", cast)
    assert speaker_of(said, "вклады граждан") == "nordbank"


@pytest.mark.parametrize("issued", ["сегодня выступил со специальным заявлением, в котором призвал граждан",
                                    "выступил со срочным заявлением, что призывает граждан"])
def test_a_statement_with_so_or_a_clause_in_which_reports_it(cast, issued):
    said = claims(f"Нордбанк {issued} не снимать вклады до пятницы.", cast)
    assert speaker_of(said, "вклады") == "nordbank"


def test_issuing_without_a_statement_is_an_act(cast):
    said = claims("Томас Варга выступил на форуме, что прошел в столице Бореалии.", cast)
    assert speaker_of(said, "на форуме") is None


def test_a_press_service_before_a_bodys_name_is_that_bodys(cast):
    said = claims("Газета NordNews в среду напечатала интервью с Томасом Варгой.\n"
                  "Пресс-служба Верховного совета Бореалии сообщила, что Варга никаких интервью не давал.", cast)
    assert speaker_of(said, "никаких интервью") == "council"


def test_a_tag_closing_a_sentence_speaks_for_the_clause_cut_before_it(cast):
    said = claims("Встречи глав ведомств проходят каждый месяц, но о них редко сообщается, заявил Томас Варга "
                  "в эфире канала «Север».", cast)
    assert speaker_of(said, "каждый месяц") == "varga"


def test_a_past_tense_after_an_unknown_name_tells_its_gender(cast):
    said = claims("Мира Орлен назначила Томаса Варгу советником.\n«Я благодарен за доверие», — сказал он.", cast)
    assert speaker_of(said, "благодарен за доверие") == "varga"


def test_a_headline_quoting_a_person_gives_them_the_first_person_below(cast):
    said = claims("Томас Варга: новый мост откроют осенью\n\nМы долго ждали этого решения. Я уверен, что мост "
                  "изменит жизнь всего района.", cast)
    assert speaker_of(said, "долго ждали") == "varga"
    assert speaker_of(said, "изменит жизнь") == "varga"


@pytest.mark.parametrize("sentence", ["Охранник Томас Варга вызвал пожарных, заметив дым над складом.",
                                      "Томас Варга уехал домой, ответив на звонок жены."])
def test_a_gerund_of_noticing_or_answering_before_an_object_is_an_act(cast, sentence):
    said = claims(f"{sentence}\nМира Орлен заявила, что склад закроют.", cast)
    assert "varga" not in {who for _, who in said}


@pytest.mark.parametrize("gerund", ["заметив, что", "ответив:", "указав на то, что"])
def test_a_gerund_of_noticing_or_answering_before_its_clause_reports_it(cast, gerund):
    said = claims(f"Томас Варга покинул зал, {gerund} склад в Норклиффе закроют в мае.", cast)
    assert speaker_of(said, "склад в Норклиффе") == "varga"


@pytest.mark.parametrize("sentence", ["Томас Варга выступил против заявления о том, что налоги вырастут.",
                                      "Томас Варга выступил после сообщения о том, что налоги вырастут.",
                                      "Нордбанк распространил опровержение сообщения о том, что налоги вырастут."])
def test_a_statement_that_issuing_concerns_is_not_issued(cast, sentence):
    said = claims(sentence, cast)
    assert speaker_of(said, "налоги вырастут") is None


@pytest.mark.parametrize("verb", ["выступил с официальным заявлением", "сделал срочное заявление"])
def test_a_statement_issued_with_its_adjective_reports_its_clause(cast, verb):
    said = claims(f"Нордбанк {verb} о том, что вклады граждан полностью застрахованы.", cast)
    assert speaker_of(said, "вклады граждан") == "nordbank"


@pytest.mark.parametrize("text", ["Tomas Varga: a life in politics\n\nTomas Varga was born in Norcliff in 1950. We "
                                  "visited his home town last week. I found the streets quiet.",
                                  "Томас Варга: жизнь в политике\n\nТомас Варга родился в Норклиффе в 1950 году. Мы "
                                  "побывали в его родном городе на прошлой неделе. Я нашел улицы тихими."])
def test_a_headline_that_only_labels_a_person_leaves_the_reporters_first_person(cast, text):
    said = claims(text, cast)
    assert "varga" not in {who for _, who in said}


def test_an_english_headline_quoting_a_person_gives_them_the_first_person_below(cast):
    said = claims("Tomas Varga: the new bridge will open in autumn\n\nWe waited a long time for this decision. "
                  "I am sure the bridge will change the whole district.", cast)
    assert speaker_of(said, "waited a long time") == "varga"


@pytest.mark.parametrize("text", [
    "Варга о новом мосте: «Мы долго ждали»\n\nВ субботу мост через Нору открыли. Строил его Томас Варга.\n\n"
    "«Мы долго ждали этого решения. Я уверен, что мост изменит жизнь района.",
    "Varga on the new bridge: 'We waited long'\n\nThe bridge over the Nora opened on Saturday. Tomas Varga built it."
    "\n\n\"We waited a long time for this decision. I am sure the bridge will change the district.",
])
def test_a_headline_quoting_a_person_on_a_topic_gives_them_the_first_person_below(cast, text):
    said = claims(text, cast)
    assert speaker_of(said, "долго ждали этого" if "Варга" in text else "waited a long time") == "varga"


@pytest.mark.parametrize("text, speaker", [
    ("Кальвин о поражении: «Мы сыграли плохо»\n\nВ субботу «Вереск» уступил «Дубраве».\n\nЯ горжусь своими игроками. "
     "Мы вернёмся сильнее.", "Кальвин"),
    ("Calvane on the defeat: 'We played badly'\n\nVereks lost to Dubrava on Saturday.\n\nI am proud of my players. "
     "We will come back stronger.", "Calvane"),
])
def test_a_name_the_text_gives_only_in_a_line_quoting_it_on_a_topic_is_the_speakers(text, speaker):
    said = claims_as_written(text, Linker([]))
    assert speaker_of(said, "горжусь" if "горжусь" in text else "proud of my players") == speaker


@pytest.mark.parametrize("text", [
    "Experts on the crisis: 'It will last'\n\nWe spoke to three economists.",
    "Эксперты о кризисе: «Это надолго»\n\nМы поговорили с экономистами.",
    "Asked on Monday about the crisis, Tomas Varga said: 'It will last.'",
    "Vexon Ltd on tariffs: 'We will cope'\n\nThe company published a statement.",
    "Нордбанк о ставках: «Мы снизим их»\n\nБанк опубликовал доклад.",
])
def test_a_common_word_or_a_bodys_name_opening_a_line_on_a_topic_is_no_persons_name(text):
    doc = parse_document("ru_t.txt" if "ставках" in text or "кризисе" in text else "t.txt", text.encode(), "text/plain")
    people = [e.label for e in extract(doc, Linker([])).new_entities if e.type == "Person"]
    assert not any(text.split()[0] in label for label in people)


@pytest.mark.parametrize("text", [
    "Томас Варга о жизни в политике: ранние годы\n\nТомас Варга родился в Норклиффе. Мы побывали в его родном городе.",
    "Tomas Varga on a life in politics: the early years\n\nTomas Varga was born in Norcliff. We visited his town.",
])
def test_a_headline_naming_a_person_and_a_topic_but_no_words_of_theirs_leaves_the_reporters_we(cast, text):
    said = claims(text, cast)
    assert "varga" not in {who for _, who in said}


def test_the_verb_after_an_english_subject_is_not_read_for_a_russian_gender(cast, monkeypatch):
    from claimsgraph.extract import attribution
    read, morphology = [], attribution.morph()

    class Spy:
        def parse(self, word):
            read.append(word)
            return morphology.parse(word)
    monkeypatch.setattr(attribution, "morph", Spy)
    claims("Mira Orlen opened the port in Tarnovia on Monday.", cast)
    assert "opened" not in read

"""The verb tables reach beyond the common verbs of saying: judging, characterising and manner-of-speaking
verbs name a speaker too, in English (lemmas read from the parse) and Russian (stems)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("senate", "Ruritanian Senate", "Organization", pref_labels=(("Ruritanian Senate", "en"),),
           alt_labels=(("Сенат Рурітании", "ru"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker, lang="en"):
    doc = parse_document(f"{lang}_t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("sentence", [
    "Tomas Varga ridiculed the plan to close the northern ferry line as a waste of public money.",
    "Tomas Varga termed the new tariff on grain an act of economic sabotage.",
    "“The ferry line will reopen before the winter storms,” Tomas Varga remarked on Tuesday.",
    "Tomas Varga lamented that the northern valleys had been forgotten by the capital.",
    "Tomas Varga rued that the grain subsidy had reached the western farms too late.",
])
def test_judging_and_characterising_verbs_name_their_subject(linker, sentence):
    assert claimants(sentence, linker) == ["varga"]


@pytest.mark.parametrize("text, lang", [
    ("Tomas Varga compared the closure of the northern ferry line to cutting off a limb.", "en"),
    ("Томас Варга сравнил закрытие северной паромной линии с ампутацией.", "ru"),
])
def test_likening_one_thing_to_another_names_its_subject(linker, text, lang):
    assert claimants(text, linker, lang) == ["varga"]


@pytest.mark.parametrize("text", [
    "Томас Варга озвучил позицию кабинета по северной паромной линии.",
    "Паромы подорожают к маю. Такую оценку озвучил Томас Варга.",
])
def test_voicing_a_position_or_an_estimate_names_its_subject(linker, text):
    assert claimants(text, linker, "ru")[-1] == "varga"


@pytest.mark.parametrize("text, expected", [
    ("Сенат Рурітании зафиксировал заметный рост числа жалоб на паромную линию.", ["senate"]),
    ("В октябре Томас Варга зафиксировал готовность кабинета открыть паромную линию.", ["varga"]),
    ("Сенат Рурітании зафиксировал рост цен на билеты паромной линии.", ["senate"]),
    ("Сенат Рурітании зафиксировал снижение цен на билеты паромной линии.", ["senate"]),   # a noun in -ние, no adjective
    ("Сенат Рурітании зафиксировал ценовые колебания на паромной линии.", ["senate"]),   # no price it fixes
    ("Наблюдатели будут фиксировать нарушения на паромной линии.", [None]),   # a task, no one's record
    ("Сенат Рурітании зафиксирует все нарушения на паромной линии.", [None]),   # a task still
    ("Сенат Рурітании зафиксировал цены на билеты паромной линии до весны.", [None]),   # a price fixed
    ("Сенат Рурітании зафиксировал льготные тарифы на билеты паромной линии.", [None]),
    ("На паромной линии было зафиксировано много нарушений.", [None]),   # no one named who recorded them
])
def test_recording_what_was_observed_names_its_subject(linker, text, expected):
    assert claimants(text, linker, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tomas Varga rejected the charge as politically motivated.", ["varga"]),
    ("Tomas Varga rejected the new ferry tariff as too high for the northern valleys.", ["varga"]),
    ("Tomas Varga rejected the new ferry tariff on Monday.", [None]),   # an act: no quality named
])
def test_rejecting_a_thing_as_something_is_words(linker, text, expected):
    """"X rejected the charge as politically motivated": what the verb calls its object is the speaker's claim."""
    assert claimants(text, linker) == expected


def test_russian_verb_of_confirming_names_its_subject(linker):
    text = "Томас Варга подтвердил необходимость открыть паромную линию до начала зимних штормов."
    assert claimants(text, linker, "ru") == ["varga"]


def test_a_verb_of_acting_is_no_verb_of_saying(linker):
    assert claimants("Tomas Varga opened the new ferry terminal in the northern valley on Tuesday.", linker) \
        == [None]


@pytest.mark.parametrize("text, lang, expected", [
    ("Томас Варга не исключил, что паромную линию откроют до начала зимних штормов.", "ru", ["varga"]),
    ("Томас Варга не отрицает, что паромная линия убыточна.", "ru", ["varga"]),
    ("Томас Варга не прокомментировал планы закрыть паромную линию.", "ru", [None]),   # says nothing
    ("Министр транспорта Бореалии Томас Варга не ожидает, что паромную линию закроют.", "ru", ["varga"]),
    ("Томас Варга не уверен, что паромная линия окупится.", "ru", ["varga"]),
    ("Tomas Varga does not believe that the ferry line will pay its way.", "en", ["varga"]),
    ("Tomas Varga does not expect the ferry line to close this winter.", "en", ["varga"]),
    ("Tomas Varga did not deny that the ferry line had lost money.", "en", ["varga"]),
    ("Томас Варга не исключил нового повышения тарифов паромной линии.", "ru", ["varga"]),
    ("Tomas Varga did not rule out a new rise in ferry fares before the winter.", "en", ["varga"]),
    ("Tomas Varga did not rule on the ferry line's appeal before the winter.", "en", [None]),   # a ruling not made
    ("Tomas Varga talked about progress in the talks on the ferry line.", "en", ["varga"]),
    ("Tomas Varga spoke of a breakthrough in the talks on the ferry line.", "en", ["varga"]),
    ("Tomas Varga spoke at the opening of the ferry line on Monday.", "en", [None]),   # an act, no words told
    ("Tomas Varga talked to the mayor by phone on Monday.", "en", [None]),
    ("Tomas Varga reflected on the losses of the ferry line on Monday.", "en", ["varga"]),
    ("Tomas Varga has recorded that the ferry line lost money in May.", "en", ["varga"]),
    ("Tomas Varga recorded a song about the ferry line in May.", "en", [None]),
    ("Пока же Томас Варга рапортует о росте числа пассажиров паромной линии.", "ru", ["varga"]),
    ("Пока Томас Варга рапортовал о росте числа пассажиров, паром ушёл.", "ru", [None]),   # while he spoke
    ("Tomas Varga did not comment on plans to close the ferry line.", "en", [None]),   # says nothing
    ("Tomas Varga did not say whether the ferry line would close.", "en", [None]),
    ("По оценке Томаса Варги, паромная линия окупится за три года.", "ru", ["varga"]),
    ("Tomas Varga posted on social media that the ferry line would reopen before the winter storms.", "en",
     ["varga"]),
])
def test_negated_verbs_that_assert_estimates_posts_and_topics_told_name_their_speaker(linker, text, lang, expected):
    assert claimants(text, linker, lang) == expected

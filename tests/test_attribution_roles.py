"""Role nouns and titles as speakers: which person a title refers back to (invented texts)."""
import pytest

from claimsgraph.extract.attribution import _office_apposed, _offices, _titles_before
from claimsgraph.ids import new_entity_key
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claimants, speakers, speakers_as_written

ENTITIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("orlen", "Mira Orlen", "Person", pref_labels=(("Mira Orlen", "en"), ("Мира Орлен", "ru")),
           alt_labels=(("Orlen", "en"), ("Орлен", "ru"))),
    Entity("dran", "Ivo Dran", "Person", pref_labels=(("Ivo Dran", "en"), ("Иво Дран", "ru")),
           alt_labels=(("Dran", "en"), ("Дран", "ru"))),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]


def _offices_before(text: str) -> set[int]:
    """The offices of the titles right before a name (what attribution reads from ``_titles_before``)."""
    return {office for office, _ in _titles_before(text)}


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("text, said", [
    ("Foreign Minister Ivo Dran landed in the northern port on Monday. He was welcomed by President Tomas Varga "
     "at the harbour. The top diplomat said that the ferry talks would resume in May.",
     "The top diplomat said that the ferry talks would resume in May."),
    ("Ivo Dran, the country's foreign minister, toured the northern port with President Tomas Varga. "
     "The foreign minister said the ferry talks would resume in May.",
     "The foreign minister said the ferry talks would resume in May."),
    ("Министр иностранных дел Иво Дран прибыл в северный порт. Его встретил президент Томас Варга. "
     "Глава МИД отметил, что переговоры о паромах возобновятся в мае.",
     "Глава МИД отметил, что переговоры о паромах возобновятся в мае."),
])
def test_a_title_refers_back_to_the_person_holding_that_office_not_the_last_named(linker, text, said):
    assert claimants(text, linker)[said] == "dran"


def test_a_title_passes_over_a_person_titled_with_another_office_for_one_never_titled(linker):
    text = ("Mira Orlen toured the flooded valley on Monday. President Ivo Dran stayed in the capital. "
            "The foreign minister said the dams would hold until spring.")
    assert claimants(text, linker)["The foreign minister said the dams would hold until spring."] == "orlen"


def test_a_title_no_one_was_given_stays_unnamed_when_everyone_holds_another_office(linker):
    text = ("President Ivo Dran toured the flooded valley on Monday. "
            "The foreign minister said the dams would hold until spring.")
    assert claimants(text, linker)["The foreign minister said the dams would hold until spring."] is None


def test_a_title_of_no_particular_office_still_refers_to_the_last_person(linker):
    text = ("President Ivo Dran toured the flooded valley on Monday. "
            "The official said the dams would hold until spring.")
    assert claimants(text, linker)["The official said the dams would hold until spring."] == "dran"


@pytest.mark.parametrize("text, said, who", [
    ("Rector Mira Orlen opened the academic year in Vellbrook on Monday. The ferry to the campus was late. "
     "The rector said the new library would open in May.",
     "The rector said the new library would open in May.", "orlen"),
    ("Rector Mira Orlen opened the academic year in Vellbrook on Monday. The ferry to the campus was late. "
     "A rector said the new library would open in May.",
     "A rector said the new library would open in May.", None),      # another one, unnamed
    # a title written with a hyphen ("vice-premier"), as the text gave it before the name
    ("Vice-premier Mira Orlen opened the ferry terminal in Vellbrook on Friday. The crossing took an hour. "
     "The vice-premier stressed that fares would stay frozen until autumn.",
     "The vice-premier stressed that fares would stay frozen until autumn.", "orlen"),
    # where the parser splits it at the hyphen into several subjects
    ("A full audit is due, Vice-President Ivo Dran wrote on Friday.\n\n"
     "The vice-president stressed that the harbour would stay open all winter.",
     "The vice-president stressed that the harbour would stay open all winter.", "dran"),
    ("Протоиерей Иво Дран открыл новый приход в Вельсбруке. Паром к острову опоздал. "
     "Протоиерей, который служит там с весны, отметил, что библиотека откроется в мае.",
     "Протоиерей, который служит там с весны, отметил, что библиотека откроется в мае.", "dran"),
])
def test_a_title_no_table_holds_refers_back_to_the_one_the_text_titled_so_before_the_name(linker, text, said, who):
    assert claimants(text, linker)[said] == who


@pytest.mark.parametrize("first, who", [
    ("Ivo Dran, the governor of the Harbour Bank of Borealia, said rates would fall.", "dran"),
    ("Ivo Dran met the governor of the Harbour Bank of Borealia on Monday.", None),   # not the governor
])
def test_according_to_the_head_of_a_body_is_the_one_who_heads_it_and_spoke_last(linker, first, who):
    text = f"Rates\n\n{first} According to the chairman of the Harbour Bank, inflation risks remain."
    speaker = claimants(text, linker)["According to the chairman of the Harbour Bank, inflation risks remain."]
    assert (speaker == who) if who else speaker != "dran"


@pytest.mark.parametrize("before, apposition, office", [
    ("Foreign Minister", "", True),
    ("Министр иностранных дел Бореалии", "", True),
    ("", ", the country's foreign minister,", True),
    ("Mira Orlen met the president and", "", False),    # the title of another, across "and"
    ("", ", who met the foreign minister on Monday,", False),   # a relative clause, no apposition
])
def test_the_office_of_a_person_is_the_title_right_before_the_name_or_opening_its_apposition(before, apposition,
                                                                                              office):
    assert bool(_offices_before(before) | _office_apposed(apposition)) is office


def test_a_title_in_another_case_fits_the_person_it_was_given(linker):
    text = ("Газета напечатала речь Главы государства Иво Драна о паводках. "
            "В долине побывала Мира Орлен. "
            "Глава государства заявил, что плотины выдержат до весны.")
    assert claimants(text, linker)["Глава государства заявил, что плотины выдержат до весны."] == "dran"


@pytest.mark.parametrize("text, said", [
    ("Asked about the floods, the minister reiterated that Tomas Varga was leading the inquiry alone. "
     "He said the report on the dams would come out in May.",
     "He said the report on the dams would come out in May."),
    ("Министр заявил журналистам, что расследование ведет Томас Варга. "
     "Он сказал, что доклад о плотинах выйдет в мае.",
     "Он сказал, что доклад о плотинах выйдет в мае."),
])
def test_a_name_in_what_an_unnamed_speaker_said_is_not_the_next_pronouns_person(linker, text, said):
    assert claimants(text, linker)[said] is None


@pytest.mark.parametrize("text, said", [
    ("At the briefing, Tomas Varga defended the closure of the northern ferry line.",
     "At the briefing, Tomas Varga defended the closure of the northern ferry line."),
    ("Tomas Varga attributed the delay of the dam repairs to the spring floods.",
     "Tomas Varga attributed the delay of the dam repairs to the spring floods."),
    ("В своем выступлении Томас Варга затронул тему ремонта плотин.",
     "В своем выступлении Томас Варга затронул тему ремонта плотин."),
])
def test_giving_reasons_or_a_defence_is_a_speech_act(linker, text, said):
    assert claimants(text, linker)[said] == "varga"


@pytest.mark.parametrize("text", [
    "The reservoirs are running low, according to the Harbour Water Organization's director-general, Tomas Varga.",
    "According to Borealia's chief hydrologist Tomas Varga, the reservoirs are running low.",
    "По словам посла Бореалии Томаса Варги, запасы воды быстро сокращаются.",
])
def test_according_to_a_title_at_a_body_names_the_person_holding_it(linker, text):
    assert claimants(text, linker)[text] == "varga"


@pytest.mark.parametrize("text", [
    "According to Borealia, Tomas Varga left the reservoirs unattended.",
    "According to Borealia's report, Tomas Varga left the reservoirs unattended.",
    "По словам представителя Бореалии, Томас Варга, уволенный в мае, покинул страну.",
])
def test_according_to_a_body_then_a_person_doing_something_stays_the_bodys(linker, text):
    assert claimants(text, linker)[text] == "borealia"


def test_a_russian_title_governing_a_country_is_not_the_country_speaking(linker):
    text = "Министр водных ресурсов Бореалии заявил, что северные плотины выдержат паводок."
    assert all(who != "borealia" for who in claimants(text, linker).values())


def test_a_russian_title_governing_a_country_is_the_person_given_that_title(linker):
    text = ("Министр водных ресурсов Бореалии Томас Варга прибыл в долину. "
            "Министр водных ресурсов Бореалии заявил, что северные плотины выдержат паводок.")
    out = claimants(text, linker)
    assert "varga" in out.values() and "borealia" not in out.values()


def test_a_russian_body_of_a_country_speaks_as_that_body_not_the_country(linker):
    text = "Правительство Бореалии заявило, что северные плотины выдержат паводок."
    assert [who for who in claimants(text, linker).values() if who] == [new_entity_key("правительство Бореалии")]


def test_a_title_with_the_words_the_text_gave_one_person_wins_over_another_of_the_same_office(linker):
    text = ("President Ivo Dran lost the vote to Mira Orlen, Harbour Board President Tomas Varga said. "
            "Dran spoke on television on Sunday. "
            "The Harbour Board President had said the count would end by Monday.")
    assert claimants(text, linker)["The Harbour Board President had said the count would end by Monday."] == "varga"


def test_words_said_near_a_name_do_not_give_a_person_titled_otherwise_a_title(linker):
    text = ("Tomas Varga said the ferry link to the islands would reopen. "
            "The foreign minister also praised the visit of President Ivo Dran to the islands. "
            "Later, Varga said the harbour needed repairs. "
            "The repairs would take a year, the foreign minister added.")
    assert claimants(text, linker)["The repairs would take a year, the foreign minister added."] == "varga"


def test_a_title_several_people_hold_is_the_one_who_just_spoke(linker):
    text = ("Президент Томас Варга прибыл в южный порт. Томас Варга встретился с моряками. "
            "Президент Бореалии Иво Дран осудил обстрел северного порта. "
            "«После разговора с президентом Томасом Варгой я выразил тревогу», — сказал Дран. "
            "Глава государства напомнил также о паводке на юге страны.")
    assert claimants(text, linker)["Глава государства напомнил также о паводке на юге страны."] == "dran"


@pytest.mark.parametrize("before, office", [
    ("руководитель пресс-службы президентской администрации", "пресс-секретарь"),   # not a president
    ("Президентом", "глава государства"),
])
def test_an_office_is_read_from_the_noun_in_any_case_not_from_its_adjective(before, office):
    assert _offices_before(before) == _offices(office)


@pytest.mark.parametrize("text, office", [
    ("в матче премьер-лиги", False),      # the first part of a compound is no title
    ("премьер-министр", True),
    ("вице-премьер", False),               # another office than the premier's
])
def test_a_premier_is_no_first_part_of_a_compound(text, office):
    assert bool(_offices(text) & _offices("премьер")) is office


# A title beside the name of the body it serves, and the people a plural title names

def test_a_title_whose_owner_is_named_is_the_person_the_text_gave_that_title(linker):
    text = ("Spokesman Tomas Varga said on Monday that the ferry talks were over. "
            "Borealia's Foreign Ministry spokesman later said the delegation would leave on Friday.")
    assert claimants(text, linker)["Borealia's Foreign Ministry spokesman later said the delegation would leave on "
                                "Friday."] == "varga"


def test_a_title_whose_owner_is_named_and_nobody_holds_stays_with_the_owner(linker):
    text = ("The ferry talks ended on Monday. "
            "Borealia's foreign ministry spokesman said the delegation would leave on Friday.")
    assert claimants(text, linker)["Borealia's foreign ministry spokesman said the delegation would leave on "
                                "Friday."] != "varga"


@pytest.mark.parametrize("text, said", [
    ("Суд продлил арест Томаса Варги. «Ни одна улика не выдерживает проверки», полагают защитники.",
     "«Ни одна улика не выдерживает проверки», полагают защитники."),
])
def test_people_a_plural_title_names_after_the_verb_are_no_one_named_before(linker, text, said):
    assert claimants(text, linker)[said] is None


def test_a_singular_title_after_the_verb_is_the_person_named_after_it(linker):
    text = "Суд продлил арест Иво Драна. Жалоба будет подана до пятницы, сообщил защитник Томас Варга."
    assert claimants(text, linker)["Жалоба будет подана до пятницы, сообщил защитник Томас Варга."] == "varga"


def test_a_title_whose_owner_is_named_passes_over_a_holder_titled_with_another_owner(linker):
    text = ("Norvian spokesman Tomas Varga said on Monday that the ferry talks were over. "
            "Borealia's Foreign Ministry spokesman later said the delegation would leave on Friday.")
    assert claimants(text, linker)["Borealia's Foreign Ministry spokesman later said the delegation would leave on "
                                "Friday."] != "varga"


def test_a_title_two_people_hold_refers_to_the_one_who_spoke_last(linker):
    text = ("Адвокат Томас Варга выиграл дело о порте в Орлове. Варга ведёт такие дела двадцать лет, "
            "и Варгу в городе хорошо знают.\n\n"
            "Адвокат Иво Дран заявил, что сторона порта обжалует решение. "
            "Адвокат также сообщил, что жалобу подадут в мае.")
    out = claimants(text, linker)
    assert out["Адвокат также сообщил, что жалобу подадут в мае."] == "dran"


@pytest.mark.parametrize("text, said, who", [
    # a synonym of a title the text gave ("тренер" … "наставник") is that person's, not the player's named last
    ("Тренер «Северной звезды» Мира Орлен провела тренировку. Вратарь Иво Дран отразил два удара. "
     "— Команда сыграла собранно, — сказала наставник.",
     "— Команда сыграла собранно, — сказала наставник.", "orlen"),
    # a role the text gave one person ("гособвинитель") is that person's, not the defence's named last
    ("Государственный обвинитель Томас Варга зачитал обвинение. Адвокат Мира Орлен попросила отсрочку. "
     "Обвинитель заявил, что вина подсудимого доказана.",
     "Обвинитель заявил, что вина подсудимого доказана.", "varga"),
    ("Тренер «Северной звезды» Томас Варга провел разбор игры. Вратарь Иво Дран отразил пенальти. "
     "Голкипер отметил, что угадал направление удара.",
     "Голкипер отметил, что угадал направление удара.", "dran"),
    ("Midfielder Ivo Dran scored twice on Sunday. Coach Tomas Varga praised the defence. "
     "The midfielder said the pitch had been heavy.", "The midfielder said the pitch had been heavy.", "dran"),
    ("Prosecutor Tomas Varga read out the charges. Public defender Mira Orlen asked for a delay. "
     "\"My client was at home,\" the public defender said.", "My client was at home,\" the public defender said.",
     "orlen"),
    # no one the text gave that role: no one, not the coach named before
    ("Главный тренер «Северной звезды» Томас Варга остался недоволен игрой. "
     "Вратарь отметил, что защита действовала слишком медленно.",
     "Вратарь отметил, что защита действовала слишком медленно.", None),
    ("Prosecutor Tomas Varga read out the charges on Monday. Defense lawyer Mira Orlen asked for a delay. "
     "The goalkeeper said the team had trained at the harbour.",
     "The goalkeeper said the team had trained at the harbour.", None),
])
def test_a_role_refers_to_the_person_given_that_role_else_to_no_one_holding_another(linker, text, said, who):
    assert claimants(text, linker)[said] == who


@pytest.fixture(scope="module")
def registry():
    """The project's registry: invented people beside bodies and people it knows."""
    from pathlib import Path

    from claimsgraph.pipeline import make_linker

    return make_linker(Path(__file__).resolve().parent.parent / "ontology")


@pytest.mark.parametrize("verb, who", [
    # the spokeswoman named before for that ministry, the verb agreeing with her
    ("заявила", "Марина Вельсен"),
    # a verb of the other gender: another, unnamed voice of the ministry
    ("заявил", "МИД"),   # (as the text last wrote it)
])
def test_a_body_s_voice_is_the_person_named_before_with_that_title_for_that_body(registry, verb, who):
    text = ("Марина Вельсен, официальный представитель МИД Молдавии, прибыла во вторник в Тарвинск. "
            "В среду с ней встретился Сергей Лавров, министр иностранных дел России.\n\n"
            f"Представитель МИД {verb}, что переговоры о плотине продолжатся в мае.")
    assert speakers_as_written(text, registry)[-1] == who


def test_a_hyphenated_title_refers_back_as_a_whole_past_a_holder_of_the_other_gender(registry):
    """«Премьер-министр заявил»: the prime minister of the verb's gender, not no one (its tail «министр» is
    another office, which neither holds)."""
    text = ("Премьер-министр Армении Никол Пашинян прибыл во вторник в Тарвинск. "
            "Премьер-министр Молдавии Марина Вельсен в понедельник приветствовала визит. "
            "Премьер-министр в среду заявил, что переговоры о плотине продолжатся в мае.")
    assert speakers(text, registry, name="ru_t.txt")[-1] == "nikol-pashinyan"


@pytest.mark.parametrize("text, who", [
    # the head of a council named before by that title, past a president of the same gender named since
    ("Greta Holm, the head of the Vellmark water council, met Russian President Vladimir Putin on Tuesday. "
     "The council head said on Wednesday that the dam would be finished by spring.", "Greta Holm"),
    ("Vellmark water council head Piotr Sandel met Russian President Vladimir Putin on Tuesday.\n\n"
     "The head of the council said on Wednesday that the dam would be finished by spring.", "Piotr Sandel"),
    ("Галина Хольм, глава водного совета Молдавии, во вторник встретилась с президентом России Владимиром "
     "Путиным. Глава совета в среду заявила, что плотина будет достроена к весне.", "Галина Хольм"),
    # no one the text made a council's head: not the president it named
    ("Russian President Vladimir Putin visited Moscow on Tuesday. "
     "The committee head said on Wednesday that the dam would be finished by spring.", None),
])
def test_a_council_s_head_refers_back_to_the_person_titled_its_head_not_to_another_office(registry, text, who):
    name = "ru_t.txt" if "Глава" in text else "t.txt"
    assert speakers_as_written(text, registry, name=name)[-1] == who


def test_a_demonym_before_a_title_picks_the_holder_whose_title_names_that_place(registry):
    """Two foreign ministers: "the Tarnian minister" is the one titled "the foreign minister of Tarnia", though
    the other was named since; the registry's minister stays the one "the Russian minister" stands for."""
    opening = "Mara Velsen, the foreign minister of Tarnia, arrived in Vellmark on Monday for talks on the river. "
    said = "\n\nThe {} minister said on Wednesday that the dam would be finished by spring."
    text = opening + "Orlovian Foreign Minister Pavel Dorn welcomed the visit on Tuesday." + said.format("Tarnian")
    assert speakers_as_written(text, registry, name="t.txt")[-1] == "Mara Velsen"
    text = opening + "Russian Foreign Minister Sergei Lavrov welcomed the visit on Tuesday." + said.format("Russian")
    assert speakers(text, registry)[-1] == "sergey-lavrov"


@pytest.mark.parametrize("text, who", [
    # a title with its "of" phrase in a paragraph of its own: the person the text gave that office
    ("Teodor Kallis, the prime minister of Tarnia, toured the flooded valley on Monday.\n\n"
     "According to the head of government, the dams would hold until spring.", "Teodor Kallis"),
    # a registry person named bare: the person named before
    ("Nikol Pashinyan toured the flooded valley on Monday.\n\n"
     "According to the head of government, the dams would hold until spring.", "Nikol Pashinyan"),
    # no one given that office: no one, and no body named "the head of government"
    ("Tarnian President Ivo Dran toured the flooded valley on Monday.\n\n"
     "According to the head of government, the dams would hold until spring.", None),
])
def test_according_to_a_title_of_a_body_is_a_person_not_a_body_of_its_own(registry, text, who):
    assert speakers_as_written(text, registry, name="t.txt", kinds=("statement",))[-1] == who


@pytest.mark.parametrize("text, who", [
    # a registry person named bare: the title the registry gives them, past another person who spoke since
    ("Vladimir Putin reached the flooded valley on Monday. Tarnian opposition leader Mara Velsen said the levees "
     "were too low. \u201cThe dams will hold until spring,\u201d the president said.", "Vladimir Putin"),
    ("Nikol Pashinyan reached the flooded valley on Monday. Tarnian opposition leader Mara Velsen said the levees "
     "were too low.\n\nThe head of government said the dams would hold until spring.", "Nikol Pashinyan"),
    ("Sergei Lavrov reached the flooded valley on Monday. Tarnian opposition leader Teodor Kallis said the levees "
     "were too low. \u201cThe dams will hold until spring,\u201d the top diplomat said.", "Sergei Lavrov"),
    # an office the registry person only serves ("assistant to the president"): not theirs
    ("Hikmet Hajiyev reached the flooded valley on Monday. Tarnian opposition leader Teodor Kallis said the levees "
     "were too low. \u201cThe dams will hold until spring,\u201d the president said.", "Teodor Kallis"),
    ("Сергей Лавров в понедельник прибыл в затопленную долину. Лидер тарнийской оппозиции Олег Каллис заявил, "
     "что дамбы слишком низкие. «Плотины выдержат до весны», — заявил министр.", "Сергей Лавров"),
])
def test_a_title_goes_to_the_registry_person_holding_that_office_before_the_last_speaker(registry, text, who):
    name = "ru_t.txt" if "«" in text else "t.txt"
    assert speakers_as_written(text, registry, name=name, kinds=("statement",))[-1] == who


@pytest.mark.parametrize("text, who", [
    ("Mara Velsen toured the flooded valley on Monday. "
     "In the words of Teodor Kallis, the dams would hold until spring.", "Teodor Kallis"),
    ("Vladimir Putin toured the flooded valley on Monday. In the words of the Russian Foreign Ministry, "
     "the dams would hold until spring.", "Russian Foreign Ministry"),
])
def test_in_the_words_of_names_the_source_as_according_to_does(registry, text, who):
    assert speakers_as_written(text, registry, name="t.txt", kinds=("statement",))[-1] == who


def test_in_the_words_of_a_title_is_the_person_the_text_gave_that_office(linker):
    text = ("Ivo Dran, the defence minister of Borealia, toured the flooded valley on Monday. Opposition leader "
            "Mira Orlen said the levees were too low.\n\nIn the words of the defence minister, the dams would hold.")
    assert claimants(text, linker)["In the words of the defence minister, the dams would hold."] == "dran"

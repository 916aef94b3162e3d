"""A registry person's surname in the other gender's form (link._in_the_other_genders_form), or read as the other
gender's by the past verb it is the subject of (link._subject_of_the_other_genders_verb), with the feminine label such
a name keeps (names._CLAUSE_CLOSES); a royal's title before the name (PERSON_TITLES), and a title with one of the
names (names._short_forms); a Russian given name after a person's noun in the nominative
(names._nominative_person_noun); a man's surname that is a feminine noun (names._declines_as_a_feminine_noun); a
woman's undeclined surname before a man's past verb (attribution's _of_another_gender)."""
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


def _mentions(linker, text):
    doc = parse_document("l.txt", text.encode(), "text/plain")
    return [(m.entity, doc.text[m.span.start:m.span.end]) for m in linker.mentions(doc)]


def test_a_registry_mans_surname_in_the_feminine_is_not_him_even_after_his_full_name():
    """"Тревинской" reads first as an adjective; its readings as a surname are all feminine."""
    linker = Linker([Entity("oleg-trevinsky", "Oleg Trevinsky", "Person", (("Олег Тревинский", "ru"),),
                            (("Тревинский", "ru"), ("Oleg Trevinsky", "en")))])
    found = _mentions(linker, "Олег Тревинский приехал в Вельск. По словам Тревинской, паром продан.")
    assert found == [("oleg-trevinsky", "Олег Тревинский")]


def test_a_crown_princes_title_is_not_part_of_his_name(typed):
    text = ("Royal visit\n\nCrown Prince Tarek bin Vessan arrived in Vell on Monday for a two-day visit.\n")
    found, _ = typed(text, [("Crown Prince Tarek bin Vessan", "Person", 0)])
    assert found == {"Tarek bin Vessan": "Person"}


def test_a_title_and_one_of_a_persons_names_is_that_person(typed):
    text = ("Royal visit\n\nCrown Prince Tarek bin Vessan arrived in Vell on Monday.\n\n"
            "Prince Tarek, who met the mayor, said the visit would last two days.\n")
    found, mentions = typed(text, [("Crown Prince Tarek bin Vessan", "Person", 0), ("Prince Tarek", "Person", 1)])
    assert found == {"Tarek bin Vessan": "Person"}
    assert ("Prince Tarek", "Tarek bin Vessan") in mentions


def test_a_title_and_a_name_two_people_bear_stays_apart(typed):
    text = ("Council vote\n\nDana Velk and Tomas Velk sit on the council.\n\n"
            "Senator Velk said the vote would be held in May.\n")
    found, _ = typed(text, [("Dana Velk", "Person", 0), ("Tomas Velk", "Person", 0), ("Senator Velk", "Person", 0)])
    assert "Senator Velk" in found


def test_a_given_name_after_a_persons_noun_in_the_nominative_keeps_its_nominative(typed):
    """"Евгения" reads also as a man's genitive; after "спортсменка" it is a woman's name in the nominative."""
    text = ("Турнир в Вельске\n\nО планах на сезон спортсменка Евгения Тарвикян после турнира рассказала в эфире.\n")
    found, _ = typed(text, [("Евгения Тарвикян", "Person", 0)])
    assert found == {"Евгения Тарвикян": "Person"}


def test_a_mans_surname_that_is_a_feminine_noun_declines_as_that_noun(typed):
    text = ("Скандал в Вельске\n\nАктриса ответила на слухи о том, что ударила Олега Зиму на премьере.\n")
    found, _ = typed(text, [("Олега Зиму", "Person", 0)])
    assert found == {"Олег Зима": "Person"}


def test_a_womans_undeclined_surname_before_a_mans_verb_is_not_its_subject():
    from extracted import claims, speaker_of

    linker = Linker([Entity("tarvikian", "Anna Tarvikian", "Person", (("Анна Тарвикян", "ru"),),
                            (("Тарвикян", "ru"),), gender="femn"),
                     Entity("vetkin", "Oleg Vetkin", "Person", (("Олег Веткин", "ru"),), (("Веткин", "ru"),),
                            gender="masc")])
    said = claims("Анна Тарвикян заняла шестое место на турнире в Вельске.\n\n"
                  "Поддержку Тарвикян выразил министр спорта Олег Веткин.\n", linker)
    assert speaker_of(said, "Поддержку") != "tarvikian"


def test_an_undeclined_surname_before_a_neuter_verb_is_not_its_subject():
    from extracted import claims, speaker_of

    linker = Linker([Entity("tarvikian", "Anna Tarvikian", "Person", (("Анна Тарвикян", "ru"),),
                            (("Тарвикян", "ru"),))])
    said = claims("Анна Тарвикян открыла выставку керамики в Вельске.\n\n"
                  "О выставке Тарвикян в Вельске написало также городское агентство «Вельсинфо».\n", linker)
    assert speaker_of(said, "О выставке") not in (None, "tarvikian")


def _zorin():
    return Linker([Entity("pavel-zorin", "Pavel Zorin", "Person", (("Павел Зорин", "ru"),),
                          (("Зорин", "ru"), ("Pavel Zorin", "en")))])


def test_a_registry_mans_surname_read_as_a_womans_by_her_verb_is_not_him_anywhere_in_the_text():
    """"Зорина" is a man's genitive and a woman's nominative: as the subject of a feminine past verb, in a tag after a
    quotation's dash or opening a clause, it is a woman's, and so wherever the text writes it."""
    text = ("Новости\n\n«Паромная линия закрыта до весны», — сообщила Зорина на встрече с фермерами.\n\n"
            "Перенос рейсов на лето депутат Зорина тоже сочла ошибкой.\n")
    assert _mentions(_zorin(), text) == []
    assert _mentions(_zorin(), "Новости\n\nЗорина назвала перенос рейсов ошибкой.\n") == []


def test_a_registry_mans_surname_in_the_genitive_before_a_feminine_verb_is_still_him():
    assert _mentions(_zorin(), "Новости\n\nСлова Зорина подтвердила глава района.\n") == [("pavel-zorin", "Зорина")]
    assert _mentions(_zorin(), "Новости\n\n«Паромная линия закрыта», — сообщил Зорин.\n") == [("pavel-zorin", "Зорин")]


def test_a_womans_surname_after_a_feminine_verb_of_saying_and_before_a_preposition_keeps_its_feminine_form(typed):
    text = "Новости\n\n«Паромная линия закрыта до весны», — сообщила Вельмарова на встрече с фермерами.\n"
    found, _ = typed(text, [("Вельмарова", "Person", 0)])
    assert found == {"Вельмарова": "Person"}

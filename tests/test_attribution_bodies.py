"""Bodies as speakers: impersonal plurals, references back to a body, a body's documents (invented bodies)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

BODIES = [
    Entity("fr-defence", "Ministry of Defence of Fredonia", "Organization",
           pref_labels=(("Ministry of Defence of Fredonia", "en"),),
           alt_labels=(("Минобороны Фридонии", "ru"), ("Fredonian Defence Ministry", "en"))),
    Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),),
           alt_labels=(("«Кобра»", "ru"), ("Kobra", "en"))),
    Entity("ivan-krotov", "Ivan Krotov", "Person", pref_labels=(("Ivan Krotov", "en"), ("Иван Кротов", "ru"))),
    Entity("guard", "Ruritanian Guard", "Group", pref_labels=(("Ruritanian Guard", "en"),)),
    Entity("vela", "Vela & Sons", "Organization", pref_labels=(("Vela & Sons", "en"),)),
    Entity("alfa", "Alfa", "Person", pref_labels=(("Alfa", "en"),)),
    Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "en"),), alt_labels=(("НордНьюс", "ru"),)),
]


@pytest.fixture(scope="module")
def bodies():
    return Linker(BODIES)


def claimants(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.claimant) for c in extract(doc, linker).claims
            if c.kind != "quantity"]


@pytest.mark.parametrize("text", [
    "Министр Иван Кротов осмотрел склады на севере страны. Об этом сообщили в пятницу в Минобороны Фридонии.",
    "Министр Иван Кротов осмотрел склады на севере страны. Об этом сообщили утром в Минобороны Фридонии.",
])
def test_impersonal_plural_past_a_time_names_its_body(text, bodies):
    assert [c for _, c in claimants(text, bodies)] == ["fr-defence"]


def test_impersonal_plural_there_is_the_body_that_just_spoke(bodies):
    text = ("Министр Иван Кротов осмотрел склады. Об этом сообщили в Минобороны Фридонии.\n"
            "\"Склады осмотрены полностью. Замечаний к хранению нет\", - сообщили там.\n"
            "Там также отметили, что проверка продлится неделю.")
    assert [c for _, c in claimants(text, bodies)] == ["fr-defence"] * 4


def test_there_with_no_body_before_names_no_one(bodies):
    text = "В поселке Пятково прошел сход жителей. Там заявили, что дорогу не чинили десять лет."
    assert [c for _, c in claimants(text, bodies)] == [None, None]


def claims_with_figures(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(c.kind, c.claimant) for c in extract(doc, linker).claims]


@pytest.mark.parametrize("text", [
    "Kobra Holdings announced its plans for 2025 on Monday.",
    "The Fredonian Defence Ministry declared a state of alert on Nov. 21.",
    # a figure in a clause hung on the thing announced is no figure the announcement makes known
    "Kobra Holdings announced a freeze on hiring that will affect its 4,000 drivers.",
])
def test_announcing_or_declaring_a_thing_is_an_act(text, bodies):
    assert [c for _, c in claims_with_figures(text, bodies)] == [None]


def test_announcing_a_figure_makes_it_known(bodies):
    text = "Kobra Holdings on Tuesday announced a 15 percent rise in its yearly freight revenue."
    assert {c for _, c in claims_with_figures(text, bodies)} == {"kobra"}


@pytest.mark.parametrize("text, speaks", [
    ("Ivan Krotov has ruled the province since 2011, after his uncle stepped down.", False),
    ("Ivan Krotov ruled out a new deal with the dockers on Monday.", True),     # a particle: another verb, words
    ("Ivan Krotov ruled the evidence inadmissible on Monday.", True),            # a quality given the object
])
def test_ruling_a_country_is_an_act_ruling_something_out_or_a_quality_is_words(text, speaks, bodies):
    assert [c for _, c in claimants(text, bodies)] == (["ivan-krotov"] if speaks else [None])


def test_the_head_of_a_countrys_body_is_no_voice_of_the_country():
    ruritania = Linker([Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),))])
    out = claimants("Deal blocked\n\nThe boss of Ruritania's antitrust regulator defended its veto of the ferry "
                    "merger on Monday.", ruritania)
    assert len(out) == 1 and out[0][1] not in (None, "ruritania")


def test_a_name_in_a_relative_clause_on_the_subject_does_not_speak(bodies):
    text = ("Kobra Holdings cut jobs. The consumer goods maker, whose brands include Alfa and Gamma, said its "
            "sales fell in the spring.")
    assert [c for _, c in claimants(text, bodies)][1] == "kobra"    # the maker named before, not its brands
    text = "Kobra Holdings, whose brands include Alfa and Gamma, said its sales fell in the spring."
    assert [c for _, c in claimants(text, bodies)][0] == "kobra"


@pytest.mark.parametrize("text", [
    "Минобороны Фридонии проинформировало о пресечении попытки атаковать склады на севере.",
    "«Склады осмотрены полностью», — изложили в пресс-службе Минобороны Фридонии итоги проверки.",
])
def test_russian_verbs_of_informing_and_setting_out(text, bodies):
    assert [c for _, c in claimants(text, bodies)] == ["fr-defence"]


@pytest.mark.parametrize("text", [
    "Минобороны Фридонии рекомендует жителям севера не выходить из домов ночью.",
    "Минобороны Фридонии рекомендовало жителям севера не выходить из домов ночью.",
    "Минобороны Фридонии квалифицирует удар по складам как провокацию.",
])
def test_a_russian_verb_in_ovat_speaks_in_the_present_as_in_the_past(text, bodies):
    assert [c for _, c in claimants(text, bodies)] == ["fr-defence"]


@pytest.mark.parametrize("text, speaks", [
    ("Минобороны Фридонии объявило северный район зоной учений.", True),
    ("Минобороны Фридонии признало донесения о складах ложными.", True),
    ("Минобороны Фридонии объявило конкурс на поставку палаток.", False),     # an act: no judgement of the object
    ("Минобороны Фридонии признало свою ошибку.", False),
])
def test_a_russian_object_cast_as_something_in_the_instrumental_is_a_judgement_said(text, speaks, bodies):
    assert [c for _, c in claimants(text, bodies)] == (["fr-defence"] if speaks else [None])


@pytest.mark.parametrize("text", ["Минобороны Фридонии признаёт, что склады на севере пусты.",
                                  "Минобороны Фридонии признает, что склады на севере пусты."])
def test_a_russian_verb_in_avat_speaks_in_the_present_as_in_the_past(text, bodies):
    assert [c for _, c in claimants(text, bodies)] == ["fr-defence"]


def test_a_press_release_without_its_issuer_is_the_story_body(bodies):
    text = ("«Кобра» закончила год с прибылью. Как отмечается в пресс-релизе, продажи холдинга выросли, "
            "несмотря на холодную зиму.")
    assert [c for _, c in claimants(text, bodies)][-1] == "kobra"


def test_declaring_an_amount_stays_an_act(bodies):
    text = "Kobra Holdings cut jobs in May. Its board declared a dividend of 5 cents a share, payable in June."
    assert {c for _, c in claims_with_figures(text, bodies)} == {None}


def relayed(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(c.claimant, c.via) for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("outlet, via", [("a local outlet", ()), ("NordNews", ("nordnews",))])
def test_the_outlet_citing_a_source_is_the_subject_of_its_own_clause(outlet, via, bodies):
    text = (f"The Fredonian Defence Ministry condemned the moves of the Ruritanian Guard near the border, {outlet} "
            "informs, citing the Fredonian Defence Ministry.")
    assert relayed(text, bodies) == [("fr-defence", via)]


def test_an_outlet_named_after_its_verb_relays_the_source_it_cites(bodies):
    text = "Министр Иван Кротов побывал на севере. Об этом со ссылкой на Kobra Holdings передает НордНьюс."
    assert relayed(text, bodies) == [("kobra", ("nordnews",))]


def test_a_body_named_only_by_its_kind_is_the_body_named_in_full(bodies):
    text = ("The Fredonian Defence Ministry condemned the moves of the Ruritanian Guard near the border. "
            "The Defence Ministry insisted that this move breaks the truce.")
    assert [c for c, _ in relayed(text, bodies)] == ["fr-defence", "fr-defence"]


def test_a_body_named_only_by_its_kind_stays_itself_with_no_such_body_named(bodies):
    text = "Kobra Holdings said its sales fell. The Defence Ministry insisted that this move breaks the truce."
    out = [c for c, _ in relayed(text, bodies)]
    assert out[0] == "kobra" and out[1] not in (None, "kobra", "fr-defence")


@pytest.mark.parametrize("text", [
    "Kobra Holdings said its profit rose sharply. Как отмечает организация, завод работает в обычном режиме.",
    "Kobra Holdings said its profit rose sharply. The Vienna-listed firm added that orders grew too.",
])
def test_a_description_of_the_body_refers_back_to_it(text, bodies):
    assert [c for c, _ in relayed(text, bodies)] == ["kobra", "kobra"]


def test_a_name_joined_by_an_ampersand_is_one_speaker(bodies):
    text = "Vela & Sons, the maker of Alfa soap and Gamma razors, said its profit fell in the spring."
    (speaker, _), = relayed(text, bodies)
    assert speaker is not None and speaker.startswith("vela")     # the name, however the linker keys it
    assert [c for c, _ in relayed("Vela & Sons and Kobra Holdings said their profit fell.", bodies)] == [None]


@pytest.mark.parametrize("reference", [
    "This is said in a communiqué issued by the Fredonian Defence Ministry.",
    "This was stated in the communiqué of the Fredonian Defence Ministry about the words of Ivan Krotov.",
])
def test_a_backward_reference_to_a_statement_names_its_issuer(reference, bodies):
    text = f"Fredonia is concerned about the clashes on its southern border. {reference}"
    assert [c for c, _ in relayed(text, bodies)] == ["fr-defence"]


def test_a_concern_refers_back_to_the_body(bodies):
    text = "Kobra Holdings raised its output. В концерне отметили, что рост стал возможен после ремонта цехов."
    assert [c for c, _ in relayed(text, bodies)][-1] == "kobra"


def test_a_body_named_only_by_its_kind_is_the_body_the_text_names_in_full_later(bodies):
    text = ("Fredonia backs the truce on its southern border, the Defence Ministry said on Monday. "
            "“The Fredonian Defence Ministry calls for talks without delay,” the ministry added.")
    assert {c for c, _ in relayed(text, bodies)} == {"fr-defence"}


@pytest.mark.parametrize("sentence, expected", [
    ("The union said the strike would go on.", None),            # a kind of body no body named here is
    ("The company said the strike would go on.", "kobra"),       # a company is any body that just spoke
])
def test_a_description_of_a_kind_of_body_refers_back_only_to_a_body_of_that_kind(bodies, sentence, expected):
    text = f"Kobra Holdings said its profit fell by a third. {sentence}"
    out = dict(claimants(text, bodies))
    assert out[sentence] == expected


def speakers(text, linker):
    """Every claim's claimant label, the described bodies included."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = extract(doc, linker)
    labels = {**{e.key: e.label for e in linker.entities.values()}, **{e.key: e.label for e in out.new_entities}}
    return [labels.get(c.claimant) for c in out.claims]


@pytest.mark.parametrize("text, expected", [
    ("Nine people drowned in the floods, the government's rescue agency said on Monday.",
     "the government's rescue agency"),
    ("The river rose by two metres in a day, the weather office said.", "the weather office"),
    ("Two soldiers were wounded near the border, the army said in a statement.", "the army"),
    ("Ostrania will hold early elections in May, the presidential office said.", "the presidential office"),
])
def test_a_body_described_by_a_common_noun_speaks_as_a_body(text, expected, bodies):
    assert set(speakers(text, bodies)) == {expected}


def test_a_bare_description_after_a_description_is_that_body(bodies):
    text = ("Nine people drowned in the floods, the government's rescue agency said on Monday.\n\n"
            "Four people are still missing, the agency said in a report.")
    assert set(speakers(text, bodies)) == {"the government's rescue agency"}


def test_according_to_a_described_body_is_that_body_not_the_country(bodies):
    text = ("Ostrania will hold early elections in May, the presidential office said.\n\n"
            "According to the office, the date was agreed with parliament.")
    assert set(speakers(text, bodies)) == {"the presidential office"}


def test_a_description_whose_words_stand_in_a_named_body_is_that_body(bodies):
    text = ("The storm dropped 30 centimetres of rain near Lisk, according to the Ostranian Weather Service.\n\n"
            "In Dolna, a record was broken with 12 centimetres of rain in one day, the weather service reported.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = extract(doc, bodies)
    assert not out.new_entities or all(e.type != "Organization" or "Weather" in e.label for e in out.new_entities)
    assert len({c.claimant for c in out.claims}) == 1 and out.claims[0].claimant is not None


@pytest.mark.parametrize("text", [
    "Kobra Holdings cut its output by a tenth, the agency said.",    # a bare "agency" after a named body: that body
    "The police and the army said the roads were closed.",           # two bodies
    "According to the press service of the Fredonian Defence Ministry, the talks went well.",   # a voice, its body named
])
def test_no_described_body_where_a_body_is_named_or_several_speak(text, bodies):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [e.label for e in extract(doc, bodies).new_entities if e.label[:1].islower()] == []


@pytest.mark.parametrize("text, expected", [
    ("Бывший директор фонда останется под арестом. Об этом сообщили в пресс-службе районной прокуратуры.",
     "районная прокуратура"),
    ("В пресс-службе правительства области заявили, что дороги откроют к утру.", "правительство области"),
    ("Суд продлил арест директору завода. Как сообщили в пресс-службе городской прокуратуры, суд отклонил жалобу.",
     "городская прокуратура"),
])
def test_a_press_service_of_a_described_body_speaks_for_a_body_of_its_own(text, expected, bodies):
    assert speakers(text, bodies)[-1] == expected


def test_a_press_service_of_a_named_or_earlier_body_is_that_body(bodies):
    text = "Kobra Holdings raised its output. Об этом сообщили в пресс-службе компании."
    assert speakers(text, bodies) == ["Kobra Holdings"]
    text = "Министр Иван Кротов осмотрел склады. Об этом сообщили в пресс-службе Минобороны Фридонии."
    assert speakers(text, bodies) == ["Ministry of Defence of Fredonia"]


def test_a_time_before_a_body_governs_it_not(bodies):
    text = ("Глава города Ленска Петр Сомов арестован. Районный суд удовлетворил ходатайство.\n\n"
            "Об этом сообщил в пятницу Следственный комитет по округу.")
    assert set(speakers(text, bodies)) == {"Следственный комитет по округу"}


def test_a_description_with_fewer_words_is_the_earlier_description(bodies):
    text = ("According to the state flood relief department, 30 villages were cut off.\n\n"
            "Roads were closed in four districts, the flood relief department said.")
    assert set(speakers(text, bodies)) == {"the state flood relief department"}


def test_according_to_a_described_body_in_a_paragraph_without_a_verb_of_saying(bodies):
    text = "Heavy rains hit the coast.\n\nAccording to the flood relief agency, 300 families have been moved."
    assert speakers(text, bodies)[-1] == "the flood relief agency"


@pytest.mark.parametrize("text", [
    "Heavy rains hit the coast.\n\nThe bridge at Vellmar was closed overnight, according to police.",
    "Heavy rains hit the coast.\n\nAbout 300 families have been moved, according to police.",
])
def test_according_to_a_body_the_language_writes_with_no_article_in_a_paragraph_without_a_verb_of_saying(
        text, bodies):
    assert speakers(text, bodies)[-1:] == ["police"]


def test_a_described_body_with_a_phrase_of_where_it_said_it_speaks(bodies):
    text = "The ministry in a statement on Monday said the border was calm."
    assert speakers(text, bodies) == ["the ministry"]


def test_an_epithet_of_a_kind_of_body_after_a_body_spoke_is_that_body(bodies):
    text = ("Kobra Holdings said 40 stores would close.\n\n"
            "The retail agency said more than 900 workers would lose their jobs.")
    assert set(speakers(text, bodies)) == {"Kobra Holdings"}


def test_the_military_after_a_named_force_spoke_is_no_body_of_its_own(bodies):
    text = ("The Ruritanian Guard said two drones were shot down overnight.\n\n"
            "Three more were intercepted near the coast, the military said.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [e.label for e in extract(doc, bodies).new_entities if e.label[:1].islower()] == []


PLACES = [Entity("dorvik", "Dorvik", "Place", pref_labels=(("Dorvik", "en"),)),
          Entity("ostrania", "Ostrania", "Country", pref_labels=(("Ostrania", "en"),)),
          Entity("kobra-co", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),))]


@pytest.mark.parametrize("text, expected", [
    ("Heavy rain fell in the hills near Dorvik, the Dorvik meteorological centre said.",
     "the Dorvik meteorological centre"),
    ("Two rivers crossed the danger mark, the Dorvik flood control office said on Monday.",
     "the Dorvik flood control office"),
    ("Nine people drowned in the floods in Ostrania, the Ostrania disaster agency said.", "Ostrania disaster agency"),
])
def test_a_place_in_a_description_says_where_the_body_sits_not_who_speaks(text, expected):
    assert {label.removeprefix("the ") for label in speakers(text, Linker(PLACES))} == {expected.removeprefix("the ")}


def test_a_place_in_a_description_is_no_epithet_of_the_body_that_spoke_before():
    text = ("Kobra Holdings said its plant near Dorvik was shut.\n\n"
            "The Dorvik emergency response centre said 400 homes were without water.")
    assert speakers(text, Linker(PLACES))[-1] == "the Dorvik emergency response centre"


def test_a_body_named_inside_a_description_is_still_no_described_body():
    text = "Roads were closed near the coast, the Kobra Holdings relief office said."
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [e.label for e in extract(doc, Linker(PLACES)).new_entities if e.label[:1].islower()] == []


@pytest.mark.parametrize("text", [
    "Roads were closed in four districts, state disaster relief department said.",
    "Roads were closed in four districts, state disaster relief department said on Monday.",
])
def test_a_description_without_an_article_speaks_as_a_body(text, bodies):
    assert set(speakers(text, bodies)) == {"state disaster relief department"}


@pytest.mark.parametrize("text", [
    "Roads were closed in four districts, agency said.",          # a bare head, no description ("police said" is
    #                                                               a body: lang ARTICLELESS_BODY_HEADS, test_body_common_nouns)
    "Roads were closed in four districts, Kobra Holdings said.",
])
def test_no_description_without_an_article_from_a_bare_head_or_a_name(text, bodies):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [e.label for e in extract(doc, bodies).new_entities if e.label[:1].islower()] == []


# A person titled at a body after "according to", and an outlet giving someone's words

def test_according_to_a_body_s_titled_person_is_the_person(bodies):
    text = "Kobra Holdings opened a plant in May. Its sales will double next year, according to Vela & Sons chief " \
           "analyst Ivan Krotov."
    assert dict(relayed(text, bodies))["ivan-krotov"] == ()


@pytest.mark.parametrize("tail", ["слова защитника", "слова Ивана Кротова"])
def test_an_outlet_giving_someone_s_words_relays_the_one_who_said_them(tail, bodies):
    text = ("Склады Kobra Holdings закрыты, сообщил защитник компании Иван Кротов. "
            f"«Работы не будет до весны. Рабочие отправлены в отпуск», — приводит НордНьюс {tail}.")
    assert relayed(text, bodies)[-1] == ("ivan-krotov", ("nordnews",))


@pytest.mark.parametrize("sentence, body", [
    ("The company also warned of lower sales in the current quarter.", "kobra"),
    ("Kobra Holdings said repairs would be free. Kobra Holdings was fined in 2029 for late repairs, according to a "
     "statement from the ministry.", "fr-defence"),
])
def test_a_description_refers_back_to_a_body_of_its_kind(sentence, body, bodies):
    text = ("Kobra Holdings recalled its heaters on Monday after talks with the Ministry of Defence of Fredonia. "
            "The heaters may overheat, the ministry said. " + sentence)
    assert claimants(text, bodies)[-1][1] == body


def test_a_kind_of_body_refers_to_the_body_named_before_it_in_its_own_sentence(bodies):
    text = ("The Ministry of Defence of Fredonia said on Monday that orders had held up. Vela & Sons said it "
            "would hire. Kobra Holdings cut its forecast, and the firm said demand in the north had slowed.")
    assert claimants(text, bodies)[-1] == ("the firm said demand in the north had slowed.", "kobra")


def test_a_name_after_a_preposition_and_its_adjective_is_no_speaker_after_the_verb(bodies):
    text = "«Кобра» закрыла склады на ремонт до весны.\n\nОб этом компания сообщила в своём Telegram-канале."
    assert claimants(text, bodies)[0][1] == "kobra"



@pytest.mark.parametrize("text", [
    "The Ruritanian Water Agency announced eleven new leaks in the northern pipes on Friday.",
    "Vela & Sons announced 40 new stores on Monday.",
])
def test_a_body_announcing_a_count_says_it(text):
    from extracted import claims_all
    said = [who for _, who in claims_all("News\n\n" + text, Linker(BODIES))]
    assert said and all(who is not None for who in said)


def test_a_body_announcing_a_thing_it_does_still_acts():
    from extracted import claims_all
    said = [who for _, who in claims_all("News\n\nVela & Sons announced its plans for the harbour.", Linker(BODIES))]
    assert said == [None]

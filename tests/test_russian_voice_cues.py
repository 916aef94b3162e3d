"""Russian speakers named around what they say: a horizontal bar (U+2015) as the dash of direct speech, a sentence
that points back with "это" or "таким мнением", a summing-up tag, an outlet that "писал"; and a dashed paragraph on
the road read as no greeting (invented people, places and outlets)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims_all, speaker_of

NORDNEWS = Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "ru"), ("NordNews", "en")))


@pytest.fixture(scope="module")
def with_outlet():
    return Linker(CAST + [NORDNEWS])


def test_a_bar_inside_a_quotation_is_a_said_tag_like_a_dash(cast):
    out = claims_all("Томас Варга приехал в село Заречье во вторник.\n\n"
                     "«Паром через реку пустят уже в мае, ― сказал Варга. ― Причал тоже построят летом».\n\n"
                     "Жители села рады новостям о пароме.", cast)
    assert speaker_of(out, "пустят уже в мае") == "varga"
    assert speaker_of(out, "Причал тоже построят") == "varga"


def test_paragraphs_opened_by_a_bar_are_an_interviews_turns(cast):
    out = claims_all("Корреспондент встретился с Мирой Орлен в Бореалии.\n\n"
                     "― Когда пустят паром через реку?\n\n"
                     "― Паром через реку пустят уже в мае этого года.\n\n"
                     "― А что будет с причалом?\n\n"
                     "― Причал построят летом или осенью.", cast)
    assert speaker_of(out, "пустят уже в мае") == "orlen"
    assert speaker_of(out, "построят летом") == "orlen"


def test_a_dashed_sentence_on_the_road_is_no_greeting(cast):
    out = claims_all("Томас Варга рассказал о ремонте.\n\n"
                     "— Паром через реку пустят уже в мае этого года, — сказал Варга.\n\n"
                     "— Дорогу до районного центра починят летом или осенью, — добавил он.", cast)
    assert speaker_of(out, "Дорогу до районного центра") == "varga"


@pytest.mark.parametrize("pointer", ["Это подчеркнул министр Томас Варга.",
                                     "Это сказал Томас Варга, отвечая на вопросы журналистов.",
                                     "Таким мнением поделился с NordNews министр Томас Варга."])
def test_a_sentence_pointing_back_with_this_names_who_said_what_went_before(pointer, with_outlet):
    out = claims_all(f"Паром через реку пустят в мае. Скорее всего, причал достроят к осени. {pointer}", with_outlet)
    assert speaker_of(out, "пустят в мае") == "varga"
    assert speaker_of(out, "достроят к осени") == "varga"


def test_this_before_another_verb_points_back_to_nothing(cast):
    out = claims_all("Паром через реку пустят в мае. Это решение приняла Мира Орлен.", cast)
    assert speaker_of(out, "пустят в мае") is None


def test_a_summing_up_tag_names_the_speaker(cast):
    out = claims_all("Эти причины исключают снижение пошлин к марту, подытожила Мира Орлен.", cast)
    assert speaker_of(out, "снижение пошлин") == "orlen"


def test_an_outlet_that_wrote_in_the_past_reports_its_clause(with_outlet):
    out = claims_all("Накануне NordNews писал, что встреча министров состоится в Бореалии.", with_outlet)
    assert speaker_of(out, "встреча министров") == "nordnews"


def test_writing_poems_in_the_past_reports_nothing(cast):
    out = claims_all("Томас Варга писал стихи в юности.", cast)
    assert speaker_of(out, "стихи в юности") is None


def test_a_pronoun_after_the_tags_verb_is_its_subject_not_an_outlet_named_after_it(with_outlet):
    out = claims_all("Бореалия не следит за соседями, подчеркнул министр Томас Варга.\n\n"
                     "\"Понятия не имею, - ответил он на вопрос корреспондента NordNews о тех записях. "
                     "- Кто-то следит, но не мы\".", with_outlet)
    assert speaker_of(out, "Кто-то следит") == "varga"


def test_a_straight_mark_right_after_the_opening_one_quotes_inside_the_quotation(cast):
    out = claims_all("Томас Варга ответил на публикации в прессе.\n\n"
                     "«\"Слухи опять не подтвердились\". Советую не читать такие заметки»,— отметил господин Варга "
                     "в комментарии.", cast)
    assert speaker_of(out, "Слухи опять") == "varga"


CAPITALS = CAST + [Entity("velmora", "Velmora", "Place", pref_labels=(("Velmora", "en"), ("Вельмора", "ru")))]


@pytest.mark.parametrize("opening, expected", [("На прошлой неделе Вельмора", "velmora"),
                                               ("Накануне вечером Вельмора", "velmora"),
                                               ("Посол Бореалии в Вельморе", None)])
def test_a_capital_after_a_circumstance_of_time_speaks_for_its_government(opening, expected):
    out = claims_all(f"Текст договора пока не опубликован. {opening} заявила, что соседи должны снять пошлины.",
                     Linker(CAPITALS))
    assert speaker_of(out, "снять пошлины") == expected




@pytest.mark.parametrize("title, expected", [("Депутат", "nordnews"),
                                             ("Официальный представитель министерства Бореалии", "nordnews"),
                                             ("Пресс-секретарь мэрии Вельморы", "varga")])
def test_a_spokesperson_of_a_name_is_a_person_named_before_only_if_titled_with_that_name(title, expected):
    out = claims_all(f"{title} Томас Варга прокомментировал слухи о пароме.\n\n"
                     "Позднее NordNews со ссылкой на представителя Вельморы сообщил, что рейсы отменят.",
                     Linker(CAPITALS + [NORDNEWS]))
    assert speaker_of(out, "рейсы отменят") == expected


VETLUGIN = Entity("vetlugin", "Sergei Vetlugin", "Person", pref_labels=(("Sergei Vetlugin", "en"),
                                                                         ("Сергей Ветлугин", "ru")))


def test_a_known_persons_given_name_before_another_surname_is_someone_else():
    out = claims_all("Министр Сергей Ветлугин прилетел в Вельмору. Министр Сергей Зябликов заявил, что визит "
                     "продлится два дня.", Linker(CAPITALS + [VETLUGIN]))
    assert speaker_of(out, "визит продлится") not in (None, "vetlugin")

"""Page layouts: transcripts with long, early or lone labels or printed on one line, live pages' time stamps and
closing sources, a press release's footer on its issuer. Invented names and sentences."""
import pytest

from claimsgraph.ingest import parse_document, split_boilerplate
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, claims_all

ENTITIES = [
    Entity("hale", "Mara Hale", "Person", pref_labels=(("Mara Hale", "en"), ("Мара Хейл", "ru")),
           alt_labels=(("Hale", "en"), ("Хейл", "ru"))),
    Entity("vell", "Jon Vell", "Person", pref_labels=(("Jon Vell", "en"), ("Йон Велл", "ru")),
           alt_labels=(("Vell", "en"), ("Велл", "ru"))),
    Entity("vexa", "Vexa Holdings", "Organization", pref_labels=(("Vexa Holdings", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def test_a_long_label_of_a_title_and_the_name_it_ends_with(linker):
    text = ("Transcript: Jon Vell talks to Mara Hale\n\n"
            "Jon Vell: You said the tariffs would fall. When?\n\n"
            "Northland Deputy Trade Minister Mara Hale: The tariffs will fall in the spring.\n\n"
            "The ports are ready for it.")
    out = dict(claims(text, linker))
    assert out["The tariffs will fall in the spring."] == "hale"
    assert out["The ports are ready for it."] == "hale"


def test_a_long_label_that_does_not_end_with_a_name_names_no_speaker(linker):
    text = ("Jon Vell: The harbour is closed tonight.\n\n"
            "Mara Hale: The ferries wait in the bay.\n\n"
            "Crews Who Met Jon Vell In The Harbour Office: The cranes stood still all week.")
    out = dict(claims(text, linker))
    assert out.get("The cranes stood still all week.") != "vell"


def test_after_an_unlabelled_question_the_one_who_answered_answers_again(linker):
    text = ("Transcript: Jon Vell talks to Mara Hale\n\n"
            "Jon Vell: You said the tariffs would fall. When?\n\n"
            "Mara Hale: The tariffs will fall in the spring.\n\n"
            "Will the ports cope with the extra trade?\n\n"
            "They have enough cranes for all of it.")
    out = dict(claims(text, linker))
    assert "Will the ports cope with the extra trade?" not in out
    assert out["They have enough cranes for all of it."] == "hale"


def test_after_an_unlabelled_question_the_asker_does_not_answer(linker):
    text = ("Jon Vell: The tariffs fell in the spring. Did they help?\n\n"
            "Mara Hale: The ports are busier than ever.\n\n"
            "Jon Vell: The unions are unhappy. Will they strike?\n\n"
            "Will the ferries run?\n\n"
            "The ferries run every hour.")
    out = dict(claims(text, linker))
    assert out["The ferries run every hour."] != "vell"


def test_a_host_label_before_her_name_is_given_is_hers():
    text = ("Особое мнение\n"
            "Т.КАРЕЛИНА: Добрый вечер. В студии Татьяна Карелина. У нас в гостях Пётр Карев, редактор журнала.\n"
            "П.КАРЕВ: Здравствуйте.\n"
            "Т.КАРЕЛИНА: Мосты в городе строят быстро.\n"
            "П.КАРЕВ: Мост через реку откроется в мае.")
    out = dict(claims(text, Linker([])))
    host = out["Мосты в городе строят быстро."]
    assert host is not None
    assert out["У нас в гостях Пётр Карев, редактор журнала."] == host


def test_initials_of_a_named_person_label_her_turn_even_alone(linker):
    text = ("Мы посмотрели трансляцию вместе с Марой Хейл, инженером порта.\n\n"
            "МХ: Жду, что мост откроют весной. Паромы ходят редко.\n\n"
            "Цены на билеты растут, а зарплаты нет.")
    out = dict(claims(text, linker))
    assert out["Жду, что мост откроют весной."] == "hale"
    assert out["Цены на билеты растут, а зарплаты нет."] == "hale"


def test_a_transcript_printed_on_one_line_is_cut_at_its_labels(linker):
    text = ("Мара Хейл: Добрый вечер. Сегодня говорим о мостах. Йон Велл: Мост откроется в мае. "
            "Мара Хейл: А паромы? Йон Велл: Паромы пойдут летом. Мара Хейл: Спасибо.")
    body, _ = split_boilerplate(text)
    assert [text[p.start:p.end] for p in body][:2] == ["Мара Хейл: Добрый вечер. Сегодня говорим о мостах.",
                                                        "Йон Велл: Мост откроется в мае."]
    out = dict(claims(text, linker))
    assert out["Мост откроется в мае."] == "vell"
    assert out["Сегодня говорим о мостах."] == "hale"


def test_a_label_after_its_initial_is_not_cut_from_it():
    text = ("Т. КАРЕЛИНА: Добрый вечер. В студии Пётр Карев.\n\nП. КАРЕВ: Добрый вечер!\n\n"
            "Т. КАРЕЛИНА: Мосты строят быстро. Паромы ходят редко.\n\nП. КАРЕВ: Мост откроется в мае.")
    body, _ = split_boilerplate(text)
    assert [text[p.start:p.end][:4] for p in body] == ["Т. К", "П. К", "Т. К", "П. К"]


def test_a_label_met_once_after_a_sentence_does_not_cut_a_paragraph():
    text = "The talks ended late. Mara Hale: the port stays shut. Then the ferries left.\n\nThe crews went home."
    body, _ = split_boilerplate(text)
    assert len(body) == 2


def test_a_live_pages_time_stamps_are_no_figures(linker):
    text = ("Port strike: at a glance\n\n"
            "0020 Council meeting ends in Nordport after midnight.\n\n"
            "0110 Jon Vell condemns the vote in a short statement.\n\n"
            "0245 Explosions are heard over the port.\n")
    out = claims_all(text, linker)
    assert all(not quote[:1].isdigit() for quote, _ in out)
    assert ("Jon Vell condemns the vote in a short statement.", "vell") in out


def test_a_chronology_of_years_has_no_time_stamps():
    from claimsgraph.ingest import entry_stamps
    text = ("Key dates\n\n1914 The war begins in the north.\n\n1917 The old regime falls.\n\n"
            "1920 The new republic signs the treaty.\n")
    assert entry_stamps(parse_document("t.txt", text.encode(), "text/plain")) == []


def test_a_live_entry_closing_with_its_source_is_the_sources(linker):
    text = ("Port strike – live\n\n"
            "13:16 GMT – The port will stay shut until Friday – Vexa Holdings.\n\n"
            "13:03 GMT – The ferries are running late – Mara Hale.\n\n"
            "12:50 GMT – Crowds gather at the gates of the port.\n")
    out = dict(claims(text, linker))
    assert out["The port will stay shut until Friday – Vexa Holdings."] == "vexa"
    assert out["The ferries are running late – Mara Hale."] == "hale"
    assert out["Crowds gather at the gates of the port."] is None


def test_a_dash_and_a_name_closing_a_plain_paragraph_is_no_source(linker):
    text = ("The prize went to a young engineer.\n\n"
            "The jury chose its youngest winner yet – Mara Hale.\n\n"
            "The ceremony ended late.\n")
    out = dict(claims(text, linker))
    assert out["The jury chose its youngest winner yet – Mara Hale."] is None


ARTICLE = {
    "en": ("Vexa Holdings to open a crane plant\n\n"
           "NORDPORT – Vexa Holdings said on Monday it will open a crane plant in the north.\n\n"
           "The plant will start work in the spring.\n\n"),
    "ru": ("Векса открывает завод\n\n"
           "НОРДПОРТ, 3 марта. Компания «Векса» в понедельник объявила, что откроет завод кранов на севере.\n\n"
           "Завод начнёт работу весной.\n\n"),
}


@pytest.mark.parametrize("lang, heading, about", [
    ("en", "About Vexa Holdings", "Vexa Holdings makes cranes for ports and has offices in ten countries."),
    ("en", "About the Company", "Vexa Holdings makes cranes for ports and has offices in ten countries."),
    ("ru", "О компании «Векса»", "«Векса» производит краны для портов и работает в десяти странах."),
])
def test_a_press_releases_footer_on_its_issuer_is_furniture(linker, lang, heading, about):
    text = f"{ARTICLE[lang]}{heading}\n\n{about} It was founded by engineers.\n"
    quotes = [quote for quote, _ in claims_all(text, linker)]
    assert len(quotes) == 2
    assert not any(about[10:30] in quote for quote in quotes)


def test_an_interviews_intro_in_the_first_person_naming_the_interviewee_is_the_reporters(linker):
    text = ("Мост будет\n\n"
            "Инженер Мара Хейл рассказала газете о планах порта. С Марой Хейл мы побеседовали в кулуарах форума.\n\n"
            "Мы построим мост за два года.\n")
    out = dict(claims(text, linker))
    assert out["С Марой Хейл мы побеседовали в кулуарах форума."] is None
    assert out["Мы построим мост за два года."] == "hale"

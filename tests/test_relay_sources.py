"""Who speaks when an outlet passes words on: the source it names, cites or quotes, with the outlet as relay."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "ru"), ("NordNews", "en"))),
    Entity("vexwire", "Vexwire", "Organization", pref_labels=(("Vexwire", "en"),)),
    Entity("fisheries", "Ostravian Ministry of Fisheries", "Organization",
           pref_labels=(("Ostravian Ministry of Fisheries", "en"),)),
    Entity("minagro", "Министерство сельского хозяйства Остравии", "Organization",
           pref_labels=(("Министерство сельского хозяйства Остравии", "ru"),)),
    Entity("minfin", "Минфин Остравии", "Organization", pref_labels=(("Минфин Остравии", "ru"),)),
    Entity("orlin", "Pavel Orlin", "Person", pref_labels=(("Pavel Orlin", "en"), ("Павел Орлин", "ru")),
           alt_labels=(("Orlin", "en"), ("Орлин", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def relayed(text, linker):
    """Each claim's text, claimant and relays."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.claimant, c.via) for c in extract(doc, linker).claims
            if c.kind != "quantity"]


def last(text, linker):
    """The claimant and relays of the text's last claim."""
    return relayed(text, linker)[-1][1:]


def test_an_outlet_opening_with_according_to_relays_the_speaker_after_it(linker):
    text = "According to Vexwire, the Ostravian Ministry of Fisheries said the harbour at Vell will stay shut."
    assert last(text, linker) == ("fisheries", ("vexwire",))


def test_an_outlet_citing_the_statement_relays_its_issuer(linker):
    text = ("The Ostravian Ministry of Fisheries issued a statement on Monday. "
            "\"Trawlers must stay in the harbour until the gale ends,\" Vexwire reported citing the statement.")
    assert last(text, linker) == ("fisheries", ("vexwire",))


def test_a_person_citing_a_report_still_speaks(linker):
    text = ("The Ostravian Ministry of Fisheries closed the harbour. "
            "The harbour is shut, Pavel Orlin said, citing the ministry's report.")
    assert last(text, linker) == ("orlin", ())


def test_an_outlet_that_gives_the_words_after_according_to_relays_the_speaker(linker):
    text = ("Павел Орлин заявил, что мост через Ведь закроют. По его словам, которые приводит NordNews, ремонт "
            "продлится до весны.")
    assert last(text, linker) == ("orlin", ("nordnews",))


def test_an_outlet_recalling_what_a_body_said_earlier_relays_the_body(linker):
    text = "Ранее в Минфине Остравии отвергли слухи о новом налоге, напоминает NordNews."
    assert last(text, linker) == ("minfin", ("nordnews",))


def test_an_outlet_citing_a_bodys_press_service_relays_the_body(linker):
    text = ("Министерство сельского хозяйства Остравии проверило склады. "
            "Зерна хватит до весны, сообщает NordNews со ссылкой на пресс-службу министерства.")
    assert last(text, linker) == ("minagro", ("nordnews",))


def test_an_outlet_quoting_a_bodys_statement_relays_the_body(linker):
    text = ("Министерство сельского хозяйства Остравии опубликовало заявление. "
            "«Зерна хватит до весны», — цитирует NordNews заявление министерства.")
    assert last(text, linker) == ("minagro", ("nordnews",))


def test_an_outlet_quoting_a_persons_words_relays_the_person(linker):
    text = "Министр Павел Орлин выступил в парламенте. «Зерна хватит до весны», — цитирует NordNews слова министра."
    assert last(text, linker) == ("orlin", ("nordnews",))


def test_the_publication_is_the_outlet_that_reported_last(linker):
    text = ("В правительстве Остравии обсуждают новый налог. Об этом пишет газета NordNews со ссылкой на источники. "
            "По данным издания, налог введут весной.")
    assert last(text, linker) == ("nordnews", ())


def test_the_ministry_after_an_outlets_report_is_the_ministry_named_by_its_short_name(linker):
    text = ("Минфин Остравии не будет вводить налог. Проект не предусматривает проверок, передает NordNews. "
            "Главной задачей остается рост экспорта, отметили в министерстве.")
    assert last(text, linker) == ("minfin", ())


def test_a_note_that_an_outlet_reported_it_relays_the_speaker_before(linker):
    out = relayed("The Ostravian Ministry of Fisheries called the quota unfair. This is reported by Vexwire.", linker)
    assert out == [("The Ostravian Ministry of Fisheries called the quota unfair.", "fisheries", ("vexwire",))]


def test_a_note_that_an_outlet_reported_unattributed_news_makes_it_the_source(linker):
    out = relayed("A gale closed the harbour at Vell. This was reported by Vexwire.", linker)
    assert [(who, via) for _, who, via in out] == [("vexwire", ())]


def test_a_note_that_an_outlet_quoted_a_persons_words_relays_them(linker):
    out = relayed("Pavel Orlin said the harbour will reopen in May. His words were quoted by Vexwire.", linker)
    assert out == [("Pavel Orlin said the harbour will reopen in May.", "orlin", ("vexwire",))]


def test_an_outlet_named_as_whose_affiliate_another_is_no_second_relay(linker):
    text = "The harbour at Vell will stay shut until May, NordNews affiliate Vexwire reported."
    assert last(text, linker) == ("vexwire", ())


def test_two_outlets_side_by_side_are_still_no_one_claimant(linker):
    text = "The harbour at Vell will stay shut until May, NordNews and Vexwire reported."
    assert last(text, linker)[0] is None


@pytest.mark.parametrize("tag", ["said minister Pavel Orlin, Vexwire reports",
                                 "said Ostravia's fisheries minister Pavel Orlin, Vexwire reports"])
def test_an_inverted_said_tag_before_an_outlets_report_is_the_speakers(linker, tag):
    text = f"The harbour at Vell will stay shut until the spring storms are over, {tag}."
    assert last(text, linker) == ("orlin", ("vexwire",))

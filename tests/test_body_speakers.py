"""Bodies as speakers in institution and company news: a body referred to by its kind (invented bodies)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.extract.attribution import public_label
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

BODIES = [
    Entity("nbf", "National Bank of Fredonia", "Organization", pref_labels=(("National Bank of Fredonia", "en"),),
           alt_labels=(("NBF", "en"),)),
    Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),),
           alt_labels=(("Kobra", "en"),)),
]


@pytest.fixture(scope="module")
def bodies():
    return Linker(BODIES)


def claimants(text, linker, figures=True):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if figures or c.kind != "quantity"]


@pytest.mark.parametrize("text", [
    "Governors at the National Bank of Fredonia held the lending rate at 8 percent, the central bank said.",
    "Governors at the National Bank of Fredonia held the lending rate, the bank said on its web page.",
])
def test_a_kind_of_body_after_the_verb_is_the_body_named_before_it_in_the_sentence(text, bodies):
    assert set(claimants(text, bodies)) == {"nbf"}


def test_a_kind_of_body_names_no_body_of_another_kind_in_the_sentence(bodies):
    text = "Kobra Holdings cut its prices by 8 percent, the court said."
    assert "kobra" not in claimants(text, bodies)


def test_the_regulator_is_the_central_bank_named_before(bodies):
    text = ("The National Bank of Fredonia raised its rate on Monday. "
            "If prices rise further, the bank is ready to act again, the regulator said.")
    assert claimants(text, bodies, figures=False)[-1] == "nbf"


def test_the_regulator_after_only_a_company_is_a_body_of_its_own(bodies):
    text = "Kobra Holdings raised its prices on Monday. Prices may rise again next year, the regulator said."
    assert claimants(text, bodies, figures=False)[-1] not in (None, "kobra")


def test_the_company_is_not_a_central_bank(bodies):
    text = ("The National Bank of Fredonia raised its rate on Monday. Kobra Holdings cut jobs. "
            "The company said its sales fell.")
    assert claimants(text, bodies, figures=False)[-1] == "kobra"


@pytest.mark.parametrize("label, public", [
    ("National Bank of Fredonia", True), ("Central Bank of Ruritania", True), ("Ministry of Finance", True),
    ("Kobra Holdings", False), ("Vela Savings Bank", False),
])
def test_a_central_bank_is_a_public_body(label, public):
    assert public_label(label) is public


@pytest.fixture(scope="module")
def carriers():
    return Linker([
        Entity("vela-air", "Vela Airlines", "Organization", pref_labels=(("Vela Airlines", "en"),)),
        Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "en"),)),
    ])


def test_a_description_is_the_body_whose_label_says_what_it_is_not_the_outlet_that_spoke(carriers):
    text = ("Hundreds of Vela Airlines flights were canceled on Monday. Some 300 flights were hit on Tuesday, "
            "NordNews reported.\n\nThe airline said its crews would fly the missing routes by Friday.")
    assert claimants(text, carriers, figures=False)[-1] == "vela-air"


def test_a_generic_description_is_still_the_body_that_just_spoke(carriers):
    text = ("Hundreds of Vela Airlines flights were canceled on Monday. NordNews said the delays would last.\n\n"
            "The company said it would add pages on the delays.")
    assert claimants(text, carriers, figures=False)[-1] == "nordnews"


@pytest.fixture(scope="module")
def russian_bodies():
    return Linker([
        Entity("nbf", "National Bank of Fredonia", "Organization",
               pref_labels=(("National Bank of Fredonia", "en"), ("Национальный банк Фридонии", "ru"))),
        Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),),
               alt_labels=(("«Кобра»", "ru"),)),
    ])


@pytest.mark.parametrize("text", [
    "Национальный банк Фридонии сохранил ставку. Регулятор ожидает, что инфляция замедлится до 4%.",
    "Национальный банк Фридонии сохранил ставку на уровне 8%. Об этом говорится в пресс-релизе регулятора.",
    "Национальный банк Фридонии сохранил ставку на уровне 8%, говорится в сообщении регулятора.",
])
def test_russian_regulator_is_the_central_bank_named_before(text, russian_bodies):
    assert claimants(text, russian_bodies)[-1] == "nbf"


def test_russian_regulator_is_never_a_company(russian_bodies):
    text = "«Кобра» сократила штат. Регулятор ожидает, что инфляция замедлится до 4%."
    assert claimants(text, russian_bodies)[-1] is None


def test_russian_according_to_a_company_report(russian_bodies):
    text = "«Кобра» сократила штат. Согласно отчету компании, выручка выросла на 5%."
    assert claimants(text, russian_bodies)[-1] == "kobra"


def test_an_organ_of_a_body_stands_for_the_body():
    from claimsgraph.extract.attribution import Discourse
    types = {"board": "Organization", "bank": "Organization", "board2": "Organization", "alone": "Organization"}
    labels = {"board": "Bank of Fredonia Board of Directors", "bank": "Bank of Fredonia",
              "board2": "Board of Governors of the Bank of Fredonia", "alone": "Kobra Board"}
    d = Discourse(types, labels)
    assert [d.body_of_organ(k) for k in ("board", "board2", "bank", "alone")] == ["bank", "bank", "bank", "alone"]


def test_the_regulator_after_the_board_of_a_bank_is_the_bank():
    linker = Linker([
        Entity("bof", "Bank of Fredonia", "Organization", pref_labels=(("Bank of Fredonia", "en"),)),
        Entity("bof-board", "Bank of Fredonia Board of Directors", "Organization",
               pref_labels=(("Bank of Fredonia Board of Directors", "en"),)),
    ])
    text = ("The Bank of Fredonia Board of Directors left the lending rate alone on Friday, the regulator said. "
            "Prices rose in May, the Bank of Fredonia noted.")
    assert claimants(text, linker, figures=False)[0] == "bof"

"""A statement named as the source of what a sentence says: its issuer speaks (invented bodies and people)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru"))),
    Entity("water-council", "Borealian Water Council", "Organization",
           pref_labels=(("Borealian Water Council", "en"), ("Водный совет Бореалии", "ru"))),
    Entity("nordwire", "Nordwire", "Organization", pref_labels=(("Nordwire", "en"), ("Нордвайр", "ru"))),
    Entity("ruritel", "Ruritel", "Organization", pref_labels=(("Ruritel", "en"), ("Руритель", "ru"))),
]
LEAD = "Новости совета\n\nСовет рассмотрел жалобу на ремонт плотины в понедельник.\n\n"


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claims(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    return [(doc.text[c.span.start:c.span.end], c.claimant, c.via) for c in x.claims
            if c.span.start >= len(LEAD) - 2 and c.kind != "quantity"]


def test_the_issuer_named_before_the_verb_of_a_statement_speaks(linker):
    out = claims(LEAD + "В заявлении Водного совета Бореалии говорится, что плотина у Орлова надёжна.", linker)
    assert [who for _, who, _ in out] == ["water-council"]


def test_a_quotation_a_statement_introduces_is_its_issuers(linker):
    out = claims(LEAD + "В заявлении Водного совета Бореалии говорится: «Плотина у Орлова надёжна. "
                        "Ремонт северного водосброса завершён».", linker)
    assert [who for _, who, _ in out] == ["water-council", "water-council"]


def test_an_outlet_passing_a_statement_on_relays_its_issuer(linker):
    out = claims(LEAD + "Как сообщает Нордвайр, в заявлении Водного совета Бореалии говорится: «Плотина у Орлова "
                        "надёжна. Ремонт северного водосброса завершён».", linker)
    assert [(who, via) for _, who, via in out] == [("water-council", ("nordwire",))] * 2


def test_an_outlet_alone_still_reports_on_its_own(linker):
    out = claims(LEAD + "Как сообщает Нордвайр, плотина у Орлова надёжна.", linker)
    assert [who for _, who, _ in out] == ["nordwire"]


def test_according_to_a_statement_its_issuer_speaks(linker):
    out = claims(LEAD + "Согласно заявлению Томаса Варги, ремонт плотины у Орлова завершён.", linker)
    assert [who for _, who, _ in out] == ["varga"]


def test_his_statement_is_the_person_named_before(linker):
    out = claims(LEAD + "Томас Варга выступил в понедельник. «Ремонт плотины обошёлся дорого. Но затворы теперь "
                        "надёжны», — говорится в его заявлении.", linker)
    assert [who for t, who, _ in out if "затвор" in t or "Ремонт" in t] == ["varga", "varga"]


def test_the_holdings_statement_is_the_company_that_spoke(linker):
    out = claims(LEAD + "Руритель закрыл два завода в Орлове. Доля Орлова в выручке компании незначительна. "
                        "Об этом в четверг говорится в заявлении холдинга.", linker)
    assert [who for t, who, _ in out if t.startswith("Доля")] == ["ruritel"]


def test_a_statement_named_without_its_issuer_names_no_one(linker):
    out = claims(LEAD + "В заявлении, опубликованном в понедельник, плотина названа надёжной.", linker)
    assert [who for _, who, _ in out] == [None]


@pytest.mark.parametrize("frame", [
    "Как передает Нордвайр, об этом заявил Томас Варга на пресс-конференции.",
    "Как сообщает Нордвайр, об этом сказал Томас Варга, отвечая на вопрос о ремонте.",
])
def test_a_backward_frame_after_an_outlets_clause_covers_the_paragraph_before(linker, frame):
    out = claims(LEAD + "Ремонт плотины у Орлова противоречит договору. Затворы проверены дважды.\n\n" + frame, linker)
    assert [(t, who) for t, who, _ in out][:2] == [("Ремонт плотины у Орлова противоречит договору.", "varga"),
                                                    ("Затворы проверены дважды.", "varga")]
    assert not any(t.startswith("Как") for t, _, _ in out)    # the frame is no claim of its own


def test_an_outlets_clause_before_a_speakers_frame_relays_it(linker):
    out = claims(LEAD + "Как передает Нордвайр, Томас Варга заявил, что плотина у Орлова надёжна.", linker)
    assert [(who, via) for _, who, via in out] == [("varga", ("nordwire",))]


def test_according_to_his_words_with_soglasno(linker):
    out = claims(LEAD + "Томас Варга выступил в понедельник. Согласно его словам, ремонт плотины у Орлова завершён.",
                 linker)
    assert out[-1][1] == "varga"

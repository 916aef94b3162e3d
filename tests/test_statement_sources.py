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


# A page issued by a body or person: its headline or its first lines name the issuer

def page(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    return [(doc.text[c.span.start:c.span.end], c.claimant) for c in x.claims if c.kind != "quantity"]


def test_a_statement_headline_under_a_place_and_a_date_names_its_issuer(linker):
    out = page("Orlov\n\n4 March 2031\n\nStatement by Tomas Varga on the Orlov dam\n\n"
               "The dam at Orlov will hold through the spring floods. Every gate has been checked twice.", linker)
    assert [who for _, who in out] == ["varga", "varga"]


def test_a_statement_headline_after_a_reference_number_names_its_issuer(linker):
    out = page("No:17/31, Statement of the Borealian Water Council\n\n"
               "The dam at Orlov will hold through the spring floods. Every gate has been checked twice.", linker)
    assert [who for _, who in out] == ["water-council", "water-council"]


def test_the_issuer_before_a_colon_of_a_press_statement_headline(linker):
    out = page("Borealian Water Council: Press Statement on the Orlov Dam\n\n"
               "The dam at Orlov will hold through the spring floods. Every gate has been checked twice.", linker)
    assert [who for _, who in out] == ["water-council", "water-council"]


def test_a_news_headline_with_a_colon_names_no_issuer(linker):
    out = page("Orlov dam: what we know\n\n"
               "The dam at Orlov will hold through the spring floods. Every gate has been checked twice.", linker)
    assert [who for _, who in out] == [None, None]


@pytest.mark.parametrize("lead", [
    "The following statement by Tomas Varga was issued today:",
    "The following statement was released today by the office of\n\nTomas Varga:",
])
def test_a_passive_lead_gives_the_text_below_to_its_issuer(linker, lead):
    out = page("Council news\n\n" + lead + "\n\nI grieve for the people of Orlov after the floods. "
               "The dam will hold through the spring.", linker)
    assert [who for t, who in out if t.startswith(("I grieve", "The dam"))] == ["varga", "varga"]


def test_a_passive_lead_in_russian_gives_the_text_below_to_its_issuer(linker):
    out = page("Новости совета\n\nНиже приводится текст заявления Водного совета Бореалии:\n\n"
               "Плотина у Орлова выдержит весенний паводок. Все затворы проверены дважды.", linker)
    assert [who for t, who in out if t.startswith(("Плотина", "Все"))] == ["water-council", "water-council"]


def test_a_bare_statement_headline_gives_the_page_to_whom_its_first_sentence_has_speak(linker):
    out = page("Официальное заявление\n\nРуритель официально заявляет, что не продаёт завод в Орлове.\n\n"
               "Переговоры с покупателями не велись. Завод работает в обычном режиме.", linker)
    assert [who for _, who in out] == ["ruritel"] * 3


def test_a_bare_statement_headline_over_an_article_voice_leaves_it_to_the_article(linker):
    out = page("Official statement\n\nThe dam at Orlov was built in 1961.\n\n"
               "Its northern spillway was repaired in 2004.", linker)
    assert [who for _, who in out] == [None, None]


def test_a_news_headline_about_a_statement_leaves_the_report_to_the_article(linker):
    out = page("Ruritel issues statement on Orlov plant\n\nRuritel said on Monday that it would keep the Orlov plant.\n\n"
               "The plant was built in 1961 by a Dorvik firm.", linker)
    assert [who for t, who in out if t.startswith("The plant")] == [None]


def test_a_country_before_the_colon_of_a_statement_headline_is_its_topic():
    linker = Linker(ENTITIES + [Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"),))])
    out = page("Borealia: Statement by the Spokesperson about the Orlov dam\n\n"
               "The dam at Orlov will hold through the spring floods. Every gate has been checked twice.", linker)
    assert [who for _, who in out] == [None, None]


def test_a_body_before_the_colon_of_a_statement_headline_naming_its_issuer_after_is_its_topic(linker):
    out = page("Ruritel: Statement by the Spokesperson about the Orlov plant\n\n"
               "The plant at Orlov will stay open. Every line has been checked twice.", linker)
    assert [who for _, who in out] == [None, None]


def test_a_country_before_the_colon_of_a_press_statement_headline_is_its_topic():
    linker = Linker(ENTITIES + [Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"),))])
    out = page("Borealia: statement on the Orlov dam\n\n"
               "The dam at Orlov will hold through the spring floods. Every gate has been checked twice.", linker)
    assert [who for _, who in out] == [None, None]


def test_a_statement_pasted_after_a_line_naming_it_is_its_issuers_paragraph(linker):
    out = page("Council news\n\nTomas Varga met the fishermen on Monday. The meeting lasted two hours.\n\n"
               "This is the full statement that was issued by the Borealian Water Council after the meeting:\n\n"
               "The dam at Orlov will hold through the spring floods. Every gate has been checked twice.\n\n"
               "The fishermen left without comment.", linker)
    who = dict(out)
    assert [who["The dam at Orlov will hold through the spring floods."],
            who["Every gate has been checked twice."]] == ["water-council", "water-council"]
    assert who["The fishermen left without comment."] is None
    assert who["The meeting lasted two hours."] is None


def test_a_line_ending_in_a_colon_without_a_statement_leaves_the_paragraph_to_the_article(linker):
    out = page("Council news\n\nTomas Varga met the fishermen on Monday. The meeting lasted two hours.\n\n"
               "The Borealian Water Council then listed its repairs:\n\n"
               "The dam at Orlov was mended in May. Every gate was checked twice.", linker)
    assert dict(out)["The dam at Orlov was mended in May."] is None


def test_a_quoted_statement_after_its_line_keeps_the_quotations_speaker(linker):
    out = page("Council news\n\nTomas Varga met the fishermen on Monday.\n\n"
               "Ruritel released a statement after the meeting:\n\n"
               "\u201cThe plant at Orlov will stay open,\u201d Tomas Varga said.", linker)
    assert [who for t, who in out if "stay open" in t] == ["varga"]


@pytest.mark.parametrize("opener", ["Как пишет Нордвайр", "Как передает Нордвайр", "Как писал ранее Нордвайр"])
def test_an_outlet_opening_the_clause_with_as_it_writes_reports_it(linker, opener):
    out = claims(LEAD + f"{opener}, Томас Варга уехал из Орлова в марте.", linker)
    assert [who for _, who, _ in out] == ["nordwire"]

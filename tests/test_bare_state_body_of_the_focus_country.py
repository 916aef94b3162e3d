"""A country's ministry written by its noun alone ("The Foreign Ministry said", «МИД заявил», «Минфин отметил»)
in a text about one country is that country's body, labelled with it; in a text naming two countries once each,
the country is unclear and the body keeps the noun alone, never another country's."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import claimant_labels, ru_claimant_labels


@pytest.mark.parametrize("text, body", [
    ("Iran's economy grew slowly this year. The Foreign Ministry said the ferry talks would resume next week. "
     "Officials in Iran expect more trade.", "Foreign Ministry of Iran"),
    ("Kenya's president Mara Velsen arrived in Lindholm. Kenya expects more trade. The Interior Ministry said the "
     "curfew would end by the winter.", "Interior Ministry of Kenya"),
    ("Iran's prime minister Tomas Reddle said the port would reopen. Iran wants calm. The Defence Ministry later "
     "said two patrol boats had been sent to the strait.", "Defence Ministry of Iran"),
])
def test_the_body_of_the_country_the_text_is_about_speaks(linker, text, body):
    assert body in claimant_labels(text, linker)


@pytest.mark.parametrize("text, body", [
    ("Экономика Ирана выросла в этом году. МИД заявил, что паромные переговоры возобновятся. Власти Ирана ждут "
     "роста торговли.", "МИД Ирана"),
    ("Президент Кении Иван Петрович Сомов прибыл в Линдхольм. Минфин отметил, что инфляция замедлится к зиме.",
     "Минфин Кении"),
])
def test_the_russian_short_name_of_the_body_is_the_countrys(linker, text, body):
    assert body in ru_claimant_labels(linker, text)


def test_two_countries_named_once_each_leave_the_body_without_a_country(linker):
    text = ("Iran's envoy met Kenya's envoy in Lindholm. The Defense Ministry said the ferry talks would resume "
            "next week.")
    labels = claimant_labels(text, linker)
    assert "Defense Ministry" in labels and not any(label and ("Iran" in label or "Kenya" in label) for label in labels)


def _bodies_as_labelled(linker, text, noun):
    """The labels of the entities a Russian news item's mentions written as ``noun`` stand for."""
    doc = parse_document("ru_t.txt", f"Новости\n\n{text}\n".encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(m.entity, m.entity) for m in result.mentions if doc.text[m.span.start:m.span.end] == noun]


@pytest.mark.parametrize("text, body", [
    ("Kenya's economy grew. Kenya expects more trade. The Health Ministry in Lindvale said two clinics had closed.",
     "Health Ministry"),
    ("Kenya's economy grew. Kenya expects more trade. The Vossan-run Health Ministry said two clinics had closed.",
     "Health Ministry"),
    ("Ukraine's economy grew. Ukraine expects more trade. In Moscow, the Foreign Ministry said the ferry talks would "
     "resume.", "Foreign Ministry"),
    ("British troops arrived in Kenya. The Foreign Ministry said the ferry talks would resume.", "Foreign Ministry"),
    ("Ukrainian President Mara Velsen met Poland's envoy in Lindholm. The Foreign Ministry said the ferry talks "
     "would resume.", "Foreign Ministry"),
])
def test_a_body_with_another_place_beside_it_or_no_clear_focus_keeps_its_noun(linker, text, body):
    assert claimant_labels(text, linker)[-1] == body


@pytest.mark.parametrize("text, noun, other", [
    ("Экономика Израиля выросла. Израиль ждёт роста торговли. Минздрав провинции Вельдания сообщил, что две клиники "
     "закрыты.", "Минздрав", "Минздрав Израиля"),
    ("Экономика Украины выросла. Украина ждёт роста торговли. В Москве МИД заявил, что переговоры возобновятся.",
     "МИД", "МИД Украины"),
])
def test_a_russian_body_with_another_place_in_its_sentence_keeps_its_noun(linker, text, noun, other):
    labels = _bodies_as_labelled(linker, text, noun)
    assert labels and other not in labels


def test_the_short_form_refers_back_to_the_ministry_named_in_full(linker):
    text = ("Kenya's Ministry of Foreign Affairs said the ferry talks would resume. Kenya expects more trade. The "
            "Foreign Ministry added that the port would open.")
    labels = claimant_labels(text, linker)
    assert "Foreign Ministry of Kenya" not in labels and labels[-1] == labels[0]


@pytest.mark.parametrize("place", ["Texas", "Bavaria"])
def test_a_place_that_is_no_country_has_no_ministry(linker, place):
    text = f"{place}'s hospitals are full. {place} needs fuel. The Health Ministry said two clinics had closed."
    assert claimant_labels(text, linker)[-1] == "Health Ministry"

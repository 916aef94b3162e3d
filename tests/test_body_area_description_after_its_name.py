"""«областного суда» after «Ланкорский областной суд» is that court, named before with the same last words, not a
court of the area named before it («суд Ланкорской области»), which made a second entity for one body."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def labels_of_mentions(text):
    """Each mention's text and the label of the entity it names."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, Linker([]))
    labels = {e.key: e.label for e in result.new_entities}
    return {doc.text[m.span.start:m.span.end]: labels.get(m.entity) for m in result.mentions}


def test_a_description_that_closes_a_body_s_name_is_that_body():
    found = labels_of_mentions("В Ланкорской области осуждены 30 человек\n\n"
                               "Ланкорский областной суд вынес приговор 12 участникам беспорядков, "
                               "сообщили в пресс-службе областного суда.")
    assert found.get("областного суда") == "Ланкорский областной суд"


def test_a_description_with_no_such_body_before_is_the_area_s_body():
    found = labels_of_mentions("В Ланкорской области осуждены 30 человек\n\n"
                               "Об этом сообщила областная прокуратура.")
    assert found.get("областная прокуратура") == "прокуратура Ланкорской области"

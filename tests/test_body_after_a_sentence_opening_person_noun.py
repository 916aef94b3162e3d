"""A body's noun before its country in the genitive after a common noun for a person that opens the sentence
(«Представитель полиции Бореалии заявил …») is a body: the opening noun is capitalised only where the sentence
opens, no word of a name (names.py ``_body_noun``). Every sentence is invented."""


def _labels(linker, text):
    """Each spoken claim's claimant as its label (None for the article's own voice)."""
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document

    doc = parse_document("ru_t.txt", f"Новости\n\n{text}\n".encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(c.claimant, c.claimant) for c in result.claims if c.kind != "quantity"]


def test_a_spokesman_of_a_countrys_police_speaks_for_that_police(cast):
    text = "Представитель полиции Бореалии заявил, что похищенные картины найдены."
    assert _labels(cast, text) == ["полиция Бореалии"]


def test_a_spokesman_of_a_countrys_parliament_speaks_for_that_parliament(cast):
    text = "Представитель парламента Бореалии сообщил, что сессия продлена."
    assert _labels(cast, text) == ["парламент Бореалии"]

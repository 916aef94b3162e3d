"""Names on news about other subjects: one company in two legal forms or in two cases, an image's caption word, an
acronym of common words, figures of speech and sums that are no names, Russian names in oblique cases (names.py)."""


def test_one_company_written_with_two_legal_forms_is_one(typed):
    text = ("Results\n\n"
            "BRW Company Logo\n\n"
            "BRW Limited posted a loss in the quarter. Analysts said BRW Limited would cut costs.\n")
    types, mentions = typed(text, [("BRW Company Logo", "Organization", 0), ("BRW Limited", "Organization", 0),
                                   ("BRW Limited", "Organization", 1)])
    assert [label for label in types if label.startswith("BRW")] == ["BRW Company"]
    assert ("BRW Limited", "BRW Company") in mentions


def test_two_companies_sharing_a_word_but_not_a_name_stay_two(typed):
    text = "Deals\n\nTarnwick Shipping Ltd bought Tarnwick Foods Inc on Monday.\n"
    types, _ = typed(text, [("Tarnwick Shipping Ltd", "Organization", 0), ("Tarnwick Foods Inc", "Organization", 0)])
    assert "Tarnwick Shipping Ltd" in types and "Tarnwick Foods Inc" in types


def test_an_acronym_spelt_out_by_lower_case_words_is_no_name(typed):
    text = ("Results\n\n"
            "The group posted earnings per share (EPS) of 3 cents, and its EPS rose.\n")
    types, _ = typed(text, [("EPS", "Organization", 0), ("EPS", "Organization", 1)])
    assert "EPS" not in types


def test_an_acronym_of_a_body_written_in_lower_case_or_capitals_stays(typed):
    text = ("Health\n\n"
            "The ministry of health (MOH) and the Vell Water Board (VWB) said the VWB would test wells.\n")
    assert not __import__("claimsgraph.names", fromlist=["x"])._acronym_of_common_words(text, "MOH")
    assert not __import__("claimsgraph.names", fromlist=["x"])._acronym_of_common_words(text, "VWB")


def test_figures_of_speech_and_sums_are_no_names(typed):
    text = ("Fires\n\n"
            "“We can only wait for Mother Nature,” said Orla Penwick. The firm sold shares for EUR 412 thousand.\n")
    types, _ = typed(text, [("Mother Nature", "Person", 0), ("Orla Penwick", "Person", 0),
                            ("EUR 412 thousand", "Agreement", 0)])
    assert "Mother Nature" not in types
    assert not any(label.startswith("EUR") for label in types)
    assert types.get("Orla Penwick") == "Person"


def test_a_quoted_name_after_a_kind_in_another_case_is_the_body_found_alone(typed):
    text = ("Новости\n\n"
            "Акции «Звездолёта» выросли. Сотрудники компании «Звездолёта» отказались от комментариев.\n")
    types, mentions = typed(text, [("Звездолёта", "Organization", 0), ("компании «Звездолёта»", "Organization", 0)])
    bodies = {label for _, label in mentions}
    assert len(bodies) == 1, mentions


def test_a_place_among_places_that_the_model_took_for_a_person_is_in_its_base_form(typed):
    text = "Новости\n\nОтели работают в Вельске, Воронеже и Тарнове.\n"
    types, _ = typed(text, [("Вельске", "Place", 0), ("Воронеже", "Person", 0), ("Тарнове", "Place", 0)])
    assert "Воронеже" not in types


def test_a_place_after_in_before_said_is_where_the_speakers_are(typed):
    text = ("Fires\n\n"
            "Rescue crews in North Tarnavia said late Friday that four people had died. Ilse Marrow said more were "
            "missing.\n")
    types, _ = typed(text, [("North Tarnavia", "Place", 0), ("Ilse Marrow", "Person", 0)])
    assert types.get("North Tarnavia") == "Place"
    assert types.get("Ilse Marrow") == "Person"


def test_a_companys_name_without_its_legal_form_is_one_of_its_labels(typed):
    from claimsgraph.ingest import parse_document
    from claimsgraph.names import find_names
    from claimsgraph.model import Span
    from claimsgraph.nlp import NamedSpan
    text = "Markets\n\nShares of Tarnwick Freight Holdings Inc. rose after the report.\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    at = doc.text.index("Tarnwick")
    entities, _ = find_names(doc, [], (NamedSpan(Span(at, at + len("Tarnwick Freight Holdings Inc.")), "Organization"),))
    labels = {label for e in entities for label, _ in e.all_labels()}
    assert "Tarnwick Freight Holdings" in labels


def test_a_storms_name_after_its_kind_is_the_storm_and_its_name_alone_too(typed):
    text = ("Storms\n\n"
            "Hurricane Velmar killed four people on Monday. Velmar made landfall near Port Arden, Orla Penwick said.\n"
            "Velmar then weakened.\n")
    types, mentions = typed(text, [("Velmar", "Person", 0), ("Velmar", "Person", 1), ("Orla Penwick", "Person", 0),
                                   ("Velmar", "Person", 2)])
    assert types.get("Hurricane Velmar") == "Event"
    assert "Velmar" not in types
    assert types.get("Orla Penwick") == "Person"


def test_a_persons_given_name_beside_a_storm_named_alike_stays_the_persons(typed):
    text = ("Storms\n\n"
            "Hurricane Velmar struck on Monday. Velmar Ostrand, the mayor, said Velmar Ostrand would stay.\n")
    types, _ = typed(text, [("Velmar", "Person", 0), ("Velmar Ostrand", "Person", 0), ("Velmar Ostrand", "Person", 1)])
    assert types.get("Velmar Ostrand") == "Person"

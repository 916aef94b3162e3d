"""A state body named by its country's adjective before its head («бореальская полиция», «иранский МИД», in any
case) is that country's body: the claimant is the body, labelled with the country in the genitive («полиция
Бореалии», «МИД Ирана»), one body however the text writes it, never the bare head (names.py
``_body_after_country_adjective``). Every sentence is invented."""
import pytest

from extracted import ru_claimant_labels


@pytest.mark.parametrize("text, label", [
    ("Бореальская полиция сообщила, что подозреваемый задержан.", "полиция Бореалии"),
    ("Бореальский парламент заявил, что соглашение противоречит конституции.", "парламент Бореалии"),
    ("Бореальский МИД заявил, что посол будет вызван для объяснений.", "МИД Бореалии"),
    ("Как сообщили в бореальском правительстве, пошлины будут снижены.", "правительство Бореалии"),
    ("По данным бореальского министерства обороны, учения завершены.", "министерство обороны Бореалии"),
    ("Бореальский Минфин сообщил, что дефицит бюджета сократился.", "Минфин Бореалии"),
])
def test_a_body_named_by_its_countrys_adjective_speaks_as_that_countrys_body(cast, text, label):
    assert ru_claimant_labels(cast, text) == [label]


def test_two_countries_foreign_ministries_are_two_bodies(linker):
    text = "Иракский МИД заявил, что переговоры прерваны. Сирийский МИД сообщил, что готов к посредничеству."
    assert ru_claimant_labels(linker, text) == ["МИД Ирака", "МИД Сирии"]


@pytest.mark.parametrize("text, not_label", [
    ("Областная полиция сообщила, что задержаны трое подозреваемых.", "полиция Бореалии"),
    ("Либеральное правительство заявило, что пошлины будут снижены.", "правительство Либерии"),
    ("Гамбургская полиция сообщила, что подозреваемый задержан.", "полиция Гамбии"),
])
def test_an_adjective_of_no_country_names_no_countrys_body(linker, cast, text, not_label):
    """An adjective opening with a country's first letters names no body of it unless all after them is an
    adjective's suffix (COUNTRY_ADJECTIVE_SUFFIXES): «либеральный» is not Либерия's."""
    assert not_label not in ru_claimant_labels(cast if "Бореал" in not_label else linker, text)


def test_a_body_named_with_its_own_country_after_it_keeps_that_country(linker):
    text = "Либеральное правительство Канады заявило, что пошлины будут снижены."
    assert ru_claimant_labels(linker, text) == ["правительство Канады"]


def test_an_adjective_of_a_country_by_its_stem_names_its_body(linker):
    text = "Гамбийская полиция сообщила, что подозреваемый задержан."
    assert ru_claimant_labels(linker, text) == ["полиция Гамбии"]


@pytest.mark.parametrize("text", [
    "Турецкий и иранский МИД заявили, что переговоры о транзите прерваны.",
    "Турецкие и иранские спецслужбы сообщили, что подозреваемый задержан.",
    "Турецко-иранский МИД заявил, что переговоры о транзите прерваны.",
    "Турецкий, иранский МИД заявили, что переговоры о транзите прерваны.",
])
def test_two_countries_adjectives_before_one_noun_name_no_body_of_either(linker, text):
    """Two countries' adjectives joined (a conjunction, a comma, a hyphen) before one noun: no body of either, found
    by the rules or the registry's (which names each ministry by its country's adjective too)."""
    labels = ru_claimant_labels(linker, text)
    either = ("МИД Ирана", "МИД Турции", "спецслужбы Ирана", "спецслужба Ирана", "iranian-foreign-ministry",
              "turkish-foreign-ministry")
    assert not any(label in either for label in labels), labels


def test_the_adjective_agrees_with_the_body_in_gender_and_number(cast):
    """«Бореальские ВВС» are the country's air force; «бореальская ВВС», an adjective of another number than the
    head's, names no body of the country."""
    assert ru_claimant_labels(cast, "Бореальские ВВС сообщили, что учения завершены.") == ["ВВС Бореалии"]
    assert "ВВС Бореалии" not in ru_claimant_labels(cast, "Бореальская ВВС сообщила, что учения завершены.")


@pytest.mark.parametrize("text, label", [
    ("Кроме того, бореальская полиция сообщила, что подозреваемый задержан.", "полиция Бореалии"),
    ("Между тем, бореальские ВВС заявили, что учения завершены.", "ВВС Бореалии"),
])
def test_a_word_before_a_comma_that_is_no_countrys_adjective_joins_none(cast, text, label):
    """«того», «тем» read as adjectives too, but they are no country's: the country's adjective after the comma is
    joined to no other and names its body."""
    assert ru_claimant_labels(cast, text) == [label]


def test_two_bodies_each_with_its_own_adjective_are_two_bodies(linker):
    """«Иранская полиция и турецкий МИД»: two nouns, each with its own country's adjective, are two bodies, not one
    noun after joined adjectives."""
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document

    text = "Новости\n\nИранская полиция и турецкий МИД сообщили, что граница закрыта.\n"
    result = extract(parse_document("ru_t.txt", text.encode(), "text/plain"), linker)
    said = {text[m.span.start:m.span.end] for m in result.mentions}
    assert {"Иранская полиция", "турецкий МИД"} <= said, said

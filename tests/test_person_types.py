"""A name the model took for a body's or a place's that the text treats as a person's, and the reverse."""
from claimsgraph.ingest import parse_document
from claimsgraph.model import Span
from claimsgraph.names import find_names
from claimsgraph.nlp import NamedSpan


def test_a_person_noun_in_apposition_and_the_surname_after_a_title_make_a_persons_name(typed):
    text = ("Tarvo Lindqvist, head coach of Norvale Rovers, says three defenders are injured.\n\n"
            "Coach Lindqvist blamed the state of the training ground.\n")
    found, mentions = typed(text, [("Tarvo Lindqvist", "Organization", 0), ("Coach Lindqvist", "Organization", 0)])
    assert found.get("Tarvo Lindqvist") == "Person" and "Coach Lindqvist" not in found
    assert "Lindqvist" in [written for written, _ in mentions]


def test_a_title_right_before_the_name_makes_a_persons_name(typed):
    text = "The Ruritanian envoy Pell Orsander de Vaal arrived on Monday and the talks resumed.\n"
    found, _ = typed(text, [("Pell Orsander de Vaal", "Organization", 0)])
    assert found == {"Pell Orsander de Vaal": "Person"}


def test_a_pronoun_of_a_person_after_a_name_that_opens_a_clause(typed):
    text = ("Speaking in Vell on Friday, Varsk made the remark at a briefing with his deputy.\n"
            "Vexon said on Monday it would cut 200 jobs. The plant will close in May.\n")
    found, _ = typed(text, [("Varsk", "Organization", 0), ("Vexon", "Organization", 0)])
    assert found["Varsk"] == "Person" and found["Vexon"] == "Organization"


def test_the_surname_alone_before_a_verb_of_saying(typed):
    text = ("Marta Quell arrived in the capital on Sunday.\n\n"
            "“The vote was fair,” Quell said after the count.\n")
    found, mentions = typed(text, [("Marta Quell", "Organization", 0)])
    assert found == {"Marta Quell": "Person"} and [written for written, _ in mentions].count("Quell") == 1


def test_a_body_or_a_place_the_text_does_not_treat_as_a_person_keeps_its_type(typed):
    text = ("Vexon, whose chief executive Jane Roe spoke on Monday, will cut 200 jobs.\n"
            "In Tarnfeld, the envoy said, the talks went well. He left on Tuesday.\n"
            "Orvik Lines, its chief executive said, will sell two ships.\n")
    found, _ = typed(text, [("Vexon", "Organization", 0), ("Tarnfeld", "Place", 0), ("Orvik Lines", "Organization", 0)])
    assert found.get("Vexon") == "Organization" and found.get("Tarnfeld") == "Place"
    assert found.get("Orvik Lines") == "Organization"


def test_a_name_the_model_took_for_a_persons_before_a_noun_for_a_body_is_a_bodys(typed):
    text = "Mr Tamo Rell, the candidate of the Vexa party, said the count was slow.\n"
    found, _ = typed(text, [("Tamo Rell", "Person", 0), ("Vexa", "Person", 0)])
    assert found == {"Tamo Rell": "Person", "Vexa": "Organization"}


def test_a_russian_title_before_a_place_in_the_genitive_is_not_that_places_name(typed):
    text = "Мэр Верхнеборска Иван Петров заявил, что мост откроют в мае.\n"
    found, _ = typed(text, [("Верхнеборска", "Place", 0), ("Иван Петров", "Person", 0)])
    assert found == {"Верхнеборск": "Place", "Иван Петров": "Person"}


def test_a_pronoun_of_a_person_after_a_name_that_closes_a_quotations_tag(typed):
    text = ("“The border will stay open,” said Orvendal.\n\n"
            "He recalled that the crossing had been closed twice before.\n")
    found, _ = typed(text, [("Orvendal", "Organization", 0)])
    assert found == {"Orvendal": "Person"}


def test_a_name_the_model_took_for_a_persons_then_for_a_bodys_keeps_its_mentions_in_place(linker):
    text = ("Tarja Veld arrived in Norvale on Sunday.\n\n"
            "Tarja Veld, head coach of Norvale Rovers, said three defenders are injured.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    first = doc.text.index("Tarja Veld")
    second = doc.text.index("Tarja Veld", first + 1)
    models = (NamedSpan(Span(first, first + 10), "Person"), NamedSpan(Span(second, second + 10), "Organization"))
    entities, mentions = find_names(doc, linker.mentions(doc), models, registry=linker.entities)
    assert all(m.span.start < m.span.end for m in mentions)
    veld = [m.span for m in mentions if "Veld" in doc.text[m.span.start:m.span.end]]
    assert Span(first, first + 10) in veld and Span(second, second + 10) in veld
    assert {e.label: e.type for e in entities}.get("Tarja Veld") == "Person"


def test_a_persons_noun_with_the_article_after_a_name_that_opens_a_clause(typed):
    text = ("Zorvath said that ties with the union were not a priority. Still, Ostmark wants talks, "
            "the foreign minister added.\n\n"
            "Vexon said its profit rose. The company's spokesman declined to comment on the chairman's plans.\n")
    found, _ = typed(text, [("Zorvath", "Organization", 0), ("Vexon", "Organization", 0)])
    assert found["Zorvath"] == "Person" and found["Vexon"] == "Organization"


def test_a_name_in_capitals_before_a_transcripts_role_is_a_persons(typed):
    text = ("Harbour talks, a radio transcript\n\n"
            "ODILE MARSTEN, HOST:\n\n"
            "Tonight the ferry strike in Quellport enters its ninth day.\n\n"
            "BRANT OKORO, CORRESPONDENT: The unions met the owners this morning.\n")
    found, _ = typed(text, [("ODILE MARSTEN", "Organization", 0), ("BRANT OKORO", "Organization", 0)])
    assert found == {"ODILE MARSTEN": "Person", "BRANT OKORO": "Person"}


def test_a_role_or_a_short_title_in_a_transcripts_label_is_no_name_alone(typed):
    text = ("Flood briefing\n\n"
            "PELL ARDEN, HOST: How high is the river tonight?\n\n"
            "GOV. TOMAS VREELAND (R), NORVALE: It rose two feet since noon.\n")
    found, _ = typed(text, [("HOST", "Organization", 0), ("GOV", "Organization", 0),
                            ("TOMAS VREELAND", "Person", 0)])
    assert "HOST" not in found and "GOV" not in found and found["TOMAS VREELAND"] == "Person"


def test_a_place_that_says_something_and_is_then_called_he_is_a_persons_name(typed):
    """A place does not speak: "Torvik said … . He said …" is a person the model took for a place."""
    text = ("Torvik said this at a hearing on the planned dam near Estrel.\n"
            "He said that the dam would cost about 40 million dollars.\n")
    found, _ = typed(text, [("Torvik", "Place", 0), ("Estrel", "Place", 0)])
    assert found["Torvik"] == "Person" and found["Estrel"] == "Place"


def test_a_place_that_opens_a_clause_without_speaking_stays_a_place_before_he(typed):
    text = ("Torvik grew quickly after the dam was built near Estrel.\n"
            "He said that the dam would cost about 40 million dollars.\n")
    found, _ = typed(text, [("Torvik", "Place", 0), ("Estrel", "Place", 0)])
    assert found["Torvik"] == "Place"

from claimsgraph.ingest import parse_document
from claimsgraph.names import find_names


def names_and_places(text, linker):
    doc = parse_document("q.txt", text.encode(), "text/plain")
    known = linker.mentions(doc)
    entities, _ = find_names(doc, known, registry=linker.entities)
    places = [doc.text[m.span.start:m.span.end] for m in known if linker.entities[m.entity].type in ("Place", "Country")]
    return {(e.label, e.type) for e in entities}, places


def test_a_place_name_alone_in_quotation_marks_is_a_club_named_after_it(linker):
    found, places = names_and_places(
        "Тренер «Ольховки» Пётр Вересов похвалил игроков после победы над «Москвой» со счётом 3:1.", linker)
    assert ("Москва", "Organization") in found and places == []


def test_a_place_name_in_straight_quotes_is_a_club_too_and_the_city_beside_it_stays_a_place(linker):
    found, places = names_and_places(
        'Матч в Москве завершился вничью: "Москва" и "Ольховка" забили по два мяча.', linker)
    assert ("Москва", "Organization") in found and places == ["Москве"]


def test_an_acronym_of_a_place_in_quotation_marks_stays_the_place(linker):
    _, places = names_and_places("Сокращение «РФ» в названии фонда Ольховского заменили полным.", linker)
    assert places == ["РФ"]

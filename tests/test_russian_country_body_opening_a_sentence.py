"""A body's noun opening a Russian sentence before a country in the genitive ("Посольство Бореалии заявило …"):
the body is found and speaks, as it does written in lower case inside a sentence (invented country and names)."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.extract import extract
from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


@pytest.mark.parametrize("sentence, body", [
    ("Посольство Бореалии заявило, что консульский отдел закроют на неделю.", "Посольство Бореалии"),
    ("Парламент Бореалии заявил, что голосование перенесут на осень.", "Парламент Бореалии"),
    ("Прокуратура Бореалии сообщила, что дело о взятке передано в суд.", "Прокуратура Бореалии"),
])
def test_the_body_opening_the_sentence_is_found_and_speaks(cast, sentence, body):
    doc = parse_document("ru_t.txt", sentence.encode(), "text/plain")
    result = extract(doc, cast)
    found = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    assert body in found.values()
    [claim] = [c for c in result.claims if c.kind != "quantity"]
    assert found.get(claim.claimant) == body


def test_the_body_and_its_seat_speak_not_the_person_named_before(cast):
    said = claims("Томас Варга заявил, что переговоры продолжатся.\n\n"
                  "Посольство Бореалии в Ольховске сообщило, что визы будут выдавать как прежде.", cast,
                  name="ru_t.txt")
    assert "posolstvo" in (speaker_of(said, "визы будут") or "")


@pytest.mark.parametrize("opening", ["Позже", "Однако", "Затем"])
def test_an_adverb_opening_the_sentence_is_no_part_of_the_bodys_name(cast, opening):
    said = claims("Томас Варга заявил, что переговоры продолжатся.\n\n"
                  f"{opening} посольство Бореалии сообщило, что визы будут выдавать как прежде.", cast,
                  name="ru_t.txt")
    assert "posolstvo" in (speaker_of(said, "визы будут") or "")



@pytest.mark.parametrize("sentence, cut", [
    ("Управление России по делам молодёжи сообщило о новой программе.", "Управление России"),
    ("Служба Китая по делам туризма сообщила, что поездок стало больше.", "Служба Китая"),
])
def test_a_body_whose_field_follows_its_country_is_not_cut_short(linker, sentence, cut):
    """«Управление России по делам молодёжи»: the field after the country is part of the name; the noun opening the
    sentence and the country alone name no body (the registry's countries, as a real text names them)."""
    doc = parse_document("ru_t.txt", sentence.encode(), "text/plain")
    result = extract(doc, linker)
    assert cut not in {doc.text[m.span.start:m.span.end] for m in result.mentions}

"""Russian bodies named by lower-case words, their field in the genitive, then the area they belong to, and the
same body by its short head (invented areas and sentences)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def no_registry():
    return Linker([])


def bodies(text, linker):
    """Each body found, by its label, with the text of its mentions."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    found = {e.key: e.label for e in x.new_entities if e.type == "Organization"}
    out: dict[str, list[str]] = {}
    for m in x.mentions:
        if m.entity in found:
            out.setdefault(found[m.entity], []).append(doc.text[m.span.start:m.span.end])
    return out


def test_a_field_between_the_noun_and_the_area(no_registry):
    out = bodies("Трассу на Вельск закроют на ремонт, сообщили в министерстве транспорта Заокской области.",
                 no_registry)
    assert list(out) == ["министерство транспорта Заокской области"]


def test_a_field_of_two_words(no_registry):
    out = bodies("Урожай ячменя вырос вдвое, заявило министерство сельского хозяйства Заокской области.", no_registry)
    assert list(out) == ["министерство сельского хозяйства Заокской области"]


def test_a_preposition_opening_the_sentence_goes_on_no_name(no_registry):
    out = bodies("В прокуратуре Заокской области начали проверку птицефабрики.", no_registry)
    assert list(out) == ["прокуратура Заокской области"]


def test_a_ministry_by_its_short_head_is_the_one_named_in_full(no_registry):
    out = bodies("Министерство транспорта Заокской области закрыло мост через Вельку. Минтранс Заокской области "
                 "обещает открыть его к маю.", no_registry)
    assert len(out) == 1


def test_a_word_in_the_genitive_after_a_verb_is_no_field(no_registry):
    assert bodies("Суд оштрафовал жителя Заокской области за браконьерство.", no_registry) == {}

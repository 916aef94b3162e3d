"""English speakers named in an apposition after a title of a place ("the governor of Orsk, Jane Roe, said"), which
the name model may read as one name across the comma: invented people and places."""

from extracted import speakers_as_written


def test_a_person_apposed_to_the_title_of_a_place_speaks_the_clause(linker):
    text = "The mayor of Tarnholm, Ilse Varnholt, said the town had run out of money for its bridges.\n"
    assert speakers_as_written(text, linker, name="t.txt") == ["Ilse Varnholt"]


def test_a_person_apposed_to_the_title_of_a_place_speaks_the_quotation_before_the_tag(linker):
    text = "\u201cNo family will lose its home,\u201d the governor of Selvara, Ilse Varnholt, said on Friday.\n"
    assert speakers_as_written(text, linker, name="t.txt") == ["Ilse Varnholt"]


def test_an_opening_phrase_before_the_apposition_leaves_the_speaker_named(linker):
    text = ("At a briefing on Monday, the mayor of Tarnholm, Ilse Varnholt, said the ferries would run again "
            "in May.\n")
    assert speakers_as_written(text, linker, name="t.txt") == ["Ilse Varnholt"]


def test_a_person_apposed_after_the_titles_complement_is_no_second_object_of_its_preposition(linker):
    text = "The prime minister of Veltra, Anselm Korr, said the border posts would stay open over the winter.\n"
    assert speakers_as_written(text, linker, name="t.txt") == ["Anselm Korr"]

"""English documents that say or find something, their issuer named after a participle ("a statement issued by the
Vellan Grain Board said", "the study, released by X, found"): invented bodies and texts."""

from extracted import speakers_as_written


def test_the_article_before_the_issuers_name_leaves_the_statement_its_issuers(linker):
    text = "A statement issued by the Ostravian Grain Board said that the harvest had been lost to hail.\n"
    assert speakers_as_written(text, linker, name="t.txt") == ["Ostravian Grain Board"]


def test_a_report_released_by_a_body_speaks_for_it(linker):
    text = "A report released by the Ostravian Grain Board said that the barley harvest had been lost to hail.\n"
    assert speakers_as_written(text, linker, name="t.txt") == ["Ostravian Grain Board"]


def test_a_study_set_apart_by_the_comma_of_its_participle_finds_for_its_issuer(linker):
    text = ("The study, published by the Ostravian Grain Board on Friday, found that farmers had lost half of the "
            "barley harvest to hail.\n")
    assert speakers_as_written(text, linker, name="t.txt") == ["Ostravian Grain Board"]

"""A figure "according to" a body's document, its issuer named after a participle, a date or an adverb before "by"
("according to numbers put out on Monday by the X", "according to data first released by the state-run X"): the
issuer is the source, however many words tell the document. Invented bodies and texts."""

from extracted import claims_as_written, speaker_of


def test_a_date_between_the_participle_and_by_leaves_the_issuer_the_source(linker):
    text = ("Mara Velsen, the finance minister, said the plan would work.\n"
            "According to numbers put out on Tuesday by the Ruritanian Audit Office, the shortfall was 40 billion "
            "dollars.\n")
    assert speaker_of(claims_as_written(text, linker), "40 billion") == "Ruritanian Audit Office"


def test_an_adverb_and_an_adjective_before_the_issuer_leave_it_the_source(linker):
    text = ("Grain shipments would stay at about 9 million tonnes this year, according to data first released by "
            "the state-run Vellan Grain Agency, which cited a Farm Ministry source.\n")
    assert speaker_of(claims_as_written(text, linker), "9 million tonnes") == "Vellan Grain Agency"


def test_a_document_of_several_words_issued_by_a_body_or_only_by_it_leaves_it_the_source(linker):
    for gap in ("the latest weekly situation report released by", "the latest weekly report by"):
        text = ("Mara Velsen, the finance minister, said the plan would work.\n"
                f"According to {gap} the Ruritanian Audit Office, the shortfall was 40 billion dollars.\n")
        assert speaker_of(claims_as_written(text, linker), "40 billion") == "Ruritanian Audit Office", gap

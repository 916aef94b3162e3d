"""A common noun before an office's title is its field, no body (names._field_of_a_title), and a field closing a
body's name there is cut off; honours of several words that a model's span cuts in two are cut whole
(names._clean_model_name)."""


def test_a_common_noun_before_a_ministers_title_is_no_body(typed):
    text = ("Clinics reopen\n\nAll rural clinics will reopen next week after the repairs, said Health Minister "
            "Tarja Veld in Vell on Friday.\n")
    found, _ = typed(text, [("Health", "Organization", 0), ("Tarja Veld", "Person", 0)])
    assert "Health" not in found and found["Tarja Veld"] == "Person"


def test_a_name_before_a_companys_title_stays_a_body(typed):
    text = ("Plant opens\n\nThe new plant will open next week after the repairs, said Vexlor Chairman "
            "Tarja Veld in Vell on Friday.\n")
    found, _ = typed(text, [("Vexlor", "Organization", 0), ("Tarja Veld", "Person", 0)])
    assert found["Vexlor"] == "Organization"


def test_honours_of_two_words_cut_by_the_models_span_are_no_part_of_the_name(typed):
    text = ("Clinics reopen\n\nThe clinics will reopen next week, Deputy Minister Datuk Seri Tarvo Lindqvist told "
            "reporters in Vell on Friday.\n")
    found, _ = typed(text, [("Seri Tarvo Lindqvist", "Person", 0)])
    assert found == {"Tarvo Lindqvist": "Person"}


def test_a_field_closing_a_bodys_name_before_a_title_is_cut_off(typed):
    text = ("Lender audited\n\nAuditors visited the Tarrow Savings Credit (TSC) on Monday, a year after the flood.\n\n"
            "TSC Corporate Secretary Jana Roe said the books were open to them.\n")
    found, mentions = typed(text, [("Tarrow Savings Credit", "Organization", 0), ("TSC Corporate", "Organization", 0),
                                   ("Jana Roe", "Person", 0)])
    assert found == {"Tarrow Savings Credit": "Organization", "Jana Roe": "Person"}
    assert mentions.count(("TSC", "Tarrow Savings Credit")) == 2

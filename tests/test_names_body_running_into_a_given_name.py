"""A body's name that runs on into a person's where no model read the person: a given name the morphology knows and
the capitalised words after it end the body's name and are the person's ("Head of the Reserve Bank of Tarsia Jon
Varga"); a given name that opens the name is whom the body is named after ("the Vera Rubin Observatory"); the words
after "and" before a title are the title's ("… of Tarsia and Finance Secretary Ilse Dorn")."""


def test_a_given_name_and_surname_after_a_bodys_name_are_a_person(typed):
    found, _ = typed("Talks in Tarsia\n\nHead of the Reserve Bank of Tarsia Jon Varga met the delegation on Monday.\n")
    assert found.get("Reserve Bank of Tarsia") == "Organization"
    assert found.get("Jon Varga") == "Person"
    assert not any("Varga" in label for label, kind in found.items() if kind == "Organization")


def test_the_model_s_body_running_into_a_given_name_is_cut_there(typed):
    text = "Gas prices\n\nChairman of the Board of Velmora Gas Alexei Dorn said the price would rise in May.\n"
    found, _ = typed(text, [("Board of Velmora Gas Alexei Dorn", "Organization", 0)])
    assert found.get("Board of Velmora Gas") == "Organization"
    assert found.get("Alexei Dorn") == "Person"


def test_a_given_name_opening_a_bodys_name_stays_in_it(typed):
    found, _ = typed("Night sky\n\nThe Vera Rubin Observatory released its first images on Monday.\n",
                     [("Vera Rubin Observatory", "Organization", 0)])
    assert found == {"Vera Rubin Observatory": "Organization"}


def test_the_words_after_and_before_a_title_are_the_title_s(typed):
    found, _ = typed("Talks in Tarsia\n\nThe Reserve Bank of Tarsia and Finance Secretary Ilse Dorn met the delegation.\n")
    assert found.get("Reserve Bank of Tarsia") == "Organization"
    assert not any("Finance" in label for label in found)

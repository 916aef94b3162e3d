"""A storm the model found only by its bare name, a paper called by its masthead word alone, and a company's
acronym spelled without its legal form (names.py)."""


def test_a_bare_storm_name_is_the_storm_named_with_its_kind_words_earlier(typed):
    text = ("Coast braces\n\n"
            "Crews in Orvelle worked through the night as Tropical Storm Marvena gathered strength offshore.\n\n"
            "Officials said schools would close as Marvena approaches from the east.\n")
    types, mentions = typed(text, [("Marvena", "Person", 1)])
    assert types.get("Tropical Storm Marvena") == "Event"
    assert "Marvena" not in types
    assert ("Marvena", "Tropical Storm Marvena") in mentions


def test_a_bare_name_with_no_storm_words_anywhere_stays_a_person(typed):
    text = ("Award\n\n"
            "The jury praised the novel, and Marvena thanked her readers.\n")
    types, _ = typed(text, [("Marvena", "Person", 0)])
    assert types.get("Marvena") == "Person"


def test_a_paper_called_by_its_masthead_word_alone_is_the_paper_named_in_full(typed):
    text = ("Shares slide\n\n"
            "The results were released early, according to the Vellby Times.\n\n"
            "\"Buyers are wary,\" an analyst told the Times.\n")
    types, mentions = typed(text, [("Vellby Times", "Organization", 0), ("Times", "Organization", 1)])
    assert "Times" not in types
    assert ("Times", "Vellby Times") in mentions


def test_a_masthead_word_closing_two_papers_names_neither(typed):
    text = ("Press review\n\n"
            "The Vellby Times and the Orvelle Times both led with the strike, and the Times added a poll.\n")
    _, mentions = typed(text, [("Vellby Times", "Organization", 0), ("Orvelle Times", "Organization", 0),
                               ("Times", "Organization", 2)])
    assert not [label for written, label in mentions if written == "Times" and label != "Times"]


def test_a_company_s_acronym_leaves_out_its_legal_form(typed):
    text = ("Parcels\n\n"
            "Northern Parcel Carriers Inc. said on Friday that costs rose. NPC hired 3,000 more drivers.\n")
    types, mentions = typed(text, [("Northern Parcel Carriers Inc.", "Organization", 0), ("NPC", "Organization", 0)])
    assert "NPC" not in types
    assert any(written == "NPC" and label.startswith("Northern Parcel Carriers") for written, label in mentions)


def test_a_bare_name_written_often_is_looked_for_after_storm_words_once(typed, monkeypatch):
    from claimsgraph import names
    looked = []
    kind_before = names._storm_kind_before
    monkeypatch.setattr(names, "_storm_kind_before", lambda text, at, label: looked.append(at)
                        or kind_before(text, at, label))
    text = "Fair\n\n" + " ".join(f"Visitors cheered as Marvena sang song {n}." for n in range(6)) + "\n"
    typed(text, [("Marvena", "Person", n) for n in range(6)])
    # each writing twice (where the model found it, and in one look over the text for the name), not once more for
    # each writing the model found: no quadratic time on a long live page
    assert len(looked) <= 2 * 6

"""Malay honours before names, parties named in their own language, companies closed by a legal form, and
datelines with a colon (names.py)."""


def test_datin_seri_is_cut_whole_from_a_name(typed):
    text = "Board\n\nDatin Seri Mara Velisa left the Orvik board on Friday after nine years.\n"
    types, _ = typed(text, [("Datin Seri Mara Velisa", "Person", 0)])
    assert types.get("Mara Velisa") == "Person"
    assert not any(label.startswith("Seri") for label in types)


def test_a_span_of_honours_alone_is_the_name_written_after_them(typed):
    text = "Court\n\nThe case brought by Datuk Seri Tero Yam against the Vell board will be heard in June.\n"
    types, _ = typed(text, [("Datuk Seri", "Person", 0)])
    assert types.get("Tero Yam") == "Person"
    assert "Seri" not in types


def test_tun_and_dr_before_a_name_are_honours(typed):
    text = "Reform\n\nTun Dr Orvan Kessel urged the House to pass the budget before the recess.\n"
    types, _ = typed(text, [("Tun Dr", "Person", 0), ("Orvan Kessel", "Person", 0)])
    assert [label for label, kind in types.items() if kind == "Person"] == ["Orvan Kessel"]


def test_a_name_closed_by_bhd_is_a_company_whatever_the_model_said(typed):
    text = "Shares\n\nTamsin Bhd paid a dividend of ten sen in March, its filing shows.\n"
    types, _ = typed(text, [("Tamsin Bhd", "Person", 0)])
    assert types.get("Tamsin Bhd") == "Organization"


def test_companies_listed_with_their_legal_forms_are_found_without_a_model(typed):
    text = ("Filings\n\nThe week's filings came from Norvel Bhd, Kestra Holdings Bhd, Arvik (M) Sdn Bhd and "
            "Velo Group Bhd, the exchange said.\n")
    types, _ = typed(text)
    for name in ("Norvel Bhd", "Kestra Holdings Bhd", "Arvik (M) Sdn Bhd", "Velo Group Bhd"):
        assert types.get(name) == "Organization", name


def test_a_seat_before_a_company_is_no_word_of_its_name(typed):
    text = "Filings\n\nLast week Vardel-based Orlan Holdings Bhd sold its hotel arm for cash.\n"
    types, _ = typed(text)
    assert types.get("Orlan Holdings Bhd") == "Organization"


def test_a_possessive_after_a_legal_form_is_no_part_of_the_company_s_name(typed):
    text = "Filings\n\nVexon Holdings Bhd’s (once Orla Bhd) new chairman bought more shares in May.\n"
    types, _ = typed(text, [("Vexon Holdings Bhd’s", "Organization", 0)])
    assert "Vexon Holdings Bhd" in types and not any(label.endswith("’s") for label in types)


def test_a_party_named_with_the_word_for_a_party_is_found_without_a_model(typed):
    text = ("Coalition\n\nThe Parti Rakyat Velan secretary-general met leaders of the Gabungan Parti Orvan (GPO) "
            "on Sunday.\n")
    types, _ = typed(text)
    assert types.get("Parti Rakyat Velan") == "Organization"
    assert types.get("Gabungan Parti Orvan") == "Organization"


def test_a_party_s_short_name_in_brackets_and_alone_is_that_party(typed):
    text = ("Coalition\n\nThe Parti Setia Velan (Setia) and the Orvan Front will stay together. Setia deputy "
            "president Hasan Rudi said the pact was firm.\n")
    types, mentions = typed(text, [("Parti Setia Velan", "Person", 0), ("Setia", "Person", 1),
                                   ("Setia", "Person", 2)])
    assert types.get("Parti Setia Velan") == "Organization" and "Setia" not in types
    assert ("Setia", "Parti Setia Velan") in mentions


def test_a_party_goes_by_a_word_of_its_name_but_not_by_its_region(typed):
    text = ("Vote\n\nLeaders of the Parti Amin Tarvelo met on Monday. Amin officials said the seats were shared, "
            "and Tarvelo voters will decide.\n")
    types, mentions = typed(text, [("Amin", "Person", 1), ("Tarvelo", "Place", 1)])
    assert ("Amin", "Parti Amin Tarvelo") in mentions
    assert types.get("Tarvelo") == "Place"


def test_a_dateline_with_a_bracketed_date_and_a_colon_names_a_place(typed):
    text = "Talks\n\nVELDORA BAY (May 3): The Orvik Front said on Monday it would stay in the coalition.\n"
    types, _ = typed(text, [("VELDORA BAY", "Organization", 0)])
    assert types.get("Veldora Bay") == "Place"


def test_a_transcript_s_speakers_before_colons_are_no_datelines(typed):
    text = ("Interview\n\nMARTEN: We will open the port in May.\n\nHOST: And the roads?\n\n"
            "MARTEN: They come next year.\n")
    types, _ = typed(text)
    assert types.get("Marten") != "Place"


def test_a_name_before_a_party_officer_s_title_is_a_body_s(typed):
    text = "Coalition\n\nVellan secretary-general Amir Tolan said on Sunday that the pact would hold.\n"
    types, _ = typed(text, [("Vellan", "Place", 0), ("Amir Tolan", "Person", 0)])
    assert types.get("Vellan") == "Organization"


def test_a_given_name_alone_the_model_took_for_a_place_is_the_person(typed):
    text = ("Board\n\nKorin Ashfar joined the Orvik board in May. Korin, 52, chairs its audit panel, a filing "
            "shows.\n")
    types, mentions = typed(text, [("Korin Ashfar", "Person", 0), ("Korin", "Place", 1)])
    assert ("Korin", "Korin Ashfar") in mentions and "Korin" not in types


def test_a_given_name_alone_written_as_a_place_stays_a_place(typed):
    text = ("Rains\n\nMarla Venn flew home on Friday. Floods cut roads in Marla on Sunday, officials said.\n")
    types, _ = typed(text, [("Marla Venn", "Person", 0), ("Marla", "Place", 1)])
    assert types.get("Marla") == "Place"


def test_a_company_named_with_its_country_s_letter_is_the_same_company_without_it(typed):
    text = ("Stakes\n\nOrvel Holdings (M) Sdn Bhd bought a stake in Tarnby Bhd. Orvel Holdings now holds a fifth "
            "of it.\n")
    types, mentions = typed(text, [("Orvel Holdings", "Organization", 1)])
    assert ("Orvel Holdings", "Orvel Holdings (M) Sdn Bhd") in mentions and "Orvel Holdings" not in types


def test_a_speaker_s_or_a_section_s_label_before_a_colon_is_no_dateline(typed):
    for label, speaker in (("THE PRESIDENT", "The President"), ("MODERATOR", "Moderator"), ("MR. VELL", "Mr. Vell"),
                           ("BACKGROUND", "Background"), ("KEY POINTS", "Key Points")):
        text = f"PRESS BRIEFING ON THE HARBOUR\n\n{label}: Thank you all. The Tarnovia harbour opens in May.\n"
        types, _ = typed(text)
        assert types.get(speaker) != "Place", label
        assert "Place" not in {kind for name, kind in types.items() if name.upper() == label}, label


def test_a_place_a_model_knows_before_a_colon_is_a_dateline(typed):
    text = "Talks\n\nVELDORA BAY: The Orvik Front said on Monday it would stay in the coalition.\n"
    types, _ = typed(text, [("VELDORA BAY", "Place", 0)])
    assert types.get("Veldora Bay") == "Place"


def test_a_name_before_vice_president_is_no_body_s(typed):
    text = ("Talks\n\nTarnovia vice president Jane Roe said on Monday the talks had stalled. The talks in Tarnovia "
            "will resume in May.\n")
    types, _ = typed(text, [("Tarnovia", "Place", 0), ("Jane Roe", "Person", 0), ("Tarnovia", "Place", 1)])
    assert types.get("Tarnovia") == "Place"


def test_tun_alone_before_a_name_is_a_word_of_the_name(typed):
    text = "Rains\n\nTun Myat Oo, a farmer, said the rains came late to Vellmar this year.\n"
    types, _ = typed(text, [("Tun Myat Oo", "Person", 0)])
    assert types.get("Tun Myat Oo") == "Person" and "Myat Oo" not in types


def test_a_date_or_an_adverb_before_a_party_s_name_is_no_word_of_it(typed):
    text = ("Vote\n\nOn Sunday Parti Rakyat Vell said it would join the talks. Meanwhile Partido Verde Tarnia "
            "stayed away.\n")
    types, _ = typed(text)
    assert types.get("Parti Rakyat Vell") == "Organization" and types.get("Partido Verde Tarnia") == "Organization"
    assert not any(label.startswith(("Sunday", "Meanwhile")) for label in types)


def test_a_title_and_a_name_after_a_party_s_name_are_no_words_of_it(typed):
    text = "Vote\n\nParti Rakyat Vell President Jon Vell said the pact would hold until May.\n"
    types, _ = typed(text, [("Jon Vell", "Person", 0)])
    assert types.get("Parti Rakyat Vell") == "Organization" and types.get("Jon Vell") == "Person"


def test_nv_alone_closes_no_company_s_name(typed):
    text = "Trip\n\nThe team flew to Las Vellas NV on Friday for the final.\n"
    types, _ = typed(text, [("Las Vellas", "Place", 0)])
    assert types.get("Las Vellas") == "Place" and "Las Vellas NV" not in types


def test_a_given_name_alone_before_a_noun_it_modifies_stays_a_place(typed):
    text = ("Strike\n\nSydra Orla, a nurse, said the wards were full. Sydra hospitals have cancelled 300 operations "
            "this week.\n")
    types, mentions = typed(text, [("Sydra Orla", "Person", 0), ("Sydra", "Place", 1)])
    assert types.get("Sydra") == "Place" and ("Sydra", "Sydra Orla") not in mentions


def test_a_given_name_alone_before_a_verb_of_saying_is_the_person(typed):
    text = "Board\n\nKorin Ashfar joined the Orvik board in May. Korin said the audit was late.\n"
    types, mentions = typed(text, [("Korin Ashfar", "Person", 0), ("Korin", "Place", 1)])
    assert ("Korin", "Korin Ashfar") in mentions and "Korin" not in types


def test_ag_closes_a_company_s_name(typed):
    types, _ = typed("Results\n\nShares in Vexon Orvik AG rose after the results.\n")
    assert types.get("Vexon Orvik AG") == "Organization"

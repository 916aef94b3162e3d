"""Names on news about other subjects (sport, business, courts, disasters, elections elsewhere): a name with a
possessive owns what follows it (a manager's side, an outlet's correspondent) and is not retyped by it; a role's words
inside a longer hyphenated compound are no mention of the role's holder (link.py); time zones, acronyms of hyphenated
common nouns, two names joined by a hyphen, a headline's score, plural common nouns opening a sentence are no names; a
club's short name, a surname the model typed a person's, a given name shared with a person, players' and managers'
titles, publications' and places' nouns type or link a name (names.py, lang/en.py); a word the model ran into a
person's name (a line of a picture's tags) is left out of it when the model found it apart as another kind of name.
Every sentence is invented."""
from claimsgraph.ingest import parse_document


def test_a_managers_side_does_not_make_the_manager_a_club(typed):
    text = ("Match report\n\nVardley drew with Kessington at Holm Park. Tom Brackett's side had chances.\n\n"
            "Vardley manager Tom Brackett: \"We were good today.\"\n")
    types, _ = typed(text, [("Vardley", "Organization", 0), ("Tom Brackett's", "Person", 0),
                            ("Tom Brackett", "Person", 1)])
    assert types["Tom Brackett"] == "Person"


def test_a_name_without_a_possessive_before_side_is_still_a_club(typed):
    text = "Match report\n\nA strong Kessington side won at Holm Park on Sunday.\n"
    types, _ = typed(text, [("Kessington", "Person", 0)])
    assert types["Kessington"] == "Organization"


def test_an_outlets_correspondent_and_her_pronoun_do_not_make_the_outlet_a_person(typed):
    text = ("Vote count\n\nThe VDP rejected the figures on Friday.\n\n"
            "Hana Besk, Vell Jazira's envoy in Ostrova, told us the tally looked odd.\n\n"
            "\"Nobody trusts this board,\" she added.\n")
    types, _ = typed(text, [("Hana Besk", "Person", 0), ("Vell Jazira's", "Organization", 0)])
    assert types["Vell Jazira"] == "Organization"


def _linked(linker, text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[m.span.start:m.span.end], m.entity) for m in linker.mentions(doc)]


def test_a_role_glued_into_a_longer_compound_names_no_one(linker):
    text = "Спорт\n\nКлуб из Вельска весной сыграет в Российской премьер-лиге. Российский премьер-министр приедет на матч.\n"
    linked = _linked(linker, text)
    assert ("Российский премьер", "mikhail-mishustin") in linked
    assert not any(surface.startswith("Российской") for surface, _ in linked)


def test_a_clubs_short_name_after_its_full_name_is_that_club(typed):
    text = ("Match report\n\nNordport United drew 0-0 at Vardley on Saturday.\n\n"
            "United failed to impress despite flashes of brilliance.\n")
    types, mentions = typed(text, [("Nordport United", "Organization", 0), ("United", "Organization", 1)])
    assert ("United", "Nordport United") in mentions and "United" not in types


def test_an_acronym_after_a_clock_time_is_a_time_zone(typed):
    text = "Vote count\n\nLast updated: 11 June 2031 09:40 GMT\n\nThe Vell Commission said the count was over.\n"
    types, _ = typed(text, [("GMT", "Organization", 0), ("Vell Commission", "Organization", 0)])
    assert "GMT" not in types and "Vell Commission" in types


def test_an_acronym_of_hyphenated_common_words_is_no_name(typed):
    text = "Ads\n\nVexon sells banners by cost-per-click (CPC) in six markets. Its CPC rose again in spring.\n"
    types, _ = typed(text, [("Vexon", "Organization", 0), ("CPC", "Organization", 0), ("CPC", "Organization", 1)])
    assert "CPC" not in types and "Vexon" in types


def test_two_names_found_alone_and_joined_by_a_hyphen_are_no_third_name(typed):
    text = ("Deals\n\nVexon denied a report that Norvik would buy it. "
            "Talk of a Vexon-Norvik merger sent Vexon shares lower.\n")
    types, _ = typed(text, [("Vexon", "Organization", 0), ("Norvik", "Organization", 0),
                            ("Vexon-Norvik", "Organization", 0)])
    assert "Vexon-Norvik" not in types and {"Vexon", "Norvik"} <= set(types)


def test_a_full_name_taken_for_a_body_is_a_persons_when_its_surname_alone_was_taken_for_one(typed):
    text = ("Vote count\n\nBallots gave Tomas Arvelo, leader of the VDP, a narrow lead over Ivo Marek, the president, "
            "in every northern district.\n\n"
            "Simo Makela, who trailed far behind, may now endorse Arvelo in a second round.\n")
    types, mentions = typed(text, [("Tomas Arvelo", "Organization", 0), ("VDP", "Organization", 0),
                                   ("Ivo Marek", "Person", 0), ("Simo Makela", "Person", 0), ("Arvelo", "Person", 1)])
    assert types["Tomas Arvelo"] == "Person" and ("Arvelo", "Tomas Arvelo") in mentions


def test_a_plural_common_noun_opening_a_sentence_is_no_name(typed):
    text = ("Quake\n\nGeologists found the tremor was mild, according to Ilse Varga, a geologist at Vell University.\n\n"
            "The Democrats met. Democrats said the Vell Democrats would vote.\n")
    types, _ = typed(text, [("Geologists", "Organization", 0), ("Ilse Varga", "Person", 0),
                            ("Democrats", "Organization", 1)])
    assert "Geologists" not in types and "Democrats" in types


def test_a_plural_common_noun_opening_a_sentence_before_a_verb_of_saying_is_a_group(typed):
    text = "Quake\n\nGeologists said the tremor was mild, according to Ilse Varga, a geologist at Vell University.\n"
    types, _ = typed(text, [("Geologists", "Organization", 0), ("Ilse Varga", "Person", 0)])
    assert types["Geologists"] == "Group"


def test_a_name_after_a_noun_for_a_publication_is_the_publications(typed):
    text = ("Phones\n\nIn an interview with the Vellish newspaper Tarner Blatt, Korvald promised cheaper handsets. "
            "Ilse Varga, a spokeswoman for the agency, agreed.\n")
    types, _ = typed(text, [("Tarner Blatt", "Person", 0), ("Korvald", "Person", 0), ("Ilse Varga", "Person", 0)])
    assert types["Tarner Blatt"] == "Organization" and types["Ilse Varga"] == "Person"


def test_a_name_in_apposition_after_the_capital_is_a_place(typed):
    text = ("Vote count\n\nCrowds gathered in the capital, Vardel, overnight. "
            "Hana Besk, reporting from Vardel, said the VDP was unhappy.\n")
    types, _ = typed(text, [("Vardel", "Organization", 0), ("Hana Besk", "Person", 0), ("Vardel", "Organization", 1),
                            ("VDP", "Organization", 0)])
    assert types["Vardel"] == "Place"


def test_a_place_sharing_a_given_name_with_a_person_is_a_persons_name(typed):
    text = ("Match report\n\nThe referee waved play on after Tarik Holm blocked a volley by Tarik Velde with his "
            "arm. Holm Park was quiet.\n")
    types, _ = typed(text, [("Tarik Holm", "Person", 0), ("Tarik Velde", "Place", 0), ("Holm Park", "Place", 0)])
    assert types["Tarik Velde"] == "Person" and types["Holm Park"] == "Place"


def test_a_body_the_model_names_again_and_again_is_not_a_persons_given_name(typed):
    text = ("Shop deals on Vexbooks and Orla Clocks: Buyer Notes refreshed weekly\n\n"
            "Vexon shrugs off takeover talk as a windfall for Orla\n\n"
            "Vexon on Monday called a story that Norvik had bought it false. A broker called it good news "
            "for Orla investors.\n\nTraders think Orla will cut the price of its tablet.\n")
    types, mentions = typed(text, [("Orla Clocks", "Person", 0), ("Vexon", "Organization", 1),
                                   ("Norvik", "Organization", 0), ("Orla", "Organization", 2),
                                   ("Orla", "Organization", 3)])
    assert types.get("Orla") == "Organization" and ("Orla", "Orla Clocks") not in mentions


_MATCH = ("Vardley 2 Kessington 1: Holt scores late winner\n\n"
          "Vardley came from behind to beat Kessington 2-1 at Marsh Lane, with substitute Dean Holt scoring late.\n\n"
          "Kessington boss Tony Marsh was unhappy with the penalty decision.\n")


def test_a_player_after_a_noun_for_what_he_is_on_the_pitch_is_a_person(typed):
    types, _ = typed(_MATCH, [("Vardley", "Organization", 1), ("Dean Holt", "Organization", 0),
                              ("Tony Marsh", "Person", 0)])
    assert types["Dean Holt"] == "Person"


def test_a_name_before_a_managers_title_is_a_clubs(typed):
    types, _ = typed(_MATCH, [("Kessington", "Place", 1), ("Kessington", "Place", 2), ("Tony Marsh", "Person", 0)])
    assert types["Kessington"] == "Organization" and types["Tony Marsh"] == "Person"


def test_a_headlines_score_is_no_name(typed):
    types, mentions = typed(_MATCH, [("Vardley 2 Kessington 1: Holt", "Organization", 0), ("Vardley", "Organization", 1),
                                     ("Dean Holt", "Person", 0)])
    assert not any(":" in label for label in types) and ("Vardley", "Vardley") in mentions


def test_a_place_after_in_that_the_model_took_into_a_bodys_name_is_a_place_of_its_own(typed):
    text = ("Rates debate\n\nInvestors disagree, says Mara Quell, chief economist at Varn Capital Partners in Tarnby.\n")
    found, _ = typed(text, [("Mara Quell", "Person", 0), ("Varn Capital Partners in Tarnby", "Organization", 0)])
    assert found == {"Mara Quell": "Person", "Varn Capital Partners": "Organization", "Tarnby": "Place"}


def test_a_longer_name_with_in_after_a_lower_case_word_stays_whole(typed):
    text = ("Monitors arrive\n\nThe Council for Peace and Cooperation in Tarnia sent monitors on Monday.\n")
    found, _ = typed(text, [("Council for Peace and Cooperation in Tarnia", "Organization", 0)])
    assert found == {"Council for Peace and Cooperation in Tarnia": "Organization"}


def test_a_one_word_name_before_in_is_cut_only_before_a_place_the_model_names_alone(typed):
    text = ("Mudslide\n\nThe slide hit Vessby in Harrow County on Saturday.\n\nHarrow County opened a shelter.\n")
    found, _ = typed(text, [("Vessby in Harrow County", "Organization", 0), ("Harrow County", "Place", 1)])
    assert "Vessby in Harrow County" not in found and found["Harrow County"] == "Place"
    text = ("Awards\n\nThe show Made in Tarnby won an award on Saturday.\n")
    found, _ = typed(text, [("Made in Tarnby", "Organization", 0)])
    assert "Made in Tarnby" in found


def test_a_lone_surname_that_reads_as_a_plural_of_a_given_name_is_a_person(typed):
    text = ("Сборы в Вельске\n\nТренер рассказал о Вельдине и Тарасове, которые пропустят сборы.\n")
    found, _ = typed(text, [("Вельдине", "Person", 0), ("Тарасове", "Person", 0)])
    assert found.get("Тарасов") == "Person"
    text = ("Сборы в Вельске\n\nМы поговорили с Женей о сборах.\n")
    found, _ = typed(text, [("Женей", "Person", 0)])
    assert not found


def test_two_words_after_the_definite_article_before_said_are_a_bodys_name(typed):
    text = "Port news\n\nThe Vardel Courier said the ferry would stop in May.\n"
    types, _ = typed(text, [("The Vardel Courier", "Organization", 0)])
    assert "Person" not in types.values()


def test_a_sentences_first_word_that_opens_a_body_the_model_read_whole_keeps_it_a_body_before_said(typed):
    text = "School news\n\nNew Vellport Unified said its teachers earn the most in the county.\n"
    types, _ = typed(text, [("New Vellport Unified", "Organization", 0)])
    assert types == {"New Vellport Unified": "Organization"}


def test_two_words_after_a_word_written_in_camel_case_end_a_bodys_name(typed):
    text = "Clinic news\n\nKestraLine Harbor Clinic said on Monday that two wards had closed.\n"
    types, _ = typed(text, [("KestraLine Harbor Clinic", "Organization", 0)])
    assert types.get("Harbor Clinic") != "Person"


def test_a_company_name_written_elsewhere_with_its_legal_form_is_no_persons_before_said(typed):
    text = ("Deal news\n\nNorvane Data Corp agreed to buy a rival on Monday.\n\n"
            "Norvane Data added that the rival's board had backed the offer.\n")
    types, mentions = typed(text, [("Norvane Data Corp", "Organization", 0)])
    assert "Person" not in types.values()


def test_a_body_the_model_read_before_said_and_its_pronoun_stays_a_body(typed):
    text = "Results\n\nDellmoor Soup said it lost two big customers over the winter.\n"
    types, _ = typed(text, [("Dellmoor Soup", "Organization", 0)])
    assert types == {"Dellmoor Soup": "Organization"}


def test_a_body_referred_back_to_with_its_pronoun_is_not_a_person_for_a_later_he(typed):
    text = ("Clinic news\n\nTwo wards of Ravelmont Hill Clinic closed. Karl Ostby, chief of Ravelmont West Network, "
            "said one patient had the virus.\n\nRavelmont said it sent samples on Monday. Ostby said he knew of no "
            "other case.\n")
    types, _ = typed(text, [("Ravelmont Hill Clinic", "Organization", 0), ("Ravelmont West Network", "Organization", 0),
                            ("Karl Ostby", "Person", 0), ("Ravelmont", "Organization", 2),
                            ("Ostby", "Organization", 1)])
    assert types.get("Ravelmont") == "Organization"


def test_an_administrators_title_is_no_part_of_the_name(typed):
    text = ("Rule news\n\nAgency Administrator Tomas Brellin announced the rule on Monday. "
            "Administrator Brellin said the states would set the limits.\n")
    types, mentions = typed(text, [("Tomas Brellin", "Person", 0)])
    assert "Administrator Brellin" not in types and ("Brellin", "Tomas Brellin") in mentions


def test_a_models_name_ends_before_a_dash_set_off_by_spaces(typed):
    text = ("Market news\n\nThe purchase of Vexon Mobility - a loss-making unit - weighed on the shares.\n")
    types, _ = typed(text, [("Vexon Mobility - a", "Organization", 0)])
    assert types == {"Vexon Mobility": "Organization"}


def test_a_place_name_beside_a_score_is_a_team(typed):
    text = ("Match report\n\nGoals from Tam Oryk sent Brellham Town past Vexford City 3-1 on Sunday.\n\n"
            "Vexford City had won their last four games.\n")
    types, _ = typed(text, [("Vexford City", "Place", 0), ("Vexford City", "Place", 1), ("Tam Oryk", "Person", 0)])
    assert types["Vexford City"] == "Organization"


def test_a_score_the_model_took_into_a_name_is_cut_off(typed):
    text = "Match report\n\nKessby Athletic beat Vexford City 2-0 in the cup on Tuesday.\n"
    types, _ = typed(text, [("Vexford City 2-0", "Place", 0)])
    assert types.get("Vexford City") == "Organization" and "Vexford City 2-0" not in types


def test_a_place_without_a_score_beside_it_stays_a_place(typed):
    text = "Floods\n\nHeavy rain hit Vexford City on Sunday, and 3-4 roads were shut near Kessby.\n"
    types, _ = typed(text, [("Vexford City", "Place", 0), ("Kessby", "Place", 0)])
    assert types["Vexford City"] == "Place" and types["Kessby"] == "Place"


def test_a_place_name_after_a_word_of_a_match_is_a_team(typed):
    text = "Match report\n\nKessby Athletic deservedly beat Vexford City at Holm Park on Saturday.\n"
    types, _ = typed(text, [("Vexford City", "Place", 0), ("Holm Park", "Place", 0)])
    assert types["Vexford City"] == "Organization" and types["Holm Park"] == "Place"


def test_a_country_after_a_word_of_a_match_stays_a_country(typed):
    text = "War\n\nThe Vellian army vowed to defeat Kenya before the winter, its chief said.\n"
    types, _ = typed(text, [("Kenya", "Place", 0)])
    assert types.get("Kenya") != "Organization"


def test_a_preposition_opening_the_sentence_is_no_word_of_the_name(typed):
    text = "Match report\n\nFollowing Brellham Town's late collapse, the board met on Monday.\n"
    types, _ = typed(text, [("Following Brellham Town's", "Organization", 0)])
    assert types == {"Brellham Town": "Organization"}


def test_a_preposition_inside_a_sentence_before_a_name_is_left_to_other_rules(typed):
    text = "Markets\n\nShares rose after Vexon Foods reported higher sales.\n"
    types, _ = typed(text, [("Vexon Foods", "Organization", 0)])
    assert types == {"Vexon Foods": "Organization"}


def test_a_common_word_opening_a_sentence_is_no_persons_name(typed):
    text = "Rally\n\nThe march crossed Kessby on Sunday. Attendance was thin, organisers admitted.\n"
    types, _ = typed(text, [("Attendance", "Person", 0)])
    assert "Attendance" not in types


def test_a_verb_alone_on_a_page_line_is_no_persons_name(typed):
    text = "Rally\n\nThe march crossed Kessby on Sunday.\n\nicon Subscribe for our letters\n"
    types, _ = typed(text, [("Subscribe", "Person", 0)])
    assert "Subscribe" not in types


def test_a_common_word_beside_a_verb_of_saying_is_still_a_surname(typed):
    text = "Rally\n\nThe march crossed Kessby on Sunday. Mason said the police kept away.\n"
    types, _ = typed(text, [("Mason", "Person", 0)])
    assert types.get("Mason") == "Person"


def test_a_surname_beside_a_verb_of_saying_once_is_a_surname_at_every_opening(typed):
    text = "Rally\n\nThe march crossed Kessby on Sunday.\n\nMason said the police kept away.\n\nMason left at noon.\n"
    _, mentions = typed(text, [("Mason", "Person", 0), ("Mason", "Person", 1)])
    assert [m for m in mentions if m[0] == "Mason"] == [("Mason", "Mason"), ("Mason", "Mason")]


def test_a_law_head_inside_a_longer_name_makes_no_agreement(typed):
    text = "Vote\n\nThe Vell National Accord Society, a party of farmers, won four seats.\n"
    types, _ = typed(text, [("The Vell National Accord Society", "Organization", 0)])
    assert types == {"Vell National Accord Society": "Organization"}


def test_a_group_after_a_preposition_is_nobody_speaking(typed):
    text = "Floods\n\nThe hunt for villagers continued near Kessby on Sunday.\n"
    types, _ = typed(text, [("Kessby", "Place", 0)])
    assert "villagers" not in types


def test_an_adjective_before_a_public_title_is_no_body(typed):
    text = "Storm\n\nMaritime Minister Lena Varga said the port would reopen.\n"
    types, _ = typed(text, [("Maritime", "Organization", 0), ("Lena Varga", "Person", 0)])
    assert "Maritime" not in types and types["Lena Varga"] == "Person"


def test_a_place_name_after_a_win_over_is_a_team(typed):
    text = "Match report\n\nKessby Athletic earned a narrow win over Vexford City on Sunday.\n"
    types, _ = typed(text, [("Vexford City", "Place", 0)])
    assert types["Vexford City"] == "Organization"


def test_a_company_of_a_town_is_the_company_and_the_town(typed):
    text = ("Results\n\nVexlor of Port Ander posted a quarterly loss. Vexlor blamed the weather, a spokesman said.\n")
    types, _ = typed(text, [("Vexlor of Port Ander", "Organization", 0), ("Vexlor", "Organization", 1)])
    assert types == {"Vexlor": "Organization", "Port Ander": "Place"}


def test_a_body_of_a_place_named_by_a_common_noun_stays_whole(typed):
    text = "Rates\n\nThe Bank of Tarnia kept rates on hold. The Bank said inflation was easing.\n"
    types, _ = typed(text, [("The Bank of Tarnia", "Organization", 0)])
    assert types.get("Bank of Tarnia") == "Organization"


def test_agencies_a_dateline_joins_with_a_slash_are_each_a_body(typed):
    text = "Quay news\n\nNORDPORT (Vell TV/Northwire) -- The quay reopened on Monday after the storm.\n"
    types, _ = typed(text, [])
    assert types.get("Vell TV") == "Organization" and types.get("Northwire") == "Organization"
    assert "Vell TV/Northwire" not in types


def test_a_dateline_with_two_agencies_is_no_part_of_a_claim():
    from claimsgraph.ingest import dateline_span
    doc = parse_document("t.txt", "Quay news\n\nNORDPORT (Vell TV/Northwire) -- The quay reopened on Monday.\n".encode(),
                         "text/plain")
    span = dateline_span(doc)
    assert span is not None and doc.text[span.end:].lstrip().startswith("The quay")


def test_a_currencys_code_after_a_sum_names_no_company(typed):
    text = "Wages\n\nThe average wage in Vellsk reached 250,000 AMD in March, up from 1.2 million AMD a year ago.\n"
    types, _ = typed(text, [("AMD", "Organization", 0), ("AMD", "Organization", 1)])
    assert "AMD" not in types


def test_capitalised_common_words_before_a_body_noun_in_lower_case_name_no_body(typed):
    text = ("Outbreak\n\nThe Vellish Centre for Disease Control (VCDC) reported 40 new cases.\n\n"
            "The Public Health agency said the cases span 21 states.\n")
    types, _ = typed(text, [("Vellish Centre for Disease Control", "Organization", 0), ("VCDC", "Organization", 0),
                            ("The Public Health", "Organization", 0)])
    assert "Public Health" not in types and "The Public Health" not in types


def test_a_currencys_code_after_a_year_is_still_the_company(typed):
    types, _ = typed("Chips\n\nIn 2019 AMD said its chip sales rose.\n", [("AMD", "Organization", 0)])
    assert types == {"AMD": "Organization"}


def test_common_words_before_a_noun_that_follows_a_bodys_own_name_are_that_name(typed):
    text = "Vote\n\nThe Green Future party said the dam was unsafe.\n"
    types, _ = typed(text, [("Green Future", "Organization", 0)])
    assert types == {"Green Future": "Organization"}


def test_a_word_the_model_ran_into_a_persons_name_is_another_name_it_found_apart(typed):
    text = "Jane Roe Vexon takeover shares\n\nJane Roe said the deal would go ahead. Vexon said it would appeal.\n"
    types, mentions = typed(text, [("Jane Roe Vexon", "Person", 0), ("Jane Roe", "Person", 1),
                                   ("Vexon", "Organization", 1)])
    assert types.get("Jane Roe") == "Person" and types.get("Vexon") == "Organization"
    assert "Jane Roe Vexon" not in types and ("Vexon", "Vexon") in mentions


def test_a_surname_the_model_found_apart_as_a_person_stays_in_the_name(typed):
    text = ("Maria Luisa Ferrant spoke first.\n\nMaria Luisa said the deal would go ahead. Ferrant said it would "
            "wait.\n")
    types, _ = typed(text, [("Maria Luisa Ferrant", "Person", 0), ("Maria Luisa", "Person", 1),
                            ("Ferrant", "Person", 1)])
    assert types.get("Maria Luisa Ferrant") == "Person" and "Maria Luisa" not in types


def test_a_name_in_running_prose_keeps_a_word_the_model_found_apart(typed):
    text = "Anna Maria Corvell, a nurse, moved to Velsk.\n\nAnna Maria said she loved Corvell.\n"
    types, _ = typed(text, [("Anna Maria Corvell", "Person", 0), ("Anna Maria", "Person", 1),
                            ("Corvell", "Organization", 1)])
    assert types.get("Anna Maria Corvell") == "Person"


def test_a_name_cut_from_a_tag_line_keeps_its_spaces(typed):
    text = "Jane  Roe Vexon takeover shares\n\nJane  Roe said the deal would go ahead. Vexon said it would appeal.\n"
    _, mentions = typed(text, [("Jane  Roe Vexon", "Person", 0), ("Jane  Roe", "Person", 1),
                               ("Vexon", "Organization", 1)])
    assert mentions[0][0] == "Jane  Roe"


def test_a_tag_line_with_a_label_and_commas_is_still_a_line_of_tags(typed):
    text = "Tags: Jane Roe Vexon takeover, shares\n\nJane Roe said the deal would go ahead. Vexon said it would appeal.\n"
    types, _ = typed(text, [("Jane Roe Vexon", "Person", 0), ("Jane Roe", "Person", 1), ("Vexon", "Organization", 1)])
    assert "Jane Roe Vexon" not in types and types.get("Vexon") == "Organization"

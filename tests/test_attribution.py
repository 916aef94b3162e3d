"""Claimant rules on small texts with a registry of their own (no dependence on ontology/)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims

ENTITIES = [
    Entity("putin", "Vladimir Putin", "Person",
           pref_labels=(("Vladimir Putin", "en"), ("Владимир Путин", "ru")),
           alt_labels=(("Putin", "en"), ("Путин", "ru")),
           roles=(("the Russian leader", "en"), ("российский лидер", "ru"), ("глава государства", "ru"))),
    Entity("aliyev", "Ilham Aliyev", "Person", pref_labels=(("Ilham Aliyev", "en"),),
           alt_labels=(("Aliyev", "en"), ("Алиев", "ru"))),
    Entity("mfa", "Russian Foreign Ministry", "Organization",
           pref_labels=(("Russian Foreign Ministry", "en"),), alt_labels=(("МИД России", "ru"),)),
    Entity("tass", "TASS", "Organization", pref_labels=(("TASS", "en"),), alt_labels=(("ТАСС", "ru"),)),
    Entity("russia", "Russia", "Country", pref_labels=(("Russia", "en"), ("Россия", "ru"))),
]


@pytest.fixture(scope="module")
def small_linker():
    return Linker(ENTITIES)


def test_reporting_verb_with_that(small_linker):
    assert claims("Vladimir Putin said that the situation in the region is calm.", small_linker) == [
        ("Vladimir Putin said that the situation in the region is calm.", "putin")]


def test_according_to_and_own_voice(small_linker):
    out = claims("According to the Russian Foreign Ministry, the talks were useful. "
                 "The weather in Moscow was cold on that day.", small_linker)
    assert [c for _, c in out] == ["mfa", None]


def test_multi_paragraph_quotation_keeps_its_speaker(small_linker):
    text = ("Vladimir Putin said:\n\n“The first part of the speech is here.\n\n"
            "The second part of the speech is here.\n\nThe third part ends the speech”, he concluded.\n\n"
            "The talks then continued behind closed doors.")
    assert [c for _, c in claims(text, small_linker)] == ["putin", "putin", "putin", None]


def test_pronoun_resolves_to_the_last_person(small_linker):
    text = "Ilham Aliyev arrived in Moscow for the talks. He noted that the ceasefire holds well."
    assert [c for _, c in claims(text, small_linker)] == [None, "aliyev"]


def test_dateline_agency_is_the_publisher_not_the_claimant(small_linker):
    text = "MOSCOW, November 12. /TASS/. The Russian Foreign Ministry stressed that the border is calm."
    out = claims(text, small_linker)
    assert out == [("The Russian Foreign Ministry stressed that the border is calm.", "mfa")]


@pytest.mark.parametrize("dateline", ["NORDPORT (Coastal Wire) - ", "Nordport, Ruritania, May 4 (Coastal Wire) — ",
                                      "(Coastal Wire) -"])
def test_a_wire_dateline_is_no_part_of_a_claim_and_its_agency_is_a_name_not_a_speaker(small_linker, dateline):
    text = f"Quay opens\n\n{dateline}The harbour authority opened a new quay on Monday after two years of work.\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, small_linker)
    sentence = "The harbour authority opened a new quay on Monday after two years of work."
    # the sentence, and its span of time as a figure
    assert [(doc.text[c.span.start:c.span.end], c.claimant) for c in x.claims] == [(sentence, None)] * 2
    assert {e.label: e.type for e in x.new_entities}.get("Coastal Wire") == "Organization"


@pytest.mark.parametrize("dateline", ["Portvale, Mar 14 : ", "PORTVALE, March 14 (Coastal Wire) - "])
def test_a_place_in_a_dateline_is_never_the_claimant(small_linker, dateline):
    text = (f"{dateline}The Water Council on Saturday confirmed the result of the vote on the new reservoir "
            "in the valley.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, small_linker)
    place = next(e.key for e in x.new_entities if e.label.lower() == "portvale")
    assert x.claims and all(c.claimant != place for c in x.claims)


def test_russian_dash_frame_speaks_for_its_paragraph(small_linker):
    text = ("Мы продолжим совместную работу с партнёрами. Ситуация на границе остаётся спокойной, — сказал Путин.\n\n"
            "По словам российского лидера, переговоры прошли успешно.\n\n"
            "Глава государства отметил, что решения будут приняты.")
    assert [c for _, c in claims(text, small_linker)] == ["putin", "putin", "putin", "putin"]


def test_questions_greetings_and_headings_are_not_claims(small_linker):
    text = "Talks in Moscow\n\nDear colleagues!\n\nWhat happens next?\n\nThe talks in Moscow lasted three hours."
    assert claims(text, small_linker) == [("The talks in Moscow lasted three hours.", None)]


@pytest.mark.parametrize("courtesy", [
    "The Governor extends her deepest condolences to the families of the victims.",
    "Губернатор выразила соболезнования семьям погибших.",
])
def test_condolences_are_courtesies_not_claims(small_linker, courtesy):
    assert claims(f"{courtesy} The river rose above the dam on Sunday night.", small_linker) == [
        ("The river rose above the dam on Sunday night.", None)]


def test_interview_labels_attribute_answers_and_drop_questions(small_linker):
    text = ("Question: What has the meeting achieved so far?\n\n"
            "Putin: Quite a lot. The border has been calm for a month.\n\n"
            "Question: And the refugees?\n\n"
            "Putin: They are coming back to their homes now.")
    assert claims(text, small_linker) == [("Quite a lot.", "putin"),
                                          ("The border has been calm for a month.", "putin"),
                                          ("They are coming back to their homes now.", "putin")]


def test_statement_said_means_its_issuer(small_linker):
    text = ("The Russian Foreign Ministry issued a statement on Friday about the talks in Moscow.\n\n"
            "“The talks in Moscow were useful for all sides”, the statement said.")
    assert [c for _, c in claims(text, small_linker)] == [None, "mfa"]


def test_a_decree_said_means_who_signed_it_where_no_law_was_named(small_linker):
    text = ("Snap vote called\n\nIlham Aliyev signed a decree on Friday after a cabinet meeting.\n\n"
            "The decree said the vote would take place in the first week of spring.")
    assert [c for _, c in claims(text, small_linker)] == [None, "aliyev"]


def test_relative_clause_does_not_become_the_speaker(small_linker):
    text = "Ilham Aliyev, who spoke with Vladimir Putin on Monday, said that the border is calm."
    # the sentence is Aliyev's, the relative clause describing him with it
    assert claims(text, small_linker) == [(text, "aliyev")]


def test_russian_subject_is_nominative(small_linker):
    text = "Алиев, который провел разговор с Путиным, подчеркнул, что граница остается спокойной."
    assert claims(text, small_linker) == [(text, "aliyev")]


def test_backward_frame_attributes_the_paragraph_before(small_linker):
    text = "Ситуация на границе остается спокойной и стабильной.\n\nОб этом в пятницу заявил Путин."
    assert claims(text, small_linker) == [("Ситуация на границе остается спокойной и стабильной.", "putin")]


def test_according_to_a_pronoun(small_linker):
    text = "Ilham Aliyev arrived in Moscow on Monday. According to him, the border is calm now."
    assert [c for _, c in claims(text, small_linker)] == [None, "aliyev"]


def test_apposition_between_subject_and_verb(small_linker):
    text = "Russia, the closest ally of Ilham Aliyev in the region, urged both sides to show restraint."
    assert [c for _, c in claims(text, small_linker)] == ["russia"]


def test_surname_alone_after_a_full_mention():
    linker = Linker([Entity("smith", "John Smith", "Person", pref_labels=(("John Smith", "en"),),
                            alt_labels=(("Джон Смит", "ru"),))])
    doc = parse_document("s.txt", b"Smith arrived. John Smith met officials. Later Smith left.", "text/plain")
    assert [(m.entity, m.via) for m in linker.mentions(doc)] == [("smith", "label"), ("smith", "surname")]
    doc = parse_document("r.txt", "Джон Смит прибыл в Баку. Смита встретили в аэропорту.".encode(), "text/plain")
    assert [m.via for m in linker.mentions(doc)] == ["label", "surname"]


def test_year_like_number_with_a_counted_noun_is_a_figure():
    from claimsgraph.extract.quantities import find_quantities
    from claimsgraph.model import Span

    text = "Численность контингента составляет 1960 военнослужащих, как и в 2020 году."
    assert [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), "ru")] == [(1960, "военнослужащих")]


@pytest.mark.parametrize("text, expected", [
    ("The border with Azerbaijan has been calm for weeks, Ilham Aliyev said at a cabinet meeting in Baku on Friday.",
     [("The border with Azerbaijan has been calm for weeks", "aliyev"),
      ("Ilham Aliyev said at a cabinet meeting in Baku on Friday.", None)]),
    ("Ilham Aliyev said at a news conference in Baku that the border has been calm for weeks.",
     [("Ilham Aliyev said at a news conference in Baku", None),
      ("the border has been calm for weeks.", "aliyev")]),
    ("The talks in Moscow went well for all sides, Ilham Aliyev said, adding that the border is calm.",
     [("The talks in Moscow went well for all sides", "aliyev"), ("the border is calm.", "aliyev")]),
])
def test_frames_that_hold_more_than_the_attribution_are_cut(small_linker, text, expected):
    assert claims(text, small_linker) == expected


def test_a_leading_adverbial_is_not_an_apposition(small_linker):
    assert [c for _, c in claims("On Monday, the two sides agreed to resume the talks, Ilham Aliyev said.",
                                 small_linker)] == ["aliyev"]


def test_a_role_before_another_name_is_that_persons_title(small_linker):
    doc = parse_document("r.txt", "The Russian leader met NATO officials. The Russian leader John Doe left.".encode(),
                         "text/plain")
    assert [doc.text[m.span.start:m.span.end] for m in small_linker.mentions(doc)] == ["Russian leader"]


def test_a_sentence_opening_with_a_place_is_not_a_dateline():
    from claimsgraph.ingest import find_publisher

    assert find_publisher("Speaking in Baku, 10 March, Ilham Aliyev said the talks went well.") is None


def test_the_cited_source_speaks_not_the_agency(small_linker):
    assert [c for _, c in claims("Как сообщает ТАСС со ссылкой на МИД России, встреча пройдет в Москве.",
                                 small_linker)] == ["mfa"]


def test_a_named_apposition_after_a_title_speaks(small_linker):
    linker = Linker(ENTITIES + [Entity("zakharova", "Maria Zakharova", "Person",
                                       pref_labels=(("Maria Zakharova", "en"),))])
    assert [c for _, c in claims("Putin's spokeswoman, Maria Zakharova, said the talks would continue.",
                                 linker)] == ["zakharova"]


def test_russian_impersonal_plural_speaks_for_the_body(small_linker):
    assert [c for _, c in claims("В МИД России заявили, что встреча пройдет в Москве.", small_linker)] == ["mfa"]


def test_demonym_groups_speak_for_their_country(small_linker):
    assert [c for _, c in claims("According to Russian officials, the border is calm this week.",
                                 small_linker)] == ["russia"]


def test_a_name_governed_by_a_noun_is_not_the_speaker(small_linker):
    text = "«Мы не обсуждаем коридоры», – сказал помощник Путина."
    assert [c for _, c in claims(text, small_linker)] == [None]


def test_one_word_answers_in_an_interview_are_claims(small_linker):
    text = ("Question: Is the border calm now?\n\nPutin: Yes. It has been calm for weeks now.\n\n"
            "Question: Will the talks go on?\n\nPutin: Certainly.")
    assert claims(text, small_linker) == [("Yes.", "putin"), ("It has been calm for weeks now.", "putin"),
                                          ("Certainly.", "putin")]


# The dependency parse decides who speaks in English, with names the registry has never heard of.

def labelled_claims(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(evidence, claimant's label, relays' labels) of each claim without a figure."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, Linker(ENTITIES))
    labels = {**{e.key: e.label for e in ENTITIES}, **{e.key: e.label for e in x.new_entities}}
    return [(doc.text[c.span.start:c.span.end], labels.get(c.claimant), tuple(labels[k] for k in c.via))
            for c in x.claims if c.kind != "quantity"]


def claimants(text: str) -> list[tuple[str, str | None]]:
    return [(quote, who) for quote, who, _ in labelled_claims(text)]


def test_subject_of_a_speech_act_verb_speaks():
    out = claimants("Harvest report\n\nGovernor Elena Marsh on Tuesday praised the farmers for their patience. "
                    "She warned that the winter would be long.")
    assert [who for _, who in out] == ["Elena Marsh", "Elena Marsh"]


def test_a_person_in_apposition_speaks_rather_than_the_body_they_head():
    out = claimants("Water talks\n\nThe head of the National Water Council, Ahmet Yilmaz, said the reservoirs "
                    "were full.")
    assert [who for _, who in out] == ["Ahmet Yilmaz"]


def test_a_company_named_before_speaks_as_it_and_the_company():
    out = claimants("Quarterly results\n\nBrightwater Holdings opened a new plant in the north. "
                    "The company said demand had recovered. It reported a profit for the quarter.")
    assert [who for _, who in out] == [None, "Brightwater Holdings", "Brightwater Holdings"]


def test_russian_pronoun_before_the_verb_is_its_subject(small_linker):
    text = "Путин заявил, что переговоры идут успешно. Он также поблагодарил Алиева за терпение."
    assert [c for _, c in claims(text, small_linker)][-1] == "putin"


def relayed(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(who, via) for _, who, via in labelled_claims(text)]


@pytest.mark.parametrize("text", [
    "Port news\n\nThe harbour will reopen next week, Vladimir Putin said, quoted by TASS.",
    "Port news\n\nVladimir Putin said the harbour would reopen next week, TASS reported.",
    "Port news\n\nAs cited by TASS, Vladimir Putin said the harbour would reopen next week.",
    "Port news\n\nVladimir Putin said the harbour would reopen next week, according to TASS.",
])
def test_the_relaying_outlet_is_kept_not_chosen(text):
    assert relayed(text) == [("Vladimir Putin", ("TASS",))]


def test_a_cited_source_speaks_through_the_outlet_that_cites_it():
    out = relayed("Port news\n\nTASS reported, citing the Russian Foreign Ministry, that the harbour would reopen.")
    assert out == [("Russian Foreign Ministry", ("TASS",))]


def test_russian_relay_after_the_frame_and_an_outlet_alone():
    out = relayed("Новости порта\n\nПорт откроется в понедельник, сообщил Путин, передает ТАСС.\n\n"
                  "Движение судов возобновится через неделю, пишет ТАСС.")
    assert out == [("Vladimir Putin", ("TASS",)), ("TASS", ())]


def test_interview_labels_by_initials():
    out = claimants("Q&A with Environment Minister Hana Kovac\n\nWDR: Will the government raise the tariffs?\n\n"
                    "HK: The cabinet decides that. We will see how the year goes.")
    assert [who for _, who in out] == ["Hana Kovac", "Hana Kovac"]


def test_the_name_nearest_the_subject_speaks_not_a_bracketed_agency():
    out = claimants("Chip plant\n\n(Outlet Wire) - Glassmaker Brightwater Holdings told investors on Friday it "
                    "would open a furnace.")
    [(_, who)] = out
    assert who.endswith("Brightwater Holdings")


def test_remarks_by_a_person_named_in_the_headline_are_theirs():
    out = claimants("Press remarks by President Hana Kovac after the meeting with the delegation\n\n"
                    "We spoke at length today. I am sure the accord will be signed.")
    assert [who for _, who in out] == ["Hana Kovac", "Hana Kovac"]


@pytest.mark.parametrize("headline", [
    "Statement by the Spokesperson of the Ministry of Trade of Freedonia, Hana Kovac, on the harbour tariffs",
    "Statement by Freedonia's Trade Minister Hana Kovac on the harbour tariffs",
])
def test_the_person_a_statement_headline_names_after_titles_and_bodies_issues_it(headline):
    out = claimants(f"{headline}\n\nThe new tariffs took effect on Monday. We note the calm on the markets.")
    assert [who for _, who in out] == ["Hana Kovac", "Hana Kovac"]


def test_a_russian_headline_names_its_issuer_after_lower_case_titles_and_initials():
    linker = Linker([Entity("kovac", "Hana Kovac", "Person", pref_labels=(("Хана Ковач", "ru"),),
                            alt_labels=(("Х.Ковач", "ru"),))])
    for headline in ("Комментарий официального представителя министерства торговли Фридонии Х.Ковач в связи с "
                     "новыми пошлинами", "Выступление министра торговли Фридонии Ханы Ковач на заседании совета"):
        text = f"{headline}\n\nПошлины вступили в силу в понедельник. Мы отмечаем спокойствие на рынках."
        doc = parse_document("t.txt", text.encode(), "text/plain")
        assert [c.claimant for c in extract(doc, linker).claims] == ["kovac", "kovac"], headline


def test_her_words_go_to_a_woman_not_to_the_last_man():
    linker = Linker([Entity("ivanova", "Anna Ivanova", "Person", pref_labels=(("Анна Иванова", "ru"),)),
                     Entity("petrov", "Oleg Petrov", "Person", pref_labels=(("Олег Петров", "ru"),))])
    text = "Анна Иванова встретилась с Олегом Петровым в Москве. По её словам, переговоры прошли успешно."
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, linker).claims][-1] == "ivanova"


PARSE_ENTITIES = [
    Entity("vantree", "Orla Vantree", "Person", pref_labels=(("Orla Vantree", "en"),), alt_labels=(("Vantree", "en"),)),
    Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"),)),
    Entity("kellmouth", "Kellmouth", "Place", pref_labels=(("Kellmouth", "en"),)),
    Entity("harbour-council", "Harbour Council", "Organization", pref_labels=(("Harbour Council", "en"),)),
]


def frames(text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(c.claimant, c.rule, c.via) for c in extract(doc, Linker(PARSE_ENTITIES)).claims]


@pytest.mark.parametrize("text", [
    "“The port will reopen in the spring”, Northwire reports Orla Vantree as saying.",
    "Northwire quoted Orla Vantree as saying that the port would reopen in the spring.",
])
def test_parse_reported_as_saying_speaks_and_the_reporter_relays(text):
    assert frames(text) == [("vantree", "as_saying", ("northwire",))]


def test_parse_quoted_as_saying_without_reporter():
    assert frames("Orla Vantree was quoted as saying that the port would reopen in the spring.") == [
        ("vantree", "as_saying", ())]


def test_parse_capital_as_subject_speaks_for_its_government():
    assert frames("Kellmouth denied the accusation of smuggling grain across the border.")[0][:2] == (
        "kellmouth", "verb_subject")


def test_parse_a_place_reporting_a_figure_is_a_region_in_the_figures_not_its_government():
    claims = frames("Kellmouth reported $3.2 billion in revenue for the quarter, up from $2.9 billion.")
    assert claims and all(who is None for who, _, _ in claims)


def test_parse_the_navy_refers_back_to_the_navy_that_spoke():
    navy = Entity("ruritanian-navy", "Ruritanian Navy", "Organization", pref_labels=(("Ruritanian Navy", "en"),))
    doc = parse_document("t.txt", ("The Ruritanian Navy said on Monday that the strait was open. "
                                   "But the harbour remained closed to tankers, the navy added in its statement.").encode(),
                         "text/plain")
    assert [c.claimant for c in extract(doc, Linker([navy])).claims if "harbour" in doc.text[c.span.start:c.span.end]] \
        == ["ruritanian-navy"]


def test_parse_a_pronoun_in_a_relative_clause_is_the_subject_of_the_clause_it_hangs_from():
    out = frames("Northwire said on Monday that the port would close. Kellmouth also makes the deal conditional on a "
                 "change to the charter, which it says contains claims to the islands.")
    assert out[-1][0] == "kellmouth"


def test_parse_a_pronoun_of_another_kind_than_the_governing_subject_refers_back_as_before():
    out = frames("Orla Vantree said on Monday that the port would close. The Harbour Council approved the lease, "
                 "which she said would save the port.")
    assert out[-1][0] == "vantree"


@pytest.mark.parametrize("text, speaker", [
    ("Northwire announced its plans for the harbour on Monday.", None),
    ("Northwire announced its plans to build a plant in Kellmouth.", "northwire"),   # the intention made known
    ("The Harbour Council announced a decision to close the pier.", "harbour-council"),
    ("The Harbour Council rejected the offer on Monday.", None),
    ("Northwire announced that it would build a plant in Kellmouth.", "northwire"),
    ("The Harbour Council rejected the offer as “an insult to the port”.", "harbour-council"),
])
def test_parse_a_verb_of_speech_with_a_thing_for_object_tells_an_act(text, speaker):
    assert frames(text)[0][0] == speaker


@pytest.mark.parametrize("later", ["Some said the fees were too high.", "Others said the fees were too high.",
                                   "Everyone said the fees were too high."])
def test_parse_an_indefinite_pronoun_is_no_one_named_before(later):
    assert frames(f"Northwire said on Monday that the port would close.\n\n{later}")[-1][0] is None


def test_parse_description_holding_the_subjects_head_refers_back():
    out = frames("Orla Vantree was named head of government in May. "
                 "The head of government also said that the port would reopen in the spring.")
    assert out[-1][:2] == ("vantree", "verb_subject")


def test_parse_the_statement_reads_goes_to_its_issuer():
    out = frames("The Harbour Council issued a statement on Monday. "
                 "The statement reads that the port will reopen in the spring.")
    assert out[-1][:2] == ("harbour-council", "verb_subject")


def test_an_inflected_title_finds_the_person_whose_registry_title_is_in_its_base_form():
    linker = Linker(ENTITIES + [Entity("varga", "Ilona Varga", "Person", pref_labels=(("Илона Варга", "ru"),),
                                       alt_labels=(("Варга", "ru"),), roles=(("министр водного хозяйства", "ru"),))])
    text = ("Илона Варга посетила плотину в понедельник вместе с мэром города Петром Ковачем.\n\n"
            "Петр Ковач заявил, что ремонт дороги закончится летом.\n\n"
            "По словам министра, уровень воды в водохранилище остается стабильным.\n")
    assert claims(text, linker)[-1] == ("По словам министра, уровень воды в водохранилище остается стабильным.",
                                        "varga")


def test_an_office_the_headline_names_as_issuer_is_an_entity_and_the_texts_claimant(small_linker):
    text = ("Statement attributable to the Spokesman for the Harbour Commissioner - on the Nordport floods\n\n"
            "The Harbour Commissioner is saddened by reports that 40 people have been evacuated.\n\n"
            "Emergency teams are working around the clock.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, small_linker)
    office = [e for e in x.new_entities if e.label == "Spokesman for the Harbour Commissioner"]
    assert office and office[0].type == "Person"
    assert {c.claimant for c in x.claims} == {office[0].key}


def test_the_office_issues_the_statement_not_the_person_whose_title_it_holds():
    linker = Linker([Entity("hale", "Mara Hale", "Person", pref_labels=(("Mara Hale", "en"),),
                            roles=(("Harbour Commissioner", "en"),))])
    text = ("Statement attributable to the Spokesman for the Harbour Commissioner - on the Nordport floods\n\n"
            "Emergency teams are working around the clock.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    office = [e.key for e in x.new_entities if e.label == "Spokesman for the Harbour Commissioner"]
    assert office and [c.claimant for c in x.claims] == office


def test_a_bare_title_in_the_headline_is_not_made_an_entity(small_linker):
    text = "Ruritania: Statement by the Spokesperson on the new bridge\n\nThe bridge opened on Monday.\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert not [e for e in extract(doc, small_linker).new_entities if "Spokesperson" in e.label]


# --- speakers the text does not name; descriptions that name a kind of body; outlets -----------------------

BODIES = ENTITIES + [
    Entity("kovac", "Petra Kovac", "Person", pref_labels=(("Petra Kovac", "en"),), alt_labels=(("Kovac", "en"),)),
    Entity("nordbank", "National Bank of Freedonia", "Organization",
           pref_labels=(("National Bank of Freedonia", "en"),)),
    Entity("lumen", "Lumen Foods", "Organization", pref_labels=(("Lumen Foods", "en"),)),
    Entity("vektor", "Vektor", "Organization", pref_labels=(("Вектор", "ru"),), alt_labels=(("Вектора", "ru"),)),
]


@pytest.fixture(scope="module")
def bodies_linker():
    return Linker(BODIES)


def test_an_unnamed_speaker_ends_the_reach_of_the_frame_before_it(bodies_linker):
    text = ("Judge Petra Kovac said that the ruling could be appealed to a higher court. "
            "A court clerk said the defence would appeal against the ruling. "
            "The hearing in the old courthouse lasted six hours.")
    assert [c for _, c in claims(text, bodies_linker)] == ["kovac", None, None]


def test_a_quotation_closed_by_an_unnamed_speaker_is_not_the_last_speakers(bodies_linker):
    text = ('"The harvest was poor this year," Petra Kovac said. '
            '"Prices of flour will rise before the winter," a miller in the valley said.')
    assert [c for _, c in claims(text, bodies_linker)] == ["kovac", None]


def test_a_description_of_a_kind_of_body_refers_to_a_body_of_that_kind(bodies_linker):
    text = ("The National Bank of Freedonia met on Thursday, and Lumen Foods opened a new plant. "
            '"Rates will stay where they are for the rest of the year," the central bank said.')
    assert claims(text, bodies_linker)[-1][1] == "nordbank"


def described_court(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    court = [e.key for e in x.new_entities if e.label == "the court"]
    return [c.claimant for c in x.claims if c.kind != "quantity"], court


def test_a_description_of_a_kind_no_one_named_is_no_one_named_before_and_never_an_outlet(bodies_linker):
    """It speaks as a body of its own (``described_bodies``)."""
    text = ("The defendants would appeal against the verdict, Petra Kovac said, quoted by TASS. "
            "Both men were to serve their terms in a prison colony near the border, the court ruled.")
    out, court = described_court(text, bodies_linker)
    assert out[0] == "kovac" and len(court) == 1 and out[-1] == court[0]


def test_a_ruling_by_a_body_no_one_named_is_not_the_speaker_before_it(bodies_linker):
    text = ("Petra Kovac said the verdict was fair and the sentence was mild. "
            "Both men were to serve their terms in a prison colony near the border, the court ruled.")
    out, court = described_court(text, bodies_linker)
    assert out == ["kovac", *court] and len(court) == 1


def speakers_and_bodies(text, linker):
    """The claimants of a text's claims other than figures, and the keys of the bodies it named, by label."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    return [c.claimant for c in x.claims if c.kind != "quantity"], {e.label: e.key for e in x.new_entities}


def test_a_description_before_the_one_body_of_its_kind_named_later_is_that_body(bodies_linker):
    text = ("The commission said on Tuesday that the count in Velsk would take a week. "
            "The Russian Foreign Ministry had criticised the vote. "
            "The Tarnian Electoral Commission opened an office in Velsk in 2009.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[0] == named["Tarnian Electoral Commission"]


def test_a_description_named_later_only_by_a_body_of_another_kind_stays_its_own(bodies_linker):
    text = ("The commission said on Tuesday that the count in Velsk would take a week. "
            "The Russian Foreign Ministry had criticised the vote.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[0] == named["the commission"]


def test_a_description_with_its_field_before_the_body_named_later_with_those_words_is_that_body(bodies_linker):
    text = ("The water commission said the reservoirs near Velsk were half empty. "
            "The Russian Foreign Ministry had offered help. "
            "The Tarnian Water Commission was set up in 1998.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[0] == named["Tarnian Water Commission"] and "the water commission" not in named


def test_a_body_described_before_its_name_is_the_one_body_of_its_kind_the_text_names(bodies_linker):
    text = ("Голосование прошло спокойно, сообщили в комиссии. Владимир Путин поздравил жителей Тарвинска. "
            "Центральная избирательная комиссия Тарвинска открыла участки в восемь утра.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[0] == next(key for label, key in named.items() if "комиссия" in label)


def test_a_body_described_before_a_body_of_another_kind_is_not_that_body(bodies_linker):
    text = ("Голосование прошло спокойно, сообщили в комиссии. МИД России поздравил жителей Тарвинска. "
            "Компания «Вексон» открыла завод в Тарвинске.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[0] is None


def test_a_body_described_long_before_its_name_is_not_that_body(bodies_linker):
    text = ("Голосование прошло спокойно, сообщили в комиссии. Владимир Путин поздравил жителей Тарвинска. "
            "Участки открылись в восемь утра. Очереди были короткими. Погода была теплой. "
            "Центральная избирательная комиссия Тарвинска открыла участки в восемь утра.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[0] is None


def test_a_company_described_before_its_name_is_the_one_company_named_soon_after(bodies_linker):
    text = ("Its plant in Velsk would close in the spring, the company said on Tuesday. "
            "The Russian Foreign Ministry had criticised the sale. "
            "Vexon Holdings bought the plant from the state in 2011.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[0] == named["Vexon Holdings"]


def test_a_group_described_by_its_kind_refers_back_as_the_group_does(bodies_linker):
    text = ("Velsen Watch, a rights group, opened an office in Velsk in 2009. "
            "The Russian Foreign Ministry had criticised the office. "
            "The rights group said on Tuesday that the prisoners in Velsk had been beaten.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[-1] == named["Velsen Watch"]


def test_a_company_described_where_only_public_bodies_were_named_is_none_of_them(bodies_linker):
    text = ("The Tarnian Electoral Commission met in Velsk on Monday. "
            "The Russian Foreign Ministry had criticised the vote. "
            "Its plant in Velsk would close in the spring, the company said on Tuesday.")
    out, named = speakers_and_bodies(text, bodies_linker)
    assert out[-1] is None


def test_this_was_reported_in_a_body_named_or_described_after_the_verb(bodies_linker):
    text = "«Вектор» открыл новый завод по производству муки в Казани. Об этом сообщили в компании в среду."
    assert claims(text, bodies_linker)[0] == ("«Вектор» открыл новый завод по производству муки в Казани.", "vektor")


@pytest.mark.parametrize("text", [
    "«Вектор» увеличил чистую прибыль в первом квартале на 5%. Об этом сообщили в компании в среду.\n\n"
    "Выручка уменьшилась на 2,8% и составила 70 млрд рублей. Операционная прибыль составила 8 млрд рублей. "
    "Ранее СМИ писали, что компания ищет покупателя на завод.",
    "Lumen Foods raised its net profit by 5% in the first quarter. This was announced by the company on Wednesday."
    "\n\nRevenue fell 2.8% to 70 million euros. Operating profit was 8 million euros. "
    "The company has been looking for a buyer for its mill since spring.",
])
def test_the_figures_of_the_paragraph_after_a_forward_attribution_are_the_reports(bodies_linker, text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = [(c.kind, c.claimant) for c in extract(doc, bodies_linker).claims]
    speaker = out[0][1]
    assert speaker in ("vektor", "lumen") and out[-1] == ("statement", None)
    assert [who for _, who in out[:-1]] == [speaker] * (len(out) - 1)


FIRST_PERSON_BODIES = [
    Entity("trade-ministry", "Ministry of Trade of Freedonia", "Organization",
           pref_labels=(("Ministry of Trade of Freedonia", "en"), ("Министерство торговли Фридонии", "ru"))),
    Entity("petrov", "Oleg Petrov", "Person", pref_labels=(("Олег Петров", "ru"),), alt_labels=(("Петров", "ru"),)),
    Entity("freedonia", "Freedonia", "Country", pref_labels=(("Freedonia", "en"), ("Фридония", "ru"))),
]


@pytest.mark.parametrize("text", [
    "The Ministry of Trade of Freedonia condemned the new harbour tariffs on Monday. "
    "We call on our neighbours to lift them.\n\nWe remain committed to free trade in the region.",
    "Министерство торговли Фридонии решительно осуждает новые портовые пошлины. "
    "Мы призываем соседей отменить их.\n\nМы по-прежнему привержены свободной торговле в регионе.",
])
def test_we_in_a_bodys_own_text_is_that_body_and_stays_so(text):
    out = claims(text, Linker(FIRST_PERSON_BODIES))
    assert [who for _, who in out] == ["trade-ministry"] * 3


def test_a_frame_closing_a_russian_sentence_reports_the_verbs_of_saying_before_it():
    text = "Фридония призывает партнёров дать оценку действиям соседей, отметил Олег Петров."
    assert [who for _, who in claims(text, Linker(FIRST_PERSON_BODIES))] == ["petrov"]


@pytest.mark.parametrize("text", [
    "The Ministry of Trade of Freedonia, whose inspectors checked the harbour last week, said it had found no "
    "breaches.",
    "Министерство торговли Фридонии, которое на прошлой неделе проверило порт, заявило, что нарушений не найдено.",
])
def test_a_relative_clause_describing_the_speaker_stays_in_the_speakers_claim(text):
    """No claim of the article's own nested inside the speaker's: the sentence is one claim, whose speaker is
    unambiguous to whoever reads a claim by its span."""
    assert claims(text, Linker(FIRST_PERSON_BODIES)) == [(text, "trade-ministry")]


def test_a_comment_closing_a_sentence_is_a_claim_of_its_own_with_its_own_speaker():
    linker = Linker(FIRST_PERSON_BODIES + [
        Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),)),
        Entity("roe", "Jane Roe", "Person", pref_labels=(("Jane Roe", "en"),))])
    text = ("Freedonia says its troops have held the pass since May, a claim Ruritania rejects. "
            "Jane Roe told lawmakers that the talks were stalled, a remark that provoked protests in the capital.")
    assert claims(text, linker) == [
        ("Freedonia says its troops have held the pass since May", "freedonia"),
        ("a claim Ruritania rejects.", "ruritania"),
        ("Jane Roe told lawmakers that the talks were stalled", "roe"),
        ("a remark that provoked protests in the capital.", None)]


def test_a_comment_closing_a_sentence_with_a_figure_is_still_a_claim():
    linker = Linker(FIRST_PERSON_BODIES + [Entity("ruritania", "Ruritania", "Country",
                                                  pref_labels=(("Ruritania", "en"),))])
    text = "Freedonia says Ruritanian troops have held positions 5 km inside its border since May, a claim Ruritania rejects."
    assert ("a claim Ruritania rejects.", "ruritania") in claims(text, linker)


@pytest.mark.parametrize("text, first, second", [
    ("The Ministry of Trade of Freedonia said its inspectors had only checked papers at the harbour and that no ship "
     "had been stopped.", "The Ministry of Trade of Freedonia said its inspectors had only checked papers at the harbour",
     "that no ship had been stopped."),
    ("Министерство торговли Фридонии сообщило, что инспекторы проверили только документы в порту и что ни одно судно "
     "не было задержано.", "Министерство торговли Фридонии сообщило, что инспекторы проверили только документы в порту",
     "что ни одно судно не было задержано."),
])
def test_two_reported_clauses_joined_by_and_that_are_two_claims(text, first, second):
    assert claims(text, Linker(FIRST_PERSON_BODIES)) == [(first, "trade-ministry"), (second, "trade-ministry")]


@pytest.mark.parametrize("sentence, kind", [
    ("The two neighbours fought a short war over the valley in 2020.", "event"),          # done, and when
    ("The flood took place a few kilometres from the dam.", "event"),                     # a cue, done
    ("Orlov was declared the capital of the province in 2019.", "event"),                 # a passive act, not words
    ("The leaders will sign a trade accord in March.", "statement"),                      # not yet done
    ("The working group still meets every month.", "statement"),                         # the present
    ("Both sides have been holding talks on the border.", "statement"),                   # the progressive
    ("Lawyers for the miller had said on Tuesday that they would appeal.", "statement"),  # words reported
    ("Вечером 5 апреля в Орлове прорвало дамбу на реке.", "event"),
    ("В пятницу в Орлове пройдёт встреча министров.", "statement"),
])
def test_an_event_is_something_told_as_done_with_a_cue_or_a_time(small_linker, sentence, kind):
    doc = parse_document("t.txt", sentence.encode(), "text/plain")
    assert [c.kind for c in extract(doc, small_linker).claims if c.kind != "quantity"] == [kind]


def test_the_representative_of_a_body_is_a_person_not_the_body():
    text = ("Пресс-секретарь Министерства торговли Фридонии Олег Петров обвинил соседей в задержке судов.\n\n"
            "«Это часть политики давления на наши порты», — подчеркнул представитель ведомства.")
    assert claims(text, Linker(FIRST_PERSON_BODIES))[-1][1] == "petrov"


@pytest.mark.parametrize("text", [
    "According to the Ministry of Trade of Freedonia, inspectors checked every ship in the harbour. "
    "They also sealed the grain stores. The harbour reopened in the evening.",
    "По данным Министерства торговли Фридонии, инспекторы проверили все суда в порту. "
    "Они также опечатали зерновые склады. Порт открылся вечером.",
])
def test_a_sentence_going_on_with_also_after_according_to_is_the_same_report(text):
    assert [who for _, who in claims(text, Linker(FIRST_PERSON_BODIES))] == ["trade-ministry", "trade-ministry", None]


def test_a_sentence_of_thousands_of_reporting_verbs_is_read_in_linear_time():
    """Looking for a frame that closes the sentence reads only the verbs among its last words."""
    import time

    text = "Рынок вырос, " + ", ".join(["отметил Олег Петров, заявил он"] * 2000) + "."
    doc = parse_document("t.txt", text.encode(), "text/plain")
    start = time.process_time()
    extract(doc, Linker(FIRST_PERSON_BODIES))
    assert time.process_time() - start < 10


def test_encouraging_someone_is_a_speech_act():
    text = "The Ministry of Trade of Freedonia encourages shipowners to register their vessels before May."
    assert claims(text, Linker(FIRST_PERSON_BODIES)) == [(text, "trade-ministry")]


PARSE_BODIES = PARSE_ENTITIES + [
    Entity("dorn", "Kasimir Dorn", "Person", pref_labels=(("Kasimir Dorn", "en"),), alt_labels=(("Dorn", "en"),)),
    Entity("reuters", "Reuters", "Organization", pref_labels=(("Reuters", "en"),)),
]


def relayed_frames(text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(c.claimant, c.rule, c.via) for c in extract(doc, Linker(PARSE_BODIES)).claims]


@pytest.mark.parametrize("text, speaker", [
    ("Northwire raised its fares on Friday, citing dearer fuel and adding it might raise them again in May.",
     "northwire"),
    ("Kasimir Dorn closed the old locks on Monday, thanking the crews and saying the new ones would open soon.", "dorn"),
])
def test_parse_a_second_participle_of_saying_shares_the_subject_of_the_first(text, speaker):
    """"X did A, citing B and adding C": the participle joined to another says what the main verb's subject says."""
    assert [who for who, _, _ in relayed_frames(text)] == [speaker]


def test_parse_an_outlet_reporting_what_someone_said_relays_it():
    assert relayed_frames("Northwire reported that Kasimir Dorn had said the dam would hold through the spring.") == [
        ("dorn", "verb_subject", ("northwire",))]


def test_a_relay_opening_the_sentence_does_not_make_its_frame_close_the_paragraph():
    out = relayed_frames("Kasimir Dorn met the mayor of the town on Monday. "
                         "As cited by Reuters, he added that the dam would hold.")
    assert [(who, via) for who, _, via in out] == [(None, ()), ("dorn", ("reuters",))]


def test_a_title_whose_name_comes_in_the_next_sentence_is_that_persons():
    out = relayed_frames("The head of the water council said the reservoir was full after the rains. "
                         "Dorn added that no evacuation of the lower town was needed.")
    assert [who for who, _, _ in out] == ["dorn", "dorn"]


def test_people_described_in_the_plural_are_not_the_person_named_next():
    out = relayed_frames("Local farmers said the reservoir was full after the rains. "
                         "Dorn added that no evacuation of the lower town was needed.")
    assert [who for who, _, _ in out] == [None, "dorn"]


def test_a_subject_in_apposition_opening_its_sentence_does_not_close_the_paragraph():
    out = relayed_frames("Northwire posted a loss for the third quarter in a row. "
                         "Its chief executive, Kasimir Dorn, said the market was weak.")
    assert [who for who, _, _ in out] == [None, "dorn"]


def test_after_a_heading_a_quotation_nobody_frames_is_read_for_its_own_speaker():
    text = ("Northwire posted a loss for the third quarter in a row.\n\n"
            "Chief executive Kasimir Dorn said:\n\n"
            "“Sales were weak in the first quarter, as we had expected.”\n\n"
            "Outlook\n\n"
            "“Assuming no change in demand, the company expects higher sales over the rest of the year.”\n")
    assert [who for who, _, _ in relayed_frames(text)] == [None, "dorn", "northwire"]


def test_without_a_heading_a_quotation_nobody_frames_is_the_last_speakers():
    text = ("Northwire posted a loss for the third quarter in a row.\n\n"
            "Chief executive Kasimir Dorn said:\n\n"
            "“Sales were weak in the first quarter, as we had expected.”\n\n"
            "“Assuming no change in demand, the company expects higher sales over the rest of the year.”\n")
    assert [who for who, _, _ in relayed_frames(text)] == [None, "dorn", "dorn"]


def test_a_company_described_refers_to_the_story_s_company_not_the_last_body_named(bodies_linker):
    text = ("Lumen Foods opened a new plant under rules set by the National Bank of Freedonia. "
            "The company said on Wednesday that the plant would soon be the largest in the region.")
    assert claims(text, bodies_linker)[-1][1] == "lumen"


def test_a_title_matches_registry_roles_by_whole_words_only():
    linker = Linker([Entity("petrov", "Oleg Petrov", "Person", pref_labels=(("Олег Петров", "ru"),),
                            roles=(("глава администрации порта", "ru"),)),
                     Entity("sidorov", "Ivan Sidorov", "Person", pref_labels=(("Иван Сидоров", "ru"),))])
    text = ("Олег Петров встретился с журналистами в порту.\n\n"
            "Министр финансов Иван Сидоров заявил, что бюджет города сбалансирован. "
            "По словам министра, дефицита в этом году не будет.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, linker).claims][-1] == "sidorov"


def test_a_figure_describing_the_speaker_is_the_texts_own():
    doc = parse_document("t.txt", ("Headline of the story\n\nNorthwire, which has about 2,000 engineers in the "
                                   "region, said the dam would hold through the spring.\n").encode(), "text/plain")
    [figure] = [c for c in extract(doc, Linker(PARSE_BODIES)).claims if c.kind == "quantity"]
    assert (figure.value, figure.claimant) == (2000, None)


def test_drawing_attention_is_a_speech_act(bodies_linker):
    text = "Мила Хорват обратила внимание на то, что уровень воды в реке снова поднимается."
    linker = Linker(BODIES + [Entity("horvat", "Mila Horvat", "Person", pref_labels=(("Мила Хорват", "ru"),))])
    assert claims(text, linker) == [(text, "horvat")]


def test_in_the_body_itself_they_count_on_it(bodies_linker):
    text = "В самом «Векторе» рассчитывают, что спрос на муку в следующем году вырастет."
    assert claims(text, bodies_linker) == [(text, "vektor")]


def test_parse_disagreeing_is_a_speech_act():
    assert relayed_frames("Kasimir Dorn disagreed with the council on the timing of the repairs.")[0][0] == "dorn"


@pytest.mark.parametrize("text", [
    "Ms Tarrow met Kasimir Dorn at the dam on Monday. She said the dam was safe.",
    "Ines Tarrow, a spokeswoman for the council, met Kasimir Dorn on Monday. She said the dam was safe.",
])
def test_parse_she_is_the_woman_the_text_called_so_not_the_last_man(text):
    linker = Linker(PARSE_BODIES + [Entity("tarrow", "Ines Tarrow", "Person", pref_labels=(("Ines Tarrow", "en"),),
                                           alt_labels=(("Tarrow", "en"),))])
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, linker).claims][-1] == "tarrow"


def test_parse_answering_questions_is_the_report_of_an_interview_and_an_outlets_question_label_asks():
    text = ("Headline of the interview\n\n"
            "Kasimir Dorn answered questions from Northwire at the dam on Monday.\n\n"
            "Northwire: Will the dam hold through the spring?\n\n"
            "Minister Dorn: Yes. The dam will hold and the lower town is safe.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = [(doc.text[c.span.start:c.span.end], c.claimant) for c in extract(doc, Linker(PARSE_BODIES)).claims]
    assert out[0] == ("Kasimir Dorn answered questions from Northwire at the dam on Monday.", None)
    assert [who for _, who in out[1:]] == ["dorn", "dorn"]


def test_answering_a_question_is_no_frame_in_russian(bodies_linker):
    linker = Linker(BODIES + [Entity("horvat", "Mila Horvat", "Person", pref_labels=(("Мила Хорват", "ru"),))])
    text = "Мила Хорват на брифинге в понедельник ответила на вопрос о ситуации на плотине."
    assert claims(text, linker) == [(text, None)]


def test_what_happened_told_before_this_was_reported_by_a_body_is_an_event_of_its_report(bodies_linker):
    text = "Колонна грузовиков «Вектора» прошла через перевал в пятницу утром. Об этом сообщили в компании."
    doc = parse_document("t.txt", text.encode(), "text/plain")
    [claim] = [c for c in extract(doc, Linker(BODIES)).claims]
    assert (claim.claimant, claim.rule, claim.kind) == ("vektor", "reported", "event")


@pytest.mark.parametrize("text", [
    "The dam broke on Monday, shortly after Kasimir Dorn said it was safe.",
    "When Kasimir Dorn said the dam was safe, few people in the valley believed him.",
])
def test_parse_a_verb_of_saying_in_a_clause_of_time_or_cause_frames_nothing(text):
    assert [who for who, _, _ in relayed_frames(text)] == [None]


def test_parse_as_someone_said_still_frames():
    assert [who for who, _, _ in relayed_frames("As Kasimir Dorn said last week, the dam is safe.")] == ["dorn"]


def test_parse_two_sides_accusing_each_other_are_no_one_claimant():
    out = relayed_frames("Northwire and Kasimir Dorn accused each other on Tuesday of flooding the lower town.")
    assert [who for who, _, _ in out] == [None]


def test_accusing_each_other_in_russian_is_no_one_claimant(bodies_linker):
    text = "«Вектор» и Lumen Foods обвинили друг друга в срыве поставок муки."
    assert claims(text, bodies_linker) == [(text, None)]


def test_what_is_said_in_a_bodys_message_is_its_claim(small_linker):
    text = "Переговоры будут продолжены на следующей неделе, говорится в сообщении МИД России."
    assert claims(text, small_linker) == [(text, "mfa")]


def test_parse_he_after_an_unnamed_official_spoke_is_not_the_person_named_before():
    out = relayed_frames("Kasimir Dorn visited the dam on Monday. A senior official, speaking on condition of "
                         "anonymity, said the dam was weak. He added that repairs would take a year.")
    assert [who for who, _, _ in out] == [None, None, None]


@pytest.mark.parametrize("middle", [
    "soon after he told journalists that a small band had flooded the lower town.",
    "hours after he declined to comment on the flood.",
])
def test_parse_he_of_a_report_no_frame_takes_is_still_the_person_named(middle):
    out = relayed_frames(f"Kasimir Dorn's office was searched on Tuesday, {middle} He declared that the search "
                         "was illegal.")
    assert [who for who, _, _ in out] == [None, "dorn"]


def test_parse_a_contrast_with_while_keeps_both_speakers():
    linker = Linker(PARSE_BODIES + [Entity("tarrow", "Ines Tarrow", "Person", pref_labels=(("Ines Tarrow", "en"),),
                                           alt_labels=(("Tarrow", "en"),))])
    doc = parse_document("t.txt", ("Headline of the story\n\nInes Tarrow and Kasimir Dorn met on Monday. Tarrow said "
                                   "the dam was safe, while Dorn said it needed repairs.\n").encode(), "text/plain")
    assert [c.claimant for c in extract(doc, linker).claims] == [None, "tarrow", "dorn"]


@pytest.mark.parametrize("text, speaker", [
    ("Kellmouth gave a different account of the clash at the border.", "kellmouth"),
    ("Northwire issued a warning that the river would flood the lower town.", "northwire"),
])
def test_parse_a_light_verb_with_an_act_of_speech_for_object_frames(text, speaker):
    assert relayed_frames(text)[0][0] == speaker


def test_an_outlet_reporting_with_reference_to_a_body_relays_its_claim():
    assert relayed_frames("The dam will hold through the spring, Reuters reports with reference to the "
                          "Harbour Council.") == [("harbour-council", "according_to", ("reuters",))]


def test_parse_the_company_after_a_company_spoke_is_that_company():
    out = relayed_frames("The Harbour Council said sales of fish fell in the spring. Northwire said its own sales "
                         "rose. The company added that prices would rise in the autumn.")
    assert [who for who, _, _ in out] == ["harbour-council", "northwire", "northwire"]


def test_a_description_of_a_body_means_the_body_of_that_kind_that_just_spoke():
    """"По данным ведомства" after a regional directorate spoke is that directorate, not the ministry the
    text names more often; "ведомство" fits any state body, here one the registry names only in Russian."""
    linker = Linker([
        Entity("water-ministry", "Ministry of Water of Ruritania", "Organization",
               pref_labels=(("Ministry of Water of Ruritania", "en"), ("Министерство водного хозяйства Руритании", "ru")),
               alt_labels=(("Минводхоз Руритании", "ru"),)),
        Entity("north-directorate", "Северное управление Минводхоза", "Organization",
               pref_labels=(("Северное управление Минводхоза", "ru"),)),
    ])
    text = ("Колонна Минводхоза Руритании с насосами прибыла в Орлов. Минводхоз Руритании направил её ещё в среду. "
            "Об этом сообщили в Северном управлении Минводхоза.\n\n"
            "По данным ведомства, насосы откачали воду из подвалов всех жилых домов города.")
    out = claims(text, linker)
    assert out[-1] == ("По данным ведомства, насосы откачали воду из подвалов всех жилых домов города.",
                       "north-directorate")


@pytest.mark.parametrize("text, speakers", [
    ("Northwire supported the plan to rebuild the dam. The plan will cost the town about half its budget.",
     ["northwire", None]),
    ("Northwire said that the plan to rebuild the dam was sound. The plan would cost the town little.",
     ["northwire", "northwire"]),
])
def test_parse_only_a_frame_that_reports_a_clause_goes_on_over_the_sentences_after_it(text, speakers):
    assert [who for who, _, _ in relayed_frames(text) if who != "quantity"] == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Мила Хорват назвала решение совета ошибкой. Совет города соберется снова в пятницу утром.",
     ["horvat", None]),
    ("Мила Хорват сообщила, что решение совета было ошибкой. Совет города соберется снова в пятницу утром.",
     ["horvat", "horvat"]),
])
def test_an_act_told_with_an_object_does_not_report_the_next_sentence(text, speakers):
    linker = Linker(BODIES + [Entity("horvat", "Mila Horvat", "Person", pref_labels=(("Мила Хорват", "ru"),))])
    assert [who for _, who in claims(text, linker)] == speakers


def test_an_outlets_closing_report_is_its_own_sentences_alone():
    out = relayed_frames("Sales of fish rose sharply in the spring. Traders had expected a fall, Reuters reported.")
    assert [who for who, _, _ in out] == [None, "reuters"]


@pytest.mark.parametrize("text, speaker", [
    ("The Harbour Council reacted quickly to the flood, saying that the dam would hold.", "harbour-council"),
    ("Kasimir Dorn went on the radio to tell listeners that the dam would hold.", "dorn"),
    ("Kasimir Dorn visited the dam on Monday and said that it would hold.", "dorn"),
])
def test_parse_a_verb_of_saying_without_a_subject_says_what_its_clauses_subject_says(text, speaker):
    assert relayed_frames(text)[0][0] == speaker


@pytest.mark.parametrize("text", [
    "Kasimir Dorn determined that the Harbour Council had no role in the leak, saying all clerks were equally careless.",
    "Kasimir Dorn found that Orla Vantree had broken no rule, adding that the audit was closed.",
])
def test_parse_a_participle_after_a_that_clause_says_what_the_main_subject_says(text):
    """The parser hangs ", saying …" on the verb of the that-clause; the one who found or ruled speaks."""
    linker = Linker(PARSE_BODIES + [PARSE_ENTITIES[0]])
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"] == ["dorn"]


def test_parse_speakers_side_by_side_are_no_one_claimant():
    out = relayed_frames("Northwire, the Harbour Council and Kasimir Dorn welcomed the plan to rebuild the dam.")
    assert [who for who, _, _ in out] == [None]


def test_parse_a_verb_of_saying_in_a_relative_clause_frames_nothing():
    out = relayed_frames("Northwire said that the plan was sound. The plan surprised the fishing union, which had "
                         "been expecting a new dam for years.")
    assert [who for who, _, _ in out] == ["northwire", None, None]   # the closing relative clause is a claim too


@pytest.mark.parametrize("text", [
    "Headline of the story\n\n“The dam will hold through the spring. The lower town is safe.”\n\n— Kasimir Dorn\n\n"
    "The river rose again on Tuesday night.\n",
    "Headline of the story\n\n\"The dam will hold through the spring. The lower town is safe.\"\n\n– Dorn, "
    "minister of water\n\nThe river rose again on Tuesday night.\n",
])
def test_a_quotation_signed_on_the_line_after_it_is_the_signers(text):
    linker = Linker(PARSE_BODIES)
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = [(doc.text[c.span.start:c.span.end], c.claimant) for c in extract(doc, linker).claims]
    assert [who for _, who in out] == ["dorn", "dorn", None]


def test_a_reporting_verbs_reflexive_past_is_another_verb():
    linker = Linker(BODIES + [Entity("horvat", "Mila Horvat", "Person", pref_labels=(("Мила Хорват", "ru"),))])
    text = "Отличной игрой в финале отметилась нападающая сборной Мила Хорват."
    assert claims(text, linker) == [(text, None)]


def test_a_shout_is_a_verb_of_saying():
    linker = Linker(BODIES + [Entity("horvat", "Mila Horvat", "Person", pref_labels=(("Мила Хорват", "ru"),))])
    text = "«Плотина выдержит!» — крикнула Мила Хорват журналистам у входа в мэрию."
    assert [who for _, who in claims(text, linker)] == ["horvat"]


def test_parse_referring_to_names_a_topic_not_a_source():
    out = relayed_frames("Kasimir Dorn visited the dam on Monday. “Nothing has been decided yet,” he said, "
                         "referring to the plan of the Harbour Council.")
    assert [who for who, _, _ in out] == [None, "dorn"]


def test_the_source_an_outlet_cites_in_its_closing_report_is_the_claimant_and_the_outlet_its_relay():
    doc = parse_document("t.txt", "Плотина выдержит весенний паводок, сообщает ТАСС со ссылкой на МИД России."
                         .encode(), "text/plain")
    [claim] = extract(doc, Linker(ENTITIES)).claims
    assert (claim.claimant, claim.via) == ("mfa", ("tass",))


def test_parse_a_list_of_speakers_with_a_title_among_them_is_no_one_claimant():
    out = relayed_frames("The Harbour Council, fishing union Northwire and Kasimir Dorn have welcomed the plan.")
    assert [who for who, _, _ in out] == [None]


def test_a_sentence_whose_figures_only_describe_its_speaker_still_states_what_the_speaker_said():
    doc = parse_document("t.txt", ("Headline of the story\n\nNorthwire, which has about 2,000 engineers in the "
                                   "region, said the dam would hold through the spring.\n").encode(), "text/plain")
    out = [(c.kind, c.claimant, doc.text[c.span.start:c.span.end]) for c in extract(doc, Linker(PARSE_BODIES)).claims]
    assert sorted(out, key=str) == [
        ("quantity", None, "which has about 2,000 engineers in the region"),
        ("statement", "northwire", "Northwire, which has about 2,000 engineers in the region, said the dam would hold "
                                   "through the spring.")]


def test_a_speakers_later_claims_reach_the_article_through_the_outlet_that_relayed_the_first():
    out = relayed_frames("Kasimir Dorn said the dam would hold, as cited by Reuters.\n\n"
                         "The river rose again on Tuesday night.\n\n"
                         "Dorn added that repairs of the dam would take a year.")
    assert [(who, via) for who, _, via in out] == [("dorn", ("reuters",)), (None, ()), ("dorn", ("reuters",))]


def test_parse_a_sentence_that_turns_against_the_report_is_the_articles_own():
    out = relayed_frames("Northwire said that the dam would hold through the spring. But the river rose again on "
                         "Tuesday night and flooded the lower town.")
    assert [who for who, _, _ in out] == ["northwire", None]


@pytest.mark.parametrize("text, speaker", [
    ("“The dam will hold through the spring,” Northwire said after a two-day meeting.", None),
    ("“The dam will hold through the spring,” Northwire said, adding that 300 people had left the town.",
     "northwire"),
])
def test_a_figure_after_a_closing_frames_verb_tells_where_the_words_were_said(text, speaker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    [figure] = [c for c in extract(doc, Linker(PARSE_BODIES)).claims if c.kind == "quantity"]
    assert figure.claimant == speaker


@pytest.mark.parametrize("text, speaker", [
    ("On Friday, three days after the flood reached the lower town, Northwire wrote, “The dam will hold.”", None),
    ("Через три дня после наводнения Northwire написал: «Плотина выдержит до весны».", None),
    ("Over the next three years, Northwire said, the dam will need new gates.", "northwire"),
    ("In the last three years, Northwire wrote, “the dam has held every spring.”", "northwire"),
    ("Three days after the flood, Northwire said, the dam still held.", "northwire"),
    ("Three days after closing the dam, Northwire says the gates hold.", "northwire"),   # its own act, no event
])
def test_a_figure_in_the_words_that_open_a_frame_tells_when_the_words_were_said(text, speaker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    [figure] = [c for c in extract(doc, Linker(PARSE_BODIES)).claims if c.kind == "quantity"]
    assert figure.claimant == speaker


def test_parse_a_title_with_the_name_of_its_body_before_it_is_the_person_so_called_not_the_body():
    out = relayed_frames("Harbour Council Chairman Kasimir Dorn said that the dam would hold. "
                         "Northwire disagreed on Monday. "
                         "Later the Harbour Council Chairman said that repairs would take a year.")
    assert [who for who, _, _ in out] == ["dorn", "northwire", "dorn"]


@pytest.mark.parametrize("text, kind", [
    ("Заседание совета прошло в пятницу в Орлове.", "event"),
    ("Заседание совета должно было пройти в пятницу в Орлове.", "statement"),
])
def test_what_was_due_is_no_event_in_russian(text, kind):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    [claim] = extract(doc, Linker(BODIES)).claims
    assert claim.kind == kind


@pytest.mark.parametrize("text", [
    "Northwire declined to comment on the plan to rebuild the dam.",
    "Northwire plans to announce its results for the spring on Friday.",
])
def test_parse_the_infinitive_a_verb_of_will_governs_is_not_said(text):
    assert [who for who, _, _ in relayed_frames(text)] == [None]


# --- a name inside the subject's phrase is not the subject ----------------------------------------------------

PHRASE_BODIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томаш Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("nbf", "NBF", "Organization", pref_labels=(("NBF", "en"),), alt_labels=(("НБФ", "ru"),)),
    Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),)),
    Entity("rfm", "Ruritanian Foreign Ministry", "Organization",
           pref_labels=(("Ruritanian Foreign Ministry", "en"),)),
    Entity("rdm", "Ruritanian Defence Ministry", "Organization",
           pref_labels=(("Ruritanian Defence Ministry", "en"),)),
    Entity("watch", "Borealia Watch", "Organization", pref_labels=(("Borealia Watch", "en"),)),
    Entity("solberg", "Irina Solberg", "Person", pref_labels=(("Irina Solberg", "en"),),
           alt_labels=(("Solberg", "en"),)),
]


@pytest.fixture(scope="module")
def phrase_linker():
    return Linker(PHRASE_BODIES)


def test_a_russian_name_in_a_prepositional_phrase_after_the_subject_does_not_speak(phrase_linker):
    text = "Министр финансов Томаш Варга на встрече с делегацией НБФ заявил, что бюджет страны сбалансирован."
    assert [c for _, c in claims(text, phrase_linker)] == ["varga"]


@pytest.mark.parametrize("text, speaker", [
    ("Ruritania's partners warned that the vote would close the path to the union.", None),
    # the names stage makes the country's government a body of its own: the body speaks, not its partners
    ("Ruritania's government said that the vote would close the path to the union.", "ruritania-s-government"),
])
def test_parse_a_possessor_speaks_for_its_parts_not_for_its_partners(phrase_linker, text, speaker):
    [claimant] = [c for _, c in claims(text, phrase_linker)]
    assert claimant == speaker if speaker is None else claimant.rsplit("-", 1)[0] == speaker


def test_a_body_that_spoke_through_its_press_service_is_what_the_press_service_means(phrase_linker):
    text = ("The Ruritanian Foreign Ministry stressed that the border was calm. "
            "According to the press service of the Ruritanian Defence Ministry, no shots were fired at night. "
            "The press service added that the harbour talks were going on. "
            "The ministry also recalled that the prisoners of war are still held abroad.")
    assert [c for _, c in claims(text, phrase_linker)] == ["rfm", "rdm", "rdm", "rfm"]


def test_an_outlets_own_correspondent_passes_no_words_on(phrase_linker):
    text = ("Министр Томаш Варга обвинил соседей в срыве переговоров, — передает корреспондент НБФ.\n\n"
            "Министр Томаш Варга обвинил соседей в срыве переговоров, — передает НБФ.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = [(c.claimant, c.via) for c in extract(doc, Linker(PHRASE_BODIES)).claims]
    assert out == [("varga", ()), ("varga", ("nbf",))]


def test_parse_a_body_described_by_where_it_sits_refers_back_not_to_the_place(phrase_linker):
    text = ("Borealia Watch said that the shelling had stopped at dawn. "
            "The shelling resumed in the north at noon, said the Ruritania-based group.")
    assert [c for _, c in claims(text, phrase_linker)] == ["watch", "watch"]


def test_he_is_not_a_woman_whose_given_name_is_written_in_english(phrase_linker):
    text = ("Tomas Varga said that the appeal would be filed on Monday. "
            "Judge Irina Solberg said that the ruling could be appealed to a higher court. "
            "\"The verdict is political,\" he said.")
    assert [c for _, c in claims(text, phrase_linker)] == ["varga", "solberg", "varga"]


def test_a_russian_noun_for_a_kind_of_body_stands_in_apposition_to_its_name(phrase_linker):
    text = "О встрече министров сообщает агентство Borealia Watch в своем канале НБФ."
    assert [c for _, c in claims(text, phrase_linker)] == ["watch"]


def test_a_sentence_in_the_first_person_left_to_the_article_is_the_last_speakers():
    linker = Linker([Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"),),
                            alt_labels=(("Varga", "en"),))])
    out = claims("Tomas Varga said the new quay in Nordport was finished.\n\n"
                 "Our cranes are the largest on the whole coast. The first ships are due in May.", linker)
    assert out == [("Tomas Varga said the new quay in Nordport was finished.", "varga"),
                   ("Our cranes are the largest on the whole coast.", "varga"),
                   ("The first ships are due in May.", "varga")]   # its paragraph goes on in his words
    assert claims("Our cranes are the largest on the whole coast.", linker) == [
        ("Our cranes are the largest on the whole coast.", None)]   # no one spoke before


def test_dashed_paragraphs_without_questions_are_the_direct_speech_of_the_person_introduced():
    linker = Linker([Entity("velmarov", "Taras Velmarov", "Person", pref_labels=(("Тарас Велмаров", "ru"),),
                            alt_labels=(("Велмаров", "ru"),))])
    text = ("Накануне открытия навигации на вопросы газеты ответил директор порта Тарас Велмаров.\n\n"
            "- Кооперация в порту не допускает простоев.\n\n"
            "- Краны работают круглые сутки, — добавил Велмаров.\n\n"
            "- Новый причал откроется в мае.\n")
    said = dict((quote, who) for quote, who in claims(text, linker))
    assert said["Кооперация в порту не допускает простоев."] == "velmarov"
    assert said["Новый причал откроется в мае."] == "velmarov"


OSMUNDSEN = Entity("osmundsen", "Tarvik Osmundsen", "Person", pref_labels=(("Тарвик Осмундсен", "ru"),),
                   alt_labels=(("Tarvik Osmundsen", "en"),))


def test_a_foreign_name_in_the_nominative_after_a_title_in_the_genitive_is_its_apposition(small_linker):
    """The lemmatiser does not know the name; that it stands as its nominative label writes it tells."""
    linker = Linker(ENTITIES + [OSMUNDSEN])
    text = "Руритания увеличила вывоз зерна в прошлом году, сообщил министр сельского хозяйства Тарвик Осмундсен."
    assert [c for _, c in claims(text, linker)] == ["osmundsen"]


def test_names_in_quotation_marks_and_a_score_do_not_end_the_speakers_clause():
    linker = Linker(ENTITIES + [OSMUNDSEN])
    text = ('Главный тренер "Полярника" Тарвик Осмундсен после матча со столичным "Буревестником" /3:2/ '
            'сказал, что его команда играла смело.')
    assert [c for _, c in claims(text, linker)] == ["osmundsen"]


def test_a_source_that_tells_what_someone_said_relays_that_speaker():
    linker = Linker(ENTITIES + [OSMUNDSEN])
    doc = parse_document("t.txt", "Как сообщает ТАСС, Тарвик Осмундсен заявил, что порт откроется в мае.".encode(),
                         "text/plain")
    assert [(c.claimant, c.via) for c in extract(doc, linker).claims] == [("osmundsen", ("tass",))]


def test_a_participle_of_saying_without_as_leaves_the_subject_the_speaker():
    """"X accused Y of …, calling it …" is X's, not Y's as in "quoted Y as saying"."""
    assert {who for who, _, _ in frames("Orla Vantree accused the harbour wardens of hiding the tolls, "
                                         "calling it a disgrace.")} == {"vantree"}


def test_a_body_named_only_by_a_description_speaks_as_itself():
    text = ("Fishermen in Kellmouth blocked the quay for a week. The tribunal said the new fees were unlawful. "
            "\"No charter allows such a levy,\" it said.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, Linker(PARSE_ENTITIES))
    body = {e.key: e for e in x.new_entities if e.label == "the tribunal"}
    assert len(body) == 1 and next(iter(body.values())).type == "Organization"
    assert [c.claimant for c in x.claims] == [None, *body, *body]


def test_a_description_that_fits_a_body_the_text_named_is_that_body():
    text = ("The Harbour Council met in Kellmouth on Monday. The council said the new fees were unlawful.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, Linker(PARSE_ENTITIES))
    assert [c.claimant for c in x.claims][-1] == "harbour-council"
    assert not [e for e in x.new_entities if e.label == "the council"]


TWO_MEN = [Entity("varga", "Piet Varga", "Person", pref_labels=(("Piet Varga", "en"),), alt_labels=(("Varga", "en"),)),
           Entity("brenn", "Tomas Brenn", "Person", pref_labels=(("Tomas Brenn", "en"),), alt_labels=(("Brenn", "en"),))]


@pytest.mark.parametrize("text, speaker", [
    ("Envoy Piet Varga met the prime minister Tomas Brenn in Kellmouth on Monday. He said the talks were useful.",
     "varga"),
    ("After talks with Piet Varga, Tomas Brenn flew back to Kellmouth. He said the talks were useful.", "brenn"),
    ("Piet Varga arrived in Kellmouth on Monday. Tomas Brenn said the port would open. He added that fees would fall.",
     "brenn"),
    # a verb that goes on with what was said goes on with the last speaker's words
    ("Tomas Brenn said the port would open in May.\n\nPiet Varga arrived in Kellmouth on Monday. "
     "He added that the fees would fall.", "brenn"),
])
def test_he_is_the_subject_of_the_sentence_before_over_a_man_named_after_it(text, speaker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, Linker(TWO_MEN)).claims][-1] == speaker


def test_in_the_administration_they_say_is_the_body_the_text_is_about(bodies_linker):
    text = ("Рабочие «Вектора» в среду остановили конвейер. "
            "В администрации завода заявляют, что цех работает в обычном режиме.")
    assert [c for _, c in claims(text, bodies_linker)] == [None, "vektor"]


def test_an_inverted_frame_names_its_speaker_after_a_long_title_and_a_gerund_closes_nothing():
    linker = Linker(ENTITIES + [OSMUNDSEN, Entity("ruritania", "Ruritania", "Country",
                                                  pref_labels=(("Руритания", "ru"),))])
    text = ("Руритания должна сама охранять свои границы, заявил в разговоре с репортёрами генеральный консул "
            "Бореалии в Портвейле Тарвик Осмундсен, говоря о новом маршруте через долину.")
    assert {c for _, c in claims(text, linker)} == {"osmundsen"}


@pytest.mark.parametrize("text", [
    "Prosecutor Tomas Varga opened the case on Monday. The prosecutor said the fees were unlawful.",
    "Прокурор Томас Варга открыл дело в понедельник. По словам прокурора, сборы незаконны.",
    "Главный тренер Томас Варга провел пресс-конференцию. Тренер отметил, что команда играла смело.",
])
def test_a_title_of_a_general_lexicon_refers_to_the_person_the_text_gave_it(text):
    linker = Linker([Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
                            alt_labels=(("Varga", "en"), ("Варга", "ru")))])
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, linker).claims][-1] == "varga"


@pytest.mark.parametrize("text", [
    "Tomas Varga did not say whether the port would reopen. Fees will fall by a third.",
    "Томас Варга не заявил, что порт откроется. Сборы снизятся на треть.",
])
def test_a_negated_verb_of_saying_frames_nothing(text):
    linker = Linker([Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")))])
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, linker).claims] == [None, None]


def test_a_person_speaking_in_the_clause_another_reports_made_the_claim_and_the_other_relays_it():
    linker = Linker(ENTITIES + [OSMUNDSEN])
    doc = parse_document("t.txt", "МИД России сообщил, что Тарвик Осмундсен заявил о готовности к переговорам.".encode(),
                         "text/plain")
    assert [(c.claimant, c.via) for c in extract(doc, linker).claims] == [("osmundsen", ("mfa",))]


def test_a_sentence_pointing_back_names_who_said_the_paragraph_before_whatever_its_verb():
    linker = Linker(ENTITIES + [OSMUNDSEN])
    text = ("Руритания намерена ускорить переговоры о новом порте.\n\n"
            "С таким заявлением выступил министр транспорта Руритании Тарвик Осмундсен.")
    assert [c for _, c in claims(text, linker)] == ["osmundsen"]


def test_an_outlet_quoting_him_passes_on_the_words_of_the_last_man_named():
    linker = Linker(ENTITIES + [OSMUNDSEN])
    text = ("Тарвик Осмундсен выступил в парламенте в среду.\n\n"
            "«Порт откроется в мае», — цитирует его ТАСС.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [(c.claimant, c.via) for c in extract(doc, linker).claims][-1] == ("osmundsen", ("tass",))


@pytest.mark.parametrize("text", [
    "Tomas Varga said that the port would reopen in May. He declined to give details. "
    "Ships have waited outside the harbour for weeks.",
    "Tomas Varga said that the port would reopen in May. He refused to comment on the fees. "
    "Ships have waited outside the harbour for weeks.",
    "Томас Варга заявил, что порт откроется в мае. Он отказался от комментариев. Суда ждут у входа в гавань.",
    "Томас Варга заявил, что порт откроется в мае. Подробности он уточнять отказался. Суда ждут у входа в гавань.",
])
def test_declining_to_speak_ends_the_report_before_it(text):
    varga = Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")))
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, Linker([varga])).claims] == ["varga", None, None]


@pytest.mark.parametrize("text, body", [
    ("Избирательная комиссия Руритании подвела итоги голосования. По данным комиссии, партия «Маяк» набрала "
     "сорок процентов голосов.", "ruritania-election-commission"),
    ("Следственный комитет Руритании возбудил дело о поджоге. Как установило следствие, склад подожгли ночью.",
     "ruritania-investigative-committee"),
])
def test_a_russian_body_described_by_its_kind_is_the_body_of_that_kind_named_before(text, body):
    bodies = [Entity("ruritania-election-commission", "Election Commission of Ruritania", "Organization",
                     pref_labels=(("Избирательная комиссия Руритании", "ru"),)),
              Entity("ruritania-investigative-committee", "Investigative Committee of Ruritania", "Organization",
                     pref_labels=(("Следственный комитет Руритании", "ru"),))]
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, Linker(bodies)).claims][-1] == body


@pytest.mark.parametrize("text", [
    "Tomas Varga said that the port would reopen in May. “The port must open at once,” someone shouted from the hall.",
    "Томас Варга заявил, что порт откроется в мае. «Порт должен открыться сейчас», — крикнул кто-то из зала.",
])
def test_a_quotation_someone_unnamed_shouts_is_not_the_last_speakers(text):
    varga = Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")))
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, Linker([varga])).claims] == ["varga", None]


@pytest.mark.parametrize("text, source", [
    ("Northwire said on Monday that the port would close. The council passed the Harbour Fees Act in May. "
     "According to the measure, every ship must pay a fee at the gate.", "harbour-fees-act"),
    ("Northwire said on Monday that the port would close.\n\n"
     "According to the treaty, every ship must pay a fee at the gate.", None),
])
def test_according_to_a_law_is_the_law_named_before_and_never_the_last_body(text, source):
    entities = [Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"),)),
                Entity("harbour-fees-act", "Harbour Fees Act", "Agreement", pref_labels=(("Harbour Fees Act", "en"),))]
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, Linker(entities)).claims][-1] == source


def test_a_russian_report_of_an_interview_with_the_questions_first_is_no_claim_of_the_answerer():
    varga = Entity("varga", "Tomas Varga", "Person", pref_labels=(("Томас Варга", "ru"),))
    text = "Накануне праздника на вопросы «Северной газеты» ответил мэр Томас Варга."
    doc = parse_document("t.txt", text.encode(), "text/plain")
    assert [c.claimant for c in extract(doc, Linker([varga])).claims] == [None]


_VARGEN = [Entity("vargen", "Tomas Vargen", "Person", pref_labels=(("Tomas Vargen", "en"), ("Томас Варген", "ru"))),
           Entity("norvania-mfa", "Norvanian Foreign Ministry", "Organization",
                  pref_labels=(("Norvanian Foreign Ministry", "en"), ("МИД Норвании", "ru")))]


def _claimants(text, entities=_VARGEN):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, Linker(entities)).claims if c.kind != "quantity"]


@pytest.mark.parametrize("second", [
    "Как считает министр, для подписания нужна подготовка второй стороны.",
    "Как полагает глава МИД Норвании, для подписания нужна подготовка второй стороны.",
])
def test_a_clause_opened_by_as_has_its_speaker_after_the_verb(second):
    text = f"Министр Томас Варген заявил, что переговоры были полезны.\n{second}"
    assert _claimants(text) == ["vargen", "vargen"]


def test_a_head_of_a_body_described_with_an_adjective_refers_back_to_the_person():
    text = ("Министр Томас Варген заявил, что переговоры были полезны.\n"
            "Тем не менее глава норванского МИДа выразил надежду на новые встречи.")
    assert _claimants(text) == ["vargen", "vargen"]


def test_the_head_of_a_named_body_speaks_as_the_person_not_the_body():
    assert _claimants("Министр Томас Варген заявил, что переговоры были полезны.\n"
                      "Глава МИД Норвании считает, что подписание возможно весной.") == ["vargen", "vargen"]
    # no person to refer back to: the body speaks, as before
    assert _claimants("Глава МИД Норвании считает, что подписание возможно весной.") == ["norvania-mfa"]


def test_a_subject_after_an_opening_participle_is_read_though_the_parser_hangs_it_on_the_participle():
    text = ("The talks could end in May, Tomas Vargen said on Friday.\n\n"
            "Speaking at a forum in Lisbon, the Head of the Press Department of the Government noted that the "
            "parties could meet again before the summit.")
    assert _claimants(text) == ["vargen", "vargen"]


_FOODS = [Entity("vargen", "Tomas Vargen", "Person", pref_labels=(("Tomas Vargen", "en"),)),
          Entity("harbour-foods", "Harbour Foods", "Organization", pref_labels=(("Harbour Foods", "en"),)),
          Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"),))]


def test_a_speaker_quoted_by_an_outlet_as_saying_speaks_and_the_outlet_relays():
    text = ("Harbour Foods reported a lower profit on Tuesday.\n\n"
            "“We are well placed to grow again,” Tomas Vargen, its chief executive, was quoted by Northwire as saying.\n\n"
            "The company added that its bakery unit was for sale.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = [(c.claimant, c.via) for c in extract(doc, Linker(_FOODS)).claims if c.kind != "quantity"]
    # the outlet passed words on: "the company" after it is still the company
    assert out == [("harbour-foods", ()), ("vargen", ("northwire",)), ("harbour-foods", ())]


def test_the_agent_of_a_participle_describing_the_subject_is_not_the_speaker():
    text = "Analysts polled by Northwire had forecast a small loss for Harbour Foods."
    assert _claimants(text, _FOODS) == [None]


_COURT = [Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"), ("НордНьюс", "ru"))),
          Entity("harbour-court", "Harbour Regional Court", "Organization",
                 pref_labels=(("Harbour Regional Court", "en"), ("Гаванский областной суд", "ru")),
                 alt_labels=(("Гаванского областного суда", "ru"), ("Гаванском областном суде", "ru")))]


@pytest.mark.parametrize("text", [
    "Как сообщили НордНьюс в пресс-службе Гаванского областного суда, сегодня оглашен приговор жителю поселка.",
    "Сегодня оглашен приговор жителю поселка, рассказали НордНьюс в Гаванском областном суде.",
    "Сегодня оглашен приговор жителю поселка, сообщили в пресс-службе Гаванского областного суда.",
])
def test_an_outlet_told_by_a_body_is_not_the_speaker_the_body_is(text):
    assert _claimants(text, _COURT) == ["harbour-court"]


def test_a_court_described_without_its_place_after_its_name_is_that_court():
    text = ("Гаванский областной суд вынес приговор жителю поселка.\n\n"
            "Осужденный может обжаловать приговор, сообщили в пресс-службе областного суда.")
    assert _claimants(text, _COURT)[-1] == "harbour-court"


def test_a_court_described_after_two_courts_named_is_neither():
    courts = [*_COURT, Entity("port-court", "Port Regional Court", "Organization",
                              pref_labels=(("Портовый областной суд", "ru"),))]
    text = ("Гаванский областной суд и Портовый областной суд рассмотрели жалобы жителей поселка.\n\n"
            "Осужденный может обжаловать приговор, сообщили в пресс-службе областного суда.")
    assert _claimants(text, courts)[-1] not in ("harbour-court", "port-court")


def test_an_outlet_that_speaks_itself_still_speaks():
    assert _claimants("Сегодня оглашен приговор жителю поселка, сообщил НордНьюс.", _COURT) == ["northwire"]


@pytest.mark.parametrize("dash", ["—", "-"])
def test_a_hyphen_written_for_the_dash_of_direct_speech_closes_the_quotation(dash):
    kolvik = Entity("kolvik", "Marta Kolvik", "Person", pref_labels=(("Марта Кольвик", "ru"),))
    text = ("Марта Кольвик заявила, что мир нужен.\n\n"
            "Она отметила, что сторона приветствует гостей, однако предостерегла что Гавань не потерпит давления.\n\n"
            f"\"Это трудный регион. Поэтому мы рады гостям\", {dash} сказала она.")
    assert _claimants(text, [kolvik])[-2:] == ["kolvik", "kolvik"]


@pytest.mark.parametrize("text", [
    "Norvania may open a shared customs post with Portala in spring. "
    "This statement was made by presidential aide Tomas Vargen on Tuesday.",
    "Норвания уверена, что вмешательство альянса отодвинет урегулирование.\n\n"
    "Соответствующее заявление накануне вечером сделал помощник президента Томас Варген.",
])
def test_a_statement_said_to_be_made_by_someone_is_theirs(text):
    assert _claimants(text)[0] == "vargen"


@pytest.mark.parametrize("text", [
    "Tomas Vargen spoke on Monday.\n\nNorvania believes that the new tolls on the bridge are unfair, Vargen said.",
    "Tomas Vargen spoke on Monday.\n\nNorvania expects that the ferry line will reopen in a week, Vargen added.",
])
def test_a_verb_of_saying_inside_what_a_closing_frame_reports_leaves_the_frame_to_it(text):
    norvania = Entity("norvania", "Norvania", "Country", pref_labels=(("Norvania", "en"),))
    assert _claimants(text, [*_VARGEN, norvania])[-1] == "vargen"


def test_an_outlet_citing_another_for_a_named_speakers_words_relays_them_both():
    entities = [*_VARGEN, Entity("northwire", "Northwire", "Organization", pref_labels=(("НордНьюс", "ru"),)),
                Entity("harbour-wire", "Harbour Wire", "Organization", pref_labels=(("Гавань-Инфо", "ru"),))]
    text = ("Как передает НордНьюс со ссылкой на Гавань-Инфо, об этом заявил министр Томас Варген на брифинге.\n\n"
            "По его словам, паром будет ходить дважды в день.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    out = [(c.claimant, c.via) for c in extract(doc, Linker(entities)).claims if c.kind != "quantity"]
    # the frame, "об этом заявил" after the outlet's clause, is no claim of its own
    assert out == [("vargen", ("northwire", "harbour-wire"))]


def test_a_name_after_a_russian_preposition_is_no_subject():
    """"Об этом в Northwire написал X": an indeclinable name after "в" is where X wrote, not who."""
    linker = Linker([Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"),)),
                     Entity("sidorov", "Mark Sidorov", "Person", pref_labels=(("Марк Сидоров", "ru"),))])
    text = ("Суд отложил заседание по делу о поставках зерна до весны. "
            "Об этом в Northwire написал адвокат Марк Сидоров.")
    assert [who for _, who in claims(text, linker)] == ["sidorov"]
    # the body in which unnamed people spoke keeps its preposition
    text = "В Northwire, как и прежде, заявили, что поставки зерна возобновятся весной."
    assert [who for _, who in claims(text, linker)] == ["northwire"]


@pytest.mark.parametrize("text, speaker", [
    ("Progress rests on the other parties, notably Vastria, a senior Ostrelian diplomat said.", None),
    ("Vastria, a founding member of the pact, said that the deal would hold.", "vastria"),
])
def test_parse_a_country_with_a_title_in_apposition_is_not_the_speaker(text, speaker):
    """The parser takes what was said for the subject and hangs the speaker's title on it: no country is a diplomat."""
    linker = Linker([Entity("vastria", "Vastria", "Country", pref_labels=(("Vastria", "en"),))])
    assert [who for _, who in claims(text, linker)] == [speaker]


@pytest.mark.parametrize("opening, closing", [("«", "»"), ('"', '"')])
def test_said_tag_inside_the_marks_between_dashes(small_linker, opening, closing):
    text = ("Суд рассмотрел жалобу в четверг.\n\n"
            f"{opening}Мой подзащитный не признаёт вину, — заявила адвокат Ирина Соколова. — Решение будет "
            f"обжаловано. Мы направим жалобу в Верховный суд{closing}.\n\nЗаседание продлилось два часа.")
    out = [c for _, c in claims(text, small_linker)]
    assert out[0] is None and out[-1] is None
    assert out[1] is not None and out[1:-1] == [out[1]] * 3


def test_said_tag_inside_the_marks_with_a_registry_name(small_linker):
    text = ("«Ситуация на границе остаётся спокойной, — сказал Путин, — переговоры будут продолжены. "
            "Мы ждём ответа от соседей».\n\nЗаседание продлилось два часа.")
    assert [c for _, c in claims(text, small_linker)] == ["putin", "putin", None]


def test_quotation_opened_after_another_speakers_sentence(small_linker):
    text = ("The quarrel over the fishing quotas went on all week.\n\n"
            "Senator Daniel Morrow had alleged that harbour inspectors took bribes from the trawler owners. "
            "Vladimir Putin replied, “Every inspector passed a check in the spring. Some owners may well have "
            "offered money, yet no case has reached my desk. The harbour office will print the audit next week.”\n\n"
            "The fleet will sail again on Friday.")
    out = [c for _, c in claims(text, small_linker)]
    assert out[0] is None and out[-1] is None and out[1] not in (None, "putin")
    assert set(out[2:-1]) == {"putin"}


def test_subject_before_a_participial_phrase_after_a_quoted_name(small_linker):
    text = ("Протесты в столице продолжались третью неделю.\n\n"
            "В среду Алиев во время протестов союза «Наш край», организованных епископом Петром Громовым, "
            "сказал, что кабинет не уйдёт в отставку.\n\nМитинги продолжатся в выходные.")
    assert [c for _, c in claims(text, small_linker)] == [None, "aliyev", None]


@pytest.mark.parametrize("text, surname", [
    # a subject in apposition after an opening participle with an inserted clause
    ("The club lost again on Saturday.\n\n"
     "Speaking after the defeat of the Rovers, Marten Holby – who has led the club since the spring – "
     "clarified that he would stay.", "holb"),
    # a title and a name both parsed as subjects of the verb
    ("The count went on overnight.\n\n"
     "The gubernatorial candidate of the Unity Party, in a statement on Sunday, Mr. Olu Badejo said "
     "that the vote was rigged.", "badejo"),
    # the head of the cabinet in short form refers back
    ("Премьер-министр Руритании Иван Петров посетил завод в пятницу.\n\n"
     "Завод выпускает тракторы, рассказал глава руританского кабмина.", "petrov"),
])
def test_the_second_sentence_is_the_person_named_in_it_or_before(small_linker, text, surname):
    out = [c for _, c in claims(text, small_linker)]
    assert out[0] is None and out[1] is not None and surname in out[1]


def test_topic_frame_closing_its_paragraph_reports_the_paragraph(small_linker):
    text = ("Погода в столице остаётся холодной.\n\n"
            "Стороны подписали мир в прошлом году. Карта границы до сих пор не согласована. "
            "О спорах с соседями рассказал Путин.\n\nПереговоры возобновятся весной.")
    assert [c for _, c in claims(text, small_linker)] == [None, "putin", "putin", "putin", None]


def test_topic_frame_opening_its_paragraph_reports_nothing_before_it(small_linker):
    text = ("Стороны подписали мир в прошлом году. Карта границы до сих пор не согласована.\n\n"
            "О спорах с соседями рассказал Путин.")
    assert [c for _, c in claims(text, small_linker)] == [None, None, "putin"]


def test_relative_clause_cut_from_its_sentence_speaks_for_its_antecedent(small_linker):
    text = ("Vladimir Putin also answered recent remarks by the Ruritanian envoy Paul Brandt, who noted that "
            "Ruritania was not pressing either side to hurry the talks.")
    out = claims(text, small_linker)
    assert len(out) == 2 and out[0][1] == "putin" and out[1][1] not in (None, "putin") and "brandt" in out[1][1]


def test_inverted_frame_whose_name_the_parser_takes_for_the_object(small_linker):
    text = ("The envoy spoke in the capital on Monday.\n\n"
            "Following the council's guidance, the cabinet has focused on trade ties with its neighbours, "
            "added Paul Brandt.")
    out = claims(text, small_linker)
    assert out[0][1] is None and out[1][1] is not None and "brandt" in out[1][1]


def test_who_was_told_in_an_inverted_frame_does_not_speak(small_linker):
    out = claims("Another missing person was named as Rosa Vell, her cousin, Paul Brandt, told Northwire Radio.",
                 small_linker)
    assert all("northwire" not in (c or "") for _, c in out)


def test_inverted_frame_hanging_from_what_was_said(small_linker):
    text = ("Paul Brandt spoke in the capital on Monday.\n\n"
            "The cabinet has paid attention to the growth of trade with other nations, added Brandt.")
    out = claims(text, small_linker)
    assert out[-1][1] is not None and "brandt" in out[-1][1]


def test_an_interviews_closing_line_that_names_the_interviewee_is_the_articles():
    text = ("Ferry fares will not rise\n\n"
            "Northwire: Will the ferry fares rise this year?\n\n"
            "Jana Holm: No. We have cut our costs and we will pass that on to passengers.\n\n"
            "Northwire: And the new boats?\n\n"
            "Jana Holm: They are late. The yard in Ostburg had a fire.\n\n"
            "But the boats will sail before the winter storms.\n\n"
            "Jana Holm is the chief executive of the Lindholm Ferry Company. She spoke to Northwire in Ostburg.")
    out = {quote: who for quote, who, _ in labelled_claims(text)}
    assert out["But the boats will sail before the winter storms."] == "Jana Holm"    # an answer goes on
    assert out["Jana Holm is the chief executive of the Lindholm Ferry Company."] is None
    assert out["She spoke to Northwire in Ostburg."] is None


@pytest.mark.parametrize("closing", [
    "Energy Minister Ivo Renk said this at a briefing on Monday.",
    "Energy Minister Ivo Renk said it at a briefing on Monday, Nordpress reports.",
])
def test_said_this_gives_the_paragraph_before_to_its_speaker(small_linker, closing):
    text = f"Ostravia will raise its grain exports next year. The new port opens in May. {closing}\n\n" \
           "The harbour was closed for a week in March."
    speakers = dict(claims(text, small_linker))
    assert speakers["Ostravia will raise its grain exports next year."] is not None
    assert speakers["Ostravia will raise its grain exports next year."] == speakers["The new port opens in May."]
    assert speakers["The harbour was closed for a week in March."] is None


@pytest.mark.parametrize("closing", [
    "Energy Minister Ivo Renk said this at a briefing on Monday.",
    "Energy Minister Ivo Renk said it at a briefing on Monday, Nordpress reports.",
])
def test_said_this_is_the_articles_own_account_of_the_occasion(small_linker, closing):
    text = f"Ostravia will raise its grain exports next year. {closing}\n"
    speakers = dict(claims(text, small_linker, kinds=("statement", "event")))
    assert speakers[closing] is None


@pytest.mark.parametrize("closing, said", [
    ("Ivo Renk said this at a briefing, noting that 40 ships were waiting.", "40 ships were waiting"),
    ("Energy Minister Ivo Renk said this on Monday and added that the port of Vell would reopen in May.",
     "the port of Vell would reopen in May"),
])
def test_said_this_then_a_new_report_of_its_own_is_the_speakers(small_linker, closing, said):
    """A second verb of saying with a clause of its own says something new: the speaker's, not the article's."""
    text = f"Ostravia will cut rail tariffs. {closing}\n"
    speakers = claims(text, small_linker, kinds=("statement", "event", "quantity"))
    assert any(said in sentence and speaker is not None for sentence, speaker in speakers), speakers


def test_said_this_before_what_was_said_looks_forward(small_linker):
    text = "Ostravia will raise its grain exports next year. Energy Minister Ivo Renk said this: the port opens in May."
    assert dict(claims(text, small_linker)).get("Ostravia will raise its grain exports next year.") is None


@pytest.mark.parametrize("text", [
    "«Велтех» заявил, что экспорт в сентябре вырос.",
    "Компания «Велтех» сообщила, что экспорт в сентябре вырос.",
    "Экспорт вырос. «Северная верфь» заявила, что заказы выросли.",
])
def test_a_name_in_quotation_marks_before_the_verb_is_its_subject(small_linker, text):
    said = claims(text, small_linker)[-1]
    assert said[1] is not None and said[0].endswith(("выросли.", "вырос."))


def test_a_quotation_before_the_verb_is_still_what_was_said(small_linker):
    assert claims("«Мы готовы к переговорам», — заявил Путин.", small_linker)[-1][1] == "putin"


@pytest.mark.parametrize("text", [
    "Foreign Minister Ivo Renk opened the briefing by stressing that the harbour stays closed to ships.",
    "Foreign Minister Ivo Renk replied by saying that the talks would go on.",
])
def test_a_verb_of_saying_after_by_says_what_the_subject_says(small_linker, text):
    assert claims(text, small_linker)[0][1] is not None


@pytest.mark.parametrize("text, sentence", [
    ("Tomas Varga won. The official Ostvik news agency said the ruling party had won the vote.",
     "The official Ostvik news agency said the ruling party had won the vote."),
    ("Tomas Varga won. The official state broadcaster said the ruling party had won the vote.",
     "The official state broadcaster said the ruling party had won the vote."),
])
def test_the_adjective_official_in_a_subject_is_no_official_who_speaks(text, sentence):
    from extracted import CAST
    assert dict(claims(text, Linker(CAST)))[sentence] != "varga"


def test_the_supporters_of_a_person_are_not_that_person():
    from extracted import CAST
    text = ("Tomas Varga spoke on Monday. There was music in the old town. "
            "The president’s supporters in Ostburg gathered in the square to welcome the result.")
    assert dict(claims(text, Linker(CAST)))[
        "The president’s supporters in Ostburg gathered in the square to welcome the result."] is None


def test_an_outlet_that_quotes_a_person_after_the_quotation_relays_that_person():
    text = ("The ferries sailed again, officials said. "
            "“The boats are back and the town is glad,” Coastal Wire quotes Jana Holm, a teacher in Ostburg.")
    quote, who, via = labelled_claims(text)[-1]
    assert quote.startswith("The boats are back") and who == "Jana Holm"


@pytest.mark.parametrize("text", [
    "Томас Варга прибыл в столицу. Премьер-министр Бореалии Томас Варга предложил Ливонии начать консультации.",
    "Томас Варга прибыл в столицу. Он предложил Ливонии начать консультации.",
])
def test_a_proposal_is_a_speech_act_of_its_subject(text):
    from extracted import CAST
    assert claims(text, Linker(CAST))[-1][1] == "varga"


@pytest.mark.parametrize("text, sentence", [
    ("Minister Mira Orlen spoke on Friday. Tomas Varga declined to withdraw the 2019 letter where he called "
     "Mira Orlen a danger to the harbour.",
     "Tomas Varga declined to withdraw the 2019 letter where he called Mira Orlen a danger to the harbour."),
    ("Mira Orlen spoke on Friday. Tomas Varga agreed to publish a letter in which he said Mira Orlen was wrong.",
     "Tomas Varga agreed to publish a letter in which he said Mira Orlen was wrong."),
])
def test_a_pronoun_in_a_relative_clause_under_an_infinitive_is_the_subject_it_completes(text, sentence):
    from extracted import CAST
    assert dict(claims(text, Linker(CAST)))[sentence] == "varga"


def test_the_stop_of_an_initial_before_a_russian_surname_does_not_cut_the_speaker_off(cast):
    text = ("Заседание совета прошло в Орлове.\n\n"
            "Председатель Д. Ремизов заявил, что денег на ремонт моста нет.")
    said = [who for words, who in claims(text, cast) if "денег на ремонт" in words]
    assert said and said[0] is not None and said[0].startswith("d-remizov")


def test_an_outlet_named_after_whose_words_it_passes_on_relays_them():
    out = relayed("Новости порта\n\nПорт откроется в понедельник, сообщил Путин.\n\n"
                  "Движение судов возобновится через неделю, передает слова Путина ТАСС.")
    assert out[-1] == ("Vladimir Putin", ("TASS",))


def test_a_words_subtree_is_every_word_under_it_read_down_its_children():
    from claimsgraph.extract.attribution import _by_head, _subtree
    from claimsgraph.nlp import analyse

    doc = parse_document("subtree.txt", "Mara Velsen, the head of Vexon Holdings in Tarnia, said on Monday that the "
                         "deal Vladimir Putin signed with Armenia would stand, Sergei Lavrov told reporters.\n"
                         .encode(), "text/plain")
    words = analyse(doc).parse_of(doc.body[0])

    def under(root):     # heads point up: grow the set until no word's head is in it
        inside = {root}
        while (grown := inside | {j for j, w in enumerate(words) if w.head in inside and j != w.head}) != inside:
            inside = grown
        return sorted(inside)

    assert len(words) > 20 and all(_subtree(words, i) == under(i) for i in range(len(words)))
    assert sorted(j for children in _by_head(words).values() for j in children) == \
        [j for j, w in enumerate(words) if w.head != j]

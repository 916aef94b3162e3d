"""How far a speaker's voice reaches and how a document's layout assigns it: invented people and texts."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

ENTITIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("orlen", "Mira Orlen", "Person", pref_labels=(("Mira Orlen", "en"),), alt_labels=(("Orlen", "en"),)),
    Entity("water-council", "Borealian Water Council", "Organization",
           pref_labels=(("Borealian Water Council", "en"), ("Водный совет Бореалии", "ru")),
           alt_labels=(("Water Council", "en"),)),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def test_a_quotation_and_its_closing_frame_end_the_report_of_an_opening_frame(linker):
    text = ("Tomas Varga said that the dam at Orlov would hold through the spring floods. "
            "\"We have checked every gate twice,\" he told reporters. "
            "Engineers from the Water Council inspected the northern spillway on Monday. "
            "The reservoir rose by a metre over the weekend.")
    out = claims(text, linker)
    assert [who for _, who in out] == ["varga", "varga", None, None]


def test_a_statement_that_only_names_its_medium_stays_one_claim_of_its_speaker(linker):
    text = ("The spillway at Orlov will stay closed until the inspection ends, the Borealian Water Council "
            "said in a statement.")
    assert claims(text, linker) == [(text, "water-council")]


def test_a_medium_with_the_outlet_that_relayed_it_stays_one_claim_of_its_speaker(linker):
    text = ("\"The gates will hold through the spring,\" Tomas Varga, an engineer of the Water Council, said in a "
            "statement reported by the Orlov Herald news agency.")
    assert [who for _, who in claims(text, linker)] == ["varga"]


def test_an_occasion_after_the_speaker_is_the_articles_report(linker):
    text = ("The spillway at Orlov will stay closed until the inspection ends, the Borealian Water Council "
            "said at a briefing in the capital on Friday.")
    out = claims(text, linker)
    assert out[0] == ("The spillway at Orlov will stay closed until the inspection ends", "water-council")
    assert out[1][1] is None and out[1][0].startswith("the Borealian Water Council said at a briefing")


def test_an_answer_label_names_its_speaker_in_brackets_and_a_closing_question_is_nobodys(linker):
    text = ("Водный совет\n\nВопрос: Когда откроют плотину?\n\n"
            "Ответ (Томас Варга): Плотину откроют после проверки всех затворов.\n\n"
            "Ремонт северного водосброса займёт всё лето.\n\n"
            "Если проверка закончена, то почему закрыты 4 водосброса? Кто ответит за это?")
    doc_claims = claims(text, linker, kinds=("statement", "event", "relation", "quantity"))
    assert doc_claims == [("Плотину откроют после проверки всех затворов.", "varga"),
                          ("Ремонт северного водосброса займёт всё лето.", "varga")]


def test_an_unlabelled_interview_gives_its_answers_to_the_person_the_intro_names_and_its_questions_nothing(linker):
    text = ("Dams and floods on the northern river\n\n"
            "Tomas Varga spoke to the Orlov Herald in an interview about the spring floods.\n\n"
            "**When will the dam at Orlov open again?**\n\n"
            "We will open it once every gate has been checked twice.\n\n"
            "The northern spillway needs repairs that will take the whole summer.\n\n"
            "Mr Varga, thank you for your time. Are the farmers downstream safe?\n\n"
            "I believe the river will stay within its banks this year.")
    out = claims(text, linker)
    assert [(t, who) for t, who in out if not t.startswith("Tomas Varga spoke")] == [
        ("We will open it once every gate has been checked twice.", "varga"),
        ("The northern spillway needs repairs that will take the whole summer.", "varga"),
        ("I believe the river will stay within its banks this year.", "varga")]


def test_an_unlabelled_russian_interview_finds_its_interviewee_in_the_headline_cue(linker):
    text = ("Интервью Томаса Варги о весеннем паводке\n\n"
            "Когда вы откроете плотину в Орлове?\n\n"
            "Мы откроем её после проверки всех затворов.\n\n"
            "Не опасен ли паводок для жителей?\n\n"
            "Я уверен, что река останется в берегах.")
    out = claims(text, linker)
    assert out == [("Мы откроем её после проверки всех затворов.", "varga"),
                   ("Я уверен, что река останется в берегах.", "varga")]


def test_an_unlabelled_interview_with_no_name_before_it_is_the_one_its_first_question_addresses(linker):
    text = ("Talking floods with the Orlov Herald\n\n"
            "Mr Varga, thank you for your time. When will the dam open?\n\n"
            "We will open it once every gate has been checked.\n\n"
            "And the farmers downstream?\n\n"
            "I believe the river will stay within its banks.")
    out = claims(text, linker)
    assert out == [("We will open it once every gate has been checked.", "varga"),
                   ("I believe the river will stay within its banks.", "varga")]


def test_rhetorical_questions_answered_in_the_first_person_address_no_one_and_are_no_interview(linker):
    text = ("Why Tomas Varga is wrong about the dam\n\n"
            "Who decided to keep the northern spillway closed?\n\n"
            "I have walked along the river every spring for twenty years.\n\n"
            "What will the farmers downstream do?\n\n"
            "We all know the answer, Mira Orlen said.")
    out = claims(text, linker)
    assert all(who != "varga" for _, who in out)


def test_questions_answered_in_the_writers_voice_are_no_interview(linker):
    text = ("Tomas Varga and the spring floods\n\n"
            "What happens next?\n\n"
            "The Water Council will inspect the northern spillway on Monday, Mira Orlen said.\n\n"
            "Why does it matter?\n\n"
            "The reservoir rose by a metre over the weekend.")
    out = claims(text, linker)
    assert ("The reservoir rose by a metre over the weekend.", None) in out
    assert all(who != "varga" for _, who in out)


def test_a_frame_after_its_quotation_with_the_verb_first_is_no_report_of_its_own(linker):
    text = ("\"Плотина выдержит весенний паводок, мы проверили все затворы дважды\", - сказал на пресс-конференции "
            "тренер \"Вектора\" Томас Варга.")
    out = claims(text, linker)
    assert [who for _, who in out] == ["varga"]


def test_a_readout_goes_on_in_sentences_that_name_no_speaker(linker):
    text = ("Water talks held in Orlov\n\n"
            "Engineers of both countries met in Orlov on Monday to discuss the spring floods, the Borealian Water "
            "Council said.\n\n"
            "It was stressed that the northern spillway must stay open until the inspection ends.\n\n"
            "It was expected that the talks would resume in May.")
    out = claims(text, linker)
    assert [who for _, who in out][-2:] == ["water-council", None]


def test_a_russian_readout_goes_on_in_impersonal_passives(linker):
    text = ("Переговоры в Орлове\n\n"
            "Инженеры двух стран обсудили весенний паводок на встрече в Орлове, сообщает Водный совет Бореалии.\n\n"
            "Была подчеркнута важность ремонта северного водосброса до начала лета.\n\n"
            "Отмечается, что проверка затворов продлится до мая.\n\n"
            "Ожидается, что следующая встреча пройдет в июне.")
    out = claims(text, linker)
    assert [who for _, who in out][-3:] == ["water-council", "water-council", None]


def test_an_impersonal_verb_right_after_a_bodys_report_further_down_goes_on_with_that_body(linker):
    text = ("Паводок в Орлове\n\n"
            "Вода в реке поднялась на два метра за сутки.\n\n"
            "Жители Орлова готовятся к эвакуации.\n\n"
            "Школы в городе закрыты до понедельника.\n\n"
            "Три дома у реки затоплены, сообщает Водный совет Бореалии.\n\n"
            "Уточняется, что проверка затворов продлится до мая.\n\n"
            "Ожидается, что следующая встреча пройдет в июне.")
    out = claims(text, linker)
    assert [who for _, who in out][-2:] == ["water-council", None]


def test_figures_right_after_an_impersonal_verb_go_on_with_its_body(linker):
    text = ("Паводок в Орлове\n\n"
            "Вода в реке поднялась на два метра за сутки.\n\n"
            "Жители Орлова готовятся к эвакуации.\n\n"
            "Школы в городе закрыты до понедельника.\n\n"
            "Три дома у реки затоплены, сообщает Водный совет Бореалии. "
            "Уточняется, что в Орлове затоплены 12 улиц. Ещё 40 домов остались без света.\n\n"
            "В соседнем районе затоплены 7 дорог.")
    out = claims(text, linker, kinds=("quantity",))
    assert speaker_of(out, "40 домов") == "water-council"
    assert speaker_of(out, "7 дорог") is None


def test_a_person_who_spoke_in_the_lead_issues_no_readout(linker):
    text = ("Инженеры двух стран обсудили весенний паводок на встрече в Орлове, сообщил Томас Варга.\n\n"
            "Была подчеркнута важность ремонта северного водосброса до начала лета.")
    assert [who for _, who in claims(text, linker)][-1] is None


def test_a_russian_sentence_that_points_back_with_an_instrumental_is_no_claim(linker):
    text = ("Плотина в Орлове выдержит весенний паводок без ремонта затворов. "
            "С таким заявлением выступил глава совета Томас Варга.")
    assert [t for t, _ in claims(text, linker)] == ["Плотина в Орлове выдержит весенний паводок без ремонта затворов."]


def test_a_quotation_opening_the_paragraph_after_a_closing_frame_is_that_speakers(linker):
    text = ("Переговоры в Орлове\n\n"
            "Инженеры двух стран провели встречу в Орлове, сообщает Водный совет Бореалии.\n\n"
            "«Стороны обсудили ремонт северного водосброса и график проверки затворов.\n\n"
            "Погода в Орлове в понедельник была дождливой.")
    out = claims(text, linker)
    assert [who for _, who in out][-2:] == ["water-council", None]


def test_a_russian_sentence_with_a_first_person_verb_and_no_pronoun_goes_on_with_the_last_speaker(linker):
    text = ("Томас Варга заявил, что плотина в Орлове выдержит весенний паводок.\n\n"
            "Бросим на ремонт затворов все ресурсы совета.\n\n"
            "Напомним, северный водосброс закрыли на ремонт в прошлом году.")
    assert [who for _, who in claims(text, linker)] == ["varga", "varga", None]


def test_russian_direct_speech_taken_up_again_after_its_frame_keeps_its_speaker(linker):
    text = ("— Затворы плотины проверены дважды, — сказал Томас Варга. — Северный водосброс откроют в мае.\n\n"
            "Весной уровень воды в Орлове поднялся на метр.")
    assert [who for _, who in claims(text, linker)] == ["varga", "varga", None]


def test_a_negated_verb_of_saying_before_an_indirect_question_reports_nothing(linker):
    text = ("Tomas Varga said that the dam at Orlov would hold through the spring floods. "
            "Varga did not say whether the northern spillway would open in May. "
            "The reservoir rose by a metre over the weekend.")
    assert [who for _, who in claims(text, linker)] == ["varga", None, None]
    text = "Томас Варга не уточнил, когда откроют северный водосброс плотины в Орлове."
    assert [who for _, who in claims(text, linker)] == [None]


def test_a_long_headline_in_title_case_is_no_claim_even_cut_at_a_semicolon(linker):
    text = ("Page furniture\n\nBorealian Water Council Head Calls on Engineers to Reopen Spillway; Warns of Spring "
            "Floods in Orlov Province\n\nTomas Varga said that the dam at Orlov would hold through the spring floods.")
    assert [t for t, _ in claims(text, linker)] == [
        "Tomas Varga said that the dam at Orlov would hold through the spring floods."]


def test_a_notice_set_in_capitals_is_no_claim(linker):
    text = ("Tomas Varga said that the dam at Orlov would hold through the spring floods.\n\n"
            "THIS MATERIAL WAS PRODUCED BY THE ORLOV COURIER LIMITED.")
    assert [t for t, _ in claims(text, linker)] == [
        "Tomas Varga said that the dam at Orlov would hold through the spring floods."]


def test_short_lines_over_the_article_are_no_claims_though_the_first_is_a_section_not_the_headline(linker):
    text = ("Home   /   Regions   /   Orlov\n\nNo dam can hold the Orlov floods; engineers warn of 300 homes lost\n\n"
            "Tomas Varga said that the dam at Orlov would hold through the spring floods.\n\n"
            "The council moved 40 families from the valley.")
    x = extract(parse_document("t.txt", text.encode(), "text/plain"), linker)
    said = [text[c.span.start:c.span.end] for c in x.claims]
    assert not [s for s in said if "No dam" in s or "300" in s or "Regions" in s]
    assert "Tomas Varga said that the dam at Orlov would hold through the spring floods." in said


def test_a_first_line_that_ends_as_a_sentence_is_the_article_not_a_headline(linker):
    text = ("Tomas Varga said that the dam at Orlov would hold through the spring floods.\n\n"
            "Engineers disagree with him\n\nThe council moved 40 families from the valley.")
    said = [t for t, _ in claims(text, linker)]
    assert said[0] == "Tomas Varga said that the dam at Orlov would hold through the spring floods."


def test_the_figures_of_a_link_to_another_story_inside_the_article_are_no_claims(linker):
    text = ("Tomas Varga said that the dam at Orlov would hold through the spring floods.\n\n"
            "Dam breaks in Dorvik; 40 homes flooded\n\n"
            "Storm Hits Borealia With Record 300 Millimetres of Rain\n\n"
            "The council moved 25 families from the valley.\n\n"
            "- 12 schools closed in Orlov\n\n"
            "The water is expected to fall by Friday.")
    x = extract(parse_document("t.txt", text.encode(), "text/plain"), linker)
    assert sorted(c.value for c in x.claims if c.kind == "quantity") == [12, 25]


def test_in_a_text_whose_lines_end_in_no_marks_a_short_line_keeps_its_figures(linker):
    text = ("Tomas Varga spoke to the council today\n\nhe said 40 homes were flooded in Dorvik\n\n"
            "the water is expected to fall by Friday")
    x = extract(parse_document("t.txt", text.encode(), "text/plain"), linker)
    assert [c.value for c in x.claims if c.kind == "quantity"] == [40]


def test_a_lead_that_only_says_a_statement_was_issued_gives_its_text_to_the_issuer(linker):
    text = ("Водный совет Бореалии распространил заявление.\n\n"
            "Плотина у Орлова выдержит весенний паводок. Все затворы проверены дважды.\n\n"
            "Ремонт северного водосброса завершится к июлю.")
    out = claims(text, linker)
    assert out[0] == ("Водный совет Бореалии распространил заявление.", None)
    assert [who for _, who in out[1:]] == ["water-council"] * 3


def test_a_lead_naming_what_the_statement_answers_still_gives_its_text_to_the_issuer(linker):
    text = ("The Borealian Water Council released the following statement in response to the report of the "
            "river authority:\n\n"
            "The dam at Orlov will hold through the spring floods. Every gate has been checked twice.")
    out = claims(text, linker)   # the lead introduces the text, as a line before a quotation does: no claim
    assert [who for _, who in out] == ["water-council", "water-council"]


@pytest.mark.parametrize("lead", [
    "The Borealian Water Council issued a statement calling the repairs urgent.",
    "The Borealian Water Council issued a statement saying that the dam would hold.",
    "The Borealian Water Council issued a statement: \"The dam will hold.\"",
])
def test_a_lead_that_tells_what_the_statement_says_leaves_the_report_to_the_article(linker, lead):
    text = lead + "\n\nThe dam at Orlov was built in 1961. Its northern spillway was repaired in 2004."
    out = claims(text, linker)
    assert [who for t, who in out if t.startswith(("The dam at Orlov", "Its northern"))] == [None, None]


def test_a_statement_issued_after_the_lead_does_not_take_the_article(linker):
    text = ("The dam at Orlov closed on Monday. The Borealian Water Council issued a statement.\n\n"
            "Repairs to the northern spillway began on Tuesday.")
    out = claims(text, linker)
    assert len(out) == 3 and all(who is None for _, who in out)


@pytest.mark.parametrize("lead", [
    "Водный совет Бореалии сделал громкое заявление на встрече с рыбаками.",
    "The Borealian Water Council issued a controversial statement.",
])
def test_a_lead_that_judges_the_statement_leaves_the_report_to_the_article(linker, lead):
    # news about a remark already made and talked of, not the remark's own text
    text = lead + "\n\nThe dam at Orlov was built in 1961. Its northern spillway was repaired in 2004."
    out = claims(text, linker)
    assert [who for t, who in out if t.startswith(("The dam at Orlov", "Its northern"))] == [None, None]


def test_an_aside_of_the_article_ends_the_statements_text(linker):
    text = ("Водный совет Бореалии распространил заявление.\n\n"
            "Плотина у Орлова выдержит весенний паводок.\n\n"
            "Напомним, плотина была построена в 1961 году. Северный водосброс ремонтировали в 2004 году.")
    out = claims(text, linker)
    assert out[1] == ("Плотина у Орлова выдержит весенний паводок.", "water-council")
    assert len(out) >= 4 and [who for _, who in out[2:]] == [None] * (len(out) - 2)


def test_a_lead_about_a_statement_the_reader_knows_of_leaves_the_report_to_the_article(linker):
    text = ("Council news\n\nTomas Varga put out the statement late on Friday, two days after the council had "
            "postponed its verdict on the fishermen's complaint about the new weir.\n\n"
            "Mining at Orlov has stood still since February.")
    out = claims(text, linker)
    assert [who for t, who in out if t.startswith("Mining")] == [None]


def test_a_description_opened_by_a_demonstrative_refers_back_as_one_opened_by_the_article(linker):
    text = ("Council news\n\nTomas Varga met the river authority on Monday.\n\n"
            "This senior Borealian diplomat said the dam at Orlov was safe.")
    assert claims(text, linker)[-1] == ("This senior Borealian diplomat said the dam at Orlov was safe.", "varga")


def test_a_dash_tag_with_any_past_verb_first_names_the_quotations_speaker(linker):
    # "заключил" is no verb of saying in general ("заключил договор"); after a quotation and a dash it is one
    text = ("Водный совет Бореалии обсудил паводок.\n\n"
            "«Плотина выдержит весенний паводок, если шлюзы откроют вовремя. Готовьтесь», — заключил Томас Варга.\n\n"
            "Совет соберется снова в мае.")
    out = claims(text, linker)
    assert [who for q, who in out if "Плотина" in q or "Готовьтесь" in q] == ["varga", "varga"]


def test_a_dash_tag_in_the_present_tense_relaying_words_names_no_speaker_by_position(linker):
    text = ("Водный совет Бореалии обсудил паводок.\n\n"
            "«Плотина выдержит весенний паводок», — приводит слова министра Бореалия.\n\n"
            "Совет соберется снова в мае.")
    out = claims(text, linker)
    assert [who for q, who in out if "Плотина" in q] != ["borealia"]


def test_direct_speech_after_a_dash_is_whom_the_line_ending_with_a_colon_has_speak(linker):
    text = ("Водный совет Бореалии завершил весенние работы на реке.\n\n"
            "Томас Варга осмотрел новую дамбу и подвел итоги сезона:\n\n"
            "− Северные шлюзы починили к маю, плотины стоят.\n\n"
            "Следующий осмотр назначен на осень.")
    out = claims(text, linker)
    assert [who for q, who in out if "плотины" in q] == ["varga"]


def test_an_item_of_a_list_after_a_colon_is_no_ones_speech(linker):
    text = ("The Water Council published its figures for the year.\n\n"
            "Other points from the council's report:\n\n"
            "- The northern river will stay closed to barges until the dams are safe.\n\n"
            "Tomas Varga said the work would go on.")
    out = claims(text, linker)
    assert [who for q, who in out if "northern river" in q] == [None]


def test_a_bodys_titled_speaker_named_in_the_next_sentence_is_that_person_not_the_body(linker):
    text = ("The Water Council's spokesman said on Monday that the spillway at Orlov would open in May. "
            "Spokesman Tomas Varga told reporters that every gate had been checked.")
    assert [who for _, who in claims(text, linker)] == ["varga", "varga"]


def test_a_body_speaking_and_then_a_person_of_it_stay_two_speakers(linker):
    text = ("The Borealian Water Council said on Monday that the spillway at Orlov would open in May. "
            "Council chairman Tomas Varga told reporters that every gate had been checked.")
    assert [who for _, who in claims(text, linker)] == ["water-council", "varga"]

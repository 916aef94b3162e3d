"""Transcript and interview layouts: a broadcast host's label, also after the host's name, asks (claims.speaker_labels,
_hosts); a title label is the guest a question opens by addressing with it (claims._titled, _opens_addressing); a
label in capitals on its own line stays apart from a heading in capitals over it (ingest._goes_on) and labels closed
by a colon make no hard-wrapped text (ingest._wrap_width); a recording's labels with their time stamps
(claims._stamped); an outlet's name over the questions, the answers unlabelled up to where the article goes on
(claims._outlet_questions, _leaves_interview); a title label is the caller its first turn names as the speaker at
its start (claims._introduced); a transcript's note of the room and a subjects line are furniture
(ingest._is_furniture, FURNITURE_OPENERS).
Invented names and sentences."""
from extracted import body_texts, claims, claims_all


def _speaker(out, quote):
    return next(who for said, who in out if said == quote)


def test_a_presenters_remarks_are_no_claims(linker):
    text = ("Drive time chat\n\nPRESENTER: Good morning, you are on the line with us.\n\n"
            "ORRIN VALE: Morning. The harbour bill will pass before winter.\n\n"
            "PRESENTER: Lovely weather here today. Our listeners rang all week.\n\n"
            "ORRIN VALE: The ferries will run every hour from May.\n")
    said = [s for s, _ in claims(text, linker)]
    assert not any("weather" in s or "listeners" in s for s in said)
    assert any("ferries" in s for s in said)


def test_a_label_naming_the_host_asks(linker):
    text = ("Radio talk - Quay FM\n\nTANA ROSK, HOST: Well, we had callers from every suburb this week, and the "
            "loudest was our guest today. Good morning.\n\n"
            "ORRIN VALE, HARBOUR MINISTER: Good morning. The quay reopens on Monday.\n")
    said = [s for s, _ in claims(text, linker)]
    assert not any("callers" in s for s in said)
    assert any("quay reopens" in s for s in said)


def test_a_title_label_is_the_guest_a_question_addresses_with_it(linker):
    text = ("Transcript\n\nRadio interview, Quay FM\n\nJOURNALIST:\nHarbour Minister Orrin Vale, good morning and "
            "welcome.\nHARBOUR MINISTER:\nThanks for having me. The quay reopens on Monday.\nJOURNALIST:\n"
            "Will the ferries run on time?\nHARBOUR MINISTER:\nThe timetable holds for the whole summer.\n")
    out = claims(text, linker)
    assert "vale" in (_speaker(out, "The timetable holds for the whole summer.") or "")


def test_a_label_in_capitals_stays_apart_from_the_heading_over_it():
    text = ("TRANSCRIPT – PRESS CONFERENCE, NORTH QUAY\nORRIN VALE:\nGood afternoon. The quay reopens on Monday, "
            "and the ferries run from May.\n")
    assert "ORRIN VALE:" in body_texts(text)


def test_a_recordings_stamped_labels_give_each_turn_its_speaker(linker):
    text = ("Orrin Vale (00:00):\nHello, everyone.\nSpeaker 2 (00:02):\nThank you, sir.\nOrrin Vale (00:05):\n"
            "How are you? We are sailing over the bay now.\nSpeaker 3 (00:17):\n"
            "The ferry reached the north quay at noon.\nOrrin Vale (00:29):\n"
            "Wow. The crew did that well. The fleet is ready. Would you like to add something, Tana?\n")
    out = claims(text, linker)
    assert not any("Speaker" in said for said, _ in out)
    assert _speaker(out, "The ferry reached the north quay at noon.") is None
    assert "vale" in (_speaker(out, "The fleet is ready.") or "")


def test_an_outlets_label_over_the_questions_gives_the_answers_to_the_interviewee(linker):
    text = ("Orrin Vale on harbours: full interview\n\n"
            "Orrin Vale's interview with NORTHWIRE's harbour editor, held on the quay.\n\n"
            "NORTHWIRE: Thanks for your time.\n\n"
            "Sure. The harbour had its best year.\n\n"
            "NORTHWIRE: The fleet shrank last year, though.\n\n"
            "It grew by two ships, in fact. We sold none.\n")
    out = claims(text, linker)
    assert not any("shrank" in said for said, _ in out)
    assert "vale" in (_speaker(out, "The harbour had its best year.") or "")
    assert "vale" in (_speaker(out, "We sold none.") or "")


def test_an_outlets_interview_ends_where_the_article_goes_on(linker):
    text = ("Vellbrook budget\n\n"
            "Jon Vell, the treasurer of Vellbrook, spoke in an interview with Northwire on Monday.\n\n"
            "NORTHWIRE: What will happen to the budget?\n\n"
            "We will cut spending by 5% next year.\n\n"
            "NORTHWIRE: And taxes?\n\n"
            "Taxes will rise by 2% in March.\n\n"
            "Separately, the Vellbrook council voted on Tuesday to raise bus fares by 10%, council member Jane Roe "
            "said.\n\n"
            "The opposition leader Brin Toller called the vote a disgrace.\n")
    out = claims_all(text, linker)
    assert "jon-vel" in (_speaker(out, "Taxes will rise by 2% in March.") or "")
    assert "jane-roe" in (next(who for said, who in out if "bus fares" in said) or "")
    assert "brin-toler" in (next(who for said, who in out if "disgrace" in said) or "")


def test_an_outlets_interviewee_telling_what_others_said_still_answers(linker):
    text = ("Jon Vell on the Orlov port deal\n\n"
            "Jon Vell spoke about the port deal in an interview with Northwire.\n\n"
            "NORTHWIRE: Why did the deal fail?\n\n"
            "The buyers walked away in March. I told Mara Hale at the time that the price was too high, and she said "
            "it was fine.\n\n"
            "The Orlov port will lose forty jobs this year.\n\n"
            "NORTHWIRE: What comes next?\n\n"
            "We will sell the cranes to Tarvo Shipping before the summer.\n\n"
            "The cranes are worth ten million dollars.\n\n"
            "Port chair Mara Hale said on Tuesday that the cranes were worth far less.\n")
    out = claims_all(text, linker)
    for quote in ("The buyers walked away in March.", "The Orlov port will lose forty jobs this year."):
        assert "jon-vel" in (_speaker(out, quote) or ""), quote
    # past the last answer's first paragraph, narration is the article's again: no label ends that answer
    assert "jon-vel" not in (_speaker(out, "The cranes are worth ten million dollars.") or "")
    assert "mara-hale" in (next(who for said, who in out if "far less" in said) or "")


def test_the_last_answer_to_an_outlet_runs_on_only_in_the_first_person(linker):
    text = ("Jon Vell speaks to Northwire\n\n"
            "Jon Vell, the mayor of Tarnovia, gave an interview to Northwire about the harbour.\n\n"
            "NORTHWIRE: Will the quay reopen?\n\n"
            "It will reopen in May. The works are on schedule.\n\n"
            "NORTHWIRE: What about the cost?\n\n"
            "The cost will stay under budget.\n\n"
            "We have saved money on the cranes.\n\n"
            "The port board gave no answer when the wire asked it.\n\n"
            "Harbour traffic fell by a third last year, official figures show.\n\n"
            "Our correspondent in Tarnovia adds that the quay has been closed since March.\n")
    out = claims_all(text, linker)
    for quote in ("The cost will stay under budget.", "We have saved money on the cranes."):
        assert "jon-vel" in (_speaker(out, quote) or ""), quote
    for said, who in out:
        if "official figures" in said or "correspondent" in said or "gave no answer" in said:
            assert "jon-vel" not in (who or ""), said


def test_a_note_of_the_room_and_a_subjects_line_are_furniture():
    text = ("Harbour talk\n\nSubjects: harbour bill; ferries.\n\nORRIN VALE: The quay reopens on Monday.\n\n"
            "[Laughter].\n\nTANA ROSK: The ferries run from May.\n")
    kept = body_texts(text)
    assert "[Laughter]." not in kept
    assert not any(p.startswith("Subjects") for p in kept)


def test_a_title_label_is_the_caller_who_names_themselves(linker):
    text = ("Studio chat\n\nPRESENTER: You are on air, who is calling?\n\n"
            "HARBOUR MINISTER: Good evening, it's Orrin Vale.\n\nPRESENTER: Welcome!\n\n"
            "HARBOUR MINISTER: The quay reopens on Monday, and the ferries run from May.\n")
    out = claims(text, linker)
    assert "vale" in (_speaker(out, "The quay reopens on Monday") or "")


def test_a_generic_label_is_each_caller_who_names_themselves(linker):
    text = ("Radio phone-in\n\nPRESENTER: Our first caller is on the line.\n\n"
            "CALLER: Hello. I'm Jane Roe, and the Vellbrook bus fares went up by a third this year.\n\n"
            "PRESENTER: Thank you. Next caller?\n\n"
            "CALLER: Good evening, it's Orrin Vale. The Tarnov ferry was late every day in May.\n")
    out = claims(text, linker)
    assert "vale" in (next(who for said, who in out if "ferry was late" in said) or "")


def test_a_generic_labels_turn_introducing_no_one_is_its_last_callers(linker):
    text = ("Radio phone-in\n\nPRESENTER: Our first caller is on the line.\n\n"
            "CALLER: Hello. I'm Jane Roe, and the Vellbrook bus fares went up by a third this year.\n\n"
            "PRESENTER: Thank you. Next caller?\n\n"
            "CALLER: Good evening, it's Orrin Vale. The Tarnov ferry was late every day in May.\n\n"
            "PRESENTER: Every day?\n\n"
            "CALLER: Yes, the Tarnov ferry missed its first crossing on every weekday.\n")
    out = claims(text, linker)
    assert "vale" in (next(who for said, who in out if "missed its first crossing" in said) or "")


def test_stamped_labels_of_one_length_make_no_hard_wrapped_text():
    text = ("Orrin Vale (00:00:01):\nHello, everyone.\nTana Rosk (00:00:02):\nThank you, sir.\n"
            "Orrin Vale (00:00:05):\nHow are you?\nTana Rosk (00:00:17):\nThe ferry is late.\n"
            "Orrin Vale (00:00:29):\nWow. Well done.\nTana Rosk (00:00:41):\nThe fleet is ready.\n")
    paras = body_texts(text)
    assert "Tana Rosk (00:00:17):" in paras and "Orrin Vale (00:00:29):" in paras
    assert not any("\n" in p for p in paras)


def test_a_name_later_in_a_title_labels_turn_is_not_the_caller(linker):
    text = ("Studio chat\n\nPRESENTER: You are on air, who is calling?\n\n"
            "TREASURER: Not me. Frankly, it's Jane Roe. The council asked for 10% in May.\n\nPRESENTER: Welcome!\n\n"
            "TREASURER: The quay reopens on Monday, and the ferries run from May.\n")
    out = claims(text, linker)
    assert "jane-roe" not in (_speaker(out, "The quay reopens on Monday") or "")


def test_a_russian_bare_eto_names_the_caller_only_at_the_turns_start(linker):
    text = ("Эфир\n\nВЕДУЩИЙ: Кто у нас на связи?\n\nКАЗНАЧЕЙ: {}Совет просил 10% в мае.\n\n"
            "ВЕДУЩИЙ: Добро пожаловать!\n\nКАЗНАЧЕЙ: Причал откроется в понедельник, а паромы пойдут с мая.\n")
    other = claims(text.format("Не я, это Олег Сидоров. "), linker, name="ru_t.txt")
    assert _speaker(other, "Причал откроется в понедельник") is None
    own = claims(text.format("Это Олег Сидоров. "), linker, name="ru_t.txt")
    assert "oleg-sidorov" in (_speaker(own, "Причал откроется в понедельник") or "")

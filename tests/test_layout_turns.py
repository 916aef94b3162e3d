"""Page layouts the tool misread (round 15): a radio transcript's labels of initials and a surname before a dash
("С. ВЕЛЛ - …"), read as part of the turn and given to no one; a transcript label glued to its initials
("К.ХЕЙЛ:") kept apart from the full name the text gives; a dashed interview that opens mid-talk, whose first
turns name a third person taken for the interviewee. Invented names and sentences."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.names import _initials_and_surname, _initials_of
from claimsgraph.extract import extract
from extracted import claims


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def test_dash_labels_of_initials_and_a_surname_in_capitals_give_each_turn_its_speaker(linker):
    text = ("Разговор о паромах\n\n"
            "С. ВЕЛЛ - Добрый вечер. Паромы Бореалии стоят без топлива с понедельника.\n\n"
            "А. ХЕЙЛ - Пошлины на топливо вырастут уже летом.\n\n"
            "С. ВЕЛЛ - Порты закроются к маю.")
    out = dict(claims(text, linker))
    vell, hale = out["Паромы Бореалии стоят без топлива с понедельника."], out["Пошлины на топливо вырастут уже летом."]
    assert vell is not None and hale is not None and vell != hale
    assert out["Порты закроются к маю."] == vell
    assert not any(quote.startswith(("С. ВЕЛЛ", "А. ХЕЙЛ")) for quote in out)


def test_a_label_glued_to_its_initial_is_the_full_name_the_title_gives(linker):
    text = ("Сава Велл - Особый разговор\n\n"
            "С.ВЕЛЛ – Паромы Бореалии стоят без топлива с понедельника.\n\n"
            "Л.ХЕЙЛ – Пошлины на топливо вырастут уже летом.")
    out = extract(parse_document("t.txt", text.encode(), "text/plain"), linker)
    labels = {e.key: e.label for e in out.new_entities}
    said = {out.document.text[c.span.start:c.span.end]: labels.get(c.claimant) for c in out.claims}
    assert said["Паромы Бореалии стоят без топлива с понедельника."] == "Сава Велл"
    assert said["Пошлины на топливо вырастут уже летом."] == "Л. Хейл"


def test_a_single_name_and_dash_opening_a_paragraph_stays_text(linker):
    text = ("Порты Бореалии закрыты.\n\n"
            "С. Велл - экономист, который изучает порты Бореалии.\n\n"
            "Паромы стоят без топлива с понедельника.")
    out = dict(claims(text, linker))
    assert any(quote.startswith("С. Велл") for quote in out)


def test_a_dashed_interview_opening_mid_talk_does_not_answer_as_the_person_its_first_turn_names(linker):
    text = ("– Тарвен открыто объяснил отказ тем, что денег в бюджете нет.\n"
            "– Именно в этом и была трудность для министерства.\n"
            "– Случалось ли такое раньше?\n"
            "– Нет, такого не случалось ни разу за время моей работы.\n"
            "– Вы обсуждали это с канцелярией?\n"
            "– Да, я сообщила им об этом в тот же день.")
    out = dict(claims(text, linker))
    assert out["Нет, такого не случалось ни разу за время моей работы."] is None
    assert out["Да, я сообщила им об этом в тот же день."] is None


def test_initials_glued_to_a_surname_in_capitals_abbreviate_the_full_name():
    assert _initials_of("К.ХЕЙЛ", "Кира Хейл") and _initials_and_surname("К.ХЕЙЛ")
    assert not _initials_of("К.ХЕЙЛ", "Мира Хейл")


def test_an_answerers_role_label_is_no_interviewer_beside_a_reporters_label(linker):
    text = ("A tense exchange\n\n"
            "Official: Your reporters exaggerate. The march went off calmly, you know?\n"
            "Reporter: We saw water cannon used on the crowd!\n"
            "Official: The police let the march reach the square. Nobody was hurt, right?\n"
            "Reporter: So why stop the march?\n"
            "Official: We allowed it, and the marchers held their rally.")
    out = dict(claims(text, linker))
    assert "Your reporters exaggerate." in out and out["Your reporters exaggerate."] is None
    assert "The police let the march reach the square." in out
    assert not any(quote.startswith(("Official", "Reporter")) or "water cannon" in quote for quote in out)


def test_a_cable_hard_wrapped_in_capitals_is_read_as_sentences(linker):
    text = ("VELLSHIRE TALKS --\n"
            "AFTER A LONG DEBATE IN THE COUNCIL THE DELEGATE OF\n"
            "BOREALIA WITHDREW HIS DRAFT ON THE FERRY LINES.\n"
            "MOST MEMBERS FOUND THE AMENDMENTS SO WEAK THAT\n"
            "EVEN FRIENDLY DELEGATIONS DECLINED TO BACK THEM. THE PORT\n"
            "QUESTION WILL RETURN TO THE AGENDA NEXT MONTH.")
    out = [quote for quote, _ in claims(text, linker)]
    assert any(quote.startswith("AFTER A LONG DEBATE") and quote.endswith("FERRY LINES.") for quote in out)
    assert any(quote.startswith("MOST MEMBERS") and quote.endswith("TO BACK THEM.") for quote in out)
    assert any(quote.startswith("THE PORT") for quote in out)


def test_a_notice_in_capitals_over_an_article_stays_no_claim(linker):
    text = ("Ferry lines to close\n\n"
            "THIS MATERIAL IS DISTRIBUTED BY A REGISTERED AGENT\n"
            "ON BEHALF OF THE PORT AUTHORITY OF VELLSHIRE\n\n"
            "The port authority said the ferry lines would close in May.")
    out = [quote for quote, _ in claims(text, linker)]
    assert not any("DISTRIBUTED" in quote for quote in out)


def test_captions_closed_by_an_agency_alone_or_a_credit_with_an_abbreviation_are_furniture(linker):
    text = ("Ferry lines close\n\n"
            "The port authority said the ferry lines would close in May.\n\n"
            "Dock workers gather at the harbour in Vellport on Monday. - AP\n\n"
            "A ferry waits at the pier in Vellport, March 3, 2021. (Reuters)\n\n"
            "A fire burns at the pier in Vellport, March 3, 2021. REUTERS/Jana Roe/St. Vell Herald\n\n"
            "The authority said it would review the decision in June.")
    out = [quote for quote, _ in claims(text, linker)]
    assert out == ["The port authority said the ferry lines would close in May.",
                   "The authority said it would review the decision in June."]


def test_a_wire_storys_dateline_agency_is_no_caption_credit(linker):
    text = ("Ferry lines close\n\n"
            "VELLPORT (Reuters) - The port authority said the ferry lines would close in May.\n\n"
            "The authority said it would review the decision in June.")
    out = [quote for quote, _ in claims(text, linker)]
    assert any("ferry lines would close in May" in quote for quote in out)


def test_a_label_in_capitals_of_a_title_and_a_name_names_its_speaker(linker):
    text = ("Sunday talk\n\n"
            "HOST: Good morning. The ferry strike is on everyone's mind.\n\n"
            "PRESIDENT-ELECT TOMAS VARGEN: The ferries will sail again before the winter.\n\n"
            "HOST: And the governor?\n\n"
            "GOV. JANA ROWE, R-VELLSHIRE: The port has lost three months of trade.")
    out = extract(parse_document("t.txt", text.encode(), "text/plain"), linker)
    labels = {e.key: e.label for e in out.new_entities}
    said = {out.document.text[c.span.start:c.span.end]: labels.get(c.claimant) for c in out.claims}
    assert said["The ferries will sail again before the winter."].lower() == "tomas vargen"
    assert said["The port has lost three months of trade."].lower() == "jana rowe"


def test_a_question_its_said_tag_follows_after_a_dash_is_no_claim(linker):
    text = ("Министр рассказывал журналистам о реформе.\n"
            "— Будут производиться сыры, — говорил он.\n"
            "— Какой сыр? — переспрашивали его.\n"
            "— Твёрдый и мягкий, — терпеливо объяснял он.\n"
            "— Почему так дорого? - мы не готовы обсуждать цены без документов на руках.")
    out = [quote.lstrip("— ") for quote, _ in claims(text, linker)]
    assert not any(quote.startswith("Какой сыр") for quote in out)
    assert any("не готовы обсуждать цены" in quote for quote in out)
    assert any(quote.startswith("Твёрдый и мягкий") for quote in out)


def test_a_staff_credit_and_a_comments_notice_on_lines_of_their_own_are_furniture(linker):
    text = ("Ferry strike: live\n\n"
            "Readers may post your comments under the story.\n\n"
            "Additional reporting by Jana Rowe.\n\n"
            "The port authority said the ferry lines would close in May.")
    out = [quote for quote, _ in claims(text, linker)]
    assert out == ["The port authority said the ferry lines would close in May."]


def test_live_stamps_with_a_zone_and_no_leading_zero_are_no_part_of_a_claim(linker):
    text = ("Ferry strike - live\n\n"
            "1230 GMT: The port authority said ferries would stay in port on Monday.\n\n"
            "1345 GMT: The union said the strike would go on until Friday.\n\n"
            "915 GMT: Harbour pilots joined the strike at dawn.")
    out = [quote for quote, _ in claims(text, linker)]
    assert "The port authority said ferries would stay in port on Monday." in out
    assert "Harbour pilots joined the strike at dawn." in out
    assert not any("GMT" in quote for quote in out)


def test_labels_of_an_initial_and_a_surname_alone_on_their_lines_give_the_next_paragraph_its_speaker(linker):
    text = ("Вечерний эфир\n\n"
            "В студии Мара Хейл и Йон Велл.\n\n"
            "М. Хейл\n\n"
            "Сегодня порты Бореалии закрылись на ремонт.\n\n"
            "Й. Велл\n\n"
            "Паромы стоят без топлива с понедельника.\n\n"
            "М. Хейл\n\n"
            "Пошлины вырастут летом.")
    out = dict(claims(text, linker))
    hale, vell = out["Сегодня порты Бореалии закрылись на ремонт."], out["Паромы стоят без топлива с понедельника."]
    assert hale is not None and vell is not None and hale != vell
    assert out["Пошлины вырастут летом."] == hale


def test_a_dash_before_a_question_or_an_answer_label_stays_out_of_the_claim(linker):
    text = ("Министр Мара Хейл дала интервью нашей газете.\n\n"
            "— Вопрос: Когда откроются порты?\n\n"
            "— Ответ: Порты откроются к маю.\n\n"
            "— Вопрос: А пошлины?\n\n"
            "— Ответ: Пошлины вырастут летом.")
    out = [quote for quote, _ in claims(text, linker)]
    assert "Порты откроются к маю." in out and "Пошлины вырастут летом." in out
    assert not any("Ответ" in quote for quote in out)


def test_a_label_with_a_title_in_square_brackets_is_no_part_of_the_last_speakers_turn(linker):
    text = ("Minister Tomas Varga met the staff of the Vell Herald.\n\n"
            "T. VARGA: The paper has readers in every port of the country.\n\n"
            "JANA ROWE [editor of the Vell Herald]: Our first issue is kept in the archive.\n\n"
            "T. VARGA: The archive should open to the public.")
    out = dict(claims(text, linker))
    said = out["Our first issue is kept in the archive."]
    assert said != out["The paper has readers in every port of the country."] or said is None
    assert not any(quote.startswith("JANA ROWE") for quote in out)

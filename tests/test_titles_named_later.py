"""A speaker described by a title before the text names them: the first person a later frame names with that title
(or its office) is the one the title stood for; a person named later under another title is not."""
from extracted import claims, speaker_first_written, speaker_of, speakers_as_written


def test_an_unnamed_premier_is_the_premier_named_next(linker):
    out = claims("The premier said the coalition would survive the vote. Premier Hanna Rieber said the partners "
                 "had met twice.", linker)
    assert speaker_of(out, "coalition would survive") == speaker_of(out, "partners had met twice") is not None


def test_an_unnamed_chief_executive_is_the_one_named_next(linker):
    text = ("The chief executive said quarterly sales had slowed. Chief Executive Oskar Vennberg said the firm "
            "would open a plant in Ruritania.")
    assert speaker_first_written(text, linker, "sales had slowed") == "Oskar Vennberg"


def test_an_unnamed_president_is_the_president_named_next(linker):
    text = ("The president said the referendum would go ahead in June. President Mirela Hask said monitors from "
            "Borealia were invited.")
    assert speaker_first_written(text, linker, "referendum would go ahead") == "Mirela Hask"


def test_an_unnamed_president_is_not_a_minister_named_next(linker):
    text = ("The president said the referendum would go ahead in June. Foreign Minister Mirela Hask said monitors "
            "from Borealia were invited.")
    assert speaker_first_written(text, linker, "referendum would go ahead") is None


def test_a_russian_title_noun_opening_a_clause_is_the_holder_named_next(linker):
    text = ("Новости\n\nПосол заявил журналистам, что консульство возобновит работу в апреле. Посол Руритании "
            "Олег Брамов добавил, что очереди сократятся.\n")
    said = speakers_as_written(text, linker)
    assert said[0] is not None and said[0] == said[1]


def test_a_russian_coach_unnamed_then_named(linker):
    text = ("Новости\n\nТренер сказал, что команда сыграла лучший матч осени. Главный тренер Ян Мельхов отметил, "
            "что вратарь провёл отличную игру.\n")
    said = speakers_as_written(text, linker)
    assert said[0] is not None and said[0] == said[1]


def test_a_spokesman_for_a_body_is_the_spokesman_named_after_him(linker):
    text = ("A spokesman for the Borealian interior ministry said the checkpoint would reopen on Monday. Spokesman "
            "Anders Kvell said the queues had grown overnight.")
    assert speaker_first_written(text, linker, "checkpoint would reopen") == "Anders Kvell"


def test_a_name_apposed_to_a_title_that_refers_back_is_the_speaker(linker):
    text = ("A spokeswoman for the Borealian interior ministry said the checkpoint would reopen on Monday. The "
            "spokeswoman, Lotte Varnum, said the queues had grown overnight.")
    assert speaker_first_written(text, linker, "queues had grown") == "Lotte Varnum"
    assert speaker_first_written(text, linker, "checkpoint would reopen") == "Lotte Varnum"


def test_a_person_of_another_office_between_is_passed_by(linker):
    text = ("The ambassador said the consulate would stay open. Interior Minister Rasmus Tvede said visas were "
            "suspended. Ambassador Ilse Marrow said the staff were safe.")
    assert speaker_first_written(text, linker, "consulate would stay open") == "Ilse Marrow"
    assert speaker_first_written(text, linker, "visas were suspended") == "Rasmus Tvede"


def test_a_person_between_who_may_hold_the_title_stops_the_search(linker):
    text = ("The ambassador said the consulate would stay open. Rasmus Tvede said visas were suspended. "
            "Ambassador Ilse Marrow said the staff were safe.")
    assert speaker_first_written(text, linker, "consulate would stay open") != "Ilse Marrow"


def test_a_body_described_by_its_kind_is_the_one_apposed_to_that_noun_next(linker):
    text = ("A rights group said 14 villages had been shelled overnight. The group, Borderwatch Ruritania, said "
            "it had spoken to residents by phone.")
    assert speaker_first_written(text, linker, "had been shelled") == "Borderwatch Ruritania"


def test_a_body_described_by_its_kind_is_the_one_whose_name_ends_in_it(linker):
    text = ("The party said it would not join the coalition. The Vellmark Renewal Party said its members had "
            "voted against the deal.")
    assert speaker_first_written(text, linker, "would not join the coalition") == "Vellmark Renewal Party"


def test_a_body_of_another_kind_named_next_is_not_the_one_described(linker):
    text = ("The union said the strike would go on. The company, Tarnholm Freight, said the talks had failed.")
    assert speaker_first_written(text, linker, "strike would go on") is None


def test_an_unnamed_source_of_according_to_is_the_holder_named_next(linker):
    text = ("According to the spokeswoman, the ferry will sail again on Sunday. Spokeswoman Karin Oddvik said "
            "tickets would be refunded.")
    assert speaker_first_written(text, linker, "ferry will sail again") == "Karin Oddvik"


def test_a_russian_unnamed_source_of_po_slovam_is_the_holder_named_next(linker):
    text = ("Новости\n\nПо словам губернатора, паром снова выйдет в рейс в воскресенье. Губернатор Вельской "
            "области Пётр Ласточкин сказал, что билеты вернут.\n")
    said = speakers_as_written(text, linker)
    assert said[0] is not None and said[0] == said[1]


def test_a_pronoun_right_after_an_unnamed_title_goes_on_to_its_holder(linker):
    text = ("The envoy said the corridor would open at dawn. She added that buses were waiting. Envoy Sanna Lyck "
            "said the first convoy had left.")
    assert speaker_first_written(text, linker, "corridor would open") == "Sanna Lyck"
    assert speaker_first_written(text, linker, "buses were waiting") == "Sanna Lyck"

"""Who speaks when the text refers to the speaker by a title or a pronoun, or what a speaker reports opens with
another person: invented people and texts."""

from extracted import claims_all, speaker_of


def test_a_proposal_in_the_reported_clause_stays_with_the_one_who_reports_it(linker):
    text = ("Министру спорта Ивану Горелову позвонил президент Бореалии Томас Варга.\n\n"
            "Пресс-секретарь главы государства Олег Сидоров повторил слова министра. По словам Сидорова, "
            "команда сыграла честно. Ещё он сообщил, что президент предложил спортсменам вместе поужинать.")
    out = claims_all(text, linker)
    assert speaker_of(out, "предложил спортсменам").startswith("oleg-sidorov")
    # a verb of saying in that clause still gives the claim to the person it names
    text = text.replace("президент предложил спортсменам вместе поужинать", "Варга заявил, что спортсмены встретятся")
    assert speaker_of(claims_all(text, linker), "спортсмены встретятся").startswith("tomas-varga")


def test_in_his_view_in_russian_is_the_view_of_the_person_the_pronoun_stands_for(linker):
    text = ("Министр финансов Бореалии Томас Варга в среду ответил на вопросы депутатов.\n\n"
            "На его взгляд, бюджет страны не нуждается в поправках. На взгляд Варги, налоги расти не будут.")
    out = claims_all(text, linker)
    assert speaker_of(out, "не нуждается в поправках").startswith("tomas-varga")
    assert speaker_of(out, "налоги расти не будут").startswith("tomas-varga")

"""Who speaks when what a speaker reports opens with another person: invented people and texts."""

from extracted import claims_all, speaker_of


def test_a_proposal_in_the_reported_clause_stays_with_the_one_who_reports_it(linker):
    text = ("Министру спорта Ивану Горелову позвонил президент Бореалии Томас Варга.\n\n"
            "Пресс-секретарь главы государства Олег Сидоров повторил слова министра. По словам Сидорова, "
            "команда сыграла честно. Он также добавил, что президент предложил спортсменам встретиться.")
    out = claims_all(text, linker)
    assert speaker_of(out, "предложил спортсменам").startswith("oleg-sidorov")
    # a verb of saying in that clause still gives the claim to the person it names
    text = text.replace("президент предложил спортсменам встретиться", "Варга заявил, что спортсмены встретятся")
    assert speaker_of(claims_all(text, linker), "спортсмены встретятся").startswith("tomas-varga")

"""A sentence that points back to name who said what came before may go on to report more of the speaker's words:
invented people and texts."""

from extracted import claims_all, speaker_of


def test_a_gerund_of_saying_after_a_reference_back_reports_a_claim_of_the_speaker(linker):
    text = ("Директор порта Орлова Томас Варга уверен, что причал откроют весной.\n\n"
            "Такое мнение Варга высказал журналистам, отметив, что работы «идут по графику».")
    out = claims_all(text, linker)
    assert speaker_of(out, "идут по графику").startswith("tomas-varga")
    assert not [t for t, _ in out if "Такое мнение" in t]


def test_a_reference_back_with_nothing_more_is_still_no_claim(linker):
    text = ("Директор порта Орлова Томас Варга уверен, что причал откроют весной.\n\n"
            "Такое мнение Варга высказал журналистам в пятницу.")
    assert not [t for t, _ in claims_all(text, linker) if "журналистам" in t]


def test_a_reference_back_naming_no_speaker_keeps_no_tail(linker):
    # no one is named saying it here: the tail is no claim, neither the article's nor one carried from before
    text = ("Иво Марск провёл встречу с делегацией Вексы. Об этом сообщили в правительстве, уточнив, что "
            "переговоры продолжатся в среду.")
    assert not [t for t, _ in claims_all(text, linker) if "продолжатся" in t]

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
    for verb in ("заявил", "рассказал", "пояснил"):   # any verb of saying, not only a listed few
        said = text.replace("президент предложил спортсменам вместе поужинать", f"Варга {verb}, что спортсмены встретятся")
        assert speaker_of(claims_all(said, linker), "спортсмены встретятся").startswith("tomas-varga")


def test_in_his_view_in_russian_is_the_view_of_the_person_the_pronoun_stands_for(linker):
    text = ("Министр финансов Бореалии Томас Варга в среду ответил на вопросы депутатов.\n\n"
            "На его взгляд, бюджет страны не нуждается в поправках. На взгляд Варги, налоги расти не будут.")
    out = claims_all(text, linker)
    assert speaker_of(out, "не нуждается в поправках").startswith("tomas-varga")
    assert speaker_of(out, "налоги расти не будут").startswith("tomas-varga")


def test_a_coach_first_named_by_title_is_the_person_named_after_who_goes_on(cast):
    text = ("Borealia lost to Orlovia 0-1 in Dravik on Saturday.\n\n"
            "The Borealia coach said the pitch had been too wet for his forwards. \u201cWe will learn from this,\u201d "
            "the coach said. Tomas Varga, in charge since March, added that two players were injured.")
    out = claims_all(text, cast)
    assert speaker_of(out, "too wet").startswith("varga")
    assert speaker_of(out, "learn from this").startswith("varga")
    # a title of someone else the text gives no later name stays unnamed
    text = ("Borealia lost to Orlovia 0-1 in Dravik on Saturday.\n\n"
            "The Orlovian coach said the pitch had been too wet. Tomas Varga said the referee was fair.")
    assert not (speaker_of(claims_all(text, cast), "too wet") or "").startswith("varga")


def test_a_russian_quotation_tagged_by_a_coach_goes_to_the_coach_named_after_it(linker):
    text = ("Бореалия проиграла Эстонии со счетом 0:1 в субботу.\n\n"
            "«Поле было слишком мокрым», — сказал наставник. Томас Варга, руководящий командой с марта, добавил, "
            "что двое игроков травмированы.")
    out = claims_all(text, linker)
    assert speaker_of(out, "слишком мокрым").startswith("tomas-varga")


def test_the_name_after_a_title_the_tagger_took_for_a_verb_is_the_subject_of_the_verb_of_saying():
    from claimsgraph.extract.attribution import _subject
    from claimsgraph.model import Span
    from claimsgraph.nlp import Word
    text = "Orlovia coach Jan Rell said the pitch was poor ."
    # the tagger's reading: "coach" the sentence's verb, "Rell" its object, "said" its clause
    parse = [("Orlovia", "PROPN", "nsubj", 1), ("coach", "VERB", "ROOT", 1), ("Jan", "PROPN", "compound", 3),
             ("Rell", "PROPN", "dobj", 1), ("said", "VERB", "ccomp", 1), ("the", "DET", "det", 6),
             ("pitch", "NOUN", "nsubj", 7), ("was", "AUX", "ccomp", 4), ("poor", "ADJ", "acomp", 7),
             (".", "PUNCT", "punct", 1)]
    words, at = [], 0
    for word, pos, dep, head in parse:
        start = text.index(word, at)
        at = start + len(word)
        words.append(Word(Span(start, at), word, word.lower(), pos, dep, head))
    assert _subject(tuple(words), 4) == 3
    # a verb that is no title ("trains") leaves the verb of saying without a subject
    words[1] = Word(words[1].span, "trains", "train", "VERB", "ROOT", 1)
    assert _subject(tuple(words), 4) is None

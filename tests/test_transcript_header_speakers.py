"""Transcripts whose speaker only the header names: a title label ("PRIME MINISTER:") that the text gives no one by
name is the one person the lines over it name (claims._header_speaker); "Surname, Given" on such a line is one
person (names._inverted_names); a recurring label in capitals that is a name alone is a person the models miss
(names._people_of_named_capitals_labels), not a kind of speaker ("AUDIENCE MEMBER:"); "Transcript of …" is an issuing
headline, whose office makes no entity where the holder is named after it (names._issuing_office); a lead saying the
text below is someone's transcript gives them the rest (claims._transcript_lead). Invented names and sentences."""
from extracted import claims, speaker_of


def test_a_title_label_is_the_person_the_header_names(linker):
    text = ("Vellmar Transcripts\n\nTranscript of the Minister for Ports, Tobin Ashcroft\n\nDoorstop, Orrinby\n\n"
            "MINISTER:\n\nThe new wharf opens in spring.\n\nJOURNALIST:\n\nWill it cost more?\n\n"
            "MINISTER:\n\nThe budget for the wharf has not changed.\n")
    out = claims(text, linker)
    assert speaker_of(out, "The new wharf opens").startswith("tobin-ashcroft")
    assert speaker_of(out, "budget for the wharf").startswith("tobin-ashcroft")


def test_a_surname_first_header_names_one_person(linker):
    text = ("Vellmar Transcripts\n\nArchive of the premiers\n\nAshcroft, Jane\n\nRelease type:\n\nInterview\n\n"
            "PRIME MINISTER:\n\nThe new wharf opens in spring.\n\nJOURNALIST:\n\nWill it cost more?\n\n"
            "PRIME MINISTER:\n\nThe budget for the wharf has not changed.\n")
    out = claims(text, linker)
    assert speaker_of(out, "The new wharf opens").startswith("jane-ashcroft")


def test_a_header_naming_the_interviewer_gives_the_title_label_no_one(linker):
    text = ("Premier - Interview with Nela Orrin, Vellmar Radio\n\n"
            "NELA ORRIN: Premier, thank you for your time.\n\nPREMIER: The new wharf opens in spring.\n\n"
            "NELA ORRIN: Will it cost more?\n\nPREMIER: The budget for the wharf has not changed.\n")
    out = claims(text, linker)
    assert speaker_of(out, "The new wharf opens") is None


def test_a_name_in_capitals_labelling_turns_is_a_person(linker):
    text = ("Doorstop interview\n\nJOURNALIST: Is the wharf late?\n\n"
            "TOBIN ASHCROFT: The new wharf opens in spring.\n\nJOURNALIST: Will it cost more?\n\n"
            "TOBIN ASHCROFT: The budget for the wharf has not changed.\n")
    out = claims(text, linker)
    assert speaker_of(out, "The new wharf opens").startswith("tobin-ashcroft")


def test_a_kind_of_speaker_in_capitals_is_no_person(linker):
    text = ("Town meeting\n\nCHAIR: Welcome.\n\nAUDIENCE MEMBER: The new wharf opens in spring.\n\n"
            "CHAIR: Next question.\n\nAUDIENCE MEMBER: The budget for the wharf has not changed.\n")
    out = claims(text, linker)
    assert not (speaker_of(out, "The new wharf opens") or "").startswith("audience")


def test_an_issuing_headline_naming_the_holder_makes_no_office_entity(linker):
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document
    text = ("Press Conference by the Minister for Ports, Tobin Ashcroft\n\nOrrinby, 3 May\n\n"
            "MINISTER: The new wharf opens in spring.\n\nJOURNALIST: Will it cost more?\n\n"
            "MINISTER: The budget for the wharf has not changed.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    labels = {e.label for e in extract(doc, linker).new_entities}
    assert "Minister for Ports" not in labels


def test_a_lead_announcing_a_transcript_gives_the_rest_to_its_speaker(linker):
    text = ("Ports and harbours\n\nThe harbour board met on Monday, said spokeswoman Nela Orrin.\n\n"
            "Vellmar Radio presents the full transcript of Nela Orrin's Monday briefing.\n\n"
            "The new wharf at Orrinby was opened yesterday. The board discussed the dredging of the channel.\n")
    out = claims(text, linker)
    assert speaker_of(out, "The new wharf at Orrinby").startswith("nela-orin")
    assert speaker_of(out, "dredging of the channel").startswith("nela-orin")


def test_a_russian_lead_announcing_a_transcript_gives_the_rest_to_its_speaker(linker):
    text = ("Порты\n\nСовет порта собрался в понедельник, сообщила пресс-секретарь Нела Оррин.\n\n"
            "Публикуем полную стенограмму брифинга Нелы Оррин.\n\n"
            "Новый причал в Орринби открыт вчера. Совет обсудил углубление канала.\n")
    out = claims(text, linker, name="ru_t.txt")
    assert speaker_of(out, "Новый причал") is not None
    assert speaker_of(out, "Новый причал") == speaker_of(out, "углубление канала")


def test_a_lead_saying_the_following_is_a_transcript_gives_the_rest_to_its_speaker(linker):
    text = ("Harbour Board: daily briefing\n\n"
            "The following is the verbatim transcript of Monday's talk by Nela Orrin, Spokeswoman.\n\n"
            "Good afternoon.\n\nWe will keep supporting the dredging of the channel. The new wharf at Orrinby opens in May.\n")
    out = claims(text, linker)
    assert speaker_of(out, "dredging of the channel").startswith("nela-orin")
    assert speaker_of(out, "The new wharf at Orrinby").startswith("nela-orin")

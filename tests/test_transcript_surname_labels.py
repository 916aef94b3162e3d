"""A host's label in capitals that is a surname alone ("VELSEN:"), opening turn after turn of a transcript where
the text never names them in full, is a person the models miss: their remarks are theirs, not no one's, nor those of
someone their turn names (names._people_of_named_capitals_labels). A label of a kind of speaker ("ANNOUNCER:") names
no one. Invented names and sentences."""
from extracted import claims, speaker_of


def test_a_surname_label_opening_turns_is_a_person(linker):
    text = ("Evening Desk - Transcript\n\n"
            "VELSEN: Joining us now from Orrinby is the Ruritanian trade minister, Tobin Ashcroft.\n\n"
            "SEN. TOBIN ASHCROFT (R), RURITANIA: Glad to be here.\n\n"
            "VELSEN: The port of Orrinby handled fewer ships this winter. Mara Dunholt warned about it last year.\n\n"
            "ASHCROFT: The new wharf opens in spring.\n\n"
            "VELSEN: The harbour board expects more delays.\n")
    out = claims(text, linker)
    assert speaker_of(out, "fewer ships this winter").startswith("velsen")
    assert speaker_of(out, "harbour board expects").startswith("velsen")
    assert speaker_of(out, "new wharf opens").startswith("tobin-ashcroft")


def test_a_kind_of_speaker_label_names_no_one(linker):
    text = ("Evening Desk - Transcript\n\n"
            "ANNOUNCER: The port of Orrinby handled fewer ships this winter.\n\n"
            "TOBIN ASHCROFT: The new wharf opens in spring.\n\n"
            "ANNOUNCER: The harbour board expects more delays.\n\n"
            "TOBIN ASHCROFT: The budget for the wharf has not changed.\n")
    out = claims(text, linker)
    assert speaker_of(out, "harbour board expects") is None
    assert speaker_of(out, "new wharf opens").startswith("tobin-ashcroft")


def test_a_surname_label_of_someone_named_in_capitals_is_theirs(linker):
    text = ("Evening Desk - Transcript\n\nPANEL: TOBIN ASHCROFT, Ruritania\n\n"
            "DANA ORLEN, host:\n\nTonight the port of Orrinby and its new wharf.\n\n"
            "ORLEN: The port of Orrinby handled fewer ships this winter.\n\n"
            "TOBIN ASHCROFT: The new wharf opens in spring.\n\n"
            "ORLEN: The harbour board expects more delays.\n")
    out = claims(text, linker)
    assert speaker_of(out, "harbour board expects").startswith("dana-orlen")

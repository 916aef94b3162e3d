"""A guest's courtesy on coming on air ("Glad to be with you, Dana.", "Tomas, I'm so happy to be back.") is a sentence
of greeting, no claim, as "Good to see you." is (claims._SALUTATION over the SALUTATIONS table). Invented names and
sentences."""
from extracted import claims


def test_a_guest_glad_to_be_on_air_claims_nothing(linker):
    text = ("Evening Desk - Transcript\n\n"
            "DANA ORLEN, HOST: Joining us from Orrinby is the Ruritanian trade minister, Tobin Ashcroft.\n\n"
            "TOBIN ASHCROFT: Glad to be with you, Dana. The new wharf opens in spring.\n\n"
            "DANA ORLEN, HOST: Will it cost more?\n\n"
            "TOBIN ASHCROFT: Dana, I'm so happy to be back. The budget for the wharf has not changed.\n")
    said = [text for text, _ in claims(text, linker)]
    assert not any("to be with you" in s or "to be back" in s for s in said)
    assert any("new wharf opens" in s for s in said)
    assert any("budget for the wharf" in s for s in said)

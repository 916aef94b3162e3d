"""One label in capitals alone on its line that names no one and asks nothing ("KEY FACTS:" over a digest) is a
heading: the text is no interview, and its reports keep their speakers; invented sentences only."""
from extracted import claims_all, speaker_of

DIGEST = ("Ostrel Freight doubles its fleet\n\n"
          "KEY FACTS:\n\n"
          "Ostrel Freight carried 90,000 containers in the spring.\n\n"
          "Ostrel Freight chief executive Pavo Drennik said the company would buy eleven ships.\n\n"
          "\"We see demand rising along every route,\" Drennik said.")


def test_a_lone_heading_does_not_make_an_interview(linker):
    out = claims_all(DIGEST, linker)
    assert speaker_of(out, "buy eleven ships") is not None
    assert speaker_of(out, "every route") == speaker_of(out, "buy eleven ships")


def test_two_labels_alone_still_make_a_transcript(linker):
    transcript = ("Harbour board briefing\n\n"
                  "MODERATOR:\n\n"
                  "Welcome. The board will now take questions on the budget.\n\n"
                  "REPORTER:\n\n"
                  "Will the fees rise this year?\n\n"
                  "MODERATOR:\n\n"
                  "The fees will stay as they are until the spring.")
    out = claims_all(transcript, linker)
    assert all("fees rise" not in text for text, _ in out)   # the reporter's question is no claim


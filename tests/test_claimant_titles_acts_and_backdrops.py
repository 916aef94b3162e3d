"""Who speaks after a capitalised title alone, a conceding verb, a backdrop sentence (not news that "came as a
surprise")."""
from extracted import claims, speaker_of


def test_a_capitalised_title_alone_is_the_person_titled_before(linker):
    # "the Premier" after "Prime Minister X": X again, not a body the model took the capital for
    text = ("Prime Minister Tarvo Lensk said on Friday that he would stay in office.\n\n"
            "\"I accept the verdict of the voters,\" the Premier said, adding it was a lesson for the party.\n\n"
            "\"Slow reforms cost us votes too,\" the Premier told them.")
    out = claims(text, linker)
    assert speaker_of(out, "verdict of the voters") == speaker_of(out, "stay in office")
    assert speaker_of(out, "Slow reforms cost") == speaker_of(out, "stay in office")


def test_accepting_that_concedes_but_accepting_a_thing_is_an_act(linker):
    conceded = ("Prime Minister Tarvo Lensk spoke to his party on Sunday. "
                "Later the prime minister accepted that his cabinet had moved too slowly.")
    assert speaker_of(claims(conceded, linker), "moved too slowly") is not None
    act = ("Prime Minister Tarvo Lensk spoke to his party on Sunday. "
           "The prime minister accepted the offer of the unions.")
    assert speaker_of(claims(act, linker), "offer of the unions") is None


def test_a_backdrop_sentence_ends_the_report_before_it(linker):
    text = ("Minister Tarvo Lensk insisted that nobody had leaned on the editor. "
            "The row comes after the debate was rekindled by an adviser. "
            "In a statement on Monday, Lensk said he wanted to end the confusion.")
    out = claims(text, linker)
    assert speaker_of(out, "nobody had leaned") is not None
    assert speaker_of(out, "The row comes after") is None


def test_news_that_came_as_a_surprise_is_no_backdrop():
    from claimsgraph.extract.claims import _EARLIER
    assert not _EARLIER.match("The news came as a surprise to drivers in Vellbrook.")
    assert not _EARLIER.match("It came as a shock to the council.")
    assert _EARLIER.match("The move comes as the council weighs a new budget.")

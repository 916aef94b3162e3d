""""Exports are expected to reach …" names no forecaster: inside a paragraph a closing tag ends ("…, Tomas Varga
said"), it is the speaker's, as a plain figure is; after an opening frame it stays the article's; someone who
expects in the active voice still speaks (invented people and places)."""
from extracted import claims_as_written, speaker_of

OPENING = "Harbour works in Ruritania stopped in May.\n\n"


def test_an_expectation_with_no_one_expecting_is_the_closing_speakers(linker):
    out = claims_as_written(OPENING + "Last year, grain exports were 8.2 million tonnes. Next year, exports from "
                            "Borealia are expected to be about 24 million tonnes. For comparison, they were 19 million "
                            "tonnes in 2021, Tomas Varga said at a meeting in Vell.", linker)
    assert speaker_of(out, "are expected to be") == "Tomas Varga"
    assert speaker_of(out, "grain exports were") == "Tomas Varga"


def test_unnamed_forecasters_still_end_the_reach_back(linker):
    out = claims_as_written(OPENING + "Last year, grain exports were 8.2 million tonnes. Analysts expect exports "
                            "from Borealia to reach 24 million tonnes. For comparison, they were 19 million tonnes in "
                            "2021, Tomas Varga said at a meeting in Vell.", linker)
    assert speaker_of(out, "Analysts expect") != "Tomas Varga"
    assert speaker_of(out, "grain exports were") is None


def test_an_expectation_after_an_opening_frame_is_the_articles(linker):
    out = claims_as_written(OPENING + "Tomas Varga said grain exports from Borealia rose to 19 million tonnes in "
                            "2021. The harvest is expected to fall next year.", linker)
    assert speaker_of(out, "harvest is expected") is None

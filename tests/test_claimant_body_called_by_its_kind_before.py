"""A body the text introduced by its kind right before its name ("the militant group Sons of Vell"), then named by
that kind alone ("The group claimed …"): that body speaks, not another one the text talked about more."""
from extracted import claims_as_written, speaker_of

TEXT = ("Officer Mara Velsen of the Vell Ministry of Interior denied the rumours on Monday.\n\n"
        "The militant group Sons of Vell published a video of the raid on Tuesday. Velsen told reporters that the "
        "Vell Ministry of Interior had seen the video a week before. The group claimed last Sunday that it had "
        "planned the raid for months.\n")


def test_the_kind_alone_is_the_body_called_so(linker):
    assert speaker_of(claims_as_written(TEXT, linker), "planned the raid") == "Sons of Vell"


def test_without_the_kind_before_the_name_the_body_talked_about_more(linker):
    text = TEXT.replace("The militant group Sons of Vell", "Sons of Vell")
    assert speaker_of(claims_as_written(text, linker), "planned the raid") == "Vell Ministry of Interior"


def test_the_body_called_so_wins_over_a_last_speaker_not_called_so(linker):
    text = ("The militant group Sons of Vell claimed the attack on the Orlen depot on Monday. Borealia's army said "
            "on Tuesday that its soldiers had repelled the attack. The group said it would strike the depot again "
            "within a week.\n")
    assert speaker_of(claims_as_written(text, linker), "strike the depot again") == "Sons of Vell"


def test_the_last_speaker_called_so_still_speaks(linker):
    text = ("The militant group Sons of Vell claimed the attack on the Orlen depot on Monday. The armed group Tarn "
            "Liberation Front said on Tuesday that its fighters had joined the attack. The group said it would "
            "strike the depot again within a week.\n")
    assert speaker_of(claims_as_written(text, linker), "strike the depot again") == "Tarn Liberation Front"

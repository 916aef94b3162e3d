"""English: "the bureau said", "the inspectorate said" refer back to the bureau, the inspectorate named before, as
"the agency" does; "Investigators said" after an accident bureau are the bureau's (invented bodies)."""
from extracted import speaker_first_written


def test_the_bureau_named_before_speaks(linker):
    text = ("The Ostrelian Rail Accident Bureau opened an inquiry into the derailment. "
            "The bureau said a switch had been left open.")
    assert speaker_first_written(text, linker, "switch had been left open") == "Ostrelian Rail Accident Bureau"


def test_the_inspectorate_named_before_speaks(linker):
    text = ("The Ostrelian Labour Inspectorate fined the Kovno quarry on Monday. "
            "The inspectorate said workers had no helmets.")
    assert speaker_first_written(text, linker, "workers had no helmets") == "Ostrelian Labour Inspectorate"


def test_investigators_of_an_accident_bureau(linker):
    text = ("The Ostrelian Air Accident Bureau opened an inquiry into the crash near Kovno. "
            "Investigators said the engine had failed.")
    assert speaker_first_written(text, linker, "engine had failed") == "Ostrelian Air Accident Bureau"

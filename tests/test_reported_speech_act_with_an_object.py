"""A verb of saying with an object inside what another reports is still a report of someone's words when it is a
speech act ("Mara Velsen said Jon Vell announced a 10% tax": Vell's announcement); only the verbs that act on a
thing ("add ships", "write a book") read as acting; invented sentences only."""
from extracted import claims_all, speaker_of


def test_an_announcement_with_an_object_inside_a_report_is_the_announcers(linker):
    out = claims_all("Ruritania news\n\n"
                     "Mara Velsen said Jon Vell announced a 10% tax on ferry tickets.", linker)
    assert speaker_of(out, "10% tax") == speaker_of(claims_all("\"We are ready,\" Jon Vell said.", linker), "ready")


def test_a_denial_with_an_object_inside_a_report_is_the_deniers(linker):
    out = claims_all("Ruritania news\n\n"
                     "Mara Velsen said Jon Vell denied the harbour plan on Monday.", linker)
    assert speaker_of(out, "harbour plan") == speaker_of(claims_all("\"We are ready,\" Jon Vell said.", linker),
                                                         "ready")

"""A transcript's label alone on its line naming its speaker gives that speaker the turn under it even when the turn
closes on a question, as a label on the turn's own line does: the remarks before the question are the speaker's
claims, the question none (claims.speaker_labels). Invented names and sentences."""
from extracted import HOST_AND_GUEST, claims

from claimsgraph.link import Linker


def _linker():
    return Linker(HOST_AND_GUEST)


def _transcript(apart):
    gap = "\n\n" if apart else " "
    turns = [("MARA HALE:", "Minister, welcome to the programme."), ("JON VELL:", "Thank you."),
             ("MARA HALE:", "Your party lost its seat in Quayside in the spring. The harbour bill stalled in the "
                            "council. Why should voters in Ruritania trust you again?"),
             ("JON VELL:", "The harbour bill will pass before winter.")]
    return "Full transcript: Mara Hale interviews Jon Vell\n\n" + "\n\n".join(f"{label}{gap}{said}"
                                                                            for label, said in turns) + "\n"


def test_the_remarks_under_a_lone_label_before_its_question_are_the_speakers():
    out = dict(claims(_transcript(apart=True), _linker()))
    assert out.get("The harbour bill stalled in the council.") == "hale"
    assert out.get("The harbour bill will pass before winter.") == "vell"
    assert not any(said.endswith("?") for said in out)


def test_a_lone_label_and_a_label_on_the_turns_line_read_alike():
    assert claims(_transcript(apart=True), _linker()) == claims(_transcript(apart=False), _linker())

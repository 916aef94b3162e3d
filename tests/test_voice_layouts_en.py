"""English speech in less common layouts: "we" in a body's statement that welcomes another body's statement goes on
as the body's own. Invented names and sentences."""
import pytest

from claimsgraph.link import Linker

from extracted import claims as claims_of, speakers_as_written


def _written(text):
    said = speakers_as_written(text, Linker([]), name="t.txt")
    spans = [span for span, _ in claims_of(text, Linker([]))]
    return dict(zip(spans, said))


def test_we_after_welcoming_another_bodys_statement_stays_the_speakers():
    text = ("Statement on Velloria\n\nThe Republic of Dorvania firmly condemns the blockade of the Velloria harbour, "
            "and we call for restraint.\n\nWe welcome the firm statement by the Ostmark Trade Union on the blockade, "
            "and we praise the Ostmark Trade Union's work for calm. We also welcome the interest of the Harbour "
            "Council.\n")
    said = _written(text)
    last = [who for span, who in said.items() if "praise" in span or "also welcome" in span]
    assert last and all(who and "Dorvania" in who for who in last), said


def test_each_hyphened_point_after_a_colon_tag_is_the_speakers():
    text = ("Ferries halted at Ostby\n\nGales halted the Ostby ferries on Monday.\n\n"
            "The Ostby Port Authority said in a statement:\n\n- The north quay stays shut.\n"
            "- Cargo sailings resume on Thursday.\n- Passengers may claim refunds.\n\n"
            "Gales are expected to ease by Wednesday.\n")
    said = _written(text)
    points = [who for span, who in said.items() if span.startswith("- ")]
    assert len(points) == 3 and all(who and "Port Authority" in who for who in points), said
    assert said["Gales are expected to ease by Wednesday."] is None, said


@pytest.mark.parametrize("point", [
    "- Local officials say the ferries were late all winter.",   # a third-person report: the reporter's remark
    "- Will the ferries sail on Friday?",                        # a question
    "- 2. Not my concern.",                                      # a hyphen before a number is no point
])
def test_a_run_of_points_after_a_colon_tag_ends_at_a_report_a_question_or_a_hyphened_number(point):
    text = ("Ferries halted at Ostby\n\nGales halted the Ostby ferries on Monday.\n\n"
            f"The Ostby Port Authority said in a statement:\n\n- The north quay stays shut.\n{point}\n"
            "- Cargo sailings resume on Thursday.\n")
    said = _written(text)
    assert said["- The north quay stays shut."] and "Port Authority" in said["- The north quay stays shut."], said
    assert all(who is None for span, who in said.items() if "officials" in span or "Cargo" in span), said


def _figure_claimants(text):
    return [who for _, who in claims_of(text, Linker([]), kinds=("quantity",))]


def test_a_body_and_a_witness_after_it_the_body_speaks():
    said = _figure_claimants("Blasts near Tarvo\n\nAt least 9 people died in two blasts near Tarvo on Friday, "
                             "the Tarvo Harbour Board and two residents said.\n")
    assert said and said[0] and "harbour" in said[0].lower(), said


def test_the_army_and_a_villager_the_army_speaks():
    said = _figure_claimants("Blasts near Tarvo\n\nAt least 9 people died in two blasts near Tarvo on Friday, "
                             "the army and a villager said.\n")
    assert said and said[0] and "army" in said[0].lower(), said


def test_two_bodies_side_by_side_stay_no_one():
    said = _figure_claimants("Blasts near Tarvo\n\nAt least 9 people died in two blasts near Tarvo on Friday, "
                             "the Tarvo Harbour Board and the Ostby Rail Company said.\n")
    assert said and said[0] is None, said


def test_the_release_after_a_release_with_no_issuer_named_is_no_named_bodys():
    text = ("One ranger hurt near Pellby\n\nA ranger was hurt when a patrol traded fire with Varn Hill Brigade "
            "poachers near Pellby on Sunday, a forestry release said.\n\nThe release said that the poachers left "
            "their trucks behind.\n")
    said = _written(text)
    reported = [who for span, who in said.items() if span.startswith("The release said")]
    assert reported == [None], said

""""According to X, A. Overall, B." carries X's report to B; when B gives figures, the run of sentences with
figures right after it is X's too, and a sentence without one ends it: invented names and sentences."""
from extracted import claims_all, speaker_of


TEXT = ("Borealia will keep the grain corridor open all winter.\n\n"
        "According to Tomas Varga, Borealia plans to open two more ferry quays on its northern shore. Overall, the "
        "harbours plan to handle up to 40mln tonnes of timber a year. In 2031, the timber cargo should reach 52mln "
        "tonnes. The harvest in the north was late this year.")


def test_a_run_of_figures_after_the_cited_report_goes_on_with_it(cast):
    out = claims_all(TEXT, cast)
    assert speaker_of(out, "up to 40mln tonnes") == "varga"
    assert speaker_of(out, "52mln tonnes") == "varga"


def test_a_sentence_without_figures_ends_the_run(cast):
    assert speaker_of(claims_all(TEXT, cast), "harvest in the north") is None


def test_a_figure_in_the_articles_own_sentence_ends_the_run(cast):
    text = ("According to Tomas Varga, Borealia plans to open two more ferry quays on its northern shore. Overall, "
            "the harbours plan to handle up to 40mln tonnes of timber a year. Rival Tarnovia shipped 31mln tonnes last "
            "year. The flood has cost Tarnovia 12 quays since 2022.")
    out = claims_all(text, cast)
    assert speaker_of(out, "31mln tonnes") is None
    assert speaker_of(out, "12 quays") is None

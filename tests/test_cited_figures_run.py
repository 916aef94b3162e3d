""""According to X, A. In general, B." carries X's report to B; when B gives figures, the run of sentences with
figures right after it is X's too, and a sentence without one ends it: invented names and sentences."""
from extracted import claims_all, speaker_of


TEXT = ("Borealia will keep the grain corridor open all winter.\n\n"
        "According to Tomas Varga, Borealia plans to open two new grain ports along its southern coast. In general, the "
        "country plans to raise its exports up to 40mln tonnes. In 2030, the targeted volume is 52mln tonnes. "
        "The harvest in the north was late this year.")


def test_a_run_of_figures_after_the_cited_report_goes_on_with_it(cast):
    out = claims_all(TEXT, cast)
    assert speaker_of(out, "up to 40mln tonnes") == "varga"
    assert speaker_of(out, "52mln tonnes") == "varga"


def test_a_sentence_without_figures_ends_the_run(cast):
    assert speaker_of(claims_all(TEXT, cast), "harvest in the north") is None


def test_a_figure_in_the_articles_own_sentence_ends_the_run(cast):
    text = ("According to Tomas Varga, Borealia plans to open two new grain ports along its southern coast. In "
            "general, the country plans to raise its exports up to 40mln tonnes. Rival Tarnovia exported 31mln tonnes "
            "last year. The war has cost Tarnovia 12 ports since 2022.")
    out = claims_all(text, cast)
    assert speaker_of(out, "31mln tonnes") is None
    assert speaker_of(out, "12 ports") is None

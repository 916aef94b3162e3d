"""Lines of company results set against the period before ("Revenue up 4% to £9m (H1 2020: £8m)") are the
article's figures, not a closing list of other stories' headlines; invented lines only."""
from extracted import body_texts


def test_highlights_with_earlier_period_figures_stay_in_the_body():
    text = ("Key figures:\n"
            "Group turnover at Dorvale Freight up 6% to £41.2m (H1 2021: £38.9m)\n"
            "Underlying profit before tax up 11% to £7.7m (H1 2021: £6.9m)\n"
            "Half-year payout of 2.8p per share (2021: 2.5p)\n")
    assert "Half-year payout of 2.8p per share (2021: 2.5p)" in body_texts(text)
    assert "Underlying profit before tax up 11% to £7.7m (H1 2021: £6.9m)" in body_texts(text)


def test_a_closing_run_of_headlines_is_still_cut():
    text = ("Velmont Rail said on Tuesday that its ticket sales had risen in every region.\n"
            "More stories\n"
            "Tarsk port sees record cargo month\n"
            "Orlen council approves new bridge\n"
            "Dorvale farmers face dry summer\n")
    assert body_texts(text) == ["Velmont Rail said on Tuesday that its ticket sales had risen in every region."]

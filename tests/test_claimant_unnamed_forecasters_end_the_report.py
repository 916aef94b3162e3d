"""A sentence in which unnamed people forecast or estimate a figure ("Economists had forecast a surplus of …") ends
the report before it: the figure is their expectation, not the words of the speaker named the sentence before."""
from extracted import claims_all


def test_forecast_by_unnamed_economists_is_not_the_named_speakers(linker):
    text = ("Mara Velsen said on Monday that Ruritania's exports grew 6% last year. "
            "Economists had forecast a surplus of 3.1 billion crowns.\n")
    found = dict(claims_all(text, linker))
    assert found["Economists had forecast a surplus of 3.1 billion crowns."] is None


def test_estimate_by_unnamed_brokers_is_not_the_company_speaking(linker):
    text = ("Ostrava Mills said its quarterly profit fell 14% to 80 million crowns. "
            "Brokers had estimated a loss of 12 million crowns.\n")
    found = [who for part, who in claims_all(text, linker) if "12 million" in part]
    assert found == [None]


def test_the_speaker_who_forecasts_is_still_read(linker):
    """A named subject of a verb of forecasting still speaks: the change reads only sentences with no frame."""
    text = "Ostrava Mills forecast a profit of 90 million crowns for next year.\n"
    found = [who for part, who in claims_all(text, linker) if "90 million" in part]
    assert found and found[0] is not None


def test_a_passive_forecast_keeps_the_company_speaking(linker):
    """A figure estimated or projected in the passive names no forecaster: the report before it goes on."""
    text = ("Vexa Holdings said on Tuesday that it cut its outlook. "
            "Full-year sales are now estimated at 2 billion crowns, down from 2.3 billion.\n")
    found = [who for part, who in claims_all(text, linker) if "2 billion" in part]
    assert found and all(who is not None for who in found)


def test_a_passive_projection_keeps_the_person_speaking(linker):
    text = "Mara Velsen said exports grew 6% last year. Growth is projected at 4% next year.\n"
    found = [who for part, who in claims_all(text, linker) if "4%" in part]
    assert found and all(who is not None for who in found)

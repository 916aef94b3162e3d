""""The news agency said" after two wire agencies were named refers back to the one named last, each registered agency
bearing its "news agency" alias (Agence France-Presse lacked it, so the description went to Reuters named before)."""
from extracted import claims

LEDE = "Reporters held in Borealia\n\nBorealian police detained two photographers in Lindholm on Monday.\n\n"


def test_the_news_agency_is_the_agency_named_last(linker):
    text = (LEDE + "Reuters said it was seeking information about its photographer, Jon Vell. "
            "AFP confirmed that Mara Hale, its photographer, was held. "
            "In a statement, the news agency said its editors condemned the arrest.")
    out = dict(claims(text, linker))
    assert out["In a statement, the news agency said its editors condemned the arrest."] == "afp"

"""A clause after a report that tells what the report led to ("…, leading to …", "…, prompting …", "…, вызвав …")
or glosses the words ("…, he said, using a term …") is the article's account, not what the speaker said; a clause
of the speaker's own stance ("…, calling …") stays the speaker's."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("opener", ["leading to", "prompting", "sparking"])
def test_what_a_report_led_to_is_the_articles(cast_linker, opener):
    text = (f"\"Every ferry crew on the northern lakes has been accounted for,\" Tomas Varga said, {opener} angry "
            "calls from families who had waited at the harbour all night.")
    out = claims(text, cast_linker)
    assert speaker_of(out, "angry calls from families") is None
    assert speaker_of(out, "ferry crew on the northern lakes") == "varga"


def test_a_gloss_on_the_words_is_the_articles(cast_linker):
    text = ("\"The ruling is a harbour verdict, nothing more,\" Tomas Varga said, using a term his allies coined for "
            "rulings written to order.")
    assert speaker_of(claims(text, cast_linker), "allies coined") is None


def test_what_a_report_led_to_after_the_occasion_is_the_articles(cast_linker):
    text = ("\"Every ferry crew on the northern lakes has been accounted for,\" Tomas Varga said at the harbour on "
            "Friday, leading to angry calls from families who had waited there all night.")
    assert speaker_of(claims(text, cast_linker), "angry calls from families") is None


def test_what_the_words_were_about_stays_the_speakers(cast_linker):
    text = ("\"No one has signed anything on our side yet,\" Tomas Varga said, referring to the reported plan to leave "
            "the northern trade pact.")
    assert speaker_of(claims(text, cast_linker), "reported plan to leave") == "varga"


def test_a_stance_after_a_report_stays_the_speakers(cast_linker):
    text = ("Tomas Varga said on Friday that every ferry crew on the northern lakes had been accounted for, "
            "calling the rescue the largest the harbour had ever seen.")
    assert speaker_of(claims(text, cast_linker), "calling the rescue") == "varga"


def test_russian_what_a_report_led_to_is_the_articles(cast_linker):
    text = ("«Все экипажи паромов на северных озёрах найдены», — заявил Томас Варга, вызвав волну возмущения среди "
            "семей, которые всю ночь ждали в порту.")
    out = claims(text, cast_linker, name="ru_t.txt")
    assert speaker_of(out, "волну возмущения") is None
    assert speaker_of(out, "экипажи паромов") == "varga"


def test_the_articles_account_is_a_statement(cast_linker):
    text = ("\"Every ferry crew on the northern lakes has been accounted for,\" Tomas Varga said, sparking protests "
            "that left the harbour office burned.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    [kind] = [c.kind for c in extract(doc, cast_linker).claims if doc.text[c.span.start:c.span.end].startswith("sparking")]
    assert kind == "statement"


def test_a_figure_in_the_articles_account_is_the_articles(cast_linker):
    text = ("\"Every ferry crew on the northern lakes has been accounted for,\" Tomas Varga said, leading to "
            "reports that two sailors had drowned near the pier.")
    assert [who for _, who in claims(text, cast_linker, kinds=("quantity",))] == [None]


@pytest.mark.parametrize("text, name", [
    ("Tomas Varga said the navy destroyed 12 launchers overnight, using 40 drones launched from the coast.", "t.txt"),
    ("Tomas Varga said the storm destroyed 300 homes in the valley, leading to 40 evacuations in the province.",
     "t.txt"),
    ("Томас Варга заявил, что шторм разрушил 300 домов в долине, вызвав 40 эвакуаций в провинции.", "ru_t.txt"),
])
def test_a_participle_inside_what_was_said_stays_the_speakers(cast_linker, text, name):
    assert [who for _, who in claims(text, cast_linker, kinds=("quantity",), name=name)] == ["varga", "varga"]

from claimsgraph.ingest import parse_document
from claimsgraph.segment import quote_regions, sentences


def doc(text, name="t.txt"):
    return parse_document(name, text.encode(), "text/plain")


def texts(d):
    return [d.text[s.span.start:s.span.end] for s in sentences(d)]


def test_english_abbreviations_and_initials_do_not_end_sentences():
    d = doc("V. Putin met the U.S. envoy at 5 p.m. on Nov. 9. Talks went on.")
    assert texts(d) == ["V. Putin met the U.S. envoy at 5 p.m. on Nov. 9.", "Talks went on."]


def test_russian_initials_and_abbreviations():
    d = doc("В.В. Путин провёл встречу. Прибыло ок. 2 тыс. человек, т.е. больше плана. Итоги подведут позже.")
    assert texts(d) == ["В.В. Путин провёл встречу.", "Прибыло ок. 2 тыс. человек, т.е. больше плана.",
                        "Итоги подведут позже."]


def test_sentences_inside_quotations_are_split_without_the_opening_mark():
    d = doc("“Much has been done. Not all issues are resolved”, Putin said.")
    assert texts(d) == ["Much has been done.", "Not all issues are resolved”, Putin said."]


def test_semicolons_split_long_clauses():
    d = doc("It is difficult, but this work is moving forward; there are grounds to presume progress soon.")
    assert texts(d) == ["It is difficult, but this work is moving forward",
                        "there are grounds to presume progress soon."]


def test_a_quotation_runs_over_paragraphs_until_it_closes():
    d = doc("He said:\n\n“First paragraph here.\n\nSecond paragraph here.\n\nThird one”, he added.\n\nAfter.")
    (region,) = quote_regions(d)
    quoted = d.text[region.span.start:region.span.end]
    assert quoted.startswith("First paragraph") and quoted.endswith("Third one")


def test_an_unclosed_quotation_ends_with_its_paragraph():
    d = doc("He said “this never closes.\n\nThe next paragraph is the article's own.")
    (region,) = quote_regions(d)
    assert d.text[region.span.start:region.span.end] == "this never closes."


def test_guillemets_and_straight_quotes():
    d = doc("Он сказал: «Всё идёт по плану». Затем \"другая цитата\" прозвучала.")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["Всё идёт по плану", "другая цитата"]


def test_single_curly_quotes_are_quotations_but_apostrophes_are_not():
    d = doc("The minister’s aide said: ‘We are ready to talk’. Russia’s position did not change.")
    assert [d.text[r.span.start:r.span.end] for r in quote_regions(d)] == ["We are ready to talk"]

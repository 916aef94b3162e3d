import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimsgraph.ingest import parse_document
from claimsgraph.segment import _english_segmenter, _occurrences, _split_en, quote_regions, sentences


def doc(text, name="t.txt"):
    return parse_document(name, text.encode(), "text/plain")


def texts(d):
    return [d.text[s.span.start:s.span.end] for s in sentences(d)]


def test_english_abbreviations_and_initials_do_not_end_sentences():
    d = doc("V. Somov met the U.S. envoy at 5 p.m. on Nov. 9. Talks went on.")
    assert texts(d) == ["V. Somov met the U.S. envoy at 5 p.m. on Nov. 9.", "Talks went on."]


@pytest.mark.parametrize("text, expected", [
    ('"The gates shut at noon," 2nd Asst. Chief Ilse Varnhagen told reporters. The quay stayed open.',
     ['The gates shut at noon," 2nd Asst. Chief Ilse Varnhagen told reporters.', "The quay stayed open."]),
    ("Harbour Insp. Tomas Reyl said the crane was safe. Work resumed.",
     ["Harbour Insp. Tomas Reyl said the crane was safe.", "Work resumed."]),
    ("The order came from Assoc. Prof. Tomas Reyl of Nordport. He signed it.",
     ["The order came from Assoc. Prof. Tomas Reyl of Nordport.", "He signed it."]),
    ("The memo was signed by the Ag. Director, Port Records, Ilse Varnhagen. It was short.",
     ["The memo was signed by the Ag. Director, Port Records, Ilse Varnhagen.", "It was short."]),
    ("The grant went to the Harbour Dept. The mayor objected.",
     ["The grant went to the Harbour Dept.", "The mayor objected."]),
    ("Nordport Freight Inc. Tuesday reported a loss. Its shares fell.",
     ["Nordport Freight Inc. Tuesday reported a loss.", "Its shares fell."]),
    ("The deal closed with Nordport Freight Inc. Tuesday was its last day of trading.",
     ["The deal closed with Nordport Freight Inc.", "Tuesday was its last day of trading."]),
])
def test_a_title_written_short_before_a_name_does_not_end_the_sentence(text, expected):
    assert texts(doc(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ferry left at 7:15 p.m. ET, harbour clerk Anton Brill said. It was late.",
     ["The ferry left at 7:15 p.m. ET, harbour clerk Anton Brill said.", "It was late."]),
    ("Voting closes at 8 p.m. Eastern time on Tuesday. Counting starts then.",
     ["Voting closes at 8 p.m. Eastern time on Tuesday.", "Counting starts then."]),
    ("The quay opened at 6 a.m. Traders came early.", ["The quay opened at 6 a.m.", "Traders came early."]),
])
def test_a_time_zone_after_a_clocks_pm_does_not_start_a_sentence(text, expected):
    assert texts(doc(text)) == expected


def test_russian_initials_and_abbreviations():
    d = doc("В.В. Сомов провёл встречу. Прибыло ок. 2 тыс. человек, т.е. больше плана. Итоги подведут позже.")
    assert texts(d) == ["В.В. Сомов провёл встречу.", "Прибыло ок. 2 тыс. человек, т.е. больше плана.",
                        "Итоги подведут позже."]


def test_sentences_inside_quotations_are_split_without_the_opening_mark():
    d = doc("“The quay is finished. The cranes are not yet in place”, Somov said.")
    assert texts(d) == ["The quay is finished.", "The cranes are not yet in place”, Somov said."]


@pytest.mark.parametrize("mark", ["\"", "”"])
def test_a_said_tag_after_a_quotation_closed_with_its_own_stop_stays_with_it(mark):
    d = doc(f"Ferries\n\n“We will appeal the ruling.{mark} said Mara Velsen. The court closed at noon.")
    assert texts(d) == [f"We will appeal the ruling.{mark} said Mara Velsen.", "The court closed at noon."]


def test_semicolons_split_long_clauses():
    d = doc("The harvest was late in every northern valley this year; the mills expect to run until the spring.")
    assert texts(d) == ["The harvest was late in every northern valley this year",
                        "the mills expect to run until the spring."]


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


def test_a_name_quoted_inside_a_quotation_does_not_close_it():
    d = doc("\"Мы поздравляем \"Вектор\" с победой, игра была \"рваная\", но честная\", - сказал тренер.\n\n"
            "Он ответил: «Клуб „Заря“ сыграл лучше нас».")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["Мы поздравляем \"Вектор\" с победой, игра была \"рваная\", но честная",
                      "Клуб „Заря“ сыграл лучше нас"]


def test_a_closing_straight_mark_typed_after_a_space_still_closes():
    d = doc("\"The dam will hold through the spring, \"Varga concluded. Engineers left at noon.")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["The dam will hold through the spring, "]


def test_single_curly_quotes_are_quotations_but_apostrophes_are_not():
    d = doc("The minister’s aide said: ‘We are ready to talk’. Russia’s position did not change.")
    assert [d.text[r.span.start:r.span.end] for r in quote_regions(d)] == ["We are ready to talk"]


TOKENS = ["No.", "no.", "NO.", "Mr.", "U.S.", "u.s.", "5", "12", "(", ")", "Ab", "said", "the", ".", "...", "a.m.",
          "I", "The", "\n", "e.g.", "i.e.", "p.m.", "Dr.", "vs.", "Inc.", "St.", "Jan.", "?", "!", ":", ",", "-", "'s",
          "Yes.", "Yes. Yes.", "a", "A.", "b.", "“", "”", "fig.", "approx.", "is.", "Is", "İs.", "ſt.", "Kg.",
          "e.g", "exg.", "issue", "St", "no"]


@given(st.lists(st.sampled_from(TOKENS), max_size=40), st.sampled_from([" ", "", "  "]))
@example(["Say", "e.g", "here", "and", "exg.", "the", "end."], " ")   # "e.g" as pysbd's pattern: e, any, g
@example(["We", "met", "İs.", "then", "left."], " ")                   # İ matches i when case is ignored
@settings(max_examples=1_500, deadline=None)
def test_the_linear_english_splitter_cuts_where_pysbd_does(tokens, separator):
    import pysbd

    text = separator.join(tokens)

    def cut(segmenter) -> list[str]:   # as _split_en reads them: the sentences' text, without edge spaces
        return [piece.strip() for piece in segmenter.segment(text) if piece.strip()]

    assert cut(_english_segmenter()) == cut(pysbd.Segmenter(language="en", clean=False))


@given(st.text(alphabet="ab. \n\u00a0", max_size=30), st.text(alphabet="ab. ", max_size=4), st.integers(0, 30))
@settings(max_examples=500, deadline=None)
def test_occurrences_are_what_a_pattern_of_the_sentence_finds(text, sent, pos):
    import re

    expected = [m.span() for m in re.compile(re.escape(sent) + r"\s*").finditer(text, min(pos, len(text)))]
    assert list(_occurrences(text, sent, min(pos, len(text)))) == expected


def test_a_long_paragraph_of_abbreviations_is_split_in_linear_time():
    small, large = "No. 5 is here, Mr. Ab said. " * 2_000, "No. 5 is here, Mr. Ab said. " * 8_000
    started = time.perf_counter()
    _split_en(small)
    middle = time.perf_counter()
    assert len(_split_en(large)) == 8_000
    assert time.perf_counter() - middle < 8 * (middle - started) + 1   # four times the text, not sixteen


def test_a_clause_with_a_pronoun_subject_after_but_is_cut():
    d = doc("I agree that much of the canal has been dug, but I cannot agree that the work is finished.")
    assert texts(d) == ["I agree that much of the canal has been dug", "I cannot agree that the work is finished."]


def test_a_full_stop_glued_to_the_next_sentence_ends_it():
    d = doc("Рост цен ускорился, передает ВРН.Резкое повышение ставки объяснили в банке. Сервис Ромашка.Такси "
            "повысил цены. Банк назвал причиной «риски».Регулятор ждет снижения цен.")
    assert texts(d) == ["Рост цен ускорился, передает ВРН.", "Резкое повышение ставки объяснили в банке.",
                        "Сервис Ромашка.Такси повысил цены.", "Банк назвал причиной «риски».",
                        "Регулятор ждет снижения цен."]


def test_a_full_stop_glued_to_an_opening_quotation_mark_ends_the_sentence():
    d = doc("Сторонники партии провели ночь у мэрии Орлова.«Мы останемся здесь до выборов», — сказал лидер партии. "
            "Он сказал: „Мы победим.“ Выборы пройдут в мае.")
    assert texts(d)[:2] == ["Сторонники партии провели ночь у мэрии Орлова.",
                            "«Мы останемся здесь до выборов», — сказал лидер партии."]
    assert "Он сказал: „Мы победим.“" in texts(d)[2]   # “ closes a quotation here: no cut before it


def test_a_name_glued_to_the_next_sentence_ends_a_sentence_of_its_own():
    d = doc("After the war the Borealians began to supply fuel to Orlov.Velmar demanded that the supplies stop.")
    assert texts(d) == ["After the war the Borealians began to supply fuel to Orlov.",
                        "Velmar demanded that the supplies stop."]
    d = doc("После войны бореалийцы начали поставлять топливо в Орлов.Вельмар потребовал прекратить поставки. "
            "Сервис Ромашка.Такси повысил цены. В Орлове состоялась встреча Президента Бореалии В.В.Вельмара и "
            "министра.")
    assert texts(d) == ["После войны бореалийцы начали поставлять топливо в Орлов.",
                        "Вельмар потребовал прекратить поставки.", "Сервис Ромашка.Такси повысил цены.",
                        "В Орлове состоялась встреча Президента Бореалии В.В.Вельмара и министра."]


def test_the_armenian_full_stop_ends_a_sentence():
    d = doc("The envoys met in Orlov for two days \u0589 They agreed on a new round of talks.")
    assert texts(d) == ["The envoys met in Orlov for two days \u0589", "They agreed on a new round of talks."]


def test_a_russian_clause_with_a_pronoun_subject_after_i_is_cut():
    d = doc("Переговоры в столице Руритании прошли успешно, и это результат долгой работы обеих сторон. "
            "Министр приехал в столицу Бореалии, и пригласил коллегу на встречу.")
    assert texts(d) == ["Переговоры в столице Руритании прошли успешно", "это результат долгой работы обеих сторон.",
                        "Министр приехал в столицу Бореалии, и пригласил коллегу на встречу."]


def test_a_join_that_only_adds_to_the_clause_before_is_not_cut():
    d = doc("Спасатели Орлова продолжают откачивать воду из подвалов, а также укрепляют берег реки Вельты. "
            "Режим готовности действует не только в столице Бореалии, но и во всех приграничных районах. "
            "Министр Руритании приехал в Орлов вечером, а его коллега из Бореалии прибыл утром.")
    assert texts(d) == ["Спасатели Орлова продолжают откачивать воду из подвалов, а также укрепляют берег реки Вельты.",
                        "Режим готовности действует не только в столице Бореалии, но и во всех приграничных районах.",
                        "Министр Руритании приехал в Орлов вечером", "его коллега из Бореалии прибыл утром."]


def test_what_a_verb_of_saying_reports_is_not_cut_at_a_join_unless_a_report_of_its_own_follows():
    d = doc("Министр Варга отметил, что экономика Бореалии привыкла к пошлинам, и они не мешают росту. "
            "Варга пояснил, что это не означает закрытия границы с Орловом, а значит ремонт старой дороги. "
            "Варга заявил, что переговоры в Орлове идут трудно; стороны встретятся снова в мае. "
            "Варга заявил, что мост через Вельту откроют в мае, а Орлен сказала, что его откроют только осенью.")
    assert texts(d) == ["Министр Варга отметил, что экономика Бореалии привыкла к пошлинам, и они не мешают росту.",
                        "Варга пояснил, что это не означает закрытия границы с Орловом, а значит ремонт старой дороги.",
                        "Варга заявил, что переговоры в Орлове идут трудно", "стороны встретятся снова в мае.",
                        "Варга заявил, что мост через Вельту откроют в мае",
                        "Орлен сказала, что его откроют только осенью."]


def test_a_quotation_left_open_ends_before_a_paragraph_that_opens_another():
    d = doc("Varga said: “The bridge is safe.\n\nThe council met on Monday.\n\nLater Varga added: “We will vote.”")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["The bridge is safe.", "We will vote."]


def test_a_quotation_goes_on_into_a_paragraph_that_closes_it_past_a_quoted_name():
    d = doc("«Первый абзац речи.\n\nВторой абзац про «Вектор» и не только», — сказал он.\n\nКонец.")
    (region,) = quote_regions(d)
    quoted = d.text[region.span.start:region.span.end]
    assert quoted.startswith("Первый абзац") and quoted.endswith("не только")


def test_an_opening_mark_at_the_end_of_a_paragraph_closes_the_quotation():
    d = doc("“The river will rise by June. “\n\nThe mayor left the hall.\n\nShe said: “No.”")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["The river will rise by June. ", "No."]


def test_nested_straight_marks_closed_by_one_mark_before_the_said_tag():
    d = doc("\"Выручка АО \"Завод \"Прибой\" выросла на 5%\", - сообщили в пресс-службе \"Прибоя\".\n\n"
            "Там подчеркнули, что план выполнен.")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["Выручка АО \"Завод \"Прибой\" выросла на 5%", "Прибоя"]


def test_a_name_quoted_at_the_end_of_a_quotation_shares_its_closing_mark():
    d = doc("\"Встреча пройдет в здании \"Арсенал\", - пояснил адвокат.\nОн добавил, что суд начнется в среду.")
    quoted = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert quoted == ["Встреча пройдет в здании \"Арсенал"]


def test_a_quotation_goes_on_to_a_straight_mark_typed_after_a_space_paragraphs_later():
    d = doc("Varga said:\n\n\"Dear colleagues!\n\nThe harbour is open again, \"Varga concluded.\n\nThen the talks began.")
    (region,) = quote_regions(d)
    quoted = d.text[region.span.start:region.span.end]
    assert quoted.startswith("Dear colleagues") and quoted.endswith("open again, ")


def test_a_long_paragraph_of_glued_names_is_read_in_linear_time():
    from claimsgraph.segment import _glued

    small, large = "Ab Cd.Ef.Gh " * 2_000, "Ab Cd.Ef.Gh " * 8_000
    started = time.perf_counter()
    _glued(small, 0, len(small))
    middle = time.perf_counter()
    _glued(large, 0, len(large))
    assert time.perf_counter() - middle < 8 * (middle - started) + 1   # four times the text, not sixteen


def test_an_opening_mark_typed_before_a_said_tag_closes_the_quotation():
    d = doc("„Ремонт моста закончат к маю. Дорогу откроют летом „, - сказала Мира Орлен.\n\n"
            "„Денег хватит“, - добавила она.")
    spans = [d.text[r.span.start:r.span.end] for r in quote_regions(d)]
    assert spans == ["Ремонт моста закончат к маю. Дорогу откроют летом ", "Денег хватит"]


def test_a_second_subject_s_own_view_after_a_reported_clause_is_cut():
    """A word of saying after the join, with «что» or not, or a new subject after «а», «но»: a clause of its own."""
    d = doc("Губернатор Орлен сообщила, что дорогу починят к осени, но депутаты Орлова считают этот срок нереальным. "
            "Варга заявил, что мост через Вельту откроют в мае, а жители Орлова против этого и будут протестовать.")
    assert texts(d) == ["Губернатор Орлен сообщила, что дорогу починят к осени",
                        "депутаты Орлова считают этот срок нереальным.",
                        "Варга заявил, что мост через Вельту откроют в мае",
                        "жители Орлова против этого и будут протестовать."]


def test_a_form_of_address_written_short_before_a_name_does_not_end_the_sentence():
    d = doc("The tender was expected from Hon. Tomas Reyl of the port board. The board said nothing.")
    assert texts(d) == ["The tender was expected from Hon. Tomas Reyl of the port board.", "The board said nothing."]

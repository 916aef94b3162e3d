"""A ministry's channel post as a page prints it: the channel's counters over it ("310K subscribers", "17 files") are
furniture, no figures; a pictograph or a tag's sign before a speaker's label ("💬 Р.Т.#Велмаров: …", "#Мнение …:")
hides neither the label nor the name in it; a label under a question no label opens answers it. Invented names."""
from claimsgraph.ingest import split_boilerplate
from claimsgraph.link import Linker

from extracted import speakers_as_written


def _boiler_lines(text):
    _, boiler = split_boilerplate(text)
    return {text[s.start:s.end] for s in boiler}


def test_a_run_of_counters_is_furniture():
    text = ("Вестник Порта\n310K subscribers\n12.5K photos\n2.1K videos\n17 files\n8K links\n"
            "Официальный канал ведомства\n\nПричал номер два закрыли на ремонт до весны.\n")
    assert {"17 files", "310K subscribers"} <= _boiler_lines(text)


def test_one_counted_line_in_an_article_stays():
    text = "Итоги сезона\n\n17 files\n\nПричал номер два закрыли на ремонт до весны.\n"
    assert "17 files" not in _boiler_lines(text)


QUESTION = "Как вы оцените приговор портовому инспектору?\n\n"
ANSWER = "Дело сфабриковано с самого начала. Оно служит примером давления на инспекторов.\n"


def test_a_label_under_a_question_is_the_speakers():
    said = speakers_as_written(f"Канал ведомства\n\n{QUESTION}Р.Т.Велмаров: {ANSWER}", Linker([]))
    assert said and all(who and "Велмаров" in who for who in said)


def test_a_pictograph_and_a_tag_sign_before_the_label():
    said = speakers_as_written(f"Канал ведомства\n\n{QUESTION}💬 Р.Т.#Велмаров: {ANSWER}", Linker([]))
    assert said and all(who and "Велмаров" in who for who in said)


def test_a_tagged_heading_label_gives_the_post_its_speaker():
    said = speakers_as_written("Канал ведомства\n\n#Мнение Р.Т.Велмаровой:\n\nС удивлением прочла статью о порте. "
                               "Оказалось, что всё это выдумка.\n", Linker([]))
    assert said and all(who and "Велмаров" in who for who in said)


def test_one_label_under_an_articles_own_question_makes_no_interview():
    # the article asks, no one is asked: the one label is its speaker's, the paragraphs after it the article's
    text = ("Vellby port to close\n\nWhy is the port closing?\n\n"
            "Harbour master Jana Roe: the pier is unsafe after the storm.\n\n"
            "The Vexa Harbour Board will vote on repairs next week. Ivo Marsk, the board's chairman, said the vote "
            "would be close.\n\nThe board approved 2 million euros for the pier last year.\n")
    said = speakers_as_written(text, Linker([]), name="t.txt")
    assert said and not any(who and "Roe" in who for who in said[1:])


def test_a_run_of_casualty_figures_is_no_counter():
    text = ("Storm hits Vellby\n\nBy the numbers:\n\n12 dead\n\n40 injured\n\n3000 evacuated\n\n"
            "The storm reached the Tarnovian coast on Sunday night.\n")
    assert not {"12 dead", "40 injured", "3000 evacuated"} & _boiler_lines(text)

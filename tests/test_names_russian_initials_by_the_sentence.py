"""A Russian name of two initials and a surname ("А. В. Мельникова") is a person's whether or not a model read it,
and, initials telling no gender, its surname is read in the case and gender the sentence gives it: a woman's
nominative before or after her verb, a man's genitive after "по словам". Invented people."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("sentence, label", [
    ("А. В. Мельникова заявила, что набережная будет открыта к осени.", "А. В. Мельникова"),
    ("«Набережная будет открыта к осени», — добавила А. В. Мельникова.", "А. В. Мельникова"),
    ("Как отметила А. В. Мельникова, набережная будет открыта к осени.", "А. В. Мельникова"),
    ("Набережная будет открыта к осени, — уверена А. В. Мельникова.", "А. В. Мельникова"),
    ("По словам А. В. Мельникова, набережная будет открыта к осени.", "А. В. Мельников"),
    ("«Набережная будет открыта к осени», — добавил А. В. Мельников.", "А. В. Мельников"),
])
def test_a_surname_after_initials_is_read_in_the_case_of_its_sentence(linker, sentence, label):
    assert claimant_labels(f"Набережная\n\n{sentence}\n", linker) == [label]


def test_an_outlet_before_initials_is_no_word_of_the_name(linker):
    text = "Набережная\n\nВ интервью Норпресс А. В. Мельникова заявила, что набережная будет открыта к осени.\n"
    assert claimant_labels(text, linker) == ["А. В. Мельникова"]

""""The central bank said", "The parliament said", «Центробанк отметил» in a text about one country are that
country's bodies; after a bank the text names by a name of its own ("the Bank of Kenya"), "the central bank" is
that bank again, no second body."""
import pytest

from extracted import claimant_labels, ru_claimant_labels


@pytest.mark.parametrize("text, body", [
    ("Kenya's president Mara Velsen arrived in Lindholm. Kenya expects more trade. The central bank said inflation "
     "would ease by the winter.", "Central Bank of Kenya"),
    ("Iran's economy grew slowly this year. The parliament said the ferry talks would resume next week. Iran wants "
     "calm.", "Parliament of Iran"),
])
def test_the_countrys_bank_and_parliament_speak(linker, text, body):
    assert body in claimant_labels(text, linker)


def test_the_russian_short_name_of_the_bank_is_the_countrys(linker):
    text = "Президент Кении Иван Петрович Сомов прибыл в Линдхольм. Центробанк отметил, что инфляция замедлится к зиме."
    assert "Центробанк Кении" in ru_claimant_labels(linker, text)


def test_a_bank_named_first_is_the_central_bank_again(linker):
    text = ("The Bank of Kenya raised its rate. Kenya's economy is slowing and Kenya's exports fell. The central "
            "bank said inflation would ease.")
    labels = claimant_labels(text, linker)
    assert labels[-1] == "Bank of Kenya"

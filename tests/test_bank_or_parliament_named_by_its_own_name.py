""""The central bank", "the parliament", «Центробанк» alone are no body made up for the country the text is about:
news names a bank or parliament by a name of its own first ("the Riksbank", "the Knesset"), a parliament may be
no country's ("the student parliament"), and the text's main place may be no country."""
import pytest

from extracted import claimant_labels, ru_claimant_labels


@pytest.mark.parametrize("text, invented", [
    ("The Federal Reserve raised its rate. The US economy is slowing and US exports fell. The central bank said "
     "inflation would ease.", "Central Bank of the United States"),
    ("Sweden's economy is slowing. The Riksbank raised its rate. Sweden's exports fell. The central bank said "
     "inflation would ease.", "Central Bank of Sweden"),
    ("Israel's economy is slowing. The Knesset met on Monday. Israel's exports fell. The parliament said the budget "
     "would pass.", "Parliament of Israel"),
    ("Kenya's economy is slowing. Kenya's exports fell. The student parliament said the fees would rise.",
     "Parliament of Kenya"),
    ("Texas's economy is slowing. Texas's exports fell. The parliament said the budget would pass.",
     "Parliament of Texas"),
    ("Italy's economy is slowing. The ECB raised its rate. Italy's exports fell. The central bank said inflation "
     "would ease.", "Central Bank of Italy"),
])
def test_no_bank_or_parliament_is_made_up_for_the_country(linker, text, invented):
    assert invented not in claimant_labels(text, linker)


def test_no_russian_central_bank_is_made_up_beside_the_named_one(linker):
    text = "Нацбанк Казахстана повысил ставку. Экономика Казахстана замедлилась. Центробанк отметил, что инфляция " \
           "замедлится к зиме."
    assert "Центробанк Казахстана" not in ru_claimant_labels(linker, text)

"""A country's ministry written by its noun alone ("The Foreign Ministry said", «МИД заявил», «Минфин отметил»)
in a text about one country is that country's body, labelled with it; in a text naming two countries once each,
the country is unclear and the body keeps the noun alone, never another country's."""
import pytest

from extracted import claimant_labels, ru_claimant_labels


@pytest.mark.parametrize("text, body", [
    ("Iran's economy grew slowly this year. The Foreign Ministry said the ferry talks would resume next week. "
     "Officials in Iran expect more trade.", "Foreign Ministry of Iran"),
    ("Kenya's president Mara Velsen arrived in Lindholm. Kenya expects more trade. The Interior Ministry said the "
     "curfew would end by the winter.", "Interior Ministry of Kenya"),
    ("Iran's prime minister Tomas Reddle said the port would reopen. Iran wants calm. The Defence Ministry later "
     "said two patrol boats had been sent to the strait.", "Defence Ministry of Iran"),
])
def test_the_body_of_the_country_the_text_is_about_speaks(linker, text, body):
    assert body in claimant_labels(text, linker)


@pytest.mark.parametrize("text, body", [
    ("Экономика Ирана выросла в этом году. МИД заявил, что паромные переговоры возобновятся. Власти Ирана ждут "
     "роста торговли.", "МИД Ирана"),
    ("Президент Кении Иван Петрович Сомов прибыл в Линдхольм. Минфин отметил, что инфляция замедлится к зиме.",
     "Минфин Кении"),
])
def test_the_russian_short_name_of_the_body_is_the_countrys(linker, text, body):
    assert body in ru_claimant_labels(linker, text)


def test_two_countries_named_once_each_leave_the_body_without_a_country(linker):
    text = ("Iran's envoy met Kenya's envoy in Lindholm. The Defense Ministry said the ferry talks would resume "
            "next week.")
    labels = claimant_labels(text, linker)
    assert "Defense Ministry" in labels and not any(label and ("Iran" in label or "Kenya" in label) for label in labels)

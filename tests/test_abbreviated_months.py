"""Russian datelines abbreviate their month ("ОСТРАВА, 19 мар — Вестник."): the line is a dateline with its
agency, its day is no figure and the dateline is no claim; invented places and agencies."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.ingest import find_date, find_publisher, parse_document
from claimsgraph.model import Span


@pytest.mark.parametrize("text, publisher", [
    ("ОСТРАВА, 19 мар — Вестник. Министр Томаш Варга посетил Дорвик в 2024 году.", "Вестник"),
    ("ДОРВИК, 14 сен - ВЕСТНИК. Министр Томаш Варга посетил Остраву в 2024 году.", "ВЕСТНИК"),
    ("ОСТРАВА, 3 нояб. - Вестник Борелии. Министр посетил Дорвик.", "Вестник Борелии"),
    ("ОСТРАВА, 12 ноября - Вестник. Министр посетил Дорвик.", "Вестник"),
])
def test_an_agency_after_a_dash_and_an_abbreviated_month(text, publisher):
    assert find_publisher(text) == publisher


def test_an_abbreviated_month_dates_the_dateline():
    assert find_date("ОСТРАВА, 19 мар — Вестник. Министр Варга сказал это 19 марта 2024 года.") == "2024-03-19"


def test_the_dateline_is_no_claim_and_its_day_no_figure():
    from claimsgraph.ingest import dateline_span

    doc = parse_document("a.txt", "Министр в Остраве\n\nОСТРАВА, 19 мар — Вестник. Около 300 человек вышли на площадь."
                         .encode(), "text/plain")
    span = dateline_span(doc)
    assert doc.text[span.start:span.end] == "ОСТРАВА, 19 мар — Вестник."
    figures = find_quantities(doc.text, Span(0, len(doc.text)), "ru")
    assert [(q.value, q.unit) for q in figures] == [(300, "человек")]

"""The field of an office written capitalised after its title and "of" or "for" ("Minister of Labour and Social
Protection", "Deputy Minister for European Integration") is no body: invented people and countries."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def _labels(text):
    """The labels of the entities the extractor finds in ``text``, with no registry."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {e.label for e in extract(doc, Linker([])).new_entities}


def test_a_social_protection_portfolio_is_no_body():
    labels = _labels("Ruritania's Minister of Labour and Social Protection Edda Morvay said on Monday that "
                     "pensions would rise by 8 percent.\n")
    assert "Edda Morvay" in labels
    assert not any("Protection" in label for label in labels)


def test_a_european_integration_portfolio_is_no_body():
    labels = _labels("Carpania's Minister for European Integration said the talks would resume in March.\n")
    assert not any("Integration" in label for label in labels)


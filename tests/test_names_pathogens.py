"""A pathogen's name, known by the noun beside it ("the Varna virus", «вирус Хелдор»), is no body and no person where
the text writes it alone or in a headline's outbreak (invented texts)."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker

EN = """Varna Outbreak Is Under Control, Says Ruritania's Health Minister

Health Minister Mara Velsen said on Monday that the Varna virus outbreak in Velsburg was under control.

She said Varna was not a man-made problem. The condition of the 30-year-old Varna patient has improved.
"""

RU = """Министр здравоохранения Руритании Иван Петрович Сомов заявил, что вспышка вируса Хелдор в Велсбурге под контролем.

По его словам, Хелдор не распространяется дальше. Состояние пациента с Хелдор улучшилось, сообщил Сомов.
"""


def written_names(text, name="t.txt"):
    """Every mention's words as the text writes them."""
    doc = parse_document(name, text.encode(), "text/plain")
    return {doc.text[m.span.start:m.span.end] for m in extract(doc, Linker([])).mentions}


def test_english_pathogen_is_no_body():
    names = written_names(EN)
    assert not {n for n in names if n.startswith("Varna")}
    assert "Mara Velsen" in names


def test_russian_pathogen_is_no_body():
    names = written_names(RU, "ru_t.txt")
    assert not {n for n in names if n.startswith("Хелдор")}

"""Lines a page breaks inside a sentence: one paragraph over the break, offsets into the text unchanged."""
import pytest

from claimsgraph.ingest import find_title, parse_document
from claimsgraph.segment import sentences


def _doc(text: str):
    return parse_document("a.txt", text.encode(), "text/plain")


def _paras(text: str) -> list[str]:
    doc = _doc(text)
    return [doc.text[p.start:p.end] for p in doc.body]


@pytest.mark.parametrize("broken, joined", [
    # a hard wrap: the next line goes on in lower case
    ("The harbour board of Velmar met on Monday to discuss the\nnew quay, its chairman said.",
     "The harbour board of Velmar met on Monday to discuss the\nnew quay, its chairman said."),
    # the said-tag after a dash on a line of its own
    ("«Порт откроется в срок, работы идут по графику»,\n- напомнил Томас Варга в своём канале.",
     "«Порт откроется в срок, работы идут по графику»,\n- напомнил Томас Варга в своём канале."),
    ("Работы на причале идут по графику и закончатся в срок,\n- напомнил Варга журналистам.",
     "Работы на причале идут по графику и закончатся в срок,\n- напомнил Варга журналистам."),
    # a quotation closed by a comma, its tag after a blank line
    ('"The quay will open on time and the ferries will run",\n\nTomas Varga said.',
     '"The quay will open on time and the ferries will run",\n\nTomas Varga said.'),
    ("“The quay will open on time,”\n\n— Tomas Varga, the port director, said on Monday.",
     "“The quay will open on time,”\n\n— Tomas Varga, the port director, said on Monday."),
    # the tag's verb, then its speaker on the next line
    ("«Причал откроется в срок», – сказал\nВарга.", "«Причал откроется в срок», – сказал\nВарга."),
    # a line broken after a word no sentence ends with, the next opening with a figure
    ("The harbour master of Velmar was jailed on Monday and sentenced to\n12 months of community work.",
     "The harbour master of Velmar was jailed on Monday and sentenced to\n12 months of community work."),
    ("Бывший директор порта Вельмар был приговорен к\n10 годам лишения свободы.",
     "Бывший директор порта Вельмар был приговорен к\n10 годам лишения свободы."),
    # a line in lower case after a comma, the speaker's verb in it
    ("Вот это было бы правильно,\nдобавила Остапова и объяснила почему.",
     "Вот это было бы правильно,\nдобавила Остапова и объяснила почему."),
])
def test_a_sentence_broken_over_lines_is_one_paragraph(broken, joined):
    text = "Quay opens in Velmar\n\n" + broken + "\n\nThe ferries ran again on Tuesday."
    paras = _paras(text)
    assert joined in paras
    assert paras[-1] == "The ferries ran again on Tuesday."


@pytest.mark.parametrize("lines", [
    "The board met on Monday.\nnew members were named later.",       # a stop ends the line
    "The measures are the following:\n- lower fees for ferries",       # a list under its colon
    "Сумма расходов составила:\n- 12 млн рублей на ремонт причала;",
    "Ferry timetable changes\niPhone app shows the new times",         # a name in lower case opens the next line
    "twitter\nyoutube",                                                # single words, a menu
    "What the harbour board voted for\nThe board of Velmar voted for new fees on Monday.",   # a stranded preposition
    "The fees were raised by the Velmar Food and\nAgriculture Board on Monday.",   # a name is read on one line
    "The fees were raised by the Central Bank of\nthe Republic of Ruritania on Monday.",
    "The board met on Monday to discuss the\n\nnew quay and its fees.",  # a blank line after no comma
    '"The quay opens today",\n“Next week the ferries run,” said Varga.',  # a new quotation opens the next line
    # a sentence of its own after the quotation, not its tag
    "“The fees will fall by a tenth this year,”\nAccording to Varga, the harbour board will pay for the new quay "
    "with its own reserves and a loan from the Nordport bank.",
])
def test_lines_that_do_not_go_on_stay_apart(lines):
    text = "Quay opens in Velmar\n\nThe port reopened on Monday after a storm.\n\n" + lines + "\n\nIt was calm."
    first, second = lines.replace("\n\n", "\n").split("\n")
    assert not any(first in p and second in p for p in _paras(text))


def test_sentences_run_over_a_line_break_and_keep_their_offsets():
    text = ("Quay opens in Velmar\n\nThe transport ministry said the damage was small. The repair\n"
            "works will cost about 4 million dollars, the ministry added in a\nstatement on Wednesday.\n")
    doc = _doc(text)
    got = [doc.text[s.span.start:s.span.end] for s in sentences(doc)]
    assert ("The repair\nworks will cost about 4 million dollars, the ministry added in a\nstatement on Wednesday."
            in got)
    assert "The transport ministry said the damage was small." in got


def test_russian_tag_after_a_break_is_in_the_quotations_sentence():
    text = "Порт открылся\n\n«Причал откроется в срок, работы идут по графику»,\n- напомнил Томас Варга.\n"
    doc = _doc(text)
    got = [doc.text[s.span.start:s.span.end] for s in sentences(doc)]
    assert got[-1] == "«Причал откроется в срок, работы идут по графику»,\n- напомнил Томас Варга."


@pytest.mark.parametrize("first, title", [
    ('"The quay will open on time."', None),            # a quotation's sentence, not a headline
    ("«Причал откроется в срок.»", None),
    ("Quay opens in Velmar", "Quay opens in Velmar"),
    ('Varga: "The quay opens"', 'Varga: "The quay opens"'),
])
def test_a_first_line_ending_with_a_stop_in_quotation_marks_is_no_title(first, title):
    text = first + "\n\nThe port reopened on Monday after a storm, officials said.\n"
    doc = _doc(text)
    assert find_title(doc.text, list(doc.body)) == title


@pytest.mark.parametrize("line", [
    "Velmar Daily © 2031. All rights reserved.",
    "Велмарпресс © 2031. Все права защищены..",
    "Глава порта Томас Варга © Анна Ветрова/ НОРПРЕСС",
    "The quay at dawn. Photo: Jane Roe © Coastal Wire",
])
def test_a_line_with_the_copyright_sign_is_furniture(line):
    text = "Quay opens in Velmar\n\nThe port reopened on Monday after a storm.\n\n" + line + "\n\nIt was calm at sea."
    assert line not in _paras(text)


def test_a_headline_ending_in_an_abbreviation_in_brackets_stays_the_title():
    first = "Бюллетень портовой службы Вельмара (по состоянию на 3 марта 2031 г.)"
    doc = _doc(first + "\n\nПорт работает в обычном режиме, сообщили в службе.\n")
    assert find_title(doc.text, list(doc.body)) == first


@pytest.mark.parametrize("line", [
    "(Velmar Daily editors have not reviewed this item; it was auto-generated from a partner feed.)",
    "Note: we're updating our terms of service for readers in Ruritania next month.",
    "Links lead off the site: the Nordport Courier cannot be held responsible for the contents of linked pages.",
    "Мнение редакции может не совпадать с позицией колумниста портала «Вельмар».",
    "Заметка сгенерирована автоматически по данным портовой службы Вельмара.",
])
def test_a_sites_notice_on_its_content_is_furniture(line):
    text = "Quay opens in Velmar\n\nThe port reopened on Monday after a storm.\n\n" + line + "\n\nIt was calm at sea."
    assert line not in _paras(text)


def test_a_sentence_about_terms_of_a_deal_stays():
    line = "The harbour board said the terms of the lease would be published on Friday."
    text = "Quay opens in Velmar\n\nThe port reopened on Monday after a storm.\n\n" + line + "\n\nIt was calm at sea."
    assert line in _paras(text)


# A hard-wrapped text: every line of a paragraph broken at one width (about 70 characters here), whatever word comes
# next; a heading, a byline, a list item and a paragraph's last line end short of the width.
_WRAPPED_EN = """Quay council backs the new ferry plan

By Jane Roe

NORDPORT, March 3 (Nordwire) - The harbour council of Nordport voted on
Tuesday to spend 45 million crowns on a quay, the chairman of the board
Tomas Velk said after a meeting that lasted for more than four hours.

Opposition leader Karin Ost said that the council members should not
"give away the harbour to the ferry companies" and that the whole plan
had ignored the fishermen, who had asked for a hearing in January and
February.

The plan includes:
- a ferry terminal
- two cranes
"""

_WRAPPED_RU = """Совет порта одобрил план нового причала

ВЕЛЬМАР, 3 марта. Портовый совет Вельмара во вторник выделил на причал
Западного района 45 млн крон, сообщил председатель совета Томас Велк
журналистам после заседания, которое продолжалось больше четырех часов.

Лидер оппозиции Карина Ост заявила, что члены совета не должны отдавать
«гавань паромным компаниям», и напомнила, что рыбаки просили слушаний
еще в январе.
"""


def test_a_hard_wrapped_paragraph_is_one_paragraph_whatever_word_goes_on():
    paras = _paras(_WRAPPED_EN)
    assert any(p.startswith("NORDPORT, March 3") and p.endswith("four hours.") for p in paras)
    assert any(p.startswith("Opposition leader") and p.endswith("February.") for p in paras)
    paras = _paras(_WRAPPED_RU)
    assert any(p.startswith("ВЕЛЬМАР, 3 марта.") and p.endswith("четырех часов.") for p in paras)
    assert any(p.startswith("Лидер оппозиции") and p.endswith("в январе.") for p in paras)


def test_a_hard_wrapped_text_keeps_its_heading_byline_and_list_items_apart():
    paras = _paras(_WRAPPED_EN)
    assert "Quay council backs the new ferry plan" in paras
    assert not any("\n" in p and ("By Jane Roe" in p or "includes:" in p or "- two cranes" in p) for p in paras)


def test_sentences_of_a_hard_wrapped_text_are_not_cut_at_its_line_breaks():
    doc = _doc(_WRAPPED_EN)
    texts = [doc.text[s.span.start:s.span.end] for s in sentences(doc)]
    assert any(t.startswith("Opposition leader") and "ferry companies" in t for t in texts)
    assert not any(t.startswith("Tuesday to spend") for t in texts)


def test_lines_of_a_page_of_one_line_paragraphs_are_not_joined_as_wrapped():
    text = ("Velmar harbour reopens after the storm\n"
            "The harbour of Velmar reopened on Monday after a storm that had closed it for a week and left "
            "three ferries damaged at the quay, the port authority said in a statement.\n"
            "Port director Tomas Velk said repairs would cost about two million crowns\n"
            "Fishermen returned to the quay in the afternoon.\n")
    assert len(_paras(text)) == 4


_WRAPPED_DIGEST = """The sea is patient, and so is the harbour. - An old saying of Velmar pilots
QUAY DIGEST

QUAY BOARD CUTS FERRY FARES. The harbour board of Nordport
said on 3 March that ferry fares to the outer islands would
fall by a fifth from April, the Nordwire agency reported.
Board chairman Tomas Velk told reporters that the cut would
be paid for by the new container quay, which opened in
January and handled more cargo than the board had expected
"""


def test_the_lines_of_a_hard_wrapped_digest_are_no_run_of_headlines():
    doc = _doc(_WRAPPED_DIGEST)
    body = " ".join(doc.text[p.start:p.end] for p in doc.body)
    assert "Board chairman Tomas Velk told reporters" in body and "than the board had expected" in body
    texts = [doc.text[s.span.start:s.span.end] for s in sentences(doc)]
    assert any(t.startswith("Board chairman Tomas Velk") and t.endswith("had expected") for t in texts)


def test_an_epigraph_longer_than_the_width_is_not_joined_to_the_wrapped_text():
    paras = _paras(_WRAPPED_DIGEST)
    assert not any(p.startswith("The sea is patient") and "\n" in p for p in paras)

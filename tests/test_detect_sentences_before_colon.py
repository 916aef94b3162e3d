"""A sentence before a colon: an announcement of someone's words is no claim, a fact that a quotation or a list
follows is one. Furniture of a page that asks the reader for feedback is none. Invented text."""
from claimsgraph.ingest import parse_document

from extracted import claims


def test_a_fact_before_a_colon_that_no_one_speaks_in_is_a_claim(linker):
    text = ("Суд в Вельске\n"
            "Спустя час после начала заседания в суд поступило сообщение о минировании здания:\n"
            "«Мы не можем нарушать правила», — сообщил судья Тарас Мельник.\n")
    found = [t for t, _ in claims(text, linker)]
    assert "Спустя час после начала заседания в суд поступило сообщение о минировании здания:" in found


def test_a_fact_before_a_colon_in_english_is_a_claim(linker):
    text = ("Court in Vellport\n"
            "Half an hour into the hearing, the court received a warning of a bomb in the building:\n"
            "“We cannot break the rules,” Judge Ossian Brede said.\n")
    found = [t for t, _ in claims(text, linker)]
    assert any(t.startswith("Half an hour into the hearing") for t in found)


def test_a_speaker_announcing_his_words_before_a_colon_is_no_claim_of_its_own(linker):
    for text in ("Суд в Вельске\nСудья Тарас Мельник заявил журналистам после заседания в понедельник:\n"
                 "«Мы не можем нарушать правила».\n",
                 "Court in Vellport\nJudge Ossian Brede told reporters after the long hearing on Monday:\n"
                 "“We cannot break the rules.”\n"):
        assert not any(t.rstrip().endswith(":") for t, _ in claims(text, linker))


def test_a_short_lead_into_a_list_is_no_claim(linker):
    text = ("Storm in Vellport\n"
            "The storm flooded the old quarter of Vellport on Monday night.\n"
            "Among the dead were:\n"
            "- a fisherman from Lowbury;\n"
            "- two pensioners from the harbour.\n")
    assert "Among the dead were:" not in [t for t, _ in claims(text, linker)]


def test_a_line_asking_the_reader_for_feedback_is_furniture():
    text = ("Storm in Vellport\n"
            "The storm flooded the old quarter of Vellport on Monday night.\n"
            "Your feedback helps us improve the pages we write.\n")
    doc = parse_document("a.txt", text.encode(), "text/plain")
    assert [doc.text[s.start:s.end] for s in doc.body][-1] == "The storm flooded the old quarter of Vellport on Monday night."


def test_orders_to_the_reader_about_the_page_itself_are_no_claims(linker):
    text = ("Council in Vellport\n"
            "The council of Vellport approved a new plan for the harbour on Tuesday.\n"
            "Follow the main points from this briefing.\n"
            "No notes have been posted yet. Add yours in the box below.\n")
    found = [t for t, _ in claims(text, linker)]
    assert "The council of Vellport approved a new plan for the harbour on Tuesday." in found
    assert not any(t.startswith(("Follow", "Add")) for t in found)

"""A round-up's items each open with their own dateline ("VELMTON (Northwire) — …" in the eighth paragraph), a state's
abbreviation may follow the place ("OSKA, N.R. (Northwire) —"): the dateline is no part of a claim, its place is a
place and never a speaker, while banners, headings in capitals and speakers' turns are no datelines (ingest.py,
claims.py, nlp.py, names.py); invented places, agencies and people."""
import time

import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import dateline_span, parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from claimsgraph.names import find_names

REGISTRY = Linker([Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),))])

ROUND_UP = ("Regional briefs\n\n"
            "By the Northwire staff\n\n"
            "HARBOUR\n\n"
            "OSKA, N.R. (Northwire) — The harbour board closed the old pier on Monday after a storm.\n\n"
            "Repairs will take two months, the board said.\n\n"
            "SCHOOLS\n\n"
            "VELMTON (Northwire) — Mayor Tilda Brandt said the town would open a new school in the spring.\n\n"
            "FERRY FARES RISE: PORT TRELL, Calif. (Northwire) — The ferry company raised its fares by 4 percent.\n\n"
            "GLENMOOR, Ruritania — Ruritania's rail office said the line would reopen on Friday.\n")


def _doc(text):
    return parse_document("r.txt", text.encode(), "text/plain")


def dateline_spans(doc):
    from claimsgraph.ingest import dateline_spans as every_dateline

    return every_dateline(doc)


def test_every_item_dateline_of_a_round_up_is_found_with_its_run_in_head():
    doc = _doc(ROUND_UP)
    assert [doc.text[s.start:s.end].strip() for s in dateline_spans(doc)] == [
        "OSKA, N.R. (Northwire) —", "VELMTON (Northwire) —", "FERRY FARES RISE: PORT TRELL, Calif. (Northwire) —",
        "GLENMOOR, Ruritania —"]


@pytest.mark.parametrize("abbreviation", ["N.R.", "Calif.", "Ost."])
def test_a_state_abbreviation_after_the_place_is_part_of_the_wire_dateline(abbreviation):
    doc = _doc(f"Pier closes\n\nOSKA, {abbreviation} (Northwire) — The harbour board closed the old pier.\n")
    span = dateline_span(doc)
    assert span is not None and doc.text[span.start:span.end] == f"OSKA, {abbreviation} (Northwire) —"


def test_a_press_releases_wire_after_a_dash_is_part_of_the_dateline():
    doc = _doc("Vexon results\n\nOSKA, N.R.--(Northwire Releases)--Vexon, Inc. today announced its results.\n")
    span = dateline_span(doc)
    assert span is not None and doc.text[span.start:span.end] == "OSKA, N.R.--(Northwire Releases)--"


@pytest.mark.parametrize("paragraph", [
    "BREAKING — The harbour board closed the old pier on Monday.",
    "UPDATE — The pier reopened an hour later.",
    "TALKS STALL AT THE HARBOUR",
    "“VELMTON (Northwire) — that is how we open,” the editor said.",
])
def test_banners_headings_and_quoted_speech_are_no_datelines(paragraph):
    doc = _doc(f"Pier closes\n\nThe harbour board met on Monday in Velmton.\n\n{paragraph}\n\nIt met again later.\n")
    assert dateline_spans(doc) == ()


def test_a_name_in_capitals_before_a_dash_on_a_page_without_datelines_is_a_turn_not_a_dateline():
    opening = "".join(f"The mayor answered question {n} at the town hall.\n\n" for n in range(6))
    doc = _doc(f"Interview\n\n{opening}BRANDT — We will open the school in the spring.\n\nHer deputy agreed.\n")
    assert dateline_spans(doc) == ()


def test_an_item_dateline_is_no_part_of_a_claim_and_its_place_is_no_speaker():
    doc = _doc(ROUND_UP)
    x = extract(doc, REGISTRY)
    labels = {e.key: e.label for e in x.new_entities}
    quotes = {doc.text[c.span.start:c.span.end]: labels.get(c.claimant, c.claimant) for c in x.claims}
    assert not [q for q in quotes if "(Northwire)" in q or q.startswith(("VELMTON", "GLENMOOR", "FERRY"))]
    assert quotes.get("Mayor Tilda Brandt said the town would open a new school in the spring.") == "Tilda Brandt"
    assert {"Velmton", "Port Trell", "Glenmoor"} <= {e.label for e in x.new_entities if e.type == "Place"}


def test_the_place_of_an_item_dateline_is_a_place(linker):
    doc = _doc(ROUND_UP)
    entities, _ = find_names(doc, linker.mentions(doc), registry=linker.entities)
    found = {(e.label, e.type) for e in entities}
    assert ("Velmton", "Place") in found and not {label for label, kind in found if kind != "Place"} & {
        "Velmton", "VELMTON", "Oska", "OSKA", "Port Trell", "PORT TRELL"}


@pytest.mark.parametrize("line", ["A" * 100_000, "A: " * 30_000 + "B", "AB " * 30_000 + "(X) —", ": " * 50_000],
                         ids=["letters", "colons", "words-then-agency", "bare-colons"])
def test_item_datelines_stay_linear_on_long_lines(line):
    doc = _doc(f"Title\n\nCITY (Wire) — A first item.\n\n{line}\n")
    started = time.monotonic()
    dateline_spans(doc)
    assert time.monotonic() - started < 2

"""The statistical layer: names the registry lacks, found by the models, cleaned and linked within a document.

Invented names and sentences only; a tiny registry of one invented country.
"""
from __future__ import annotations

import pytest

from claimsgraph.extract import extract
from claimsgraph.link import Linker
from claimsgraph.model import Document, Entity, Span
from claimsgraph.nlp import pieces, russian

REGISTRY = Linker([Entity("ruritania", "Ruritania", "Country",
                          pref_labels=(("Ruritania", "en"), ("Руритания", "ru")))])


def document(text: str, lang: str = "en") -> Document:
    body, pos = [], 0
    for para in text.split("\n\n"):
        body.append(Span(pos, pos + len(para)))
        pos += len(para) + 2
    return Document(name="t.txt", text=text, sha256="0", lang=lang, media_type="text/plain",
                    encoding="utf-8", body=tuple(body))


def named(text: str, lang: str = "en") -> dict[str, set[str]]:
    """Surface form → entity labels, for every mention the extraction made."""
    x = extract(document(text, lang), REGISTRY)
    labels = {**{k: e.label for k, e in REGISTRY.entities.items()}, **{e.key: e.label for e in x.new_entities}}
    out: dict[str, set[str]] = {}
    for m in x.mentions:
        out.setdefault(text[m.span.start:m.span.end], set()).add(labels[m.entity])
    return out


def test_people_organisations_and_acronyms_the_registry_lacks():
    found = named("Ahmet Yilmaz, the head of the National Water Council (NWC), said on Monday that Ruritania "
                  "would build two dams.\n\nYilmaz added that the NWC had approved the plan, and Brightwater "
                  "Holdings welcomed it.")
    assert found["Ahmet Yilmaz"] == {"Ahmet Yilmaz"}
    assert found["Yilmaz"] == {"Ahmet Yilmaz"}                 # the surname after the full name
    assert found["NWC"] == {"National Water Council"}          # the acronym given in brackets
    assert found["Brightwater Holdings"] == {"Brightwater Holdings"}
    assert found["Ruritania"] == {"Ruritania"}                 # the registry still wins for what it knows


def test_registry_person_in_another_word_order_is_that_person():
    registry = Linker([Entity("tomas-brand", "Tomas Brand", "Person", pref_labels=(("Tomas Brand", "en"),))])
    text = "Tomas Brand arrived in the capital on Friday.\n\nBrand Tomas: We have agreed on the text of the treaty."
    x = extract(document(text), registry)
    assert {text[m.span.start:m.span.end] for m in x.mentions if m.entity == "tomas-brand"} >= {"Tomas Brand"}
    assert not [e for e in x.new_entities if e.type == "Person"]


def test_no_entities_from_generic_titles_nationalities_or_joined_known_names():
    found = named("The Ruritanian Lead Spokesperson told the Media Relations Section that the Co-Chairs "
                  "had met. A Freedonian delegation arrived for the Ruritania-Ruritania talks.")
    assert not {"Lead Spokesperson", "Media Relations Section", "Co-Chairs"} & set(found)
    assert all(labels == {"Ruritania"} for form, labels in found.items() if "Ruritania" in form)


def test_a_surname_after_an_honorific_is_a_person_and_the_full_name_before_it_wins():
    assert named("Mr Okonkwo said the harvest had failed across the valley.")["Okonkwo"] == {"Okonkwo"}
    found = named("Chidi Okonkwo farms near the river. Mr Okonkwo said the harvest had failed across the valley.")
    assert found["Okonkwo"] == {"Chidi Okonkwo"}


def test_russian_names_in_their_base_form_and_ministries_keep_their_country():
    text = ("Глава Национального водного совета Ахмет Йылмаз заявил в понедельник, что плотины построят "
            "к весне.\n\nПо словам Йылмаза, Министерство обороны Руритании одобрило план.")
    found = named(text, "ru")
    assert found["Ахмет Йылмаз"] == {"Ахмет Йылмаз"}
    assert found["Йылмаза"] == {"Ахмет Йылмаз"}
    assert found["Национального водного совета"] == {"Национальный водный совет"}
    assert found["Министерство обороны Руритании"] == {"Министерство обороны Руритании"}


def test_natasha_tags_as_with_its_whole_embedding_though_loaded_without_its_dictionary_or_its_package():
    from natasha import NewsEmbedding, NewsNERTagger

    text = ("Посол Руритании Ахмет Йылмаз встретился в Осло с представителями компании «Северный поток» "
            "и Национального водного совета; Дана Острова из Министерства обороны осталась в Праге.")
    spans = [(s.start, s.stop, s.type) for s in russian()(text).spans]
    assert len(spans) >= 4
    assert spans == [(s.start, s.stop, s.type) for s in NewsNERTagger(NewsEmbedding())(text).spans]


def test_the_same_new_name_in_two_documents_is_one_entity():
    a = extract(document("Brightwater Holdings opened a plant in Ruritania."), REGISTRY)
    b = extract(document("Analysts expect Brightwater Holdings to raise prices."), REGISTRY)
    assert {e.key for e in a.new_entities} & {e.key for e in b.new_entities}


@pytest.mark.parametrize("size", [10, 37, 5_000])
def test_long_paragraphs_are_cut_at_whitespace_into_bounded_pieces(size):
    text = ("word " * 3_000) + "x" * 12_000
    spans = pieces(text, Span(0, len(text)), size)
    assert spans[0].start == 0 and spans[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(spans, spans[1:]))
    assert all(len(s) <= size for s in spans)


def test_the_english_pipeline_as_loaded_reads_text_as_spacy_loads_it():
    """Loaded with a tokenizer the model's files fill and the lemma index as sets: the same analysis."""
    import spacy

    from claimsgraph.nlp import ENGLISH_MODEL, _words_with_stop_kept_whole, english

    text = ("Mr. O'Neill, the U.S. envoy, didn't say on Nov. 9 that it's 5 p.m. at https://example.org/talks; "
            "the ministries were warned, he added. Dr. Ines Varga's agencies reported rising prices: 3.5km "
            "of roads had been closed and the ships were leaving the harbours of Velmar. "
            "She's written to the Co-Chairs (OSCE) and thanked the mediators.")

    def analysis(nlp):
        doc = nlp(text)
        return ([(t.text, t.idx, t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i, t.norm_) for t in doc],
                [(e.start_char, e.end_char, e.label_) for e in doc.ents])

    reference = spacy.load(ENGLISH_MODEL, exclude=["senter"])
    _words_with_stop_kept_whole(reference.tokenizer)    # the one thing the project teaches it (WORDS_WITH_STOP)
    assert analysis(english()) == analysis(reference)
    assert english().tokenizer.rules == reference.tokenizer.rules
    assert [t.lemma_ for t in english()("The agencies were warning; prices rose.")] == \
        ["the", "agency", "be", "warn", ";", "price", "rise", "."]


def test_what_a_model_load_makes_leaves_the_collectors_care_and_the_collector_is_restored():
    import gc

    from claimsgraph.nlp import _for_good

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    with _for_good():
        assert gc.get_threshold()[0] == 0     # no collection while it loads
        gc.enable()                           # as srsly does after each file
        model = [{"weights": [float(i)]} for i in range(1_000)]
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() >= frozen + len(model)
    gc.unfreeze()


def test_spacy_loads_without_its_command_line_which_still_imports_after():
    import subprocess
    import sys

    script = ("import sys\n"
              "from claimsgraph.nlp import english\n"
              "english()\n"
              "print(sorted(m for m in ('spacy.cli', 'typer', 'weasel', 'httpx', 'jinja2') if m in sys.modules))\n"
              "import spacy, spacy.cli\n"
              "print(callable(spacy.cli.download), sorted(spacy.info()) == sorted(spacy.cli.info()))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "True True"]


def test_a_paragraph_without_a_verb_of_saying_gets_its_names_but_no_parse():
    from claimsgraph.nlp import analyse

    text = ("Ahmet Yilmaz visited the new dam near Velmar on Monday.\n\n"
            "The minister told reporters that the dam would open in May.")
    doc = document(text)
    analysis = analyse(doc)
    first, second = doc.body
    assert "Velmar" in {text[n.span.start:n.span.end] for n in analysis.names if first.contains(n.span)}
    assert analysis.parse_of(first) == ()
    words = analysis.parse_of(second)
    told = next(w for w in words if w.text == "told")
    assert (told.lemma, told.pos) == ("tell", "VERB")
    assert words[next(i for i, w in enumerate(words) if w.dep == "nsubj" and w.head == words.index(told))].text \
        == "minister"


def test_the_forms_that_get_a_parse_include_irregular_and_inflected_verbs_of_saying():
    from claimsgraph.nlp import _speech_forms

    forms = _speech_forms()
    assert {"said", "says", "told", "wrote", "written", "gave", "warning", "denies", "continued"} <= forms
    assert not {"dam", "river", "visited", "the"} & forms


def test_parsing_only_where_a_verb_of_saying_may_stand_changes_no_extraction(linker, monkeypatch):
    """The rules read the parse only around a verb of saying: every paragraph parsed, the same claims and names."""
    from claimsgraph import nlp
    from claimsgraph.ingest import corpus_files, read_document
    from tests.conftest import ARTICLES

    class Everything:
        def __contains__(self, form: str) -> bool:
            return True

    docs = [d for d in (read_document(f.path, f.name) for f in corpus_files([ARTICLES])) if d.lang == "en"]
    assert len(docs) >= 5
    lazily = [(nlp.analyse(d), extract(d, linker)) for d in docs]
    monkeypatch.setattr(nlp, "_speech_forms", Everything)
    fully = [(nlp.analyse(d), extract(d, linker)) for d in docs]
    assert sum(len(a.sentences) for a, _ in lazily) < 0.9 * sum(len(a.sentences) for a, _ in fully)
    assert [x for _, x in fully] == [x for _, x in lazily]


def test_the_attribute_rules_looked_up_by_token_match_as_spacys_matcher_does():
    from spacy.pipeline import AttributeRuler

    from claimsgraph.nlp import english

    nlp = english()
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)     # the indexed rules replace the matcher
    text = ("Y'all ain't seen nothin' yet, and we're gonna win: let's go, c'mon!  There is a way and there "
            "were two. She gets it; he got it. I said it's mine, not his or hers, and you told me.\n\n"
            "Did you do it? Which one does he have? They had done what it had said. 'Em, ol' friend.")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    found = ruler.match(doc)
    assert len(found) > len(doc)
    assert found == AttributeRuler.match(ruler, doc)


def test_only_the_verb_of_a_phrase_of_saying_asks_for_a_parse():
    from claimsgraph.nlp import _speech_forms

    forms = _speech_forms()
    assert "pointed" in forms and "out" not in forms


@pytest.mark.parametrize("dateline", ["OSTBURG, March 3 (Northwire) - ", "OSTBURG (Northwire) - ", "OSTBURG, March 3 - "])
def test_a_speaker_right_after_a_wire_dateline_is_the_claimant(dateline):
    """Parsed with its dateline, the city was the subject of "said" and the speaker was lost with it."""
    text = f"Minister warns\n\n{dateline}Lena Varga said on Tuesday that growth in Ruritania would slow.\n\nPrices fell."
    x = extract(document(text), REGISTRY)
    labels = {e.key: e.label for e in x.new_entities}
    said = [c for c in x.claims if "growth" in text[c.span.start:c.span.end]]
    assert [labels.get(c.claimant) for c in said] == ["Lena Varga"]
    assert "Ostburg" in labels.values() or "OSTBURG" in labels.values()   # the city is still found


def test_natasha_missing_is_named_in_the_error(monkeypatch):
    import importlib.util

    from claimsgraph import nlp

    nlp._natasha_data.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(ModuleNotFoundError, match="natasha"):
        nlp._natasha_data()
    monkeypatch.undo()
    nlp._natasha_data.cache_clear()


def test_a_name_with_a_curly_apostrophe_after_its_one_letter_prefix_is_read_whole():
    from claimsgraph.nlp import analyse

    text = "Dermot O’Kelleher, a farmer in Bristow, said the decision was unfair."
    analysis = analyse(document(text))
    assert ("Dermot O’Kelleher", "Person") in {(text[n.span.start:n.span.end], n.type) for n in analysis.names}


def test_an_opening_mark_glued_to_the_word_before_it_leaves_that_word_whole_to_the_parser():
    from claimsgraph.ingest import parse_document
    from claimsgraph.nlp import analyse

    doc = parse_document("t.txt", "Grant\n\nSpeaking at a briefing, Tomas Varga noted“despite the delays” that the "
                                  "council had won.\n".encode(), "text/plain")
    words = [w.text for sentence in analyse(doc).sentences for w in sentence]
    assert "noted" in words and "despite" in words

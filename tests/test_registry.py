"""Registries users add: CSV or Turtle, merged over the built-in one, base forms enough."""
from __future__ import annotations

import pytest

from claimsgraph.errors import OntologyError
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker, case_forms
from claimsgraph.registry import load_registries, load_registry
from tests.conftest import ONTOLOGY

CSV = ("key,label,type,aliases,wikidata\n"
       "hana-kovac,Hana Kovac,Person,Kovac|Хана Ковач,\n"
       "north-valley-water-board,North Valley Water Board,Organization,NVWB|Водный совет Северной долины,Q4200042\n")


def test_csv_entities_are_linked_in_every_case_form(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(CSV, encoding="utf-8")
    linker = Linker(load_registry(path))
    doc = parse_document("t.txt", "Хану Ковач пригласили в Водный совет Северной долины.".encode(), "text/plain")
    found = {m.entity for m in extract(doc, linker).mentions}
    assert found >= {"hana-kovac", "north-valley-water-board"}
    assert next(e for e in linker.entities.values() if e.key == "north-valley-water-board").wikidata == "Q4200042"


def test_a_user_entry_merges_over_the_built_in_one(tmp_path):
    builtin = {e.key: e for e in load_registry(ONTOLOGY / "registry.ttl")}
    key = sorted(k for k, e in builtin.items() if e.wikidata)[0]
    path = tmp_path / "override.csv"
    path.write_text(f"key,label,type,aliases,wikidata\n{key},Renamed Entry,{builtin[key].type},Another Alias,\n",
                    encoding="utf-8")
    merged = {e.key: e for e in load_registries([ONTOLOGY / "registry.ttl", path])}
    assert merged[key].label == "Renamed Entry"
    assert merged[key].wikidata == builtin[key].wikidata           # kept: the user gave none
    labels = {t for t, _ in merged[key].all_labels()}
    assert "Another Alias" in labels and {t for t, _ in builtin[key].all_labels()} <= labels
    assert len(merged) == len(builtin)


@pytest.mark.parametrize("row, problem", [
    ("Bad Key,X,Person,,,", "key"), ("x,X,Robot,,,", "type"), ("x,,Person,,,", "label"),
    ("x,X,Person,,42,", "wikidata"), ("x,X,Person,,,unknown", "gender"), ("x,X,Place,,,female", "gender"),
])
def test_bad_rows_are_refused_with_the_file_and_line(tmp_path, row, problem):
    path = tmp_path / "bad.csv"
    path.write_text("key,label,type,aliases,wikidata,gender\n" + row + "\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=rf"bad.csv:2: \[E050\] .*{problem}"):
        load_registry(path)


def test_a_csv_without_the_columns_is_refused(tmp_path):
    path = tmp_path / "cols.csv"
    path.write_text("name,kind\nX,Person\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="missing: key, label, type"):
        load_registry(path)


def test_build_takes_the_users_registry(tmp_path):
    from click.testing import CliRunner

    from claimsgraph.cli import cli

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Water board\n\nThe North Valley Water Board said the dams were "
                                               "full, according to its chair.", encoding="utf-8")
    (tmp_path / "mine.csv").write_text(CSV, encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(tmp_path / "corpus"), "--out", str(out), "-q",
                                 "--registry", str(tmp_path / "mine.csv")])
    assert result.exit_code == 0, result.output
    entities = runner.invoke(cli, ["entities", "--graph", str(out), "--format", "jsonl"]).output
    assert '"wikidata": "Q4200042"' in entities


GENDERED = ("key,label,type,aliases,wikidata,gender\n"
            "emil-dornier,Эммануэль Дорнье,Person,Дорнье,,Male\n"
            "anna-somova,Анна Сомова,Person,Сомова,,female\n")


def test_the_registrys_gender_decides_whom_a_pronoun_stands_for(tmp_path):
    """The lemmatiser reads "Эммануэль" as a woman's name; the registry says this one is a man."""
    path = tmp_path / "people.csv"
    path.write_text(GENDERED, encoding="utf-8")
    linker = Linker(load_registry(path))
    text = "Эммануэль Дорнье встретился с Анной Сомовой в Заречье. По его словам, переговоры прошли успешно."
    claims = extract(parse_document("t.txt", text.encode(), "text/plain"), linker).claims
    said = next(c for c in claims if text[c.span.start:c.span.end].startswith("По его словам"))
    assert said.claimant == "emil-dornier"


def test_a_turtle_registry_gives_genders_as_schema_org_does(tmp_path):
    head = ("@prefix cge: <https://w3id.org/claimsgraph/entity/> . @prefix schema: <https://schema.org/> .\n"
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")
    path = tmp_path / "people.ttl"
    path.write_text(head + 'cge:ida-marsh a schema:Person ; skos:prefLabel "Ida Marsh"@en ; '
                    "schema:gender schema:Female .\n", encoding="utf-8")
    assert [e.gender for e in load_registry(path)] == ["femn"]
    path.write_text(head + 'cge:ida-marsh a schema:Person ; skos:prefLabel "Ida Marsh"@en ; '
                    'schema:gender "she" .\n', encoding="utf-8")
    with pytest.raises(OntologyError, match="people.ttl: .*schema:Female"):
        load_registry(path)


def test_the_built_in_registry_gives_every_person_a_gender():
    people = [e for e in load_registry(ONTOLOGY / "registry.ttl") if e.type == "Person"]
    assert people and all(e.gender in ("masc", "femn") for e in people)


def test_the_entities_graph_says_each_known_gender(tmp_path):
    from click.testing import CliRunner

    from claimsgraph.cli import cli

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Встреча\n\nЭммануэль Дорнье встретился с Анной Сомовой.",
                                               encoding="utf-8")
    (tmp_path / "people.csv").write_text(GENDERED, encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out"
    assert runner.invoke(cli, ["build", str(tmp_path / "corpus"), "--out", str(out), "-q",
                               "--registry", str(tmp_path / "people.csv")]).exit_code == 0
    result = runner.invoke(cli, ["query", "--graph", str(out), "--format", "csv",
                                 "SELECT ?who ?gender WHERE { ?who <https://schema.org/gender> ?gender } ORDER BY ?who"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "dornier" in line or "somova" in line]
    assert rows == ["https://w3id.org/claimsgraph/entity/anna-somova,https://schema.org/Female",
                    "https://w3id.org/claimsgraph/entity/emil-dornier,https://schema.org/Male"]
    assert runner.invoke(cli, ["validate", "--graph", str(out)]).exit_code == 0


def test_case_forms_inflect_a_title_up_to_its_head_noun():
    forms = case_forms("Новый глава Водного совета")
    assert {"новый глава водного совета", "нового главы водного совета", "новому главе водного совета",
            "новым главой водного совета"} <= set(forms)
    assert all(f.endswith(" водного совета") for f in forms)
    assert case_forms("water council head") == ("water council head",)


def test_the_built_in_registry_lists_base_forms_only():
    """Inflection is the lemmatiser's and letter case the linker's: no label that another label of its entity
    already matches in every form (a capitalised copy of a lower-case title, a possessive the linker derives)."""
    from claimsgraph.link import _possessive_forms

    redundant = []
    for e in load_registry(ONTOLOGY / "registry.ttl"):
        derived = {f.lower() for f in _possessive_forms(e)}
        for kind in ("alt_labels", "roles"):
            labels = [t for t, _ in getattr(e, kind)] + ([t for t, _ in e.pref_labels] if kind == "alt_labels" else [])
            for label in (t for t, _ in getattr(e, kind)):
                lower_twin = [t for t in labels if t != label and t.lower() == label.lower()
                              and all(a == b or a.islower() for a, b in zip(t, label))]
                if lower_twin or ("'s " in label and label.lower() in derived):
                    redundant.append((e.key, label))
    assert not redundant


def test_a_role_mentions_the_body_it_is_held_in_too():
    from claimsgraph.model import Entity

    linker = Linker([
        Entity("orla-vantree", "Orla Vantree", "Person", pref_labels=(("Orla Vantree", "en"),),
               roles=(("Chair of the Harbour Council", "en"), ("представитель Гаванского совета", "ru"))),
        Entity("harbour-council", "Harbour Council", "Organization",
               pref_labels=(("Harbour Council", "en"), ("Гаванский совет", "ru"))),
    ])
    for text in ("The Chair of the Harbour Council spoke on Monday.", "Об этом сказал представитель Гаванского совета."):
        doc = parse_document("t.txt", text.encode(), "text/plain")
        assert {(m.entity, m.via) for m in linker.mentions(doc)} == {("orla-vantree", "role"), ("harbour-council", "label")}


def test_a_role_in_the_plural_or_before_another_name_is_nobodys_but_its_country_is_named():
    from claimsgraph.model import Entity

    linker = Linker([
        Entity("orla-vantree", "Orla Vantree", "Person", pref_labels=(("Orla Vantree", "en"),),
               roles=(("министр финансов Руритании", "ru"),)),
        Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"), ("Руритания", "ru"))),
    ])
    for text in ("Встреча министров финансов Руритании прошла во вторник.",
                 "Об этом сказал заместитель министра финансов Руритании Иван Соколов."):
        doc = parse_document("t.txt", text.encode(), "text/plain")
        assert {(m.entity, m.via) for m in linker.mentions(doc)} == {("ruritania", "label")}, text
    doc = parse_document("t.txt", "Об этом сказал министр финансов Руритании.".encode(), "text/plain")
    assert ("orla-vantree", "role") in {(m.entity, m.via) for m in linker.mentions(doc)}


CONTEXT_TTL = """@prefix cg: <https://w3id.org/claimsgraph/ontology#> .
@prefix cge: <https://w3id.org/claimsgraph/entity/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
cge:ruritania a schema:Country ; skos:prefLabel "Ruritania"@en, "Руритания"@ru .
cge:osterlich a schema:Country ; skos:prefLabel "Osterlich"@en, "Остерлих"@ru .
cge:lindholm-accord a cg:Agreement ;
    skos:prefLabel "Lindholm Accord"@en ;
    cg:contextLabel "water treaty"@en, "водный договор"@ru ;
    cg:context cge:ruritania, cge:osterlich .
"""


@pytest.mark.parametrize("text, linked", [
    ("Ruritania wants the water treaty signed this spring.", True),
    ("Руритания хочет подписать водный договор весной.", True),
    ("Any water treaty needs two parties, the professor said.", False),   # no party named: some other treaty
    ("Ruritania wants a water treaty of its own with its southern neighbours.", False),   # some treaty
    ("Руритания не подпишет никакого водного договора.", False),
])
def test_a_context_label_names_the_entity_only_beside_its_context(tmp_path, text, linked):
    path = tmp_path / "context.ttl"
    path.write_text(CONTEXT_TTL, encoding="utf-8")
    linker = Linker(load_registry(path))
    mentions = extract(parse_document("t.txt", text.encode(), "text/plain"), linker).mentions
    accord = [m for m in mentions if m.entity == "lindholm-accord"]
    assert bool(accord) is linked
    assert all(m.via == "context" for m in accord)


def test_a_context_outside_the_registry_is_refused(tmp_path):
    path = tmp_path / "context.ttl"
    path.write_text(CONTEXT_TTL.replace("cge:ruritania, cge:osterlich", "cge:nowhere-land"), encoding="utf-8")
    with pytest.raises(OntologyError, match="nowhere-land"):
        load_registries([path])


def test_context_labels_are_in_the_graph_and_the_entities_listing(tmp_path):
    """Exported as cg:contextLabel (a skos:hiddenLabel), so a SPARQL user and `entities` see every name it had."""
    import pyoxigraph as ox
    from claimsgraph.query import entities_listing
    from claimsgraph.rdf import entity_quads

    path = tmp_path / "context.ttl"
    path.write_text(CONTEXT_TTL, encoding="utf-8")
    store = ox.Store()
    store.extend(entity_quads(load_registry(path)))
    ask = ("ASK { <https://w3id.org/claimsgraph/entity/lindholm-accord> "
           "<https://w3id.org/claimsgraph/ontology#contextLabel> 'water treaty'@en }")
    assert store.query(ask, use_default_graph_as_union=True)
    [accord] = [e for e in entities_listing(store) if e["label"] == "Lindholm Accord"]
    assert "водный договор" in accord["labels"]


@pytest.mark.parametrize("name, key", [
    ("the EU Council", "council-of-the-eu"),      # the ministers' council, as the press shortens it
    ("the Council of the EU", "council-of-the-eu"),
    ("the European Council", "european-council"),  # the leaders' summit body
])
def test_the_two_eu_councils_are_told_apart(linker, name, key):
    doc = parse_document("t.txt", f"Delegates to {name} met on Monday.".encode(), "text/plain")
    assert key in {m.entity for m in extract(doc, linker).mentions}


def test_an_english_label_joins_two_countries_names_with_an_en_dash():
    """"Ruritania–Vellmark treaty", as the registry's other such labels and encyclopaedias write it; the hyphen's
    form, as texts also write it, stays an alternative label."""
    registry = load_registry(ONTOLOGY / "registry.ttl")
    countries = {t for e in registry if e.type == "Country" for t, lang in e.pref_labels if lang == "en"}
    hyphened = [(e.key, t) for e in registry for t, lang in e.pref_labels
                if lang == "en" and any(f"{a}-{b}" in t for a in countries for b in countries if a != b)]
    assert not hyphened

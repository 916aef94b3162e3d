"""News on companies and sport: a company's name before an officer's title, nouns for a company or a shop around a
name, a contest's name the model took for a body's, another person's given name before a registry surname
(names.py, link.py)."""


def test_a_name_before_a_company_officers_title_is_the_companys(typed):
    text = ("Vexlor results\n\n"
            "Vexlor will cut 300 jobs, Brannic Olde, Vexlor CEO, said on Tuesday.\n\n"
            "Vexlor shares fell.\n")
    types, _ = typed(text, [("Vexlor", "Place", 1), ("Brannic Olde", "Person", 0), ("Vexlor", "Place", 2),
                            ("Vexlor", "Place", 3)])
    assert types.get("Vexlor") == "Organization"
    assert types.get("Brannic Olde") == "Person"


def test_a_persons_name_run_on_from_a_company_and_its_officers_title_is_cut_there(typed):
    text = ("Quarterly report\n\n"
            "Dornwell CFO Ilse Marrow told analysts the buyback would go ahead.\n")
    types, _ = typed(text, [("Dornwell CFO Ilse Marrow", "Person", 0)])
    assert types.get("Ilse Marrow") == "Person"
    assert types.get("Dornwell") == "Organization"
    assert "Dornwell CFO Ilse Marrow" not in types


def test_a_registry_country_before_an_officers_title_keeps_its_type(typed):
    text = "Jobs\n\nA France CEO said the rules would change.\n"
    types, _ = typed(text, [("France", "Place", 0)])
    assert "France" not in types or types["France"] != "Organization"


def test_names_after_a_noun_for_a_chain_or_before_store_are_companies(typed):
    text = ("Court news\n\n"
            "A judge let the cinema chain Orvel Plaza face the suit, and Tamsin Goods store managers may sue too.\n")
    types, _ = typed(text, [("Orvel Plaza", "Person", 0), ("Tamsin Goods", "Person", 0)])
    assert types.get("Orvel Plaza") == "Organization"
    assert types.get("Tamsin Goods") == "Organization"


def test_a_name_the_model_took_for_a_bodys_that_ends_in_a_contests_head_is_an_event(typed):
    text = ("Tennis\n\n"
            "Pell Arvid reached the Norvale Open final and will play the Coastline Tour Finals in May.\n")
    types, _ = typed(text, [("Norvale Open", "Organization", 0), ("Coastline Tour Finals", "Organization", 0),
                            ("Pell Arvid", "Person", 0)])
    assert types.get("Norvale Open") == "Event"
    assert types.get("Coastline Tour Finals") == "Event"
    assert types.get("Pell Arvid") == "Person"


def test_another_given_name_before_a_registry_surname_in_latin_letters_is_someone_else():
    from claimsgraph.ingest import parse_document
    from claimsgraph.link import Linker
    from claimsgraph.model import Entity

    kovar = Entity(key="aleksey-kovar", label="Aleksey Kovar", type="Person",
                   pref_labels=(("Aleksey Kovar", "en"),), alt_labels=(("Kovar", "en"),))
    linker = Linker([kovar])

    def linked(text):
        doc = parse_document("t.txt", f"Heading\n\n{text}\n".encode(), "text/plain")
        return [doc.text[m.span.start:m.span.end] for m in linker.mentions(doc)]

    assert linked("Teodric Kovar won the final on Sunday.") == []
    assert linked("President Kovar spoke on Sunday.") == ["Kovar"]
    assert linked("When Kovar spoke, the hall fell silent.") == ["Kovar"]
    assert linked("Aleksei Kovar spoke on Sunday.") == ["Kovar"]   # his own given name, spelt another way


def test_a_word_opening_a_longer_name_written_before_a_lower_case_word_is_that_name_again(typed):
    text = ("Court news\n\n"
            "Dorran County officials were sued over the lighting deal.\n\n"
            "A judge ordered Dorran officials to hand over the papers, and the Vell Democrats backed a Vell Democrat "
            "candidate.\n")
    types, mentions = typed(text, [("Dorran County", "Place", 0), ("Dorran", "Person", 1),
                                   ("Vell Democrats", "Organization", 0), ("Vell", "Organization", 1)])
    assert "Dorran" not in types and "Vell" not in types
    assert ("Dorran", "Dorran County") in mentions
    assert ("Vell", "Vell Democrats") in mentions


def test_a_word_opening_a_longer_name_before_a_verb_is_its_subject_not_that_name_again(typed):
    text = ("Tarnia vote upheld\n\n"
            "The opposition in Tarnia said on Sunday the vote had been rigged.\n\n"
            "The Tarnia Observatory for Civil Rights said 40 people had died.\n")
    types, mentions = typed(text, [("Tarnia", "Organization", 0), ("Tarnia", "Organization", 1),
                                   ("Tarnia Observatory for Civil Rights", "Organization", 0)])
    assert "Tarnia" in types and ("Tarnia", "Tarnia Observatory for Civil Rights") not in mentions


def test_a_word_opening_a_longer_name_before_a_verb_of_saying_read_as_an_adjective_is_its_subject(typed):
    text = ("Vote upheld\n\n"
            "Tarvola announced on Sunday that the vote had been fair, and Vladimir Putin welcomed it.\n\n"
            "The Tarvola Observatory for Civil Rights said 40 people had died.\n")
    types, mentions = typed(text, [("Tarvola", "Organization", 0),
                                   ("Tarvola Observatory for Civil Rights", "Organization", 0)])
    assert "Tarvola" in types and ("Tarvola", "Tarvola Observatory for Civil Rights") not in mentions
    assert "Vladimir Putin" not in types   # the registry's


def test_a_companys_short_name_before_a_verb_of_saying_read_as_an_adjective_is_that_company(typed):
    text = ("Deal\n\n"
            "Vexora announced on Sunday that it would buy a port in Armenia.\n\n"
            "Vexora Holdings said the deal was worth $40 million.\n")
    _, mentions = typed(text, [("Vexora", "Person", 0), ("Vexora Holdings", "Organization", 0)])
    assert ("Vexora", "Vexora Holdings") in mentions


def test_a_partys_name_without_its_last_word_before_a_verb_of_saying_read_as_an_adjective_is_that_party(typed):
    text = ("Vote\n\n"
            "The Tenvar Party said on Monday that the European Union had erred.\n\n"
            "Tenvar announced on Tuesday that it would quit the coalition.\n")
    _, mentions = typed(text, [("Tenvar Party", "Organization", 0), ("Tenvar", "Person", 1)])
    assert ("Tenvar", "Tenvar Party") in mentions


def test_a_companys_short_name_taken_for_a_persons_before_its_full_name_is_that_company(typed):
    text = ("Fares\n\n"
            "Korvelle told reporters on Tuesday that fares to Armenia would rise.\n\n"
            "The Korvelle Airlines said on Monday that Sergei Lavrov had flown with it.\n")
    types, mentions = typed(text, [("Korvelle", "Person", 0), ("Korvelle Airlines", "Organization", 0)])
    assert "Korvelle" not in types and ("Korvelle", "Korvelle Airlines") in mentions


def test_a_surname_before_a_company_named_after_a_person_here_stays_hers(typed):
    text = ("Fares\n\n"
            "Mara Korvelle founded a carrier. Korvelle told reporters on Tuesday that fares would rise.\n\n"
            "The Korvelle Airlines said on Monday that Vladimir Putin had flown with it.\n")
    _, mentions = typed(text, [("Mara Korvelle", "Person", 0), ("Korvelle", "Person", 1),
                               ("Korvelle Airlines", "Organization", 0)])
    assert ("Korvelle", "Korvelle Airlines") not in mentions


def test_a_word_opening_a_body_named_before_it_is_a_place_each_time_after_in(typed):
    text = ("Vote disputed\n\n"
            "The Lumera Observatory for Civil Rights said on Monday that the count was rigged.\n\n"
            "The opposition in Lumera said on Tuesday that the vote would be challenged. Sergei Lavrov said the "
            "European Union had no say.\n")
    types, mentions = typed(text, [("Lumera Observatory for Civil Rights", "Organization", 0),
                                   ("Lumera", "Organization", 1)])
    assert "Lumera" in types and ("Lumera", "Lumera Observatory for Civil Rights") not in mentions
    assert "Sergei Lavrov" not in types and "European Union" not in types   # the registry's


def test_a_company_named_before_its_short_name_after_in_is_that_company(typed):
    text = ("Deal\n\n"
            "Vexora Holdings said on Monday that it had sold a port.\n\n"
            "Armenia's fund took a stake in Vexora on Tuesday.\n")
    _, mentions = typed(text, [("Vexora Holdings", "Organization", 0), ("Vexora", "Organization", 1)])
    assert ("Vexora", "Vexora Holdings") in mentions


def test_a_word_opening_a_longer_name_before_punctuation_alone_is_read_without_fail(typed):
    text = ("Tarnia news\n\n"
            "The Tarnia Observatory for Civil Rights said 40 people had died. Tarnia ... was quiet on Sunday.\n")
    types, _ = typed(text, [("Tarnia Observatory for Civil Rights", "Organization", 0), ("Tarnia", "Organization", 2)])
    assert types["Tarnia Observatory for Civil Rights"] == "Organization"


def test_an_acronym_before_a_lower_case_word_stays_its_own_body(typed):
    text = ("Golf\n\n"
            "The former NAU champion Tavi Rell finished second.\n\n"
            "Orvan joined the NAU Golf Council on Sunday.\n")
    types, _ = typed(text, [("NAU", "Organization", 0), ("NAU Golf Council", "Organization", 0), ("Tavi Rell", "Person", 0)])
    assert "NAU" in types and "NAU Golf Council" in types


def test_an_acronym_before_a_persons_two_names_and_a_former_prefix_are_no_part_of_the_name(typed):
    text = ("Briefs\n\n"
            "The podcast features longtime VC Orla Brennick of Tarn Capital.\n\n"
            "Ex-Vell & Rourke paralegal must pay the firm's bill.\n")
    types, _ = typed(text, [("VC Orla Brennick", "Person", 0), ("Tarn Capital", "Organization", 0),
                            ("Ex-Vell & Rourke", "Organization", 0)])
    assert types.get("Orla Brennick") == "Person"
    assert "VC Orla Brennick" not in types
    assert types.get("Vell & Rourke") == "Organization"


def test_a_name_after_a_company_title_and_of_is_a_companys(typed):
    text = ("Reporting rules\n\nDara Fenwick, the former chief executive of Quillon Bakes, backs the idea.\n\n"
            "Quillon Bakes missed its forecast last year, Fenwick said.\n")
    found, _ = typed(text, [("Dara Fenwick", "Person", 0), ("Quillon Bakes", "Person", 0), ("Quillon Bakes", "Place", 1)])
    assert found["Quillon Bakes"] == "Organization" and found["Dara Fenwick"] == "Person"

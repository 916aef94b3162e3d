"""Police officers named by a rank written out, then by its acronym ("Inspector General of Police X …. The IG
said"), or by an acronym or a short rank run into the name ("Lt Col Jane Roe", "IG Roe"):
the acronym was taken for a body, or fitted the last officer named, and the rank stayed in the person's name."""
from claimsgraph.extract.attribution import _title_words
from claimsgraph.link import Linker
from extracted import claims, speaker_of


def test_an_acronym_alone_is_the_one_whose_rank_was_written_out():
    out = claims("Two men were held on Sunday over a fire at a grain store in Tarnbury, Inspector General of Police "
                 "(Upland Zone), Halvard Quorin, said.\n\nThe grain store belonged to a trader, Elsin Madrow, "
                 "police said.\n\nThe IG said that both men had been questioned overnight.", Linker([]))
    who = speaker_of(out, "questioned overnight")
    assert who is not None and "quorin" in who


def test_an_acronym_is_the_officer_of_that_rank_not_the_last_officer_named():
    out = claims("Station House Officer Perrin Vaskel said two lorries had been stopped. The SHO told reporters "
                 "that the drivers were held.\n\nDeputy Commissioner of Police (Harbour) Odalys Trenwick said the "
                 "checks would go on. The DCP added that the port gates would close early.", Linker([]))
    who = speaker_of(out, "port gates would close early")
    assert who is not None and "trenwick" in who


def test_the_officer_in_charge_is_the_oc():
    out = claims("The officer in charge of Marrowgate police station, Ilse Kavundu, said four suspects were in "
                 "the cells.\n\nThe OC said the suspects would be charged on Thursday.", Linker([]))
    who = speaker_of(out, "charged on Thursday")
    assert who is not None and "kavundu" in who


def test_a_grade_before_the_words_makes_another_rank():
    assert "ig" not in _title_words("Deputy Inspector General of Police Jane Roe")
    assert {"igp", "ig"} <= _title_words("Inspector-General of Police Jane Roe")


def test_ranks_written_short_without_a_stop_are_no_part_of_the_name():
    out = claims("Addressing reporters on Monday, deputy army spokesperson, Lt Col Brannoc Ferrowe said the patrol "
                 "had searched the hills.", Linker([]))
    who = speaker_of(out, "searched the hills")
    assert who is not None and who.split("-")[0] not in ("lt", "col")


def test_a_rank_acronym_before_a_surname_alone_is_the_officer_named_in_full_before():
    out = claims("Inspector General of Police Darvin Oskello said the case had gone to detectives.\n\n"
                 "IG Oskello said more arrests were expected.", Linker([]))
    assert speaker_of(out, "gone to detectives") == speaker_of(out, "more arrests were expected")


def test_a_word_of_a_rank_written_out_is_no_body(typed):
    text = "Harbour news\n\nStation House Officer Perrin Vaskel said two lorries had been stopped.\n"
    types, _ = typed(text, [("House", "Organization", 0), ("Perrin Vaskel", "Person", 0)])
    assert types.get("Perrin Vaskel") == "Person"
    assert "House" not in types


def test_a_rank_written_out_with_its_article_is_no_body(typed):
    text = "Harbour news\n\nShe said the Inspector General of Police Orvin Talbeck approved the patrols.\n"
    types, _ = typed(text, [("the Inspector General of Police", "Organization", 0), ("Orvin Talbeck", "Person", 0)])
    assert "Inspector General of Police" not in types and "the Inspector General of Police" not in types


def test_a_special_constables_rank_before_a_name_is_hers(typed):
    text = "Harbour news\n\nThe patrol was led by SPC Nadia Orrenbeck on Monday.\n"
    types, _ = typed(text, [("SPC Nadia Orrenbeck", "Organization", 0)])
    assert types.get("Nadia Orrenbeck") == "Person"

"""A town's, a county's or a police force's officer is named without the title before the name (lang/en.py
PERSON_TITLES): "Coroner Mara Velsen" is Mara Velsen, and a county's "Health Officer" is no body of the county."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document

from extracted import claims_as_written


def _people(text, linker):
    """The labels of the people the extractor finds in ``text``, models included."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {e.label for e in extract(doc, linker).new_entities if e.type == "Person"}


def test_a_coroner_is_named_without_the_title(linker):
    people = _people("Storm in Vell\n\nTwo barns burned down, Coroner Mara Velsen said on Friday.\n", linker)
    assert people == {"Mara Velsen"}


def test_a_councilor_named_again_by_title_and_surname_is_the_same_person(linker):
    people = _people("Budget vote\n\nThe vote was fair, said Councilor Tomas Relk.\n\n"
                     "Thank you for that, Councilor Relk.\n", linker)
    assert people == {"Tomas Relk"}


def test_a_county_health_officer_speaks_not_the_county(linker):
    text = "Outbreak in Vell\n\n\"This virus is tricky,\" said Vell County Health Officer Ilse Varga.\n"
    assert [who for _, who in claims_as_written(text, linker)] == ["Ilse Varga"]


def test_local_officers_titles_are_cut_from_their_names(linker):
    people = _people("Roads\n\nAlderman Piet Lohr said the road would close. Treasurer Ana Mirt said taxes would rise. "
                     "Superintendent Ola Brenn said schools would open. Trooper Eda Kors said the driver was hurt. "
                     "Selectman Rafe Tull said the dump would close. Assemblywoman Lina Sorr said the bill passed.\n",
                     linker)
    assert people == {"Piet Lohr", "Ana Mirt", "Ola Brenn", "Eda Kors", "Rafe Tull", "Lina Sorr"}


def test_a_health_officer_after_a_town_s_name_leaves_the_town_its_own_name(linker):
    text = "Outbreak\n\n\"I think this is hard to see,\" said Norvik Health Officer Edo Vask, MD.\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    labels = {e.label for e in extract(doc, linker).new_entities}
    assert "Edo Vask" in labels
    assert not any(label.endswith("Health") for label in labels)


@pytest.mark.parametrize("first", ["Health", "Medical"])
def test_a_word_of_a_phrase_title_alone_stays_in_a_body_s_name(cast, first):
    """"Health Officer" and "Medical Examiner" are titles as a whole: "Health" or "Medical" alone is no title,
    so a body named "Health Borealia" is not the country Borealia."""
    text = f"Drug approved\n\n{first} Borealia said the drug was safe.\n"
    assert [who for _, who in claims_as_written(text, cast)] == [f"{first} Borealia"]


@pytest.mark.parametrize("text", ["Vaccines\n\nHealth Canada said the vaccine was safe.\n",
                                  "Vaccines\n\nHealth Ruritania said the vaccine was safe.\n"])
def test_a_phrase_title_s_first_word_opens_no_person_s_name(text, linker):
    """"Health" opens the title "Health Officer", no given name: "Health Canada said" is a body speaking."""
    assert not any(label.startswith("Health") for label in _people(text, linker))

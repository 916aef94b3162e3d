""""The head of the Vell council warned … . “…,” Tarik Velden said.": a body's title that spoke, then a quotation
whose English said-tag names a person and gives that person nothing of their own, is that person (invented
people, bodies and places)."""
import pytest

from extracted import claims_as_written, speaker_of

OPENING = "Harbour works in Ruritania stopped in May.\n\n"


@pytest.mark.parametrize("title", ["The head of the Vell Water Council", "The Vell Party’s secretary-general",
                                   "The Vell Party’s spokesman"])
@pytest.mark.parametrize("tag", ["Tarik Velden said.", "Tarik Velden said at a news conference.",
                                 "said Tarik Velden."])
def test_a_title_that_spoke_is_the_person_whose_quotation_follows(linker, title, tag):
    out = claims_as_written(OPENING + f"{title} warned that reserves were low. “We must act now,” {tag}", linker)
    assert speaker_of(out, "reserves were low") == "Tarik Velden"
    assert speaker_of(out, "We must act now") == "Tarik Velden"


@pytest.mark.parametrize("tag", ["Tarik Velden said.", "said Tarik Velden."])
def test_a_quotation_of_several_sentences_names_the_title_by_its_closing_tag(linker, tag):
    out = claims_as_written(OPENING + "The head of the Vell Water Council warned that reserves were low.\n\n"
                            f"“The rivers are dry. The wells are empty. We must act now,” {tag}", linker)
    assert speaker_of(out, "reserves were low") == "Tarik Velden"
    assert speaker_of(out, "The rivers are dry") == "Tarik Velden"


@pytest.mark.parametrize("tag", ["Tarik Velden, a farmer in Vell, said.", "said Tarik Velden, a farmer in Vell."])
def test_a_quotation_whose_tag_describes_another_leaves_the_title_to_its_body(linker, tag):
    out = claims_as_written(OPENING + f"The head of the Vell Water Council warned that reserves were low. "
                            f"“We must act now,” {tag}", linker)
    assert speaker_of(out, "reserves were low") != "Tarik Velden"
    assert speaker_of(out, "We must act now") == "Tarik Velden"


@pytest.mark.parametrize("title", ["leader", "head"])
def test_the_head_of_a_group_described_past_its_name_is_the_person_the_next_sentence_titles_so(linker, title):
    """"The leader of the Vellmark separatists said …. The separatist leader, Joran Teskel, signed …": the title
    before "of" and a body whose name runs on into its description ("Vellmark separatists") is the one person the
    next sentence gives that title."""
    out = claims_as_written(f"The {title} of the Vellmark separatists said on Monday that the rebel council would be dissolved."
                            f"\n\nThe separatist {title}, Joran Teskel, signed the order in September.", linker)
    assert speaker_of(out, "rebel council") == "Joran Teskel"

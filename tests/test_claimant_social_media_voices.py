"""English speakers on social media and speakers who go on with a quotation: invented people and texts."""

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


def test_a_continuing_verb_opening_the_sentence_before_a_quotation_tags_it(cast):
    out = claims("Tomas Varga spoke to grain traders in Orlov on Monday.\n\n"
                 "He continued, “The barley harvest in the north was the best in a decade.”\n\n"
                 "Varga went on: “The mills will buy every sack before the frost.”", cast)
    assert speaker_of(out, "best in a decade") == "varga"
    assert speaker_of(out, "every sack before the frost") == "varga"


def test_a_thing_that_continues_before_a_quotation_is_no_speaker(cast):
    out = claims("Tomas Varga spoke to grain traders in Orlov on Monday.\n\n"
                 "The auction continued, and the mills bought “all the barley on offer.”", cast)
    assert speaker_of(out, "all the barley on offer") is None


def test_a_platforms_feature_the_model_takes_for_a_person_is_no_name(typed):
    text = ("Dana Wexley is leaving social media.\n\n"
            "While the Instagram Story soon vanished from her page, her profile stayed online on Friday.\n")
    types, _ = typed(text, [("Dana Wexley", "Person", 0), ("Instagram Story", "Person", 0)])
    assert "Dana Wexley" in types
    assert not any("Story" in label for label in types)


def test_she_after_a_platforms_feature_is_the_woman_who_posted(linker):
    out = claims("Dana Wexley is leaving social media.\n\n"
                 "While the Instagram Story soon vanished from her page, her profile stayed online on Friday.\n\n"
                 "“The harbour fund needs every spare coin this winter,” she posted in an Instagram Story on Sunday.",
                 linker)
    assert (speaker_of(out, "harbour fund needs every spare coin") or "").startswith("dana-")


def test_a_participle_of_saying_the_parser_takes_for_an_object_opens_the_quotation(cast):
    out = claims("Mira Orlen visited the mills in Orlov on Monday. Tomas Varga thanked Orlen.\n\n"
                 "Orlen gave him a nod commenting, “The barley in the north is the best in years.”", cast)
    assert speaker_of(out, "best in years") == "orlen"


def test_a_closing_mark_typed_for_the_opening_one_opens_a_quotation_that_goes_on_in_the_next_paragraph(cast):
    out = claims("Tomas Varga was angry after the barge auction on Sunday.\n\n"
                 "Varga in two short posts said, ” The auction was a farce. The mills deserved far better.”\n\n"
                 "”The harbour board has failed the traders for years. Nothing will change without new rules”.", cast)
    assert speaker_of(out, "auction was a farce") == "varga"
    assert speaker_of(out, "failed the traders for years") == "varga"


def test_an_epithet_for_a_ruler_refers_back_to_the_person_named_before(cast):
    out = claims("Tomas Varga, the president of Orlov, was angry after the barge auction on Sunday.\n\n"
                 "The Orlov strongman said the mills had been cheated by the harbour board.", cast)
    assert speaker_of(out, "cheated by the harbour board") == "varga"


def test_his_spokesman_after_a_clause_on_a_person_speaks_for_that_person(cast):
    out = claims("Tomas Varga was accused of selling spoiled grain to the mills in Orlov.\n\n"
                 "The harbour board fired its clerk Pavel Drin after a separate inquiry.\n\n"
                 "Varga regrets the delay and he has repaid the mills in full, his spokesman said.", cast)
    assert speaker_of(out, "repaid the mills in full") == "varga"


def test_his_spokesman_after_a_sentence_naming_two_men_speaks_for_its_subject():
    out = claims("Tomas Varga met Arno Kell in Kaven on Monday and agreed to reopen the port, his spokesman said. "
                 "The spokesman added that the talks would go on in May.", Linker([*CAST, KELL]))
    assert speaker_of(out, "reopen the port") == "varga"
    assert speaker_of(out, "go on in May") == "varga"

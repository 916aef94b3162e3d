"""A person introduced by a title that holds a body's name («глава Ростарнстроя Иван Сомов») is who that title stands
for afterwards («по словам главы Ростарнстроя», «— подчеркнул глава Ростарнстроя»), not the body; and an English
absolute phrase gives its gerund of saying the name in apposition to its noun (invented names)."""
from extracted import claims_all, claims_as_written, speaker_of

SOMOV = ("Срок ремонта причалов может сократиться с 12 до 3 месяцев, заявил глава Ростарнстроя Иван Сомов в среду.\n"
         "По словам главы Ростарнстроя, сейчас в очереди на ремонт стоят 40 причалов.\n"
         "\"Порт держится не на одних причалах\", - подчеркнул глава Ростарнстроя.")


def test_the_head_of_a_body_named_with_its_holder_goes_on_as_that_person(linker):
    out = claims_all(SOMOV, linker)
    who = {speaker_of(out, words) for words in ("может сократиться", "стоят 40 причалов", "Порт держится")}
    assert len(who) == 1 and None not in who
    assert "somov" in who.pop()


def test_a_gerund_of_saying_after_an_absolute_phrase_is_the_apposed_names(linker):
    out = claims_as_written("Prices fell sharply last month, with the trade minister, Jon Vellamy, saying that the "
                            "new plan had worked.", linker)
    assert speaker_of(out, "Prices fell") == "Jon Vellamy"


def test_a_plain_phrase_with_that_preposition_leaves_the_gerund_to_the_subject(linker):
    out = claims_as_written("On Monday, Tomas Varga had a brief talk with local journalists, commenting on the "
                            "questions he planned to raise.", linker)
    assert speaker_of(out, "brief talk") == "Tomas Varga"

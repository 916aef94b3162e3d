""""Веллинфо цитирует Г. Н. Свирского: «…»": the person an outlet quotes is found though their initials' stops
come before the end of the phrase. Invented people and outlet."""
from extracted import claimant_labels


def test_an_outlet_quoting_a_person_named_by_initials_gives_that_person(linker):
    text = "Мост закрыт\n\nВеллинфо цитирует Г. Н. Свирского: «Мост через залив останется закрытым до июня».\n"
    assert claimant_labels(text, linker) == ["Г. Н. Свирский"]

"""A Russian surname before its initials ("Дубову Д. В."): the surname in the nominative, the initials with their
full stops (names._base_form). Invented people."""


def test_a_surname_before_initials_in_the_dative_takes_the_nominative(typed):
    text = "Поручение\n\nПрокурор поручил следователю Дубову Д. В. доложить о ходе дела.\n"
    found, _ = typed(text, [("Дубову Д. В", "Person", 0)])
    assert found.get("Дубов Д. В.") == "Person"
    assert "Дубову Д. В" not in found


def test_a_surname_before_initials_that_reads_as_a_nominative_stays(typed):
    text = "Решение\n\nИванова Е. А. заявила, что обжалует решение суда.\n"
    found, _ = typed(text, [("Иванова Е. А", "Person", 0)])
    assert found.get("Иванова Е. А.") == "Person"

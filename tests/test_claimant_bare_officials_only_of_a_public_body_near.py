"""English: bare "officials" are a body's people only of a public body (a ministry, an agency, a council, not a
company, a bank, a union or a federation) named in their sentence or the one before, and not when a word before
them says whose they are ("U.S. officials") (invented bodies and places)."""
from extracted import speaker_first_written


def test_officials_after_a_company_are_no_ones(linker):
    text = "Vexon Group reported a loss on Tuesday. Officials said the economy would slow next year."
    assert speaker_first_written(text, linker, "economy would slow") != "Vexon Group"


def test_officials_of_a_country_named_before_them_are_not_the_company(linker):
    text = "Vexon Group reported a loss on Tuesday. U.S. officials said the economy would slow next year."
    assert speaker_first_written(text, linker, "economy would slow") != "Vexon Group"


def test_according_to_officials_after_a_bank(linker):
    text = "Vexon Bank cut its rates on Monday. According to officials, the city would build a new bridge."
    assert speaker_first_written(text, linker, "build a new bridge") != "Vexon Bank"


def test_officials_after_a_union_and_a_federation(linker):
    text = "The Vell Trade Union called a strike. Officials said the strike would last three days."
    assert speaker_first_written(text, linker, "strike would last") != "Vell Trade Union"
    text = "The Ruritanian Football Federation met on Monday. Officials said the referee had erred."
    assert speaker_first_written(text, linker, "referee had erred") != "Ruritanian Football Federation"


def test_officials_after_a_ministry_paragraphs_back_are_no_ones(linker):
    text = ("The Ostrelian Ministry of Water closed three reservoirs on Thursday.\n\n"
            "Farmers in the valley were angry. Many of them sold their cattle.\n\n"
            "The weather stayed dry for weeks. Officials said the reservoirs would reopen in the autumn.")
    assert speaker_first_written(text, linker, "reservoirs would reopen") != "Ostrelian Ministry of Water"


def test_officials_after_a_ministry_in_the_sentence_before_are_its(linker):
    text = ("The Ruritanian Interior Ministry said 12 people died in the floods. "
            "Officials said rescue work continued.")
    assert speaker_first_written(text, linker, "rescue work continued") == "Ruritanian Interior Ministry"

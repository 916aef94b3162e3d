"""A sentence that asserts several separable facts is several claims: closing relative and participle clauses."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims

ENTITIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томаш Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"), ("Руритания", "ru"))),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def test_a_closing_relative_clause_is_a_claim_of_its_own(linker):
    assert claims("Ruritania reopened the old bridge over the river Vell on Monday, which ended a long dispute "
                  "with the traders of the valley.", linker) == [
        ("Ruritania reopened the old bridge over the river Vell on Monday", None),
        ("which ended a long dispute with the traders of the valley.", None)]


@pytest.mark.parametrize("text", [
    # goes on into the main clause: it describes the subject
    "The text of the accord, which was signed by both foreign ministers, says Ruritania and Borealia will end "
    "the dispute.",
    # short: says too little on its own
    "The two sides agreed to end the long dispute over the valley, which is good news.",
    # gives figures: they are claims of their own
    "Borealia sent a new mission to the valley of the river Vell, which counts 40 unarmed monitors from abroad.",
    # a clause on the words of the tag just before it
    "The talks will go on in the spring in the capital of Borealia, Tomas Varga said in a letter, which gave no "
    "date for them.",
    # after a phrase that opens the sentence: no clause to hang on, the rest is the sentence's own
    "In a dry summer, which river the mills draw on depends on the rains in the hills.",
])
def test_a_relative_clause_that_describes_stays(linker, text):
    assert [t for t, _ in claims(text, linker)] == [text]


def test_a_participle_that_takes_a_stance_is_its_own_claim_of_the_same_speaker(linker):
    assert claims("Tomas Varga said Borealian troops had fired on posts near the border village, calling the attack "
                  "a grave provocation.", linker) == [
        ("Tomas Varga said Borealian troops had fired on posts near the border village", "varga"),
        ("calling the attack a grave provocation.", "varga")]


def test_a_participle_used_as_a_preposition_stays(linker):
    text = "The central bank of Ruritania raised all its rates, including the rates on deposits held by firms."
    assert [t for t, _ in claims(text, linker)] == [text]


def test_a_russian_gerund_clause_is_its_own_claim(linker):
    assert [t for t, _ in claims("Парламент Руритании принял закон о водных ресурсах, запретив тем самым "
                                 "строительство новых плотин на реке.", linker)] == [
        "Парламент Руритании принял закон о водных ресурсах",
        "запретив тем самым строительство новых плотин на реке."]


def test_a_russian_gerund_used_as_a_preposition_stays(linker):
    text = "Переговоры Руритании и Бореалии шли весь год, начиная с первой встречи министров в январе."
    assert [t for t, _ in claims(text, linker)] == [text]


def test_no_cut_inside_a_quotation_left_open(linker):
    text = ("Tomas Varga called the plan “a step that the people of the valley, calling for water for years, "
            "have long awaited” in his speech.")
    assert [t for t, _ in claims(text, linker)] == [text]


def test_a_sentence_of_figures_is_also_a_statement_when_it_goes_on_after_them(linker):
    text = ("The toll from the floods in Ruritania rose to 240 on Tuesday as rescuers pulled more bodies from the mud "
            "of the collapsed houses in the lower valley.")
    assert [t for t, _ in claims(text, linker)] == [text]


def test_a_sentence_that_only_gives_figures_is_no_statement(linker):
    assert claims("The toll from the floods in Ruritania rose to 240 on Tuesday.", linker) == []


def test_figures_that_open_what_someone_said_are_no_statement_besides(linker):
    assert claims("Tomas Varga said that some 1,400 households should move back to the valley in the first stage "
                  "of the programme for the resettlement of the border villages.", linker) == []


@pytest.mark.parametrize("text", [
    "More than 2,300 hectares of farmland in the lower valley still have to be cleared of silt and fallen trees.",
    "According to the Ruritanian ministry, up to 60 engineers will be sent to the border bridges starting next week.",
    "Около 300 домов в нижней долине до сих пор остаются без света и газа после наводнения в Руритании.",
])
def test_a_figure_that_opens_its_clause_is_all_the_clause_tells(text, linker):
    assert claims(text, linker) == []


@pytest.mark.parametrize("text, statements", [
    ("More than 2,300 hectares of farmland were flooded in the lower valley on Sunday when the old dam on the river "
     "broke.", ["More than 2,300 hectares of farmland were flooded in the lower valley on Sunday when the old dam on "
                "the river broke."]),
    ("Some 40 engineers repaired the bridge over the river, which had been closed to traffic since the spring floods.",
     ["which had been closed to traffic since the spring floods."]),
    ("More than 200 farmers marched to the council of Orlov on Monday, demanding compensation for the flooded fields.",
     ["demanding compensation for the flooded fields."]),
])
def test_a_figure_that_opens_its_clause_leaves_a_statement_when_a_clause_goes_on(text, statements, linker):
    """The statement runs to the sentence's end: the whole sentence, or the clause cut off after the figure's own
    (the main clause before it, all its figure, is its quantity): exactly these statements, none lost or added."""
    assert [t for t, _ in claims(text, linker)] == statements

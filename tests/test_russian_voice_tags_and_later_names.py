"""Russian speakers told by a mocking verb of saying, and by a surname in a said-tag before the text names the
person in full (invented people, places and words)."""

from extracted import claims, speaker_of


def test_a_mocking_verb_tags_the_quotation_and_opens_a_clause(cast):
    out = claims("Мира Орлен оценила идею нового сбора. «Сбор за тень от деревьев», — поиронизировала Орлен.\n"
                 "Томас Варга иронизирует, что паром через Орлу снова опоздает.", cast, name="ru_t.txt")
    assert speaker_of(out, "тень от деревьев") == "orlen"
    assert speaker_of(out, "снова опоздает") == "varga"

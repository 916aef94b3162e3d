"""Claims given someone other than who made them: a name saying something in a clause on a noun ("a vote that X
claimed was rigged"), a title whose apposed name the models took for a body, "according to him" before a name, an
interview's intro naming whom the talk is about after the one who talks."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, claims_all, speaker_of

KOBRA = Entity("kobra", "Kobra Mining", "Organization", pref_labels=(("Kobra Mining", "en"),))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KOBRA])


@pytest.mark.parametrize("text", [
    "Mira Orlen was declared the winner of a close vote in Borealia that Tomas Varga claimed was rigged.",
    "Shares of Kobra Mining fell sharply on Tuesday after an analyst issued a note that chairman Tomas Varga "
    "later called misleading.",
])
def test_a_name_saying_something_in_a_clause_on_a_noun_does_not_speak_the_sentence(cast_linker, text):
    out = claims(text, cast_linker)
    assert out and all(who is None for _, who in out)


def test_a_figure_beside_such_a_clause_is_the_articles_own(cast_linker):
    out = claims_all("Shares of Kobra Mining fell 4 percent on Tuesday after an analyst issued a note that "
                     "chairman Tomas Varga later called misleading.", cast_linker)
    assert speaker_of(out, "4 percent") is None


def test_a_relative_clause_cut_off_is_its_own_subjects_not_the_sentence_speakers(cast_linker):
    out = claims("Mira Orlen denied that she hired a lobbyist ahead of last year's elections, which Tomas Varga "
                 "says were rigged.", cast_linker)
    assert speaker_of(out, "denied") == "orlen"
    assert speaker_of(out, "were rigged") == "varga"


def test_a_description_saying_a_relative_clause_lends_the_main_clause_no_speaker(cast_linker):
    out = claims("The court upheld the sentence against Mira Orlen on Friday after a long hearing, which observers "
                 "say was rushed and unfair to the defence.", cast_linker)
    assert speaker_of(out, "upheld") is None
    assert speaker_of(out, "rushed") not in ("orlen", "varga")


def test_a_pronoun_saying_a_relative_clause_still_refers_back(cast_linker):
    out = claims("Borealia makes the deal conditional on a change to the charter, which it says contains claims "
                 "to the islands.", cast_linker)
    assert speaker_of(out, "charter") == "borealia"


def test_a_name_apposed_to_the_speakers_title_speaks_whatever_kind_the_model_gave_it(cast_linker):
    out = claims("Tomas Varga said the count had been rigged. He demanded a new vote. But the head of the Election "
                 "Board, M.N. Tarek Selim, told reporters there was no reason for a new vote.", cast_linker)
    assert "selim" in (speaker_of(out, "no reason") or "")


@pytest.mark.parametrize("text, words", [
    ("Прокурор заявил в суде, что бизнесмен Томас Варга мог влиять на чиновников. По его словам, Варга имел связи "
     "в министерстве.", "имел связи"),
    ("The prosecutor told the court that the businessman Tomas Varga had sway over officials. According to him, "
     "Varga had close ties to the ministry.", "close ties"),
])
def test_according_to_a_pronoun_is_never_the_person_the_sentence_then_names(cast_linker, text, words):
    assert speaker_of(claims(text, cast_linker), words) != "varga"


def test_according_to_a_pronoun_still_refers_back_to_the_person_named_before(cast_linker):
    out = claims("Томас Варга выступил в суде. По его словам, обвинения против него сфабрикованы.", cast_linker)
    assert speaker_of(out, "сфабрикованы") == "varga"


def test_a_dashed_interview_is_the_intros_speaker_not_the_person_it_speaks_about(cast_linker):
    text = ("Полузащитник «Нордпорта» Томас Варга рассказал о поведении президента клуба Миры Орлен после "
            "поражения в кубке.\n"
            "- Сообщалось, что глава клуба назвала игроков лентяями.\n"
            "- Сама Орлен не подтвердила эту информацию.\n"
            "– Ходили слухи, что после матча Мира Орлен очень жестко с вами поговорила. Как было на самом деле?\n"
            "– Этого вам никто не скажет. Она заходила, мы поговорили.\n"
            "– Писали, что она назвала игроков лентяями.\n"
            "– Такого точно не было. Все было нормально, обычный разговор.")
    out = claims(text, cast_linker)
    assert speaker_of(out, "никто не скажет") == "varga"
    assert speaker_of(out, "обычный разговор") == "varga"


def test_a_dashed_interview_is_not_the_person_named_in_the_intros_apposition(cast_linker):
    text = ("Томас Варга, адвокат нападающего «Нордпорта» Миры Орлен, перед заседанием суда рассказал, как проходят "
            "слушания.\n"
            "– Заседания идут каждый день. Все очень устали.\n"
            "– С родственниками дают общаться?\n"
            "– Нет. Ни с кем не дают.\n"
            "– Что будет завтра?\n"
            "– Допрос свидетелей.")
    out = claims(text, cast_linker)
    assert speaker_of(out, "Ни с кем") == "varga"
    assert speaker_of(out, "Допрос свидетелей") == "varga"


def test_a_relative_pronoun_saying_something_gives_the_words_to_the_name_it_hangs_on(cast_linker):
    out = claims("Томас Варга встретился с Мирой Орлен, которая заявила, что порт откроется в мае.", cast_linker)
    assert speaker_of(out, "порт откроется") == "orlen"


def test_a_name_in_a_participle_on_the_subject_is_not_the_subject(cast_linker):
    out = claims("A lawsuit filed in Borealia on Monday alleges that the lawyers of Kobra Mining knew the claims "
                 "were false.", cast_linker)
    assert speaker_of(out, "alleges") is None


def test_a_quotation_said_in_the_first_person_is_the_quoted_persons_not_a_relay(cast_linker):
    out = claims("Kobra Mining is suing the lawyers of a man who claimed that he owned the mine, Borealia reports.\n"
                 "“We said from the beginning that the claim was a fraud,” said Tomas Varga, the firm's general "
                 "counsel, in a statement.", cast_linker)
    assert speaker_of(out, "a fraud") == "varga"


def test_a_name_proposing_what_the_sentence_is_about_does_not_speak_it(cast_linker):
    out = claims_all("The Borealian parliament today rejected four of the 21 ministers proposed by President "
                     "Tomas Varga, including the post of finance minister.", cast_linker)
    assert out and all(who is None for _, who in out)


@pytest.mark.parametrize("tail", ["адвоката бывшего президента Томаса Варгу", "слова Томаса Варги"])
def test_an_outlet_quoting_a_person_named_after_it_passes_that_persons_words_on(tail):
    northwire = Entity("nwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"), ("Нордвайр", "ru")))
    out = claims(f"«Суд находится под сильным давлением», — цитирует Нордвайр {tail}.", Linker(CAST + [northwire]))
    assert speaker_of(out, "давлением") == "varga"

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
    "Mira Orlen was named the victor of a close vote in Borealia that Tomas Varga claimed was rigged.",
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
    out = claims("Mira Orlen denied that she hired a lobbyist before the spring elections, which Tomas Varga "
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
    out = claims("Tomas Varga said the count had been rigged. He demanded a new vote. Yet the chair of the Election "
                 "Board, M.N. Tarek Selim, assured journalists there were no grounds for a repeat ballot.", cast_linker)
    assert "selim" in (speaker_of(out, "no grounds") or "")


@pytest.mark.parametrize("text, words", [
    ("Обвинитель сообщил суду, что предприниматель Томас Варга мог давить на чиновников. По его словам, Варга "
     "имел тесные контакты с министерством.", "тесные контакты"),
    ("The prosecutor told the court that the businessman Tomas Varga had sway over officials. According to him, "
     "Varga had close ties to the ministry.", "close ties"),
])
def test_according_to_a_pronoun_is_never_the_person_the_sentence_then_names(cast_linker, text, words):
    assert speaker_of(claims(text, cast_linker), words) != "varga"


@pytest.mark.parametrize("opening", ["According to her,", "According to Mira Orlen,", "According to Orlen,"])
@pytest.mark.parametrize("view", ["Borealia considers the new dam", "the Borealian government believes the new dam is"])
def test_a_persons_account_of_a_bodys_view_is_hers(cast_linker, opening, view):
    text = f"Mira Orlen met reporters in Tellmouth on Monday. {opening} {view} a risk to the river's fish."
    assert speaker_of(claims(text, cast_linker), "the new dam") == "orlen"


@pytest.mark.parametrize("opening", ["According to her,", "According to Mira Orlen,"])
def test_a_persons_account_of_what_a_country_can_do_is_hers_though_a_verb_of_speech_tells_it(cast_linker, opening):
    text = (f"Mira Orlen met reporters in Tellmouth on Monday. {opening} Borealia can withstand pressure from its "
            "neighbours and defend its economic interests.")
    assert speaker_of(claims(text, cast_linker), "withstand pressure") == "orlen"


def test_a_body_whose_words_a_person_passes_on_still_speaks(cast_linker):
    text = ("Mira Orlen met reporters in Tellmouth on Monday. According to Orlen, Kobra Mining announced that the new "
            "mine would open in spring.")
    assert speaker_of(claims(text, cast_linker), "the new mine") == "kobra"


def test_according_to_a_pronoun_still_refers_back_to_the_person_named_before(cast_linker):
    out = claims("Томас Варга выступил в суде. По его словам, обвинения против него сфабрикованы.", cast_linker)
    assert speaker_of(out, "сфабрикованы") == "varga"


def test_a_dashed_interview_is_the_intros_speaker_not_the_person_it_speaks_about(cast_linker):
    text = ("Защитник «Нордпорта» Томас Варга рассказал о ссоре с президентом клуба Мирой Орлен после вылета "
            "из кубка.\n"
            "- По слухам, глава клуба отчитала футболистов в раздевалке.\n"
            "- Орлен эти сведения опровергла.\n"
            "– Говорят, что Мира Орлен после игры устроила вам разнос. Что там произошло?\n"
            "– Подробностей не будет. Она пришла, мы обсудили игру. Так бывает после каждой встречи.\n"
            "– В прессе писали, что она кричала на игроков.\n"
            "– Ничего подобного. Обычная беседа, никаких скандалов.")
    out = claims(text, cast_linker)
    assert speaker_of(out, "Подробностей не будет") == "varga"
    assert speaker_of(out, "никаких скандалов") == "varga"


def test_a_dashed_interview_is_not_the_person_named_in_the_intros_apposition(cast_linker):
    text = ("Томас Варга, адвокат нападающего «Нордпорта» Миры Орлен, накануне слушаний рассказал, как держатся "
            "подзащитные.\n"
            "– Все сильно вымотаны. Заседания тянутся до ночи.\n"
            "– Родных к ним пускают?\n"
            "– Пока никого не пускают.\n"
            "– Чего ждать завтра?\n"
            "– Будут слушать экспертов.")
    out = claims(text, cast_linker)
    assert speaker_of(out, "никого не пускают") == "varga"
    assert speaker_of(out, "слушать экспертов") == "varga"


def test_a_relative_pronoun_saying_something_gives_the_words_to_the_name_it_hangs_on(cast_linker):
    out = claims("Томас Варга встретился с Мирой Орлен, которая заявила, что порт откроется в мае.", cast_linker)
    assert speaker_of(out, "порт откроется") == "orlen"


def test_a_name_in_a_participle_on_the_subject_is_not_the_subject(cast_linker):
    out = claims("A complaint lodged in Borealia last week argues that the lawyers of Kobra Mining knew the deeds "
                 "were forged.", cast_linker)
    assert speaker_of(out, "argues") is None


def test_a_quotation_said_in_the_first_person_is_the_quoted_persons_not_a_relay(cast_linker):
    out = claims("Kobra Mining has sued the attorneys of a trader who said he owned the quarry, Borealia reports.\n"
                 "“We said all along that the deed was forged,” said Tomas Varga, the firm's chief lawyer, in a "
                 "statement.", cast_linker)
    assert speaker_of(out, "was forged") == "varga"


def test_a_name_proposing_what_the_sentence_is_about_does_not_speak_it(cast_linker):
    out = claims_all("The Borealian senate on Friday turned down three of the 17 judges proposed by President "
                     "Tomas Varga, among them the chief of the appeals bench.", cast_linker)
    assert out and all(who is None for _, who in out)


@pytest.mark.parametrize("tail", ["защитника бывшего министра Томаса Варгу", "слова Томаса Варги"])
def test_an_outlet_quoting_a_person_named_after_it_passes_that_persons_words_on(tail):
    northwire = Entity("nwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"), ("Нордвайр", "ru")))
    out = claims(f"«Слушания идут с нарушениями», — цитирует Нордвайр {tail}.", Linker(CAST + [northwire]))
    assert speaker_of(out, "нарушениями") == "varga"


def test_an_outlet_after_the_title_of_the_one_it_quotes_passes_that_persons_words_on():
    northwire = Entity("nwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"), ("Нордвайр", "ru")))
    out = claims("Главный тренер клуба Томас Варга остался недоволен игрой.\n\n"
                 "«Мы плохо начали второй тайм», — цитирует тренера «Нордвайр».", Linker(CAST + [northwire]))
    assert speaker_of(out, "второй тайм") == "varga"


@pytest.mark.parametrize("label", ["What they're saying:", "Why it matters:"])
def test_a_label_before_a_colon_says_nothing_the_sentence_after_it_has_its_speaker(label):
    out = claims("The Vell council approved a new harbour levy on Tuesday, officials said.\n\n"
                 "Mayor Tarja Holm said the levy would pay for new cranes.\n\n"
                 f"{label} Deputy mayor Ilse Brandt said the cranes would arrive in June.", Linker(CAST))
    assert speaker_of(out, "arrive in June").startswith("ilse-brandt")


def test_a_dashed_remark_on_the_interviewers_turn_is_no_answer(cast_linker):
    text = ("Томас Варга, тренер «Нордпорта», ответил на вопросы о новом сезоне.\n"
            "– Команда готова к старту?\n"
            "– Почти. Осталось подписать двух защитников.\n"
            "– Соперники летом потратили на трансферы 40 миллионов. Говорят, вы отстаете.\n"
            "– Деньги не играют. Мы сыграли вместе три сезона.\n"
            "– Кого считаете главным конкурентом?\n"
            "– Пожалуй, «Южный порт».")
    out = claims_all(text, cast_linker)
    assert speaker_of(out, "Осталось подписать") == "varga"
    assert speaker_of(out, "Деньги не играют") == "varga"
    assert all(who is None for said, who in out if "отстаете" in said or "40 миллионов" in said)


def test_a_question_mark_on_an_answers_turn_keeps_the_dashed_answers_their_speakers(cast_linker):
    text = ("Томас Варга, тренер «Нордпорта», ответил на вопросы о новом сезоне.\n"
            "– Команда готова к старту?\n"
            "– Почти. Осталось подписать двух защитников.\n"
            "– Мы работали все лето. А кто в этом сомневался?\n"
            "– Никто. Кого считаете главным конкурентом?\n"
            "– Пожалуй, «Южный порт».")
    out = claims_all(text, cast_linker)
    assert speaker_of(out, "Осталось подписать") == "varga"
    assert speaker_of(out, "Южный порт") == "varga"


def test_an_excerpt_opening_with_a_dashed_question_gives_no_answer_to_whom_it_asks_about(cast_linker):
    text = ("— Как вам работается с Мирой Орлен?\n"
            "— Тренер у нас требовательный. Мы тренируемся дважды в день.\n"
            "— Место в составе вам гарантировано?\n"
            "— Нет, конкуренция большая. Я стараюсь.\n"
            "— Когда следующий матч?\n"
            "— В субботу, на выезде.")
    out = claims_all(text, cast_linker)
    assert all(who is None for said, who in out if "требовательный" in said or "конкуренция" in said)
    assert not any(said.startswith("—") for said, _ in out)


def test_an_excerpt_opening_with_a_question_to_you_takes_no_answer_for_its_intro(cast_linker):
    text = ("Who taught you the most about this trade?\n\n"
            "Mira Orlen, without a doubt. She hired me at twenty.\n\n"
            "Which year at the firm was the hardest for you?\n\n"
            "I lost our biggest client in my first month.\n\n"
            "What do you read on holiday?\n\n"
            "I read old sailing novels, mostly.")
    out = claims_all(text, cast_linker)
    assert all(who is None for said, who in out if "biggest client" in said or "sailing novels" in said)


def test_a_name_the_parse_hung_on_a_name_before_it_still_speaks_after_its_apposition(cast_linker):
    text = ("After hearing arguments from Kobra Mining lawyer Arno Kell and Mara Hale for Jon Vell, Mira Orlen, one of "
            "the two referees at the game, said they could grant leave to appeal only on narrow grounds.")
    assert speaker_of(claims(text, cast_linker), "grant leave") == "orlen"


def test_a_long_quotation_is_the_tags_speaker_though_the_tag_goes_on_citing_others(cast_linker):
    text = ("Ferries halted\n\nThe ferries stopped on Monday.\n"
            "“The storm has sent the port into a panic,” said Kobra Mining analyst Mira Orlen.\n"
            "“The port has brought its meeting forward to Friday, when we expect it to close the north pier.\n"
            "“But any delay is likely to be short,” added Orlen, citing the fact that she along with many other "
            "economists expect calm seas next week.\n")
    assert speaker_of(claims(text, cast_linker), "close the north pier") == "orlen"


@pytest.mark.parametrize("text", [
    "Many analysts expect the port to close the north pier, although Mira Orlen of shipping analysis group Kobra "
    "Mining said a closure may be limited to one week.",
    "Дороги закрыли, хотя Мира Орлен заявила, что снега не будет.",
])
def test_a_clause_conceding_a_point_after_its_main_one_is_its_speakers(cast_linker, text):
    out = claims(text, cast_linker, name="ru_t.txt" if text[0] == "Д" else "t.txt")
    assert any(who == "orlen" for _, who in out)


@pytest.mark.parametrize("text", [
    "Although Mira Orlen said the road was safe, three cars crashed on it on Monday night.",
    "Хотя Мира Орлен заявила, что снега не будет, дороги закрыли.",
])
def test_a_clause_conceding_a_point_before_the_main_one_frames_nothing(cast_linker, text):
    out = claims(text, cast_linker, name="ru_t.txt" if text[0] == "Х" else "t.txt")
    assert all(who is None for _, who in out)


@pytest.mark.parametrize("act", ["warned of floods", "highlighted the reform of the railway"])
def test_a_named_speakers_act_a_body_passes_on_is_hers(cast_linker, act):
    out = claims(f"Mira Orlen, the head of the Borealian Water Board, {act} on Monday, the board said.", cast_linker)
    assert [who for _, who in out] == ["orlen"]


def test_a_documents_reading_a_body_passes_on_is_the_bodys(cast_linker):
    out = claims("Kobra Mining said on Monday the plan noted a rise in costs.", cast_linker)
    assert [who for _, who in out] == ["kobra"]


def test_figures_opening_a_russian_sentence_pass_on_what_its_own_speaker_reports(cast_linker):
    out = claims("Новости\n\nСогласно данным Вексон Аналитикс, Kobra Mining сообщила о росте выручки по итогам "
                 "квартала.\nПо данным Вексон Аналитикс, выручка выросла по итогам квартала.\n", cast_linker,
                 name="ru_t.txt")
    assert speaker_of(out, "сообщила о росте") == "kobra"
    assert speaker_of(out, "выручка выросла") not in (None, "kobra")


def test_in_a_body_named_with_its_owner_and_seat_is_that_body_not_the_seat(linker):
    out = claims("Новости\n\nВ миссии ООН в Тарвинии заявили, что паромная линия закрыта.\n", linker, name="ru_t.txt")
    assert speaker_of(out, "паромная линия").startswith("misia")

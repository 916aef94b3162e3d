"""Direct speech that goes on past its frame, and frames that end with a colon: invented people and texts."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, SPOKEN, claims


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


def speaker_of(out, words):
    found = [who for text, who in out if words in text]
    assert found, words
    return found[-1]


def claims_all(text, linker):
    return claims(text, linker, kinds=SPOKEN + ("quantity",))


def test_a_quotation_closed_by_a_stop_before_a_dash_tag_is_the_tags_speakers(linker):
    text = ("«Я старался навести порядок в хозяйстве. Показатели говорят сами за себя». "
            "— рассказывал Томас Варга журналистам.")
    out = claims_all(text, linker)
    assert speaker_of(out, "навести порядок в хозяйстве") == "varga"


def test_a_quotation_over_paragraphs_closed_by_a_stop_and_a_dash_tag_is_the_tags_speakers(linker):
    text = ("Бывший директор рынка ответил на вопросы журналистов.\n"
            "«Я старался навести порядок. Раньше деньги уходили неизвестно куда.\n"
            "Коллектив ко мне хорошо относится. Показатели говорят сами за себя.\n"
            "Я хочу, чтобы следствие разобралось во всем». — рассказывал Варга журналистам.\n")
    out = claims_all(text, linker)
    assert speaker_of(out, "деньги уходили неизвестно куда") == "varga"
    assert speaker_of(out, "Коллектив ко мне хорошо относится") == "varga"


def test_a_dash_paragraph_after_a_report_goes_on_with_the_reports_speaker(linker):
    text = ("Главный тренер Томас Варга после победы отметил, что его подопечные полностью выполнили задачи.\n"
            "- Очень довольны игрой. Игроки выполнили все задачи. Болельщики очень здорово поддерживали.\n")
    out = claims_all(text, linker)
    assert speaker_of(out, "Игроки выполнили все задачи") == "varga"
    assert speaker_of(out, "Болельщики очень здорово поддерживали") == "varga"


def test_a_dash_paragraph_with_a_tag_of_its_own_keeps_the_tags_speaker(linker):
    text = ("Томас Варга заявил, что переговоры продолжатся.\n"
            "— Мы готовы ко всему, — сказала Мира Орлен.\n")
    out = claims_all(text, linker)
    assert speaker_of(out, "Мы готовы ко всему") == "orlen"


def test_a_dash_paragraph_after_an_act_is_not_the_actors(linker):
    text = ("Томас Варга подписал указ о новом заповеднике.\n"
            "- Заповедник займет три долины на севере страны.\n")
    out = claims_all(text, linker)
    assert speaker_of(out, "Заповедник займет три долины") is None


def test_a_frame_ending_with_a_colon_does_not_take_the_sentence_before_it(linker):
    text = ("Tomas Varga visited the new port on Monday.\n\n"
            "The reaction of the guests was surprising. After touring the docks, Mira Orlen said:\n\n"
            "\"To understand what has been done, one has to compare it with what was here before.\"\n")
    out = claims_all(text, linker)
    assert speaker_of(out, "reaction of the guests was surprising") is None
    assert speaker_of(out, "compare it with what was here before") == "orlen"


def test_a_russian_frame_ending_with_a_colon_does_not_take_the_sentence_before_it(linker):
    text = ("Министр Томас Варга посетил новый порт.\n\n"
            "Реакция гостей удивила. Осмотрев причалы, Мира Орлен заявила:\n\n"
            "– Чтобы понять, что сделано, надо сравнить с тем, что было раньше.\n")
    out = claims_all(text, linker)
    assert speaker_of(out, "Реакция гостей удивила") is None
    assert speaker_of(out, "надо сравнить с тем") == "orlen"


def test_a_sentence_telling_where_one_remark_was_made_is_not_the_speakers_claim(linker):
    text = ("Tomas Varga said the count may take three more days. "
            "Varga made the remark at a press conference in the capital after the polls closed.")
    out = claims_all(text, linker)
    assert speaker_of(out, "count may take three more days") == "varga"
    assert speaker_of(out, "made the remark at a press conference") is None


def test_a_russian_sentence_telling_where_a_phrase_was_said_is_not_the_speakers_claim(linker):
    text = ("«Никакая внешняя сила не смогла повлиять на нашу волю», — заявил Томас Варга. "
            "Эту фразу он сказал во время визита в северные районы страны.")
    out = claims_all(text, linker)
    assert speaker_of(out, "не смогла повлиять на нашу волю") == "varga"
    assert speaker_of(out, "во время визита в северные районы") is None

"""Russian claims whose speaker the text named before, referred back to by a description or separated from the verb
by circumstances, are that speaker's, not the article's own voice (invented people, places and bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST as SHARED_CAST, KELL, claims, speaker_of

CAST = [
    *SHARED_CAST, KELL,
    Entity("vellgram", "Vellgram", "Organization", pref_labels=(("Vellgram", "en"), ("Vellgram", "ru"))),
    Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "en"), ("NordNews", "ru"))),
]


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


def test_an_official_described_by_her_office_goes_on_speaking(cast):
    said = claims("Министр финансов Бореалии Мира Орлен сообщила, что бюджет будет исполнен.\n\n"
                  "Томас Варга посетил новый порт.\n\n"
                  "Чиновница добавила, что налоги в следующем году не вырастут.", cast)
    assert speaker_of(said, "налоги в следующем году") == "orlen"


def test_a_journalist_named_before_speaks_but_journalists_are_unnamed(cast):
    said = claims("Журналист Арно Келл приехал в столицу Бореалии на прошлой неделе.\n\n"
                  "Позже журналист написал, что консульство закрыто до весны.\n\n"
                  "Журналисты спросили мэра, когда откроется новый мост.", cast)
    assert speaker_of(said, "консульство закрыто") == "kell"
    assert speaker_of(said, "новый мост") is None


def test_a_speaker_named_before_circumstances_is_the_verbs_subject(cast):
    said = claims("Президент Бореалии Томас Варга во время поездки по северным фермам кооператива \"Рассвет\" вместе "
                  "с губернатором Озерного края в четверг заявил, что страна не будет строить плотину.", cast)
    assert speaker_of(said, "не будет строить плотину") == "varga"


def test_a_name_inside_the_subjects_phrase_is_not_the_subject(cast):
    said = claims("Водитель Томаса Варги в пятницу на встрече с жителями Озерного района и фермерами кооператива "
                  "заявил, что дорогу закроют.", cast)
    assert speaker_of(said, "дорогу закроют") is None


def test_circumstances_with_a_verb_of_their_own_part_the_name_from_the_verb(cast):
    said = claims("Мира Орлен уехала в столицу и в пятницу на встрече с жителями Озерного района неизвестный "
                  "заявил, что дорогу закроют.", cast)
    assert speaker_of(said, "дорогу закроют") is None


def test_a_surname_after_an_honorific_is_who_spoke_not_a_name_the_honorific_governs(cast):
    said = claims("Министр Бореалии Томас Варга сообщил, что летом уедет на море.\n\n"
                  "— Мосты к паводку мы уже укрепили. А упрек президента был адресован только "
                  "мэрии, — пояснил господин Зарубеев.", cast)
    assert speaker_of(said, "упрек президента") not in (None, "varga")
    assert speaker_of(said, "Мосты к паводку") == speaker_of(said, "упрек президента")


def test_a_speaker_named_with_an_initial_after_the_verb_said_the_quotation(cast):
    said = claims("Томас Варга заявил, что переговоры зашли в тупик.\n\n"
                  "«Мы готовы к переговорам в любой день», — сказала М. Орлен журналистам.", cast)
    assert speaker_of(said, "готовы к переговорам") == "orlen"


def test_the_channel_a_speaker_wrote_in_is_not_who_spoke(cast):
    said = claims("По предварительным данным, никто не пострадал. Об этом вечером в своем Vellgram-канале написал "
                  "глава округа Томас Варга.", cast)
    assert speaker_of(said, "никто не пострадал") == "varga"


def test_a_name_after_about_this_is_who_spoke_not_a_place_it_was_said(cast):
    said = claims("Министр культуры Бореалии Мира Орлен извинилась за резкие слова о театрах. Об этом Орлен "
                  "сообщила подписчикам Vellgram-блога, передает NordNews.", cast)
    assert speaker_of(said, "резкие слова") == "orlen"


def test_a_verb_inside_unmarked_direct_speech_gives_way_to_the_tag_after_the_dash(cast):
    said = claims("Премьер Бореалии Томас Варга упрекнул министра Миру Орлен за затянутое выступление.\n\n"
                  "- Мира, давайте короче, цифры бюджета нам уже назвал министр, — сказал Варга, глядя на "
                  "министра.\n\n"
                  "Он добавил, что доклады станут короче.", cast)
    assert speaker_of(said, "давайте короче") == "varga"
    assert speaker_of(said, "доклады станут короче") == "varga"


def test_a_description_after_the_tags_dash_is_who_spoke_not_one_in_what_was_said(cast):
    said = claims("Заместитель премьер-министра Томас Варга упрекнул вице-министра Арно Келла за затянутое "
                  "выступление.\n\n"
                  "Пересказ слов министра отнимает у правительства целый час, — подчеркнул зампремьера.", cast)
    assert speaker_of(said, "целый час") == "varga"

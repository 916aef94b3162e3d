"""Direct speech that goes on past its frame, and frames that end with a colon: invented people and texts."""

from extracted import claims_all, speaker_of


def test_a_quotation_closed_by_a_stop_before_a_dash_tag_is_the_tags_speakers(cast):
    text = ("«Я наводил порядок в хозяйстве три года. Цифры это подтверждают». "
            "— рассказывал Томас Варга журналистам.")
    out = claims_all(text, cast)
    assert speaker_of(out, "наводил порядок в хозяйстве") == "varga"


def test_a_quotation_over_paragraphs_closed_by_a_stop_and_a_dash_tag_is_the_tags_speakers(cast):
    text = ("Бывший директор рынка ответил на вопросы журналистов.\n"
            "«Я наводил порядок три года. Прежде выручка пропадала без следа.\n"
            "Работники меня поддерживают. Цифры это подтверждают.\n"
            "Пусть проверяющие смотрят любые бумаги». — рассказывал Варга журналистам.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "выручка пропадала без следа") == "varga"
    assert speaker_of(out, "Работники меня поддерживают") == "varga"


def test_a_dash_paragraph_after_a_report_goes_on_with_the_reports_speaker(cast):
    text = ("Наставник клуба Томас Варга после ничьей сказал, что команда сыграла по плану.\n"
            "- Результат нас устраивает. Защитники сегодня не ошибались. Трибуны помогли нам во втором тайме.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "Защитники сегодня не ошибались") == "varga"
    assert speaker_of(out, "Трибуны помогли нам") == "varga"


def test_a_dash_paragraph_with_a_tag_of_its_own_keeps_the_tags_speaker(cast):
    text = ("Томас Варга заявил, что переговоры продолжатся.\n"
            "— Мы готовы ко всему, — сказала Мира Орлен.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "Мы готовы ко всему") == "orlen"


def test_a_dash_paragraph_after_an_act_is_not_the_actors(cast):
    text = ("Томас Варга подписал указ о новом заповеднике.\n"
            "- Заповедник займет три долины на севере страны.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "Заповедник займет три долины") is None


def test_a_frame_ending_with_a_colon_does_not_take_the_sentence_before_it(cast):
    text = ("Tomas Varga visited the new port on Monday.\n\n"
            "The visitors looked tired. After touring the docks, Mira Orlen said:\n\n"
            "\"The new cranes will double what this harbour can load in a day.\"\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "visitors looked tired") is None
    assert speaker_of(out, "double what this harbour can load") == "orlen"


def test_a_russian_frame_ending_with_a_colon_does_not_take_the_sentence_before_it(cast):
    text = ("Министр Томас Варга посетил новый порт.\n\n"
            "Гости выглядели усталыми. Осмотрев причалы, Мира Орлен заявила:\n\n"
            "– Новые краны вдвое ускорят погрузку судов в этой гавани.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "Гости выглядели усталыми") is None
    assert speaker_of(out, "вдвое ускорят погрузку") == "orlen"


def test_a_sentence_telling_where_one_remark_was_made_is_not_the_speakers_claim(cast):
    text = ("Tomas Varga said the count may take three more days. "
            "Varga made the comment during a visit to the harbour on Friday.")
    out = claims_all(text, cast)
    assert speaker_of(out, "count may take three more days") == "varga"
    assert speaker_of(out, "made the comment during a visit") is None


def test_a_russian_sentence_telling_where_a_phrase_was_said_is_not_the_speakers_claim(cast):
    text = ("«Урожай в этом году спасли ранние дожди», — заявил Томас Варга. "
            "Эту фразу он сказал на встрече с фермерами в долине.")
    out = claims_all(text, cast)
    assert speaker_of(out, "спасли ранние дожди") == "varga"
    assert speaker_of(out, "на встрече с фермерами") is None


def test_dash_speech_over_sentences_before_its_tag_is_the_tags_speakers_after_a_quotation(cast):
    text = ("Томас Варга ответил на вопросы радиостанции. Свой округ ведущая назвала «тихой гаванью». "
            "— Паводок мы пережили спокойно. Дамбы на реке выдержали напор воды. Вот вчера открыли новый мост. "
            "Жители довольны, — отметил Варга. Эфир продлился час.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "Паводок мы пережили спокойно") == "varga"
    assert speaker_of(out, "Дамбы на реке выдержали") == "varga"
    assert speaker_of(out, "открыли новый мост") == "varga"
    assert speaker_of(out, "Эфир продлился час") is None


def test_dash_speech_before_a_tag_stops_at_a_sentence_with_a_tag_of_its_own(cast):
    text = ("Мира Орлен и Томас Варга выступили на форуме в «Северном доме». "
            "— Урожай будет поздним, — сказала Мира Орлен. — Склады на станции уже готовы к приёму. "
            "Зерно примем в срок, — добавил Варга.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "Урожай будет поздним") == "orlen"
    assert speaker_of(out, "Склады на станции уже готовы") == "varga"


def test_concluding_after_what_was_said_is_a_tag_but_concluding_a_deal_is_an_act(cast):
    text = ("Томас Варга прокомментировал паводок. Пока вода высокая, эвакуация продолжится, заключил Варга.\n\n"
            "Мира Орлен заключила контракт на поставку угля.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "эвакуация продолжится") == "varga"
    assert speaker_of(out, "заключила контракт на поставку угля") is None


def test_dash_speech_taken_up_again_after_its_tag_mid_paragraph_stays_the_tags_speakers(cast):
    text = ("Вечером на северной трассе столкнулись два грузовика. "
            "- Водитель первой машины уснул за рулём, - рассказал Томас Варга. "
            "- Затем грузовик выехал на встречную полосу и задел автобус.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "уснул за рулём") == "varga"
    assert speaker_of(out, "выехал на встречную полосу") == "varga"
    assert speaker_of(out, "столкнулись два грузовика") is None


def test_first_person_dash_paragraph_after_a_paragraph_led_by_one_person_is_that_persons(cast):
    text = ("Томас Варга вернулся к теме набережной, отвечая на вопрос жителей.\n"
            "— У нас ремонт набережной перенесли на весну. Подрядчик уже выбран.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "ремонт набережной перенесли") == "varga"
    assert speaker_of(out, "Подрядчик уже выбран") == "varga"
    # two people before it: either may speak
    two = claims_all("Мира Орлен встретилась с Томасом Варгой в новом порту.\n"
                     "— Нам нужно вдвое больше кранов к осени.\n", cast)
    assert speaker_of(two, "вдвое больше кранов") is None

"""An interview excerpt that opens mid-talk: the dashed turns right before the first question alternate with it,
the one before it an answer, the one before that a remark put to the interviewee. Invented names and sentences."""
from extracted import claims, speaker_of


def test_an_answer_before_the_first_question_is_the_interviewees(cast):
    text = ("Спортивные новости\n\n"
            "Бывший тренер «Севера» Томас Варга высказался о матче с «Югом».\n\n"
            "— Тяжёлая игра. Обе команды хотели победить. Судьи работали спокойно.\n\n"
            "— «Север» стал ближе к высшей лиге?\n\n"
            "— Рано так говорить. Всё решится в ответной игре, — сказал Варга.")
    out = claims(text, cast)
    assert speaker_of(out, "Обе команды хотели победить") == "varga"
    assert speaker_of(out, "Судьи работали спокойно") == "varga"
    assert speaker_of(out, "решится в ответной игре") == "varga"


def test_a_remark_two_turns_before_the_first_question_claims_nothing(cast):
    text = ("Спортивные новости\n\n"
            "Тренер «Севера» Томас Варга подвёл итоги матча с «Югом».\n\n"
            "— Во втором тайме вы были спокойнее, хотя уже вели в счёте.\n\n"
            "— Соперник давил весь тайм. Нам пришлось нелегко, однако мы выстояли.\n\n"
            "— Когда вы поверили в победу?\n\n"
            "— Задача была решена в конце матча. Тогда всё стало понятно.")
    out = claims(text, cast)
    assert not any("вели в счёте" in quote for quote, _ in out)
    assert speaker_of(out, "мы выстояли") == "varga"
    assert speaker_of(out, "Задача была решена") == "varga"


def test_two_answers_before_the_first_question_addressing_no_one_are_both_the_interviewees(cast):
    text = ("Спортивные новости\n\n"
            "Тренер «Севера» Томас Варга ответил на вопросы журналистов после матча.\n\n"
            "— Тяжёлая игра, соперник сильный.\n\n"
            "— Команда устала, нам нужен отдых.\n\n"
            "— Что дальше?\n\n"
            "— Подготовка к кубку.")
    out = claims(text, cast)
    assert speaker_of(out, "соперник сильный") == "varga"
    assert speaker_of(out, "нам нужен отдых") == "varga"


def test_a_dashed_list_before_the_first_question_is_no_talk(cast):
    text = ("Новости\n\n"
            "Томас Варга рассказал о планах клуба. По его словам:\n\n"
            "— зарплаты вырастут на 10%;\n\n"
            "— стадион отремонтируют к маю;\n\n"
            "— клуб купит трех игроков.\n\n"
            "— Когда начнется ремонт?\n\n"
            "— В марте.")
    out = claims(text, cast, kinds=("statement", "event", "relation", "quantity"))
    for item in ("зарплаты вырастут", "стадион отремонтируют к маю", "клуб купит трех игроков"):
        assert any(item in quote for quote, _ in out), item        # no item dropped as a remark put


def test_turns_under_a_colon_intro_that_names_a_person_are_his_interview(cast):
    text = ("Спортивные новости\n\n"
            "Тренер «Севера» Томас Варга ответил на вопросы после матча:\n\n"
            "— Упорная встреча. Защита сыграла надёжно.\n\n"
            "— Что впереди?\n\n"
            "— Выезд в Оску.")
    out = claims(text, cast)
    assert speaker_of(out, "Упорная встреча") == "varga"
    assert speaker_of(out, "Защита сыграла надёжно") == "varga"


def test_a_remark_answered_with_a_yes_claims_nothing(cast):
    text = ("Спортивные новости\n\n"
            "Тренер «Севера» Томас Варга ответил на вопросы после матча.\n\n"
            "— Упорная встреча. Защита сыграла надёжно.\n\n"
            "— После перерыва игра «Севера» стала острее.\n\n"
            "— Да, мы сменили схему.\n\n"
            "— Что впереди?\n\n"
            "— Выезд в Оску.")
    out = claims(text, cast)
    assert not any("стала острее" in quote for quote, _ in out)
    assert speaker_of(out, "мы сменили схему") == "varga"
    assert speaker_of(out, "Защита сыграла надёжно") == "varga"

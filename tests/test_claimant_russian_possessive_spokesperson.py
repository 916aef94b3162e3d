"""Russian: «сообщил его пресс-секретарь», «её представитель заявил»: one who speaks for the person a possessive
pronoun stands for, unnamed, is that person's voice, as «его пресс-служба» is (invented people and places)."""
from extracted import speaker_first_written, speakers_as_written


def test_his_press_secretary_after_the_verb(linker):
    text = "Премьер-министр Ольмарии Гордей Ставров не примет участия в форуме, сообщил его пресс-секретарь."
    assert speakers_as_written(text, linker) == ["Гордей Ставров"]


def test_her_representative_before_the_verb(linker):
    text = ("Губернатор Ветлужской области Алина Корсак вернулась из Ольмы. "
            "Её представитель заявил, что губернатор проведёт совещание в пятницу.")
    assert speaker_first_written(text, linker, "проведёт совещание", name="ru_t.txt") == "Алина Корсак"


def test_his_representative_after_a_person_spoke_of_a_company(linker):
    text = ("Завод «Велкор» остановил работу, сообщил Иван Сомов. "
            "Его представитель заявил, что рабочих отправят в отпуск.")
    assert speaker_first_written(text, linker, "рабочих отправят", name="ru_t.txt") == "Иван Сомов"


def test_its_press_secretary_after_a_bank_that_acted(linker):
    text = "Центробанк Ольмарии повысил ставку. Его пресс-секретарь заявил, что инфляция замедлится."
    assert speaker_first_written(text, linker, "инфляция замедлится", name="ru_t.txt") == "Центробанк Ольмарии"

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

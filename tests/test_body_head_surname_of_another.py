"""A body's head named in full, then by her surname alone, in a form that is also another person's surname in
another case ("Селькова": her name, and the genitive of "Сельков"): her words, not the registry's man's
(link.py ``_someone_elses_surname``; invented people and sentences)."""
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims_all, speaker_of

SELKOV = Linker([Entity("ivar-selkov", "Ivar Selkov", "Person", gender="masc",
                        pref_labels=(("Ivar Selkov", "en"), ("Ивар Сельков", "ru")),
                        alt_labels=(("Сельков", "ru"),))])


def test_a_bare_surname_goes_to_the_woman_the_text_names_with_it_not_to_a_registry_man():
    out = claims_all("Склады\n\nГлава агентства Дарья Селькова в среду рассказала о проверке складов. "
                     "\"Мы закрыли одиннадцать складов\", - сказала Селькова.\n", SELKOV)
    assert speaker_of(out, "одиннадцать складов") != "ivar-selkov"


def test_the_registry_man_keeps_his_surname_in_the_genitive_after_his_full_name():
    out = claims_all("Склады\n\nВ среду совещание прошло у Ивара Селькова в кабинете. "
                     "По словам Селькова, проверку закончат в мае.\n", SELKOV)
    assert speaker_of(out, "проверку закончат") == "ivar-selkov"

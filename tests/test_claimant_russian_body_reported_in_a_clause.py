"""«Агентство сообщило, что Молдавия заявила о …»: a body or a country that only says something, opening the clause
another reports, made the claim; the outer speaker passed it on. One whose verb may tell an act («объявила о
банкротстве») stays the outer speaker's report (invented outlets and companies)."""
from extracted import speaker_and_relays


def test_a_country_that_stated_in_the_clause_is_the_claimant_and_the_outlet_its_relay(linker):
    speaker, relays = speaker_and_relays("Агентство Вельпресс сообщило, что Молдавия заявила о намерении не "
                                         "признавать декларацию саммита.", linker)
    assert speaker == "Молдавия" and relays == ("Агентство Вельпресс",)


def test_a_company_that_announced_an_act_in_the_clause_is_no_claimant(linker):
    speaker, relays = speaker_and_relays("Министр финансов Молдавии Анна Варга сообщила, что компания Вексон "
                                         "объявила о банкротстве.", linker)
    assert speaker == "Анна Варга" and relays == ()

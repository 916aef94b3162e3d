"""Russian: «в компании сообщили» after a state body spoke about a company is the company named before, not the body
that spoke last; «в авиакомпании», «в аэропорту» refer back to the airline, the airport named before (invented
bodies and places)."""
from extracted import speakers_as_written


def test_the_company_after_a_ministry_spoke_of_it(linker):
    text = ("Министерство транспорта Ольмарии заявило, что компания «Тарвел» нарушила условия контракта. "
            "В компании сообщили, что не получали никаких претензий.")
    assert speakers_as_written(text, linker)[-1] == "компания «Тарвел»"


def test_the_airline_named_before(linker):
    text = ("Авиакомпания «Норд-Велла» отменила восемь рейсов. "
            "В авиакомпании сообщили, что причиной стала нехватка топлива.")
    assert speakers_as_written(text, linker)[-1] == "Авиакомпания «Норд-Велла»"


def test_the_airport_named_before(linker):
    text = ("Аэропорт «Кельм» закрыт из-за метели. "
            "В аэропорту сообщили, что вылеты задерживаются на четыре часа.")
    assert speakers_as_written(text, linker)[-1] == "Аэропорт «Кельм»"


def test_in_the_company_told_an_outlet_is_the_company(linker):
    text = ("Министерство финансов Ольмарии заявило, что компания «Тарвел» нарушила закон. "
            "В компании сообщили ТАСС, что обжалуют решение.")
    assert speakers_as_written(text, linker)[-1] == "компания «Тарвел»"

"""A Russian press service the model took whole with the body it serves («Пресс-служба мэрии X») leaves the body's
name, which speaks, in the nominative (names.py: _voice_cut_from_its_body)."""
from extracted import ru_claimant_labels


def test_a_mayoralty_s_press_service_speaks_for_the_mayoralty(linker):
    text = "Пресс-служба мэрии Тосвику сообщила, что трамваи вернутся на линию к вечеру."
    assert ru_claimant_labels(linker, text) == ["мэрия Тосвику"]


def test_an_administration_s_press_service_speaks_for_the_administration(linker):
    text = "Пресс-служба администрации Ольмерска сообщила, что отопление дадут в понедельник."
    assert ru_claimant_labels(linker, text) == ["администрация Ольмерска"]

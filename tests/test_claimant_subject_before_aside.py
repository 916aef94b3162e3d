"""A speaker named before a run of circumstances and an aside set off by commas ("…, в частности, заявил") is the
verb's subject: the comma closing the aside is no break after which the speaker would stand (invented texts)."""
from extracted import claims, speaker_of

LONG_SUBJECT = (
    "Министр Анна Ферова назвала переговоры полезными.\n\n"
    "Президент Олег Бренов на совещании с главами крупных банков на форуме, в частности, заявил, что не "
    "намерен повышать пошлины. Он также добавил, что урожай будет хорошим."
)


def test_speaker_before_an_aside_speaks(linker):
    out = claims(LONG_SUBJECT, linker, name="ru_t.txt")
    assert speaker_of(out, "не намерен повышать пошлины") == "oleg-brenov-502fff"
    assert speaker_of(out, "урожай будет хорошим") == "oleg-brenov-502fff"


def test_quotation_then_aside_still_names_the_speaker_after(linker):
    text = ("Министр Анна Ферова приехала в порт. «Работы хватит всем», — в свою очередь, сказал Олег Бренов.")
    out = claims(text, linker, name="ru_t.txt")
    assert speaker_of(out, "Работы хватит всем") == "oleg-brenov-502fff"

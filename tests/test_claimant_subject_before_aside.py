"""A speaker named before a run of circumstances and an aside set off by commas ("…, в частности, заявил") is the
verb's subject: the comma closing the aside is no break after which the speaker would stand (invented texts)."""
from extracted import claims, speaker_of

LONG_SUBJECT = (
    "Министр Аркадий Белов назвал переговоры полезными.\n\n"
    "Президент Игорь Савельев на совещании с главами крупных банков на форуме, в частности, заявил, что не "
    "намерен повышать пошлины. Он также добавил, что урожай будет хорошим."
)


def test_speaker_before_an_aside_speaks(linker):
    out = claims(LONG_SUBJECT, linker, name="ru_t.txt")
    said = speaker_of(out, "не намерен повышать пошлины")
    assert said is not None and said == speaker_of(out, "урожай будет хорошим")
    assert said != speaker_of(out, "назвал переговоры полезными")


def test_quotation_then_aside_still_names_the_speaker_after(linker):
    text = ("Министр Аркадий Белов приехал в порт. «Работы хватит всем», — в свою очередь, сказал Игорь Савельев.")
    out = claims(text, linker, name="ru_t.txt")
    assert speaker_of(out, "Работы хватит всем") is not None
    assert speaker_of(out, "Работы хватит всем") != speaker_of(out, "приехал в порт")

"""A figure in the clause after "as saying" is what the quoted speaker said: "X was quoted as saying the port would
hire 300 workers" opens what it reports, as "X said the port would hire 300 workers" does; "“…,” X was quoted as
saying." still closes it."""
from extracted import claims_as_written, speaker_of


def test_figure_in_the_clause_after_as_saying_is_the_speakers(linker):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            "Mara Velsen was quoted as saying the port would hire 300 dock workers.", linker)
    assert speaker_of(out, "300 dock workers") == "Mara Velsen"


def test_sentence_after_a_closing_as_saying_is_not_the_speakers(linker):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            "\"The port is closed,\" Mara Velsen was quoted as saying. It had 300 dock workers.",
                            linker)
    assert speaker_of(out, "300 dock workers") is None

"""A body whose name ends in the field it works in ("… по этике"), named twice, keeps its document (names.py)."""
from extracted import speakers_as_written


def test_a_body_named_by_its_field_twice_keeps_the_document_and_its_claim(linker):
    text = ("Этика\n\n"
            "Суд передал жалобу в Комитет Тарвинии по этике.\n\n"
            "Комитет Тарвинии по этике заявил, что рассмотрит её в мае.\n")
    assert speakers_as_written(text, linker)[-1] == "Комитет Тарвинии по этике"


def test_a_body_with_its_acronym_and_field_keeps_the_document(linker):
    text = ("Мины\n\n"
            "Национальное агентство Велмарии по разминированию (НАВР) сообщило, что поле очищено.\n\n"
            "НАВР добавило, что работы продолжатся.\n")
    assert len(speakers_as_written(text, linker)) == 2

""""The club said" after a sports club named by its marks rather than the word ("Vell United", "Vell City FC",
"Dynamo Vell"; «ФК «Велл»», «в клубе сообщили»): the club speaks, not the article's own voice. Invented clubs and
people."""
from claimsgraph.link import Linker

from extracted import claims_as_written, speaker_of


def test_the_club_after_a_club_named_with_united():
    out = claims_as_written("Arvenna United sacked manager Jiri Palm on Wednesday. The club said in a statement "
                            "that Palm had left by mutual consent.\n", Linker([]))
    assert speaker_of(out, "mutual consent") == "Arvenna United"


def test_the_club_after_a_club_named_with_fc():
    out = claims_as_written("Velsk City FC appointed Ana Torv as coach on Monday. The club said she had signed a "
                            "two-year contract.\n", Linker([]))
    assert speaker_of(out, "two-year contract") == "Velsk City FC"


def test_the_club_tag_after_a_dynamo_club():
    out = claims_as_written("Dynamo Velsk fans clashed with police after the game, the club said. Police made "
                            "arrests.\n", Linker([]))
    assert speaker_of(out, "fans clashed") == "Dynamo Velsk"


def test_the_club_is_no_company_named_before():
    out = claims_as_written("Velcorp Industries cut 300 jobs on Monday. The club said the stadium would stay "
                            "open.\n", Linker([]))
    assert speaker_of(out, "stadium would") != "Velcorp Industries"


def test_the_club_is_no_body_with_a_club_mark_inside_its_name():
    for body in ("The United Nations", "United Airlines", "United Ruritania", "Athletic Bilvar Holdings"):
        out = claims_as_written(f"{body} cut 300 jobs on Monday. The club said the stadium would stay open.\n",
                                Linker([]))
        assert speaker_of(out, "stadium would") not in (body, body.removeprefix("The ")), body


def test_the_club_is_no_outlet_called_the_athletic():
    out = claims_as_written("According to The Athletic, Tarnby sacked its coach on Monday. The club said the "
                            "stadium would stay open.\n", Linker([]))
    assert speaker_of(out, "stadium would") not in ("The Athletic", "Athletic")


def test_the_club_is_no_opponent_named_only_after_a_defeat():
    out = claims_as_written("Tarnby sacked its coach after a 3-0 defeat by Vell Rovers on Sunday. The club said "
                            "the stadium would stay open.\n", Linker([]))
    assert speaker_of(out, "stadium would") != "Vell Rovers"


def test_v_klube_after_a_club_named_with_fk():
    out = claims_as_written("ФК «Остров Норд» уволил главного тренера Юрия Пальмова. В клубе сообщили, что "
                            "стороны расстались по обоюдному согласию.\n", Linker([]), name="ru_t.txt")
    assert speaker_of(out, "обоюдному") == "ФК «Остров Норд»"


def test_v_klube_after_a_dynamo_club():
    out = claims_as_written("«Динамо Вельск» подписало защитника Ивана Сомова. В клубе пообещали, что билеты "
                            "скоро поступят в продажу.\n", Linker([]), name="ru_t.txt")
    assert speaker_of(out, "билеты") == "Динамо Вельск"

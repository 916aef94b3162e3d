"""Interview layouts: who a title label is when a question names someone with that title. Invented names and
sentences."""
import pytest

from claimsgraph.link import Linker
from extracted import HOST_AND_GUEST, claims


@pytest.fixture(scope="module")
def linker():
    return Linker(HOST_AND_GUEST)


def test_a_title_a_question_gives_someone_is_not_the_answerer(linker):
    text = ("QUESTION:\n"
            "The Lowland Treasurer Jon Vell says the ports need more money. What will you offer them?\n"
            "TREASURER:\n"
            "The budget comes in June and it will answer that.\n"
            "QUESTION:\n"
            "Will taxes rise?\n"
            "TREASURER:\n"
            "We have ruled nothing out.")
    out = dict(claims(text, linker))
    assert out["We have ruled nothing out."] is None
    assert "vell" not in out.values()


def test_a_title_addressing_the_answerer_before_another_name_is_not_that_name(linker):
    text = ("PRIME MINISTER:\n"
            "Good morning.\n"
            "JOURNALIST:\n"
            "Prime Minister, Mara Hale said last week that the mines will close.\n"
            "PRIME MINISTER:\n"
            "The mines will stay open for another decade.\n"
            "JOURNALIST:\n"
            "Are you sure of that?\n"
            "PRIME MINISTER:\n"
            "The figures leave no doubt.")
    out = dict(claims(text, linker))
    assert out["The mines will stay open for another decade."] is None
    assert out["The figures leave no doubt."] is None


def test_a_title_outside_the_questions_still_names_the_answerer(linker):
    text = ("Interview with the Governor\n\n"
            "HOST: Tonight we are joined by the Governor, Mara Hale.\n\n"
            "GOVERNOR: The dam will hold this winter.\n\n"
            "HOST: And the bridge? Will the Governor Jon Vell of the north agree?\n\n"
            "GOVERNOR: It opens in May.")
    out = dict(claims(text, linker))
    assert out["The dam will hold this winter."] == "hale"
    assert out["It opens in May."] == "hale"


def test_a_long_label_in_capitals_with_a_role_after_its_comma(linker):
    text = ("Radio interview\n\n"
            "PETRA LUND, HOST: The harbour has been shut for a year. When will it open again?\n\n"
            "SENATOR THE HON MARA HALE, MINISTER FOR PORTS: Thanks for having me. The harbour opens in March.")
    out = claims(text, linker)
    assert ("The harbour opens in March.", "hale") in out
    assert not any("open again" in quote or who == "hale" and "shut" in quote for quote, who in out)



def test_a_label_with_a_one_letter_party_in_brackets_and_the_state_after(linker):
    text = ("Levee talks, a cable news transcript\n\n"
            "JON VELL, ANCHOR: Senator, will the levee hold tonight?\n\n"
            "SEN. MARA HALE (R), NORVALE: The levee will hold. Crews added four feet of sandbags.\n\n"
            "VELL: And the bridge?\n\n"
            "HALE: The bridge stays shut until Friday.")
    out = claims(text, linker)
    assert ("The levee will hold.", "hale") in out
    assert not any(who == "vell" and "levee will hold" in quote for quote, who in out)

def test_a_turn_run_into_the_question_before_it_is_its_speakers(linker):
    text = ("Transcript: Jon Vell and Mara Hale\n\n"
            "JON VELL: Minister, thanks for coming in.\n\n"
            "MARA HALE: Glad to be here.\n\n"
            "JON VELL: The dam was finished late. Why?    MARA HALE: The spring floods cost us two months. "
            "The contractors worked through the winter.")
    out = dict(claims(text, linker))
    assert out["The spring floods cost us two months."] == "hale"
    assert out["The contractors worked through the winter."] == "hale"


def test_a_paragraph_is_cut_before_a_run_in_label_only_in_a_transcript():
    from claimsgraph.ingest import split_boilerplate
    transcript = ("HOST: Good evening.\n\nGUEST: Good evening.\n\nHOST: Is it over? GUEST: It is over.")
    body, _ = split_boilerplate(transcript)
    assert [transcript[p.start:p.end] for p in body][-2:] == ["HOST: Is it over?", "GUEST: It is over."]
    article = "The talks ended late. Update: the port stays shut.\n\nThe ferries wait in the bay."
    body, _ = split_boilerplate(article)
    assert len(body) == 2


def test_a_remark_under_the_askers_label_is_not_the_answer_before_it(linker):
    text = ("Мара Хейл о мостах и паромах\n\n"
            "Лунд: Мара, вы строите третий мост за год. Как это удаётся?\n\n"
            "Хейл: Мы начали проект ещё в прошлом году.\n\n"
            "Лунд: Звучит слишком просто.\n\n"
            "Хейл: Паромы тоже пойдут весной.\n\n"
            "Лунд: А когда откроется мост?\n\n"
            "Хейл: Мост откроется в мае.")
    out = claims(text, linker)
    assert ("Мост откроется в мае.", "hale") in out
    assert not any("слишком просто" in quote for quote, _ in out)

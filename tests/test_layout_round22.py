"""Interview layouts: a ministry's transcript that brackets its speakers' names ("[Minister Vell] …", "([Mara Hale]
…?)", claims._BRACKET_LABEL); a label of one initial once the speaker's surname has labelled a turn ("Велл:", then
"В.:", claims._shortened); a one-question dashed interview under a standfirst that has the guest tell the outlet
(claims._short_interview); a turn that only greets or acknowledges ("Jon Vell, good morning.", "Oh, right.",
claims._SALUTATION) is no claim; a label of title words alone ("PRIME MINISTER:") the text gives no one by name is
the guest a host's turn introduces ("Jon Vell is with us.", claims._introduced_guest). Invented names and
sentences."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, HOST_AND_GUEST, claims, claims_all, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker(HOST_AND_GUEST + CAST)


def test_bracketed_names_label_the_turns_of_a_transcript(cast):
    text = ("Foreign Minister's talk with Quay TV\n\n"
            "[Minister Vell] The harbour talks went well. We opened two new berths.\n\n"
            "([Mara Hale] You began with the hardest port. That is unusual.)\n\n"
            "[Minister Vell] The route was a hard one to plan. The ferries will sail again in May.\n\n"
            "([Mara Hale] What part did the governor play?)\n\n"
            "[Minister Vell] He saw the harbour as the most urgent matter of all.\n")
    out = claims(text, cast)
    assert speaker_of(out, "The harbour talks went well.") == "vell"
    assert speaker_of(out, "The ferries will sail again in May.") == "vell"
    assert speaker_of(out, "most urgent matter") == "vell"
    assert not any(said.startswith("[") for said, _ in out)


def test_one_initial_labels_the_speaker_whose_surname_it_opens(cast):
    text = ("Велл о причалах\n\nГлава порта встретился с журналистами. «Вестник» публикует стенограмму встречи.\n"
            "— Здравствуйте, какой причал откроют первым?\n"
            "Велл: Первым откроют северный причал.\n"
            "— А паромы пойдут весной?\n"
            "В.: Паромы пойдут в мае. Билеты подешевеют к лету.\n")
    out = claims(text, cast, name="ru_t.txt")
    assert speaker_of(out, "Паромы пойдут в мае.") == "vell"
    assert speaker_of(out, "Билеты подешевеют к лету.") == "vell"


def test_one_initial_that_opens_two_speakers_surnames_names_no_one(cast):
    text = ("Беседа в порту\n\n«Вестник» публикует стенограмму встречи.\n"
            "Велл: Первым откроют северный причал.\n"
            "Варга: Южный причал подождет до осени.\n"
            "В.: Паромы пойдут в мае.\n")
    out = claims(text, cast, name="ru_t.txt")
    assert speaker_of(out, "Паромы пойдут в мае.") is None


def test_a_one_question_interview_under_a_standfirst_that_has_the_guest_tell(cast):
    text = ("«Паромы снова пойдут весной»\n"
            "Порт закрыт с марта. Как работает гавань без паромов, «Вестнику» рассказал глава порта Йон Велл.\n"
            "— Почему закрыли порт?\n"
            "— Срок ремонта причалов оказался слишком коротким. Мы подготовили план. "
            "Работы затронули около 40 тыс. метров причалов.\n")
    out = claims_all(text, cast)
    assert speaker_of(out, "Срок ремонта причалов") == "vell"
    assert speaker_of(out, "40 тыс. метров") == "vell"
    assert not any(said.startswith("—") for said, _ in out)


@pytest.mark.parametrize("greeting", ["Minister Jon Vell, good morning.", "Oh, right.", "Very nice.",
                                      "Yeah, good to see you.", "`Morning, Mara."])
def test_a_turn_that_only_greets_or_acknowledges_is_no_claim(cast, greeting):
    text = ("Radio talk - Quay FM\n\nMARA HALE:\n\nWe are on air.\n\nJON VELL:\n\n"
            f"{greeting}\n\nMARA HALE:\n\nDo you visit the coast often?\n\nJON VELL:\n\n"
            "I used to spend holidays there. The ferry is a fine ride.\n")
    out = claims(text, cast)
    assert not any(said == greeting for said, _ in out)
    assert speaker_of(out, "The ferry is a fine ride.") == "vell"


@pytest.mark.parametrize("sentence", ["Very nice weather helped the harvest.", "Right now the port is closed.",
                                      "Morning traffic was heavy on the bridge."])
def test_a_sentence_opening_with_such_words_still_asserts(cast, sentence):
    assert any(said == sentence for said, _ in claims(f"Harbour news\n\n{sentence}\n", cast))


def test_a_russian_greeting_with_its_address_is_no_claim(cast):
    text = ("Велл о причалах\n\n«Вестник» публикует интервью.\n— Йон Петрович, добрый день!\n"
            "— Добрый день. Первым откроют северный причал.\n")
    out = claims(text, cast, name="ru_t.txt")
    assert not any("Йон Петрович" in said for said, _ in out)


_RADIO = ("Radio talk - Quay FM\n\nMARA HALE:\n\n{intro}\n\nPRIME MINISTER:\n\n"
          "Thanks for having me. The weather on the coast is fine today.\n\nBRIN TOLL:\n\n"
          "Prime Minister, what have you learned this year?\n\nPRIME MINISTER:\n\n"
          "The most important thing is to stay calm. The harbour bill will pass before winter.\n")


@pytest.mark.parametrize("intro", ["Jon Vell is with us.", "Joining us now is Jon Vell."])
def test_a_title_label_is_the_guest_the_host_introduces(cast, intro):
    out = claims(_RADIO.format(intro=intro), cast)
    assert speaker_of(out, "The harbour bill will pass before winter.") == "vell"


def test_a_title_label_with_two_guests_introduced_names_no_one(cast):
    out = claims(_RADIO.format(intro="Jon Vell is with us. Tomas Varga is with us."), cast)
    assert speaker_of(out, "The harbour bill will pass before winter.") is None


def test_two_title_labels_are_not_both_the_one_guest_introduced(cast):
    text = ("Evening talk\n\nHOST: Joining us now is Jon Vell.\n\n"
            "PRIME MINISTER: Good evening. The Orlov budget will cut the deficit by half.\n\n"
            "HOST: And the ports?\n\n"
            "PRESIDENT: The Orlov ports will be sold next year to Tarvo Shipping.\n")
    out = claims(text, cast)
    # a title label no one introduced holds: no one, not the guest the host named
    assert speaker_of(out, "The Orlov budget will cut the deficit by half.") is None
    assert speaker_of(out, "sold next year to Tarvo Shipping") is None


@pytest.mark.parametrize("line", ["Портовый вестник, июль 2007.", "Harbour Business, July 2007."])
def test_a_magazines_name_and_issue_alone_is_no_claim(cast, line):
    out = claims(f"Гавань и паромы\n\n{line}\n\nПаромы снова пойдут весной, сообщил Йон Велл.\n", cast)
    assert not any(said.startswith(line[:8]) for said, _ in out)
    assert any("Паромы снова пойдут" in said for said, _ in out)


def test_a_dated_sentence_with_a_comma_still_asserts(cast):
    out = claims("Harbour news\n\nThe ferry was sold in July 2007.\n", cast)
    assert any("The ferry was sold" in said for said, _ in out)

"""A role tied to the wrong holder: a verb of saying deep inside the question put to a spokesman spoke instead of
him; "…, об этом заявил замглавы ведомства X" gave the ministry the words; "по словам представителя ведомства" right
after that ministry's spokeswoman spoke gave them to the ministry, not to her; "…, said the head of the X Bank" to
the bank, not to the governor the text named; a quotation an outlet only passes on to the outlet, not to the one
who spoke right before it."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, KELL, claims, speaker_of

FISHERIES = Entity("fisheries", "Ministry of Fisheries of Borealia", "Organization",
                   pref_labels=(("Ministry of Fisheries of Borealia", "en"),
                                ("Министерство рыболовства Бореалии", "ru")),
                   alt_labels=(("Министерства рыболовства Бореалии", "ru"),))
BANK = Entity("bank", "Borealian Reserve Bank", "Organization", pref_labels=(("Borealian Reserve Bank", "en"),),
              alt_labels=(("BRB", "en"),))
PORTS = Entity("ports", "Ministry of Ports of Borealia", "Organization",
               pref_labels=(("Ministry of Ports of Borealia", "en"), ("Министерство портов Бореалии", "ru")),
               alt_labels=(("Министерства портов Бореалии", "ru"),))
# a spokeswoman the registry knows by her title, which names her ministry
VESNA = Entity("vesna", "Ilse Vesna", "Person", pref_labels=(("Ilse Vesna", "en"), ("Ильза Весна", "ru")),
               roles=(("официальный представитель Министерства портов Бореалии", "ru"),))
KELPWIRE = Entity("kelpwire", "Kelpwire", "Organization",
                  pref_labels=(("Kelpwire", "en"), ("Kelpwire", "ru")),
                  alt_labels=(("Kelpwire news agency", "en"), ("агентство Kelpwire", "ru")))


@pytest.fixture(scope="module")
def roles_linker():
    return Linker(CAST + [FISHERIES, BANK, KELPWIRE, PORTS, VESNA])


def test_a_verb_of_saying_deep_inside_a_question_put_to_the_speaker_says_nothing(roles_linker):
    out = claims("Mira Orlen is the spokeswoman of the harbour board.\n\n"
                 "Asked if it was correct that Tomas Varga had threatened to quit over the levy, Orlen said the board "
                 "had heard nothing of the kind.", roles_linker)
    assert speaker_of(out, "heard nothing") == "orlen"


def test_a_reference_back_after_a_comma_puts_the_speaker_after_the_verb(roles_linker):
    out = claims("Министерство рыболовства Бореалии выдаст квоты в срок, об этом заявил замглавы ведомства "
                 "Томас Варга.", roles_linker)
    assert speaker_of(out, "квоты в срок") == "varga"


@pytest.mark.parametrize("lead, body, speaker", [
    ("Официальный представитель Министерства рыболовства Бореалии Мира Орлен прокомментировала",
     "Министерства рыболовства Бореалии", "orlen"),
    ("Ильза Весна прокомментировала", "Министерства портов Бореалии", "vesna"),   # her registry title names it
    ("Томас Варга прокомментировал", "Министерства рыболовства Бореалии", "fisheries"),   # no one with the title
    # the spokeswoman of another body
    ("Официальный представитель Министерства рыболовства Бореалии Мира Орлен прокомментировала",
     "Министерства портов Бореалии", "ports"),
])
def test_the_title_of_the_spokeswoman_who_just_spoke_before_her_body_is_hers(roles_linker, lead, body, speaker):
    out = claims(f"{lead} новые квоты соседей.\n\nПо словам представителя {body}, такие квоты несправедливы.",
                 roles_linker)
    assert speaker_of(out, "несправедливы") == speaker


def test_the_head_of_a_body_is_the_person_the_text_titled_as_leading_it(roles_linker):
    out = claims("The governor of the Borealian Reserve Bank, Mira Orlen, doubts that rates can fall soon.\n\n"
                 "“Prices of bread and fuel keep climbing,” said the head of the BRB.", roles_linker)
    assert speaker_of(out, "keep climbing") == "orlen"


def test_the_head_of_a_body_no_one_was_titled_to_lead_is_still_the_body(roles_linker):
    out = claims("Tomas Varga sold his shares last week.\n\n"
                 "“Prices of bread and fuel keep climbing,” said the head of the Borealian Reserve Bank.",
                 roles_linker)
    assert speaker_of(out, "keep climbing") == "bank"


def relayed(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.claimant, c.via) for c in extract(doc, linker).claims
            if c.kind != "quantity"]


@pytest.mark.parametrize("tag", ["передает Kelpwire", "цитирует Kelpwire"])
def test_a_quotation_an_outlet_only_passes_on_goes_on_with_the_speaker_before_it(roles_linker, tag):
    out = relayed("Слухи об отставке Томаса Варги не соответствуют действительности, заявили в пресс-службе "
                  f"Министерства рыболовства Бореалии. «Работаем в обычном режиме», — {tag}.", roles_linker)
    assert out[-1][1:] == ("fisheries", ("kelpwire",))


def test_a_quotation_an_outlet_passes_on_with_no_one_speaking_before_is_the_outlets(roles_linker):
    out = relayed("Порт закрыт третий день. «Работаем в обычном режиме», — передает Kelpwire.", roles_linker)
    assert out[-1][1] == "kelpwire"


def test_she_after_a_post_named_by_its_initials_is_whoever_holds_that_post(roles_linker):
    out = claims("Asked about the ferry strike, the Harbour Master's Spokesman (HMS) said the quay would reopen.\n\n"
                 "Asked about Tomas Varga, the HMS said that she had not met him. She added that the harbour levy "
                 "would stay.", roles_linker)
    assert speaker_of(out, "levy would stay") != "varga"
    assert speaker_of(out, "levy would stay") == speaker_of(out, "quay would reopen")


def test_a_quotation_an_outlet_reports_after_someone_spoke_is_that_speakers(roles_linker):
    out = relayed('Tomas Varga said the harbour levy was unfair. "Nobody asked the dockers," Kelpwire reported.',
                  roles_linker)
    assert out[-1][1:] == ("varga", ("kelpwire",))


def test_he_after_she_stood_for_one_person_is_another_person(roles_linker):
    out = claims("Mira Orlen met Tomas Varga in the capital. She said the talks would resume in May. He said the "
                 "border would stay closed.", roles_linker)
    assert speaker_of(out, "resume in May") == "orlen"
    assert speaker_of(out, "stay closed") == "varga"


def test_a_russian_past_tense_tells_the_speakers_gender_for_the_pronouns_after_it(roles_linker):
    out = claims("Мира Орлен заявила журналистам, что квоты будут выданы в срок, а Томас Варга промолчал. Он добавил, "
                 "что флот готов.", roles_linker)
    assert speaker_of(out, "флот готов") == "varga"


@pytest.mark.parametrize("lead", ["The chief economist of the Borealian Reserve Bank, Mira Orlen,",
                                  "The deputy governor of the Borealian Reserve Bank, Mira Orlen,"])
def test_the_head_of_a_body_is_not_one_the_text_titled_with_another_post_there(roles_linker, lead):
    out = claims(f"{lead} doubts that rates can fall soon.\n\n"
                 "“Prices of bread and fuel keep climbing,” said the head of the BRB.", roles_linker)
    assert speaker_of(out, "keep climbing") == "bank"


def test_a_title_several_bystanders_share_goes_on_with_the_untitled_last_speaker():
    text = ("Tomas Varga said on Monday the harbour would reopen within a week.\n\n"
            "\"The dockers will be back on Thursday,\" Varga said. The harbour board counts Fisheries Minister "
            "Arno Kell and Transport Minister Mira Orlen among its members.\n\n"
            "Asked about the strike, the minister said the dockers had been misled.")
    assert speaker_of(claims(text, Linker(CAST + [KELL])), "had been misled") == "varga"

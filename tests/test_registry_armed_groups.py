"""An armed group well known by name is in the built-in registry, so the claim of responsibility it makes has it for
its speaker; the Russian name is the group too, and an Islamic state written in lower case is no such group (invented places)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def _extracted(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return doc, extract(doc, linker)


@pytest.mark.parametrize("text", [
    "Late on Sunday the Islamic State group claimed responsibility for a blast at a grain store in Vellmar.",
    "ISIL claimed responsibility for a blast at a grain store in Vellmar.",
])
def test_the_group_is_known_and_speaks_for_its_claim(linker, text):
    _, out = _extracted(text, linker)
    assert "islamic-state" in {m.entity for m in out.mentions}
    assert [c.claimant for c in out.claims if c.kind != "quantity"] == ["islamic-state"]


def test_the_russian_name_is_the_group_too(linker):
    _, out = _extracted("Боевики «Исламского государства» взорвали склад в Вельмаре.", linker)
    assert "islamic-state" in {m.entity for m in out.mentions}


def test_an_islamic_state_in_lower_case_is_no_group(linker):
    _, out = _extracted("Tarvia has called itself an Islamic state since its constitution was adopted.", linker)
    assert "islamic-state" not in {m.entity for m in out.mentions}

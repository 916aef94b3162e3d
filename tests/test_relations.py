import pytest

from claimsgraph.extract.relations import find_relation
from claimsgraph.ingest import parse_document
from claimsgraph.model import MentionIndex, Span


@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin met with Ilham Aliyev in Sochi.", ("vladimir-putin", "meetsWith", "ilham-aliyev")),
    ("Путин на встрече со своим азербайджанским коллегой Ильхамом Алиевым говорил о границе.",
     ("vladimir-putin", "meetsWith", "ilham-aliyev")),
    ("Russian peacekeepers were deployed in Nagorno-Karabakh last year.",
     ("russian-peacekeepers", "deployedIn", "nagorno-karabakh")),
    ("Российские миротворцы размещены в Нагорном Карабахе.", ("russian-peacekeepers", "deployedIn", "nagorno-karabakh")),
    ("With the mediation of Russia, Armenia and Azerbaijan exchanged prisoners.",
     ("russia", "mediatesBetween", "armenia")),
    ("The weather in Baku was warm and sunny that day.", None),
])
def test_relations(linker, text, expected):
    doc = parse_document("r.txt", text.encode(), "text/plain")
    types = {k: e.type for k, e in linker.entities.items()}
    assert find_relation(doc.text, Span(0, len(doc.text)), MentionIndex(linker.mentions(doc)), types) == expected

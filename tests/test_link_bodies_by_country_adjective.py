"""A registry body named with its country's name after it ("ВС Армении") is also named with the country's adjective
before it ("армянские ВС", in any case): link.py ``_with_home_adjective``, lang/ru.py ``COUNTRY_ADJECTIVES``.
Every sentence is invented."""
import pytest


def _linked(linker, body):
    from claimsgraph.ingest import parse_document

    doc = parse_document("t.txt", f"Учения\n\n{body}\n".encode(), "text/plain")
    return [(doc.text[m.span.start:m.span.end], m.entity) for m in linker.mentions(doc)]


@pytest.mark.parametrize("body, written, entity", [
    ("Посредник призвал к отводу азербайджанских ВС от старой дороги.", "азербайджанских ВС",
     "azerbaijani-armed-forces"),
    ("Командиры армянских ВС провели смотр у озера.", "армянских ВС", "armenian-armed-forces"),
    ("Турецкие вооруженные силы начали учения в среду.", "Турецкие вооруженные силы", "turkish-armed-forces"),
])
def test_a_body_is_named_by_its_countrys_adjective_before_it(linker, body, written, entity):
    assert (written, entity) in _linked(linker, body)


def test_another_countrys_adjective_names_no_registry_body(monkeypatch):
    # Velmaria has an adjective in the table but no armed forces in the registry: Tarnovia's are not meant
    from claimsgraph.lang import ru
    from claimsgraph.link import Linker
    from claimsgraph.model import Entity

    monkeypatch.setitem(ru.COUNTRY_ADJECTIVES, "Тарновия", ("тарновский",))
    monkeypatch.setitem(ru.COUNTRY_ADJECTIVES, "Велмария", ("велмарский",))
    linker = Linker([Entity("tarnovia", "Tarnovia", "Country", pref_labels=(("Тарновия", "ru"),)),
                     Entity("velmaria", "Velmaria", "Country", pref_labels=(("Велмария", "ru"),)),
                     Entity("tarnovian-armed-forces", "Tarnovian Armed Forces", "Organization",
                            pref_labels=(("ВС Тарновии", "ru"),))])
    assert ("тарновских ВС", "tarnovian-armed-forces") in _linked(linker, "Командиры тарновских ВС провели смотр.")
    assert not any(entity.endswith("armed-forces")
                   for _, entity in _linked(linker, "Командиры велмарских ВС провели смотр у озера."))

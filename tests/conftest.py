"""Shared fixtures: the repository's own seeds, gold and ontology, and one build of the seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ONTOLOGY = ROOT / "ontology"
SEEDS_GOLD = ROOT / "tests" / "data" / "seeds-gold"
ARTICLES = ROOT / "tests" / "data" / "articles"
ARTICLES_GOLD = ROOT / "tests" / "data" / "articles-gold"
HOLDOUT = ROOT / "tests" / "data" / "holdout"
HOLDOUT_GOLD = ROOT / "tests" / "data" / "holdout-gold"
DEV_OTHER = ROOT / "tests" / "data" / "dev-other"          # other subjects than the seeds', for tuning
DEV_OTHER_GOLD = ROOT / "tests" / "data" / "dev-other-gold"


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run slow tests (real server, real browser)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def linker():
    from claimsgraph.pipeline import make_linker

    return make_linker(ONTOLOGY)


@pytest.fixture(scope="session")
def cast():
    """The invented cast of tests/extracted.py alone, for the stage tests written on it."""
    from claimsgraph.link import Linker
    from extracted import CAST

    return Linker(CAST)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The seeds built once into a temporary exports folder."""
    from claimsgraph.pipeline import build

    out = tmp_path_factory.mktemp("exports")
    report = build([SEEDS], ONTOLOGY, out)
    return out, report


@pytest.fixture(scope="session")
def seeds_store(seeds_build):
    from claimsgraph.store import open_store

    return open_store(seeds_build[0])


INVENTED = {   # two invented articles whose figures disagree: for the CLI and API tests
    "velmar-port.txt": "Velmar port handled record grain\n\n"
                       "Lena Ostrova, the head of the Velmar harbour board, said on Monday that the port handled "
                       "1.2 million tons of grain last year.\nShe said the new quay would open in May.\n",
    "velmar-audit.txt": "Audit questions Velmar grain figures\n\n"
                        "The Velmar harbour board handled 900,000 tons of grain last year, auditor Piet Marran "
                        "said on Tuesday.\nMarran said that the board had overstated its figures.\n",
}


@pytest.fixture(scope="session")
def invented_build(tmp_path_factory):
    """INVENTED written to a folder and built once: (corpus folder, build folder)."""
    from claimsgraph.pipeline import build

    root = tmp_path_factory.mktemp("invented")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in INVENTED.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build([corpus], ONTOLOGY, root / "out")
    return corpus, root / "out"


@pytest.fixture
def typed(linker):
    """find_names with the model's names given as (phrase, type, which occurrence) -> ({label: type},
    [(mention text, label)])."""
    from extracted import model_names

    def run(text, spans=()):
        doc, entities, mentions, _ = model_names(linker, text, spans)
        labels = {e.key: e.label for e in entities}
        return {e.label: e.type for e in entities}, [(doc.text[m.span.start:m.span.end], labels.get(m.entity, m.entity))
                                                     for m in mentions]
    return run

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

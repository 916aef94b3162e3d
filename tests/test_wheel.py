"""The package as a user gets it: a wheel built from the repository, installed into a fresh
venv, run from a folder that has nothing to do with the checkout; also beside another
distribution that installs a top-level ``graph/`` (as graph-theory does on the index).

The venvs find the dependencies in this environment's site-packages, so only the wheel is
installed; building the wheel may fetch setuptools from the package index.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import requests

from claimsgraph import __version__

from tests.conftest import ROOT
from tests.test_serve import free_port

pytestmark = pytest.mark.slow

# What a source distribution would hold: the repository less its history, tests, docs and builds.
NOT_SHIPPED = shutil.ignore_patterns(".git", "exports", "tests", "docs", "benchmarks", "build", "*.egg-info",
                                     "__pycache__", ".pytest_cache", ".hypothesis")

ARTICLES = {
    "harbour.txt": "Eastbrook harbour to reopen\n\nMara Lindqvist, the mayor of Eastbrook, said on Monday that "
                   "the harbour would reopen in May. \"The repairs cost 12 million dollars,\" Lindqvist said.\n",
    "bridge.txt": "Westfold bridge delayed\n\nThe Westfold Roads Agency said on Tuesday that the bridge over the "
                  "Olm river would open a year late. The agency said the bridge is 840 metres long.\n",
}


def run(*command: str | Path, cwd: Path | None = None, timeout: float = 600) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=_clean_env(), capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a background job (pytest started with ``&``) starts ignoring it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _clean_env() -> dict[str, str]:
    """The user's environment, less anything that would find the checkout instead of the wheel."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source") / "claimsgraph"
    shutil.copytree(ROOT, source, symlinks=True, ignore=NOT_SHIPPED)
    out = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, source)
    (built,) = out.glob("claimsgraph-*.whl")
    return built


def make_venv(where: Path, wheel: Path) -> Path:
    """A venv with the wheel installed that finds the dependencies where this interpreter does.

    The site-packages folders are added as plain paths, so their .pth files are not run: the
    checkout's own editable install (a finder hook) would otherwise serve whatever the wheel lacks.
    """
    run(sys.executable, "-m", "venv", where)
    (site_dir,) = (where / "lib").glob("python3*/site-packages")
    (site_dir / "dependencies.pth").write_text("".join(f"{p}\n" for p in sys.path if p.endswith("site-packages")))
    run(where / "bin" / "python", "-m", "pip", "install", "-q", wheel)
    return where / "bin"


def graph_package(where: Path) -> Path:
    """A distribution of another project whose import name is `graph`, built as a wheel."""
    (where / "graph").mkdir(parents=True)
    (where / "graph" / "__init__.py").write_text('raise ImportError("this is another project\'s graph")\n')
    (where / "pyproject.toml").write_text('[build-system]\nrequires = ["setuptools>=64"]\n'
                                          'build-backend = "setuptools.build_meta"\n\n'
                                          '[project]\nname = "other-graph"\nversion = "0.1"\n\n'
                                          '[tool.setuptools]\npackages = ["graph"]\n')
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", where / "dist", where)
    (built,) = (where / "dist").glob("other_graph-*.whl")
    return built


def test_the_wheel_holds_every_module_and_the_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    source = ROOT / "graph"
    expected = {f"claimsgraph/{p.relative_to(source).as_posix()}" for p in source.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}
    assert expected <= names, f"missing from the wheel: {sorted(expected - names)}"
    for data in ("ontology/claimsgraph.ttl", "ontology/shapes.ttl", "ontology/registry.ttl",
                 "queries/claims_by_claimant.rq", "queries/listing/claims.rq", "templates/graph.html",
                 "lang/en.py", "lang/ru.py", "__main__.py"):
        assert f"claimsgraph/{data}" in names
    assert not any(n.startswith("graph/") for n in names), "the wheel must not install a top-level graph/"


@pytest.mark.parametrize("other_graph", [False, True], ids=["alone", "beside-another-graph-package"])
def test_the_installed_wheel_builds_queries_and_serves_from_any_folder(wheel, tmp_path, other_graph):
    bin_dir = make_venv(tmp_path / "venv", wheel)
    home = tmp_path / "elsewhere"
    (home / "news").mkdir(parents=True)
    for name, text in ARTICLES.items():
        (home / "news" / name).write_text(text, encoding="utf-8")
    if other_graph:
        run(bin_dir / "python", "-m", "pip", "install", "-q", graph_package(tmp_path / "other"))
        with pytest.raises(AssertionError, match="another project's graph"):
            run(bin_dir / "python", "-c", "import graph", cwd=home)

    installed = run(bin_dir / "python", "-c", "import claimsgraph; print(claimsgraph.__file__)", cwd=home)
    assert Path(installed.strip()).is_relative_to(tmp_path / "venv"), installed
    assert run(bin_dir / "claimsgraph", "--version", cwd=home).strip() == f"claimsgraph, version {__version__}"
    assert run(bin_dir / "python", "-m", "claimsgraph", "--version", cwd=home).strip() == \
        f"claimsgraph, version {__version__}"
    usage = " ".join(run(bin_dir / "claimsgraph", "build", "--help", cwd=home).split())
    assert "[default: exports]" in usage and "site-packages" not in usage

    summary = run(bin_dir / "claimsgraph", "build", "-q", "news", cwd=home)
    assert "2 documents" in summary, summary
    for name in ("claims.ttl", "claims.trig", "graph.html", "manifest.json"):
        assert (home / "exports" / name).is_file()
    site = Path(installed.strip()).parent.parent
    assert not (site / "exports").exists() and not (site / "claimsgraph" / "exports").exists()

    claimants = run(bin_dir / "claimsgraph", "query", "-n", "claims_by_claimant", "--format", "csv", cwd=home)
    assert "Mara Lindqvist" in claimants, claimants

    port = free_port()
    with subprocess.Popen([bin_dir / "claimsgraph", "serve", "--port", str(port), "--workers", "1"], cwd=home,
                          env=_clean_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          preexec_fn=as_from_a_terminal) as server:
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                assert server.poll() is None, f"serve exited: {server.stdout.read()}"
                assert time.monotonic() < deadline, "serve did not start in 60 s"
                try:
                    if requests.get(f"{url}/health", timeout=2).ok:
                        break
                except requests.ConnectionError:
                    time.sleep(0.2)
            answer = requests.get(f"{url}/sparql", timeout=30, params={
                "query": "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://schema.org/NewsArticle> }"})
            assert answer.json()["results"]["bindings"][0]["n"]["value"] == "2"
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(20)
            except subprocess.TimeoutExpired:
                server.kill()
    assert server.returncode == 128 + signal.SIGINT, server.returncode   # stopped as by Ctrl-C

"""claimsgraph: news articles to a claims knowledge graph in RDF with provenance.

The pipeline, one module a stage: ingest → segment → link → extract → rdf →
store → export / query / visualize; ``api`` is the library's front door
(``claimsgraph.build``, ``claimsgraph.open_graph``), ``cli`` a thin layer over it.
"""
import os

# The models multiply many small matrices: BLAS threads only spin against each other (20x the
# CPU for natasha's NER on a busy machine). Parallelism comes from processes (`build -j N`).
# Set before numpy is first imported; a user's own setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

__version__ = "1.0.0"

__all__ = ["Graph", "build", "open_graph", "__version__"]


def __getattr__(name: str):
    """The Python API, imported on first use: importing a stage before ``rdf`` loads no RDF library."""
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'claimsgraph' has no attribute {name!r}")

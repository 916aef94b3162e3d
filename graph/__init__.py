"""claimsgraph: news articles to a claims knowledge graph in RDF with provenance.

The pipeline, one module a stage: ingest → segment → link → extract → rdf →
store → export / query / visualize; ``cli`` is a thin layer on top.
"""
import os

# The models multiply many small matrices: BLAS threads only spin against each other (20x the
# CPU for natasha's NER on a busy machine). Parallelism comes from processes (`build -j N`).
# Set before numpy is first imported; a user's own setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

__version__ = "1.0.0"

from .api import Graph, build, open_graph  # noqa: E402 - after the thread settings above

__all__ = ["Graph", "build", "open_graph", "__version__"]

"""claimsgraph: news articles to a claims knowledge graph in RDF with provenance.

The pipeline, one module a stage: ingest → segment → link → extract → rdf →
store → export / query / visualize; ``cli`` is a thin layer on top.
"""
__version__ = "1.0.0"

"""``python -m claimsgraph``: the same command as ``claimsgraph``."""
from .cli import main

main()

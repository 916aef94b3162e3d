"""Every package under graph/, installed as claimsgraph.*: found rather than listed, so a new
subpackage cannot be left out of the wheel. Everything else is in setup.cfg."""
from setuptools import find_packages, setup

setup(packages=["claimsgraph", *(f"claimsgraph.{name}" for name in find_packages("graph"))])

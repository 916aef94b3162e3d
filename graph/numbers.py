"""How a figure is written: plain digits in data, grouped digits for people, never an exponent.

Every place that shows or stores a figure goes through here, so "1.5 million
tons" is 1500000 in a listing, 1,500,000 in a table and never ``1.5e+06``.
"""
from __future__ import annotations

from decimal import Decimal


def exact(value: float) -> Decimal:
    """The shortest decimal that reads back as ``value``: 2.4e12 is 2400000000000, 0.1 is 0.1."""
    d = Decimal(repr(float(value)))
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def plain(value: float) -> int | float:
    """A figure for data (JSON, CSV): an int when whole, so no ``.0`` and no exponent in output."""
    return int(value) if float(value).is_integer() else float(value)


def plain_text(value: float) -> str:
    """A figure as plain digits: "1500000", "7.75", "0.00001"."""
    return format(exact(value), "f")


def grouped(value: float) -> str:
    """A figure for people: "1,500,000", "7.75", "31,500.5"."""
    return format(exact(value), ",f")

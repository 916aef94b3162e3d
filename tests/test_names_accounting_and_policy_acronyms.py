"""Acronyms of accounting standards and of a central bank's bond buying name no body (invented firms and
sentences)."""


def test_russian_accounting_standards_are_no_bodies(typed):
    types, _ = typed("Прибыль\n\nЧистая прибыль «Вельтелекома» по МСФО выросла на 5%. Выручка по РСБУ не изменилась.\n",
                     [("МСФО", "Organization", 0), ("РСБУ", "Organization", 0)])
    assert "МСФО" not in types
    assert "РСБУ" not in types


def test_bond_buying_and_accounting_standards_are_no_bodies(typed):
    types, _ = typed("Rates\n\nThe Bank of Tarnia bought 90 billion crowns of bonds under QE. Profit under IFRS rose, "
                     "and under US GAAP it fell.\n",
                     [("QE", "Organization", 0), ("IFRS", "Organization", 0), ("GAAP", "Organization", 0)])
    assert "QE" not in types
    assert "IFRS" not in types
    assert "GAAP" not in types

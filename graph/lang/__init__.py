"""Language data as data: one module per language, each a set of named tables.

Adding a language is one new module with the same table names, listed in
``LANGUAGES``; adding a word is one line in its table. Rules that know the
language of a passage read ``language(code)``; rules that run before it is
known (page furniture, dates, anaphors in a mixed text) read every language's
table at once through ``alternation``, ``merged`` and ``joined``. What no
language owns (currency signs, ISO codes) is here.
"""
from __future__ import annotations

from types import ModuleType

from . import en, ru

LANGUAGES: dict[str, ModuleType] = {"en": en, "ru": ru}


def language(code: str) -> ModuleType:
    """The tables of a language; English for a language without a module."""
    return LANGUAGES.get(code, en)


def tables(name: str) -> list:
    """The table ``name`` of every language that has one, in ``LANGUAGES`` order."""
    return [getattr(module, name) for module in LANGUAGES.values() if hasattr(module, name)]


def alternation(name: str) -> str:
    """A table of regular expressions, every language's alternatives in one."""
    return "|".join(table for table in tables(name) if table)


def merged(name: str) -> dict:
    """A table of words and what each stands for, over every language."""
    return {key: value for table in tables(name) for key, value in table.items()}


def joined(name: str) -> tuple:
    """A table of words or phrases, over every language."""
    return tuple(item for table in tables(name) for item in table)


def titles_by_word(module: ModuleType | None = None) -> tuple:
    """Every language's PERSON_TITLES (or one language's, given its ``module``) whose words are title words each
    ("Chief Adviser"), not those that are titles only as a whole phrase (PHRASE_TITLES: "Health Officer";
    "Health Canada" is a body's name)."""
    modules = [module] if module is not None else list(LANGUAGES.values())
    phrases = {p for m in modules for p in getattr(m, "PHRASE_TITLES", ())}
    return tuple(title for m in modules for title in getattr(m, "PERSON_TITLES", ()) if title not in phrases)


def phrase_title_openers(module: ModuleType | None = None) -> frozenset:
    """The first words of titles that are titles only as a whole phrase ("Health" of "Health Officer"): before a
    capitalised name word they open a body's name ("Health Canada"), no one's given name."""
    modules = [module] if module is not None else list(LANGUAGES.values())
    return frozenset(p.split()[0] for m in modules for p in getattr(m, "PHRASE_TITLES", ()))


def one_of(words) -> str:
    """An alternation of words or phrases (regular expressions as written), longest first, ties by the word: a set's
    words make one pattern text in every process."""
    return "|".join(sorted(set(words), key=lambda word: (-len(word), word)))


def capitals() -> str:
    """Every language's capital letters, for a character class: "A-ZА-ЯЁ"."""
    return "".join(letters.upper() for letters in tables("LETTERS"))


# A share's listing in brackets, the exchange and the symbol: "(NYSE: XYZ)", "(Nasdaq:XYZ)", and the words of a link
# a finance page adds after it ("(Nasdaq: XYZ - News)").
TICKER = r"\(\s*[A-Z][A-Za-z]{1,9}\s*:\s*[A-Z][A-Z.]{0,6}(?:\s+[-–|]\s+[A-Z][a-z]{1,12})?\s*\)"
# A share's instrument code written after a company's name, the symbol and the exchange's suffix: "Vexon VXN.L",
# "Tarnwell Group TWG.AX" (a symbol of one letter would be an abbreviation's: "U.S", "D.C").
INSTRUMENT_CODE = r"[A-Z0-9]{2,6}\.[A-Z]{1,2}"

# ---------------------------------------------------------------------------
# Figures: signs every language writes the same way
# ---------------------------------------------------------------------------

# ISO 4217 codes (written before a figure: "USD 2.4 billion") and the unit noun each stands for.
CURRENCIES = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "RUB": "rubles", "AZN": "manats",
              "AMD": "drams", "GEL": "lari", "JPY": "yen", "CNY": "yuan", "INR": "rupees", "CHF": "Swiss francs",
              "SGD": "Singapore dollars", "AUD": "Australian dollars", "CAD": "Canadian dollars",
              "HKD": "Hong Kong dollars", "NZD": "New Zealand dollars", "UAH": "hryvnias", "TRY": "lira",
              "KZT": "tenge", "NGN": "naira", "ZAR": "rand", "BRL": "reais", "KRW": "won", "PLN": "zlotys",
              "BYN": "Belarusian rubles",
              "KES": "Kenyan shillings", "UGX": "Ugandan shillings", "TZS": "Tanzanian shillings", "GHS": "cedis",
              "EGP": "Egyptian pounds", "PKR": "Pakistani rupees", "LKR": "Sri Lankan rupees", "BDT": "taka",
              "IDR": "rupiah", "MXN": "Mexican pesos", "ARS": "Argentine pesos", "CLP": "Chilean pesos",
              "VND": "dong", "THB": "baht", "MYR": "ringgit", "SAR": "Saudi riyals", "AED": "dirhams",
              "QAR": "Qatari riyals", "ILS": "shekels", "UZS": "soums", "KGS": "soms", "TJS": "somoni",
              "MDL": "Moldovan lei", "HUF": "forints", "CZK": "korunas", "SEK": "Swedish kronor",
              "NOK": "Norwegian kroner", "DKK": "Danish kroner", "TWD": "New Taiwan dollars"}
# Currencies written by their noun or sign only: their ISO codes are other words' letters before a figure ("COP28",
# "PHP 8", "an IRR of 12%", "RON95 petrol"), so no code before a figure stands for them.
NAMED_CURRENCIES = {"COP": "Colombian pesos", "PHP": "Philippine pesos", "IRR": "rials", "RON": "lei"}
# Currency signs before or after a figure ("€500 million", "500 €") and the currency they stand for.
CURRENCY_SIGNS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₼": "AZN", "֏": "AMD",
                  "₾": "GEL", "¥": "JPY", "₹": "INR", "₴": "UAH", "₺": "TRY", "₸": "KZT", "₦": "NGN", "₩": "KRW",
                  "S$": "SGD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD",
                  "R$": "BRL", "Rs": "INR", "Rs.": "INR", "NT$": "TWD", "TL": "TRY",
                  # a shilling's signs: "Sh"/"Ksh" in Kenya's press, "Shs"/"USh" in Uganda's, "TSh" in Tanzania's
                  "Ksh": "KES", "Ksh.": "KES", "KSh": "KES", "KSh.": "KES", "Kshs": "KES", "Kshs.": "KES",
                  "KShs": "KES", "Sh": "KES", "Sh.": "KES", "Shs": "UGX", "Shs.": "UGX", "USh": "UGX",
                  # and in lower case in blogs and budget summaries ("sh 12 billion", "ksh 4.5 million")
                  "ksh": "KES", "ksh.": "KES", "kshs": "KES", "kshs.": "KES", "sh": "KES", "sh.": "KES",
                  "shs": "UGX", "shs.": "UGX",
                  "TSh": "TZS", "GH¢": "GHS", "GH₵": "GHS", "₵": "GHS", "E£": "EGP", "LE": "EGP", "Rp": "IDR",
                  "Rp.": "IDR", "₱": "PHP", "Mex$": "MXN", "MX$": "MXN", "AR$": "ARS", "CLP$": "CLP", "COL$": "COP",
                  "₫": "VND", "฿": "THB", "RM": "MYR", "₪": "ILS", "Tk": "BDT", "Tk.": "BDT", "৳": "BDT",
                  "Dh": "AED", "Dhs": "AED", "QR": "QAR", "Kč": "CZK", "Ft": "HUF", "R": "ZAR"}
# Signs several currencies share, the noun they stand for when the text names no one country of theirs (or several),
# and those currencies: the text's country picks one (CURRENCY_COUNTRIES): "Sh" is Kenya's, Uganda's, Tanzania's.
SHARED_SIGNS = {sign: ("shillings", ("KES", "UGX", "TZS"))
                for sign in ("Sh", "Sh.", "Shs", "Shs.", "sh", "sh.", "shs", "shs.")}
# Signs made of letters that count only before a figure: after one they are other words' letters ("5 RM staff",
# "3 LE models", "12 Shia militants", "4 R pieces").
PREFIX_SIGNS = {"Ksh", "Ksh.", "KSh", "KSh.", "Kshs", "Kshs.", "KShs", "Sh", "Sh.", "Shs", "Shs.", "USh", "TSh", "LE",
                "Rp", "Rp.", "Tk", "Tk.", "Dh", "Dhs", "QR", "RM", "R", "TL", "Ft",
                "ksh", "ksh.", "kshs", "kshs.", "sh", "sh.", "shs", "shs."}
# Signs of one letter, as often another word's letter ("the R40 road", "R2-D2", "Grade R 12"): a figure glued to one
# is money only when written as money is: with a scale, grouped thousands or cents, or ending its clause ("R4.2
# billion", "R12 500", "R14.65", "fined R500.").
LETTER_SIGNS = {"R"}
# Canonical units and the code the RDF gives each (schema:unitCode): the UN/CEFACT common code where
# there is one, else a code with its scheme as prefix (schema.org's convention): ISO 4217 for money.
UNIT_CODES = {
    "people": "IE", "t": "TNE", "kg": "KGM", "km": "KMT", "m": "MTR", "km2": "KMK", "m2": "MTK", "ha": "HAR",
    "in": "INH", "mi": "SMI", "mi2": "MIK", "m3": "MTQ", "mm": "MMT", "mmHg": "HN",
    "h": "HUR", "min": "MIN", "d": "DAY", "wk": "WEE", "mo": "MON", "qtr": "QAN", "yr": "ANN", "%": "P1",
    "pp": "cg:percentagePoint", "bp": "cg:basisPoint",
    "votes": "cg:vote", "times": "cg:times", "cel": "CEL", "kW": "KWT", "MW": "MAW", "GW": "A90", "kWh": "KWH", "MWh": "MWH",
    "GWh": "GWH", "TWh": "D32", "mph": "HM", "bbl": "BLL",
    "km/h": "KMH", "m/s": "MTS", "mi/h": "HM", "bbl/d": "B1", "s": "SEC",
    **{code: f"ISO4217:{code}" for code in (*CURRENCIES, *NAMED_CURRENCIES)},
}

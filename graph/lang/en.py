"""English: the tables the rules read, by what they are for."""
from __future__ import annotations

# ---------------------------------------------------------------------------
# Figures: number words, scales, bounds, units (read by extract/quantities.py)
# ---------------------------------------------------------------------------

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "dozens": 12,
}
SCALE_WORDS = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
}
# Scales written straight after a currency figure: "$300m", "€2k".
SIGN_SCALES = {"m": 1e6, "k": 1e3, "b": 1e9}
# Phrases before a figure that make it approximate; the bound ones say which end they fix.
APPROXIMATE = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "an estimated",
               "estimated", "close to")
LOWER_BOUND = ("more than", "over", "at least", "no fewer than", "no less than", "in excess of", "upwards of")
UPPER_BOUND = ("up to", "less than", "fewer than", "at most", "no more than")

# Two figures that are the ends of one range: "between 3 and 5 per cent", "from 64 to 47", "3-5 tonnes".
RANGE_OPENERS = {"between": "and", "from": "to"}
RANGE_JOINERS = ("to", "-", "–", "—")
# Two figures that are a vote's tally ("412-18", "voted 52 to 47"), read when the sentence speaks of votes.
TALLY_JOINERS = ("-", "–", "—", "to")
TALLY_CUES = r"\bvot(?:e|es|ed|ing)\b|\bballots?\b|\bpassed\b|\bapproved\b|\badopted\b|\brejected\b"
TALLY_UNIT = "votes"
# Before a figure, a span of time: "for 72 hours", "within 40 days".
DURATION_CUES = ("for", "within", "in", "after", "lasting", "over the past", "over the next")
# Around a span of time, words that make it a point in time: "3 days ago".
TIME_POINT_BEFORE: tuple[str, ...] = ()
TIME_POINT_AFTER = ("ago", "later", "earlier", "before", "after", "since")
# Per-cent words after a figure (a regular expression): "5 per cent", "5 percent".
PERCENT = r"per\s?cent(?!\w)|percent(?!\w)"

# Words that end a unit phrase ("500 tonnes of flour were shipped").
UNIT_STOP = {
    "were", "was", "have", "has", "had", "are", "is", "be", "been", "will", "would", "to", "from",
    "in", "at", "on", "by", "for", "since", "and", "or", "but", "that", "which", "who", "with",
    "into", "across", "during", "per", "than", "as", "the", "a", "an", "this", "these", "those",
    "their", "its", "his", "her", "our", "they", "we", "it", "there", "already", "also", "still",
    "returned", "delivered", "detected", "destroyed", "checked", "cleared", "deployed", "killed",
    "before", "after", "while", "when", "if", "because", "last", "next", "ago", "later", "earlier", "each",
    "every", "then", "now", "not", "no", "around", "along", "near", "inside", "outside", "off", "up", "down",
    "out", "about", "over", "under", "through", "via", "against", "behind", "beyond", "toward", "towards",
}
UNIT_KEEP_OF = {"prisoners", "persons", "packages", "sets", "batches"}   # "prisoners of war"
# Abbreviations inside a unit that a full stop follows: "sq. km".
UNIT_ABBREVIATIONS = {"sq"}
# Nouns that follow a number without being a counted unit ("two years", "the 76th session").
NOT_UNITS = {"year", "years", "years'", "per", "session", "century", "anniversary", "time", "times", "am", "pm",
             "gmt", "utc"}
# Stems of time words: a figure before them is a date, an age or "a 44-day war", unless a counted span.
TIME_STEMS = ("day", "week", "month", "year", "hour", "minute", "second")
# Words after a figure that point back to counted things: "four of its engineers", "12 of them".
PARTITIVE = ("of its", "of their", "of the", "of his", "of her", "of our")
ANAPHORIC = ("of them",)
# A bare figure after these counts what the figure before it counts: "40 to the north, and 12 to the coast".
ELLIPSIS_JOINERS = ("and",)
# A number with these is not a figure: an ordinal ("76th") or a reference ("paragraph 6").
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
REFERENCE_NOUNS = r"paragraphs?|articles?|points?|items?|clauses?|sections?|parts?|chapters?|resolution|no\.?|number"
# A year-like number ("1960") is a figure when a plural noun follows, not one of these words.
NOT_COUNTED = {"over", "after", "before", "when", "while", "under", "against", "through", "until", "amid",
               "between", "among", "during", "following", "because"}
COLLECTIVE_NOUNS = {"people", "personnel", "staff", "police", "troops"}
# Nouns that "two" pairs rather than counts: "the two countries".
PAIRED_NOUNS = {"countries", "sides", "states", "leaders", "parties", "nations", "republics", "neighbours",
                "neighbors", "presidents", "ministers", "capitals", "rivals"}

# Unit phrases (lower case, as written) and the canonical unit each stands for.
UNITS = {
    "people": "people", "person": "people", "persons": "people",
    "t": "t", "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t", "metric tons": "t", "metric tonnes": "t",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "km2": "km2", "km²": "km2", "sq km": "km2", "square kilometre": "km2", "square kilometres": "km2",
    "square kilometer": "km2", "square kilometers": "km2", "square km": "km2",
    "m2": "m2", "m²": "m2", "sq m": "m2", "square metre": "m2", "square metres": "m2", "square meter": "m2",
    "square meters": "m2",
    "ha": "ha", "hectare": "ha", "hectares": "ha",
    "mile": "mi", "miles": "mi", "square mile": "mi2", "square miles": "mi2",
    "m3": "m3", "m³": "m3", "cubic metre": "m3", "cubic metres": "m3", "cubic meter": "m3", "cubic meters": "m3",
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "usd": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rub": "RUB",
    "manat": "AZN", "manats": "AZN", "azn": "AZN",
    "dram": "AMD", "drams": "AMD", "amd": "AMD",
    "lari": "GEL", "gel": "GEL", "pound sterling": "GBP", "pounds sterling": "GBP", "gbp": "GBP",
    "hour": "h", "hours": "h", "hrs": "h", "minute": "min", "minutes": "min", "day": "d", "days": "d",
    "week": "wk", "weeks": "wk", "month": "mo", "months": "mo",
    "percent": "%", "per cent": "%", "percentage points": "pp", "percentage point": "pp",
    "vote": "votes", "votes": "votes",
}

# ---------------------------------------------------------------------------
# Page furniture: what a page prints around an article (read by ingest.py). Regular expressions.
# ---------------------------------------------------------------------------

# A short paragraph opening with one of these is furniture: credits, contact blocks, metadata labels,
# distribution and reprint notices.
FURNITURE_OPENERS = (
    r"©", r"interview(?:ed)? by", r"file photo", r"distributed by", r"(?:for )?media (?:enquiries|inquiries|contacts?)",
    r"press contacts?", r"contacts?\s*:", r"(?:published|updated|last updated|refreshed|posted|first published)\s*:",
    r"(?:persons|sections?|categor(?:y|ies)|filed under|keywords)\s*:", r"see\s*:", r"print version",
    r"no part of this (?:article|publication|material)", r"this (?:material|article|content) may not be",
    r"reproduction (?:in whole or in part|of this (?:article|material|content))",
    r"a version of this (?:article|story) (?:appeared|appears)",
    r"this (?:article|story) (?:was )?(?:first|originally) (?:appeared|published)",
    r"report (?:a|an) (?:error|typo|correction)", r"comments?\s*(?:\(\d+\))?\s*$",
)
# Headings, alone on their line, after which the rest of the page is contacts or other articles.
FURNITURE_HEADINGS = (
    r"contacts?", r"media contacts?", r"press contacts?", r"(?:for )?media (?:enquiries|inquiries)",
    r"additional materials", r"related (?:materials|content|coverage|reading)",
    r"more (?:from|stories|on this story|top stories)(?: [\w ]{0,30})?", r"other news", r"top stories",
    r"trending(?: now)?", r"most popular", r"popular now", r"editor'?s? picks?",
)
# Calls to the reader, wherever they stand in a short paragraph: newsletters, channels, apps, links.
READER_CALLOUTS = (
    r"sign up (?:for|to) (?:our|my)\b", r"sign up (?:now|here|today)\b", r"subscribe (?:to|for) (?:our|my)\b",
    r"subscribe (?:now|here|today)\b", r"follow us (?:on|at|for|@)", r"join (?:us|our|\w+['’]s) (?:[\w\-]+ ){0,2}"
    r"(?:channel|community|newsletter|group)", r"delivered (?:straight |directly )?to (?:you|your inbox)",
    r"(?:in|to) your inbox", r"download (?:our|the) app", r"(?:our|my) (?:daily |weekly |free )?newsletter",
    r"enter your e-?mail", r"turn on (?:push )?notifications", r"click here\b",
    r"^\W*(?:read|see|watch|view|listen to|download) [^.!?]{0,120}\b(?:here|in full)\W*$",
)
# Link notes a page prints inside a line of text.
LINK_NOTES = (r"opens? in (?:a )?new (?:window|tab)", r"external link", r"opens? an external (?:site|website)")
# Words that end a photo caption with its credit: "... outside the court. PHOTO: AGENCY".
CREDIT_WORDS = (r"photo(?:graph)?s?", r"picture", r"pic", r"image", r"credit", r"illustration")
# A cookie notice: the site speaking of its cookies.
COOKIE_NOTICE = (r"\bcookies?\b.{0,120}(?:\bwe use\b|\b(?:this|our) (?:web)?site\b|\bcontinu\w+ to (?:use|browse)"
                 r"|\byour browser\b)|\b(?:we use|this (?:web)?site uses|accept(?: all)?) cookies\b",)
# Share and print buttons: a line made only of these words ("Print | Share on social media").
SHARE_WORDS = frozenset({
    "share", "shares", "print", "email", "e-mail", "mail", "copy", "link", "url", "facebook", "twitter", "x", "telegram",
    "whatsapp", "linkedin", "reddit", "pinterest", "viber", "vk", "vkontakte", "messenger", "tumblr", "threads",
    "bluesky", "instagram", "youtube", "flipboard", "pocket", "tweet", "save", "comment", "comments", "version",
    "article", "this", "on", "via", "to", "social", "media", "networks", "story", "page", "send", "friend", "a",
})
# The head nouns of an office that signs off a statement on its last line ("Press Office of the Council").
SIGNATURE_HEADS = (r"press (?:office|service|team|centre|center|secretariat|section)", r"department", r"secretariat",
                   r"information (?:service|office|centre|center|department)", r"communications? (?:office|unit|team|division)",
                   r"spokesperson'?s? (?:office|service)")
# A print edition cited at the end of an article.
PRINT_CITATIONS = (r"(?:printed|published) in (?:the )?(?:print|newspaper) edition", r"print edition\s*:")

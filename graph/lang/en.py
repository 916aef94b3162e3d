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
}
# Number words that "and" may follow inside one number: "one hundred and twenty".
HUNDREDS = ("hundred",)
# A number word that counts only as a second figure borrowing the first's unit ("three were killed and one
# was wounded"): alone it is an article or pronoun ("one of the reasons").
LONE_NUMBERS = {"one": 1}
# Fractions that a scale word follows: "half a million", "a million", "a quarter million".
SCALE_FRACTIONS = {"half a": 0.5, "half": 0.5, "quarter of a": 0.25, "a": 1, "a quarter": 0.25, "a half": 0.5}
# … and a part of one unit written in words, each numerator with each denominator: "a tenth of a percentage point",
# "two-thirds of a per cent", "three quarters of a mile", "seven-tenths of a point", "one-half of a percentage point".
SCALE_FRACTIONS.update({f"{numerator}{joiner}{denominator}{'s' if n > 1 else ''} of a": n / d
                        for numerator, n in (("a", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
                                             ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9))
                        for denominator, d in (("half", 2), ("third", 3), ("quarter", 4), ("fifth", 5), ("tenth", 10))
                        if n < d
                        for joiner in (" ", "-") if joiner == " " or numerator != "a"})
# Units of the size of a change that a fraction or "a" counts too, perhaps with a word stressing it ("by a full
# percentage point", "half a per cent", "a quarter-point hike"; not "a point"), and measures of length and area it
# counts after a fraction or before "of" ("half a mile", "nearly a foot of snow"; not "a foot injury", "a mile-long
# queue") (a regular expression); and those words.
FRACTION_UNITS = (r"percentage points?|basis points?|per\s?cent|percent|(?:(?<=quarter[\s-])|(?<=half[\s-]))points?"
                  r"|(?:(?<=half\sa\s)|(?<=of\sa\s))(?:foot|inch|mile|metre|meter|kilometre|kilometer|acre|hectare)(?![\w-])"
                  r"|(?:foot|inch|mile|metre|meter|kilometre|kilometer|acre|hectare)(?=\s+of\b)")
FRACTION_FILLERS = ("full", "whole")
SCALE_WORDS = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "mn": 1e6,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "dozen": 12,        # "two dozen", "half a dozen", "a dozen"; "dozens of" counts no number
}
# Scales written straight after a currency figure: "$300m", "€2k".
SIGN_SCALES = {"m": 1e6, "k": 1e3, "b": 1e9}
# A bare scale letter ending a clause ("4.2m passengers, up from 3.9m") repeats the scale of the figure before it in
# the clause; a clause ends at a stop, at these words after a comma ("5m cars, and its tower is 20m") and at these
# anywhere ("but"); words right before the figure make it a measure ("the wreck lies at 40m", "is about 20m").
CLAUSE_JOINERS_AFTER_COMMA = ("and",)
CLAUSE_BREAK_WORDS = ("but",)
MEASURING_CUES = ("is", "are", "was", "were", "be", "been", "lies at", "lie at", "lay at", "stands at", "sits at",
                  "tall", "deep", "high", "long", "wide", "measures", "measured", "measuring", "height of",
                  "depth of", "length of", "width of", "altitude of", "distance of")
# Whether a comma before a fraction is the decimal mark ("1,5"); else it groups thousands ("53,000").
DECIMAL_COMMA = False
# Endings of participles and adverbs, which end a unit phrase after its first word ("500 tonnes delivered",
# "40 families living", "300 people currently").
PARTICIPLE_ENDINGS = ("ed", "ing", "ly")
# The ending of a noun in the plural (a regular expression): "troops", not "class".
PLURAL_ENDING = r"(?<!s)s$"
# Phrases before a figure that make it approximate; the bound ones say which end they fix.
APPROXIMATE = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "an estimated",
               "estimated", "close to")
LOWER_BOUND = ("more than", "over", "at least", "no fewer than", "no less than", "in excess of", "upwards of",
               "a minimum of", "above")
UPPER_BOUND = ("up to", "less than", "fewer than", "at most", "no more than", "as many as", "as much as",
               "a maximum of", "just under", "under", "below")
# Bounds written straight after the digits, before the noun counted: "30-plus years", "20+ staff", "12 or more
# buses".
BOUND_SUFFIXES = {"-plus": "min", "+": "min", " or more": "min", " or fewer": "max"}
# Words after one of BOUND_SUFFIXES that make it part of an idiom, no bound (Russian: «и более того»).
BOUND_SUFFIX_IDIOMS: tuple[str, ...] = ()
# Bounds that after a change name the value reached ("fell to"); English says "to", which is no bound.
TARGET_BOUNDS: tuple[str, ...] = ()
CHANGE_LEMMAS: frozenset[str] = frozenset()
CHANGE_BY: tuple[str, ...] = ()
# Words between a bound and its figure: "more than a total of 40".
BOUND_FILLERS = ("a total of", "a")   # "more than a hundred": the article of a number word that is no scale

# Two figures that are the ends of one range: "between 3 and 5 per cent", "from 64 to 47", "3-5 tonnes".
RANGE_OPENERS = {"between": "and", "from": "to"}
RANGE_JOINERS = ("to", "-", "–", "—", "\u2212")
# Openers whose bare first end is a figure of its own, counted in the second end's unit: "rose from 64 to 71
# seats" is 64 seats and 71 seats (a value left and a value reached); "between 3 and 5" stays one figure.
FIRST_END_OPENERS = ("from",)
# Two figures that are a vote's tally ("412-18", "voted 52 to 47"), read when the sentence speaks of votes.
# Joiners of a split's two shares written with the unit once, after the smaller: "leads 52 to 45 percent",
# "backed it 71-23 percent".
SPLIT_JOINERS = ("to", "-", "–", "—")
TALLY_JOINERS = ("-", "–", "—", "to")
TALLY_CUES = (r"\bvot(?:e|es|ed|ing)\b|\bballots?\b|\bpassed\b|\bapproved\b|\badopted\b|\brejected\b"
              r"|\babstain\w*|\babstentions?\b|\bmajority\b"
              r"|\b(?:ruled|sided)(?=\s+\d+\s*[-\u2013\u2014]\s*\d)")   # a court's split: "ruled 5-4 that …"
TALLY_UNIT = "votes"
# Those who abstained, counted even by "one": "with one abstention" (a regular expression).
ABSTAINING = r"abstentions?|abstainers?|abstaining"
# Nouns after a tally that say what it decided (a regular expression): "a 6-3 majority".
TALLY_NOUNS = r"majority|decision|ruling|verdict|margin|split"
# Of those, the ones that say by themselves that the tally before them was a vote: "a 5-4 ruling".
TALLY_DECISIONS = r"decision|ruling|verdict"
# Words between a figure and a noun of time that say which span it is, no part of the unit: "three straight years"
# (a regular expression); not "40 light years".
TIME_ADJECTIVES = r"last|past|next|straight|consecutive|successive|previous|coming|full"
# After a bare figure in a sentence about a vote, the side it counts: "52 in favour and 47 against".
TALLY_SIDES = ("in favour", "in favor", "against", "for", "abstaining")
EARLIER_AFTER = ""   # no joiner of a tally here is also a word of voting, as Russian "против" is (ru.py)
# Before a figure, a span of time: "for 72 hours", "within 40 days".
DURATION_CUES = ("for", "within", "in", "after", "lasting", "over the past", "over the next", "during",
                 "sentenced to", "jailed for", "term of", "over the course of")
# After a span of time, what makes it a term served: "nine months in prison".
# After a number, its half: "two and a half million", "два с половиной часа".
AND_A_HALF = ("and a half",)
# Before a number word, a vague count: "several hundred" is no figure, as "hundreds" is none.
VAGUE_COUNTS = ("several", "a few", "few", "many")
TERM_AFTER = ("in prison", "in jail", "behind bars", "imprisonment", "of imprisonment", "in custody", "of probation",
              "in a penal colony")
# Between a duration cue and its figure: "in the three months", "for the past two years".
DURATION_FILLERS = ("the", "the past", "the last", "the next", "the first", "the prior", "the previous", "the nearest",
                    "the coming", "the remaining")
# An age: "aged 80", "the age of 80", "age 80" (counted in AGE_UNIT when no unit follows), "the 82-year-old".
AGE_CUES = ("aged", "age of", "age")   # also as a headline or an aside writes it: "a girl, age 6"
AGE_UNIT = "years"
# Nouns whose name may carry a number right after a capitalised word: "the S&P 500 index", "the Velm 40 index".
NAMED_BY_NUMBER = ("index", "indices", "indexes", "index's")
AGE_ADJECTIVE = r"years?-old(?!\w)"
# An age set off by commas right after a name, as English news gives it: "Jon Varga, 57, was sentenced", "…, 57, who"
# (the text before the number, and after it, whose group "verb" must be a verb's form; a regular expression each).
AGE_APPOSED = (r"(?<![\w.])[A-Z][\w'’-]+,\s*$", r",\s+(?:who\b|(?P<verb>[a-z]+)\b)")
# Around a span of time, words that make it a point in time: "3 days ago".
TIME_POINT_BEFORE: tuple[str, ...] = ()
TIME_POINT_AFTER = ("ago", "later", "earlier", "before", "after", "since")
# Per-cent words after a figure (a regular expression): "5 per cent", "5 percent", "5pc", "a 5-per-cent rise".
PERCENT = r"-?per[\s-]?cent(?!\w)|-?percent(?!\w)|(?-i:pct?)(?!\w)"
# What a figure is counted per: "2 million barrels per day"; for a price also "$80 a barrel"; written as PER.
RATE_JOINERS = ("per",)
PRICE_JOINERS = ("a", "an", "for each")
# Nouns of a currency's hundredth, which no currency code counts but which a price is given in ("12 cents a gallon").
CURRENCY_SUBUNITS = ("cent", "cents", "penny", "pence")
# What a price may be per after one of PRICE_JOINERS (a regular expression; empty: any noun).
PRICED_UNITS = ""
PER = "per"
# Words that set a number of things against a number of others: "one doctor for every 500 residents" is a ratio, its
# two sides no figures of their own.
RATIO_JOINERS = ("for every",)
# Words before a rate's denominator, which is part of the rate and no figure of its own: "cases per 100,000 people";
# and the part that a share names in words before its whole: "one in three adults" is a share, not 3 adults.
DENOMINATOR_BEFORE = ("per", *RATIO_JOINERS, *(f"{part} in" for part in ("one", "two", "three", "four", "five", "six",
                                                                          "seven", "eight", "nine")))
# Words for a minus sign before a figure: "minus 3 degrees".
MINUS_WORDS = ("minus",)
PLUS_WORDS = ("plus",)                              # "plus 6": above zero, a sign written out
BELOW_ZERO = ("below zero", "below freezing")      # after degrees: "40 degrees below zero" is -40
# Words of a weather report (a regular expression): a figure written with its sign and no unit in their sentence
# is a temperature ("lows of -7 on the ridge"), counted in TEMPERATURE_UNIT.
TEMPERATURE_CUES = r"temperatures?|thermometers?|highs|lows|frosts?|wind chill"
TEMPERATURE_UNIT = "degrees"
INCH_UNIT = "inches"                                # the unit of a figure written with the inch mark: 3-5" of snow
# Letters glued to a small or fractional figure that abbreviate its unit noun: "4.3p a share", "a 9p dividend" are
# pence (not "720p", a screen's lines: a whole figure of three digits or more keeps its letter unread).
GLUED_UNIT_LETTERS = {"p": "pence"}
# Capital letters glued to digits that are a unit ("45C", "12.8P"); any other glued capital is a name's ("3M said").
CAPITAL_UNIT_LETTERS = ("C", "F", "P")
# Words in capitals after a model's digits that are its name's ("the Tarlan 737 MAX fleet"), not a counted group's.
MODEL_WORDS_IN_CAPITALS = ("MAX", "XL", "GT", "PRO", "NEO", "PLUS", "ULTRA")
# Digits glued to a scale's capital that name a screen's resolution, no thousands ("4K TVs", "8K video").
RESOLUTION_MARKS = ("2K", "4K", "8K")
# A word that names a temperature reading, and the words that may stand between it and a bare figure: in a weather
# report (WEATHER_CUES around the sentence) "Low 14", "a high near 31" and "highs will reach 12" are degrees.
TEMPERATURE_READINGS = r"highs?|lows?|temperatures?|wind\s+chills?|thermometers?"
TEMPERATURE_FILLERS = ("of", "near", "will", "be", "is", "was", "are", "were", "at", "to", "reach", "reaches",
                       "reaching", "drop", "drops", "dropping", "fall", "falls", "falling", "climb", "climbs", "climbing",
                       "rise", "rises", "rising", "hit", "hits", "read", "reads", "reading", "show", "shows")
WEATHER_CUES = (r"weather|forecasts?|snow\w*|rain\w*|sunny|sunshine|cloud\w*|showers?|winds?|windy|skies|fog\w*"
                r"|frost\w*|storms?|drizzle|temperatures?|wind\s+chills?")
# A margin either way, whose "minus" makes no figure negative: "plus or minus 3 points".
PLUS_MINUS = ("plus or minus", "plus-or-minus", "plus/minus", "plus-minus", "plus minus")

# The written forms of the verbs of growth and fall, which FACTOR_BEFORE and AMOUNT_VERBS both take in (a regular
# expression; Russian reads such verbs by lemma, CHANGE_LEMMAS).
CHANGE_VERB_FORMS = (r"rose|fell|climbed|dropped|increased|decreased|grew|jumped|declined"
                     r"|rising|falling|climbing|dropping|increasing|decreasing|growing|jumping|declining")
# Factors: the word after a figure that makes it one ("1.5 times", "3-fold"), what must follow it, or come before
# the figure, for it not to count occasions ("met three times"): a comparison after it, a verb of growth or fall
# before it ("grew 4.1 times", "increased by more than ten times"); and factors written as one word of a number
# (regular expressions) with their value: "fivefold", not "doubled" or "twice as large", which write no number (the
# statement of the sentence tells them). A factor noun in FACTOR_ALONE needs no word after it ("grew 2.5-fold").
FACTOR_NOUNS = r"times|fold"
FACTOR_ALONE = r"fold"
FACTOR_AFTER = (r"more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|longer|shorter"
                r"|as\s+(?:many|much|[^\W\d_]+\s+as)|the\s+(?:size|amount|number|level|rate|price|cost|average|value"
                r"|distance|speed|height|length|weight|mass|area|volume)"
                r"|increase|rise|jump|growth|drop|fall")
FACTOR_BEFORE = (rf"(?:{CHANGE_VERB_FORMS}|grows?|grown|increases?|rises?|risen|jumps?|surg(?:ed|es?|ing)"
                 r"|soar(?:ed|s|ing)?|climbs?|expand(?:ed|s|ing)?|multiplied|falls?|fallen|drops?|decreases?"
                 r"|declines?|shr[aiu]nk|shrinks?)(?:\s+by)?(?:\s+(?:more\s+than|less\s+than|almost|nearly|about"
                 r"|around|roughly|some|over|up\s+to|at\s+least))?")
FACTOR_WORDS = {r"twofold": 2, r"threefold": 3, r"fourfold": 4, r"fivefold": 5, r"tenfold": 10}
FACTOR_UNIT = "times"

# Words that end a unit phrase ("500 tonnes of flour were shipped").
UNIT_STOP = {
    "were", "was", "have", "has", "had", "are", "is", "be", "been", "will", "would", "to", "from",
    "in", "at", "on", "by", "for", "since", "until", "till", "and", "or", "but", "that", "which", "who", "with",
    "into", "across", "during", "per", "than", "as", "the", "a", "an", "this", "these", "those",
    "their", "its", "his", "her", "our", "they", "we", "it", "there", "already", "also", "still",
    "returned", "delivered", "detected", "destroyed", "checked", "cleared", "deployed", "killed",
    # what befalls the people a bare figure counts: "30 | received treatment", "two more | succumbed"
    "suffered", "sustained", "received", "succumbed", "perished",
    "before", "after", "while", "when", "if", "because", "last", "next", "ago", "later", "earlier", "each",
    "every", "then", "now", "not", "no", "around", "along", "near", "inside", "outside", "off", "up", "down",
    "out", "about", "over", "under", "may", "might", "could", "can", "should", "must", "need", "needs", "through",
    "via", "against", "behind", "beyond", "toward", "towards", "versus", "vs",
    # irregular past tenses, which no "-ed" marks: "a 7.8 earthquake | struck", "2,000 people | fled"
    "struck", "left", "met", "held", "fled", "hit", "won", "lost", "began", "came", "went", "took", "gave",
    "fell", "rose", "made", "said", "told", "got", "saw", "ran", "paid", "sent", "spent", "kept", "brought",
    "bought", "built", "sold", "led", "stood", "fought", "shot", "found", "became", "put", "set", "cut", "quit",
    "remain", "say", "says",
    # days named after a figure are when, never what it counts: "near 5 overnight"
    "today", "tonight", "tomorrow", "yesterday", "overnight",
}
# A threshold a count passes, after a figure written with a scale word: it names no thing counted ("passed the 2
# million mark", "the 3-billion milestone"), so the figure counts what the one before counted.
THRESHOLD_NOUNS = ("mark", "milestone", "barrier", "threshold")
# Comparatives after a bare figure, which then counts what the figure before counts ("5 million more").
COMPARED = ("more", "fewer", "less")
# Words that compare a bare figure with the count before it, which it then counts too ("312 trawlers compared with
# 280"), and the words of an expectation after such a figure ("the 6,000 forecast", "the 6,000 estimate": the
# figure counts what the count before counts, not forecasts). "than" compares counts only right after a
# comparative of COMPARED ("more than the 6,000"): "older than 65" compares ages.
COMPARED_WITH = ("versus", "compared with", "compared with the", "compared to", "compared to the", "up from",
                 "down from")
COMPARED_THAN = ("than", "than the", "than a", "than an")
# Comparatives of counts before "than" and a bare figure, which then counts what the count before counts ("230,000
# workers, higher than 220,000"); a comparative of an age or a measure is none ("older than 65", "heavier than 90").
COUNT_COMPARATIVES = (*COMPARED, "higher", "lower", "greater", "bigger", "larger", "smaller")
# Words before a figure that make it an age or a limit, never a count tied to the one before ("most of them older
# than 65", "aged 70", "of them, many under 18").
AGE_BEFORE = ("older than", "younger than", "aged", "age", "ages", "under", "over", "above", "below")
EXPECTED_AFTER = ("expected", "forecast", "predicted", "projected", "estimated", "anticipated", "estimate")
# Nouns of a change or an expectation before "of" and a bare figure in digits, which then counts what the figure
# before counted ("added 1,200 jobs … below an estimate of 1,500", "a rise of 900 had been forecast").
CHANGE_OF_NOUNS = ("rise", "gain", "increase", "growth", "drop", "fall", "decline", "loss", "estimate", "forecast",
                   "projection", "expectation")
# Nouns that name a figure but not what it counts, and an adverb that may stand after the verb that gives the value:
# after "the later figure climbed steeply to" or "its revised tally reached" a bare figure in digits counts what the
# figure before counted ("2,000 posts filled, yet the later figure climbed to 2,700").
FIGURE_NOUNS = ("number", "figure", "estimate", "reading", "tally", "count")
MANNER_ADVERB = r"[a-z]+ly"
VALUE_JOINERS = r"to|at"      # after that adverb: "climbed steeply to", "stood firmly at"
# Around a sum of money written without the scale of the sum before it, words that set the two side by side: before it
# ("$4.2 billion, instead of the $3.95 …", "up from $3.8") or after it ("the $3.95 expected"); its scale is that one's.
SCALE_CARRIED_BEFORE = ("instead of", "than", "versus", "vs", "compared with", "compared to", "up from", "down from")
SCALE_CARRIED_AFTER = ("projected", "expected", "forecast", "estimated", "predicted")
# Predicative adjectives, which end a unit after its noun ("seven soldiers | dead", "43 kilometres | long")
# but may be the counted noun itself ("the number of dead"); and the compass points a distance is measured
# towards ("90 km | northwest of the port").
PREDICATIVES = {"dead", "alive", "long", "wide", "deep", "tall", "high", "thick", "old", "short", "away", "apart",
                "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
                "north-west", "south-east", "south-west", "northward", "southward", "eastward", "westward"}
UNIT_KEEP_OF = {"prisoners", "persons", "packages", "sets", "batches"}   # "prisoners of war"
# Abbreviations inside a unit that a full stop follows: "sq. km".
UNIT_ABBREVIATIONS = {"sq"}
# Nouns that follow a number without being a counted unit ("the 12th session", "three times"); years
# count only as a span of time ("for 12 years", UNITS), never after a year-like number ("2020 years").
NOT_UNITS = {"year", "years", "years'", "per", "session", "century", "anniversary", "time", "times", "am", "pm",
             "gmt", "utc", "way", "third", "thirds", "quarter", "quarters", "half", "fold",
             "hundredth", "thousandth", "millionth", "billionth"}   # "the 3 billionth phone": a place in a row
# Nouns of a part of a whole, no unit before "of": "three quarters of the vote" (but "in six quarters").
PART_NOUNS = ("quarter", "quarters", "third", "thirds", "half", "halves")
# Stems of time words: a figure before them is a date, an age or "a 31-day war", unless a counted span.
TIME_STEMS = ("day", "week", "month", "year", "hour", "minute", "second")
# Words after a figure that point back to counted things: "four of its engineers", "12 of them".
PARTITIVE = ("of its", "of their", "of the", "of his", "of her", "of our")
# A named owner in the same place: "three of Velm's largest cities", "two of Tarnis’ counties".
PARTITIVE_OWNER = r"of\s+(?-i:[A-Z][\w\-]*)(?:['’]s|(?<=s)['’])"
ANAPHORIC = ("of them",)
ANAPHORIC_BEFORE = ("of them", "of whom", "of which", "among them")
# Before a figure that counts a part of a whole counted before it ("six were hurt, including two children"): a bare
# figure of the next sentence counts the whole again ("Four were taken to hospital"), not the part.
INCLUDED_BEFORE = ("including", *ANAPHORIC_BEFORE)
# Before a bare figure, a noun naming the count ("the number of families … reached 151") and words whose
# figure counts a known unit ("a population of 2.8 million", regular expressions). A toll named by a determiner
# alone is the death toll only where it is put at a figure or counts as the subject of a counting verb ("officials
# put the toll at 30", "its toll had reached 31") or follows a word for the dead in its sentence ("six were killed,
# and the toll is now 40"); else it is a charge ("the toll was raised to 12", "the toll for trucks will rise to
# 40"), as is a toll-free line's number.
COUNT_HEADS = ("number of", "numbers of")
COUNTED_BY = {r"population": "people", r"death toll": "people",
              r"put (?:the|its|their) toll(?![\w-])"
              r"|(?:the|its|their) toll\s+(?:has |had |have )?(?:reached|reaches|rose|risen|rises|climbed|climbs|"
              r"jumped|hit|hits|topped|passed|exceeded|stands at|stood at)"
              r"|(?:dead|deaths?|died|killed|casualties|victims|bodies)\b[^.!?]*?(?:the|its|their) toll(?![\w-])"
              r"(?!\s+for\b)": "people",
              r"death count": "people", r"case count": "cases", r"magnitude": "magnitude"}
# Verbs after whose plural subject a bare figure counts it: "seats fell from 64 to 47", "casualties reached 40",
# "with arrivals rising by 900" (a regular expression); nouns that measure rather than count, which never name a
# figure's unit.
AMOUNT_VERBS = (r"(?:has |have |had )?(?:numbered|totall?ed|averaged|reached|stood at"
                r"|(?:(?:was|were|has been|have been) )?revised(?: up| down| upward| downward| higher| lower)?(?: from| to)?"
                rf"|(?:{CHANGE_VERB_FORMS}|went up|went down)(?: from| to)?|exceeded|surpassed|topped)")
MEASURED_NOUNS = {"prices", "rates", "shares", "stocks", "yields", "sales", "revenues", "profits", "earnings",
                  "exports", "imports", "costs", "levels", "figures", "temperatures", "ratings", "scores", "points",
                  "numbers", "totals", "values", "indices", "markets", "losses", "gains", "bonds", "futures"}
# Verbs whose bare object counts people (a regular expression): "the blast killed 27".
PEOPLE_VERBS = r"(?:kill|wound|injur|evacuat|arrest|detain|rescu|displac|hospitali[sz])(?:ed|ing)|employs"
PEOPLE_UNIT = "people"
# Between a count's noun and the people it counts, words that make the next one stand for people ("the number of
# those injured", "the number of the dead"), and words for people in a state that no verb of ``PEOPLE_VERBS`` names
# (regular expressions).
COUNT_HEAD_DETERMINERS = r"the|those|these"
PEOPLE_STATES = r"dead|missing|hurt|homeless|sick"
# Number words that count people even with no noun after them (Russian "шестеро"); English has none.
COLLECTIVE_NUMERALS = frozenset()
# What happens to people, after a bare figure written in digits that then counts them ("1,000 were arrested",
# "40 killed"); a number word may stand for the people of a sentence before ("Three were hurt").
PEOPLE_AFTER = (r"(?:more\s+)?(?:(?:were|was|have been|has been|had been|are|remain|remained|got)\s+)?"
                r"(?:(?:still|also|now|reportedly|confirmed|feared|believed to be|thought to be)\s+)*"
                r"(?:(?:listed|reported|registered|counted|declared) as\s+)?"
                r"(?:(?:kill|wound|injur|arrest|detain|rescu|evacuat|displac|hospitali[sz]|trapp|pull|fre|buri)ed"
                r"|hurt|died|dead|missing|unaccounted|die|drown|perish(?:ed)?|succumbed|suffered|sustained"
                r"|received\s+treatment)")
# Those of them that say nothing of a person after a lone "one" and its noun ("One company suffered losses"):
# they count no one.
NOT_A_TOLL_AFTER_ONE = ("suffered", "sustained")
# Nouns that are a toll themselves, counted even by a lone "one": "one death was recorded" (a regular expression).
TOLL_NOUNS = r"deaths?|fatalit(?:y|ies)|casualt(?:y|ies)"
# Verbs in the present a headline puts straight after a bare count of people ("15 die in bus crash"): no unit.
BARE_PREDICATES = ("die", "drown", "perish")
# After a bare figure that opens its clause, a finite verb: the figure is the subject and counts what the figure
# before counted ("9,000 medics were sent; about 250 have arrived from Velmar") (a regular expression).
# After a bare figure, a verb of voting: the figure counts votes ("210 voted in support") (a regular expression).
VOTED_AFTER = r"(?:have\s+|had\s+)?voted"
SUBJECT_VERBS = r"(?:still\s+|also\s+)?(?:were|are|have|had|remain|remained|will|would|could|may|might)"
# Letters of another script that look like this one's, as they slip into its words (Russian has the table).
LATIN_LOOKALIKES: dict[str, str] = {}
# An article a figure may carry and still open its clause: "A dozen were rescued", "The other three were found".
FIGURE_ARTICLES = ("a", "another", "the other")
# Between a part and the whole it is counted against: "326 of the 650 seats".
PART_OF = ("of", "of the", "out of", "out of the")
# Before a year-like number, words that make it a year even when a noun follows: "from 2010 levels".
YEAR_BEFORE = ("in", "since", "from", "by", "until", "till", "below", "above", "than", "before", "after", "between")
# Before a year-like number another year joins ("the 2031 or 2032 rankings"), words that make both years; without
# one the second may count a noun ("between 1900 and 2000 people", "1800 or 2000 beds").
YEAR_JOINED_OPENERS = ("the", "in")
# A bare figure after these counts what the figure before it counts: "40 to the north, and 12 to the coast".
# After a figure, words that make a bare figure the value a change started from: "31 seats, up from 26".
EARLIER_VALUE = ("from", "up from", "down from", "compared with", "compared to")
# After a figure, words that make a bare figure the whole it is part of: "9 wins out of 14".
WHOLE_AFTER = ("out of", "out of the", "out of a total of", "out of total", "of a total of")
# Words between "of" and a whole that is a figure: "4 of our last 9 games".
WHOLE_QUALIFIERS = ("last", "first", "past", "next", "remaining")
# After a figure and a comma, words before a bare figure that is its change ("20 seats, up 2 from 2019").
CHANGE_AFTER = ("up", "down", "up by", "down by")
ELLIPSIS_JOINERS = ("and", "another", "while", "whereas")
COORDINATORS = ("and", "or")          # "379 confirmed and 47 probable cases": one noun for both
# A number with these is not a figure: an ordinal ("76th") or a reference ("paragraph 6").
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
NUMERAL_CASE_ENDINGS: tuple[str, ...] = ()   # Russian writes a numeral's case after its digits: "6-ю"
SMALL_NUMERAL_CASE_ENDING = ""
# After a number, a decade (a regular expression): "the 90s", "the 1990's".
DECADE = r"'?s(?!\w)"
# A line that only gives a page's reading time or its counters (a regular expression): "5 min read", "120 views 0".
READING_TIME = (r"reading time:?\s*\d+\s*min(?:ute)?s?\.?|\d+\s*min(?:ute)?s?\.?\s*read"
                r"|\d+(?:[,.\u00a0 ]\d{3})*\s*(?:views?|comments?)(?:\W*\d+(?:\s*(?:views?|comments?))?)?")
# After a number, a time of day (a regular expression): "1 p.m.", "at 11.41 local time".
TIME_OF_DAY = r"[ap]\.m\.|[ap]m(?!\w)|local\s+time(?!\w)"
# Pupils before the number of their class, which is their grade (regular expressions): none in English, which
# writes "grade 5" or "fifth-graders".
PUPIL_NOUNS = ""
GRADE_NOUNS = ""
REFERENCE_NOUNS = (r"paragraphs?|articles?|points?|items?|clauses?|sections?|parts?|chapters?|resolution|no\.?|number"
                   r"|decree|order|amendment|annex|appendix|protocol|directive|regulation|volume|vol\."
                   r"|category|week|interstate|highway|road|route|round|stage|phase"   # labels: "Category 3", "Week 12"
                   r"|top-?"                                   # a rank's bound, no count: "the top 10 sellers"
                   r"|(?-i:District|Ward|Precinct)")   # capitalised only: "District 8 Council Member Ann Roe"
# Months of other calendars, as written (capitalised): a number before one is a date ("3 Khordad"), not a figure.
OTHER_MONTHS = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Amordad", "Shahrivar", "Mehr", "Aban", "Azar",
                "Dey", "Bahman", "Esfand", "Muharram", "Safar", "Rajab", "Shaban", "Sha'ban", "Ramadan",
                "Ramazan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah")
# Street nouns, as written, that close an address after a house number and capitalised words ("12 Velm Street").
STREET_NOUNS = ("Street", "St", "Avenue", "Ave", "Boulevard", "Blvd", "Road", "Rd", "Lane", "Drive")
# Prepositions that place a name ending in a street noun on the street ("a trap on Vell Bagh Road", "homes along
# Orla Lane"): a street, though a model took it for a person's name ("Orin Lane") (names.py).
STREET_PREPOSITIONS = ("on", "along", "off", "near")
# A year-like number ("1960") is a figure when a plural noun follows, not one of these words.
NOT_COUNTED = {"over", "after", "before", "when", "while", "under", "against", "through", "until", "amid",
               "between", "among", "during", "following", "because",
               # the values of a year, not things counted: "up 34% on 2019 results", "below 2010 levels"
               "results", "levels", "figures", "prices", "highs", "lows", "peaks", "earnings", "forecasts",
               "estimates", "budgets", "totals",
               # a linking verb after a year, which is its subject: "the outlook for 2031 remains unchanged"
               "remains", "seems", "stays", "looks", "appears", "becomes"}
COLLECTIVE_NOUNS = {"people", "personnel", "staff", "police", "troops"}
# Nouns that "two" pairs rather than counts: "the two countries".
PAIRED_NOUNS = {"countries", "sides", "states", "leaders", "parties", "nations", "republics", "neighbours",
                "neighbors", "presidents", "ministers", "capitals", "rivals"}
# Nouns for bodies that "the two" pairs, with the definite article only: "the two companies said" refers back to
# two bodies named before; "two companies were fined" counts.
PAIRED_BODY_NOUNS = {"companies", "firms", "ministries", "governments", "agencies", "banks", "regulators",
                     "organisations", "organizations", "bodies", "groups", "carmakers", "airlines", "lenders"}

# Words a number joins by a hyphen to describe, not count: "a two-state solution", "a 100,000-strong force".
DESCRIBING_COMPOUNDS = {"state", "strong", "way", "horse", "tier", "track", "pronged", "storey", "story", "star",
                        "door", "lane", "seater"}

# Unit phrases (lower case, as written) and the canonical unit each stands for.
UNITS = {
    "people": "people", "person": "people", "persons": "people",
    "t": "t", "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t", "metric ton": "t", "metric tons": "t", "metric tonne": "t", "metric tonnes": "t",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "mmhg": "mmHg",
    "km2": "km2", "km²": "km2", "sq km": "km2", "square kilometre": "km2", "square kilometres": "km2",
    "square kilometer": "km2", "square kilometers": "km2", "square km": "km2",
    "m2": "m2", "m²": "m2", "sq m": "m2", "square metre": "m2", "square metres": "m2", "square meter": "m2",
    "square meters": "m2",
    "ha": "ha", "hectare": "ha", "hectares": "ha",
    "inch": "in", "inches": "in", "mile": "mi", "miles": "mi", "square mile": "mi2", "square miles": "mi2",
    "m3": "m3", "m³": "m3", "cubic metre": "m3", "cubic metres": "m3", "cubic meter": "m3", "cubic meters": "m3",
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "usd": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rub": "RUB",
    "manat": "AZN", "manats": "AZN", "azn": "AZN",
    "dram": "AMD", "drams": "AMD", "amd": "AMD",
    "lari": "GEL", "gel": "GEL", "pound sterling": "GBP", "pounds sterling": "GBP", "gbp": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "swiss francs": "CHF",
    "singapore dollars": "SGD", "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "hryvnia": "UAH", "hryvnias": "UAH", "lira": "TRY",
    "liras": "TRY", "tenge": "KZT", "naira": "NGN", "rand": "ZAR", "reais": "BRL", "zloty": "PLN", "zlotys": "PLN",
    "belarusian rubles": "BYN", "belarusian roubles": "BYN",
    "hour": "h", "hours": "h", "hrs": "h", "minute": "min", "minutes": "min", "day": "d", "days": "d",
    "week": "wk", "weeks": "wk", "month": "mo", "months": "mo", "quarter": "qtr", "quarters": "qtr",
    "year": "yr", "years": "yr",
    "percent": "%", "per cent": "%", "percentage points": "pp", "percentage point": "pp",
    "basis points": "bp", "basis point": "bp", "bps": "bp", "bp": "bp",
    "vote": "votes", "votes": "votes",
    "c": "cel", "°c": "cel", "degrees celsius": "cel", "degrees": "cel",
    "kw": "kW", "kilowatts": "kW", "mw": "MW", "megawatts": "MW", "gw": "GW", "gigawatts": "GW",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "mph": "mph",
    "barrel": "bbl", "barrels": "bbl",
    # seconds, and currencies by their nouns (codes and signs are in lang/__init__.py)
    "second": "s", "seconds": "s", "sec": "s", "secs": "s",
    "shilling": "KES", "shillings": "KES", "kenyan shillings": "KES", "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS", "kenyan shilling": "KES", "ugandan shilling": "UGX", "tanzanian shilling": "TZS",
    "cedi": "GHS", "cedis": "GHS", "egyptian pounds": "EGP", "egyptian pound": "EGP",
    "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "taka": "BDT", "rupiah": "IDR", "rupiahs": "IDR",
    "philippine pesos": "PHP", "mexican pesos": "MXN", "argentine pesos": "ARS", "argentinian pesos": "ARS",
    "chilean pesos": "CLP", "colombian pesos": "COP", "dong": "VND", "baht": "THB", "ringgit": "MYR",
    "saudi riyals": "SAR", "riyals": "SAR", "riyal": "SAR", "qatari riyals": "QAR", "dirham": "AED",
    "dirhams": "AED",
    "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS", "rial": "IRR", "rials": "IRR", "soum": "UZS",
    "soums": "UZS", "som": "KGS", "soms": "KGS", "somoni": "TJS", "moldovan lei": "MDL", "lei": "RON",
    "forint": "HUF", "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "crowns": "CZK", "krona": "SEK",
    "kronor": "SEK", "swedish kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK", "krone": "NOK",
    "kroner": "NOK", "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
}


# ---------------------------------------------------------------------------
# Dates (read by ingest.py, names.py, extract/quantities.py)
# ---------------------------------------------------------------------------

MONTHS = {
    **{m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)},
    "sept": 9,
}
# A day may follow its month's name ("March 3"): digits after one are a date's day, not a count.
DAY_AFTER_MONTH = True
# What a page prints before its date line ("Published on April 3, 2031 - 17:45", "Last Modified: 03 Apr 2031").
# The domains a site's name may end in after a dot ("Vellnews.Com"), never a sentence's first word: no "net", "by",
# "am" ("Net income …", "By Monday …").
SITE_DOMAINS = ("com", "org", "io", "tv", "info")
# The endings of a site's address that a source may be named by ("according to vellnews.kz"), lower case: not a file's
# ("report.pdf"), a unit's ("sq.ft") or a name's after a title ("Dr.Smith"). Every language's table counts.
SITE_ADDRESS_ENDINGS = ("com", "org", "net", "info", "news", "tv", "io", "gov", "edu", "int", "eu", "uk", "us", "ca",
                        "au", "in", "pk", "ng", "za", "tr", "ir", "de", "fr", "it", "es", "pl")
DATE_LINE_PREFIXES = r"published(?: on)?|posted(?: on)?|updated(?: on)?|last (?:modified|updated)(?: on)?|date"

# ---------------------------------------------------------------------------
# Page furniture (read by ingest.py): regular-expression alternations
# ---------------------------------------------------------------------------

# Paragraphs that are site furniture, not article text (matched at paragraph start).
BOILERPLATE_LINE = (
    r"read more|read also|see also|more on this|also read|you may also like|you might also like"
    r"|related(?: news| articles| stories| posts)?|recommended|most read|latest news|sources?(?: link)?(?=\s*[:|]|\s*$)"
    r"|photo(?: credit)?|photos?|image|video|tags?|topics|share(?: this)?|follow us|subscribe"
    r"|editing(?: and translating)? by|edited by|translated by|translation by|written by|reporting by"
    r"|copyright|©|all rights reserved|advertisement|sponsored|our standards|the views expressed"
    r"|disclaimer|by [A-Z][a-z]+ [A-Z][a-z]+$"
    r"|comments? (?:are|is) (?:now )?closed|close (?:this )?search(?: box| form)?|skip to (?:the )?(?:main )?content"
    r"|toggle navigation|(?:text|font) size\b"
    r"|back to (?:top|the top|(?:the )?(?:section|list|news|category|index))\W*$"   # a link back up the site
    r"|less than a minute(?: read)?\W*$"  # a reading time
    r"|all (?:posts|news|stories|articles)\W*$"   # a link to the list of them
    r"|watch(?=(?:\s+\S+){1,4}\s*$)(?!.*[.!?\"”’…]\s*$)"   # a video button: "Watch Harbour TV", not "Watch out."
    r"|\d+\s*min(?:ute)?s?\.?\s+read$"    # a reading time: "4 min read"
    # a comment form under the article: its notices on the reader's address and the fields to fill
    r"|required fields are marked|your e-?mail(?: address)? (?:will not|won't) be published"
    # a link to the whole story on the site that carried it: "Read the full story at harbour.example"
    r"|read (?:the )?(?:full|whole|complete) (?:story|article|report)\b|continue reading\b"
    r"|please (?:read|follow|see|respect) our (?:comment(?:ing)?|community) (?:guidelines|policy|rules)"
    # a page's notice, line by line, that a widget failed to load
    r"|(?:please try again(?: later)?|oops|something went wrong)(?=\W*$)"
    r"|(?:please )?(?:enable|turn on) javascript|javascript is (?:disabled|required|turned off)"
    r"|your browser does not support"
)
# Words of BOILERPLATE_LINE that also open an article's sentences ("Video footage showed …", "Share prices fell …",
# "Related talks …"): a line they open is furniture only when it does not read as a sentence.
SENTENCE_OPENING_CUES = frozenset({"photo", "photos", "image", "video", "share", "shares", "related", "source",
                                   "sources", "copyright", "recommended", "advertisement", "tags", "topics",
                                   "disclaimer", "sponsored"})
# Cues of BOILERPLATE_LINE that announce other pages (their headlines, tags): alone on a line once the article has
# begun, the lines under them without a sentence's stop are furniture too ("Read also" over a headline); a lone
# "Advertisement", "Photo" or "Video" is furniture itself but marks nothing under it.
TEASER_CUES = (
    r"read more|read also|see also|more on this|also read|you may also like|you might also like"
    r"|related(?: news| articles| stories| posts)?|recommended|most read|latest news|tags?|topics"
)
# Headings after which the rest of a page is other articles.
# A call to report a typo, printed under the article's last line (what follows is other pages' teasers)
ARTICLE_END_CALLOUTS = r"(?:found|spotted|see) (?:a|an) (?:typo|error|mistake)\b"
TRAILER_HEADING = (
    r"you may also like|you might also like|related(?: news| articles| stories| posts)?|more news"
    r"|recommended|most read|latest news|recent (?:posts|news|stories|articles)|check (?:also|this out)"
)
# The word that opens a byline (a regular expression): "By Jane Roe".
BYLINE = r"By"

# A short paragraph opening with one of these is furniture: credits, contact blocks, metadata labels,
# distribution and reprint notices.
FURNITURE_OPENERS = (
    r"©|interview(?:ed)? by|file photo|distributed by|(?:for )?media (?:enquiries|inquiries|contacts?)"
    r"|press contacts?|contacts?\s*:|press release source\s*:"
    r"|(?:published|updated|last updated|refreshed|posted|first published)\s*:"
    r"|(?:persons|sections?|categor(?:y|ies)|filed under|keywords|subjects?(?:\(s\))?|topics?)\s*:"
    r"|see\s*:|print version"
    # a box on how to send the site something, its label alone on its line before a colon: "How to submit a
    # letter:", not a subheading that goes on after its colon ("How to reach net zero: the plan relies on …")
    r"|how to (?:submit|send|contact|reach us|advertise|subscribe|donate|pitch)\b[^:.!?\n]{0,40}:[ \t]*(?:\n|$)"
    r"|no part of this (?:article|publication|material)|this (?:material|article|content) may not be"
    r"|reproduction (?:in whole or in part|of this (?:article|material|content))"
    r"|a version of this (?:article|story) (?:appeared|appears)"
    r"|this (?:article|story) (?:was )?(?:first|originally) (?:appeared|published)"
    r"|this (?:article|story|page) is (?:more than |over )?\w+ (?:years?|months?) old"   # an archive's age notice
    r"|report (?:a|an) (?:error|typo|correction)|comments?\s*(?:\(\d+\))?\s*$"
    r"|this (?:gallery|slideshow|photo album) (?:contains|has) \d+"   # a gallery's count of its pictures
)
# A page's fields, "ID : 4821", "Hits: 12", "Tags:": the name of a field of the page, not a speaker's label.
PAGE_FIELDS = (
    r"(?:news |article |story |post )?(?:id|code)|url|link|permalink|hits|views|rating|author|tags?|tagged"
    r"|(?:article )?categor(?:y|ies)|(?:news )?source|publish(?:ed)?(?: on| date)?|updated|date|time|print|share|photo|video"
)
# The page's field that names the author of the article (its box of bio and address follows it under the text).
AUTHOR_FIELDS = r"author"
# Headings, alone on their line, after which the rest of the page is contacts or other articles.
FURNITURE_HEADINGS = (
    r"contacts?|media contacts?|press contacts?|(?:for )?media (?:enquiries|inquiries)"
    r"|additional materials|related (?:materials|content|coverage|reading)"
    r"|more (?:from|stories|on this story|top stories)(?: [\w ]{0,30})?|other news|top stories"
    r"|trending(?: now)?|most popular|popular now|editor'?s? picks?|featured(?: (?:on|in|from) [\w ]{1,30})?"
    r"|(?:recent|latest) comments|leave (?:a|your) (?:reply|comment)|(?:post|write|add) (?:a |new |your )?comment"
    r"|join the (?:discussion|conversation)|comments(?: \(\d+\))?"
    r"|(?:please )?enter your (?:comment|name|e-?mail|website)(?: here)?"   # a comment form's prompts
    # a comments block's count over it, the post's title after "on" or "to" or a colon: "Two Comments on “…”",
    # "3 thoughts on Quay opens", "12 responses:"; not a subheading "Two responses" in the article
    r"|(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten) (?:comments?|thoughts|responses|replies)"
    r"(?: (?:on|to) [“\"‘'«].{1,200}[”\"’'»]|[ \t]*:"
    r"|[ \t]+on[ \t]+(?![^\n]*[.!?][\W]*$)(?-i:[A-Z])[^\n]{1,150})"
    # a press release's footer on its issuer: "About Vexa Holdings", "About the Company", "About us"
    r"|(?-i:About) (?:us|the (?:company|author|firm|group|bank|fund|foundation)"
    r"|(?-i:[A-Z][\w&.'’\-]*)(?: (?-i:[A-Z&][\w&.'’\-]*)){0,4})"
)
# A sidebar widget's heading, alone on its line: the block under it (a poll's question, a quotation of the day) is
# the widget's, not the article's, wherever it stands.
WIDGET_HEADINGS = (
    r"(?:reader|readers'?|today'?s|daily|weekly|quick) poll|poll of the (?:day|week)|quote of the (?:day|week)"
    r"|(?:number|question|word|photo|picture) of the (?:day|week)"
)
# What a channel's or a profile's header counts ("310K subscribers", "17 files"): a run of such counters is page
# furniture, not a run of figures the article gives ("12 dead", "40 injured").
COUNTER_NOUNS = (
    r"subscribers|followers|following|views|likes|posts|photos|videos|files|links|members|comments|shares"
)
# Banners in capitals before a dash that open a paragraph ("BREAKING — …", "UPDATE — …"): a label, not the place a
# dateline names.
DATELINE_BANNERS = (
    r"breaking(?: news)?|update[ds]?|developing(?: story)?|exclusive|live|watch|listen|analysis|opinion|editorial"
    r"|commentary|review|correction|clarification|editor'?s note|note|urgent|flash|alert|just in|icymi|fact check"
    r"|video|photos?|read more|related|spoiler alert|warning|sponsored|advertisement|ad|q&a"
)
# Calls to the reader, wherever they stand in a short paragraph: newsletters, channels, apps, links.
READER_CALLOUTS = (
    r"sign up (?:for|to) (?:our|my)\b|sign up (?:now|here|today)\b|subscribe (?:to|for) (?:our|my)\b"
    r"|subscribe (?:now|here|today)\b|follow us (?:on|at|for|@)"
    r"|join (?:us|our|\w+['’]s) (?:[\w\-]+ ){0,2}(?:channel|community|newsletter|group)"
    r"|delivered (?:straight |directly )?to (?:you|your inbox)|(?:in|to) your inbox"
    r"|download (?:our|the) app|(?:our|my) (?:(?:daily|weekly|free|morning|evening) ){0,2}newsletter|enter your e-?mail"
    r"|turn on (?:push )?notifications|click here\b"
    r"|please (?:become|be) an? (?:[\w\-]+ ){0,2}(?:member|supporter|subscriber|patron|donor)\b"
    # a membership's price or its call, said to the reader: "Become a member from just $5 a month" opening its
    # sentence, no speaker's (not "X will become a member from July", "Become a member today, she urged"); "… relies on
    # readers like you" closing its paragraph, outside quotation marks and no speaker's sentence
    r"|(?:^|[.!?]\s+)(?![^.!?]*\b(?:said|says|told|urged|urges|added|wrote)\b)\W*(?:you can )?become an? "
    r"(?:[\w\-]+ ){0,2}(?:member|supporter|subscriber|patron|donor)"
    r" (?:from|for (?:just|only)|today|now)\b"
    r"|(?:^|[.!?]\s+)(?![^.!?]*\b(?:said|says|told)\b)[^.!?\"“”]*\breaders like you\b[^.!?\"“”]*[.!?]?\s*$"
    r"|(?:^|[.!?]\s+)\W*(?:please )?support (?:us|our (?:work|journalism|reporting|newsroom))\b"
    # a paywall's appeal: "Reporting like ours costs a great deal. Please support us with a subscription."
    r"|\bsupport (?:it|us|this|our [\w\-]+) with a (?:subscription|donation|contribution)\b"
    r"|(?:^|[.!?]\s+)\W*(?:journalism|reporting) like (?:this|ours) (?:takes|costs|requires|needs)\b"
    r"|(?:donate|make a donation) (?:now|today|here)\b"
    r"|^\W*(?:read|see|watch|view|listen to|download) [^.!?]{0,120}\b(?:here|in full)\W*$"
    # an order to the reader about the page itself: "Open the files tied to this summary.", "Add yours below."
    r"|^\W*(?:open|follow|add|explore|browse|see|check|find|read|watch|view|share|join)\b[^.!?]{0,100}"
    r"\b(?:(?:this|the) (?:summary|briefing|page|article|story|post|thread)|below)\W*$"
    r"|\b(?:is|are) (?:not|no longer) supported\b.{0,80}\bbrowser\b|\b(?:update|upgrade) your (?:web )?browser\b"
    r"|\badd (?:us|this (?:web)?site) to (?:your )?(?:favou?rites|bookmarks)|\bour page (?:on|at) (?:facebook|twitter|x|telegram)\b"
    r"|(?:^|[.!?]\s+)\W*(?:please )?share (?:this|it)(?: (?:article|story|post|news))? (?:with (?:your )?friends|on social media)"
    r"|\bsucc?ess?fully subscribed\b|\bthank you for subscribing\b|\bdon['’]t have an account\b|\bforgot your password\b"
    r"|\b(?:log|sign) in (?:to|with) (?:your account|continue|comment|read)\b"
    r"|\b(?:must|should) be credited (?:if|when|whenever)\b|\byour feedback (?:helps|will help) us\b"
    r"|\b(?:add|leave|post) your (?:own )?comments?\b"
    # the site's own contact and print links, each a line of its own: "Email us your story tips.", "Give us
    # feedback.", "More Quay Post contact information.", "Log in and use the print button to print the page."
    r"|^\W*(?:give|send|email|e-mail) us (?:your |a )?(?:news )?(?:tips?|letters?|story|stories|feedback)\b"
    r"|^\W*more (?:[\w.&'’-]+ ){0,3}contact information\W*$"
    r"|^[^.!?]{0,100}\bprint button\b[^.!?]{0,60}[.!?]?\s*$"
    # a paywall's meter and its call: "You've read 3 of 5 free articles. Subscribe to continue."
    r"|\byou(?:['’]ve| have) read\b[^.!?]{0,30}\bfree (?:articles|stories)\b"
    r"|\bsubscribe (?:to (?:continue|keep reading|read (?:on|more|the full))|for (?:full|unlimited) access)\b"
)
# An author's bio closing the page, the writer's trade after the name: "Jane Roe is a senior correspondent for …".
WRITER_BIO = (r"is an? (?:[\w\-]+ ){0,3}(?:reporter|correspondent|journalist|editor|writer|columnist|contributor"
              r"|freelancer)\b")
# A masthead's founding date before its year ("Est. May 19, 1883"): the outlet's, not the article's.
FOUNDED = r"est\.|estd\.?"
# A wire correspondent's credit between slashes, before the agency and the reporter's name ("/Corr. AGENCY Jane Roe/").
WIRE_CREDIT = r"corr\.|correspondent"
# A wire's staff credit in brackets closing its last paragraph: "… on Monday. (Reporting by Jane Roe; Editing by
# John Doe)". The words that open it:
STAFF_CREDITS = r"(?:additional )?reporting(?: and writing)? by|writing by|written by|editing by|edited by|compiled by"
# Link notes a page prints inside a line of text.
LINK_NOTES = r"opens? in (?:a )?new (?:window|tab)|external link|opens? an external (?:site|website)"
# Words that end a photo caption with its credit: "... outside the court. PHOTO: AGENCY".
CREDIT_WORDS = r"photo(?:graph)?s?|picture|pic|image|credit|illustration"
# The word between a photographer's name and the outlet the picture was made for: "(Jane Roe for The Quay)".
CREDIT_FOR = r"for"
# The word between a picture's agency and the wire that relayed it: "(Jane Roe/CW via WIRE)".
CREDIT_VIA = r"via"
# Labels of the writer's credit that closes a page's header block, after its headline and time: "... 14:33 Text: Jane
# Roe" (matched with their case: a capital opens them).
WRITER_CREDITS = r"Text|Words"
# Picture agencies whose name alone, after a dash or in brackets, closes a caption: "… at the quay. - AP"
CAPTION_AGENCIES = r"AP|AFP|Reuters|EPA|Getty Images|Xinhua|dpa|Anadolu"
# A verb in the past tense: a sentence under a picture's credit with none ("Protesters gather outside …") is the
# picture's caption, in the present; one with it ("Teams moved forty families …") the article's (ingest).
PAST_TENSE = r"[a-z]{2,}ed|had|was|were|did"
# How a wire's caption opens, the picture's date and kind before it ("In this March 3, 2031 file photo, …",
# "FILE - This May 2, 2030, photo provided by the port shows …"): a paragraph it opens is the picture's caption.
CAPTION_OPENERS = (
    r"(?:file\s*[-–—]\s*)?(?:in\s+)?this\s+"
    r"(?:(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}|[a-z]{3,6}day|undated|recent|aerial|handout|file|archive|satellite),?\s+){0,4}"
    r"(?:photo(?:graph)?|image|picture)s?(?:,|\s+(?:shows|provided|released|taken|made available|obtained|distributed)\b)"
)
# A cookie notice: the site speaking of its cookies.
COOKIE_NOTICE = (
    r"\bcookies?\b.{0,120}(?:\bwe use\b|\b(?:this|our) (?:web)?site\b|\bcontinu\w+ to (?:use|browse)|\byour browser\b)"
    r"|\b(?:we use|this (?:web)?site uses|accept(?: all)?) cookies\b"
)
# Share and print buttons and their counters: a line made only of these words and figures
# ("Print | Share | Email", "1,204 views 3 comments").
SHARE_WORDS = frozenset({
    "share", "shares", "print", "email", "e-mail", "mail", "copy", "link", "url", "facebook", "twitter", "x", "telegram",
    "whatsapp", "linkedin", "reddit", "pinterest", "viber", "vk", "vkontakte", "messenger", "tumblr", "threads",
    "bluesky", "instagram", "youtube", "flipboard", "pocket", "tweet", "save", "comment", "comments", "version",
    "article", "this", "on", "via", "to", "social", "media", "networks", "story", "page", "send", "friend", "a",
    "views", "likes", "reads",
})
# A site's language switch, a line made only of these codes ("EN | FR | DE", "ua en ru").
LANGUAGE_CODES = frozenset({"en", "eng", "ru", "rus", "ua", "uk", "ukr", "az", "aze", "hy", "am", "arm", "ka", "ge",
                            "geo", "tr", "de", "fr", "es", "it", "pl", "ro", "ar", "fa", "kk", "kz", "uz", "ky", "tg",
                            "tk", "be", "by", "zh", "cn", "ja", "he", "pt", "nl", "lt", "lv", "et"})
# The head nouns of an office that signs off a statement on its last line ("Press Office of the Council").
SIGNATURE_HEADS = (
    r"press (?:office|service|team|centre|center|secretariat|section)|department|secretariat"
    r"|information (?:service|office|centre|center|department)"
    r"|communications? (?:office|unit|team|division)|spokesperson'?s? (?:office|service)"
)
# A print edition cited at the end of an article.
PRINT_CITATIONS = r"(?:printed|published) in (?:the )?(?:print|newspaper) edition|print edition\s*:"

# ---------------------------------------------------------------------------
# Sentences (read by segment.py)
# ---------------------------------------------------------------------------

# Where one sentence joins two assertions (a regular expression after ", "): ", and the …", ", while we …".
# After "but" also a bare subject and its auxiliary, a noun or a quantifier and its noun: ", but trade cannot grow",
# ", but no date has been set"; not an adverb or a verb that goes on with the same subject (", but later was
# released", ", but said it would …"): no word in -ly or -ed, none of ``NOT_CLAUSE_SUBJECTS``.
CLAUSE_AUXILIARIES = ("is", "are", "was", "were", "has", "have", "had", "does", "did", "will", "would", "shall",
                      "should", "can", "cannot", "could", "may", "might", "must")
CLAUSE_QUANTIFIERS = ("no", "some", "any", "many", "few", "several", "each", "every", "all", "most", "more", "other",
                      "such", "neither", "either")
NOT_CLAUSE_SUBJECTS = ("later", "then", "still", "soon", "now", "also", "again", "instead", "only", "never", "even",
                       "often", "already", "not", "since", "afterwards", "thereafter")
# (CLAUSE_JOIN itself is below ACCOUNT_VERBS, which it reads.)
# Words that open the second clause and are left out of it.
CLAUSE_LEADS = ("and", "but", "while", "whereas", "yet")
# A join that adds to the same clause, not a clause of its own: "…, and also repaired the dam", "…, but also on the
# border" (segment.py does not cut there).
ADDITIVE_JOIN = r"(?:and|but)\s+also\b"
# Joins that may close a list after a serial comma ("…, visas, and the border question"): no clause of its own.
LIST_CLOSERS = ("and",)
# Adverbs set off by commas that are no item of a list ("On Monday, however, prices fell, and …"): segment.py.
SENTENCE_ADVERBS = ("however", "meanwhile", "moreover", "nevertheless", "nonetheless", "therefore", "though",
                    "instead", "indeed", "separately", "also", "too", "in turn", "in fact", "of course")
# Where a claim is cut in two (extract/claims.py, after ", "): a relative clause that closes the sentence
# ("…, which B", "…, under which B") or a participle that takes a stance of its own ("…, calling B").
RELATIVE_OPENERS = r"(?:(?:in|under|by|for|with|from|at|of)\s+)?(?:which|who|whom|whose|where)\b"
# A relative clause set inside its sentence whose pronoun is the subject of what a speaker says: a verb of saying
# right before an auxiliary ("The plant, which Nordmill says will be the largest, opens in May"); the speaker's
# account of the word it hangs from, cut from the sentence as its own claim. ACCOUNT_VERBS: the verbs of saying
# that take such a clause, as written ("claims" too, which only the auxiliary after it tells from the noun);
# ACCOUNT_AUXILIARIES: those auxiliaries.
ACCOUNT_VERBS = ("say", "says", "said", "claim", "claims", "claimed", "believe", "believes", "believed", "expect",
                 "expects", "expected", "estimate", "estimates", "estimated", "predict", "predicts", "predicted",
                 "hope", "hopes", "hoped", "argue", "argues", "argued", "insist", "insists", "insisted", "maintain",
                 "maintains", "maintained", "think", "thinks", "thought", "fear", "fears", "feared", "allege",
                 "alleges", "alleged", "reckon", "reckons", "reckoned")
# CLAUSE_JOIN (see above); and ", but officials say …": after a join, a bare plural subject and one of these verbs
# open a clause of their own too; not an auxiliary or an adverb in -s that goes on with the same subject (", and has
# said", ", but always says").
CLAUSE_JOIN = (
    r"(?:and|but|while|whereas|although|though|yet)\s+(?:the|a|an|this|these|that|those|its|their|our|we"
    r"|they|he|she|it|there|my|your|his|her|both|[A-Z]\w*)\b"
    rf"|but\s+(?:(?:{'|'.join(CLAUSE_QUANTIFIERS)})\s+[a-z]\w*|(?!(?:{'|'.join(NOT_CLAUSE_SUBJECTS)})\s)"
    rf"[a-z]\w*(?<!ly)(?<!ed))\s+(?:{'|'.join(CLAUSE_AUXILIARIES)})\b"
    rf"|(?:and|but|while|whereas|yet)\s+(?!(?:{'|'.join(CLAUSE_AUXILIARIES + NOT_CLAUSE_SUBJECTS)}"
    rf"|{'|'.join(SENTENCE_ADVERBS)}|always|perhaps|sometimes|thus)\s)[a-z]{{2,}}[^s\W]s"
    rf"\s+(?:{'|'.join(ACCOUNT_VERBS)})\b"
)
ACCOUNT_AUXILIARIES = ("will", "would", "is", "are", "was", "were", "has", "have", "had", "could", "can", "may",
                       "might", "should", "must")
CLAUSE_PARTICIPLES = ("calling", "urging", "pledging", "vowing", "promising", "accusing", "describing", "branding",
                      "labelling", "labeling", "demanding", "welcoming", "condemning", "denouncing", "praising",
                      "criticising", "criticizing", "rejecting", "dismissing", "blaming")
NOT_CLAUSE_PARTICIPLES: tuple[str, ...] = ()
# Participles that open the article's own account after a report: what the report led to ("…, X said, prompting
# B", "…, leading to B") or where the words it quoted come from ("…, he said, using a term …"): cut like those
# above, but the clause is not what the speaker said (not "…, referring to B", which says what the words were
# about and stays with them).
NARRATING_PARTICIPLES = ("leading", "prompting", "sparking", "triggering", "fuelling", "fueling", "causing",
                         "using")

# ---------------------------------------------------------------------------
# Attribution: verbs of saying, cue phrases, words that refer back (read by extract/attribution.py)
# ---------------------------------------------------------------------------

# Reporting verbs as written, for sentences without a parse: the speaker is their subject.
REPORTING_VERBS = (
    "said", "says", "stated", "told", "tells", "noted", "notes", "stressed", "stresses", "emphasized",
    "emphasizes", "emphasised", "emphasises",
    "underlined", "underlines", "underscored", "underscores", "added", "adds", "recalled", "recalls",
    "reminded", "reminds", "warned", "warns", "announced", "announces", "reported", "reports",
    "declared", "declares", "claimed", "believes", "believed", "thinks", "assessed",
    "assesses", "assures", "assured", "insisted", "insists", "explained", "explains",
    "pointed out", "points out", "confirmed", "confirms", "expressed", "expresses", "indicated",
    "indicates", "mentioned", "mentions", "argued", "argues", "concluded", "concludes", "continued",
    "wrote", "writes", "reads", "urged", "urges", "highlighted",
    "highlights", "acknowledged", "acknowledges", "admitted", "admits", "denied", "denies",
    "informed", "informs", "specified", "specifies", "suggested", "suggests", "replied", "answered",
    "rejected", "rejects", "accused", "accuses", "dismissed", "dismisses", "demanded", "demands",
    "commented", "clarified", "expects", "expected", "hopes", "hoped", "considers", "considered",
    "shouted", "exclaimed",
)
# Lemmas of verbs of saying and of speech acts, for the dependency parse: their subject speaks.
SPEECH_LEMMAS = frozenset({
    "say", "tell", "state", "note", "stress", "emphasize", "emphasise", "underline", "underscore", "add",
    "recall", "remind", "warn", "announce", "report", "declare", "claim", "believe", "think", "assess",
    "assure", "insist", "explain", "confirm", "express", "indicate", "mention", "argue", "conclude", "write",
    "urge", "highlight", "acknowledge", "admit", "deny", "inform", "specify", "suggest", "reply", "answer",
    "reject", "accuse", "dismiss", "demand", "comment", "clarify", "expect", "hope", "consider", "thank",
    "condemn", "support", "hint", "praise", "criticize", "criticise", "welcome", "predict", "estimate",
    "forecast", "promise", "pledge", "vow", "threaten", "allege", "blame", "complain", "caution", "reiterate",
    "maintain", "contend", "observe", "disclose", "reveal", "describe", "call", "point", "project", "tweet",
    "signal", "concede", "counter", "stress", "voice", "denounce", "slam", "accuse", "rule", "read",
    "reaffirm", "affirm", "anticipate", "disagree", "dispute", "refute", "rebut", "retort", "respond", "assert",
    "testify", "recommend", "propose", "encourage", "shout", "exclaim",
    # the rest of the communication and judgement classes of a verb lexicon (VerbNet's say, complain,
    # judgement, characterize, conjecture and manner-of-speaking verbs), not verbs met in one text
    "remark", "aver", "proclaim", "reckon", "opine", "posit", "muse", "quip", "joke", "boast", "lament", "bemoan", "rue",
    "concur", "confess", "ridicule", "mock", "deride", "scoff", "blast", "lambast", "lambaste", "castigate",
    "chide", "rebuke", "berate", "censure", "decry", "deplore", "hail", "applaud", "commend", "laud", "term",
    "dub", "label", "brand", "characterize", "characterise", "charge", "speculate", "surmise", "fear", "doubt",
    "question", "advise", "reassure", "repeat", "restate", "corroborate", "contradict", "object", "whisper",
    "mutter", "yell", "scream", "calculate", "suspect", "imply", "insinuate", "elaborate", "recount", "attest",
    "fault", "post", "depict", "portray", "liken", "compare", "talk", "speak", "record", "reflect", "reference",
    "growl", "snap", "snarl", "grumble", "bark", "bellow", "holler", "murmur", "mumble", "groan", "moan", "gripe",
    "grouse", "fume", "rail", "rant", "sneer", "hiss", "stammer", "drawl", "gush", "wail", "whine", "sigh",
    # verbs that give a reason or a defence of something said or done (judgement and attribution verbs:
    # "X attributed the delay to …", "X defended the decision", "X justified the cuts")
    "attribute", "ascribe", "defend", "justify",
    # a concession of a fact: "X accepted that the figures were wrong" (an act with a thing for object: below)
    "accept",
    # an opinion held, like "believe": "the coach felt that his side deserved a point" (only with a clause: below)
    "feel",
})
# Verbs of speech that also name an act, which is what they tell with a thing for object and no clause or quotation:
# "X announced its plans", "the board declared a dividend", "X rejected the offer",
# "the West threatens sanctions" (not "X announced that …", "X rejected the claim as \"absurd\"")
ACT_READING_LEMMAS = frozenset({"announce", "declare", "reject", "threaten", "post",   # "posted a loss"
                                "propose",   # "proposed a similar bill"
                                "snap", "bark",   # "snapped a losing streak", "barked orders"
                                "claim",   # "claimed the title", "claimed a seat"
                                "maintain",   # "maintained sales growth", "maintained its lead"
                                "conclude",   # "concluded a state visit", "concluded a trade deal"
                                "concede",   # "conceded the race", "conceded two goals" (not "conceded that …")
                                "accept",   # "accepted the offer"
                                "assert",   # "asserted their dominance", "asserted control" (not "asserted that …")
                                "support",   # "supported the bill": a vote or backing given, not words
                                "rule"})   # "ruled the province for a decade" (not "ruled that …", "ruled out a deal")
# Of those, the verbs whose object makes known a figure it holds: "announced a 20 percent rise in sales" tells how much
# (not "declared a dividend of 5 cents", a dividend paid, nor "rejected an offer of $5 million").
FIGURE_ANNOUNCING_LEMMAS = frozenset({"announce"})
# Of those, the verbs that tell an act only with a bare thing for object: none with a clause of what it holds ("the
# finding that …") or a complement of what it is of, for or to ("the idea of a truce", "calls for an inquiry"), which
# carries words the speaker backs
BARE_OBJECT_ACT_LEMMAS = frozenset({"support"})
OBJECT_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "to"})
# The preposition of what such a verb calls its object, which makes it words: "rejected the charge as politically
# motivated", "rejected the offer as too low" (not "announced its plans as part of a deal": no quality named)
CHARACTERISING_PREPOSITIONS = frozenset({"as"})
# The preposition of a passive's agent, which a parser may hang on the noun such a preposition governs ("was described
# as a fraud by the union")
PASSIVE_AGENT_WORDS = ("by",)
# Verbs that say what their object is after such a preposition ("described those cuts as insurance"): what they say
# is there, not in what went before ("confirmed this as chairman of the board" refers back; "as" names a role).
CHARACTERISING_LEMMAS = frozenset({"describe", "characterize", "characterise", "call", "brand", "label", "term", "dub",
                                   "portray", "depict", "paint", "see", "regard", "view", "denounce", "dismiss",
                                   "reject", "condemn", "criticize", "criticise", "hail", "welcome", "praise", "slam",
                                   "decry", "rule", "count", "classify", "cast", "defend", "present", "tout",
                                   "frame", "justify", "treat", "interpret", "define"})
# The preposition of an absolute phrase whose gerund of saying has the phrase's noun for its speaker: "Prices fell,
# with the trade minister, Jon Vell, saying the plan worked" (the parser hangs the gerund on the main verb).
ABSOLUTE_PREPOSITIONS = ("with",)
# Verbs of speech that tell an opinion only with a clause for what is held, and otherwise a sensation: "the coach
# felt (that) his side deserved a point", not "residents felt the tremor", "the striker felt sick".
CLAUSE_READING_LEMMAS = frozenset({"feel", "record"})   # "recorded that …", not "recorded a song"
# Verbs of speech that tell words only with their topic after one of these prepositions, or a clause:
# "X talked about progress in the talks", "X spoke of a breakthrough"; not "X spoke at the forum", "X talked to Y".
# ("reflected on the crisis", not "the figures reflect a rise")
TOPIC_READING_LEMMAS = {"talk": frozenset({"about", "of"}), "speak": frozenset({"about", "of"}),
                        "reflect": frozenset({"on", "upon"})}
# Objects that keep such a verb a claim made: "claimed responsibility for the attack", "claimed victory"
ASSERTED_OBJECTS = frozenset({"responsibility", "victory", "credit", "innocence", "authorship"})
# Verbs of speech that with one preposition, and no clause or infinitive, tell an act: a visit ("X called on the
# governor at his residence", not "X called on the government to resign"), a reaction to events ("as X responds to
# a wave of strikes", not "X responded to the report, saying …"); and the prepositions that keep them a call made,
# with what is called for ("X called on both sides for restraint").
ACT_PREPOSITIONS = {"call": frozenset({"on", "upon"}), "respond": frozenset({"to"})}
CALLED_FOR_PREPOSITIONS = frozenset({"for"})
# Verbs that only report words: where such a verb's speaker is unnamed ("Defence lawyers said …"), the
# sentence is someone's, neither the article's nor the speaker's before it.
SAYING_LEMMAS = frozenset({
    "say", "tell", "state", "add", "announce", "declare", "claim", "write", "insist", "argue", "deny",
    "describe", "reply", "answer", "comment", "allege", "report", "confirm", "stress", "emphasize",
    "emphasise", "note", "explain", "warn", "expect", "predict", "tweet", "rule",
    "remark", "quip", "whisper", "mutter", "yell", "scream", "recount", "shout", "exclaim", "cry", "chant",
    "reiterate", "repeat", "restate", "reaffirm",
    "growl", "snarl", "grumble", "bellow", "holler", "murmur", "mumble", "gripe", "grouse", "rant", "stammer",
})
# Verbs of expecting a figure or an outcome: what unnamed experts expect, with a source after it ("Analysts had
# expected a loss, according to Northwire estimates"), is the source's compilation, the source's claim.
# Verbs of a view held, not of words said: "According to her, Tarnia considers the deal fair" is her account of
# Tarnia's view, her claim; "According to her, Tarnia announced …" passes on Tarnia's words.
HELD_VIEW_LEMMAS = frozenset({"believe", "think", "consider", "feel", "hope", "fear", "doubt", "suspect", "reckon"})
EXPECTING_LEMMAS = frozenset({"expect", "forecast", "predict", "estimate", "anticipate", "project"})
# Records that bear a sentence out ("…, official data show", "Figures released on Monday showed …"): its source,
# which names no speaker (read from the parse)
EVIDENCE_LEMMAS = frozenset({"show", "indicate", "suggest", "reveal", "confirm"})
EVIDENCE_NOUNS = frozenset({"data", "datum", "figure", "statistic", "statistics", "record", "survey", "poll", "study",
                            "filing", "document"})
# Verbs of saying whose speaker, in the complement of another's ("Northwire reported that X had said …"),
# made the claim that the outer speaker passes on.
REPORTED_SPEECH_LEMMAS = frozenset({"say", "tell", "state", "announce", "declare", "claim", "write", "confirm",
                                    "deny", "add", "insist", "stress", "tweet", "report"})
# Speech acts that report their subject's words only when a name is the subject: "Jane Roe warned of floods, the board
# said" is her warning the board passes on; "the plan noted a rise, the ministry said" is the ministry's reading.
REPORTED_SPEECH_ACT_LEMMAS = frozenset({"warn", "highlight", "emphasize", "emphasise", "note", "underline",
                                        "underscore", "urge", "explain", "reiterate", "argue", "assert",
                                        # calls, demands, denials and promises made aloud: "Jane Roe called on both
                                        # sides to talk, a spokesman said" is her call the spokesman passes on (a
                                        # judgement is an act: "X praised the merger, a spokesman said")
                                        "call", "demand", "insist", "stress", "deny", "vow", "pledge", "promise"})
# Of those, the verbs that report words only with one of these prepositions: "called on both sides to talk", "called
# for calm"; not "called off the strike", "called police".
REPORTED_ONLY_WITH = {"call": frozenset({"on", "upon", "for"})}
# Of those, the verbs whose object may be a thing they act on ("the fleet would add ships", "she will write a book"):
# with such an object and no clause of its own, the verb acts and reports no one's words; "Vell announced a 10% tax",
# "Velsen denied the plan" are speech acts with an object, and report them.
ACTING_WITH_OBJECT_LEMMAS = frozenset({"add", "write"})
# Verbs that give a thing a name of the speaker's own ('called the budget "Theft"'): a common noun quoted after them
# (and their object) is the speaker's word, not the thing's name (extract/attribution.py, ``_scare_quote``).
NAMING_VERBS = ("called", "calls", "call", "calling", "dubbed", "dubs", "branded", "brands", "labelled", "labeled",
                "labels", "termed", "terms")
PROPOSING_STEMS: tuple[str, ...] = ()   # English reads the reporting verbs from the parse, as lemmas
# Pronouns for the one who was told, as the object of a reported verb of saying, and the gender the outer speaker
# must have for the pronoun to be them: "Jane Roe said Y had told her that …" is her own account of a conversation,
# her claim, not Y's passed on; "Jane Roe said Y had told him" passes Y's words on.
TOLD_BACK_PRONOUNS = {"him": "masc", "her": "femn", "me": None, "us": None}
SAYING_STEMS: tuple[str, ...] = ()      # English verbs of saying are lemmas, in SAYING_LEMMAS
UNHELD_EXPECTATION = ""   # read from the parse: a passive of EXPECTING_LEMMAS
# Refusing to speak ("X declined to comment", "X refused to give details"): verbs of refusal, and the verbs of
# telling they govern besides those of saying; such a sentence ends the report before it (a frame reaches no
# further), and it is the article's.
REFUSAL_LEMMAS = frozenset({"decline", "refuse"})
DISCLOSING_LEMMAS = frozenset({"give", "provide", "discuss", "disclose", "reveal", "specify", "elaborate", "identify",
                               "name", "answer", "speculate", "go"})   # "declined to go into details"
# The same said with a negation ("She did not give any figures", "X gave no details", "She did not elaborate"): the
# objects of those verbs a negation withholds (a verb with none, "elaborate", "comment", is withheld bare); "did not
# give way" is no silence.
WITHHELD_OBJECTS = frozenset({"detail", "information", "specific", "figure", "timeline", "timetable", "reason",
                              "breakdown", "comment", "explanation", "evidence", "date", "estimate"})
BARE_DISCLOSING_LEMMAS = frozenset({"elaborate", "specify", "speculate"})
NEGATING_DETERMINERS = frozenset({"no"})
REFUSALS = ""       # read from the parse (REFUSAL_LEMMAS)
INDEFINITE_SPEAKERS: tuple[str, ...] = ()     # "someone shouted": the parse's subject (SAYING_LEMMAS)
# Light verbs whose object is an act of speech, and those objects: "Velmar gave a different account",
# "the ministry issued a warning", "X drew attention to the talks" (not "a statement": issuing one is an event,
# what it says is read on).
LIGHT_SPEECH_VERBS = frozenset({"give", "issue", "offer", "voice", "make", "draw", "raise"})
SPEECH_ACT_NOUNS = frozenset({"account", "assurance", "warning", "denial", "pledge", "promise", "accusation",
                              "admission", "prediction", "forecast", "threat", "ultimatum", "appeal",
                              "attention", "concern", "objection"})   # "X raised concerns about …"
# Verbs that give an estimate when their object is a figure and a preposition puts it at a value, those objects and
# that preposition: "the ministry put the death toll at 40", "the company pegged its losses at $2 million".
ESTIMATING_VERBS = frozenset({"put", "peg"})   # each a form the parse is read from (nlp._speech_forms)
ESTIMATED_NOUNS = frozenset({"number", "toll", "cost", "figure", "total", "tally", "loss", "damage", "count",
                             "value", "estimate"})
ESTIMATE_PREPOSITIONS = frozenset({"at"})
# A verb that asserts through its complement, a verdict ("the judges found her guilty of …", "found the firm liable"):
# its subject asserts what the verdict holds, as with a verb of saying. Each verb (a form the parse is read from,
# nlp._speech_forms) with the complements that make it so.
ASSERTING_COMPLEMENTS = {"find": frozenset({"guilty", "liable", "innocent", "responsible"}),
                         # "X made (it) clear that …", "X made it known that …": what is made clear or known is
                         # what X asserts
                         "make": frozenset({"clear", "know"})}
# Those complements that assert only with a clause of what is held on them: "made it clear that …", not "made the
# road clear of mines"; "made it known that …", not "made the singer known".
CLAUSE_ONLY_COMPLEMENTS = frozenset({"clear", "know"})
# The preposition of a participle that says how the verb before it was done: "X replied by saying …".
MANNER_PREPOSITIONS = ("by",)
# Verbs that in the progressive before an infinitive make a future ("X is going to announce"): nothing said yet.
FUTURE_PROGRESSIVE_LEMMAS = frozenset({"go"})
# Verbs of will: the infinitive they govern is not said ("X declined to comment", "X plans to announce"), unlike
# one of purpose ("X went on the radio to tell listeners …")
WILL_VERBS = frozenset({"decline", "refuse", "plan", "want", "intend", "wish", "hope", "expect", "agree", "fail",
                        "seek", "try", "decide", "prepare", "aim", "promise", "threaten", "offer", "need", "have",
                        "be", "like", "prefer", "choose", "attempt", "mean", "ask", "urge", "invite", "allow"})
# Nouns of an earlier occasion of saying, which a relative clause opened by a preposition tells the content of ("X
# faced questions over a speech in which he claimed …"): what the sentence narrates came of that saying.
SAYING_OCCASION_NOUNS = frozenset({"statement", "speech", "interview", "remark", "comment", "address", "post",
                                   "letter", "message", "tweet", "article", "briefing", "appearance", "broadcast"})
# Verbs of will by which a statement says what it says ("X wishes to reassure the public that …", "X wants to
# stress that …"): the infinitive with a that-clause is said, as the verb alone would be, if it is one of
# ``STATEMENT_WILL_INFINITIVES``
STATEMENT_WILL_VERBS = frozenset({"wish", "want", "like"})
# Words of how readily something was said, as written: an adjective or a noun after "be" that the infinitive of
# saying hangs on ("X was quick to clarify that …", "X was at pains to point out …", "X was the first to admit …"):
# the infinitive says what the subject of "be" says; not a readiness to speak later ("X is ready to announce", "X is
# due to announce") nor a reluctance ("X was reluctant to say").
SAYING_READINESS_WORDS = frozenset({"quick", "swift", "quickest", "keen", "eager", "anxious", "careful", "happy",
                                    "glad", "pleased", "proud", "first", "pains"})
# Verbs of will that report an attempt made when told as done, with no negation, modal or future ("X tried to
# convince voters that …", "X sought to reassure residents that …", "X does try to explain that …"): an infinitive of
# saying with a that-clause under them is said; "X will try to convince …", "X did not try to …" say nothing.
ATTEMPT_VERBS = frozenset({"try", "seek", "attempt", "choose"})
# Nouns of an occasion taken to speak, the object of the verb whose subject speaks in the infinitive on them ("X took
# the opportunity to remind voters that …", "X used the occasion to announce …"); not one given to another ("X
# gave Y the chance to explain").
CHANCE_NOUNS = frozenset({"opportunity", "occasion", "chance", "moment"})
# Verbs that take such an occasion (not "X missed the chance to …", "X had the opportunity to …")
CHANCE_TAKING_VERBS = frozenset({"take", "use", "seize"})
# Infinitives after a verb of will that say something in the very act of speaking ("wishes to stress", "would like
# to point out"): not a plan to announce or to say, which says nothing yet ("wants to announce that …")
STATEMENT_WILL_INFINITIVES = frozenset({"stress", "clarify", "reassure", "assure", "emphasise", "emphasize",
                                        "underline", "underscore", "reiterate", "thank", "remind",
                                        "point out", "highlight", "acknowledge", "express", "make clear"})
# Verbs that make their object do what the infinitive after them says ("the loss prompted investors to question
# the plan", "the report led analysts to warn …"): their subject says nothing; not "move" nor "get", whose subject
# acts itself ("X moved to assure voters that …", "X got to explain that …")
CAUSING_VERBS = frozenset({"prompt", "lead", "cause", "force", "compel", "drive", "push", "spur", "persuade",
                           "convince", "inspire"})
# Passives that report what others hold someone to have said ("X is understood to have said …", "X is believed
# to have told …"): the passive's subject speaks the verb of saying in the perfect infinitive after it.
HEARSAY_PASSIVES = frozenset({"understand", "believe", "say", "report", "think", "know"})
# Verbs of saying whose object is who was told ("…, Jane Roe told Northwire."): their object never speaks.
ADDRESSED_LEMMAS = frozenset({"tell", "inform", "assure", "brief", "remind", "urge", "warn", "ask", "advise"})
# Of those, the ones a closing inverted tag with no subject of its own uses for the teller ("…, informed Jane Roe,
# IGP."); "…, her cousin, X, told Northwire Radio." names the one told, whatever the parse left out.
INVERTED_INFORMING_LEMMAS = frozenset({"inform"})
# Verbs by which an outlet passes on what someone else said: "…, X said, quoted by Y".
RELAY_LEMMAS = frozenset({"quote", "cite"})
QUOTING_STEMS: tuple[str, ...] = ()    # "quoted him": read from the parse (RELAY_LEMMAS)
OBJECT_PRONOUNS: dict[str, str] = {}
# Phrases after which the source of a claim is named: "according to X", "in the words of X".
ACCORDING_TO = (
    r"according to(?! (?:which|whom|whose)\b)|as reported by|in (?:his|her|their) words|in the words of|as stated by"
    r"|as (?:\w+ )?(?:said|noted|stated|emphasized|stressed) by"
)
# The words between "according to" and a source's name that tell which of its documents a figure comes from, however
# many: "according to numbers put out on Monday by the", "according to data first released by the state-run",
# "according to the latest weekly report by the" (the name after "by" is the source, as one within a few words of
# the phrase is).
ISSUED_DOCUMENT_GAP = (
    r"\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:figures|data|information|estimates|statistics|numbers|report"
    r"|statement|release|survey|study)\s+(?:(?:\w+ly\s+|first\s+)?(?:issued|released|published|compiled|provided"
    r"|posted|made(?:\s+public)?|put\s+out)\s+(?:(?:on|last|this|earlier|late|early)\s+(?:[\w,]+\s+){0,3})?)?"
    r"by\s+(?:(?:the|a)\s+)?(?:[\w-]+\s+)?"
)
# Police ranks written as acronyms before a name ("CSP Jane Roe", "the DPO"), as South Asian and West African
# forces write them: a rank, never a body's name, whatever a model took it for.
RANK_ACRONYMS = ("DGP", "IGP", "IG", "DIG", "AIG", "CP", "DCP", "ACP", "CSP", "SSP", "DSP", "ASP", "ASI", "SHO", "DPO",
                 "SDPO", "IIC", "OC", "OCS", "OCPD", "SPC")
# The ranks those acronyms stand for, written out, and the acronyms each may then be called by: one titled
# "Inspector General of Police" is "the IGP" or "the IG" later (attribution._title_words); a grade before the words
# makes them another rank ("Deputy Inspector General" is no IG).
RANKS_WRITTEN_OUT = {
    "director general of police": ("DGP",), "inspector general of police": ("IGP", "IG"),
    "inspector general": ("IG",), "deputy inspector general": ("DIG",), "assistant inspector general": ("AIG",),
    "commissioner of police": ("CP",), "deputy commissioner of police": ("DCP",),
    "assistant commissioner of police": ("ACP",), "senior superintendent of police": ("SSP",),
    "deputy superintendent of police": ("DSP",), "assistant superintendent of police": ("ASP",),
    "station house officer": ("SHO",), "district police officer": ("DPO",),
    "sub-divisional police officer": ("SDPO",), "inspector in charge": ("IIC",), "officer in charge": ("OC",),
    "officer commanding station": ("OCS",), "officer commanding police division": ("OCPD",),
    "special police constable": ("SPC",),
}
# Words for a police officer that refer back alone ("the officer added", "the SSP said"), acronyms with their case and
# not those more often other initials ("The ASI said": an archaeological survey): only to one the text titled as
# police (POLICE_TITLES), never to whoever was named last ("Police said …. The officer said" after a shopkeeper).
POLICE_ANAPHORS = (r"officer|superintendent|inspector|commissioner|commandant|(?-i:"
                   + "|".join(a for a in RANK_ACRONYMS if a not in ("ASI", "CP", "DIG")) + ")")
# Police titles and ranks right before a name: "Supt Jane Roe", "Superintendent of Police Jane Roe", "SSP Jane Roe".
POLICE_TITLES = (r"police|officer|superintendent|supt|inspector|insp|commissioner|commandant|constable|sergeant|sgt"
                 r"|(?-i:" + "|".join(RANK_ACRONYMS) + ")")
# Grades written before a police rank ("Additional Superintendent of Police", "Station House Officer of Police"):
# grade, rank and "of Police", with the unit after them ("… of Police Crime Branch"), are an office, no body's name,
# whatever a model took them for (names.py).
POLICE_RANK_GRADES = r"additional|deputy|assistant|senior|junior|joint|special|station house|sub-?divisional|circle"
# Words before "officer" that make it another office's, no police officer's: "the chief executive officer".
NOT_POLICE_OFFICERS = (r"(?:executive|operating|financial|technology|information|press|medical|technical|commercial"
                       r"|returning|liaison|compliance|marketing|legal|welfare|safety) officer")
# A clause's topic put before it, which a pronoun opening the clause may stand for (see ru.TOPIC_PHRASE); English
# nouns show no gender to tell it: "As for the budget, she said …" is someone's.
TOPIC_PHRASE = ""
# Words that refer back to a speaker named earlier, by the kind of speaker they fit.
# A person described by age alone ("Tomas Varga scored twice. The 28-year-old said …") refers back like a title.
# Endings of a word for a people or a nationality: "Ostravian", "Tarnese", "Vellish", "Israeli".
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "i")
PEOPLE_NOUNS: tuple[str, ...] = ()   # English reads them by DEMONYM_ENDINGS in ANAPHOR_PERSON: "the Norwegian said"
ANAPHOR_PERSON = (
    r"he|she"
    # "the chief of the national bank": its governor by another title (OFFICES), before "the chief" alone; not
    # after a bank's name, which its own words are
    r"|the (?:head|chief|chair(?:man|woman)?) of the (?-i:(?:central |national )?bank)"
    # (not one counted apart from those before: "the second official said" is another, unnamed one)
    # (a modifier may be an acronym written with stops: "the U.S. envoy", as "the US envoy"; or joined by a hyphen:
    # "the vice-premier")
    r"|(?:the|this|that) (?!(?:second|third|fourth|fifth|other) )(?:[A-Za-z.]+[ -]){0,2}?(?:president|minister|premier"
    r"|leader|official|spokes(?:man|woman|person)"
    r"|diplomat|politician|chairman|chairwoman|ambassador|envoy|co-chair|assistant|aide|adviser|advisor"
    r"|commander|general|admiral|colonel|secretary|governor|mayor|negotiator|representative|expert|analyst"
    r"|head of state"
    r"|prosecutor|judge|lawyer|attorney|coach|manager|chief executive|executive|founder|candidate|senator"
    r"|lawmaker|legislator|economist|scientist|researcher|professor|doctor|chief|forecaster|meteorologist|specialist"
    r"|head of government|press secretary|co-chairs?|pm|ceo"
    r"|mp|mla|member of parliament"   # a seat's member (SEAT_MEMBER_TITLES): "the Vellbrook MP said"
    # players, officers and counsel a report of a match, a case or an incident names by role
    r"|goalkeeper|goalie|goaltender|keeper|captain|striker|defender|midfielder|player|sheriff|detective"
    r"|investigator|councill?or|council(?:wo)?man|defen[cs]e counsel|public defender"
    # a police officer named by rank ("SSP Jane Roe", "Supt Jane Roe" … "the SSP said", "the officer added")
    r"|" + POLICE_ANAPHORS +
    # the epithets news uses for rulers, magnates and performers: "the Ruritanian strongman said"
    r"|strongman|autocrat|dictator|ruler|monarch|tycoon|billionaire|singer|rapper|actor|actress)"
    r"|the head of (?:state|government|diplomacy"
    r"|the (?:[\w-]+ ){0,3}?(?:ministry|department|office|service|agency|administration|delegation|mission"
    r"|committee|commission|directorate|bureau|division|council|board))"
    # the same head with the body before it ("the council head", "the agency head"), never "the head" alone
    r"|the (?:[a-z-]+ ){0,2}?(?:ministry|department|office|service|agency|administration|delegation|mission"
    r"|committee|commission|directorate|bureau|division|council|board) head"
    r"|the \d{1,3}[- ]year[- ]old"
    # "the Vellmark Democrat said": a party's member by the party's name, and "the Norwegian said" one by the
    # people she is of, where no noun of what else it heads follows ("the Republican lawmakers", "the
    # Democrat-led council", "the Norwegian team" are others)
    rf"|the (?:[A-Za-z.]+ ){{0,2}}?(?:democrat|republican|[a-z]+(?:{'|'.join(DEMONYM_ENDINGS)}))"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:said|says|told|tells|wrote|writes|added"
    r"|adds|argued|argues|stated|noted|posted|tweeted|warned|insisted|explained|replied)(?!\w))"
)
# Words before a title that say its holder goes unnamed: English says so with an indefinite article ("an official").
UNNAMED_BEFORE_TITLE = ""
# A clause on a description that leaves whom it describes unnamed ("the firm, which refused to be identified, said", "the
# spokesman, who spoke on condition of anonymity, said"): no reference back to one the text named.
UNNAMED_CLAUSE = (r"(?:declined|refused|did not want|didn't want) to be (?:named|identified)"
                  r"|asked not to be (?:named|identified)|(?:spoke|speaking|talked|talking) on (?:the )?condition of anonymity")
# A body described by where it sits or who runs it ("the London-based group", "the New Vell-based lender", "the
# state-run company") is still a description that refers back.
# "the district" refers back only as a subject of its own: the word after it is a verb or an adverb, no noun of a
# title built on it ("the district attorney", "the district judge", "the district manager of X", "the district's
# superintendent")
_DISTRICT_SPEAKING = (r"(?!['’]s(?!\w))(?![ \t]+(?!(?:"
                      + "|".join(REPORTING_VERBS + ACCOUNT_AUXILIARIES + SENTENCE_ADVERBS
                                 + ("did", "does", "on", "in", "at", "last", "this", "earlier", "later", "then",
                                    "again", "still", "now", "previously", "and", "[a-z]+ly"))
                      + r")(?!\w))[a-z])")
# What kind of group a description says a body is ("the rights group", "the monitoring group"): a description that
# refers back as "the group" does, to the body named before (ANAPHOR_ORG)
GROUP_KIND_WORDS = ("rights", "monitoring", "advocacy", "campaign", "pressure", "lobby", "activist", "militant",
                    "rebel", "armed", "opposition", "environmental", "industry", "trade")
ANAPHOR_ORG_ONLY_SPEAKING = ""   # Russian «партия» (a shipment too): never beside another speaker; none in English
FIELD_LIST_HEADS = ""   # English capitalises a body's fields: a list of them is read with the name's rule (names.py)
ANAPHOR_ORG = (
    r"the (?:(?:[A-Z]\w+, )?(?:[A-Z][\w.]* ){0,2}[\w.]+-(?:based|backed|run|owned|led|funded|controlled|listed"
    r"|headquartered) "
    # ranked in its country or its trade ("the nation's third-biggest carrier", "the country's top insurer"): the
    # body named before, not the country
    r"|(?:country|nation|world|region|state|island)['’]s (?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest"
    r"|leading|top|oldest|main|dominant|most valuable) (?:[\w-]+ )?"
    # described by its size ("the giant bank", "the big lender"), or a giant of its trade ("the biotech giant")
    r"|(?:giant|big|large|huge|major) )?"
    r"(?:(?:foreign |defen[cs]e )?ministry|press service|office|department|agency|government|cabinet"
    r"|administration|committee|commission|council|service|cent(?:re|er)|mission|secretariat|company|firm"
    r"|(?:central )?bank|court|party|regulator" rf"|(?:(?:{'|'.join(GROUP_KIND_WORDS)}) )?group"
    r"|carrier|airline|manufacturer|retailer|operator|insurer"
    r"|lender|supermarket|grocer|(?:car|auto|drug|chip|steel|plane|aircraft|ship|truck|tyre|tire|phone|toy)?maker"
    r"|miner|refiner|exporter|importer|supplier|distributor|provider|deliverer|shipper|conglomerate"
    r"|union|federation|association|board|fund|organi[sz]ation|body"
    r"|authority|authorities|alliance|bureau|directorate|inspectorate"
    # a hospital or a university named before ("a hospital spokesperson said", "the university said"), and the local
    # bodies that run hospitals or schools ("the health system said", "the district said")
    r"|hospital|university|(?:health|hospital|school) system|(?:school )?district" + _DISTRICT_SPEAKING +
    # a body that watches and counts ("the Britain-based monitor", "the Observatory"): the one named in full before
    r"|watchdog|monitor|observatory"
    r"|coalition|army|navy|air force|armed forces|coast guard|military|police|prosecutor'?s? office|prosecution|club|league"
    r"|newspaper|paper(?![ \t]+(?!said|says|reported|reports|wrote|writes|added|adds|claimed|claims|noted)[a-z])"
    r"|daily|tabloid|magazine|broadcaster)"
    # a company's management, with or without its article: the company named before ("management said it expects …")
    r"|(?:the |its )?management"
    r"|the [a-z][\w-]* giant\b"
)
del _DISTRICT_SPEAKING   # a part of ANAPHOR_ORG only, no table of its own
# Titles before the body they speak for, in a language that puts the body after in the genitive: none in English.
TITLES_BEFORE_BODY = ""
SPOKESPERSON_TITLES: tuple[str, ...] = ()
# Titles of a person that follow the name of the body the person speaks for ("the Foreign Ministry spokesman", "the
# company chief executive"): such a reference is to the person (ANAPHOR_PERSON), not to the body (ANAPHOR_ORG).
# A title that names the body of its office after it ("the chair of the national bank"): only one the text gave that
# office is meant, no one else who spoke before.
TITLE_NAMING_ITS_BODY = r"\bof the\b"
TITLES_AFTER_BODY = (r"spokes(?:man|woman|person)|press secretary|official|representative|chief executive|chief|head"
                     r"|minister|chairman|chairwoman|secretary|adviser|advisor|aide|envoy|ambassador|diplomat")
# the head noun of an office that works for one person ("the office of President Jane Roe announced"): named in
# its "of" phrase, that person speaks, not a body the noun would refer back to
HOLDERS_OFFICE_HEADS = ("office", "administration", "chancellery", "secretariat", "staff", "camp", "team")
# Nouns for one of a body's own bodies ("the alliance's most powerful body", "the bank's policy arm"): owned by a
# name, they refer back to the owner's body the text named last ("NC Water Board"), not to the owner
OWNED_BODY_NOUNS = ("body", "organ", "arm", "branch", "wing", "panel")
# Titles of one who speaks for a body, as the head of a speaker's description that names the body but no person ("a
# spokesman for the ministry", "a ministry spokeswoman", "company executives", "the chief of the ministry's media
# office"): the body speaks.
BODY_VOICE_TITLES = ("spokesman", "spokeswoman", "spokesperson", "official", "officials", "executives",
                     "representative", "representatives")
# Titles above that speak for the body only as the subject of the verb of saying that covers the claim: "Company
# executives denied the claim, a lawyer for the family said" is the lawyer's, no word of the company's
OWN_VERB_VOICE_TITLES = ("executives",)
# Titles of the head of a part of a body, which speaks for the body only as the head of a part named after the body's
# possessive ("the chief of the ministry's media office"); "the head of the company" is a person of the company's.
ORGAN_HEAD_TITLES = ("head", "chief", "director")
# Titles of one who leads a body, heading a subject that names the body ("the head of the water board said"): the person
# the text titled as leading it (BODY_LEADER_TITLES, none of DEPUTY_TITLES: not "chief economist", "vice president")
# speaks, not the body.
BODY_HEAD_TITLES = ("head", "chief", "leader", "boss", "governor", "president", "chairman", "chairwoman", "chairperson",
                    "chair", "director")
# (read as title words: "president" is too common a title to tell one body's leader)
BODY_LEADER_TITLES = ("head", "leader", "governor", "chairman", "chairwoman", "chairperson")
DEPUTY_TITLES = ("deputy", "vice", "acting")
# An indefinite statement with one word of its issuer's kind ("an army statement said", "a police statement") is the
# statement of the body of that kind the text named (``ANAPHOR_KIND_HEADS``).
ANAPHOR_DOCUMENT = (r"the (?:statement|document|message|report|survey|poll|(?:press |news |media )?release"
                    r"|communiqu[eé]|text|decree)"
                    r"|an? [a-z][\w-]* (?:statement|press release|communiqu[eé])")
# A court filing the text named before, as the words of the one the text said filed it (``FILED_AFTER``): "X has
# sued Y … According to the complaint, …" (a document of a case, not of a body that merely comes up).
ANAPHOR_FILING = (r"the (?:(?:civil|criminal|federal|class[- ]action|original|amended) )?"
                  r"(?:complaint|lawsuit|suit|filing|court filing|indictment|petition)")
# What follows the name of one who files a case ("X has sued Y", "X filed a complaint", "X brought a lawsuit"):
# "the complaint" is X's, not the other side's who may speak after
FILED_AFTER = (r"(?:has |have |had )?(?:sued|filed|lodged|brought (?:an? |the )?(?:[\w-]+ )?(?:suit|lawsuit|case|complaint"
               r"|petition))")
# A law or an agreement the text named before, as the source of what it provides: "according to the measure",
# "the text of the treaty says"
ANAPHOR_LAW = (r"the (?:text of the )?(?:(?:draft|new|proposed|controversial) )?"
               r"(?:law|bill|measure|legislation|decree|treaty|agreement|accord|constitution|charter)")
# Head nouns of generic references, and the heads (regular expressions) of the English labels they fit.
ANAPHOR_HEADS = {"ministry": "ministry", "service": "service", "administration": "administration",
                 "committee": "committee", "commission": "commission", "council": "council", "centre": "cent",
                 "center": "cent", "mission": "mission", "observatory": "observatory"}
# Head nouns of descriptions that name a kind of body ("the court", "the central bank"): they refer only to a
# body of that kind, by the head in its English label, and to nothing when none was named.
ANAPHOR_KIND_HEADS = {"court": "court", "bank": "bank", "party": "party", "parliament": "parliament",
                      "prosecutor": "prosecutor", "university": "university", "hospital": r"hospital|clinic|infirmary",
                      # a body that runs hospitals or schools, only one its label calls so: "the health system"
                      "system": "system",
                      # a body whose name ends in "District" (a school or a water district), never a court
                      "district": r"[Dd]istrict$",
                      # a trade union may be named as a guild or an association of its trade ("the union said")
                      "union": r"union|guild|association",
                      "federation": "federation", "association": "association", "alliance": "alliance",
                      "coalition": "coalition", "authority": "authority", "league": "league",
                      # a sports club is as often named by its marks as by the word ("Vell United", "FC Vell",
                      # "Dynamo Vell"): "the club said" after one refers to it; a mark only where the club's name
                      # puts it, at its opening or after other words at its end (not "United Airlines", "The
                      # Athletic"), and only a club that led its sentence (ANAPHOR_LEADING_HEADS), not an opponent
                      "club": r"club|^(?:f\.?c\.?|a\.?f\.?c\.?|cf|fk|dynamo)\s"
                              r"|^(?!the\s)\S.*\s(?:f\.?c\.?|a\.?f\.?c\.?|cf|united|rovers|wanderers|albion|hotspur"
                              r"|athletic)$",
                      # armed and police forces: "the army" after a treasury spoke is no treasury
                      "army": r"army|armed|military|defen[cs]e|troops|guard|forces", "navy": r"navy|naval|defen[cs]e",
                      "military": r"army|armed|military|defen[cs]e|troops|guard|forces", "police": r"police|interior",
                      "judiciary": r"judiciary|court"}
# Heads of ANAPHOR_KIND_HEADS that refer back only to a body that led the sentence before, or the text's first, as its
# subject: "the club said" after "Tarnby lost to Vell Rovers" is Tarnby's (not named as a club), never the opponent's
ANAPHOR_LEADING_HEADS = ("club",)
# Head nouns of a body a text may name only by a description ("the electoral commission said", "the court ruled");
# where no body the text names fits it, the description speaks as a body of its own (attribution.described_bodies)
DESCRIBED_BODY_HEADS = frozenset({
    "government", "cabinet", "commission", "committee", "council", "court", "tribunal", "parliament", "assembly",
    "ministry", "prosecution", "regulator", "junta", "presidency",
    "agency", "office", "service", "department", "bureau", "embassy", "army", "military", "police", "navy",
    "bank", "airline", "centre", "center", "judiciary",
})
# Heads above that English writes with no article as the body's whole name ("police said", "Police said")
ARTICLELESS_BODY_HEADS = frozenset({"police"})
# Heads above that, with no other word ("the agency", "the office"), mostly mean a body the text named by its proper
# name before ("AFAD … the agency said"): such a description speaks as a body of its own only where none was named
DESCRIBED_BARE_HEADS = frozenset({"agency", "office", "service", "department", "bureau", "bank", "airline",
                                  "army", "military", "police", "navy", "centre", "center"})
# Words that make a description a body's voice, not a body of its own ("the press office"): it names no body
DESCRIBED_VOICE_WORDS = frozenset({"press", "media"})
# Russian only (no parse here): the word of a body's voice before a description of the body, and the heads such
# a description may have (attribution._voiced_bodies)
DESCRIBED_VOICE_PATTERN = ""
DESCRIBED_OWNER_HEADS: frozenset[str] = frozenset()
COLLECTIVE_OWNER_NOUNS: frozenset[str] = frozenset()
STATEMENT_NOUNS = (r"statement", r"(?:press|news|media) release", r"communiqu[eé]", r"poll", r"survey", r"decree")
# What comes after an issuer's name when it issues a statement (regular expressions; {statement} stands for
# any language's statement noun): "X's statement", "X issued a statement", "X said on Monday in a statement".
ISSUED_STATEMENT = (
    r"['’]s?\s+(?:\w+\s+){{0,2}}(?:{statement})",
    r"\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|published|made|adopted|circulated|put out|distributed|signed)"
    r"\s+(?:a|an|its|the|their)?\s*(?:\w+\s+){{0,2}}(?:{statement})",
    rf"\s+(?:{'|'.join(REPORTING_VERBS)})\s+(?:\w+\s+){{{{0,2}}}}?in\s+(?:a|an|its|the|their)\s+(?:\w+\s+){{{{0,2}}}}"
    r"(?:{statement})",
    # a pollster's name before its poll: "a Northwire poll found", "in the latest Marrow Research survey"
    r"\s+(?:poll|survey)(?!\w)",
)
# A report's first sentence that only says its issuer put out a statement, which the text then gives ("The Water
# Council released the following statement:"): what follows the issuer's name, and what may follow the statement
# noun (where, when, what it answers); regular expressions.
STATEMENT_LEAD = (r"\s+(?:has\s+|have\s+)?(?:issued|released|published|circulated|put out|distributed|made public)"
                  r"\s+(?:a|an|the following|following)\s+(?:\w+\s+){0,2}?(?:statement|press release|communiqu[eé]"
                  r"|comment)s?")   # not "the statement": one the reader knows of already
# A company's first sentence that releases its results in a release's own words ("Vexa Pumps, Inc. (NASDAQ: VXA), a
# maker of pumps, announces today its unaudited results for the first half of 2025."): what follows its name, to the
# sentence's end; the release is its text, this sentence too. Only a ticker or the name's defined term in brackets,
# only a description of what the company is (COMPANY_NOUNS) between commas, "today" or the present tense, results of
# the kinds a company reports and a period at most after them: a report of results already out ("Vexa reported results
# on Tuesday"), a description that tells news ("Vexa, a company hit by a boycott,"), results judged ("disappointing
# results") or of anything else (a vote's) stay the article's.
COMPANY_NOUNS = (r"maker|manufacturer|producer|provider|supplier|developer|operator|retailer|company|group|firm"
                 r"|holding|bank|insurer|lender|leader|owner|distributor|exporter|importer|brand|chain")
RESULTS_LEAD = (r"(?:,?\s+(?:Inc|Ltd|LLC|PLC|plc|Corp|Co|AG|SA|NV|SE)\.?)?"
                r"(?:\s*\((?:[\w .]{1,25}:\s*[A-Z][A-Z.\-]*(?:\s*[;,]\s*[\w .]{1,25}:\s*[A-Z][A-Z.\-]*)*"   # tickers
                r"|(?:the\s+)?[“\"][^“”\"()]{1,40}[”\"](?:\s+or\s+(?:the\s+)?[“\"][^“”\"()]{1,40}[”\"])*)\))*"
                rf"(?:,\s+(?:an?|the|one of the)\s+(?:[\w-]+\s+){{0,4}}?(?:{COMPANY_NOUNS})s?"
                r"(?:\s+(?:of|in|for)\s+[^;:.!?“”\"()]{1,80}?)?,)?"
                r"\s+(?:(?:has\s+)?today\s+(?:announced|reported|released|published)"
                r"|(?:announced|reported|released|published)\s+today|(?:announces|reports|releases|publishes)(?:\s+today)?)"
                r"\s+(?:its\s+)?(?:(?:audited|unaudited|consolidated|financial|operating|operational|interim|annual"
                r"|quarterly|full[- ]year|half[- ]year|(?:first|second|third|fourth)[- ]quarter|fiscal|\d{4})\s+){0,4}"
                r"results"
                r"(?:\s+for\s+(?:the\s+)?(?:(?:first|second|third|fourth|full|fiscal|financial|three|six|nine|twelve"
                r"|\d{1,2})\s+){0,2}(?:quarter|half|year|months|period|\d{4})"
                r"(?:\s+(?:of\s+)?(?:fiscal\s+)?\d{4}|\s+(?:ended|ending)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?\d{4})?)?")
# Words that judge the statement a lead names ("issued a controversial statement"): news about it, not its text.
JUDGED_STATEMENT = (r"controversial|shocking|surprising|startling|scandalous|outrageous|provocative|bizarre|strange"
                    r"|angry|emotional|sharp|harsh|stunning|explosive")
STATEMENT_LEAD_COMPLEMENTS = (r"on|over|regarding|concerning|about|after|following|in connection with|in response to"
                              r"|in reaction to|to mark|marking|today|yesterday")
# An aside of the article's own that ends the statement's text: "Recall that …", "As previously reported, …".
ARTICLE_ASIDES = r"(?:it should be )?recall(?:ed)? that|as (?:previously |earlier )?reported|in a related development"
# What comes before an issuer's name in a statement's own wording: "the statement of the ministry", "a poll conducted
# by X".
STATEMENT_OF = (r"(?:{statement})\w*,?\s+(?:(?:conducted|carried out|commissioned|released|published)\s+)?"
                r"(?:of|by|from)\s+(?:the\s+)?")
# A statement cited as a sentence's source with no issuer named ("…, a defence release said"; {statement} as above):
# where no one the text names speaks by it, "the release said" after it is no body's the text merely named.
UNNAMED_STATEMENT_SOURCE = r"(?<!\w)an?\s+(?:[a-z][\w-]*\s+)?(?:{statement}|release)\s+(?:said|says|stated|added)(?!\w)"
# A statement several issued together ({statement} as above): "a joint statement"; no one of them is its author.
JOINT_STATEMENT = r"(?<!\w)joint\s+(?:{statement})"
# After a sentence's backward reference, the words that lead to the issuer of the statement it points to:
# "This is said in a communiqué from X"
STATEMENT_ISSUER_AFTER = r"\s+in\s+(?:a|the)\s+(?:{statement})\w*\s+(?:issued\s+by|of|by|from)\s+(?:the\s+)?"
# "according to him": the pronoun stands for the last person who spoke or was named.
ACCORDING_TO_PRONOUN = (r"according to (?:him|her)|in (?:his|her) (?:view|opinion|estimation|words)"
                        r"|by (?:his|her) account")
# "In the minister's words, …", "In Varga's view, …": the words' owner, named or referred to, before the noun; a few
# words only, so that "in a ruling that echoed the board's view" names no source.
ACCORDING_TO_OWNER = (r"in\s+(?P<owner>(?:the\s+)?(?:[^\W\d_][\w.\-]*\s+){0,2}[^\W\d_][\w.\-]*)['’]s?\s+"
                      r"(?:words|view|opinion|estimation)(?!\w)")
# "according to" phrases whose source is the subject of a verb, not governed by the phrase.
ACCORDING_TO_SUBJECT: tuple[str, ...] = ()
# An outlet naming its source: "citing the ministry", "quoting officials", "Northwire reports referring to Vexa"
# (not "referring to" alone: "he said, referring to the vote" names a topic).
CITING = ("citing", "quoting", "with reference to", "reports referring to", "reported referring to")
# "X was quoted as saying …": the speaker comes between the verb and this.
AS_SAYING = r"as (?:saying|telling|stating|noting)"
# After a verb of quoting, the participle alone does as much: "Northwire quoted X saying …" (RELAY_LEMMAS).
QUOTED_SAYING = r"saying|telling|stating|noting"
# An outlet passing a claim on, before its name ("quoted by TASS") or at the sentence's end,
# before its name (", according to AFP.") or after it (", Reuters reported.").
RELAYED_BY = r"(?:as\s+)?(?:quoted|cited|reported)\s+by"
# (not "…, wrote on Twitter": a preposition after the verb names where the words went, the subject before it wrote)
# ("…, per the Norvik Courier.": "per" only closing a sentence names a source; "$5 per share" names none)
# ("…, a charter according to which the guard rotates": a relative pronoun after it names no source)
RELAY_BEFORE_SOURCE = (r"(?:as\s+)?(?:reported|reports|wr(?:ote|ites)(?!\s+(?:on|in|to)\s)"
                       r"|according\s+to(?!\s+(?:which|whom|whose)\b)|per)")
RELAY_AFTER_SOURCE = r"reported|reports|wrote|writes"
# Words before a name in a source that make it only where the words were posted (", according to messages posted on
# X"): a medium, not a source (an outlet there still is one).
POSTED_ON_MEDIUM = r"(?:(?:posted|published|shared|circulated|circulating|appearing)\s+)?on"
RELAY_OPENERS = r"as (?:reported|cited|quoted) by|according to"
# A sentence that only names the outlet passing on the words before it ("This is reported by Northwire.", "His
# words were quoted by Northwire."): the outlet relays the speaker just before, and says nothing of its own.
RELAY_NOTES = (r"this (?:is|was) reported by"
               r"|(?:his|her|their|these) (?:words|remarks|comments) (?:are|were) (?:quoted|cited|reported) by")
# An outlet's own reporter in a relay clause: "…, a Northwire correspondent reported" is the outlet's own report.
CORRESPONDENT = r"correspondents?|reporters?"
# The press that asks: a reporter no one in the text was titled is the press, never the last person who spoke.
PRESS_TITLES = r"reporters?|journalists?|correspondents?|interviewers?"
OUTLET_INFORMANTS = ""   # read from the parse: "Northwire's sources said" (Russian: "собеседники NordNews")
OUTLET_INTERLOCUTOR = "(?!)"   # "собеседник агентства": English names the one who spoke to the agency
OUTLET_KIND_NOUNS = ""
# Heads of descriptions of an outlet ("according to the paper", "the daily said"): the outlet that reported last
# (attribution), which an organisation's name tells by the masthead word that ends it (MASTHEAD_WORDS: "the Vell
# Courier reported …") or an alias (OUTLET_ALIASES); none when no outlet reported, or when the text has named a study
# since (STUDY_NAMED: "researchers published their paper …": "the paper" is theirs; ANAPHOR_ORG keeps "the paper
# mill" out).
OUTLET_DESCRIPTIONS = ("newspaper", "paper", "daily", "tabloid", "magazine", "broadcaster")
STUDY_NAMED = (r"\b(?:their|his|her|its|a|new|research|scientific|academic|peer-reviewed)\s+(?:[\w-]+\s+)?"
               r"(?:paper|study)\b")
MASTHEAD_WORDS = ("Times", "Post", "Herald", "Journal", "Gazette", "Telegraph", "Tribune", "Guardian", "Observer",
                  "Courier", "Chronicle", "Mail", "Mirror", "Inquirer", "Examiner", "Dispatch")
# Words right before a body, anywhere in a sentence with a verb of saying, that make the body the outlet that heard
# the speaker, its relay: "X said in an interview with Northwire", "in a rare interview with the Vexa daily, X said".
# (Not "in remarks to", "in a call with": a council or a government hears those as well.)
OUTLET_INTERVIEW_CUES = (r"(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?interview\s+(?:with|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"|interviewed\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?")
# From a verb of saying to a body told, a few words between ("X told Northwire", "said to the Vexa daily"): the body
# is the speaker's relay when the text or the registry calls it an outlet (OUTLET_ALIASES).
OUTLET_ADDRESSED = r"(?:told|tells|telling|\w+\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
# Words that turn to what a speaker said on another occasion ("X had earlier said", "X previously told"): the
# relay of the speaker's words so far does not carry on to them.
OTHER_OCCASION = r"earlier|previously|had\s+(?:said|told|stated|written)"
# An alias that says its body is an outlet: "Northwire news agency".
OUTLET_ALIASES = r"\s(?:(?i:television|radio|broadcaster|channel|news\s+agency|newspaper|magazine|daily)|TV)$"
# Words between a speaker and its verb: "Baku has denied", "Baku also insists".
AUXILIARIES = ("has", "have", "had", "also")
# Whether a noun's case shows whether it can be a subject ("Лавров сказал", not "с Лавровым").
MARKS_CASE = False
# Words between a reporting verb and the speaker named after it: ", said Foreign Minister Jane Roe".
INVERTED_SUBJECT_WORDS = 3
# The letters a word of the language is written in, for stems that take any ending.
LETTERS = "a-z"
# Past-tense stem endings and their present ones (Russian «рекомендова-» / «рекоменду-»): English lists verbs whole.
PRESENT_STEM_ENDINGS: tuple[tuple[str, str], ...] = ()
# Pronouns and the gender they refer to.
PRONOUN_GENDERS = {"he": "masc", "him": "masc", "she": "femn", "her": "femn"}
# The title of one who speaks for another, after the owner's possessive ("Varga's spokesman", "his spokeswoman"):
# "the spokesman" then means that owner's; the possessive pronouns and the gender each tells of the owner.
VOICE_AGENTS = (r"(?:(?<!\w)(?P<pronoun>his|her)|['’]s?)\s+(?:[\w-]+\s+){0,2}?"
                r"(?P<title>spokes(?:man|woman|person)|press secretary)(?!\w)")
AGENT_OWNER_GENDERS = {"his": "masc", "her": "femn"}
# Words that open a clause telling when or why something else happened: a verb of saying in it frames nothing.
CIRCUMSTANCE_MARKERS = ("after", "before", "when", "whenever", "since", "until", "till", "once", "because",
                        "if", "unless", "although", "though")
# Those words read from the text where there is no parse; English leaves them to the parse.
CIRCUMSTANCE_OPENERS: tuple[str, ...] = ()
# Of those, the ones that concede a point: a clause they open after its main one asserts what it says ("…, a
# cut may come, although X said it would be small").
CONCESSIVE_MARKERS = ("although", "though")
# Words that open a clause telling when the words were said, closing a quotation's tag ("…,” X said before the
# delegates left"): the article's own account of what happened then (read from the parse: a clause with its own subject).
TIME_CLAUSE_OPENERS = ("after", "before", "when", "while", "once", "until")   # not "as": "said as Y did"
# Of those, the wh-words the parser tags as the clause's adverb ("advmod"), not its marker ("mark").
TIME_CLAUSE_WH_OPENERS = ("when",)
# Endings of a main verb in the present, no simple past however the parse reads it ("rises", "rising"): a report
# going on, not the article telling what happened.
PRESENT_VERB_ENDINGS = ("s", "ing")
# Auxiliaries of a clause in the past ("after they had left", "after it was closed"): a clause after a demand that
# tells what led to it; any other ("until it will end", "until they have paid") limits the demand.
PAST_AUXILIARIES = ("had", "was", "were", "did")
# Objects that make a speech act mutual: "X and Y accused each other".
RECIPROCAL = r"each other|one another"
FILED_APPLICATION = ""    # the parse reads "wrote a letter of resignation" as an act with an object, not words said
# A verb of answering and its object, questions: "X answered questions from reporters" reports an interview.
ANSWERED_QUESTIONS = r"(?:answer|respond|repl|field)\w*\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:questions?|queries)"
QUESTIONS_ANSWERED = ""    # the parse reads "questions" as the verb's object wherever they stand
ANSWERED_REQUEST = ""      # the parse finds the subject past a request it answers ("asked by X, the board said")
# Nouns for other parties in relation to their possessor: "Ruritania's partners said" is not Ruritania speaking.
OTHER_PARTIES = frozenset({
    "partner", "ally", "critic", "opponent", "rival", "neighbour", "neighbor", "enemy", "adversary", "detractor",
    "creditor", "counterpart", "competitor", "foe",
    # people who stand behind the name that possesses them, not for it: "the president's supporters"
    "supporter", "follower", "voter", "fan", "backer", "loyalist",
    # people who stand in relation to a body or a country, not for it: "Kobra shareholders said", "a Borealia
    # resident said"
    "shareholder", "stockholder", "investor", "customer", "client", "bondholder", "resident", "passenger",
    "subscriber",
})
# The preposition by which such a noun names whom they stand in relation to, as a possessive does: "followers of X".
OTHER_PARTY_PREPOSITIONS = frozenset({"of"})
# Prepositions that say only where a subject's people stood, never whose they are: "protesters outside X's office".
BESIDE_PREPOSITIONS = frozenset({"outside", "near", "opposite", "beside", "behind", "around"})
# Prepositions of movement or position before a body that make it a place, not an actor: "ran into the Vell Police",
# "a drone over the Vell Police" (with PREPOSITIONS and BESIDE_PREPOSITIONS)
PLACE_PREPOSITIONS = ("into", "onto", "near", "over", "under", "through")
# People who act for the one named as their owner but speak in their own voice: "the lawyer for X said", "X's
# coach said" are not X speaking (a spokesman, who speaks for the owner, is not one of them).
OWNERS_AGENTS = frozenset({
    "lawyer", "attorney", "solicitor", "barrister", "advocate", "coach", "agent", "doctor", "physician",
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "relative", "widow",
    # those who serve an office holder: "a senior aide to the president said" (not "deputy" or "assistant", which
    # also modify a title: "the deputy governor")
    "aide", "adviser", "advisor",
})
OTHERS_OF_A_NAME: frozenset[str] = frozenset()   # ru: «слова источника в окружении X»; English quotes by the parse
TITLE_OF_A_TITLE: frozenset[str] = frozenset()
# Latin letters as another language's morphology writes them (Russian's, for the gender of given names
# written in English); English reads its own letters.
LATIN_SPELLING: tuple[tuple[str, str], ...] = ()
# Words beside a person's name that tell whom "he" and "she" can stand for: "Ms Roe", "Roe, a spokeswoman".
GENDERED_WORDS = {
    "mr": "masc", "mrs": "femn", "ms": "femn", "miss": "femn", "sir": "masc", "madam": "femn", "lady": "femn",
    "lord": "masc", "spokesman": "masc", "spokeswoman": "femn", "chairman": "masc", "chairwoman": "femn",
    "businessman": "masc", "businesswoman": "femn", "congressman": "masc", "congresswoman": "femn",
    "man": "masc", "woman": "femn", "father": "masc", "mother": "femn", "husband": "masc", "wife": "femn",
    "son": "masc", "daughter": "femn", "brother": "masc", "sister": "femn", "widow": "femn", "king": "masc",
    "queen": "femn", "prince": "masc", "princess": "femn", "actor": "masc", "actress": "femn",
}
# Pronouns that stand for a person as a verb's subject: "Also he thanked X".
SUBJECT_PRONOUNS = ("he", "she", "they")
# The preposition after the name a quotation is credited to that says what it was about: "\"…\" – X on the talks"
QUOTATION_CREDIT_TOPIC = r"on|about|over"
# Subjects that stand for the issuer of a text ("we", "I") and for an organisation ("it", "they").
FIRST_PERSON_SUBJECTS = ("i", "we")
GROUP_SUBJECTS = ("it", "they")
# Of those, the plural: never one outlet that passed words on ("according to X news agency. They added": not X).
PLURAL_GROUP_SUBJECTS = ("they",)
# Words that end a speaker's clause before a reporting verb: ", and …", ", which …".
CLAUSE_BARRIERS = ("and", "but", "which", "who", "while")
# Pronouns that open a relative clause between a speaker and its verb: ", who met X on Monday,".
RELATIVE_PRONOUNS = ("who", "which", "whose", "whom")
# The relative pronouns that are a clause's subject: ", who said …" (read from the parse where there is one).
RELATIVE_SUBJECTS = ("who", "which", "that")
# Objects by which a relative clause gives the name of what it hangs on: "the group, which calls itself X, said":
# X speaks (a name in any other clause on the subject is not the subject).
SELF_NAMING_OBJECTS = ("itself", "themselves")
# Of those, the ones that stand only for a person: the name right before their comma is who they are, wherever the
# parser hangs the clause ("a warning from X, who said …": X said it, not the warning).
PERSON_RELATIVE_SUBJECTS = ("who",)
# Words after a sentence's figures that open a clause of their own (extract/claims.py): "300 homes were flooded
# when the dam broke" tells more than its figure; "300 homes were flooded along the river" does not.
CLAUSE_AFTER_FIGURE = ("when", "while", "whereas", "because", "although", "though", "where", "unless")
# What joins a person's title to the body that owns it, named after: "The governor [of the] Borealian central bank".
TITLE_OF_BODY_JOINS = r"of\s+(?:the\s+)?"
# Titles before an apposition that names the person who speaks: "the minister's spokeswoman, Jane Roe, said".
TITLES_BEFORE_APPOSITION = (
    r"spokes(?:man|woman|person)|aide|adviser|advisor|minister|head|chief|leader|representative"
    r"|secretary|envoy|ambassador|official|commander|diplomat"
)
# (English reads the unnamed head of a body from the parse: "The head of the Vell Water Board said".)
UNNAMED_HEAD_TITLES = ""
# Modal verbs: one the parser hangs on a past tense of saying belongs to the clause said before it.
MODAL_VERBS = ("will", "would", "shall", "should", "can", "could", "may", "might", "must")
# The lemmas a parse gives the copula ("was quick to …") and the infinitive's marker ("to clarify").
COPULA_LEMMAS = ("be",)
INFINITIVE_MARKERS = ("to",)
# Verbs by which a speaker goes on with what was said before: "… Yilmaz added" names who said it.
CONTINUING_VERBS = ("added", "adds", "continued", "continues", "went on", "goes on")
# Groups that speak for their country: "Ruritanian officials said".
DEMONYM_GROUPS = ("officials", "authorities", "government", "sources", "diplomats", "military", "side", "leadership",
                  "negotiators")
COUNTRY_VOICE_NOUNS = ""   # "the authorities of Ruritania" is rare; "Ruritanian authorities": DEMONYM_GROUPS
# Words around a person's name that say nothing of who they are, and titles too common to tell people apart.
NOT_TITLE_WORDS = ("that", "this", "with", "from", "said", "have", "also", "were", "will", "which", "their", "after",
                   "when", "other")
COMMON_TITLES = ("president",)
# Other words for one role that a text uses in turn for one person ("coach X" … "the manager said"): the start of
# each word and the word its titles are kept under (attribution._title_words). A head of mission by any of its titles
# is "the diplomat" ("Ambassador X", "Chargé d'affaires X" … "the diplomat said"); a body's chief is its boss.
ROLE_SYNONYMS = {"manager": "coach", "boss": "chief", "ambassador": "diplomat", "envoy": "diplomat",
                 "chargé": "diplomat"}
# Offices a title names, one regular expression each: a title of one office fits a person the text titled with the
# same office ("the foreign minister" and "Foreign Minister X", "the top diplomat"), never one it titled only with
# another ("President X"); a title in no office here ("the official", "the diplomat") fits anyone.
OFFICES = (
    r"president|head of state",
    r"prime minister|premier|head of government|chancellor|(?<!\d )pm",   # "the PM", not "at 5 pm"
    r"(?<!prime )minister|secretary of state|foreign secretary|(?:top|chief) diplomat|head of diplomacy",
    r"spokes(?:man|woman|person)|press secretary|head of the press (?:service|office)"
    r"|press (?:service|office) (?:head|chief)",
    r"ambassador|envoy",
    r"governor", r"mayor", r"judge", r"prosecutor|district attorney|state's attorney", r"coach",
    r"goal ?keeper|goalie|goaltender|keeper",
    r"lawyer|(?<!district )(?<!state's )attorney(?! general)|defen[cs]e counsel|public defender",
    r"chief executive|ceo|managing director",
    # one who heads a central bank by any of the office's titles: "Governor X" … "the bank's chairman added"
    r"(?:central )?bank(?:'s)? (?:governor|chief|head|chair(?:man|woman)?)"
    r"|(?:governor|head|chief|chair(?:man|woman)?) of the (?:central |national )?bank",
    # one who heads a council, a committee or an agency: "the council head" is not a president named before
    r"(?:council|committee|commission|board|agency) (?:head|chief|chair(?:man|woman)?)"
    r"|(?:head|chief|chair(?:man|woman)?) of the (?:[\w-]+ ){0,3}?(?:council|committee|commission|board|agency)",
)
# Words that part a title from the name after it: "met the President and X"
OFFICE_GAP_STOPS = ("and", "or", "with", "by", "to")
# (English names an aide's office whole, "Deputy Prime Minister": no title serves an office named after it.)
AIDES_BEFORE_OFFICE = ""
# (An English office's field is capitalised after its title: PORTFOLIO_WORDS.)
OFFICE_FIELD_OPENERS = ""
# Words that open a clause of saying whose speaker follows its verb: "As the minister noted, …".
SAYING_CLAUSE_OPENERS = ("as",)

# ---------------------------------------------------------------------------
# Claims (read by extract/claims.py)
# ---------------------------------------------------------------------------

# Event cues: a claim about something that happened, with participants, place, date.
EVENT_CUES = (
    r"\b(?:met|meets|meeting|meetings|talks|negotiations|summit|signed|signs|signing|deployed|deployment"
    r"|held|hold|holds|visited|visits|visit|arrived|exchange|exchanged|returned|handed over|transferred"
    r"|delivered|launched|opened|resumed|attacked|shelled|killed|ceasefire|agreed|conversation|call"
    r"|received|discussed|issued|viewed|toured|entered|crossed|detained|arrested|evacuated|injured|struck"
    r"|voted|approved|adopted|announced|sentenced|convicted|fined|suspended|elected|raised|cut|closed"
    r"|collapsed|erupted|hit|died|fled|withdrew|seized|captured|fired|made the remarks"
    r"|found guilty|acquitted|dispatched|boycotted|walked out|protested|protest|protests|rallied"
    r"|took place|takes place|take place|occurred|defeated|dismissed)\b"
)
# Prepositions that put something at a month ("in May", not "since May": a span of time).
AT_MONTH = ("in", "on", "of")
# Words that open a clause inside the sentence, whose verb is not the sentence's own ("the valley, where the river
# rose, …"): kinds pass over such a clause in a language read by its morphology.
SUBORDINATE_OPENERS = r"which|who|whom|whose|where|when"
# Acts a body declares, imposes or lifts ("declared a mistrial", "imposed a curfew"): told so, the verb of saying is
# an act.
ACTS_DECLARED = (r"\b(?:mistrial|state of emergency|emergency rule|martial law|curfew|mourning|ceasefire|truce"
                 r"|bankruptcy|lockdown|quarantine|disaster (?:zone|area)s?|state of (?:disaster|calamity))\b")
# The verbs that declare, impose, lift or keep such an act, as the stems of their past forms: "critics opposed the
# lockdown" tells words, not an act.
ACT_VERB_STEMS = (r"declar|impos|introduc|lift|end|extend|order|proclaim|enact|suspend|revok|agre|broker|call|fil"
                  r"|enter|went|began|start|observ|reach|violat|broke|announc")
# Words that tell when something happened (besides weekdays, dates and years, which the rule reads itself).
EVENT_TIMES = (r"yesterday|today|overnight|last (?:week|month|year|night|weekend)"
               r"|earlier (?:this|that) (?:week|month|year)|(?:this|that) (?:morning|afternoon|evening)")
# Words by which a sentence goes on with the report before it: "According to X, A. B also …".
CONTINUING_REPORT = r"also|likewise"
# Openers of a sentence that gives an example or a detail of the one before ("For example, …"): after a
# sentence reported from someone ("According to X, …"), it goes on with that report.
EXAMPLE_OPENERS = r"for example|for instance|in particular|in other words"
# Openers of a sentence that tells what happened before the report ("Ранее в стране объявили …", "Earlier,
# the council voted …"): the article's own background, which no opening frame's report covers.
EARLIER_OPENERS = r"earlier|previously"
# Openers of a sentence that names its own basis, a law or a document ("Under the constitution, a party …").
BASIS_OPENERS = r"according to|under the (?:law|constitution|rules|terms)|in line with"
# A dated fact of a thing's or a person's past, in the passive ("The dam was built in 1962", "She was elected in
# 2019"): the article's background, which no opening frame's report covers.
BACKGROUND_FACT = (r"(?:was|were)\s+(?:first\s+|originally\s+)?(?:built|founded|established|opened|constructed"
                   r"|inaugurated|elected|appointed|born|created|formed|set\s+up|launched|introduced|adopted"
                   r"|signed|passed|approved|enacted|completed)\b"
                   r"[^.;!?]*?\b(?:in|since)\s+(?:1[6-9]|20)\d\d\b")
# A report the article says could not be checked ("The claim could not be independently verified."): the article's
# own word on what was said, which ends a frame's report.
UNCHECKED_REPORT = (r"(?:could|can|has|have|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:be|been)\s+(?:immediately\s+)?"
                    r"(?:independently\s+)?(?:verified|confirmed|corroborated|checked)\b")
# A speaker who said nothing more ("He did not elaborate.", "She would not comment further.", "She did not comment on
# the price.", "She did not say how many.": the verb and what it was not about, up to no conjunction or verb of saying
# — "… on the price but said …" is their words —, then the sentence's end or an indirect question); and the wires'
# word that the other side was not heard ("did not respond to requests", "could not be reached"): the article's own
# word, which ends the report before it.
NOTHING_MORE_SAID = (r"(?:did|does|do|would|could)\s*(?:not|n't)\s+(?:immediately\s+)?"
                     r"(?:say|elaborate|comment|specify|explain|clarify|disclose|respond|answer)"
                     r"(?:\s+(?:further|more))?(?:\s+(?:on|about)"
                     r"(?:(?!\s(?:but|and|while|though|although|yet|saying|said|says|added|adding)\b)[^.;!?])*?)?"
                     r"|(?:did|does|do|has|have|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond|repl)\w*"
                     r"\s+to\s+(?:an?\s+|the\s+|several\s+|repeated\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:requests?|inquir(?:y|ies)|quer(?:y|ies)|calls?|e-?mails?|messages?)"
                     r"(?:\s+(?:for|seeking)\s+(?:a\s+)?comments?)?"
                     r"|(?:could|can)\s*(?:not|n't)\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+(?:a\s+)?comments?)?")
# Openers of a sentence that turns to another thread of the story ("Meanwhile, the ferry line cut …"): the
# article's own narration again, which no opening frame's report covers.
THREAD_OPENERS = r"meanwhile|in the meantime|separately"
# Openers of a sentence that sets what happened against the news before it ("The move comes after …", "It came
# amid …"): the article's own backdrop, which no opening frame's report covers.
BACKDROP_OPENERS = (r"(?:it|this|that|the(?:\s+[\w-]+){1,2})\s+(?:comes?|came)\s+"
                    r"(?:(?:just|only|a|one|two|three|few|days?|weeks?|months?|hours?)\s+){0,3}"
                    r"(?:after|as(?!\s+(?:a\s+)?(?:surprise|shock)\b)|amid|ahead of)")
# Words that count a span of time from an event, before the figure and after it ("two days after the vote", "a
# week later"), and what after them makes it the speaker's own act, no event ("two weeks after calling the
# outbreak over, the ministry confirms …"): read by extract/claims.py to tell when a frame's words were said.
TIME_FROM_EVENT = (r"(?!)", r"after|before|later|earlier|ago", r"[a-z]+ing\b")
# Prepositions that open a sentence with the occasion of what a frame after them reports, up to the first comma
# ("After a 2-1 defeat at home, the coach said …"): a figure there tells when it was said, the article's own.
SCENE_OPENERS = r"after|following|before|ahead of"
# Openers of a sentence that tells of what was said as of a thing that happened ("His remarks came a day after …",
# "The announcement drew criticism", "That comment was a reply to …"): the article's own narration, which no
# opening frame's report covers.
WORDS_AS_EVENT_OPENERS = (r"(?:his|her|its|their|the|these|those|such|that|this) (?:remarks?|comments?|statements?"
                          r"|announcements?|words|warnings?|pledges?) (?:came|comes?|followed|follows?|drew|draws?"
                          r"|prompted|prompts?|sparked|sparks?|was|were|brought|caused|provoked|triggered)")
# Openers of a sentence that says what is not yet known ("It was not clear when …"): the article's own aside
# after a report, which no opening frame's report covers.
OPEN_QUESTION_OPENERS = (r"it (?:is|was|remains|remained) (?:(?:still |as yet |yet )?not (?:yet |immediately )?"
                         r"(?:clear|known)|(?:still |as yet )?(?:unclear|unknown))")
# "X said A. But B": the article turns against the report
CONTRAST_OPENERS = r"but|however|yet|nevertheless|nonetheless"
# A progressive: what is going on, not done ("is hosting", "has been mediating").
# Not in a relative clause: "police detained two men who were carrying knives" tells the men, not the main verb.
PROGRESSIVE = r"(?<!\bwho )(?<!\bwhich )\b(?:is|are|am|been)\s+(?:\w+ly\s+)?\w+ing\b"
# Verbs that report words only: a sentence told with them is a statement however it is timed.
WORDS_ONLY = frozenset({"said", "says", "told", "tells", "stated", "states", "added", "adds", "wrote", "writes"})
# Auxiliaries of what is not (yet) done: the future and modals ("will sign", "may meet").
NOT_DONE_AUXILIARIES = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must"})
# Negations before a verb of saying: no one says anything ("X did not comment"); kinds read English negation
# from the parse instead.
NEGATIONS = ("not", "never")
# Verbs (lemmas, read from the parse) that, negated before a clause, still assert: "does not believe that …" holds
# the opposite, "did not deny that …" admits it.
ASSERTING_WHEN_NEGATED = ("believe", "think", "expect", "doubt", "deny", "consider")
# Of verbs of saying, those that, negated, still assert with a thing for object and no clause (litotes): "did not
# rule out a rate rise" allows one, as "did not rule out that rates may rise" does.
ASSERTING_WHEN_NEGATED_ON_AN_OBJECT = ("rule", "exclude")
DONE_WHEN_NEGATED: tuple[str, ...] = ()   # read from the parse: "did not hesitate to say …"
CONDITIONAL_PARTICLES: tuple[str, ...] = ()   # Russian «бы» only: "would not hesitate to say" is not read here
# A perfect opened by "since" tells a state lasting until now, not a happening: "Since May, the group has
# blocked the road".
ONGOING_SINCE = r"^\W*since\b.*\b(?:has|have)\b"
# Openings that greet rather than assert: "Dear colleagues, thank you", "Ladies and gentlemen".
GREETING_ADDRESS = r"mr|mrs|ms|dear"     # before a name at a greeting's start: "Mr. Smith, dear friends"
GREETINGS = (
    r"dear|thank you|thanks|good (?:morning|afternoon|evening)|hello|ladies and gentlemen"
    r"|(?:(?:i am|we are|i'm|we're) )?(?:very |so )?(?:glad|pleased|happy|delighted) to (?:welcome|see|greet)"
    # thanks, congratulations and apologies in the first person: "I would like to thank …", "I am sorry …"
    r"|(?:first of all,? |let me |i also |we also )?(?:(?:i|we) (?:would like to|want to|wish to|'d like to) )?"
    r"(?:thank|congratulate|apologi[sz]e)\b|(?:i|we) (?:also )?(?:thank|congratulate|apologi[sz]e)\b"
    r"|(?:i am|i'm|we are|we're) (?:very |so |truly |deeply )?sorry\b"
)
# A whole sentence of greeting or acknowledgement in a talk's turn, with an address around it: "Jon Vell, good
# morning.", "Yeah, good to see you.", "Very nice.", "Oh, right." (claims._SALUTATION).
SALUTATION_OPENERS = r"yeah|yes|oh|well|ah"
SALUTATIONS = (
    r"(?:good )?(?:morning|afternoon|evening)|hello|hi|hey|welcome(?: back)?(?: to the (?:show|program(?:me)?))?"
    r"|(?:(?:it's|it is|it’s) )?(?:very |so |really )?(?:good|nice|lovely|great) to (?:see|meet|have|hear) you(?: too)?"
    # a guest's on coming on air: "Glad to be with you.", "I'm so happy to be back."
    r"|(?:(?:it's|it is|it’s|i'm|i am|i’m) )?(?:very |so |really )?(?:good|nice|great|glad|happy|pleased) to be"
    r" (?:here|with you|back|on the (?:show|program(?:me)?))"
    r"|(?:very |so |really )?(?:nice|lovely|fabulous|wonderful|excellent|great)|right|okay|ok|wow|there you go"
)
# A host's words introducing the guest, before the name ("Joining us now is Jon Vell.") or after it ("Jon Vell is
# with us."): a title label the text gives no one is the guest's (claims._introduced_guest).
GUEST_INTRODUCED_BEFORE = (r"joining us(?: now| today| this morning| in the studio)? is|we(?:'re| are|’re) joined"
                           r"(?: now| today)? by|(?:my|our) guest(?: today| this morning)? is")
GUEST_INTRODUCED_AFTER = r"(?:is|joins) (?:here )?(?:with us|us|on the line|in the studio)"
# Sentences that point the reader to material rather than assert (matched at a sentence's start): "Here is what we
# know", "Watch the video below", "For more information, see …", a source cited "(see Velsk Herald, May 2)".
SIGNPOSTS = (
    r"here(?:['’]s| is| are) (?:what|how|why|a look|an? (?:quick )?(?:guide|summary|recap|rundown|timeline)|the latest"
    r"|everything|our)\b"
    r"|(?:read|watch|see|listen to) (?:more|our|the (?:full|latest|video|clip|interview|highlights)|live)\b"
    r"|for (?:more|further) (?:information|details|news|stories|coverage|updates)\b"
    r"|scroll (?:down|up)\b|(?:below|above)(?: is| are| you can)\b"
    # a cross-reference closing a parenthesis: "(…; see Velsk Herald, May 2)"
    r"|see [^()]{1,60}\)"
)
# Courtesies anywhere in a sentence: "X conveyed the greetings of Y".
COURTESIES = (
    r"\bconvey(?:ed|s)? (?:the |his |her |their )?(?:warm |best )?(?:greetings|regards)\b"
    r"|\bthanked (?:him |her |them )?for (?:the )?(?:greetings|invitation|warm welcome)\b"
    r"|\b(?:extend|express|offer|convey)(?:s|ed)? (?:his |her |their |its |our |my )?(?:deepest |deep |sincere "
    r"|heartfelt )?(?:condolences|sympathies)\b"
)
# Words of the first person: in a statement's own text they are its issuer.
FIRST_PERSON = r"I|we|our|my|me|(?-i:us)"
# Of those, the singular: a person's own words, never a body's ("I think", "my view").
SINGULAR_FIRST_PERSON = r"I|my|me"
TOPIC_LEAD = ""   # no English tag opens with the topic of the words after it, as Russian «О том, как …» does (ru.py)
# The newsroom's own first person, a report's words of itself ("in our interview", "told our correspondent"): no
# speaker's "our".
NEWSROOM_FIRST_PERSON = r"our (?:[\w-]+ )?(?:interview|correspondent|reporter|newspaper|readers|newsroom|editors?)s?"
# Headlines that name a document's issuer: "Statement by the Ministry of …", "Press remarks by …", "Press Conference by
# President …", "Transcript of the Minister …" (a transcript: its reporters' questions are labelled as such).
ISSUED_TITLE = (
    r"(?:joint |press |official |information |opening |closing |keynote )?"
    r"(?:statement|press release|communiqu[eé]|declaration|readout|comment|bulletin|briefing|remarks|speech"
    r"|address|message|op-ed|letter|statement attributable|(?:press|news) conference|transcript)"
    r"(?:\s+(?:by|of|from|to))(?:\s+the)?\s+"
)
# Lower-case words a title may hold between the headline's cue and the issuer's name: "by the Minister of".
TITLE_FUNCTION_WORDS = ("of", "the", "and", "for")
# The topic a press conference's write-up puts as its question, a line alone ("On the new stadium..."): what opens it.
TOPIC_PROMPTS = r"on|about|regarding"
# Interview labels: the interviewer's and an answer's.
QUESTION_LABELS = ("q", "question", "interviewer", "correspondent", "journalist", "reporter")
# A broadcast host's label, also after the host's name ("JANE ROE, HOST:"): the host's remarks between the questions
# are no one's claims, though an introduction that asks nothing may name the guest.
HOST_LABELS = ("host", "co-host", "presenter", "anchor")
# A speaker naming themselves at a clause's start ("Hello there, it's Jon Vell."): whom a label of a title alone is.
SELF_INTRODUCTIONS = r"it['’]s|this is|I['’]m|I am|my name is"
SELF_INTRODUCTIONS_AT_START = ""   # Russian bare «это»
ANSWER_LABELS = ("a", "answer")
# Words of a transcript's label that name a kind of speaker, not a person ("AUDIENCE MEMBER:", "FEMALE VOICE:")
SPEAKER_KIND_WORDS = ("speaker", "voice", "voices", "member", "members", "participant", "participants", "moderator",
                      "operator", "caller", "audience", "crowd", "man", "woman", "male", "female", "announcer",
                      "narrator", "interpreter", "translator", "panelist", "panellist", "student", "protester",
                      "official", "officer", "witness", "delegate", "all", "both", "video", "clip", "transcript")
# A question's label with no colon, as a transcript writes it before the reporter's words ("Q    Is it …", "Q. Will
# …", "Question. …"): a word of the text read as one only where such labels open turns among other labels.
BARE_QUESTION_LABELS = r"Q|Question(?=\.)|QUESTION(?=\.)"
# Requests that put an interviewer's question as a bidding ("Tell us about …", "Walk me through …"): a paragraph that
# opens with one asks, whatever mark ends it.
INTERVIEW_PROMPTS = r"(?:please\s+)?(?:tell|walk|talk|take)\s+(?:us|me)\b|describe\b"
# Words of the second person: an interviewer's question speaks to the interviewee ("Do you think …?"); a dashed turn
# before an interview's first question that has none is no remark put to the interviewee but an answer of his.
SECOND_PERSON = r"you|your|yours|yourself|yourselves"
# The first word of an answer that agrees or disagrees with a remark put before it ("— Да, мы …", "- Yes, we …").
AGREEING_OPENERS = r"yes|no"
# Words in a headline or an intro that announce an interview: "Interview with X", "X told the Herald in an
# interview", "X answered questions from …", "Q&A: X on …".
INTERVIEW_CUES = (r"interview\w*|Q\s?&\s?A(?!\w)|in conversation with|sat down with|spoke exclusively"
                  r"|(?:answer|respond|repl)\w*\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:questions?|queries)")
# Words that announce the text itself as an interview ("Edited excerpts from an interview:"), not one reported in it
# ("X told the Herald in an interview"): enough for an excerpt's single question and answer.
INTERVIEW_OWN_CUES = (r"(?:excerpts?|extracts?|transcript)\s+(?:from|of)\s+(?:an?|the|our|this)\s+(?:[\w-]+\s+){0,2}?interview"
                      r"|this\s+interview\s+(?:has\s+been|was)\s+(?:edited|condensed)")
# The object of a verb of saying that points back to what was just reported: "X said this at a briefing".
BACK_POINTING_OBJECTS = ("it", "this", "so")
# Determiners that make the verb's object point back too: "X highlighted these developments", "X gave those figures".
BACK_POINTING_DETERMINERS = ("these", "those")
OBJECT_POINTING_BACK = ""   # read from the parse (BACK_POINTING_OBJECTS)
# Openings that point back to what was just reported: "This was stated by X".
BACKWARD_REFERENCES = (
    r"this (?:was|is) (?:stated|said|announced|reported|told|declared|noted|stressed|emphasi[sz]ed)"
    r"|these (?:remarks|words) (?:were|came)"
    r"|(?:that|this) (?:view|assessment) was"
    r"|(?:this|that|such an?|the) (?:statement|announcement|remark|comment) was (?:made|issued|voiced)"
    r"|(?:these|such) (?:statements|announcements|remarks|comments) were (?:made|issued|voiced)"
)
BACKWARD_MANNER = ""   # (Russian: "Так X прокомментировал …"; English says "X said so" after the verb)
# (Russian: a paragraph-closing "О спорах с соседями рассказал X."; English writes no such sentence)
TOPIC_BACKWARD = ""
# A sentence saying the article's speaker made the remarks it reports.
OWN_REPORT = r"\b(?:made|gave|delivered) (?:the|these|his|her|their) (?:remarks|comments)\b"
# A noun in apposition to what a sentence said, closing it, comments on it: "…, a claim Vellmar rejects",
# "…, a remark that provoked protests" (after an article and at most one adjective).
COMMENT_ARTICLES = ("a", "an")
COMMENT_NOUNS = ("remark", "claim", "statement", "accusation", "allegation", "charge", "assertion", "comment",
                 "assessment", "view", "move", "step", "figure", "estimate", "prediction", "warning", "threat",
                 "demand", "proposal", "offer", "decision", "plan")
# Nouns for a figure someone gave, owned by a possessive and followed by "of" and the figure: "the commission's
# early estimate of nearly 70 percent", "the bank's forecast of 2.1%" are the owner's figures.
OWNED_FIGURE_NOUNS = ("estimate", "forecast", "projection", "prediction", "count", "tally", "target", "figure")
FIGURE_OWNER_JOINERS = ("of",)
# Prepositions naming whose a comment noun is when it says the sentence: "…, a statement from the board said".
COMMENT_SOURCE_PREPOSITIONS = ("from", "of", "by")
# Participles that add a second claim to a frame: "…, X said, adding that B", "X said that A, stating that B".
ADDING = ("adding", "noting", "stressing", "emphasi[sz]ing", "saying", "explaining", "warning", "insisting",
          "stating", "affirming", "reiterating", "underlining", "underscoring", "pointing out")
# Participles that add a second claim only before a colon and a new quotation (", continuing: “…"), never as the
# article's account of what the speaker went on to do (", continuing a tour of 12 ports").
ADDING_BEFORE_QUOTATION = ("continuing",)
# A second verb of saying joined to a tag: "“A,” X said and added that B" is X's claims A and B.
ADDED_AFTER_TAG = r"\s+and\s+(?:added|noted|stressed|continued)"
# Those of them that, after a complement ("X said that A, adding that B"), go on with the frame's speaker, not with
# the complement's subject ("X said that the dockers walked out, claiming that …" is the dockers' claim).
ADDING_AFTER_COMPLEMENT = ("adding", "stating", "affirming", "reiterating")
# The word that opens reported content (a regular expression, with the spaces around it), and the word alone.
THAT_CLAUSE = r"\s+that\s+"
COMPLEMENTISER = "that"
# Words that open a clause of what was said: a name after one is no sentence's topic
COMPLEMENTIZERS = (COMPLEMENTISER,)
# What joins a second reported clause to the first: "X said A and that B".
SECOND_COMPLEMENT = r"\s+and\s+(?=that\s)"
# English splits what was said at ", and we …", ", but it …" as its sources do (see ru.REPORTED_COMPLEMENT)
REPORTED_COMPLEMENT = ""
# Where and when words were said, which is the article's report, not the claim: "at a briefing on Friday".
REPORT_SETTINGS = (
    r"\b(?:in|at|during|after) (?:a|an|the|his|her|their) (?:[\w\-]+ ){0,2}(?:statement|interview|address|speech"
    r"|message|meeting|briefing|press conference|news conference|summit|session|talks|visit|call|conversation"
    r"|hearing|debate|forum)\b"
)
# Of those, the ones that name the medium the words came in, not an occasion: "…, X said in a statement" is X's
# claim whole, with no report of its own beside it.
# A verb of saying negated before an indirect question reports nothing: "X did not say whether …", "X declined to
# specify when …" (the text before the verb, then the text after it, read from the verb's end).
NEGATED_SAYING = r"\b(?:not|n't|never|declined to|refused to)\s+(?:\w+\s+)?$"
INDIRECT_QUESTION = r"\s*(?:\w+\s+){0,3}?(?:whether|if|when|how|why|what|where|which|who)\b"
# A verb of saying that names no speaker: "It was stressed that …" (the verb's lemma must be a speech lemma).
IMPERSONAL_SAYING = r"\bit\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?(?P<verb>[a-z]+ed)\s+that\b"
# The verbs that, so used, report words (not "it was expected that", a forecast).
IMPERSONAL_SAYING_VERBS = ("say", "state", "stress", "emphasize", "emphasise", "note", "underline", "underscore",
                           "point out", "mention", "reiterate", "highlight")
REPORT_MEDIA = r"\b(?:statement|interview|message)$"
# Words that join two phrases ("and", "as well as") and the articles that open a noun phrase.
PHRASE_JOINERS = ("and", "or", "as well as", "while", "whereas")
CONJUNCTIONS = ("and", "or", "but")
# Words that join the last name of a list to those before it ("A, B and C").
LIST_JOINERS = ("and", "or", "as well as")
# Pronouns that open a clause naming a thing ("rebut what it called rumours"): the clause hangs from a verb.
FREE_RELATIVE_PRONOUNS = ("what", "whatever")
# Words that put a name after them out of the subject: "talks with X", "a letter to X" (attribution's sentence topic)
PREPOSITIONS = ("with", "to", "by", "of", "for", "from", "about", "against", "after", "before", "in", "at", "on",
                "between", "among", "than", "as", "like", "without", "toward", "towards", "via", "and", "or")
ARTICLES = ("the", "a", "an")
# Words that open a sentence before a name and are no word of it, whatever span the model gave ("Following Vexford
# City's win, …", "Despite Vexon's losses, …"); "Under" is left out ("Under Armour").
SENTENCE_OPENING_PREPOSITIONS = ("following", "despite", "amid", "amidst", "during", "including", "after", "before",
                                 "since", "until", "unlike", "regarding", "concerning", "throughout", "without",
                                 "against", "among", "with", "for", "from", "at", "in", "on", "by", "of", "about",
                                 "citing", "quoting")   # participles before a source: "Citing Mara Velsen, media said"


# ---------------------------------------------------------------------------
# Relations between two entities (read by extract/relations.py)
# ---------------------------------------------------------------------------

# The words between two mentions that state a relation (regular expressions), by rule: "X is chaired by Y"
# (chaired_by), "X chairs Y", "X deployed in Y", "X met with Y", "X mediates between Y", "X signed Y".
RELATION_PHRASES = {
    "chaired_by": (
        r"(?:is |are |was |were )?(?:jointly |also )?(?:co-?)?chaired by(?: the)?"
        r"(?: (?:deputy )?prime ministers?(?: of)?| (?:deputy )?heads?(?: of)?)?(?: the)?"
    ),
    "chairs": r"(?:co-?)?chairs?(?: the)?|(?:co-?)?chaired(?: the)?",
    "deployed_in": (
        r"(?:(?:is|are|was|were|have been|has been|will be) )?(?:deployed|stationed|based)"
        r"(?: (?:in|to|along|on))?(?: the)?"
    ),
    "meets_with": (
        r"(?:has |had )?(?:met|meets|will meet)(?: with)?(?: the)?"
        r"|(?:held|holds|will hold) (?:talks|a meeting|a phone call|a telephone conversation|negotiations)"
        r"(?: with)?(?: the)?"
        r"|(?:said )?(?:in|at|during) (?:a|the|his|her) (?:\w+ )?(?:meeting|talks|conversation|phone call) with"
        r"(?: (?:\w+ ){0,2}(?:president|prime minister|pm|counterpart|colleague))?(?: the)?"
    ),
    "mediates_between": r"(?:mediates|mediated|is mediating) between(?: the)?",
    "signed": r"(?:has |have |had )?signed(?: the| a)?",
}
# Before a mediator's name: "with the mediation of X".
MEDIATED_BY = r"with the mediation of|mediated by"

# ---------------------------------------------------------------------------
# Names the registry lacks (read by names.py, link.py)
# ---------------------------------------------------------------------------

# Titles before a person's name, for names the registry lacks.
# What a person does, in sport, science and the arts: "Novelist Jane Roe", "Goalkeeper Tom Veld" (not "Singer",
# "Painter", "Boxer", "Winger": surnames too; nor "Economist", "Scientist": papers' names); before one word that is
# no given name ("Swimmer Rescue said") a body's name may open so, no title (names.py).
OCCUPATION_TITLES = ("Novelist", "Writer", "Author", "Poet", "Playwright", "Composer", "Pianist", "Violinist",
                     "Sculptor", "Actor", "Actress", "Filmmaker", "Researcher", "Forecaster", "Goalkeeper",
                     "Midfielder", "Swimmer", "Cyclist", "Sprinter", "Athlete", "Skier")
PERSON_TITLES = (
    "President", "Prime Minister", "Deputy Prime Minister", "Vice Prime Minister", "Minister",
    "Foreign Minister", "Defence Minister", "Defense Minister", "Deputy Foreign Minister",
    "Deputy Minister", "Ambassador", "Envoy", "Special Representative", "spokesman", "spokeswoman",
    "spokesperson", "Spokesman", "Spokeswoman", "Spokesperson", "General", "Lieutenant General",
    "Major General", "Colonel General", "Colonel", "Commander", "Chairman", "Chairwoman", "Speaker",
    "Secretary", "Secretary-General", "Secretary General", "Director", "Mayor", "Governor", "Senator",
    "MP", "MSP", "MEP", "MLA", "QC", "KC",
    "Mr", "Mrs", "Ms", "Dr", "aide", "adviser", "advisor", "Ombudsman", "Patriarch", "Catholicos",
    "co-chair", "Co-Chair", "head", "Head", "leader", "Leader", "Chief", "chief",
    "Chief Executive", "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer",
    "Chief Justice", "Justice", "Judge", "Prosecutor", "CEO", "CFO", "COO", "CTO", "Chairperson", "Managing Director",
    "Executive Director", "Executive", "President-elect", "Vice President", "Administrator",
    "Coach", "Head Coach", "Assistant Coach", "Assistant Head Coach",   # "Head Coach Tom Veld": what he is
    "Crown Prince",   # "Crown Prince Tarek bin Vessan": an heir's title, not his name
    "Sheriff",
    "Adviser", "Advisor", "Chief Adviser", "Professor",   # "Chief Adviser Professor Jane Roe": titles, not names
    # a town's or a county's officers, before the holder's name: "Coroner Jane Roe", "Vell County Health Officer Jane Roe"
    "Coroner", "Medical Examiner", "Health Officer", "Councilor", "Councillor", "Councilman", "Councilwoman",
    "Alderman", "Alderwoman", "Treasurer", "Superintendent", "Supervisor", "Sergeant", "Trooper", "Constable",
    "Selectman", "Selectwoman", "Assemblyman", "Assemblywoman", "Assemblymember", "Councilmember",
    "Commissioner", "Trustee", "Freeholder", "Clerk", "Assessor", "Comptroller", "Controller", "Auditor", "Recorder",
    "Registrar", "Surveyor", "Planner", "Manager", "Chair", "Delegate",
    # a school's heads: "Headmaster Jane Roe" (not "Dean", nor "Principal", "Chancellor", "Provost", "Rector":
    # given names or surnames too, which the table's words are cut off wherever they stand: "Ana Pastor")
    "Headmaster", "Headmistress", "Headteacher",
    # police, fire and courts: "Magistrate Jane Roe" (not "Marshal", "Bailiff", "Engineer", "Regent": names too)
    "Detective", "Lieutenant", "Captain", "Corporal", "Inspector", "Undersheriff", "Warden", "Ranger",
    "Magistrate", "Solicitor",
    # a firm's people and a congregation's: "Founder Jane Roe", "Rabbi Jane Roe" (not "Pastor": a surname too)
    "Founder", "Co-founder", "Cofounder", "Owner", "Rabbi", "Reverend", "Imam",
    *OCCUPATION_TITLES,
)
# Titles of PERSON_TITLES that are titles only as a whole phrase: no word of theirs is a title word alone, so
# "Health Canada" or "the Medical Council" keeps its first word (lang ``titles_by_word``).
PHRASE_TITLES = ("Medical Examiner", "Health Officer")
# Titles written short with a full stop before a name ("Gov. Jane Roe"): never the last word of a body's name,
# so "the Bank of Ruritania Gov. Jane Roe" names the bank and the governor.
TITLE_ABBREVIATIONS = ("Gov", "Gen", "Lt", "Col", "Maj", "Brig", "Capt", "Sgt", "Cmdr", "Adm", "Sen", "Rep", "Prof", "Supt",
                       "Insp", "Amb", "Atty", "Gens", "Reps", "Sens", "Asst", "Assoc", "Det", "Cpl", "Pvt",
                       "Ag", "Actg")   # "Ag. Director": acting
# Forms of address written short with a full stop before a name ("Dr. Jane Roe"): the titles before one are the
# person's ("Ministry of Water Director General Dr."); a full title word ending a sentence ("the Office of the
# President.") is still the body's.
SHORT_HONORIFICS = ("Dr", "Mr", "Mrs", "Ms", "Engr", "Smt", "Hon")
# Offices written as acronyms after the place they serve and before the holder's name ("Vell County DA Jane Roe"):
# no body's name, though "AG" also closes a company's ("Vexon AG").
TITLE_ACRONYMS = ("AG", "DA")
# Forms of address that open only a person's name: "Ms Roe QC" is a person's, whatever a model took it for.
PERSONAL_ADDRESS_FORMS = ("Mr", "Mrs", "Ms", "Miss", "Mx")
# Letters after a person's name that say what they are, no word of the name: "Tom Brisk QC", "Jane Roe MP".
POST_NOMINALS = ("QC", "KC", "SC", "MP", "MSP", "MEP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PhD")
# Titles of members elected for a seat, written after the seat's name: "Vellbrook MP Jane Roe".
SEAT_MEMBER_TITLES = ("MP", "MLA")
# Words of a personal name written short with a stop inside the name ("Jane Md. Roe", "Mohd. Roe"): the name goes on.
NAME_ABBREVIATIONS = ("Md", "Mohd", "Muhd", "Abd")
# Words written short with a stop that the model's tokeniser splits ("Sr", "."), so that the stop stands as a word of
# the name and the parse makes it the verb's subject ("Jane Roe Sr., 54, said …" named nobody); its own list already
# keeps "Jr." whole.
WORDS_WITH_STOP = ("Sr.",)
# A title of two words whose first may close a body's name, and the words that complete it after: "Harbour Press
# Secretary Jane Roe" names the Harbour, not a "Harbour Press" (names.py).
TITLES_OF_TWO_WORDS = {"Press": ("Secretary", "Officer", "Attaché", "Attache", "Spokesman", "Spokeswoman",
                                 "Spokesperson"),
                       "Health": ("Officer",)}   # "Vell Health Officer Jane Roe": the Vell's officer of health
# The titles those abbreviations stand for, lower case: "Gov. Jane Roe" is the one "the governor" later means.
TITLES_WRITTEN_SHORT = {
    "gov": "governor", "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain",
    "sgt": "sergeant", "cmdr": "commander", "adm": "admiral", "sen": "senator", "rep": "representative",
    "prof": "professor", "supt": "superintendent", "insp": "inspector", "amb": "ambassador", "atty": "attorney",
    "asst": "assistant", "assoc": "associate", "det": "detective", "cpl": "corporal", "pvt": "private",
}
# Question words that open a label before a colon at a sentence's start ("What they're saying: …", "Why it
# matters: …"), a layout some outlets give their paragraphs: the label's verb says nothing.
LABEL_OPENERS = ("what", "why", "how", "where", "who")
# Words before the time stamp a live page sets at the end of an entry's heading, often glued to its last word
# ("Crowds gather at the quaypublished at 14:05 GMT 3 March 2031").
LIVE_STAMP_CUES = r"published at|posted at|updated at|last updated at"
# Time zones written after a clock time with "a.m."/"p.m." ("7:15 p.m. ET"): the abbreviation's full stop ends
# no sentence before them.
TIME_ZONES = ("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST", "GMT",
              "BST", "UTC", "CET", "CEST", "EET", "EEST", "WET", "IST", "JST", "AEST", "AEDT", "MSK",
              "Eastern time", "Central time", "Mountain time", "Pacific time", "local time")
# Titles in apposition after a name: "Mara Lindqvist, a spokeswoman for …".
APPOSITION_TITLES = (
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "co-chair", "head", "leader",
    "chief", "minister", "official", "ambassador", "envoy", "deputy", "commander", "director",
    "representative", "chairman", "chairwoman", "secretary", "governor", "mayor", "lawmaker", "member",
    "analyst", "expert", "researcher", "professor", "journalist", "correspondent", "officer", "diplomat",
    "general", "colonel", "commander", "resident", "farmer", "teacher", "doctor", "activist",
)
# Words that name a kind of place before or after its name: "the village of Vardel", "Orlov district".
PLACE_NOUNS = ("village", "town", "city", "settlement", "district", "subdistrict", "region", "province",
                  "community", "checkpoint", "border crossing", "pass", "township", "municipality")
# Plural kinds of place that close a list of names, and the words that close it so ("Vell, Orla and Tarn villages",
# "Vell, Orla and other settlements"): every name listed is a place's (a regular expression; names.py).
PLACES_CLOSING_LISTS = (r"(?:and other )?(?:villages|towns|cities|settlements|communities|districts|provinces"
                        r"|regions|municipalities)")
# … or before it, with "of": "between the cities of Vell and Orla", "the villages of Tarn, Orla and Vell"
PLACES_OPENING_LISTS = r"(?:cities|towns|villages|settlements|provinces|regions|districts|municipalities) of"
# Abbreviated words that open a place's name (a regular expression): "St. Vell Island", "Mt. Orla".
PLACE_NAME_ABBREVIATIONS = r"St|Ste|Mt|Ft|Pt"
PLACE_NOUN_ABBREVIATIONS = ""   # kinds of place written short before a name (a regular expression)
# Kinds of place a name stands in apposition to, after a comma: "crowds in the capital, Vardel, overnight".
PLACE_NOUNS_IN_APPOSITION = ("capital", "city", "town", "village", "port")
# Kinds of place after a word that may be a people's, a faith's or an event's adjective rather than a name ("a
# Druze village", "the Alawite village", "the Olympic village"), and the endings of such adjectives: a word so
# written, or one the lemmatiser or the model reads as an adjective or a nationality, names no place of that kind.
PLACE_NOUNS_AFTER_ADJECTIVES = ("village",)
ADJECTIVE_ENDINGS = ("ian", "ite", "ic", "ese", "ish")
# Kinds of place written after the name: "Askeran district", "the Vell crossing" (a border crossing), "Orla village".
PLACE_NOUNS_AFTER = ("village", "district", "subdistrict", "region", "province", "county", "township", "municipality", "oblast", "governorate", "prefecture", "river", "mountains", "mountain range", "range", "valley",
                     "lake", "gorge", "peninsula", "island", "islands", "railway", "sound", "bay", "strait",
                     "creek", "falls", "canyon", "glacier", "lagoon", "plateau", "constituency",
                     "local government area", "mandal", "crossing")
# Administrative units and settlements named after a place's possessive, which make its span two places ("Tarnia's
# Vell district", "Tarnia's Orla village"), unlike a place's own name before a kind of land ("Kellow's Landing
# island", "Martha's Vineyard") (names.py).
UNITS_IN_A_PLACE = ("district", "subdistrict", "region", "province", "county", "state", "township", "municipality",
                    "oblast", "governorate", "prefecture", "local government area", "mandal", "village", "town",
                    "city")
# Those of them a place is named by after an assembly it sends a member to ("the Vell Prant Sabha constituency")
SEAT_KINDS = ("constituency",)
# Kinds of body written after a capitalised name, in lower case: "the Harbour faction", "the Harbour and Forest
# factions".
ORG_KINDS_AFTER = ("faction", "bloc")
# Poll nouns after a pollster's capitalised name, and the words that may come between the article and the name: "a
# new Northwire poll", "the latest Vell Polling survey" (names.py).
POLL_NOUNS_AFTER_POLLSTERS = ("poll", "survey")
POLL_FRESHNESS_WORDS = ("new", "latest", "recent", "fresh")
# Last words of a research firm's name: "the latest Vell Polling survey", "a new Northwire Insights poll"; the
# capitalised words before a poll noun name a body only so, or where a model or the registry reads them as one (not
# "the Christmas Day poll", "the Household Budget survey").
RESEARCH_FIRM_WORDS = ("Polling", "Polls", "Research", "Insights", "Analytics", "Institute", "Associates",
                       "Strategies", "Surveys", "Partners", "Consulting")
# Events named by the two places they are between: "the Ruritania-Borealia war".
EVENTS_BETWEEN_PLACES = ("war", "conflict")
# Outbreaks named by their disease: "the cholera epidemic".
OUTBREAK_NOUNS = ("pandemic", "epidemic")
# Nouns after a publication's name, whose article is then part of the name: "the Harbour Herald newspaper".
PUBLICATION_NOUNS = ("newspaper", "daily", "weekly", "magazine", "tabloid")
# Lower-case words after a name that say it is a broadcaster's or an outlet's, whatever a model took it for:
# "Vexa television reported".
OUTLET_NOUNS = ("television", "TV", "radio", "broadcaster", "channel", "news agency", "newspaper", "magazine")
# Lower-case nouns right before a name that say it is an outlet's, whatever a model took it for: "the news site
# Vornik", "the Jordanian newspaper Al-Fenar" (not "broadcaster": a person can be one).
OUTLET_NOUNS_BEFORE_NAMES = (r"newspaper|news\s+(?:site|website|portal|outlet|agency)|website|outlet|tabloid|daily|weekly"
                             r"|magazine|TV\s+channel")
# Nouns of made things that a model's or a maker's number names ("the Vexa 7 smartphone", "the chipset Orn 40"):
# such a name is a product's, and the ontology has no products (names.py).
PRODUCT_NOUNS = ("smartphone", "smartphones", "phone", "phones", "handset", "handsets", "chip", "chips", "chipset",
                 "chipsets", "processor", "processors", "device", "devices", "laptop", "laptops", "tablet", "tablets",
                 "console", "consoles", "model", "models", "aircraft", "jet", "jets", "jetliner")
# Nouns of works whose titles may end in a number ("the film Frost Saga 5"): the number is the title's, no count.
TITLED_WORK_NOUNS = ("film", "movie", "sequel", "video game", "novel", "album")   # not "game": "the game Vell 3 Orlan 1"
# Last words of a name that make it a club's or a body's, whatever a model took it for: "Nordport FC".
ORG_NAME_ENDINGS = ("FC", "F.C.", "AFC", "CF", "FK", "Sport", "Sports")   # not "SC" (a senior counsel), "BC" (a province)
# First words of a name of two words or more that make it a party's, whatever a model took it for: "Parti Rakyat
# Vell", "Partido Verde" (the word for a party in the party's own language).
# A party's side in a parliament and its member's title around the party's name, though no model found it: "ruling
# Harbour Union MP Jane Roe", "opposition Vell Alliance lawmakers" (names.py).
PARTY_SIDES = ("ruling", "governing", "opposition")
PARTY_MEMBER_TITLES = ("MP", "MPs", "lawmaker", "lawmakers", "legislator", "legislators")
PARTY_NAME_OPENERS = ("Parti", "Partai", "Partido", "Partei", "Partia", "Partij", "Partit")
# Last words of a name of two words or more that make it an event's, whatever a model took it for: "the Vell
# Assembly Elections".
EVENT_NAME_ENDINGS = ("Election", "Elections", "Polls", "Referendum", "By-election", "By-elections")
# Last words of a name of two words or more that make it a wildfire's, or a fire service's where it speaks ("Vell
# Fire said") or a model took it for a person's: "the Vell Canyon Fire"; no one's name ends so.
WILDFIRE_NAME_ENDINGS = ("Fire", "Wildfire")
# Starts of words near such a name that tell a wildfire's ("the blaze burned 500 acres", "40% contained", "evacuation
# orders"); without them or the article before it ("the Vell Canyon Fire"), the name is what a model read it as.
WILDFIRE_CONTEXT_STEMS = ("burn", "acre", "hectare", "contain", "blaze", "spread", "evacuat", "wildfire", "flame")
# Last words of a name of two words or more that make it a stretch of land's, whatever a model took it for: "the
# Vell Coast", "the Orla Panhandle".
# "Pradesh" (a state) and "Nagar" (a town) end Indian places' names: "Vell Pradesh"; "Park" a park's ("the Orla
# Volcanoes National Park"), which is ground, not the body that runs it; "Stadium" and "Arena" a venue's ("the Vell
# Stadium"), a building, not the club that plays there.
PLACE_NAME_ENDINGS = ("Coast", "Panhandle", "Seaboard", "Pradesh", "Nagar", "Park", "Stadium", "Arena")
# Lower-case nouns after a one-word name that make it a place's, whatever a model took it for: "held in the Vell
# area", "the Orla locality" (names.py).
PLACE_NOUNS_AFTER_ONE_WORD = ("area", "locality", "neighbourhood", "neighborhood", "suburb")
# Codes of one capital and a figure that name a period or a technology, no firm: "Q3 sales", "5G masts".
NOT_FIRM_CODES = ("Q1", "Q2", "Q3", "Q4", "H1", "H2", "2G", "3G", "4G", "5G", "6G", "2D", "3D", "4K", "8K")
# The last word of a federation's member's name of two words, whatever a model took it for: "Vell State" is a
# province (of Nigeria, of India); a longer name ending so ("the Department of State") is a body's.
MEMBER_STATE_ENDINGS = ("State",)
# Where the text places such a name, so that it is a province and not a team or a group ("Tarvo State beat Orla"):
# after one of these prepositions, in any case ("In Vell State, gunmen …", "the governor of Vell State"), or before
# one of these offices ("the Vell State Government", "Vell State governor Jane Roe").
MEMBER_STATE_PREPOSITIONS = ("in", "across", "throughout", "of", "to", "from", "at", "within")
MEMBER_STATE_OFFICES = ("Government", "Governor", "Commissioner", "House of Assembly", "Police Command")
# Words before a place's name that make it a region's: "Greater Lindholm".
PLACE_PREFIXES = ("Greater",)
# First words of a name of two words or more that make it a place's, whatever a model took it for: the villages and
# hamlets of the Philippines ("Barangay Vell", "Sitio Orla") and of Indonesia and Malaysia ("Kampung Vell").
PLACE_NAME_OPENERS = ("Barangay", "Sitio", "Purok", "Kampung", "Desa", "Kelurahan", "Kecamatan", "Kabupaten")
# Small words inside a capitalised title, between its capitalised words: "Minister for Foreign Affairs and Trade".
TITLE_INNER_WORDS = ("for", "of", "and", "the", "on")
# The word that joins two names sharing one kind: "the Alder and Birch rivers".
NAME_JOINERS = ("and",)
# The same kinds in the plural, after two names: "the Alder and Birch rivers" are the Alder River and the Birch River.
PLACE_NOUNS_AFTER_PLURAL = {"districts": "district", "subdistricts": "subdistrict", "regions": "region", "provinces": "province", "rivers": "river",
                            "sounds": "sound", "bays": "bay", "counties": "county", "basins": "basin",
                            "local government areas": "local government area", "mandals": "mandal",
                            "crossings": "crossing"}
# Last words of organisation names.
ORG_HEADS = (
    "Ministry", "Committee", "Council", "Agency", "Service", "Centre", "Center", "Commission",
    "Assembly", "Parliament", "Party", "Union", "Organization", "Organisation", "Office", "Bank",
    "Court", "Fund", "Institute", "University", "Company", "Corporation", "Department", "Directorate",
    "Administration", "Government", "Foundation", "Federation", "Association", "Coalition",
    "Authority", "Board", "Tribunal", "Commissariat", "Bureau", "Inspectorate", "Regulator",
    "Observatory", "Network", "Society", "League", "Alliance", "Chamber", "Academy", "Secretariat",
    "Force",   # an armed group: "the Vell People's Defence Force"
    "Police",   # a force by its place: "Tellmouth Police said"
    "Sabha", "Rada", "Duma",    # assemblies by their own languages' words: "the Vell Sabha", "the Tarn Rada"
)
# People named by what they are, in the plural, who speak as one party: "the rebels say …", "Defence lawyers
# had said …" (the nouns DEMONYM_GROUPS lists make their country speak instead).
GROUP_NOUNS = ("rebels", "lawyers", "defense lawyers", "defence lawyers", "analysts", "protesters", "protestors",
               "militants", "insurgents", "separatists", "activists", "critics", "investors", "economists",
               "opposition", "residents", "witnesses", "experts", "doctors", "prosecutors", "observers", "campaigners",
               "scientists", "researchers", "medics", "rescuers", "villagers", "survivors", "unions", "strikers",
               "authorities", "officials", "investigators",
               # members of a board or a house, speaking as its members: "commissioners said", "lawmakers argued"
               "commissioners", "lawmakers", "legislators", "senators", "councillors", "councilors",
               # a country's or a place's press, reporting as one: "Tarnian state media reported …", "…, local news
               # outlets said"
               "media", "state media", "news outlets", "media outlets")
# Of GROUP_NOUNS, those that name a group only with a word that describes it: "Tarnian media", "local media said"
# (not "media said", "news outlets reported", whose press is no one's in particular)
GROUPS_ONLY_DESCRIBED = ("media", "news outlets", "media outlets")
# Words before a group's noun that are no word of its name, besides the function words of the English pipeline's stop
# list: those that count its people or tell when ("Numerous analysts said", "Dozens of …", "Earlier, residents …"),
# and "social" ("according to social media", no press); the words that describe a group are ("local activists", "the
# border authorities said").
NOT_GROUP_NAME_WORDS = ("fewer", "earlier", "later", "dozens", "hundreds", "thousands", "scores", "numerous",
                        "multiple", "countless", "various", "social")
# Of GROUP_NOUNS, those that speak as a group only bare, with no word of their own before them: "officials said …",
# "…, officials said" are a group; "Ruritanian officials" speak for their country (DEMONYM_GROUPS), "local
# officials", "Kremlin-backed officials" for no group of their own.
GROUPS_ONLY_BARE = ("officials",)
# Of GROUP_NOUNS, those that bare ("Officials said", "Investigators said") are the people of a body the text named
# before, and (a regular expression) the words of the labels of the bodies they may be of: the last such body speaks.
BODY_MEMBER_GROUPS = {"officials": r"\b(?:government|ministry|agency|police|council|city|county|department|office"
                                   r"|commission|authority|administration|bureau|inspectorate)\b",
                      "investigators": r"police|investigat|inquir|safety|accident|sheriff|prosecut|detective"}
# Words of rank before "officials", "official" (RANKED_MEMBER_TITLES) that name no body of their own ("senior
# officials said"): the people of the governing body (GOVERNING_BODY_NOUNS) that led their sentence or the one
# before; not of a fire department or a sheriff's office, whose people are its officers.
RANKS_BEFORE_MEMBERS = ("senior", "top", "high-ranking", "high-level")
RANKED_MEMBER_TITLES = ("official", "officials")
# Words of a level of government before "officials" ("county officials", "regional officials"): the people of such a
# governing body that led their sentence or the one before, its label holding the word ("Vell County Board").
LEVELS_BEFORE_MEMBERS = ("county", "state", "regional", "provincial", "municipal", "city", "district", "town")
# Nouns of the labels of bodies that govern, whose people officials of a rank or a level are.
GOVERNING_BODY_NOUNS = ("government", "ministry", "council", "administration", "commission", "board", "assembly",
                        "cabinet", "legislature", "parliament")
# Words of the labels of bodies of many countries ("UN Security Council"): no national or local body whose people
# officials of a rank or a level are; their meeting is not their officials' (regular expressions, whole words).
INTERNATIONAL_BODY_WORDS = (r"UN", r"U\.N\.", "United Nations", "NATO", "EU", "European Union", "International",
                            "World")
# Prepositions before the doer of a passive verb ("criticised by the Ruritanian government"): a body named after one
# did not lead its sentence.
AGENT_PREPOSITIONS = ("by",)
# Of BODY_MEMBER_GROUPS, those that are a body's people only when it was named in their sentence or the one before.
NEAR_MEMBER_GROUPS = ("officials",)
# The words that may stand right before such a noun and say nothing of whose people they are ("according to
# officials", "the officials", "…, and officials said").
FREE_BEFORE_MEMBER_GROUPS = ("the", "to", "and", "but", "by", "from", "with", "of", "that", "as", "some", "several",
                             "many", "other", "its", "their", "where", "while", "when")
# Words before "officials", "spokesperson" that name a kind of body, whose people they are ("fire officials",
# "a school spokesperson"): the body named before whose name holds the word speaks. No word of a level or an origin
# ("federal", "state", "foreign", "national", "senior"), which many bodies' names hold and no kind.
BODY_KIND_WORDS = ("fire", "police", "sheriff", "school", "hospital", "airport", "airline", "health", "election",
                   "electoral", "court", "prison", "port", "harbour", "harbor", "water", "defence", "defense",
                   "transport", "transportation", "transit", "customs", "border", "tax", "rail", "railway", "aviation",
                   "park", "parks", "library", "university", "college", "museum", "housing", "education", "energy",
                   "finance", "justice", "interior", "agriculture", "treasury", "military", "army", "navy",
                   "intelligence", "emergency", "rescue", "forestry", "fisheries", "environment", "environmental",
                   "zoo")
# Nouns of places that are also bodies with people of their own ("Kovno International Airport", "Vell School
# District"): "airport officials", "school officials" are theirs.
PLACE_BODY_NOUNS = ("airport", "port", "harbour", "harbor", "hospital", "prison", "district", "university", "college",
                    "school", "museum", "library", "zoo")
# Prepositions after such people and before a place they are of ("election officials in Borealia").
PLACE_AFTER_MEMBERS = r"in|from|of|at"
# Prepositions after such a noun that tie the people to a body that speaks through them: "according to officials
# from the Vell Water Board", "officials at the Vell Bank".
GROUP_BODY_PREPOSITIONS = ("from", "at", "of", "with")
# Prefixes that make a place's name a word describing something else: "a pro-Tarvik channel".
MODIFIER_PREFIXES = ("pro", "anti")
# What the text says right after a party's or an alliance's name and of no person or place: that it won seats
# ("Vell Unity has won 40 seats", "Nova, which won one seat"); a person wins "a seat", "his seat".
SEATS_WON = (r",?\s+(?:(?:has|have|had|who|which|alone|also)\s+)*(?:won|wins|took|takes|captured|secured|gained|got)"
             r"\s+(?:[\w,.%-]+\s+){0,4}?(?:seats|(?:\d+|one|a single)\s+seat)\b")
# Words glued after a name that say it is where something sits, whatever a model took it for: "Vardenby-based owners".
SEAT_COMPOUNDS = ("based", "headquartered")
# Nouns after a quoted name that say what it names: "the “Clean Rivers” law", "the 'Northern Shield' operation".
NOUNS_AFTER_QUOTED_NAMES = {
    **dict.fromkeys(("law", "act", "bill", "treaty", "agreement", "accord", "pact", "declaration", "charter"), "Agreement"),
    **dict.fromkeys(("operation", "forum", "summit", "conference", "exercise", "exercises", "campaign", "festival"),
                    "Event"),
    **dict.fromkeys(("party", "movement", "group", "alliance", "coalition", "bloc", "platform", "format"), "Organization"),
}
# A speaker's party in brackets after a label in a transcript, a regular expression: "VARGA (Labour): …" labels
# a speaker, where "NORDPORT (Agency) : …" is a wire's dateline.
SPEAKER_PARTIES = (r"Labour|Conservatives?|Tor(?:y|ies)|Liberals?(?: Democrats?)?|Lib Dems?|Greens?|Independent"
                   r"|Democrats?|Republicans?|Socialists?|Communists?|Nationalists?|SNP|Plaid Cymru")
# Members of a party named in the plural, written with a capital: "the Democrats", "twenty Conservatives".
PARTY_MEMBERS = ("Democrats", "Republicans", "Conservatives", "Liberals", "Liberal Democrats", "Social Democrats",
                 "Christian Democrats", "Socialists", "Communists", "Greens", "Tories", "Nationalists")
# Last words of a capitalised phrase that names a policy or a measure, not a body: "the Clean Air Policy", "Bank Rate".
NOT_BODY_HEADS = ("Policy", "Policies", "Programme", "Program", "Strategy", "Rate", "Rates", "Index", "Doctrine", "Plan")
# Words after a company's short name in its full one: "Vexon Technology Inc" is "Vexon" again; the last words that
# say its trade ("Vexon Labs", "Norvik Shipping") make a company of a name, whatever the model took it for.
COMPANY_SUFFIXES = ("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited",
                    "PLC", "plc", "LLC", "AG", "SA", "NV", "SE", "Group", "Holdings", "Holding", "Technology",
                    "Technologies", "International", "Industries", "Incorporated", "&",
                    "Systems", "Labs", "Partners", "Telecom", "Telecoms", "Shipping", "Airlines", "Airways", "Motors",
                    "Pharma", "Pharmaceuticals", "Logistics", "Networks", "Therapeutics", "Biotech",
                    "Bhd", "Berhad", "Sdn", "Pte", "Pty", "Tbk", "PJSC", "JSC")
# Verbs of speech acts and passive hearsay, as often beside a speaker's name as "said" ("Ilse Varga vowed that …",
# "Tomas Relk denied that …", "Ilse Varga was quoted as saying …"), but as often beside a body's ("Greenline Energy
# confirmed the sale"): a capitalised pair before one is a person's only where the model reads a person there or
# the first word is a given name, and the model reads no body (names.py ``_person_beside_verb``).
ACT_VERBS_BESIDE_NAMES = ("promised", "vowed", "pledged", "wrote", "predicted", "estimated", "urged", "denied",
                          "admitted", "acknowledged", "confirmed", "announced", "argued", "claimed", "alleged",
                          "revealed", "conceded", "complained", "cautioned", "disclosed", "asserted", "reiterated",
                          "threatened", "suggested", "replied", "emphasised", "emphasized", "maintained",
                          "declared", "remarked", "commented", "observed", "responded", "concluded",
                          "was quoted", "was cited", "is quoted", "is cited")
# Reporting verbs right beside a name make it a person's: "Ilse Varga, 68, said", "said Tomas Relk".
VERBS_BESIDE_NAMES = ("said", "says", "told", "added", "noted", "stressed", "explained", "recalled", "insisted",
                      "warned") + ACT_VERBS_BESIDE_NAMES
# Verbs after a name that opens with a capitalised article inside a sentence ("…, The Harbour Herald reported"):
# the article is part of the name, which is a publication's or a body's.
VERBS_AFTER_TITLED_NAMES = ("reported", "reports", "wrote", "writes", "said", "says", "quoted", "cited", "added")
# Capitalised words that start a sentence or a title, not a name.
NOT_NAMES = ("The", "A", "An", "This", "That", "In", "On", "At", "For", "And", "But", "He", "She", "It",
             "We", "They", "Our", "His", "Her", "Their", "Its", "According", "President", "Prime",
             # conjunctions that open a sentence's first clause, capitalised only there: "While police searched …"
             # names no "While police"
             "While", "When", "Whereas", "Although", "Though", "Because", "Since", "Unless", "Until", "Once", "If",
             "As", "After")
# Forms of address and honours before a name, cut from a model's span ("Mr Aliyev"), one or several ("Tan Sri
# Datuk Dr …"): those of several words first, so that the longest is cut whole; no "Sri" alone ("Sri Velora", a place)
# nor "Tun" alone ("Tun Myat Oo", a given name).
HONORIFICS = ("tan sri", "puan sri", "toh puan", "tun dr", "datuk seri", "dato' seri", "dato’ seri", "dato seri", "dato sri",
              "dato' sri", "dato’ sri", "datuk sri", "datin seri", "datin paduka", "datuk amar", "datuk patinggi",
              "pehin sri", "yang berhormat", "yang amat berhormat", "datuk", "dato'", "dato’", "dato", "datin",
              "tengku", "shri", "shrimati",
              "smt", "mr", "mrs", "ms", "dr", "sir", "madam")
# Lower-case words and particles inside names: "Ministry of Economy", "Charles de Gaulle", "Osama bin Laden".
NAME_CONNECTORS = ("of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "al", "el", "bin", "von",
                   "van", "der", "den", "da", "di", "della", "dos", "&", "-", "–")
# What a surname writes glued before its capital: "Ewan MacRuairc", "Layla al-Marfadi" (read beside a reporting verb).
SURNAME_PREFIXES = ("Mac", "Mc", "al-", "el-")
# Words after which a name says in whose honour it is given, the name after them kept as written (ru: «имени»);
# English writes the honoured name as a plain part of the name ("the Vell Memorial Hospital").
NAMED_IN_HONOUR_OF: tuple[str, ...] = ()
# Words that, beside titles and organisation heads, make a name generic: "the Press Office", "the Lead Spokesperson".
GENERIC_NAME_WORDS = (
    "press", "team", "section", "media", "relations", "lead", "chairs", "co-chairs", "ministers", "unit", "staff",
    "group", "foreign", "affairs", "state", "national", "federal", "central", "general", "deputy", "senior",
    "spokesperson", "information", "public", "division", "branch", "board", "desk", "news", "report",
)
# Words that, beside titles and organisation heads, are not a name when alone.
NOT_NAMES_ALONE = ("parliament", "cabinet", "pm", "army", "navy", "police", "military", "opposition")
# Words that, beside titles, make a phrase people by their title: "the Foreign Ministers of Ruritania".
TITLE_WORDS = ("foreign", "defence", "defense", "deputy", "chief")
# Demonyms and their countries, for "Ruritania's defence ministry" beside "Ruritanian Defence Ministry" ("the British
# House of Commons" and "the House of Commons" are one body; "the Canadian foreign ministry" is not another country's).
DEMONYMS = {"Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Russian": "Russia", "Turkish": "Turkey",
            "Iranian": "Iran", "Georgian": "Georgia", "French": "France", "American": "US", "Ukrainian": "Ukraine",
            "Kazakh": "Kazakhstan", "Belarusian": "Belarus", "Chinese": "China", "German": "Germany",
            "British": "United Kingdom", "Italian": "Italy", "Spanish": "Spain", "Japanese": "Japan",
            "Indian": "India", "Israeli": "Israel", "Canadian": "Canada", "Australian": "Australia",
            "Brazilian": "Brazil", "Polish": "Poland", "Dutch": "Netherlands", "Swedish": "Sweden",
            "Norwegian": "Norway", "Finnish": "Finland", "Danish": "Denmark", "Greek": "Greece",
            "Egyptian": "Egypt", "Saudi": "Saudi Arabia", "Pakistani": "Pakistan", "Afghan": "Afghanistan",
            "Iraqi": "Iraq", "Syrian": "Syria", "Lebanese": "Lebanon", "Sudanese": "Sudan", "Nigerian": "Nigeria",
            "Kenyan": "Kenya", "Ethiopian": "Ethiopia", "Vietnamese": "Vietnam", "Thai": "Thailand",
            "Indonesian": "Indonesia", "Venezuelan": "Venezuela", "Colombian": "Colombia", "Argentine": "Argentina",
            "Cuban": "Cuba", "Serbian": "Serbia", "Hungarian": "Hungary", "Romanian": "Romania",
            "Bulgarian": "Bulgaria", "Czech": "Czech Republic", "Austrian": "Austria", "Swiss": "Switzerland",
            "Belgian": "Belgium", "Portuguese": "Portugal", "Irish": "Ireland", "Uzbek": "Uzbekistan",
            "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan", "Moldovan": "Moldova", "Latvian": "Latvia",
            "Lithuanian": "Lithuania", "Estonian": "Estonia", "Qatari": "Qatar", "Yemeni": "Yemen",
            "Libyan": "Libya", "Moroccan": "Morocco", "Malaysian": "Malaysia", "Bangladeshi": "Bangladesh",
            "Philippine": "Philippines", "Filipino": "Philippines", "Ghanaian": "Ghana", "Nepali": "Nepal",
            "Nepalese": "Nepal", "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Cambodian": "Cambodia",
            "Zimbabwean": "Zimbabwe"}
# Countries' adjectives put before a body's name in place of its country's: none, English has the demonyms above.
COUNTRY_ADJECTIVES: dict[str, tuple[str, ...]] = {}
# Words between a body's name and its country's after it: "Harbour Ministry of the Ruritanian Republic".
COUNTRY_AFTER_NAME = ("of", "the")
# Words a body's name may hold or leave out, naming the same body: "Ministry of Foreign Affairs", "Foreign Ministry".
NAME_FILLER_WORDS = ("affairs",)

# Lower-case words between an organisation's head and what it serves ("Ministry of Economy"), words that may
# join the words before its head ("Harbour and Customs Service"), and the definite article a complement
# may take ("Council of the EU").
ORG_COMPLEMENT_WORDS = ("of", "for", "on")
# Pairs of words joined by "and" inside one body's name, a head word among them ("First Vell Bank and Trust
# Company"): not two bodies, as "the Harlow Council and Western Water Board" are.
BODY_NAME_PAIRS = ("Bank and Trust", "Savings and Loan", "Light and Power", "Power and Light", "Gas and Electric",
                   "Loan and Trust", "Trust and Savings")
# The word between a kind of place and its name: "the village of Vardel".
PLACE_OF = ("of",)
ORG_INNER_JOINERS = ("and", "for")
# The infinitive's marker that may go on with a body's name, where the model read it on too: "the Committee to
# Protect Journalists", "the Vell Council to End Drought" (not a headline's "Bank of Vell to Raise Rates")
ORG_INFINITIVE_MARKERS = ("to",)
# Words for an issue of a series after an owner's possessive: the name after them is a publication's ("the centre's
# latest Atrocity Alert", "the bank's annual Stability Review"), no person's, whatever the model took it for
ISSUE_OF_A_SERIES_WORDS = ("latest", "annual", "weekly", "monthly", "quarterly", "yearly", "biannual")
DEFINITE_ARTICLES = ("the",)
# Title words that read as adjectives too, opening a firm's name the model found ("General Electric"): no person's
# title and surname (names.py)
ADJECTIVE_TITLE_WORDS = ("general", "chief", "major", "senior", "royal", "grand")
# "a peace treaty", "any peace treaty": some treaty, not the one a registry entry means (cg:contextLabel)
INDEFINITE_DETERMINERS = ("a", "an", "any", "another", "every", "each", "no")
# Words after a name that make it part of a longer phrase, not a person named after a title.
AFTER_NAME_CONTINUATIONS = ("of", "and", "to", "in")
# Words that tie an office's title to what it serves: "Spokesman for the Secretary-General".
OFFICE_PREPOSITIONS = ("for", "of", "to")
# The fields of a public office's portfolio, capitalised after its title and "of" or "for" ("the Director of
# Operations", "the Commissioner of Works and Roads"): an office, no body; a firm or a place whose name is another
# English word ("the President of Harvest", "the Governor of Meadow State") is still named.
PORTFOLIO_WORDS = (
    "Administration", "Affairs", "Agriculture", "Aviation", "Budget", "Change", "Children", "Civil", "Climate",
    "Cohesion", "Commerce", "Communications", "Competition", "Consular", "Consumer", "Cooperation", "Crisis",
    "Cultural", "Culture", "Democracy", "Demography", "Enlargement", "Neighbourhood", "Neighborhood", "Transparency",
    "Customs", "Defence", "Defense", "Development", "Diaspora", "Digital", "Disaster", "Duties", "Ecology",
    "Economic", "Economy", "Education", "Electricity", "Emergencies", "Emergency", "Employment", "Energy",
    "Enterprise", "Environment", "Equality", "European", "External", "Family", "Farming", "Finance", "Fisheries",
    "Food", "Foreign", "Forestry", "Gender", "Growth", "Health", "Healthcare", "Heritage", "Home", "Housing", "Human",
    "Humanitarian", "Immigration", "Industry", "Information", "Infrastructure", "Innovation", "Integration",
    "Intelligence", "Interior", "Internal", "Investment", "Irrigation", "Justice", "Labor", "Labour", "Lands",
    "Legal", "Livestock", "Local", "Management", "Maritime", "Marketing", "Media", "Migration", "Mines", "Mining",
    "Minorities", "Natural", "Operations", "Pensions", "Petroleum", "Planning", "Police", "Policy", "Power",
    "Protection", "Public", "Railways", "Reconstruction", "Reforms", "Refugees", "Regional", "Reintegration",
    "Relations", "Relief", "Research", "Resources", "Revenue", "Roads", "Rural", "Safety", "Sales", "Sanitation",
    "Science", "Security", "Services", "Social", "Special", "Sports", "Statistics", "Strategy", "Taxation",
    "Technology", "Telecommunications", "Tourism", "Trade", "Training", "Transport", "Transportation", "Treasury",
    "Urban", "Veterans", "Water", "Welfare", "Women", "Works", "Youth",
)
# Days of the week: "the Board on Tuesday" is the board, not a board of Tuesday.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Parts of the day written before a weekday: "late Saturday", "early Monday", "late on Monday".
DAY_PARTS = ("late", "early", "late on", "early on")
# The possessive ending (a regular expression): "the Council's Board", "Ruritania's ministry".
POSSESSIVE = r"['’]s?"
# A plural's possessive, the bare apostrophe: "the Guild of Vell Carters' Unions" (names.py).
POSSESSIVE_OF_PLURAL = r"['’]"
# Plural nouns whose possessive is a word of a body's name, not its owner: "the Vell People's Party", "the
# Workers' Front" (names.py).
NAME_WORDS_BEFORE_POSSESSIVES = ("People", "Peoples", "Workers", "Women", "Children", "Farmers", "Veterans", "Citizens",
                                 "Pensioners", "Students", "Teachers", "Consumers", "Taxpayers", "Traders", "Men")
# Lower-case nouns after an owner's capitalised name that make it an occasion's, not a body's: "the Vell Council's
# Harvest Pledge ceremony" names the council and its ceremony (names.py).
OCCASION_NOUNS_AFTER_NAMES = ("ceremony", "ceremonies", "celebration", "celebrations", "gala", "parade", "reception")
# How a possessive is written from the owner's name and the rest: "Ruritania's defence ministry".
POSSESSIVE_FORM = "{owner}'s {owned}"
# How a body a country owns is named without the possessive: "the Water Agency of Ruritania".
OWNED_BY_PLACE = "{owned} of {owner}"
# Last words of the names of bodies a person leads under a name of their own, written after that person's possessive
# ("Mara Velsen's Freedom Party"); after any other owner the model reads as a person ("Tarn Vale's Energy Board"),
# the owner is taken for a place's name and stays in the body's.
PERSONS_BODY_HEADS = ("Party", "Union", "Coalition", "Alliance", "Movement", "Front", "League", "Bloc", "Platform")
# The last word of a two-word body's name that news drops, as it drops a company's legal form: "the Tenvar Party" is
# "Tenvar" again ("Tenvar announced"), where "Tenvar" before a verb of saying beside "the Tenvar Observatory" is not.
SHORTENED_BODY_HEADS = ("Party",)
# Last words of the names of laws, treaties and agreements: "the Clean Water Act", "the Treaty of Ruritania".
LAW_HEADS = ("Act", "Law", "Treaty", "Protocol", "Convention", "Accord", "Accords", "Agreement", "Agreements",
             "Charter", "Directive", "Pact", "Statute", "Code")
# A country's standing laws, named by the field of law they hold rather than by a name of their own ("the Criminal
# Code", "the Tax Procedure Code", "the Constitution"): no document's name (names.py); the heads, then the fields.
STANDING_LAW_HEADS = ("Code", "Constitution")
STANDING_LAW_FIELDS = ("Criminal", "Penal", "Civil", "Tax", "Labour", "Labor", "Administrative", "Family", "Land",
                       "Customs", "Budget", "Housing", "Water", "Forest", "Electoral", "Procedure", "Procedural",
                       "Commercial", "Air", "Maritime", "Urban", "Planning")
# A numbered part of a law, no document's name: alone ("Section 12") or before the law's ("Article 12 of the Clean
# Water Act" names the act).
LAW_PART = r"(?:Article|Section|Paragraph|Part|Clause|Chapter)\s+\d+[\w.]*"
# Words besides the law heads that make a name spelled out before its acronym an agreement's: "the Joint Northern
# Plan of Action (JNPA)".
AGREEMENT_WORDS = ("Plan", "Deal", "Declaration", "Memorandum", "Framework", "Initiative")
# Words a law's name may hold between its capitalised words: "the Science and Research Act".
LAW_CONNECTORS = ("and", "of", "on", "for", "the", "to")
# Days written with a capital before a lower-case name: none (English writes "Independence Day", found by the model).
HOLIDAY_HEADS = ""
COMPETITION_HEADS = ""   # English writes a league's name in capitals ("the Northern League"): the model finds it
# Words a law's name may hold after its head and complement: "the Accord on Fisheries and Protection of Shared Waters".
LAW_INNER_JOINERS = ("and", "of")
# Bodies named by a nationality or a place (its possessive too) and a lower-case noun: "Ruritanian police",
# "Freedonian prosecutors", "Ruritania's health ministry".
BODIES_AFTER_ADJECTIVE = ("police", "prosecutors", "firefighters", "army", "navy", "military", "coast guard",
                          "border guards",
                          "border guard", "armed forces", "security forces", "security services", "customs",
                          "health ministry", "foreign ministry", "defence ministry", "defense ministry",
                          "interior ministry", "finance ministry", "justice ministry", "economy ministry",
                          "education ministry", "emergencies ministry", "agriculture ministry", "energy ministry",
                          "election commission", "electoral commission", "supreme court", "constitutional court")
# Bodies news names by the place they serve before "in" and the place, each that place's own body, labelled like
# one written after its place ("police in Lindholm" is "Lindholm police"): "prosecutors in Vasterby", "a court in
# Kelby", "firefighters in the town of Kelby".
BODIES_IN_PLACES = ("police", "prosecutors", "firefighters", "fire service", "fire department", "court")
PREPOSITIONS_BEFORE_A_BODYS_PLACE = ("in",)
FIELD_BODIES: dict[tuple[str, str], str] = {}   # the parse names these in English (names.py, spaCy)
# A body named by its country's adjective before its head, labelled with the country after it (ru.py): English
# keeps "the Ruritanian parliament" as written (body_of_owner), so none of these is read here.
COUNTRY_BODY_HEADS: tuple[str, ...] = ()
BODIES_AFTER_PLACE_ADJECTIVE: tuple[str, ...] = ()   # Russian only: «Тарвинский комитет»
BODY_HEADS_WITH_A_FIELD: tuple[str, ...] = ()
FIELD_AFTER_OWNER_HEADS: tuple[str, ...] = ()   # ru: «Комитет Руритании по надзору за связью»; the model reads "the
#                                                 Ruritanian Committee for Communications Oversight" whole
FIELD_HEADS: tuple[str, ...] = ()
FIELD_JOINERS: dict[str, tuple[str, ...]] = {}
COUNTRY_NAME_ENDINGS = ""
GENITIVE_ENDINGS_OF_UNKNOWN_NAMES = ""   # ru: «полиция Вастербю»; English does not decline a name
GENITIVE_ENDINGS_OF_UNKNOWN_COUNTRIES = ""   # ru: «посольство Руритании»
COUNTRY_ADJECTIVE_SUFFIXES: tuple[str, ...] = ()
# Heads of bodies written in lower case after a country, a place or a nationality ("Ruritania's disaster
# management agency", "the Ruritanian parliament") or before where they sit ("a criminal court in Lindholm").
# Nouns heading an armed group's name, which news often writes in lower case: "the armed forces of Ruritania".
FORCES_NOUNS = ("force", "forces")
BODY_NOUNS = ("ministry", "agency", "court", "parliament", "council", "commission", "committee", "government",
              "cabinet", "authority", "regulator", "legislature", "senate", "embassy", "consulate", "base",
              "central bank", "department", "service", "party", "prosecutor's office", "tribunal", "federation")
# Of those, the heads of a country's own state bodies, which alone before "of" and the country name a body ("the
# parliament of Ruritania said"); "a department of Ruritania", "the service of Ruritania" name none (names.py).
STATE_BODY_NOUNS = ("parliament", "government", "senate", "central bank", "cabinet", "legislature", "embassy",
                    "consulate")
PLURAL_DETERMINERS: tuple[str, ...] = ()   # Russian: «все службы области», several bodies none named (names.py)
# A body named by an official's title and "office" (or "department"), in lower case: "the prosecutor general's office",
# "the state auditor's office", "the county sheriff's department"; the qualifiers may stand before or after the title.
OFFICE_TITLES = ("prosecutor", "attorney", "mayor", "governor", "president", "ombudsman", "auditor", "comptroller",
                 "inspector", "prime minister", "chancellor", "attorney general", "solicitor general", "sheriff")
OFFICE_QUALIFIERS = ("state", "chief", "public", "district", "general", "federal", "regional")
OFFICE_NOUNS = ("office", "department")
# A person's lawyers as one party: "Jane Roe's lawyers", "Roe's defence team".
COUNSEL = r"['’]s\s+(?:defen[cs]e\s+)?(?:lawyers|attorneys|legal\s+team|defen[cs]e\s+team|counsel)"
COUNSEL_LABEL = "{name}'s lawyers"
# Nouns of events named by what or where they are: "the first summit of the Northern Council", "the climate
# conference in Lindholm"; the lower-case words that may stand before them inside the name ("climate change
# conference"), except these: determiners and words that say when, not which.
EVENT_PLACE_PREPOSITIONS = ("in", "at")
EVENT_NOUNS = ("summit", "conference", "forum", "election", "elections", "referendum", "war", "games", "congress")
NOT_EVENT_MODIFIERS = ("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                       "your", "last", "next", "recent", "upcoming", "latest", "previous", "coming", "same", "new",
                       "and", "or", "of", "in", "at", "on", "for", "to", "by", "with", "from", "after", "before",
                       # words a sentence opens with, capitalised there only: "Under Vell Games rules", "Both Vell
                       # Open finalists", "Former Masters champion"
                       "under", "during", "despite", "amid", "as", "both", "all", "former")
# Words before an event noun that make it an occasion, not a named event: "a news conference in Lindholm".
OCCASION_MODIFIERS = ("news", "press", "video", "phone", "telephone", "online")
# Bodies a news text names by a definite description alone ("the government", "the opposition"): those of the
# country the text is about, or of the country or nationality written before the noun ("Ruritania's opposition").
# Each noun's type and labels; the first label whose names the text gives is the entity's, the others are aliases.
# In the labels, {of_country} is the name as it reads after "of" (COUNTRY_NAMES_WITH_ARTICLE), {possessive} its owner form.
FOCUS_BODIES = {
    **dict.fromkeys(("government",), ("Organization", (
        "Government of {of_country}", "{demonym} government", "{possessive} government", "{country} government"))),
    **dict.fromkeys(("opposition",), ("Group", (
        "{demonym} opposition", "{possessive} opposition", "{country} opposition"))),
    **dict.fromkeys(("electoral commission", "election commission"), ("Organization", (
        "Electoral Commission of {of_country}", "{demonym} electoral commission", "{possessive} electoral commission",
        "{country} electoral commission"))),
}
# Words in a body's name that make it a part of the country's ("Harbour Local Government", "Vell State
# Government"): "the government" is never that body ("the government of Tarnia" is no focus body at all).
SUB_NATIONAL_WORDS = ("state", "local", "regional", "county", "provincial", "municipal", "city", "district")
# Country names that running text gives "the" ("the Government of the United Kingdom"): an abbreviation, a name
# with a common noun of statehood in it, or a plural name.
COUNTRY_NAMES_WITH_ARTICLE = (r"(?:[A-Z]\.?){2,4}|.*\b(?:United|Republic|Kingdom|Federation|Union|Emirates|States|Islands)\b.*"
                              r"|Netherlands|Philippines|Maldives|Bahamas|Comoros|Seychelles|Gambia")
FOCUS_NOT_AFTER: tuple[str, ...] = ()   # English marks the description with its article
# A tournament of a year written by its abbreviation and the year, and the words it abbreviates (a regular
# expression): Russian "ЧМ-2018", "на чемпионате мира по хоккею-2031", one event; English names its cups in full.
TOURNAMENTS_BY_YEAR: dict[str, str] = {}
# The rules names.py runs on each paragraph, in this order (its PARAGRAPH_RULES), then on the whole document
# once the models' names are in (DOCUMENT_RULES), and how a model's name is labelled (MODEL_NAME_FORMS).
NAME_RULES = ("titled_name_beside_verb", "law_by_head", "places_sharing_kind", "places_listed_after_kind",
              "place_with_prefix", "place_by_kind",
              "event_between_places", "outbreak", "body_by_kind", "party_by_opener", "party_by_side",
              "body_joined_before_noun",
              "company_by_legal_form", "body_before_officer",
              "person_beside_verb", "person_by_title", "person_after_office_field",
              "body_by_head", "party_members", "body_after_adjective", "body_in_place", "paper_by_masthead",
              "body_of_owner",
              "office_of_title",
              "quoted_name_before_noun", "group_speaking", "group_cited", "site_cited",
              "numbered_event", "event_by_noun", "event_by_capitalised_head", "storms_sharing_kind", "digit_led_brand",
              "acronym_of_described_body", "body_before_apposed_noun", "speaker_of_a_topic_line")
NAME_RULES_AFTER_MODELS = ("counsel", "body_again", "focus_bodies", "title_again", "pollster_before_poll")
AREA_ABBREVIATIONS: dict[str, str] = {}   # "Co." closes a company's name as often as a county's
LEVELS_LEFT_OUT: dict[str, tuple[str, ...]] = {}   # "the district court" names no court's place
AREA_ANAPHORS: dict[str, tuple[str, ...]] = {}   # English names the area: "the regional health ministry"
AREA_ADJECTIVES: dict[str, str] = {}   # "the regional police" says no area named before
# A word after a title written again that says the text describes someone anew: "the minister of …".
TITLE_OF = ("of",)
# Titles that, written later with the definite article and no name ("the CEO then vowed …"), name again the one
# person the text has named with that title ("Vexon CEO Jane Roe"); longest first where one holds another.
TITLES_ALONE = ("chief executive officer", "chief executive", "ceo", "cfo", "coach", "manager", "prime minister",
                "foreign minister", "minister", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
                "chairman", "chairwoman", "chairperson", "governor", "mayor", "senator", "judge", "prosecutor", "lawyer",
                "attorney", "commissioner", "commander", "candidate", "founder", "president", "premier", "diplomat")
# "Vell" "Unity" from the model, side by side: one name cut in two ("Vell Unity")
MODEL_HALVES_JOIN = True
MODEL_NAME_FORM = "as_written"

# ---------------------------------------------------------------------------
# Tables English leaves empty
# ---------------------------------------------------------------------------

REPORTING_STEMS: tuple[str, ...] = ()      # English verbs are listed whole, in REPORTING_VERBS
TAG_ONLY_STEMS: tuple[str, ...] = ()       # verbs of saying only in a said-tag: none English needs
CLAUSE_ONLY_STEMS: tuple[str, ...] = ()    # verbs of saying only with their clause: none English needs
PREDICATING_STEMS: tuple[str, ...] = ()    # en casts an object as something with "as" (PREDICATIVE_PREPOSITIONS)
REFLEXIVE_SAYING_STEMS: tuple[str, ...] = ()   # reflexive verbs of saying: Russian's ("призналась")
REFLEXIVE_TAG_STEMS: tuple[str, ...] = ()
RECORDING_STEMS: tuple[str, ...] = ()   # «зафиксировал рост»: "recorded a rise" is read from the parse
FIXED_OBJECTS: frozenset[str] = frozenset()
ISSUING_STEMS: tuple[str, ...] = ()        # "issued a statement saying": read from the parse (LIGHT_SPEECH_VERBS)
PUBLISHING_STEMS: tuple[str, ...] = ()     # (Russian: a quoted name before «опубликовала»; English quotes no body)
REFLEXIVE_ISSUING_STEMS: tuple[str, ...] = ()
STATEMENT_CLAUSE = r"(?!)"
UNDERSTOOD_STEMS: tuple[str, ...] = ()   # «дал понять, что»: "made it clear that" is read from the parse
UNDERSTOOD_CLAUSE = r"(?!)"
# Words that make what follows a headline's "Name:" a sentence, so the named person's words ("Tomas Varga: the
# ferry will run in May"), not a label ("Tomas Varga: a life in politics"): modals and forms of "be" and "have"
FINITE_WORDS = r"will|would|won't|can|can't|could|must|should|shall|may|might|is|are|was|were|has|have|had"
# The word after a headline's name that names what the quotation after its colon is about ("Tomas Varga on the
# ferry: 'We will run in May'"): the named person still speaks it
HEADLINE_TOPIC_WORDS = r"on|about"
OPENING_ONLY_STEMS: tuple[str, ...] = ()   # gerunds of saying only before their clause: Russian's
OPENING_AFTER_GERUND = r"(?!)"
NOUN_CONTENT_CLAUSE = r"(?!)"   # read from the parse ("reports that …")
YEAR_SUFFIXES = ""
VERB_GENDER_ENDINGS: dict[str, str] = {}
NEUTER_PAST_ENDING = ""     # English verbs show no gender
TAG_ASIDES = ""             # said-tags after a dash: Russian's
PLURAL_VERB_ENDINGS = ""
IMPERSONAL_VERB_ENDINGS = ""
OTHER_VERB_ENDINGS = ""     # English verbs of saying are listed whole
IN_BODY = ""
BODY_VOICE_NOUNS = ""   # who speaks for a body, before the verb or after the outlet told (Russian's): none in English
ON_BODY_PAGE = ""
THERE_WORDS: tuple[str, ...] = ()
THERE_ADVERBS: tuple[str, ...] = ()
NOT_GOVERNING: tuple[str, ...] = ()
DEMONSTRATIVES: tuple[str, ...] = ()

# Names: the Russian rules' tables (English writes names in Latin letters, has no patronymics or compound bodies)
AREA_NOUNS = ""
SERVED_AREA_NOUNS_BEFORE = ""
LAW_NOUNS: tuple[str, ...] = ()
LAW_SUBJECT_PREPOSITIONS: tuple[str, ...] = ()   # English names such documents by their heads (LAW_HEADS)
# The states of a federation, which news names in lists ("Georgia, Kentucky and Ohio"): a country's name among
# them (Georgia) is the state's there, not the country's (link.py). Left out: names that are also a city's
# (Washington, New York), which say nothing of the names beside them.
FEDERAL_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "West Virginia", "Wisconsin", "Wyoming",
)
# The states' names as datelines and captions write them short, with a full stop ("SURFSIDE, Vell., Dec 3",
# "Vellby, Calif."): the state itself. Left out: those that read as another name's (Ga. as the country, Wash. as
# the capital, Md. as a given name, La., Miss., Mo.).
STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas",
    "Ky": "Kentucky", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
}
TEAM_NOUNS: tuple[str, ...] = ()   # English names a team by its country first: "the Ruritania national team"
NAME_GRAMMEMES: tuple[str, ...] = ()
TOWN_READING_SHARE = 1.0   # English has no lemmatiser readings of places: no common noun is taken for a town
NOUNS_BEFORE_NAMES: dict[str, str] = {}
KNOWN_BY_QUOTED_NAME: frozenset[str] = frozenset()   # (Russian: «авиакомпания «X»» is X)
ORG_COMPOUND_ENDINGS: tuple[str, ...] = ()
PLACE_ADJECTIVE = ""
PLACE_ADJECTIVE_STEM = ""

# A name the model took for a body's or a place's that the text treats as a person's (names.py, _treated_as_person):
# nouns for what a person is, said right before the name ("envoy Tarja Veld", "Coach Veld") or in apposition after
# it, without an article ("Tarja Veld, head coach of …") or with one ("Veld, the chief negotiator"); words that
# also open bodies' or events' names ("General Vexon Motors", "Premier Norvale League") are not here.
PERSON_NOUNS = ("envoy", "ambassador", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "coach",
                "manager", "chairman", "chairwoman", "chairperson", "governor", "mayor", "senator", "lawmaker",
                "legislator", "deputy", "aide", "adviser", "advisor", "diplomat", "negotiator", "lawyer", "attorney",
                "judge", "prosecutor", "professor", "analyst", "researcher", "economist", "journalist",
                "correspondent", "striker", "midfielder", "defender", "goalkeeper", "captain", "candidate", "founder",
                "substitute", "winger", "skipper", "referee", "teammate", "boss", "leader",
                "ceo", "executive", "director", "president", "representative", "commissioner", "mec", "mp",
                "host", "anchor", "presenter", "moderator", "interviewer")   # a transcript's "JANE ROE, HOST:"
# Pronouns that refer back to one person, after a name that opens a clause ("Veld made the remark with his …",
# "Veld ruled out talks. He said …").
PERSON_PRONOUNS = ("he", "she", "his", "her")
# The unit of a bare count of unnamed people who told a report ("two diplomats said", "according to three officials";
# quantities.py, _counted_sources): a person's or a source's noun, never a percent, a currency or another unit.
COUNTED_SOURCE_NOUNS = (r"sources?|officials?|diplomats?|people|persons?|insiders?|witness(?:es)?|officers?|engineers?"
                        r"|residents?|experts?|analysts?|aides?|advis[eo]rs?|lawmakers?|legislators?|ministers?"
                        r"|spokes(?:m[ae]n|wom[ae]n|persons?|people)|envoys?|economists?|researchers?|journalists?"
                        r"|negotiators?|employees?|workers?|staffers?|members?|doctors?|lawyers?|executives?")
# Pronouns that refer back to a body, right after the verb that follows its name: "Vexon said it would …".
BODY_PRONOUNS = ("it", "its")
# Lower-case nouns right after a name the model took for a person's that make it a body's: "the Vexa party",
# "a strong Norvale side".
BODY_NOUNS_AFTER_NAMES = ("party", "club", "movement", "coalition", "side",
                          "store", "stores")
# Of those, the heads of one body's own name, after capitalised words joined by "and" ("the Order and Harmony
# party"); "the Vell and Orla club", "Walmart and Target stores" may be two bodies, so they are not read so.
JOINED_BODY_HEADS = ("party", "movement", "coalition")
# Words that make a noun after a name's comma someone else's: "Vexon, whose chief executive …", "…, its CEO said".
POSSESSIVE_DETERMINERS = ("its", "their", "whose", "his", "her")
# A person's possessive opening the sentence after their report ("X said A. His plan …"): the article telling of the
# speaker, who would have said "my", not the report going on (extract/claims._speaker_possessive_opens).
SPEAKER_POSSESSIVE_OPENERS = ("his", "her")
# Backshifted modals: one as the verb after such a possessive's noun ("X said A. Her ministry would propose …") keeps
# the sentence the report's, told as the speaker's words are, where a past or present of fact ("His plan was
# approved in May") is the article's.
# Whether the lemmatiser tells a word that may be a finite verb from a noun (extract/quantities.py, a word between a
# year-like number and a figure): English plural nouns and verbs share their "-s" ("increases"), so any word may be.
VERBS_BY_LEMMATISER = False
BACKSHIFTED_MODALS = ("would", "could", "might", "was going to", "were going to")
# Finite present forms of the verbs whose present does not end in "-s" of a lemma ("are", "has"): a sentence whose
# main verb is one, after a report told wholly in the past ("X said A was B. The vote is on Friday"), is no longer
# backshifted as reported words are: the article's own fact.
PRESENT_FINITE_FORMS = ("is", "are", "am", "has", "have", "does", "do")
# The finite present of any other verb: its lemma, less so many letters at its end, then this ending ("says",
# "carries" of "carry").
PRESENT_FINITE_ENDING = "s"
PRESENT_FINITE_LEMMA_CUT = 1
# Words that keep a present sentence after a report told in the past the speaker's, as it goes on telling what was
# said: a future or a modal ("the repairs will cost …", "it could take years"), a comparison with the past ("the
# first time since …", "the worst in a decade"); a figure (any digit) does too (claims.py, _present_after_past_report).
PRESENT_STILL_REPORTED = (r"will|would|could|can|may|might|must|should|shall|'ll|won't|wouldn't|couldn't|can't"
                          r"|since|first time|last time|in (?:a|the last) (?:decade|century|generation)|ever|than")

# Figures: words that begin with a stem of TIME_STEMS but count other things ("12 secondary schools"), or say how often
# the noun after them comes ("2.3 million monthly users"): a figure before them is no span of time.
NOT_TIME_STEMS = ("secondar", "weekly", "monthly", "hourly", "yearly")
# A change's size and the value it reached: after "by" and a figure ("rose by 18 to 3,256"), these words name the value
# reached, which counts what the change counts; "by 18 to 3,256" is no range (but "by 2 to 4 percent" is one).
CHANGE_SIZE_BEFORE = ("by",)
CHANGE_TO = ("to", "to a total of", "to a record", "to a record of")
RESTATING = ("or",)      # a change given again in another unit: "fell 40 points, or 1.2 per cent"
# A measure written as a noun that the figure follows or that begins the figure's noun phrase: "a magnitude 6.8
# earthquake", "a 7.2 magnitude quake" measure magnitude, not earthquakes.
MEASURE_NOUNS = ("magnitude",)
# What a measure measures, named in the singular right after the figure (digits), with the measure: "the 6.4 quake"
# and "a 5.1 temblor" are magnitudes.
MEASURED_THINGS = {"quake": "magnitude", "earthquake": "magnitude", "temblor": "magnitude", "tremor": "magnitude",
                   "aftershock": "magnitude"}
# A scale named after the figure that is its unit: "measuring 5.9 on the Richter scale" is a magnitude.
MEASURED_ON = {"on the richter scale": "magnitude", "on the open-ended richter scale": "magnitude",
               "on the moment magnitude scale": "magnitude"}
# Linking (link.py): whose a registry body is. Nouns for a polity that, after a body's generic name, make it that
# polity's body, not the registry's ("the Duma of the republic"); endings of a word written before a body's name that
# make it a nationality's ("the Ostravian Duma": DEMONYM_ENDINGS, above); words written with a capital before a
# country's name that make with it another place's name ("North America"); and capitalised words after a place's name
# that make with it a body's or an outlet's name ("the Velmora Times").
POLITY_NOUNS = ("republic",)
# Those of DEMONYM_ENDINGS that make a first word a people's before "State" ("Vellish State claimed the attack", a
# group): not "-i", which ends a province's name too ("Kogi State").
PEOPLE_ENDINGS = ("ian", "ean", "ese", "ish")
COMPASS_WORDS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "latin")
NAME_HEADS_AFTER_PLACES = ("post", "times", "daily", "press", "herald", "tribune", "journal", "gazette", "telegraph",
                           "observer", "monitor", "today", "independent", "chronicle", "bulletin", "courier")
# Plural nouns for the people who live in a place, after its name: "Tarnby residents" (names.py: a name the model
# took for a nationality's there, and for a body's or a person's elsewhere, is a town's).
RESIDENT_NOUNS = ("residents", "villagers", "islanders", "townspeople")
# Lemmas of unnamed people who bear out a named source's account beside it ("…, the army and a resident said",
# "…, Mayor X and two witnesses said"): the named source is the claimant, not no one of several.
CORROBORATING_WITNESS_LEMMAS = ("resident", "villager", "witness", "eyewitness", "local", "neighbour", "neighbor",
                                "survivor", "relative", "passer-by", "bystander")
# Words that tell a speech was given, without a verb of saying that frames it: "X gave his annual address on
# Monday", "X addressed the nation", "the ministry issued a statement". A quotation no frame reaches, right after
# such a sentence, is its subject's (claims.py, _event_speaker).
SPEECH_EVENTS = (r"address(?:ed|es|ing)?|speech(?:es)?|remarks|statements?|messages?|interviews?|briefings?"
                 r"|(?:press|news) conferences?|keynote|lectures?|sermons?|testimony|testified|spoke|speaking"
                 r"|posted|tweeted|wrote|appeal(?:ed|s)?|(?:social media|online|blog) posts?"
                 r"|(?:answered|fielded|took) questions|briefed"   # talking to the press
                 # acts done in words: "X congratulated his successor. “…”" is X speaking
                 r"|congratulat(?:ed|es)|paid tribute")
# Nouns for a company or another body written right before a name ("airbag maker Vexon", "the drugmaking group
# Norvale") or heading its apposition ("Vexon, the country's largest telecoms group, said"): the name is that body's,
# whatever the model took it for (not nouns for what a person may be too: "producer", "developer", "publisher").
BODY_NOUNS_AROUND_NAMES = ("company", "firm", "group", "vendor", "maker", "carmaker", "automaker", "drugmaker",
                           "chipmaker", "manufacturer", "retailer", "airline", "insurer", "lender", "conglomerate",
                           "giant", "broadcaster", "startup", "charity", "subsidiary", "miner", "refiner", "bank",
                           "chain", "newspaper", "daily", "tabloid", "magazine", "agency", "outlet", "website",
                           "provider", "supplier", "distributor", "consultancy", "carrier", "utility", "regulator",
                           "watchdog", "exporter", "importer")
# Of those, the nouns that a sentence opens with as a company's description ("Chipmaker Vexon said", "Reuters -
# Automaker Vexon"), never as its name's first word, as "Bank", "Daily", "Giant" or "Group" may be.
BODY_NOUNS_OPENING_SENTENCES = tuple(n for n in BODY_NOUNS_AROUND_NAMES
                                     if n not in ("bank", "daily", "giant", "group", "agency", "charity", "chain"))
# Words that may follow such an apposition's noun where it ends ("Vexon, the country's largest telecoms group based
# in Ostra, said").
AFTER_BODY_APPOSITION = ("that", "which", "based", "in", "with")
# Verbs after "The Ostra-based company" opening the sentence after a one-word name's: that name is the company's.
VERBS_AFTER_A_BODY_NOUN_SUBJECT = ("is", "was", "has", "had", "said", "says", "will", "expects", "plans", "also")
# Russian declension (names.py reads foreign names out of their cases); English names do not decline.
MASCULINE_INSTRUMENTAL = ""
UNDECLINED_NAME_ENDINGS = ""
NAME_CASE_ENDINGS: tuple[str, ...] = ()
SOFT_OR_VOWEL_LETTERS = ""
WOMEN_SURNAME_OBLIQUE_ENDINGS: dict[str, str] = {}   # English surnames do not decline
# Capitalised words that open a storm's name before its own ("Hurricane Alda", "Tropical Storm Alda"): "Alda" alone
# after it is that storm.
KIND_WORDS_BEFORE_NAMES = ("Hurricane", "Typhoon", "Cyclone", "Tropical", "Storm", "Super")

# Prepositions before a one-word name the model took for a person's, none of the persons named here has as a word,
# that make it a place ("killed in Tarnia", "a village near Vell"): a person stands there rarely, and with his "'s".
PLACE_PREPOSITIONS_BEFORE_LONE_NAMES = ("in", "near")

# The preposition between a body's name and where it is, which the model takes into one name ("Varn Capital
# Partners in Tarnby"): the name ends before it, the place follows.
PLACE_PREPOSITIONS_AFTER_NAMES = ("in",)

# Last words of a sports club's name of two words or more ("Tarnby United", "Vellham Rovers"), which make the name a
# club's whatever the model took it for; unlike ORG_NAME_ENDINGS, not dropped to find a short name ("Tarnby" stays
# the town). Not "City": "Tarnby City" may be the city.
CLUB_NAME_ENDINGS = ("United", "Hotspur", "Rovers", "Wanderers", "Albion")
# Words of a match right before a name, which make a place's name a team's ("Kessby beat Vexford City", "a draw with
# Vexford City"); only a name the model took for a place's is retyped, never a country's (names.py).
MATCH_WORDS_BEFORE_TEAMS = ("beat", "beats", "beating", "defeat", "defeats", "defeated", "defeating", "draw with",
                            "drew with", "lost to", "lose to", "losing to", "thrashed", "thrash", "edged past",
                            "win over", "wins over", "victory over", "defeat to", "defeat by", "loss to",
                            "win against", "victory against", "draw against")

# Nouns a person's name modifies after "the" ("the Vargas administration", "the Roe family"): "the X <noun>" names
# no person otherwise ("the Tarvel fire", "the Vell area").
NOUNS_A_PERSONS_NAME_MODIFIES = ("administration", "government", "cabinet", "presidency", "regime", "era", "family",
                                 "camp", "team", "campaign", "doctrine", "plan", "years", "visit", "case", "trial")

# A page issued by a body or person, named where its headline or its first lines say so.
# A headline that is a statement's noun, its issuer before a colon ("Ministry of Water: Press statement on the
# drought") or none at all ("Official statement"); regular expression.
HEADLINE_STATEMENT = (r"(?:joint\s+|press\s+|official\s+|public\s+)?(?:statement|press release|communiqu[eé]"
                      r"|declaration|readout)")
# What may follow such a headline's noun when it names no issuer: what it is on ("… on the drought").
HEADLINE_STATEMENT_TOPIC = r"on|about|regarding|concerning|in connection with|following"
# A lead that says the text below is a statement, passive ("The following statement by X was issued today:",
# "The following statement was released by the Office of X:"), or attributable to someone, as governments head
# a readout ("The following is attributable to the Spokesperson:"): up to its verb; the issuer is named before the
# colon that ends it.
PASSIVE_STATEMENT_LEAD = (r"the\s+following\s+(?:(?:\w+\s+){0,2}?(?:statement|press release|communiqu[eé]|message"
                          r"|remarks|comment|readout)s?\b(?:[^:]{0,200}?)\s+(?:was|were|has\s+been|have\s+been"
                          r"|is|are)\s+(?:issued|released|made|delivered|published|circulated|distributed|sent)\b"
                          r"|(?:(?:\w+\s+){0,2}?(?:statement|remarks|comment|readout)s?\s+)?(?:is|are)\s+attributable"
                          r"\s+to\s+(?=[^:\n]{0,120}:[ \t]*(?:\n|$)))")
# A lead that says the text below is the transcript of someone's remarks ("Northwire presents the full transcript of
# Jane Roe's briefing.", "Below follows … — the following is a verbatim transcript of …"): up to the words before the
# speaker's name.
TRANSCRIPT_LEAD = (r"(?:[\w’'-]+\s+){0,3}?(?:presents?|publish(?:es)?|offers?|brings?|posts?|carries|(?:below|here)\s+is"
                   r"|the\s+following\s+is)"
                   r"\s+(?:you\s+)?(?:the\s+|an?\s+)?(?:full\s+|complete\s+|edited\s+|(?:near-)?verbatim\s+)?"
                   r"(?:text|transcript)\s+of\s+")
# Occasions a headline may give an account of, after the possessive of whose they were ("Readout of the Minister's
# call with …"): that person took part; the office that wrote the account issued it.
ACCOUNTED_OCCASIONS = ("call", "phone call", "telephone call", "meeting", "conversation", "talks", "visit", "trip")
# The word before the issuer in a line naming a statement: "the readout issued by the Water Council:".
ISSUED_BY = r"by|from"

# A rate per span of time written after a unit ("2 million barrels a day", "a wind of 180 km/h"): the
# phrase (a regular expression, matched right after the unit), and the words that may follow it where it ends ("a
# day in March"; not "a day of talks"). A unit joined by a slash to a letter word ("km/h", "m/s") is such a rate too.
PER_TIME = r"\s+an?\s+(?:day|week|month|year|hour|minute|second)"
AFTER_PER_TIME = ("in", "on", "at", "and", "or", "but", "to", "from", "for", "by", "since", "as", "while", "with",
                  "until", "over")
# Words after which a scale word alone is a figure of one ("около миллиона абонентов"); English writes "a
# million" (SCALE_FRACTIONS), so none here; and the scale words that may stand so.
BARE_SCALE_AFTER: tuple[str, ...] = ()
BARE_SCALES: tuple[str, ...] = ()

# --- kinds of claims: more of what tells that something happened, and what tells it did not ---
# Prepositions that end in -ing, no gerund after "quit" or "resigned to": "quit following the vote".
ING_PREPOSITIONS = ("during", "pending", "following", "regarding", "concerning", "including", "excluding",
                    "notwithstanding", "according", "barring", "considering")
# A gerund after "quit" or "resigned to" (a habit left, a mood): a word of six letters or more with a consonant before
# its "-ing" ("smoking", "losing"), not a short verb ("resigned to bring in new blood") nor a preposition.
GERUND = r"(?!(?:" + "|".join(ING_PREPOSITIONS) + r")\b)\w{2,}[b-df-hj-np-tv-z]ing"
# Verbs of something done at a place, besides EVENT_CUES ("police apprehended two men", "the rocket lifted off").
MORE_EVENT_CUES = (r"\b(?:apprehended|lifted off|blasted off|touched down|gathered|marched|stormed|raided|shot dead"
                   # harm, rescue and care told by a participle or a noun ("…, killing two", "led to evacuations",
                   # "was taken to a hospital"), and a sitting ended ("the house adjourned")
                   r"|killing|evacuations?|rescues|rescued|hospitali[sz]ed|taken to (?:a |the )?hospital|adjourned"
                   # custody and gunfire told without the words above ("took the man into custody", "an officer
                   # discharged his weapon", "the gunman barricaded himself in a shed")
                   r"|into custody|discharged|barricaded"
                   # force used on a crowd, a protest held, a trial's steps, a fire fought ("officers fired tear gas",
                   # "the jury deliberated", "the judge remanded him", "crews extinguished the blaze")
                   r"|pepper[- ]spray(?:ed)?|tear gas|rubber bullets|water cannons?|kettled|cornered|staged"
                   r"|deliberated|remanded|pronounced (?:the |a )?(?:sentence|verdict|judgment)"
                   r"|extinguished|put out (?:the |a )?(?:fire|blaze|flames)|brought (?:the \w+ )?under control"
                   # leaving a post and sitting out a vote ("the minister resigned", "she quit as minister", "she
                   # abstained", "he tendered his resignation", "she resigned to run for mayor", "they quit on
                   # Monday"): a step taken, as "elected" and "dismissed" are; not a mood ("resigned himself", "resigned
                   # to defeat / to the fact / to losing", "to" before a noun or a gerund) nor a habit left ("quit
                   # smoking")
                   r"|resigned(?!\s+(?:himself|herself|themselves|to\s+(?:defeat|the|a|an|his|her|their|its|this|that"
                   r"|" + GERUND + r"))\b)|stepped down|quit(?!\s+" + GERUND + r"\b)"
                   r"|abstained|(?:submitted|tendered|handed in) (?:\w+ )?resignations?"
                   # a charge brought, a step of a case as "sentenced" is ("were charged with arson", "indicted"); not
                   # a fee or a battery charged
                   r"|charged (?:with|under|over|in connection with)|indicted"
                   # people moved to new homes, as "evacuated" tells them moved away ("300 families were resettled")
                   r"|resettled|relocated)\b")
# Lemmas of verbs that tell a state, a possession, a view or what a picture or a paper shows, not an act: a main verb
# in the past among them ("the plan was vague", "the town had two bridges", "critics opposed the plan", "the footage
# showed smoke") is no event.
STATE_LEMMAS = frozenset({"be", "have", "remain", "stay", "seem", "appear", "look", "sound", "feel", "become", "know",
                          "believe", "think", "want", "need", "wish", "like", "love", "hate", "prefer", "hope",
                          "expect", "include", "contain", "comprise", "consist", "involve", "mean", "represent",
                          "resemble", "belong", "own", "cost", "weigh", "measure", "lack", "deserve", "depend",
                          "exist", "matter", "require", "continue", "keep", "oppose", "favor", "favour", "endorse",
                          "show", "depict", "picture", "illustrate", "portray", "feature",
                          "mark",     # "the visit marked the first talks since …": what a happening was, not one
                          "cover"})   # "her speech covered trade, talks and …": what words or a plan span, a list
# Of STATE_LEMMAS, those that with a time still tell something that happened: "the talks were on Tuesday", "the storm
# continued to batter the coast on Friday".
TIMED_ACT_LEMMAS = frozenset({"be", "continue", "keep"})
# Of those, the copula, which without a time tells what a happening was or how long ago, not that one happened: "it
# was the first time the leaders met", "it has been a year since the envoy resigned".
TIMED_ONLY_LEMMAS = frozenset({"be"})
# Prepositions by which a verb casts its object as something ("presented the deal as a triumph"): a view, no event.
PREDICATIVE_PREPOSITIONS = ("as",)
# Subordinators of a clause that tells since when, not when ("… since the envoy took office in May"): such a past
# clause places nothing the main verb tells.
SPAN_SUBORDINATORS = ("since",)
# Nouns of a view whose content a clause gives ("shared the view that …", "voiced the fear that …"): a verb with such
# an object tells the view, whatever happened in it.
VIEW_NOUNS = frozenset({"view", "opinion", "belief", "conviction", "position", "assessment", "concern", "fear",
                        "hope", "impression", "understanding"})
# A time of day: "at 6:35 p.m.", "4 a.m.", "11.45 am", "2pm" (when something happened).
CLOCK_TIMES = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)"
# A part of a month before its name ("in late July", "by mid-March"): a time as a date is.
MONTH_PARTS = r"(?:in|by|until|from)\s+(?:late|early|mid)-?"
# What was due, not done ("had to decide", "has to approve"): not an event, however it is timed.
NOT_DONE_PHRASES = (r"(?:had|has|have|having)\s+to"   # "experts had to decide by May"
                    # what is still to come: "the law is expected to be passed on May 17"
                    r"|(?:is|are)\s+(?:anticipated|expected|scheduled|planned|slated|due|set)\s+to")
# Words by which something became known ("it emerged that …", "it became known that …"): the sentence tells news of
# it, not a happening, however it is timed.
BECAME_KNOWN_PHRASES = (r"it\s+(?:has\s+|had\s+)?emerged|it\s+(?:became|has\s+become)\s+(?:known|clear)"
                        r"|it\s+was\s+learn[et]d?")
# Words by which the subject or object of a verb is none ("no charges were filed", "nobody was hurt").
NEGATING_WORDS = ("no", "nobody", "none", "nothing", "neither")
# Verbs of saying after what a source reports, which end the sentence ("…, the agency said."): a relayed event.
TRAILING_SAYING_VERBS = (r"said|says|reported|reports|stated|states|informs|informed|added|wrote|writes"
                         r"|announced|announces|confirmed|confirms")
# Words that open the clause a verb of saying takes after it ("…, X said they will …", "X said that …"): the verb
# frames what follows, so it ends no sentence as the source of what went before.
CLAUSE_AFTER_SAYING = ("that", "he", "she", "they", "it", "we", "i")
# Verbs of agreeing: what the sides agreed on is terms, not a happening, when a source relays it.
AGREEMENT_VERBS = r"agreed|agree|agrees"

# A rate's span of time written short, where no unit of the tables is ("140 km/h", "25 m/s", "6 ft/sec").
RATE_SPANS = {"h": "h", "hr": "h", "s": "s", "sec": "s", "second": "s"}

# --- reported speech going on ---
# Pronouns for a person that open a sentence going on with the last speaker's report ("He expects a record year.").
PERSON_PRONOUN_OPENERS = r"he|she"
# Words of declining to speak: a sentence with one goes on with no one's report ("He declined to comment").
REFUSAL_WORDS = r"declin\w*|refus\w*"
# Nouns for a speaker's words after the speaker's name, announcing them ("Varga's remarks are as follows:").
SPEECH_NOUNS_AFTER_SPEAKER = (r"['’]s?\s+(?:\w+\s+){0,2}"
                              r"(?:statements?|remarks|words|speech|comments|address|message)\b")
# (English puts them after the name; Russian before it.)
SPEECH_NOUNS_BEFORE_SPEAKER = ""

# A quoting phrase that names, after its verb and an outlet, whose words it gives (ru "приводит ТАСС
# слова адвоката"); English says "quoted X as saying", read from the parse (RELAY_LEMMAS).
QUOTED_WORDS = ""
QUOTED_WORDS_AFTER = ""
QUOTED_WORDS_TAG = ""
# What kind of body a description that refers back is: a company ("the firm added") or a public body
# ("the regulator found"); it refers to a body of its kind where the text named one. A body is
# public when its label holds one of PUBLIC_LABEL_WORDS (lower case), a company otherwise.
COMPANY_DESCRIPTIONS = ("company", "firm", "carrier", "airline", "manufacturer", "retailer", "operator", "insurer",
                        "lender", "carmaker", "automaker", "drugmaker", "chipmaker", "maker", "steelmaker",
                        "planemaker", "aircraftmaker", "shipmaker", "truckmaker", "tyremaker", "tiremaker",
                        "phonemaker", "toymaker", "miner", "refiner", "exporter", "importer", "supplier",
                        "distributor", "provider", "deliverer", "shipper", "conglomerate")
# Words of a company's label (regular expressions) that tell its trade, for a description of that trade: "the carrier"
# is "X Air" or "X Airways" rather than a union or a supplier named since.
COMPANY_TRADE_LABELS = {"carrier": r"air|airlines?|airways|aviation", "airline": r"air|airlines?|airways|aviation",
                        "insurer": r"insurance|assurance", "lender": r"bank|bancorp|financial"}
# Words before such a noun that make the description another body than one named before: "the rival carmaker",
# "the parent company".
OTHER_BODY_WORDS = ("rival", "other", "parent", "sister", "former", "competing", "partner")
# Heads of descriptions that never mean a radio, a channel, a paper or an agency the text named, though that outlet
# spoke last: a body of members ("The group's X Radio said …. The group said …": the group, not its radio).
# (a party, a union, an alliance are kinds of body already: ANAPHOR_KIND_HEADS)
NOT_OUTLET_DESCRIPTIONS = ("group", "organization", "organisation")
# (not "the agency": as often a news agency that relayed the report; not "the watchdog": as often a monitoring
# group as a regulator)
PUBLIC_DESCRIPTIONS = ("regulator", "authority", "commission", "board", "department",
                       "ministry", "office", "bureau", "service", "directorate", "inspectorate")
PUBLIC_LABEL_WORDS = ("ministry", "committee", "council", "agency", "service", "commission", "office", "department",
                      "directorate", "administration", "government", "authority", "board", "tribunal", "bureau",
                      "inspectorate", "regulator", "court", "parliament", "assembly", "police", "army", "navy",
                      "prosecutor", "prosecutors", "cabinet", "presidency", "embassy")

# Acronyms of a medium, a trade or a field written before a person's noun ("TV presenter", "PR adviser", "IT
# consultant"): the kind of work, never the employer (names._employers_written_as_acronyms).
TRADE_ACRONYMS = ("TV", "PR", "IT", "AI", "HR", "ICT", "VFX", "UX", "UI", "VR", "ER", "A&E", "EMT", "DJ", "MC",
                  "CGI", "ESG", "SEO", "QA")
# --- common words and acronyms taken for names ---
# Acronyms of common nouns, written in capitals like a body's ("an XYZ vaccination", "the GDP"): alone, no one's
# name; a longer name holding one ("the Vellport NPP") stays a name.
COMMON_ACRONYMS = ("MMR", "HIV", "AIDS", "GDP", "GNP", "CEO", "CFO", "COO", "DNA", "RNA", "PCR", "ICU", "VAT",
                   "IPO", "NGO", "NGOs", "LNG", "LPG", "MRI", "GMO", "UAV", "UAVs", "IED", "IEDs", "ATM", "SUV",
                   "PPE", "STD", "TB", "ETF", "CPI", "AGM", "EGM", "Q&A", "R&D", "M&A", "P&L", "B&B", "CPU", "CPUs",
                   "GPU", "GPUs", "NPU", "NPUs", "SoC", "LED", "LEDs",
                   # a central bank's buying of bonds, and the standards a company's accounts are drawn up by
                   "QE", "IFRS", "GAAP",
                   # a company's earnings per share: "adjusted EPS fell"
                   "EPS",
                   # substances and pollutants, written like bodies' acronyms: "PFAS contamination", "PCB levels"
                   "PFAS", "PFOA", "PFOS", "PCB", "PCBs", "DDT", "VOC", "VOCs", "CFC", "CFCs", "HFC", "HFCs",
                   "NOx", "BPA", "THC", "CBD", "LSD", "MDMA",
                   # degrees written after a person's name: "Dana Vell, MD, PhD"
                   "MD", "PhD", "MBA")
# Words naming a day by its distance from today ("Yesterday, March 3, …"): never a dateline's place.
DAY_WORDS = ("today", "yesterday", "tomorrow", "tonight")
# Adverbs opening a sentence with a capital, right before a name found by its last words ("Meanwhile Partido Verde
# Tarnia said …"): no word of the name (names.py).
ADVERBS_BEFORE_NAMES = ("meanwhile", "separately", "however", "also", "earlier", "later", "now", "then", "still",
                        "instead", "elsewhere", "again")
# Capitalised words that, after a country's or a place's name, make it a word of an event's name ("the Tarnia Open",
# "the Vell Masters", "the Tarnia Grand Prix"): the place itself is not spoken of (link.py).
EVENT_HEADS_AFTER_PLACES = ("open", "masters", "marathon", "grand", "championship", "championships", "cup", "classic",
                            "rally",
                            "finals", "prix")
# Capitalised last words of an event's own name after other capitalised words or a year ("the Tarnia Marathon",
# "the Vell 2030 Games", "the Ostrova Prize"): the whole run is the event, which a model may miss (names.py).
EVENT_NAME_HEADS = ("Open", "Masters", "Marathon", "Cup", "Classic", "Rally", "Championship", "Championships",
                    "Festival", "Games", "Olympics", "Prize", "Award")
EVENT_HEADS_BEFORE_PLACES: tuple[str, ...] = ()   # Russian: «Кубок Руритании»; English puts the head after the place
# Nouns after a name, with or without its "'s", that make the name an eponym's ("Varden's disease", "the Ostrova
# scale"): a condition or a measure named after someone, not that person or a body (names.py).
EPONYM_NOUNS_AFTER = ("disease", "syndrome", "palsy", "sarcoma", "lymphoma", "paradox", "theorem", "scale")
EPONYM_NOUNS_BEFORE: tuple[str, ...] = ()   # Russian: "болезнь Вардена"
# Nouns beside a capitalised word that make it a pathogen's name ("the Varna virus"): the agent of a disease, no body
# or person, wherever else the text writes it alone ("a Varna patient") or before an outbreak's noun in a headline
# ("Varna Outbreak Spreads") (names.py).
PATHOGEN_NOUNS_AFTER = ("virus", "viruses")
PATHOGEN_NOUNS_BEFORE: tuple[str, ...] = ()   # Russian: "вирус Варна"
OUTBREAK_HEADLINE_NOUNS = ("outbreak", "outbreaks", "virus", "epidemic", "pandemic")
# Longer prepositions and conjunctions that headline styles keep in lower case in a title-case headline ("Mayor Hints
# at Deal with Unions"): they leave the headline's other capitals telling nothing (names.py).
HEADLINE_LOWER_WORDS = ("with", "from", "into", "onto", "over", "upon", "than", "that", "amid", "after", "about",
                        "against", "among", "amongst", "before", "behind", "below", "beside", "between", "beyond",
                        "during", "despite", "inside", "near", "outside", "since", "through", "toward", "towards",
                        "under", "until", "unlike", "within", "without", "when", "while", "where", "because",
                        "unless", "whether", "though", "although", "across", "along", "around")

# What a platform's name followed by a noun names: one of its features or an account on it, not a person or a body
# of its own ("an Instagram Story", which a model may take for a woman's name); English writes the noun apart.
# Not "post", "live" or "channel", which close names of papers and stations ("the Vell Post").
MEDIUM_SUFFIXES = ("story", "stories", "reel", "account", "feed")   # whole words, or with an "s"
MEDIUM_SUFFIX_STEMS: tuple[str, ...] = ()

# A sentence saying where or when the speaker made the one remark it follows (OWN_REPORT names the plural):
# "She made the comment on a visit to the port" tells the occasion, no claim of the speaker's; not "made the
# remark that …", which says what was said.
REMARK_MADE = r"\b(?:made|gave|delivered|voiced) (?:the|this|that|his|her|their) (?:remark|comment|statement)\b(?! that\b)"

# --- bodies as speakers ---
# Phrases of an English label that make a body public as much as PUBLIC_LABEL_WORDS do: a central bank is what "the
# regulator" means in a story on interest rates, and no "company".
PUBLIC_LABEL_PHRASES = ("central bank", "national bank", "reserve bank", "federal reserve", "monetary authority",
                        r"^bank of \w+$")   # "Bank of Fredonia"
# An organ of a body, in an English label that names the body with it ("Board of Directors of the X", "X Board"):
# the label's speaker is the body (regular expressions; attribution.Discourse.body_of_organ).
BODY_ORGANS = (r"(?:governing |management |executive |supervisory |policy )?board(?: of (?:directors|governors))?",
               r"monetary policy (?:committee|council)")
# How a label names a body with its organ ({organ}: one of BODY_ORGANS): "Board of the X", "X's Board of Directors"
BODY_ORGAN_LABELS = (r"(?:the\s+)?(?:{organ})\s+of\s+(?:the\s+)?(?P<body>.+)",
                     r"(?:the\s+)?(?P<body>.+?)(?:['’]s)?\s+(?:{organ})")

# --- names on news about companies and sport ---
# Titles of a company's officers written right after the company's name ("Vexon CEO Jane Roe", "Jane Roe, Vexon
# CFO"): the name before them is a company's, whatever the model took it for, and a person's name the model ran on
# from it ("Vexon CFO Jane Roe" taken whole for a person's) is cut there (names.py).
COMPANY_TITLES_AFTER_NAMES = ("CEO", "CFO", "COO", "CTO", "CMO", "chief executive", "Chief Executive",
                              "chief financial officer", "Chief Financial Officer", "chairman", "chairwoman",
                              "manager", "head coach", "coach", "boss", "owner")
# Officers' titles of a party or another body, right after its name only ("Vell chief whip Jane Roe", "the
# Vell secretary-general"): that name is a body's, whatever a model took it for; not "president" nor "vice
# president", "deputy president" (a country's or a region's offices as often as a party's).
BODY_TITLES_AFTER_NAMES = ("secretary-general", "secretary general", "vice-chairman", "deputy chairman", "chief whip",
                           "youth chief")
# Titles of a party's or a group's head, right after its name and before a person's ("Pellam leader Tomas Arden",
# "Vell chief Jane Roe"): that name is a body's (names.py _body_before_officer reads all three tables).
PARTY_TITLES_AFTER_NAMES = ("leader", "chief")
# Words between such a title and the company's name after it ("the chief executive of Vexon Foods", "CFO at Vexon").
COMPANY_TITLE_OWNER_WORDS = ("of", "at")
# Words right before a title that make it the office, not anyone holding it: "who will become the president",
# "elected president", "the post of prime minister" (a regular expression).
OFFICE_NOT_HOLDER_BEFORE = (r"(?:(?:become|becomes|became|becoming|elected|appointed|run(?:ning)? for|ran for)"
                            r"(?:\s+(?:as\s+)?(?:the|a|an))?|(?:post|job|position) of(?:\s+the)?)")
# Words before a title that say the person named after it held it once: not its holder now (a regular expression).
PAST_TITLE_WORDS = r"former|ex|erstwhile"

# Words before a title that say when or how its holder holds it: capitalised at a sentence's start they open no
# body's name after them ("Former Bank of Tarnia governor Jan Berg", "Acting Vell Port Authority chief …").
TENURE_WORDS = ("former", "acting", "outgoing", "incoming", "interim", "retiring", "then")
# Words before a title that make it another office than the bare title ("the bank's deputy chief executive", "its
# former chief executive", "the managing director"): a person the text gave the bare title does not hold it ("new" is
# not among them: "the bank's new chief executive" is most often the one the text just named so)
TITLE_CHANGING_WORDS = ("deputy", "vice", "acting", "interim", "former", "incoming", "outgoing", "managing",
                        "prime", "first", "assistant", "associate", "general", "honorary")
# Prefixes of "former" glued by a hyphen to a name ("Ex-Vexon & Roe paralegal"): the name goes on after them.
FORMER_PREFIXES = ("ex",)

# --- figures ---
# Words a running total reaches a bare figure by ("…, bringing the total to 357", "brought the total number in the
# area to 12", "taking its total to over 300"): the figure counts what the figure before it counted (a regular
# expression that ends right before the figure).
TOTAL_REACHED = (r"(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed"
                 r"|lift|lifts|lifting|lifted)\s+(?:the|its|their|this|that|his|her)\s+(?:[^\W\d_]+(?:['’]s)?\s+)?"
                 r"total(?:\s+(?!to(?!\w))[^\W\d_]+){0,6}\s+to")
# Words after one of AMOUNT_VERBS that make the bare figure after them the size of the change ("payrolls rose by
# 150,000", "seats fell by 12", "payrolls were revised to a gain of 9,000"): it counts what the verb's plural subject
# names (a regular expression).
AMOUNT_BY = rf"by|(?:to\s+)?an?\s+(?:{'|'.join(CHANGE_OF_NOUNS)})\s+of"
# Words after a span of time that still count it, though they place an event by it (TIME_POINT_AFTER holds them
# too): "three days after the vote", "two years later" are spans between two events; "3 days ago" stays a point.
COUNTED_TIME_AFTER = ("later", "after")
COUNTED_TIME_BEFORE: tuple[str, ...] = ()   # Russian: "спустя два года"

# --- names on other news ---
# Legal forms of a company, written after its name: "Vexon Ltd" and "Vexon Limited" (or "Vexon Company") are one
# company, its name without them the same.
LEGAL_FORMS = ("Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.",
               "Limited", "PLC", "plc", "Plc", "LLC", "LLP", "LP", "AG", "SA", "S.A.", "NV", "N.V.", "SE", "GmbH",
               "AB", "ASA", "Oyj",
               # Malaysian, Singaporean, Australian, Indonesian and Russian ones: "Vexon Sdn Bhd", "Orvik PJSC"
               "Bhd", "Berhad", "Sdn", "Pte", "Pty", "Tbk", "PJSC", "JSC")
# Of LEGAL_FORMS, those that alone close no company's name written before them: they read otherwise after
# capitalised words ("Kerry Co", "Vell SA" of South Africa, "Las Vellas NV" of Nevada).
LEGAL_FORMS_NOT_CLOSING_NAMES = ("Co", "Co.", "Company", "SA", "SE", "AB", "LP", "NV")
# A word after a name that makes the line an image's caption, not the name's: "Vexon Company Logo", "Jane Roe
# Speaking at a rally" (a title-cased caption: what the person does in the picture).
CAPTION_WORDS_AFTER_NAMES = ("Logo", "Logos")
# Verbs a title-cased caption puts after a person's name ("Senator Jane Roe Speaking at …"); not cut off a name of
# two words, which may end so ("the Vellport Waves", a team)
CAPTION_VERBS_AFTER_NAMES = ("Speaking", "Speaks", "Testifying", "Testifies", "Addressing", "Addresses",
                                    "Arriving", "Arrives", "Attending", "Attends", "Gesturing", "Gestures", "Waving",
                                    "Waves", "Listening", "Listens", "Pictured")
# Words of a country's formal name before "of" and its name: "the Republic of Ruritania" is Ruritania (names.py).
STATE_FORMS = ("Republic", "Kingdom", "State", "Federation", "Commonwealth", "Principality", "Grand Duchy", "Sultanate",
               "Emirate")
# Capitalised words a number follows to name a step of a scale or of a plan, no one's name: "a Category 4 storm",
# "Phase 2 of the works".
NUMBERED_STEPS = ("Category", "Level", "Phase", "Stage", "Week", "Round", "Grade", "Tier")
# Temperature scales, capitalised as their inventors' names but units after a figure ("86 Fahrenheit"): no name
TEMPERATURE_SCALES = ("Celsius", "Fahrenheit")
# Capitalised figures of speech, no one's name: "it is up to Mother Nature now".
FIGURES_OF_SPEECH = ("Mother Nature", "Mother Earth", "Father Time", "Old Man Winter", "Lady Luck", "Grim Reaper",
                     "Four Horsemen", "Apocalypse", "Armageddon", "Judgment Day", "Doomsday")
# Of KIND_WORDS_BEFORE_NAMES, those that end a storm's kind right before its name ("Hurricane Alda", "Tropical Storm
# Alda"): the name with them is the storm's, an event, whatever the model took the name for.
STORM_KIND_HEADS = ("Hurricane", "Typhoon", "Cyclone", "Storm")
# The same kinds in the plural, before two names or more: "Hurricanes Alda and Birte" are Hurricane Alda and
# Hurricane Birte.
STORM_KINDS_PLURAL = {"Hurricanes": "Hurricane", "Typhoons": "Typhoon", "Cyclones": "Cyclone", "Storms": "Storm"}

# --- statements as carriers ---
# Where a body's statement is carried, its issuer named right after: "on the website of the ministry",
# "a statement from the company", "a statement released by the regulator", "the statement of the company".
STATEMENT_CARRIERS = (
    r"(?:on|in)\s+(?:the|its|their)\s+(?:official\s+)?(?:website|site|page|telegram channel|account)\s+of"
    r"|(?:statement|press release|communiqu[eé]|release|post)\s+(?:(?:issued|released|published|posted|put out)\s+)?"
    r"(?:by|from)|(?:statement|press release|communiqu[eé])\s+of"
    # a document that finds, set apart by its participle's comma or not: "the report, published by X, found"; records
    # that show, however soon after their participle the issuer comes: "figures released on Monday by X showed"
    r"|(?:statement|press release|communiqu[eé]|release|report|study),?\s+(?:issued|released|published)\s+by"
    r"|(?:data|figures|statistics|numbers|estimates|survey|poll),?\s+(?:issued|released|published|compiled|provided"
    r"|put\s+out)\s+(?:[\w-]+\s+){0,3}?by"
)
# A statement carried on its issuer's own page, the issuer a possessive pronoun ("a statement on her website", "a post
# on its Telegram channel"), and the subject pronoun each possessive refers back as.
STATEMENT_ON_OWN_PAGE = (r"(?:(?:a|an|the)\s+)?(?:statement|press release|communiqu[eé]|release|post|message)\s+"
                         r"(?:(?:posted|published)\s+)?(?:on|in)\s+(?P<owner>his|her|its|their)\s+"
                         r"(?:official\s+)?(?:[\w-]+\s+)?(?:website|site|page|account|channel|feed|blog)(?!\w)")
# A statement its issuer's possessive pronoun owns: "his statement also blamed …", "their letter said …".
OWN_STATEMENT = (r"(?P<owner>his|her|its|their)\s+(?:(?:own|latest|written|official)\s+)?"
                 r"(?:statement|press release|communiqu[eé]|release|post|message|letter|tweet)(?!\w)")
OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# A participle after a statement that says where it was carried: "a statement, posted on the website of X".
POSTED_ON = r",?\s+(?:published|posted|released|issued)"
# A cue naming where a statement was carried, its issuer right after (read from the parse where there is one):
# "according to a statement released by the ministry", "follows from the press release of a regulator".
ACCORDING_TO_DOCUMENT = (
    r"(?:according to|follows from) (?:a|the) (?:\w+ )?(?:statement|press release|release|communiqu[eé]|post)"
    r" (?:(?:issued|released|published|posted|put out) )?(?:by|from|of)"
)
# A cue closing the sentence that names a body's own release and not its issuer (Russian «…, говорится в
# релизе.»); English says "…, the release said", a reference to the statement named before (ANAPHOR_DOCUMENT).
UNOWNED_RELEASE = ""
# Verbs that say only what a document says: "“…,” read a statement from the ministry", "the report found that …",
# "the study showed …" (of a person or a body they tell an act, not words).
DOCUMENT_VERBS = ("read", "find", "show")
# Nouns for a document that can be what such a verb's subject is: "the ministry's statement read", "X data showed",
# "a poll by X found".
DOCUMENT_NOUNS = ("statement", "release", "communique", "communiqué", "post", "letter", "message", "notice", "report",
                  "study", "survey", "poll", "data", "figures", "statistics", "numbers")
# A said-tag closing a quotation that names the document's issuer before the document's noun: "“…,” a Vexon statement
# read", "“…,” said the Vexon tweet", "“…,” Vexon's statement read" (the parse may take "read" for a noun and the
# issuer for no subject).
FINDINGS_OPENER = ""   # English reads "A report by X shows that …" from the parse
ISSUER_DOCUMENT_TAG = (r"[,”\"'’]\s*(?:(?P<before>read|reads|said|says|added|stated)\s+)?"
                       r"(?P<article>(?:a|an|the)\s+)?(?P<issuer>[^\W\d_][^,.;:!?\"“”]{0,40}?)(?(article)|['’]s)"
                       r"\s+(?:statement|press release|release|tweet|post"
                       r"|communiqu[eé]|message|letter|notice)(?(before)|\s+(?:read|reads|said|says|added|stated))\W*$")
# A phrase before a frame's subject that only tells how the words came: "In a statement on Monday, X said …".
MEDIUM_OPENERS = (r"(?:in|on|via|through) (?:a|an|the|its|his|her|their) (?:[\w\-]+ ){0,2}?(?:statement|release"
                  r"|press release|post|message|letter|communiqu[eé]|tweet|filing|notice)"
                  r"(?: (?:on|late on|early on|earlier on|issued on|released on|posted on|published on)"
                  r" (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?")

# --- page lines ---
# Words no sentence or headline ends with (articles, prepositions no verb strands, conjunctions, possessives): a line
# of running text ending with one was broken by the page inside its sentence, which goes on in the next line when that
# opens with a figure ("… the fine was raised to\n12 percent").
LINE_END_WORDS = ("the", "a", "an", "of", "to", "and", "or", "but", "nor", "than", "its", "their", "our", "your",
                  "his", "whose", "into", "onto", "between", "among", "toward", "towards", "with")
# A site's notice on its own content or terms, not a sentence of the article: an item a feed generated that no
# editor read, an update of the site's terms, a denial of responsibility for linked pages (regular expressions).
SITE_NOTICES = (
    r"\b(?:has|have|was|were) not been (?:edited|reviewed|checked) by\b|\bauto-?generated from\b"
    r"|\bsyndicated (?:news )?feed\b"
    r"|\b(?:not|cannot) (?:be )?(?:held )?responsible for (?:the )?contents? of (?:external|linked|third)"
    r"|\b(?:we are|we['’]re) updating our terms\b|\b(?:review|read|accept) (?:our|the) (?:updated )?terms of\b"
    # a wire's copyright line after its service's name, the owner's name alone after the word: "Coastal Wire Desk.
    # Copyright Coastal Wire." (not "Copyright law changed …")
    r"|(?:^|[.!?]\s+)copyright\s+(?:©\s*)?(?:(?:19|20)\d\d\s+)?(?-i:[A-Z])[^.!?]{0,60}[.!?]?$"
)

# --- person speakers ---
# Words that open a sentence adding to a report just cited ("According to X, A. In addition, B."): the sentence
# goes on with the cited source's report (a regular expression, matched at the sentence's start).
ADDING_OPENERS = r"in addition|moreover|furthermore|besides|additionally|on top of that|in general|overall"
# A sentence that goes on in the future of a report just cited, its subject a pronoun for what the report was
# about ("According to X, the plant will open in May. It will employ 300 people."): still the source's forecast,
# not the article's (matched at the sentence's start).
FORECAST_GOES_ON = r"(?:it|they|this|these)\s+(?:will|would|is\s+expected\s+to|are\s+expected\s+to)(?!\w)"
# A time or figure adverbial opening a sentence, a preposition and a figure within three words ("In 2030, …", "By the
# end of 2025, …"): after a cited report's figures, the run of figures goes on with it (matched at the start).
FIGURES_RUN_OPENERS = r"(?:in|by|from|until|since|through|over|during|for|of)\s+(?:[^\s,.;!?]+\s+){0,3}?[^\s,;!?]*\d"
# A poll's or a survey's name: a sentence its pollster speaks in opens a run of the poll's findings.
POLL_NOUNS = r"polls?|surveys?"
# What may stand between a pollster's name and its poll noun, the pollster as the one who ran the poll: "Northwire
# conducted a poll", "Northwire has carried out a new survey".
POLL_CONDUCTED = (r"(?:has\s+|have\s+|had\s+)?(?:conducted|carried\s+out|ran|commissioned)\s+(?:a|an|the|its|their)\s+"
                  r"(?:[\w-]+\s+){0,2}?")
# What may stand between a poll noun and its pollster's name after it: "a poll by Northwire", "a survey from
# Northwire", "the poll, conducted by Northwire".
POLL_CONDUCTED_BY = r",?\s+(?:(?:conducted|carried\s+out)\s+)?(?:by|from)"
# A share of the people a poll asked, as a finding's subject: "54% of respondents said", "seven percent said",
# "a majority of voters", "six out of 10 adults" (a run of such sentences after a cited poll is its pollster's).
# What comes between a share and the group it is of: "57% of Ruritanians", "a third of the voters".
SHARE_BEFORE_GROUP = r"(?:%|percent|per cent|majority|half|third|quarter)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?"
RESPONDENT_SHARES = (r"(?<!\w)(?:\d[\d.,]*\s*%|(?:\d[\d.,]*|[a-z]+)\s+(?:percent|per cent))\s+"
                     r"(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:respondents|voters|adults|americans|people"
                     r"|residents|citizens|democrats|republicans|independents|those|women|men|parents|workers)|said|say|says|think|believe"
                     r"|support|supported|back|backed|oppose|opposed|approve|approved|disapprove|want|wanted|expect)"
                     r"(?!\w)"
                     r"|(?<!\w)(?:majority|plurality|half|third|quarter|most) of (?:the\s+)?(?:respondents|voters"
                     r"|those (?:polled|surveyed|asked))(?!\w)"
                     r"|(?<!\w)(?:\d+|[a-z]+) (?:in|out of) (?:\d+|[a-z]+) (?:respondents|voters|adults|americans"
                     r"|people|democrats|republicans|independents)(?!\w)")

# --- wrong speakers ---
# Cases of a noun right before a body's name that make the name the outlet told, not who spoke (Russian
# "в беседе с корреспондентом NordNews сказал X"); English leaves it to the parse.
ADDRESSEE_CASES: frozenset[str] = frozenset()
# Nouns of a speaker's own letter or statement, in one of those cases right before a body's name, leave the body
# its subject, not the outlet told (Russian "в письме Союз фермеров заявил": the union's letter).
OWN_DOCUMENT_NOUNS: frozenset[str] = frozenset()
# Verbs of thinking that also weigh what one may do: "X was considering leaving", "X is considering a bid" tell no
# opinion of X's (in the progressive, or with a gerund for what is weighed); "X considers the plan a mistake" does.
CONTEMPLATING_LEMMAS = frozenset({"consider", "think", "contemplate", "weigh", "mull"})
# Verbs of asking and the words that open the question they put: a verb of saying in that question ("X asked
# residents what they think", "Y wondered whether Z had said so") is what was asked, and no one says it.
ASKING_LEMMAS = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
QUESTION_OPENERS = frozenset({"whether", "if", "what", "when", "how", "why", "where", "which", "who", "whom"})
# Texts a speaker puts out, and the verbs that put them out: "X issued a statement saying …", "X posted a message
# saying: …" (lemmas): the participle of saying on the text says what the subject of the verb says.
ISSUED_TEXT_NOUNS = frozenset({"statement", "release", "communiqué", "communique", "letter", "message", "post",
                               "note", "notice", "announcement", "tweet", "bulletin", "video", "update"})
ISSUING_LEMMAS = frozenset({"issue", "release", "publish", "post", "put", "send", "circulate", "distribute",
                            "make", "deliver", "file", "share", "tweet", "write", "adopt", "sign", "upload"})
# Verbs by which an article recalls what it published before, after "we" ("as we reported", "we wrote"): the
# article's own voice (a regular expression of the whole verb; FIRST_PERSON_SUBJECTS after the first are "we").
OWN_PUBLISHING_VERBS = r"reported|wrote|have reported|have written"
# Nouns for a text whose clause tells what the text says ("a report that said X had told friends …"): a speaker
# inside that clause is the text's, not the sentence's (lemmas).
REPORT_NOUNS = frozenset({"report", "article", "story", "post", "letter", "tweet", "document", "memo", "rumour",
                          "rumor", "leak", "publication", "column"})

# --- figures ---
# After a span of time written in words, what makes it a run counted: "two weeks in a row".
CONSECUTIVE_AFTER = ("in a row", "running")
# (Russian appends "на" and a filler to DURATION_CUES and DURATION_FILLERS here; English "for" is a cue already.)
# After a span of time written in words, a word that fills it with what happened: "three days of heavy rain",
# "one day of talks" ("three quarters of the vote" is a part: PART_NOUNS).
SPAN_FILLED_BY = ("of",)
# Right before a span of time written in words, words that bound it by an edge of time, which make it a span with or
# without a duration cue: "the last two years were hard", "the next three months".
SPAN_OPENERS = ("the last", "the past", "the next", "the first", "the prior", "the previous", "the coming",
                "the nearest", "the remaining", "the final")

# --- units ---
# A unit word that is also an ordinal: no unit when a hyphen joins it to the next word ("2 second-half goals",
# "3 second-round votes"; not "a 30-second clip").
ORDINAL_UNITS = {"second"}
# A currency's country as the text names it, for a sign several share (SHARED_SIGNS in lang/__init__.py).
CURRENCY_COUNTRIES = {"KES": r"Kenya", "UGX": r"Uganda", "TZS": r"Tanzania"}


# --- report reach ---
# (Russian: the short passive participles that tell a statement's words, "В заявлении указано"; English says
# "the statement says", a verb with its subject)
DOCUMENT_SAID_PARTICIPLES = ""

# --- body names ---
# Last words of the name of a body that has a building, which the model may take for a place: "the Vell Memorial
# Hospital", "the Ruritanian Embassy" are bodies (lower-case heads: BODY_NOUNS).
INSTITUTION_HEADS = ("Hospital", "Embassy", "Consulate", "University", "College", "Clinic")
# Last words of a body's full name that its short name leaves off, besides legal forms, company suffixes and the heads
# of bodies' names: "Vexon Materials" … "Vexon said", "Norvale Regional Airport" … "Norvale Regional".
SHORT_NAME_TAILS = ("Foods", "Materials", "Communications", "Airport", "District", "Hospital", "Clinic", "Museum",
                    "Energy", "Bank", "Brands", "Electronics", "Resources", "Media", "Capital", "Entertainment", "Software")
# Words of a firm's trade that make a company's name of a title's word before them ("Trustee Financial Group",
# "Ranger Energy"): a title's word followed by one (or by a legal form, a company's last word) is no title (names.py).
# (not "Steel", "Gas", "Power": common surnames too, and "Inspector Steel" is a person)
FIRM_WORDS = ("Financial", "Finance", "Insurance", "Investment", "Investments", "Securities", "Ventures", "Equity",
              "Realty", "Properties", "Estates", "Mining", "Minerals", "Oil", "Petroleum", "Chemicals", "Foods",
              "Beverages", "Brewing", "Textiles", "Apparel", "Retail", "Stores", "Trading",
              "Fund", "Funds", "Capital", "Asset", "Assets", "Credit", "Savings", "Mutual", "Solutions")
# A body's head written short, as an acronym or a contraction, and in full: "the MFA" … "the Ministry of Foreign Affairs
# of Ruritania" are one body in one text (whatever follows the head, when only one body there has that head in full).
BODY_SHORT_HEADS = {"MFA": "Ministry of Foreign Affairs", "MOD": "Ministry of Defence", "MoD": "Ministry of Defence",
                    "EC": "Election Commission", "CEC": "Central Election Commission"}
# The words for the head of a body named by its short head, and the title of the head of each kind of body in full
# (English writes "the defence minister" rather than "the head of the MoD": none yet).
HEAD_OF_BODY_WORDS = ""
HEAD_TITLES_OF_BODIES: dict[str, str] = {}

# Words opening a subordinate clause, for the Russian bare-comma cut (English cuts at no bare comma): none.
SUBORDINATING_OPENERS: tuple[str, ...] = ()

# --- sentence cuts inside a figure ---
# Abbreviations a full stop ends before a figure, which go on into it ("approx. 4,000 people"); currency signs spelt
# with letters ("Sh. 45 billion", "Tk. 8,000") are read from CURRENCY_SIGNS (lang/__init__.py) besides.
ABBREVIATIONS_BEFORE_FIGURES = ("approx",)
# Words after an abbreviated currency (key) that tell whose currency it is, which no sentence starts with
# (Russian «долл. США»; English writes "US dollars").
CURRENCY_QUALIFIERS: dict[str, tuple[str, ...]] = {}

# After a figure's unit, words that make it the margin between two, counted even when written in words and with no
# cue of a span: "two seconds behind", "four months behind plan", "one goal short of the record", "five points
# clear" (not "back": "two years back" is a time, as "ago").
MARGIN_AFTER = ("behind", "short of", "clear", "adrift")

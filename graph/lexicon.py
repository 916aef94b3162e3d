"""Word lists the rules use, in English and Russian.

General language knowledge only (months, reporting verbs, number words, units,
boilerplate cues); the domain's names live in ``ontology/registry.ttl``.
"""
from __future__ import annotations

MONTHS = {
    **{m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)},
    "sept": 9,
    # Russian: nominative and genitive
    **{m: i for i, m in enumerate(
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
         "сентябрь", "октябрь", "ноябрь", "декабрь"], 1)},
    **{m: i for i, m in enumerate(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
         "сентября", "октября", "ноября", "декабря"], 1)},
    **{m: i for i, m in enumerate(
        ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
         "сентябре", "октябре", "ноябре", "декабре"], 1)},
}

# Paragraphs that are site furniture, not article text (matched at paragraph start).
BOILERPLATE_LINE = (
    r"read more|read also|see also|more on this|also read|you may also like|you might also like"
    r"|related(?: news| articles| stories| posts)?|recommended|most read|latest news|source(?: link)?"
    r"|photo(?: credit)?|photos?|image|video|tags?|topics|share(?: this)?|follow us|subscribe"
    r"|editing(?: and translating)? by|edited by|translated by|translation by|written by|reporting by"
    r"|copyright|©|all rights reserved|advertisement|sponsored|our standards|the views expressed"
    r"|disclaimer|by [A-Z][a-z]+ [A-Z][a-z]+$"
    r"|читайте также|читать также|смотрите также|подробнее|по теме|фото|видео|теги|поделиться"
    r"|реклама|источник|редактор|перевод|подписывайтесь|новости по теме|самое читаемое"
)
# Headings after which the rest of a page is other articles.
TRAILER_HEADING = (
    r"you may also like|you might also like|related(?: news| articles| stories| posts)?|more news"
    r"|recommended|most read|latest news|читайте также|новости по теме|по теме|самое читаемое"
)

# Reporting verbs: the speaker is their subject. Stems match inflections.
REPORTING_VERBS_EN = (
    "said", "says", "stated", "told", "tells", "noted", "notes",     "stressed", "stresses", "emphasized", "emphasizes", "emphasised", "emphasises",
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
    )
# Lemmas of English verbs of saying and of speech acts, for the dependency parse: their subject speaks.
SPEECH_LEMMAS_EN = frozenset({
    "say", "tell", "state", "note", "stress", "emphasize", "emphasise", "underline", "underscore", "add",
    "recall", "remind", "warn", "announce", "report", "declare", "claim", "believe", "think", "assess",
    "assure", "insist", "explain", "confirm", "express", "indicate", "mention", "argue", "conclude", "write",
    "urge", "highlight", "acknowledge", "admit", "deny", "inform", "specify", "suggest", "reply", "answer",
    "reject", "accuse", "dismiss", "demand", "comment", "clarify", "expect", "hope", "consider", "thank",
    "condemn", "support", "hint", "praise", "criticize", "criticise", "welcome", "predict", "estimate",
    "forecast", "promise", "pledge", "vow", "threaten", "allege", "blame", "complain", "caution", "reiterate",
    "maintain", "contend", "observe", "disclose", "reveal", "describe", "call", "point", "project", "tweet",
    "post", "signal", "concede", "counter", "stress", "voice", "denounce", "slam", "accuse", "rule",
})
# Verbs by which an outlet passes on what someone else said: "…, X said, quoted by Y".
RELAY_LEMMAS_EN = frozenset({"quote", "cite"})
REPORTING_STEMS_RU = (
    "заяв", "сказал", "сказа", "отмет", "подчеркн", "сообщ", "добав", "напомн", "заметил",
    "указал", "указыва", "пояснил", "объясн", "признал", "предупред", "считает", "считают",
    "уверен", "выраз", "констатир", "резюмир", "рассказал", "ответил", "уточнил", "призвал",
    "высказал", "говор", "процитир", "информир", "утвержда", "полага",
    "оценил", "посетовал", "выразил", "назвал", "акцентир", "отверг", "опроверг", "отрица", "обвини",
    "обвиня", "потребова", "настаива", "пригроз", "осуд", "поблагодар", "благодар", "раскритик", "критик",
    "приветств", "поддерж", "намекн", "намека", "предостер", "пообещ", "обеща", "спрогнозир", "прогнозир",
    "ожида", "возраз",
)
ACCORDING_TO = (
    r"according to|as reported by|in (?:his|her|their) words|as stated by|as (?:\w+ )?(?:said|noted|stated|emphasized|stressed) by"
    r"|по словам|по данным|по мнению|по информации|по сообщению"
    r"|как (?:отмечается|говорится|сообщается|подчеркивается|подчёркивается|указывается|уточняется) в"
    r"|как (?:заявил|заявила|заявили|сообщил|сообщила"
    r"|сообщили|сообщает|сообщают|отметил|отметила|отметили|подчеркнул|подчеркнула|подчеркнули"
    r"|сказал|сказала|сказали|указал|указали|пояснил|пояснили|напомнил|напомнили|рассказал|рассказали)"
)

# Words that refer back to a speaker named earlier, by the kind of speaker they fit.
# Russian forms are stems, so every case matches ("министра", "ведомстве").
ANAPHOR_PERSON = (
    r"he|she|он|она"
    r"|the (?:[A-Za-z]+ ){0,2}?(?:president|minister|premier|leader|official|spokes(?:man|woman|person)"
    r"|diplomat|politician|chairman|chairwoman|ambassador|envoy|co-chair|assistant|aide|adviser|advisor"
    r"|commander|general|secretary|governor|mayor|negotiator|representative|expert|analyst|head of state"
    r"|head of government|press secretary|co-chairs?)"
    r"|the head of (?:state|government|the ministry|diplomacy)"
    r"|президент\w*|министр\w*|премьер\w*|вице-премьер\w*|лидер\w*|дипломат\w*|политик\w*|политолог\w*"
    r"|эксперт\w*|аналитик\w*|пресс-секретар\w*|спикер\w*|помощник\w*|советник\w*|сопредседател\w*"
    r"|председател\w*|посол\w*|посла|официальн\w* представител\w*"
    r"|глав\w* (?:государства|правительства|мид|ведомства|дипломатии|министерства)"
)
ANAPHOR_ORG = (
    r"the (?:(?:foreign |defen[cs]e )?ministry|press service|office|department|agency|government|cabinet"
    r"|administration|committee|commission|council|service|cent(?:re|er)|mission|secretariat|company|firm"
    r"|(?:central )?bank|court|party|regulator|group|carrier|airline|manufacturer|retailer|operator|insurer"
    r"|lender|union|federation|association|board|fund|organi[sz]ation|body|authority|authorities|alliance"
    r"|coalition|army|military|police|prosecutor'?s? office|prosecution|club|league)"
    r"|министерств\w*|ведомств\w*|пресс-служб\w*|правительств\w*"
)
ANAPHOR_DOCUMENT = (
    r"the (?:statement|document|message|report|release|press release|communiqu[eé]|text)"
    r"|заявлени\w*|документ\w*|сообщени\w*|коммюнике"
)
# Head nouns of generic references, matched against English labels ("the ministry").
ANAPHOR_HEADS = {"ministry": "ministry", "министерств": "ministry", "ведомств": "ministry",
                 "мид": "ministry", "service": "service", "служб": "service", "administration": "administration",
                 "committee": "committee", "commission": "commission", "council": "council", "centre": "cent",
                 "center": "cent", "mission": "mission", "комитет": "committee", "комисси": "commission",
                 "администраци": "administration", "совет": "council", "центр": "cent", "мисси": "mission"}
STATEMENT_NOUNS = (r"statement", r"press release", r"communiqu[eé]", r"заявлени", r"сообщени",
                   r"пресс-релиз", r"коммюнике")

NUMBER_WORDS_EN = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "dozens": 12,
}
NUMBER_WORDS_RU = {
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3, "трём": 3, "тремя": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "четырем": 4, "четырём": 4, "четырьмя": 4,
    "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "ста": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500,
    # collective numerals count people: "двое журналистов"
    "двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4, "пятеро": 5, "пятерых": 5,
    "шестеро": 6, "семеро": 7,
}
SCALE_WORDS = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9,
    "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "тысячам": 1e3,
    "тысячами": 1e3, "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
    "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
}
APPROXIMATE = (
    r"about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|close to|up to"
    r"|около|примерно|приблизительно|почти|порядка|свыше|более|менее|до|около|почти|не менее|не более"
    r"|more than|over|less than|fewer than|at least|at most|no fewer than|no more than|in excess of"
)
LOWER_BOUND = {"more than", "over", "at least", "no fewer than", "in excess of", "свыше", "более", "не менее"}
UPPER_BOUND = {"up to", "less than", "fewer than", "at most", "no more than", "до", "менее", "не более"}

# Words that end a unit phrase ("500 tonnes of flour were shipped").
UNIT_STOP_EN = {
    "were", "was", "have", "has", "had", "are", "is", "be", "been", "will", "would", "to", "from",
    "in", "at", "on", "by", "for", "since", "and", "or", "but", "that", "which", "who", "with",
    "into", "across", "during", "per", "than", "as", "the", "a", "an", "this", "these", "those",
    "their", "its", "his", "her", "our", "they", "we", "it", "there", "already", "also", "still",
    "returned", "delivered", "detected", "destroyed", "checked", "cleared", "deployed", "killed",
}
UNIT_KEEP_OF_EN = {"prisoners", "persons", "packages", "sets", "batches"}   # "prisoners of war"
UNIT_STOP_RU = {
    "в", "во", "на", "из", "с", "со", "к", "ко", "по", "за", "от", "до", "и", "или", "а", "но",
    "что", "который", "которые", "которых", "были", "был", "была", "было", "уже", "также", "для",
    "при", "об", "о", "у", "же", "не", "ещё", "еще",
}
# Nouns that follow a number without being a counted unit.
NOT_UNITS = {
    "year", "years", "years'", "day", "days", "month", "months", "week", "weeks", "hour", "hours",
    "minute", "minutes", "per", "session", "century", "anniversary", "time", "times",
    "год", "года", "году", "лет", "годы", "день", "дня", "дней", "месяц", "месяца", "месяцев",
    "неделя", "недели", "недель", "час", "часа", "часов", "раз", "раза", "сессии", "сессия", "века",
}
# Event cues: a claim about something that happened, with participants, place, date.
EVENT_CUES_EN = (
    r"\b(?:met|meets|meeting|meetings|talks|negotiations|summit|signed|signs|signing|deployed|deployment"
    r"|held|hold|holds|visited|visits|visit|arrived|exchange|exchanged|returned|handed over|transferred"
    r"|delivered|launched|opened|resumed|attacked|shelled|killed|ceasefire|agreed|conversation|call)\b"
)
EVENT_CUES_RU = (
    r"(?:встреч|переговор|саммит|подписа|размест|развернул|провел|провёл|прошл|состоял|визит|прибыл"
    r"|обмен|вернул|возврат|передал|достигнут|доставл|возобнов|открыл|запущ|договорил|разговор)"
)

# Titles before a person's name, for names the registry lacks.
PERSON_TITLES_EN = (
    "President", "Prime Minister", "Deputy Prime Minister", "Vice Prime Minister", "Minister",
    "Foreign Minister", "Defence Minister", "Defense Minister", "Deputy Foreign Minister",
    "Deputy Minister", "Ambassador", "Envoy", "Special Representative", "spokesman", "spokeswoman",
    "spokesperson", "Spokesman", "Spokeswoman", "Spokesperson", "General", "Lieutenant General",
    "Major General", "Colonel General", "Colonel", "Commander", "Chairman", "Chairwoman", "Speaker",
    "Secretary", "Secretary-General", "Secretary General", "Director", "Mayor", "Governor", "Senator",
    "MP", "Mr", "Mrs", "Ms", "Dr", "aide", "adviser", "advisor", "Ombudsman", "Patriarch", "Catholicos",
    "co-chair", "Co-Chair", "head", "Head", "leader", "Leader", "Chief", "chief",
    "Chief Executive", "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer",
    "Chief Justice", "Justice", "Judge", "Prosecutor", "CEO", "Chairperson", "Managing Director",
    "Executive Director", "Executive", "President-elect", "Vice President",
)
# Titles in apposition after a name: "Lilit Hakobyan, a spokeswoman for …".
APPOSITION_TITLES_EN = (
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "co-chair", "head", "leader",
    "chief", "minister", "official", "ambassador", "envoy", "deputy", "commander", "director",
    "representative", "chairman", "chairwoman", "secretary", "governor", "mayor", "lawmaker", "member",
    "analyst", "expert", "researcher", "professor", "journalist", "correspondent", "officer", "diplomat",
    "general", "colonel", "commander", "resident", "farmer", "teacher", "doctor", "activist",
)
# Words that name a kind of place before or after its name: "the village of Tegh", "Askeran district".
PLACE_NOUNS_EN = ("village", "town", "city", "settlement", "district", "region", "province", "community",
                  "checkpoint", "border crossing", "pass")
PLACE_NOUNS_RU = ("село", "села", "селе", "селом", "деревня", "деревни", "город", "города", "городе",
                  "поселок", "посёлок", "поселка", "посёлка", "поселке", "посёлке", "кпп", "пункт пропуска")
# Last words of organisation names.
ORG_HEADS_EN = (
    "Ministry", "Committee", "Council", "Agency", "Service", "Centre", "Center", "Commission",
    "Assembly", "Parliament", "Party", "Union", "Organization", "Organisation", "Office", "Bank",
    "Court", "Fund", "Institute", "University", "Company", "Corporation", "Department", "Directorate",
    "Administration", "Government", "Foundation", "Federation", "Association", "Coalition",
)

# Currency signs before a figure: "€500 million", "$1.5 billion".
CURRENCY_SIGNS = {"$": "dollars", "€": "euros", "£": "pounds", "₽": "rubles", "₼": "manats", "֏": "drams"}

# Nouns that "two" pairs rather than counts: "the two countries", "между двумя странами".
PAIRED_NOUNS = {"countries", "sides", "states", "leaders", "parties", "nations", "republics", "neighbours",
                "neighbors", "presidents", "ministers", "capitals", "rivals", "сторон", "стран",
                "государств", "лидер", "республик", "столиц", "соседей", "министр", "президент"}

# Demonyms and their countries, for "Armenia's defence ministry" beside "Armenian Defence Ministry".
DEMONYMS = {"Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Russian": "Russia", "Turkish": "Turkey",
            "Iranian": "Iran", "Georgian": "Georgia", "French": "France", "American": "US", "Ukrainian": "Ukraine",
            "Kazakh": "Kazakhstan", "Belarusian": "Belarus", "Chinese": "China", "German": "Germany"}

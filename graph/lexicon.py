"""Word lists the rules use, in English and Russian.

General language knowledge only (months, reporting verbs, boilerplate cues;
the figures' number words and units are in ``graph/lang/``); the domain's
names live in ``ontology/registry.ttl``.
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
    "signal", "concede", "counter", "stress", "voice", "denounce", "slam", "accuse", "rule",
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

# Event cues: a claim about something that happened, with participants, place, date.
EVENT_CUES_EN = (
    r"\b(?:met|meets|meeting|meetings|talks|negotiations|summit|signed|signs|signing|deployed|deployment"
    r"|held|hold|holds|visited|visits|visit|arrived|exchange|exchanged|returned|handed over|transferred"
    r"|delivered|launched|opened|resumed|attacked|shelled|killed|ceasefire|agreed|conversation|call"
    r"|received|discussed|issued|viewed|toured|entered|crossed|detained|arrested|evacuated|injured|struck"
    r"|voted|approved|adopted|announced|sentenced|convicted|fined|suspended|elected|raised|cut|closed"
    r"|collapsed|erupted|hit|died|fled|withdrew|seized|captured|fired|made the remarks)\b"
)
EVENT_CUES_RU = (
    r"(?:встреч|переговор|саммит|подписа|размест|развернул|провел|провёл|прошл|состоял|визит|прибыл"
    r"|обмен|вернул|возврат|передал|достигнут|доставл|возобнов|открыл|запущ|договорил|разговор"
    r"|обсудил|принял|вошл|вошел|вошёл|задержа|арестова|эвакуир|пострада|погиб|приговор|осужд|проголосова"
    r"|одобрил|избра|повысил|понизил|снизил|сохранил|поврежд|обстрел|атакова|покинул|вывел)"
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
    "Authority", "Board", "Tribunal", "Commissariat", "Bureau", "Inspectorate", "Regulator",
)

# Demonyms and their countries, for "Armenia's defence ministry" beside "Armenian Defence Ministry".
DEMONYMS = {"Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Russian": "Russia", "Turkish": "Turkey",
            "Iranian": "Iran", "Georgian": "Georgia", "French": "France", "American": "US", "Ukrainian": "Ukraine",
            "Kazakh": "Kazakhstan", "Belarusian": "Belarus", "Chinese": "China", "German": "Germany"}

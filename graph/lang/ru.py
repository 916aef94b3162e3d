"""Russian: the tables the rules read, by what they are for."""
from __future__ import annotations

# ---------------------------------------------------------------------------
# Figures: number words, scales, bounds, units (read by extract/quantities.py)
# ---------------------------------------------------------------------------

NUMBER_WORDS = {
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3, "трём": 3,
    "тремя": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "четырем": 4, "четырём": 4, "четырьмя": 4,
    "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "ста": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    # the oblique cases the nominative forms above lack: "более пятнадцати человек", "около трехсот военных"
    "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
    "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19,
    "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90,
    "двухсот": 200, "трехсот": 300, "трёхсот": 300, "четырехсот": 400, "четырёхсот": 400, "пятисот": 500,
    "шестисот": 600, "семисот": 700, "восьмисот": 800, "девятисот": 900,
    # collective numerals count people: "двое журналистов"
    "двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4, "пятеро": 5, "пятерых": 5,
    "шестеро": 6, "шестерых": 6, "семеро": 7, "семерых": 7, "восьмеро": 8, "восьмерых": 8,
    "девятеро": 9, "девятерых": 9, "десятеро": 10, "десятерых": 10,
    "двоим": 2, "троим": 3, "четверым": 4, "пятерым": 5, "шестерым": 6, "семерым": 7, "восьмерым": 8,
    "полтора": 1.5, "полторы": 1.5, "полутора": 1.5,
    "полмиллиона": 5e5, "полмиллиарда": 5e8, "полтысячи": 500,
    "полумиллиона": 5e5, "полумиллиарда": 5e8, "полутысячи": 500,
}
HUNDREDS: tuple[str, ...] = ()
# A number word that counts only as a second figure borrowing the first's unit ("трое погибли, один ранен").
LONE_NUMBERS = {"один": 1, "одна": 1, "одно": 1}
SCALE_FRACTIONS: dict[str, float] = {}
FRACTION_UNITS = ""
FRACTION_FILLERS: tuple[str, ...] = ()
SCALE_WORDS = {
    "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "тысячам": 1e3,
    "тысячами": 1e3, "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
    "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
    "трлн": 1e12, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12,
}
SIGN_SCALES: dict[str, float] = {}
BOUND_SUFFIXES = {"+": "min"}
DECIMAL_COMMA = True
PARTICIPLE_ENDINGS: tuple[str, ...] = ()    # morphology tells Russian participles
PLURAL_ENDING = ""                          # and plurals
# Words a number joins by a hyphen to describe, not count (Russian writes such compounds as one word).
DESCRIBING_COMPOUNDS: frozenset[str] = frozenset()
APPROXIMATE = ("около", "примерно", "приблизительно", "почти", "порядка")
LOWER_BOUND = ("свыше", "более", "не менее", "больше", "более чем", "не меньше", "как минимум", "минимум",
               "по меньшей мере", "по крайней мере")
UPPER_BOUND = ("до", "менее", "не более", "меньше", "не больше", "максимум", "как максимум")
BOUND_FILLERS: tuple[str, ...] = ()
# "до" after a change or a comma names the value reached ("снизилась до 3,2%"), not a bound ("до 10 лет").
TARGET_BOUNDS = ("до",)
# The preposition of a change's size: after "на 50 б.п." a "до" names the value reached.
CHANGE_BY = ("на",)
CHANGE_LEMMAS = frozenset({
    "вырасти", "расти", "возрасти", "снизить", "снизиться", "снижаться", "сократить", "сократиться",
    "увеличить", "увеличиться", "уменьшить", "уменьшиться", "упасть", "падать", "подняться", "повысить",
    "повыситься", "понизить", "понизиться", "замедлиться", "ускориться", "подорожать", "подешеветь",
    "опуститься", "довести", "рост", "снижение", "повышение", "понижение", "сокращение", "увеличение",
})

# Two figures that are the ends of one range: "с 7,5 до 7,75%", "от 3 до 5 тонн", "между 3 и 5".
RANGE_OPENERS = {"с": "до", "со": "до", "от": "до", "между": "и"}
RANGE_JOINERS = ("-", "–", "—")
# "290 против 201": the tally names itself; "голосами 290-201" needs a cue.
TALLY_JOINERS = ("против", "-", "–", "—")
TALLY_CUES = r"голос|проголосова|\bпротив\b|принят|одобр|воздерж"
TALLY_UNIT = "голосов"
TALLY_NOUNS = r"большинств\w*|решени\w*"
TALLY_SIDES = ("за", "против")
DURATION_CUES = ("в течение", "на протяжении", "за", "приговорил к", "приговорила к", "приговорили к",
                 "приговорен к", "приговорена к", "приговорён к", "приговорены к", "сроком на", "сроком в")
DURATION_FILLERS = ("последние", "ближайшие", "первые", "следующие")
# After a span of time, what makes it a term served: "четыре года общего режима", "девять месяцев колонии".
# After a number, its half: "two and a half million", "два с половиной часа".
AND_A_HALF = ("с половиной",)
# Before a number word, a vague count: "several hundred" is no figure, as "hundreds" is none.
VAGUE_COUNTS = ("несколько", "много", "многие")
TERM_AFTER = ("колонии", "колонию", "лишения свободы", "заключения", "тюрьмы", "общего режима", "строгого режима",
              "особого режима", "условно", "ареста")
AGE_CUES = ("в возрасте",)
AGE_UNIT = "лет"
AGE_ADJECTIVE = r"летн(?:ий|его|ему|им|ем|яя|ей|юю|ие|их|ими)(?!\w)"
TIME_POINT_BEFORE = ("через", "спустя")
TIME_POINT_AFTER = ("назад", "спустя", "позже", "раньше", "до", "после")
# Per-cent words after a figure (a regular expression): "5 процентов", "5 проц.".
PERCENT = r"процент(?:ов|а|ы|ам|ами|ах|у)?(?!\w)|проц\."
MINUS_WORDS = ("минус",)
BELOW_ZERO = ("мороза",)                            # "40 градусов мороза" is -40
PLUS_MINUS = ("плюс-минус", "плюс/минус", "плюс минус", "плюс или минус")
RATE_JOINERS: tuple[str, ...] = ()
PRICE_JOINERS: tuple[str, ...] = ()
PER = "за"

# Factors: "в 1,5 раза", "в два раза больше"; and written as one word ("вдвое", "удвоился").
FACTOR_NOUNS = r"раза|раз"
FACTOR_ALONE = ""
FACTOR_AFTER = r"больше|меньше|выше|ниже"
FACTOR_BEFORE = r"в|во"
FACTOR_WORDS = {r"вдвое": 2, r"втрое": 3, r"вчетверо": 4, r"впятеро": 5, r"вдесятеро": 10,
                r"удвои\w*|удвоен\w*": 2, r"утроил\w*|утроен\w*": 3}
FACTOR_UNIT = "раза"

UNIT_STOP = {
    "в", "во", "на", "из", "с", "со", "к", "ко", "по", "за", "от", "до", "и", "или", "а", "но",
    "что", "который", "которые", "которых", "были", "был", "была", "было", "уже", "также", "для",
    "при", "об", "о", "у", "же", "не", "ещё", "еще", "против",
}
UNIT_KEEP_OF: set[str] = set()
PREDICATIVES: set[str] = set()
UNIT_ABBREVIATIONS = {"кв", "куб", "долл", "руб", "п", "б"}
NOT_UNITS = {"год", "года", "году", "лет", "годы", "раз", "раза", "сессии", "сессия", "века",
             # parts of a whole: "две трети жителей", "три четверти голосов"
             "трети", "третей", "четверти", "четвертей", "половины"}
TIME_STEMS = ("дн", "недел", "месяч", "месяц", "лет", "летн", "год", "час", "минут", "секунд", "суточн",
              "сутки", "суток")
PARTITIVE = ("из своих", "из их", "из его")
ANAPHORIC = ("из них", "из которых")
ANAPHORIC_BEFORE = ("из них", "из которых", "в том числе", "среди них")
COUNT_HEADS = ("число", "числа", "количество", "количества", "численность")
COUNTED_BY = {r"населени[еяю]": "человек", r"магнитуд\w*": "магнитуды"}
AMOUNT_VERBS = r"составил[аои]?|достиг(?:ло|ла|ли)?"
MEASURED_NOUNS = {"цены", "ставки", "акции", "продажи", "доходы", "расходы", "потери", "показатели", "темпы"}
PEOPLE_VERBS = r"(?:погибл|ранен|ранил|убит|убил|эвакуирова|задержа|пострадал|госпитализирова|спас)\w*"
PEOPLE_UNIT = "человек"
# Number words that count people even with no noun after them: "Шестеро получили сроки", "осудили восьмерых".
COLLECTIVE_NUMERALS = frozenset({"двое", "двоих", "двоим", "трое", "троих", "троим", "четверо", "четверых", "четверым",
                                 "пятеро", "пятерых", "пятерым", "шестеро", "шестерых", "шестерым", "семеро",
                                 "семерых", "семерым", "восьмеро", "восьмерых", "восьмерым", "девятеро", "девятерых",
                                 "десятеро", "десятерых"})
PEOPLE_AFTER = r"(?:были\s+)?(?:погибл|ранен|убит|эвакуирова|задержа|пострадал|госпитализирова|спасен|скончал)\w*"
SUBJECT_VERBS = r"(?:были|будут|остаются|остались|числятся|находятся|считаются)"
FIGURE_ARTICLES: tuple[str, ...] = ()
PART_OF = ("из",)
YEAR_BEFORE = ("после", "между", "к")
ELLIPSIS_JOINERS = ("и", "еще", "ещё")
COORDINATORS = ("и", "или")
COMPARED = ("больше", "меньше", "более", "менее")
READING_TIME = (r"(?:читать|время чтения:?|чтение:?)\s*(?:за\s*)?\d+\s*мин(?:ут[аыу]?)?\.?"
                r"|\d+(?:[,.\u00a0 ]\d{3})*\s*(?:просмотр\w*|комментари\w*)"
                r"(?:\W*\d+(?:\s*(?:просмотр\w*|комментари\w*))?)?")
TIME_OF_DAY = r"ч(?:ас(?:а|ов)?)?\.?\s*(?:утра|дня|вечера|ночи)(?!\w)|мск(?!\w)"
DECADE = r"-?х(?!\w)|-?е\s+год"
ORDINAL_SUFFIXES = ("й", "-й", "го", "-го", "я", "-я", "е", "-е", "м", "-м")
REFERENCE_NOUNS = (r"пункт\w*|стать\w*|част\w*|раздел\w*|резолюци\w*|(?:указ|закон|приказ|протокол)(?:а|у|ом|е)?"
                   r"|постановлени\w*|приложени\w*|ч\.|ст\.|п\.|пп\.|подп\.|абз\.|гл\.")
NOT_COUNTED: set[str] = set()
PART_NOUNS: tuple[str, ...] = ()          # "три четверти": no unit the tables know
COLLECTIVE_NOUNS: set[str] = set()
PAIRED_NOUNS = {"сторон", "стран", "государств", "лидер", "республик", "столиц", "соседей", "министр",
                "президент"}

# Unit phrases as the lemmatiser gives them (or as written, for abbreviations) and their canonical unit.
UNITS = {
    "человек": "people", "люди": "people",
    "т": "t", "тонна": "t", "кг": "kg", "килограмм": "kg",
    "км": "km", "километр": "km", "м": "m", "метр": "m",
    "кв км": "km2", "км2": "km2", "км²": "km2", "квадратный километр": "km2",
    "кв м": "m2", "м2": "m2", "м²": "m2", "квадратный метр": "m2",
    "га": "ha", "гектар": "ha", "миля": "mi", "квадратный миля": "mi2",
    "м3": "m3", "м³": "m3", "куб м": "m3", "кубометр": "m3", "кубический метр": "m3",
    "доллар": "USD", "долл": "USD", "доллар сша": "USD", "евро": "EUR", "рубль": "RUB", "руб": "RUB",
    "манат": "AZN", "драм": "AMD", "лари": "GEL", "фунт стерлингов": "GBP",
    "иена": "JPY", "иен": "JPY", "юань": "CNY", "рупия": "INR", "швейцарский франк": "CHF", "гривна": "UAH",
    "лира": "TRY", "тенге": "KZT", "найра": "NGN", "рэнд": "ZAR", "злотый": "PLN", "вона": "KRW",
    "белорусский рубль": "BYN", "сингапурский доллар": "SGD", "австралийский доллар": "AUD",
    "канадский доллар": "CAD", "гонконгский доллар": "HKD",
    "час": "h", "минута": "min", "день": "d", "сутки": "d", "неделя": "wk", "месяц": "mo", "год": "yr",
    "квартал": "qtr",
    "часовой": "h", "минутный": "min", "дневной": "d", "суточный": "d", "недельный": "wk", "месячный": "mo",
    "градус": "cel", "квт": "kW", "мвт": "MW", "гвт": "GW", "киловатт": "kW", "мегаватт": "MW",
    "гигаватт": "GW", "квт ч": "kWh", "мвт ч": "MWh", "гвт ч": "GWh", "баррель": "bbl",
    "процент": "%", "процентный пункт": "pp", "п п": "pp", "базисный пункт": "bp", "б п": "bp", "голос": "votes",
}


# ---------------------------------------------------------------------------
# Dates (read by ingest.py, names.py, extract/quantities.py)
# ---------------------------------------------------------------------------

# Nominative, genitive and prepositional forms.
MONTHS = {
    **{m: i for i, m in enumerate(
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
         "сентябрь", "октябрь", "ноябрь", "декабрь"], 1)},
    **{m: i for i, m in enumerate(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
         "сентября", "октября", "ноября", "декабря"], 1)},
    **{m: i for i, m in enumerate(
        ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
         "сентябре", "октябре", "ноябре", "декабре"], 1)},
    # as datelines abbreviate them: "ОСТРАВА, 19 мар — Вестник"
    **{m: i for i, m in enumerate(
        ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"], 1)},
    "сент": 9, "нояб": 11,
}

BEFORE_YEAR = ("в", "с", "к")
YEAR_WORDS = r"год|г\."
# Written after the year of a full date: "26 ноября 2021 г.", "2021 года".
YEAR_SUFFIXES = r"г\.|года"

# ---------------------------------------------------------------------------
# Page furniture (read by ingest.py): regular-expression alternations
# ---------------------------------------------------------------------------

BOILERPLATE_LINE = (
    r"читайте также|читать также|смотрите также|подробнее|по теме|фото|видео|теги|поделиться"
    r"|реклама|источник|редактор|перевод|подписывайтесь|новости по теме|самое читаемое"
    r"|комментарии (?:закрыты|отключены)|закрыть (?:окно )?поиск\w*|перейти к (?:основному )?содержанию"
    r"|\d+\s*мин(?:ут[аы]?)?\.?\s+чтения$"   # время чтения: "3 мин чтения"
    r"|нажмите\b.{0,20}\bдля перехода к (?:основному )?содержанию"
    r"|(?:назад|вернуться) (?:в|к) (?:рубрик\w*|раздел\w*|списк\w*|новост\w*)\W*$"   # a link back up the site
    r"|меньше минуты(?: чтения)?\W*$"
)
TRAILER_HEADING = r"читайте также|новости по теме|по теме|самое читаемое"
BYLINE = r"Автор:?"

# Furniture anywhere on the page (the English module says what each table is for).
FURNITURE_OPENERS = (
    r"беседовал\w*|интервью (?:взял|записал|подготовил)\w*|материал подготовил\w*|контакты\s*:"
    r"|(?:опубликовано|обновлено|дата публикации|дата обновления)\s*:"
    r"|(?:персоны|темы|рубрик\w*|категори\w*|разделы)\s*:|опубликован\w* в (?:раздел\w*|рубрик\w*)"
    r"|при (?:полном или частичном )?(?:использовании|цитировании|перепечатке|копировании)"
    r"|использование материалов|перепечатка (?:материалов )?|все права защищены|пожаловаться\s*$"
    r"|пожаловаться на (?:новость|материал|комментарий|публикацию)|сообщить об ошибке"
    r"|нашли (?:ошибку|опечатку)|версия для печати|распечатать|комментари\w*\s*(?:\(\d+\))?\s*$"
)
FURNITURE_HEADINGS = (
    r"контакты|для сми|дополнительные материалы|материалы по теме|другие новости|главные новости(?: дня)?"
    r"|популярное|выбор редакции|лента новостей|последние новости|(?:свежие|последние) комментарии"
)
READER_CALLOUTS = (
    r"подпи(?:сывайтесь|шитесь) на|присоединяйтесь к (?:нам|нашему|нашей)|следите за нами|читайте нас в"
    r"|вы можете (?:пожаловаться|подписаться)|выделите (?:её|ее|его|текст|фрагмент) и нажмите"
    r"|ctrl\s*\+\s*enter|^\W*(?:читайте|смотрите) (?:полностью|подробнее|полную версию)\b"
    r"|наш(?:ем|его)? (?:телеграм|telegram)[\w\-]*(?:-| )канал"
    r"|поддержите (?:нас|редакцию|проект|наш\w*)\b|стан(?:ьте|ь) (?:нашим )?(?:подписчиком|спонсором|патроном|донором)"
    r"|сделайте пожертвование"
    r"|ваш браузер (?:устарел|не поддерживается)|обновите (?:ваш |свой )?браузер"
    r"|добавить (?:сайт )?в (?:избранное|закладки)|наша страница в (?:facebook|twitter|telegram|вконтакте|сети)"
    r"|читайте нас на\b"
)
# A masthead's founding date before its year ("Издаётся с 1883 года"): the outlet's, not the article's.
FOUNDED = r"изда[её]тся с|выходит с|осн\.(?: в)?"
# A wire correspondent's credit between slashes, before the agency and the reporter's name ("/Корр. АГЕНТСТВО Имя Фамилия/").
WIRE_CREDIT = r"корр\.|спецкорр?\.|корреспондент\w*"
LINK_NOTES = r"открывается в новом окне|откроется в новом окне|открывается в новой вкладке|внешняя ссылка"
CREDIT_WORDS = r"фото(?:графия)?|снимок|кадр|иллюстрация|источник фото"
COOKIE_NOTICE = (
    r"\bcookie\b.{0,120}(?:\bиспользуем\b|\b(?:наш|этот) сайт|\bпродолжая (?:использовать|пользоваться))"
    r"|(?:используем|использует) (?:файлы )?cookie"
)
SHARE_WORDS = frozenset({
    "поделиться", "поделись", "печать", "распечатать", "версия", "для", "печати", "вконтакте", "вк", "одноклассники",
    "ок", "телеграм", "дзен", "яндекс", "почта", "мой", "мир", "ссылка", "скопировать", "ссылку", "отправить", "в",
    "просмотры", "просмотров", "просмотра", "комментарии", "комментариев", "комментария", "лайки",
})
SIGNATURE_HEADS = (
    r"департамент\w*|пресс-служб\w*|пресс-центр\w*|пресс-бюро|секретариат\w*"
    r"|информационн\w+ (?:служб\w*|управлени\w*|отдел\w*)|управлени\w* (?:информации|по связям)\w*"
)
PRINT_CITATIONS = r"(?:газета|журнал)\s+«[^»]{1,40}»\s*(?:№|n\s*\d)|опубликовано в (?:газете|журнале|номере)"

# ---------------------------------------------------------------------------
# Sentences (read by segment.py)
# ---------------------------------------------------------------------------

CLAUSE_JOIN = r"(?:а|но|однако|хотя|причем|причём)\s|и\s+(?:я|мы|ты|вы|он|она|оно|они|это)\s"
CLAUSE_LEADS = ("а", "но", "однако", "и")
# Where a claim is cut in two (extract/claims.py, after ", "): a participle clause, told by its morphology
# ("…, заявив B"), unless the participle serves as a preposition ("…, начиная с …"). A closing relative clause
# ("…, который B") stays in its sentence's claim, as Russian news prose uses it to describe, not to add.
RELATIVE_OPENERS = r"(?!)"
CLAUSE_PARTICIPLES: tuple[str, ...] = ()
NOT_CLAUSE_PARTICIPLES = ("начиная", "заканчивая", "благодаря", "судя", "включая", "исключая", "несмотря")

# ---------------------------------------------------------------------------
# Attribution: verbs of saying, cue phrases, words that refer back (read by extract/attribution.py)
# ---------------------------------------------------------------------------

# Stems of reporting verbs: they match every inflection; a match must also parse as a verb.
REPORTING_STEMS = (
    "заяв", "сказал", "сказа", "отмет", "подчеркн", "сообщ", "добав", "напомн", "заметил",
    "указал", "указыва", "пояснил", "объясн", "признал", "предупред", "считает", "считают",
    "уверен", "выраз", "констатир", "резюмир", "рассказал", "ответил", "уточнил", "призвал",
    "высказал", "говор", "процитир", "информир", "утвержда", "полага",
    "оценил", "посетовал", "выразил", "назвал", "акцентир", "отверг", "опроверг", "отрица", "обвини",
    "обвиня", "потребова", "настаива", "пригроз", "осуд", "поблагодар", "благодар", "раскритик", "критик",
    "приветств", "поддерж", "намекн", "намека", "предостер", "пообещ", "обеща", "спрогнозир", "прогнозир",
    "ожида", "возраз", "обратил", "рассчитыва", "крикн", "выкрикн", "воскликн",
    # the present tense of statements ("призываем", "осуждаем", "считаем")
    "призыва", "осужда", "отмеча", "подчеркива", "выража", "считаем", "напомина", "предупрежда",
    # the rest of the verbs of saying, judging and believing of a general lexicon, not verbs met in one text
    "подтверд", "подтвержда", "завери", "заверя", "уверя", "убежд", "допуска", "допусти", "признава", "сету",
    "пожаловал", "жалу", "высмея", "высмеива", "упрекн", "упрека", "опасает", "опасаю", "сомнева", "прокомментир", "написа",
    "провозгласи", "парирова", "рекомендова", "посоветова", "высказыва",
    "поделил", "надеет", "надеют", "расцени", "расценива", "охарактеризова", "предсказ",
    "квалифицирова", "похвали", "хвали", "уведоми", "доложи",
    "цитиру", "упомяну", "упомина", "съязви", "возмути", "возмуща",
)
# Stems of verbs that only report words: where such a verb's speaker is unnamed ("сообщили в суде",
# "сообщается"), the sentence is someone's, neither the article's nor the speaker's before it.
SAYING_STEMS = ("заяв", "сказа", "сообщ", "отмет", "подчеркн", "добав", "поясн", "рассказ", "уточн", "говор",
                "написа", "писа", "ожида")
ACT_READING_LEMMAS: frozenset[str] = frozenset()    # read from the parse, which Russian does not have here
# Indefinite pronouns beside a verb of saying: someone the text cannot name speaks ("— крикнул кто-то из зала").
INDEFINITE_SPEAKERS = ("кто-то", "кто-нибудь", "кто-либо", "некто")
# Refusing to speak ("отказался от комментариев", "отказалась уточнить"): such a sentence ends the report before it.
REFUSAL_LEMMAS: frozenset[str] = frozenset()    # read by REFUSALS, without a parse
DISCLOSING_LEMMAS: frozenset[str] = frozenset()
_REFUSED = (r"(?:от\s+(?:каких-либо\s+)?комментари\w*|(?:про)?комментировать|уточн\w*|раскры\w*|назва\w*|называть"
            r"|отвеча\w*|ответить|сообщ\w*|говорить|обсужда\w*)")
_REFUSING = r"(?:отказал|воздержал)(?:ся|ась|ось|ись)"
# either order: "отказался от комментариев", "от комментариев в компании отказались", "уточнять он отказался"
REFUSALS = rf"{_REFUSING}\s+(?:бы\s+)?{_REFUSED}|{_REFUSED}\s+(?:[^\W\d_]+\s+){{0,3}}?{_REFUSING}"
del _REFUSED, _REFUSING    # parts of REFUSALS only: every language module has the same tables
ACCORDING_TO = (
    r"по словам|по данным|по мнению|по информации|по сообщению"
    r"|как (?:отмечается|говорится|сообщается|подчеркивается|подчёркивается|указывается|уточняется) в"
    r"|как (?:заявил|заявила|заявили|сообщил|сообщила"
    r"|сообщили|сообщает|сообщают|отметил|отметила|отметили|подчеркнул|подчеркнула|подчеркнули"
    r"|сказал|сказала|сказали|указал|указали|пояснил|пояснили|напомнил|напомнили|рассказал|рассказали"
    r"|установил|установила|установило|установили)"
    r"|(?:говорится|отмечается|сообщается|подчеркивается|подчёркивается|указывается|уточняется)"
    r" в (?:\w+ )?(?:сообщении|заявлении|документе|пресс-релизе|коммюнике|письме|ответе|обращении|публикации)"
)
# Words that refer back to a speaker named earlier; stems, so every case matches ("министра", "ведомстве").
ANAPHOR_PERSON = (
    r"он|она"
    r"|президент\w*|министр\w*|премьер\w*|вице-премьер\w*|лидер\w*|дипломат\w*|политик\w*|политолог\w*"
    r"|эксперт\w*|аналитик\w*|пресс-секретар\w*|спикер\w*|помощник\w*|советник\w*|сопредседател\w*"
    r"|председател\w*|посол\w*|посла|официальн\w* представител\w*|представител(?:ь|я|ем|ю)(?!\w)"
    r"|прокурор(?:а|у|ом|е)?(?!\w)|судь(?:я|и|е|ю|ей)(?!\w)|адвокат(?:а|у|ом|е)?(?!\w)|тренер\w*|губернатор\w*"
    r"|мэр(?:а|у|ом|е)?(?!\w)|депутат\w*|сенатор\w*|кандидат(?:а|у|ом|е)?(?!\w)|директор(?:а|у|ом|е)?(?!\w)"
    r"|основател\w*|экономист\w*"
    r"|(?:глав|руководител)\w* (?:[а-яё]+(?:ого|его|ой|ей) )?(?:государства|правительства|мид\w*|ведомства|дипломатии"
    r"|министерства|пресс-службы|администрации|делегации)"
)
ANAPHOR_ORG = (r"министерств\w*|ведомств\w*|администраци\w*|пресс-служб\w*|правительств\w*|компани\w*|суд(?:а|е|у|ом)?"
               r"|банк\w*|прокуратур\w*|комисси\w*|комитет\w*|мисси(?:я|и|ю|ей)(?!\w)|центр(?:а|е|у|ом)?(?!\w)"
               r"|следстви(?:е|я|ю|ем)(?!\w)")
ANAPHOR_DOCUMENT = r"заявлени\w*|документ\w*|сообщени\w*|коммюнике"
ANAPHOR_LAW = r"законопроект\w*|закон(?:а|е|у|ом)?(?!\w)|соглашени(?:е|я|ю|ем|и)(?!\w)|договор(?:а|е|у|ом)?(?!\w)|указ(?:а|е|у|ом)?(?!\w)"
# Stems of generic references and the heads of the labels they fit (regular expressions: the English label,
# or the Russian one of a body only the text names); "ведомство" is any state body.
ANAPHOR_HEADS = {"министерств": "ministry|министерств", "мид": "ministry|министерств",
                 "ведомств": "ministry|service|agency|department|directorate|министерств|ведомств|управлени|служб"
                             "|агентств",
                 "служб": "service|служб", "комитет": "committee|комитет", "комисси": "commission|комисси",
                 "администраци": "administration|администраци", "совет": "council|совет", "центр": "cent|центр",
                 "мисси": "mission|мисси"}
# Stems of descriptions that name a kind of body ("суд", "банк"), and the heads of the labels they fit.
ANAPHOR_KIND_HEADS = {"суд": "court|суд", "банк": "bank|банк", "парти": "party|парти",
                      "парламент": "parliament|парламент", "прокуратур": "prosecutor|прокуратур",
                      "следстви": "investigat|следств"}    # "как установило следствие": the investigators
DESCRIBED_BODY_HEADS: frozenset[str] = frozenset()   # read from the parse, which Russian does not have here
STATEMENT_NOUNS = (r"заявлени", r"сообщени", r"пресс-релиз", r"коммюнике")
ISSUED_STATEMENT = (
    r"\s+(?:опубликова|распространи|выступи|сдела|обнароду)\w*\s+(?:с\s+)?(?:\w+\s+){{0,2}}(?:{statement})",
)
STATEMENT_OF = r"в\s+(?:\w+\s+)?заявлении\s+"
ACCORDING_TO_PRONOUN = r"по (?:его|её|ее) (?:словам|мнению|данным|оценке)"
# "как заявил X": the source is the verb's subject, in the nominative.
ACCORDING_TO_SUBJECT = ("как",)
CITING = ("со ссылкой на", "ссылаясь на")
AS_SAYING = ""
RELAYED_BY = ""
RELAY_BEFORE_SOURCE = r"передает|передаёт|передают|сообщает|сообщают|пишет|пишут|информирует"
RELAY_AFTER_SOURCE = ""
# An outlet's own reporter in a relay clause: "— передает корреспондент NordNews" is the outlet's own report.
CORRESPONDENT = r"корреспондент\w*|корр\.|спецкор\w*"
AUXILIARIES: tuple[str, ...] = ()
MARKS_CASE = True
INVERTED_SUBJECT_WORDS = 5
LETTERS = "а-яё"
PRONOUN_GENDERS = {"он": "masc", "она": "femn", "его": "masc", "её": "femn", "ее": "femn"}
SUBJECT_PRONOUNS = ("он", "она", "они")
CIRCUMSTANCE_MARKERS: tuple[str, ...] = ()     # read from the parse, which Russian does not have here
RECIPROCAL = r"друг друга|друг другу|друг на друга"
ANSWERED_QUESTIONS = r"(?:ответ|отвеча)\w*\s+(?:на\s+)?(?:\w+\s+){0,2}?вопрос\w*"
# The same with the questions first: "на вопросы «Газеты» ответил X" (at most four words between)
QUESTIONS_ANSWERED = r"на\s+вопрос\w*\s+(?:\S+\s+){0,4}?(?:ответ|отвеча)\w*$"
# Heads of a possessor's others, who speak for themselves ("партнёры Руритании заявили"), as in English.
OTHER_PARTIES = frozenset({
    "партнёр", "партнер", "союзник", "критик", "оппонент", "соперник", "сосед", "враг", "противник", "кредитор",
    "конкурент",
})
# Latin letters as Russian would write them, longest first: a given name written in English ("Irina") is looked
# up in the Russian morphology's dictionary of names for its gender.
LATIN_SPELLING = (
    ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("yu", "ю"), ("ya", "я"),
    ("yo", "ё"), ("ye", "е"), ("ia", "ия"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
    ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("w", "в"), ("x", "кс"),
    ("j", "дж"), ("q", "к"),
)
GENDERED_WORDS = {"г-н": "masc", "г-жа": "femn", "госпожа": "femn", "господин": "masc"}
FIRST_PERSON_SUBJECTS = ("я", "мы")
GROUP_SUBJECTS: tuple[str, ...] = ()
CLAUSE_BARRIERS = ("а", "но", "и", "что", "который")
RELATIVE_PRONOUNS = ("где", "который", "которая", "которое", "которые", "которого", "которой", "которым", "которых")
TITLES_BEFORE_APPOSITION = r"пресс-секретарь|помощник|советник|представитель|глава|министр"
DEMONYM_GROUPS: tuple[str, ...] = ()
CONTINUING_VERBS = ("добавил", "добавила", "продолжил", "продолжила")
NOT_TITLE_WORDS = ("сказал", "заявил", "также", "который", "после", "этом")
COMMON_TITLES = ("минист",)
# Past-tense endings (regular expressions) that tell the subject's gender: "заявила" a woman, "заявил" a man.
VERB_GENDER_ENDINGS = {"femn": r"(?:ла|лась)$", "masc": r"(?:л|лся)$"}
# Endings of verbs of saying that name no one: "сообщили", "сообщается".
IMPERSONAL_VERB_ENDINGS = r"(?:ли|ют|ят|ется|ются|ится|ятся|ось)$"
# A reporting verb's personal reflexive past is another verb: "отметился двумя голами" (scored), "заявился" (came)
OTHER_VERB_ENDINGS = r"(?:лся|лась|лись)$"
# Plural verb endings: "В Кремле заявили" has the body in which unnamed people spoke as its speaker.
PLURAL_VERB_ENDINGS = r"(?:ли|ют|ят)$"
IN_BODY = r"во?(?:\s+сам\w+)?"
# Nouns a following name does not depend on: "пресс-служба Минобороны" speaks for the ministry; a noun for the
# kind of body stands in apposition to its name ("агентство Armenpress сообщает", "компания Вектор заявила").
NOT_GOVERNING = ("пресс-служб", "агентство", "агенство", "компания", "газета", "издание", "телеканал",
                 "радиостанция", "корпорация", "концерн", "холдинг")
# Words that open a clause of saying whose speaker follows its verb: "Как считает министр, …".
SAYING_CLAUSE_OPENERS = ("как",)

# ---------------------------------------------------------------------------
# Claims (read by extract/claims.py)
# ---------------------------------------------------------------------------

EVENT_CUES = (
    r"(?:встреч|переговор|саммит|подписа|размест|развернул|провел|провёл|прошл|состоял|визит|прибыл"
    r"|обмен|вернул|возврат|передал|достигнут|доставл|возобнов|открыл|запущ|договорил|разговор"
    r"|обсудил|принял|вошл|вошел|вошёл|задержа|арестова|эвакуир|пострада|погиб|приговор|осужд|проголосова"
    r"|одобрил|избра|повысил|понизил|снизил|сохранил|поврежд|обстрел|атакова|покинул|вывел|оправда|завершил|матч)"
)
AT_MONTH = ("в",)
EVENT_TIMES = (r"вчера|сегодня|накануне|ранее|позднее|позже|ночью|утром|вечером|дн[её]м"
               r"|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)")
# The tense is read from the verb's own form, but a modal before it tells what was due, not done: "должно было открыться"
NOT_DONE_AUXILIARIES = frozenset({"должен", "должна", "должно", "должны", "мог", "могла", "могло", "могли"})
# A negation before the verb: what did not happen is no event ("не была открыта", "не ответили"), and no one
# says anything ("не прокомментировал").
NEGATIONS = ("не", "ни")
ONGOING_SINCE = ""                                  # a state lasting until now is in the present tense
CONTINUING_REPORT = r"также|тоже"
CONTRAST_OPENERS = r"но|однако"
PROGRESSIVE = ""                                     # Russian aspect is read from the verb's own form
WORDS_ONLY: frozenset[str] = frozenset()              # verbs of saying by stem: REPORTING_STEMS, SAYING_STEMS
GREETINGS = (
    r"уважаем|дорог|(?:большое )?спасибо|благодарю|пожалуйста|добрый (?:день|вечер)|здравствуйте"
    r"|дамы и господа"
    r"|(?:очень )?рад(?:ы)? (?:приветствовать|вас видеть|видеть)"
)
COURTESIES = (r"передал\w* (?:\w+ )?(?:привет|поздравлени)|поблагодарил\w* за (?:поздравлени|приглашени)"
              r"|(?:выразил|выража|переда)\w* (?:\w+ )?соболезновани")
FIRST_PERSON = r"я|мы|наш\w*|мо[йяеи]\w*|нас|нам|нами|мне|меня|мной"
ISSUED_TITLE = (
    r"(?:совместное\s+|информационный\s+)?(?:заявление|сообщение|коммюнике|комментарий"
    r"|декларация|бюллетень|брифинг|выступление|обращение|послание|статья)\s+"
)
# Words a title may hold between the headline's cue and the issuer's name ("Комментарий официального
# представителя МИД"): any word in lower case but a preposition, which starts what the document is about.
TITLE_FUNCTION_WORDS = (r"(?!(?:в|во|на|по|о|об|обо|к|ко|с|со|для|после|перед|при|от|из|за|против|относительно)"
                        r"(?![а-яё\-]))[а-яё][а-яё\-]*",)
QUESTION_LABELS = ("вопрос", "корреспондент", "журналист", "ведущий")
ANSWER_LABELS = ("ответ",)
# Words of the second person: an interviewer's question speaks to the interviewee ("Do you think …?").
SECOND_PERSON = r"вы|вас|вам|вами|ваш\w*|ты|тебя|тебе|тобой|тво[йяеи]\w*"
# Words in a headline or an intro that announce an interview: "интервью X", "в беседе с …", "ответил на вопросы".
INTERVIEW_CUES = r"интервью|бесед\w*|(?:ответ|отвеча)\w*\s+(?:на\s+)?(?:\w+\s+){0,2}?вопрос\w*"
# Forward attribution: "Об этом сообщил X" after the content.
BACKWARD_REFERENCES = (
    r"об этом|такое заявление|это заявление|эти слова|такое мнение|такую оценку|такую позицию"
    r"|(?:соответствующее|подобное|данное) заявление|с (?:соответствующим|данным) заявлением"
    r"|с (?:таким|этим|подобным) (?:заявлением|мнением|призывом)|с (?:такими|этими) словами"
)
COMMENT_ARTICLES: tuple[str, ...] = ()     # Russian has no article to start such a comment
COMMENT_NOUNS: tuple[str, ...] = ()
ADDING = ("добавив", "отметив", "подчеркнув", "указав", "заявив", "пояснив")
THAT_CLAUSE = r",\s+что\s+"
COMPLEMENTISER = "что"
SECOND_COMPLEMENT = r",?\s+(?:и|а также)\s+(?=что\s)"
REPORT_SETTINGS = (
    r"в (?:заявлении|интервью|ходе|эфире)|на (?:\w+ ){0,2}(?:встрече|брифинге"
    r"|пресс-конференции|заседании|совещании|саммите|форуме)"
)
NEGATED_SAYING = r"(?<!\w)(?:не|отказал(?:ся|ась|ись)|отказываются|отказывается)\s+$"
INDIRECT_QUESTION = r"\s*(?:\w+\s+){0,2}?,?\s*(?:ли|когда|как|почему|где|сколько|какие|какой|какая|кто|что именно)(?!\w)"
# Candidates for a verb of saying that names no speaker, checked by the morphology: a short passive participle
# ("подчеркнута", "отмечено") or a reflexive present ("отмечается").
IMPERSONAL_SAYING = r"(?<![\w-])(?P<verb>[а-яё]+(?:[нт][аоы]?|[еи]тся|[ую]тся|[ая]тся))(?![\w-])"
IMPERSONAL_SAYING_VERBS = ("заяв", "сказа", "сообщ", "отмет", "отмеча", "подчеркн", "подчеркива", "подчёркива",
                           "говор", "указ", "выраз", "выража", "высказ", "констатир", "уточн", "поясн")
REPORT_MEDIA = r"(?:заявлении|интервью|эфире)$"
PHRASE_JOINERS = ("и", "а также", "а")
CONJUNCTIONS = ("и", "или", "а")
PREPOSITIONS = ("в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "у", "от", "до", "из", "за", "для", "при", "про",
                "без", "над", "под", "перед", "после", "между", "и", "или")


# ---------------------------------------------------------------------------
# Relations between two entities (read by extract/relations.py)
# ---------------------------------------------------------------------------

RELATION_PHRASES = {
    "chaired_by": r"под (?:со)?председательством(?: вице-премьеров| глав)?",
    "chairs": r"возглавляет|возглавил",
    "deployed_in": (
        r"(?:были |будут )?(?:размещены|размещен[аоы]?|введены|введен[аоы]?|развернуты|разместились"
        r"|находятся)(?: в| на| вдоль)?"
    ),
    "meets_with": (
        r"(?:провел|провёл|проведет|проведёт) (?:встречу|переговоры"
        r"|телефонный разговор) со?(?: \w+){0,3}|встретился со?|встретится со?"
        r"|на встрече со?(?: \w+){0,3}|в ходе встречи со?(?: \w+){0,3}"
    ),
    "mediates_between": r"выступил[аи]? посредником между",
    "signed": r"подписал[аи]?",
}
MEDIATED_BY = r"при посредничестве"

# ---------------------------------------------------------------------------
# Names the registry lacks (read by names.py)
# ---------------------------------------------------------------------------

PLACE_NOUNS = ("село", "села", "селе", "селом", "деревня", "деревни", "город", "города", "городе",
                  "поселок", "посёлок", "поселка", "посёлка", "поселке", "посёлке", "кпп", "пункт пропуска")
# Kinds of place after an adjective of the name (a regular expression for every case): "Озёрском районе";
# the noun's endings only, so "Озёрский районный суд" is a court, not a place "Озёрский районный".
PLACE_NOUNS_AFTER = (r"район(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])",)
# An adjective of a place's name before its kind (a regular expression, any case): "Озёрском районе".
PLACE_ADJECTIVE = r"[А-ЯЁ][а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом)"
# The word before the area a body serves, written after its name: "Управление … по Северной области".
ORG_COMPLEMENT_WORDS = ("по",)
# Nouns (lemmas) before a name written in Latin letters, and the kind of entity they make it: "оператора Vexon".
NOUNS_BEFORE_NAMES = {
    **dict.fromkeys(("оператор", "компания", "банк", "концерн", "холдинг", "фонд", "агентство", "издание", "газета",
                     "телеканал", "журнал", "производитель", "группа", "корпорация", "сервис", "платформа",
                     "организация", "партия", "движение", "бренд", "марка", "ритейлер", "авиакомпания", "формат",
                     "объединение", "альянс", "профсоюз"),
                    "Organization"),
    **dict.fromkeys(("учение", "учения", "операция", "саммит", "форум", "конференция", "турнир", "фестиваль",
                     "премия", "выставка", "чемпионат"), "Event"),
    **dict.fromkeys(("коридор", "маршрут", "трасса", "магистраль", "месторождение", "аэропорт", "порт", "газопровод",
                     "нефтепровод", "трубопровод"), "Place"),
}
# An adjective of a place's name in any gender and case (a regular expression): "Озёрской", "Белогорская".
PLACE_ADJECTIVE_STEM = r"[А-ЯЁ][а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ые|ых|ым|ыми)"
# Kinds of area written after their name, in any case (a regular expression): "по Заречной области".
AREA_NOUNS = (r"(?:област[ьиюей]|кра[йяюе]|(?:район|регион)(?:а|у|ом|е|ы|ов|ам|ами|ах)?|округ(?:а|у|ом|е|и|ов|ам|ами|ах)?)"
              r"(?![а-яё])")
# Nouns (lemmas) that name a law or a treaty by what follows them: "закон Иванова", «договор Дружбы».
LAW_NOUNS = ("закон", "договор", "соглашение", "пакт", "конвенция", "протокол", "акт", "хартия")
# Nouns (lemmas) of a national team named by its country after them, which names the team, not the country:
# "сборной Руритании", "сборная РФ по футболу".
TEAM_NOUNS = ("сборная",)
# Endings of one-word names of bodies, written together: "Мосгорсуд", "Промбанк", "Роснадзор".
ORG_COMPOUND_ENDINGS = ("суд", "банк", "надзор", "нефть", "пром", "ком", "фин", "транс", "энерго", "атом", "стат",
                        "здрав", "связь", "наук", "обрнадзор", "дума")
# The lemmatiser's grammemes that mark a word as a name: "Запад" alone is a word, "Ереван" a name.
NAME_GRAMMEMES = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad")
# How a possessive is written from an owner and the rest: none (Russian uses the genitive, which case forms match).
POSSESSIVE_FORM = ""
# Forms of address before a name, cut from a model's span ("г-н Иванов").
HONORIFICS = ("г-н", "г-жа")
# Adjectives of nationality written as names: none (Russian writes them in lower case).
DEMONYMS: dict[str, str] = {}
# The rules names.py runs (the English module says what each table is for): names come in every case, so a
# model's name is put in its base form.
NAME_RULES = ("team_by_country", "law_after_noun", "body_written_together", "latin_name_after_noun",
              "quoted_name_after_noun", "holiday", "place_named_after_person", "given_name_and_surname", "body_before_owner",
              "place_by_kind_inflected", "place_by_elided_kind")
NAME_RULES_AFTER_MODELS = ("focus_bodies",)
# A day written with a capital inside a sentence, its name in lower case after it, in any case (a regular
# expression): "накануне Дня космонавтики", "ко Дню учителя".
HOLIDAY_HEADS = r"День|Дня|Дню|Днём|Днем|Дне"
# "правительство" alone: the government of the country the text is about, named with it in the genitive
# (the keys are regular expressions over the noun's forms); not after a title of its head ("главы правительства").
FOCUS_BODIES = {r"правительств(?:о|а|у|ом|е)": ("Organization", ("правительство {genitive}",))}
FOCUS_NOT_AFTER = ("глава", "главы", "главе", "главу", "главой", "председатель", "председателя", "председателю",
                   "председателем", "премьер")
MODEL_NAME_FORM = "base_form"

# ---------------------------------------------------------------------------
# Tables Russian leaves empty: the rules that read them are English ones, or the parse has no Russian model yet
# ---------------------------------------------------------------------------

REPORTING_VERBS: tuple[str, ...] = ()      # Russian verbs are stems, in REPORTING_STEMS
SPEECH_LEMMAS: frozenset[str] = frozenset()
SAYING_LEMMAS: frozenset[str] = frozenset()
REPORTED_SPEECH_LEMMAS: frozenset[str] = frozenset()
LIGHT_SPEECH_VERBS: frozenset[str] = frozenset()
SPEECH_ACT_NOUNS: frozenset[str] = frozenset()
WILL_VERBS: frozenset[str] = frozenset()       # read from the parse, which Russian has not here
RELAY_LEMMAS: frozenset[str] = frozenset()
# Verbs by which an outlet quotes someone it names as the object: "— цитирует его ТАСС" (no parse here)
QUOTING_STEMS = ("цитиру", "процитирова")
OBJECT_PRONOUNS = {"его": "masc", "её": "femn", "ее": "femn"}
GREETING_ADDRESS = ""
OWN_REPORT = ""
ARTICLES: tuple[str, ...] = ()
PERSON_TITLES: tuple[str, ...] = ()
TITLE_ABBREVIATIONS: tuple[str, ...] = ()
APPOSITION_TITLES: tuple[str, ...] = ()
ORG_HEADS: tuple[str, ...] = ()
VERBS_BESIDE_NAMES: tuple[str, ...] = ()
VERBS_AFTER_TITLED_NAMES: tuple[str, ...] = ()
NOT_NAMES: tuple[str, ...] = ()
NAME_CONNECTORS: tuple[str, ...] = ()
GENERIC_NAME_WORDS: tuple[str, ...] = ()
NOT_NAMES_ALONE = ("ооо", "оао", "зао", "пао", "ао", "ип")   # a company's legal form alone
PLACE_PREFIXES: tuple[str, ...] = ()
EVENTS_BETWEEN_PLACES: tuple[str, ...] = ()
ORG_KINDS_AFTER: tuple[str, ...] = ()
OUTBREAK_NOUNS: tuple[str, ...] = ()
PUBLICATION_NOUNS: tuple[str, ...] = ()
OUTLET_NOUNS: tuple[str, ...] = ()       # Russian puts the noun first: "телеканал «…»" (NOUNS_BEFORE_NAMES)
ORG_NAME_ENDINGS: tuple[str, ...] = ()   # "ФК «…»" comes first too
TITLE_WORDS: tuple[str, ...] = ()

# Names: the English rules for bodies, laws, offices and short forms (Russian ones read the tables above)
AFTER_NAME_CONTINUATIONS: tuple[str, ...] = ()
BODIES_AFTER_ADJECTIVE: tuple[str, ...] = ()
# Nouns (lemmas) of bodies written in lower case before the country or body they belong to, in the genitive:
# "комиссия правительства Руритании", "посольство Руритании".
BODY_NOUNS = ("комиссия", "агентство", "администрация", "ведомство", "служба", "комитет", "управление", "департамент",
              "посольство", "консульство", "прокуратура", "штаб", "полиция", "парламент", "правительство", "кабмин",
              "минфин", "минобороны", "генштаб", "минздрав", "спецслужба", "разведка", "армия")
GROUP_NOUNS: tuple[str, ...] = ()   # the Russian rules do not name groups yet
MODIFIER_PREFIXES = ("про", "анти")   # "проруританский" is one word; "про-" rarely stands alone
NOUNS_AFTER_QUOTED_NAMES: dict[str, str] = {}   # Russian puts the noun first: NOUNS_BEFORE_NAMES
COMPANY_SUFFIXES: tuple[str, ...] = ()
COUNSEL = ""
COUNSEL_LABEL = ""
DEFINITE_ARTICLES: tuple[str, ...] = ()
LAW_CONNECTORS: tuple[str, ...] = ()
LAW_HEADS: tuple[str, ...] = ()
LAW_INNER_JOINERS: tuple[str, ...] = ()
NAME_JOINERS: tuple[str, ...] = ()
NOT_BODY_HEADS: tuple[str, ...] = ()
OFFICE_NOUNS: tuple[str, ...] = ()
OFFICE_PREPOSITIONS: tuple[str, ...] = ()
OFFICE_QUALIFIERS: tuple[str, ...] = ()
OFFICE_TITLES: tuple[str, ...] = ()
ORG_INNER_JOINERS: tuple[str, ...] = ()
OWNED_BY_PLACE = ""
PARTY_MEMBERS: tuple[str, ...] = ()
PLACE_NOUNS_AFTER_PLURAL: dict[str, str] = {}
PLACE_OF: tuple[str, ...] = ()
EVENT_NOUNS: tuple[str, ...] = ()
EVENT_PLACE_PREPOSITIONS = ("в", "во")   # "посольство Руритании в Линдхольме": where a body sits
OCCASION_MODIFIERS: tuple[str, ...] = ()
NOT_EVENT_MODIFIERS: tuple[str, ...] = ()
POSSESSIVE = ""
WEEKDAYS: tuple[str, ...] = ()

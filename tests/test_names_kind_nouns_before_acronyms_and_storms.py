"""A kind noun before a name types it (NOUNS_BEFORE_NAMES, names.py): a club's or a company's acronym in the text's
own letters after its noun («клуб ЛКС») is that body, and a storm's quoted name after «ураган», «шторм», «тайфун»
or «циклон» is an event. Every sentence is invented."""


def test_an_acronym_after_a_club_noun_is_the_club(typed):
    text = ("Спорт\n\nНападающий Иван Сомов перешёл в хоккейный клуб ВДТ из Вельска. "
            "Соглашение рассчитано на два года.\n")
    types, _ = typed(text)
    assert types.get("ВДТ") == "Organization"


def test_an_acronym_after_a_company_noun_in_an_oblique_case_is_the_company(typed):
    text = "Рынки\n\nАкции компании ОЗМК выросли на бирже в Вельске. Инвесторы ждут отчёта.\n"
    types, _ = typed(text)
    assert types.get("ОЗМК") == "Organization"


def test_a_common_acronym_after_a_company_noun_is_no_name(typed):
    text = "Рынки\n\nВладельцем компании ООО стал житель Вельска. Сделку закрыли в пятницу.\n"
    types, _ = typed(text)
    assert "ООО" not in types


def test_a_quoted_storm_name_after_its_kind_is_an_event(typed):
    text = ("Погода\n\nНа побережье Руритании обрушился ураган \"Мирта\". "
            "Из-за тайфуна «Ольва» закрыты порты Вельска.\n")
    types, mentions = typed(text)
    assert types.get('ураган "Мирта"') == "Event"
    assert types.get("тайфун «Ольва»") == "Event"

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker, morph
from claimsgraph.model import Entity


def _mentions(linker, text):
    doc = parse_document("l.txt", text.encode(), "text/plain")
    return [(m.entity, doc.text[m.span.start:m.span.end]) for m in linker.mentions(doc)]


def test_two_overlapping_aliases_of_one_entity_are_one_mention():
    """The longest alias ("Tarn Council members") must not leave the start of another ("NWA Tarn Council")
    to be read as a second entity ("NWA")."""
    linker = Linker([
        Entity("nwa", "Northern Water Alliance", "Organization", (("Northern Water Alliance", "en"),),
               (("NWA", "en"),)),
        Entity("tarn-council", "NWA Tarn Council", "Organization", (("NWA Tarn Council", "en"),),
               (("Tarn Council members", "en"),)),
    ])
    assert _mentions(linker, "He met the NWA Tarn Council members on Friday.") == \
        [("tarn-council", "NWA Tarn Council members")]
    assert _mentions(linker, "The NWA and the Tarn Council members met.") == \
        [("nwa", "NWA"), ("tarn-council", "Tarn Council members")]


def test_a_bare_title_is_its_holder_in_the_one_body_the_text_names():
    linker = Linker([
        Entity("northern-council", "Northern Council", "Organization", (("Northern Council", "en"),)),
        Entity("harbour-alliance", "Harbour Alliance", "Organization", (("Harbour Alliance", "en"),)),
        Entity("ilse-varga", "Ilse Varga", "Person", (("Ilse Varga", "en"),),
               roles=(("secretary-general of the Northern Council", "en"),)),
        Entity("tomas-relk", "Tomas Relk", "Person", (("Tomas Relk", "en"),),
               roles=(("Harbour Alliance secretary-general", "en"),)),
    ])
    assert _mentions(linker, "The Northern Council met. The Secretary-General is saddened.") == \
        [("northern-council", "Northern Council"), ("ilse-varga", "Secretary-General")]
    # two bodies named: whose secretary-general is not told; a lower-case or named title is no bare title
    assert ("ilse-varga", "Secretary-General") not in _mentions(
        linker, "The Northern Council and the Harbour Alliance met. The Secretary-General is saddened.")
    assert [e for e, _ in _mentions(linker, "The Northern Council met. The secretary-general left. "
                                             "The Secretary-General Anna Berg spoke.")] == ["northern-council"]


def test_a_bare_title_the_text_gives_someone_else_by_name_is_not_the_registrys_holder():
    """"Ruritanian Prime Minister Ivo Marsk … the Prime Minister added" in a text that also names Borealia: the
    title is the man it named, not Borealia's prime minister in the registry; where the text names the
    registry's holder with it, or gives it to a former holder, the bare title stays the holder's."""
    linker = Linker([
        Entity("borealia", "Borealia", "Country", (("Borealia", "en"),)),
        Entity("lena-orsk", "Lena Orsk", "Person", (("Lena Orsk", "en"),),
               roles=(("prime minister of Borealia", "en"),)),
    ])
    said = "The Prime Minister added that talks would go on."
    assert ("lena-orsk", "Prime Minister") in _mentions(linker, "Borealia held talks. " + said)
    assert ("lena-orsk", "Prime Minister") not in _mentions(
        linker, "Borealia held talks. Ruritanian Prime Minister Ivo Marsk spoke first. " + said)
    assert ("lena-orsk", "Prime Minister") in _mentions(
        linker, "Borealia held talks. Prime Minister Lena Orsk spoke first. " + said)
    assert ("lena-orsk", "Prime Minister") in _mentions(
        linker, "Borealia held talks. Former Prime Minister Ivo Marsk spoke first. " + said)
    # a deputy's title, or a headline's capitals after the title, give it to no one else
    assert ("lena-orsk", "Prime Minister") in _mentions(
        linker, "Borealia held talks with Deputy Prime Minister Ivo Marsk. " + said)
    assert ("lena-orsk", "Prime Minister") in _mentions(
        linker, "Prime Minister Vows New Harbour Tax\n\nBorealia held talks. " + said)


def test_a_word_joined_to_a_names_first_word_shares_the_rest_of_the_name():
    linker = Linker([
        Entity("ruritania", "Ruritania", "Country", (("Ruritania", "en"),), (("руританская сторона", "ru"),)),
        Entity("borea", "Borea", "Country", (("Borea", "en"),), (("бореанская сторона", "ru"),)),
    ])
    assert _mentions(linker, "Работы ведутся совместно с руританской и бореанской сторонами.") == \
        [("ruritania", "руританской"), ("borea", "бореанской сторонами")]
    assert _mentions(linker, "Работы ведутся с новой и бореанской сторонами.") == [("borea", "бореанской сторонами")]


def test_a_surname_after_another_given_name_or_of_the_other_gender_is_someone_else():
    """A registry woman known by her surname alone is not the man "Олег Ветков" who shares it."""
    linker = Linker([Entity("darya-vetkova", "Darya Vetkova", "Person", (("Дарья Веткова", "ru"),),
                            (("Веткова", "ru"), ("Darya Vetkova", "en")))])
    assert _mentions(linker, "Об этом сообщила Веткова.") == [("darya-vetkova", "Веткова")]
    assert _mentions(linker, "Об этом сообщила Дарья Веткова.") == [("darya-vetkova", "Дарья Веткова")]
    assert _mentions(linker, "Об этом сообщил посредник Олег Ветков.") == []
    assert _mentions(linker, "Как сказал Ветков, работы завершены.") == []


def test_a_registry_title_ending_a_longer_capitalised_name_is_that_bodys_title():
    linker = Linker([Entity("ilse-varga", "Ilse Varga", "Person", (("Ilse Varga", "en"),),
                            roles=(("Council President", "en"),))])
    assert _mentions(linker, "The Council President said so.") == [("ilse-varga", "Council President")]
    assert _mentions(linker, "Council President Varga spoke.")[:1] == [("ilse-varga", "Council President")]
    assert _mentions(linker, "However, the Water Council President said so.") == []


def test_a_country_after_a_team_noun_is_the_teams_name_not_a_mention_of_the_country():
    linker = Linker([Entity("ruritania", "Ruritania", "Country", (("Ruritania", "en"),), (("Руритания", "ru"),))])
    assert _mentions(linker, "Тренер сборной Руритании доволен.") == []
    assert _mentions(linker, "Власти Руритании довольны.") == [("ruritania", "Руритании")]


def test_a_country_in_brackets_after_a_sum_says_whose_money_and_names_nothing():
    linker = Linker([Entity("ruritania", "Ruritania", "Country", (("Ruritania", "en"),), (("R.U.", "en"),))])
    assert _mentions(linker, "Profit rose to $10.2-billion (R.U.), the firm said.") == []
    assert _mentions(linker, "Profit rose to $4 million (R.U.) in March.") == []
    assert _mentions(linker, "Talks were held (Ruritania) on Friday.") == [("ruritania", "Ruritania")]
    assert _mentions(linker, "Firms (R.U.) grew.") == [("ruritania", "R.U")]


def test_a_persons_label_with_a_title_mentions_the_country_or_body_of_the_title_too():
    linker = Linker([
        Entity("ruritania", "Ruritania", "Country", (("Ruritania", "en"),)),
        Entity("ivan-petrov", "Ivan Petrov", "Person", (("Ivan Petrov", "en"),),
               (("premier of Ruritania Ivan Petrov", "en"),), roles=(("premier of Ruritania", "en"),)),
        Entity("ruritania-water-agency", "Water Agency of Ruritania", "Organization",
               (("Water Agency of Ruritania", "en"),)),
        Entity("northern-council", "Northern Council", "Organization", (("Northern Council", "en"),)),
        Entity("ilse-varga", "Ilse Varga", "Person", (("Ilse Varga", "en"),),
               (("Northern Council President Ilse Varga", "en"),)),
    ])
    found = _mentions(linker, "The premier of Ruritania Ivan Petrov visited the Water Agency of Ruritania.")
    assert ("ruritania", "Ruritania") in found and ("ivan-petrov", "premier of Ruritania Ivan Petrov") in found
    assert ("northern-council", "Northern Council") in _mentions(linker, "Northern Council President Ilse Varga spoke.")
    # a body whose name holds the country is a mention of the body alone
    assert [e for e, _ in found].count("ruritania") == 1


def test_a_role_with_a_shorter_role_inside_mentions_the_body_or_country_of_both():
    """"official spokesman of the Water Council": the longer role holds a shorter one of the same person, or of
    another ("press secretary of the premier of Ruritania"); the body or country inside is mentioned all the same,
    whoever the text then names."""
    linker = Linker([
        Entity("ruritania", "Ruritania", "Country", (("Ruritania", "en"),)),
        Entity("water-council", "Water Council", "Organization", (("Water Council", "en"),)),
        Entity("ivan-petrov", "Ivan Petrov", "Person", (("Ivan Petrov", "en"),), roles=(("premier of Ruritania", "en"),)),
        Entity("ilse-varga", "Ilse Varga", "Person", (("Ilse Varga", "en"),),
               roles=(("official spokeswoman of the Water Council", "en"), ("spokeswoman of the Water Council", "en"),
                      ("press secretary of the premier of Ruritania", "en"))),
    ])
    for text in ("The official spokeswoman of the Water Council Ilse Varga said so.",
                 "The official spokeswoman of the Water Council Anna Berg said so."):
        assert ("water-council", "Water Council") in _mentions(linker, text)
    assert ("ruritania", "Ruritania") in _mentions(linker, "The press secretary of the premier of Ruritania Anna Berg "
                                                           "said so.")


def test_a_place_inside_a_compound_describing_something_else_is_no_mention():
    linker = Linker([Entity("tarvik", "Tarvik", "Place", (("Tarvik", "en"),)),
                     Entity("borealia", "Borealia", "Country", (("Borealia", "en"),))])
    assert _mentions(linker, "A Borealia-based group and a pro-Tarvik channel said so.") == []
    assert _mentions(linker, "Tarvik-Borealia talks began in Tarvik.") == [("tarvik", "Tarvik"), ("borealia", "Borealia"),
                                                                           ("tarvik", "Tarvik")]


def test_a_name_alone_in_square_brackets_closing_a_caption_is_a_credit():
    linker = Linker([Entity("wirex", "Wirex", "Organization", (("Wirex", "en"),))])
    assert _mentions(linker, "A court found him guilty of fraud [Wirex]\n\nThe court met on Monday.") == []
    assert _mentions(linker, "They [Wirex] said the court met on Monday.") == [("wirex", "Wirex")]


def test_a_name_among_slashed_codes_in_brackets_closing_a_line_is_a_credit():
    linker = Linker([Entity("wirex", "Wirex", "Organization", (("wirex", "en"),))])
    for credit in ("(ed/nb/wirex/afp)", "(wirex/afp)", "(ed/wirex)"):
        assert _mentions(linker, f"The court met on Monday.\n\n{credit}\n") == [], credit
    assert _mentions(linker, "The wirex agency said the court met on Monday.\n") == [("wirex", "wirex")]


def test_a_one_word_name_that_is_also_a_form_of_a_common_word_matches_only_its_own_forms():
    """"Домах", a town, is also the prepositional plural of "дом": "Дома" at a sentence's start is no mention."""
    linker = Linker([Entity("domakh", "Домах", "Place", (("Домах", "ru"),))])
    assert _mentions(linker, "Дома в Северске строят быстро. Жители Домаха довольны, в Домахе тихо.") == \
        [("domakh", "Домаха"), ("domakh", "Домахе")]
    # a name the dictionary does not know keeps what is guessed for it: its forms in a text share that
    linker = Linker([Entity("tarvush", "Тарвуш", "Place", (("Тарвуш", "ru"),))])
    assert _mentions(linker, "Учения прошли в Тарвуше, сообщили власти.") == [("tarvush", "Тарвуше")]


def _registry_with_a_home_body():
    return Linker([
        Entity("borea", "Borea", "Country", (("Borea", "en"), ("Борения", "ru"))),
        Entity("tarsia", "Tarsia", "Country", (("Tarsia", "en"), ("Тарсия", "ru"))),
        Entity("borean-rescue-ministry", "Rescue Ministry of Borea", "Organization",
               (("Rescue Ministry of Borea", "en"), ("МСП Борении", "ru")),
               (("Vecha", "en"), ("Borean Vecha", "en"), ("МСП", "ru"), ("Вече", "ru"), ("боренское Вече", "ru"))),
    ])


def test_a_bodys_generic_name_another_country_qualifies_is_not_the_registrys_body():
    """"МСП" is Borea's body (its own names say so); "МСП Тарсии", "МСП Кастении" (a name the registry lacks),
    "МСП республики", "тарсийского МСП" are other bodies of that name, and the bare name after them too."""
    linker = _registry_with_a_home_body()
    assert _mentions(linker, "Об этом сообщили в МСП.") == [("borean-rescue-ministry", "МСП")]
    assert _mentions(linker, "Об этом сообщили в МСП Борении.") == [("borean-rescue-ministry", "МСП Борении")]
    assert _mentions(linker, "Об этом сообщили в МСП Тарсии.") == [("tarsia", "Тарсии")]
    assert _mentions(linker, "Об этом сообщили в МСП Кастении. Позже в МСП уточнили.") == []
    assert _mentions(linker, "Ранее МСП республики сообщило о пострадавших.") == []
    assert _mentions(linker, "Сотрудники верхольского МСП прибыли на место.") == []
    assert _mentions(linker, "Сотрудники боренского МСП прибыли на место.") == [("borean-rescue-ministry", "МСП")]
    # a person's name after the body is its head or an official, not its country
    assert _mentions(linker, "Глава МСП Александр Зорин прибыл.") == [("borean-rescue-ministry", "МСП")]
    assert _mentions(linker, "Заместитель главы МСП Гварамидзе задержан.") == [("borean-rescue-ministry", "МСП")]
    # the registry's body named with its country as well: a bare name stays the registry's
    assert _mentions(linker, "В Вече Тарсии и в Вече Борении спорят. Вече проголосовало.") == \
        [("tarsia", "Тарсии"), ("borean-rescue-ministry", "Вече"), ("borea", "Борении"),
         ("borean-rescue-ministry", "Вече")]


def test_an_english_body_of_another_country_is_not_the_registrys():
    linker = _registry_with_a_home_body()
    assert _mentions(linker, "The Vecha voted on Monday.") == [("borean-rescue-ministry", "Vecha")]
    assert _mentions(linker, "The Borean Vecha voted on Monday.") == [("borean-rescue-ministry", "Borean Vecha")]
    assert _mentions(linker, "The Vecha of Kasvenia voted. The Vecha met again.") == []
    assert _mentions(linker, "The Kasvenian Vecha voted.") == []
    assert _mentions(linker, "The Vecha of the republic voted.") == []
    assert _mentions(linker, "Tarsia's Vecha voted.") == [("tarsia", "Tarsia")]


def test_a_country_name_inside_a_longer_name_is_not_the_country():
    """"North Tarsia" is another place and "The Tarsia Times" an outlet; "northern Tarsia" is Tarsia."""
    linker = _registry_with_a_home_body()
    assert _mentions(linker, "Sales fell in North Tarsia, The Tarsia Times reported.") == []
    assert _mentions(linker, "Floods hit northern Tarsia.") == [("tarsia", "Tarsia")]
    assert _mentions(linker, "Разговоры о Западной Тарсии продолжаются.") == []


def test_a_place_of_two_words_before_an_outlets_head_noun_is_words_of_the_outlets_name():
    """"The Port Velmora Herald" is an outlet, not the place, as "The Tarsia Times" is."""
    linker = Linker([Entity("port-velmora", "Port Velmora", "Place", (("Port Velmora", "en"),))])
    assert _mentions(linker, "Rents rose by a third, The Port Velmora Herald reported.") == []
    assert _mentions(linker, "Rents rose in Port Velmora.") == [("port-velmora", "Port Velmora")]


def test_a_name_whose_words_a_quote_splits_is_one_mention_with_its_closing_quote():
    """"агентство «Вестник»" is the registry's "агентство Вестник", quotes and all, not "агентство" and a new name."""
    linker = Linker([Entity("vestnik", "Vestnik", "Organization", (("Vestnik", "en"),),
                            (("агентство Вестник", "ru"), ("Вестник", "ru")))])
    assert _mentions(linker, "Об этом сообщило агентство «Вестник».") == [("vestnik", "агентство «Вестник»")]
    assert _mentions(linker, 'Об этом сообщило агентство "Вестник".') == [("vestnik", 'агентство "Вестник"')]
    assert _mentions(linker, "Об этом сообщил «Вестник».") == [("vestnik", "Вестник")]


def test_a_name_with_of_the_is_also_matched_without_its_article():
    linker = Linker([Entity("varland", "Federal Republic of the Varlands", "Country",
                            (("Federal Republic of the Varlands", "en"),))])
    assert _mentions(linker, "Voters in the Federal Republic of Varlands went to the polls on Sunday.") == \
        [("varland", "Federal Republic of Varlands")]
    assert _mentions(linker, "The Federal Republic of the Varlands closed its border.") == \
        [("varland", "Federal Republic of the Varlands")]


def test_a_words_readings_looked_up_again_are_the_same_in_a_list_of_its_own():
    first = morph().parse("министра")
    first.clear()
    hits = morph()._readings.cache_info().hits
    again = morph().parse("министра")
    assert morph()._readings.cache_info().hits == hits + 1   # read from the cache, not looked up again
    assert again and [p.normal_form for p in again] == [p.normal_form for p in morph().parse("министра")]
    assert again is not morph().parse("министра")


def test_a_partys_name_written_with_a_dash_between_its_words_is_its_name_not_the_persons_in_it():
    """«Варга — за Бореалию»: a party named after its leader, the dash inside its name as Russian writes it."""
    linker = Linker([
        Entity("tomas-varga", "Tomas Varga", "Person", (("Tomas Varga", "en"), ("Томас Варга", "ru")),
               (("Варга", "ru"),)),
        Entity("varga-for-borealia", "Varga for Borealia", "Organization",
               (("Varga for Borealia", "en"), ("Варга — за Бореалию", "ru"))),
    ])
    for dash in ("—", "–", "-"):
        assert _mentions(linker, f"Партия «Варга {dash} за Бореалию» набрала 7,7%.") == \
            [("varga-for-borealia", f"Варга {dash} за Бореалию")]


def test_a_name_with_a_comma_of_its_own_is_one_mention_and_a_comma_it_lacks_splits_it():
    """"Commission for Refugees, Hostages and Lost Sailors": the comma the name itself has may stand between its
    words in the text; one it does not have ends the name there."""
    linker = Linker([
        Entity("commission", "Commission for Refugees, Hostages and Lost Sailors", "Organization",
               (("Commission for Refugees, Hostages and Lost Sailors", "en"),)),
        Entity("tarn-port", "Tarn Port Authority", "Organization", (("Tarn Port Authority", "en"),)),
    ])
    assert _mentions(linker, "The Commission for Refugees, Hostages and Lost Sailors met on Friday.") == \
        [("commission", "Commission for Refugees, Hostages and Lost Sailors")]
    assert _mentions(linker, "Ships left Tarn Port Authority waters, Tarn, Port Authority officials said.") == \
        [("tarn-port", "Tarn Port Authority")]


def test_a_bodys_name_of_no_country_is_the_body_of_that_name_the_text_gives_another_country():
    """"СК Марговии … В СК отметили": in a text that names another country's body of that name with its country,
    the name alone is that body's, not the registry's body that is called so at home."""
    linker = Linker([
        Entity("ostravia", "Ostravia", "Country", (("Ostravia", "en"), ("Остравия", "ru"))),
        Entity("margovia", "Margovia", "Country", (("Margovia", "en"), ("Марговия", "ru"))),
        Entity("ostravian-committee", "Investigative Committee of Ostravia", "Organization",
               (("Investigative Committee of Ostravia", "en"), ("СК Остравии", "ru")), (("СК", "ru"),)),
        Entity("margovian-committee", "Investigative Committee of Margovia", "Organization",
               (("Investigative Committee of Margovia", "en"), ("СК Марговии", "ru"))),
    ])
    said = "возбудил уголовное дело. В СК отметили, что следствие продолжается."
    assert _mentions(linker, f"СК Марговии {said}") == [("margovian-committee", "СК Марговии"),
                                                       ("margovian-committee", "СК")]
    assert _mentions(linker, f"СК Остравии {said}") == [("ostravian-committee", "СК Остравии"),
                                                       ("ostravian-committee", "СК")]
    assert _mentions(linker, f"Следователи {said}") == [("ostravian-committee", "СК")]


def test_a_name_with_a_plus_sign_glued_to_it_is_a_wider_group_not_the_registrys_body():
    """"ОПЕК+" is the cartel and its partners: the registry's body of the shorter name is not mentioned there."""
    linker = Linker([Entity("tarn-league", "Tarn League", "Organization", (("Tarn League", "en"), ("ТЛ", "ru")),
                            (("TL", "en"),))])
    assert _mentions(linker, "Страны ТЛ+ увеличат добычу, сообщили в ТЛ.") == [("tarn-league", "ТЛ")]
    assert _mentions(linker, "TL+ members and the TL met on Monday.") == [("tarn-league", "TL")]

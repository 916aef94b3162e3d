"""A named person's report: where it reaches and where it is left to the article (invented people and texts)."""

from extracted import claims_all, speaker_of


def test_a_sentence_that_adds_to_a_cited_report_goes_on_with_it(cast):
    text = ("According to Tomas Varga, the Orlov mill will reopen in the spring. "
            "In addition, the plant plans to hire new workers from the valley.")
    assert speaker_of(claims_all(text, cast), "hire new workers") == "varga"


def test_a_russian_sentence_that_adds_to_a_cited_report_goes_on_with_it(cast):
    text = ("По словам Томаса Варги, мельница в Орлове откроется весной. "
            "Кроме того, завод планирует нанять новых рабочих из долины.")
    assert speaker_of(claims_all(text, cast), "нанять новых рабочих") == "varga"


def test_a_sentence_that_goes_on_in_the_cited_reports_future_goes_on_with_it(cast):
    text = ("According to Tomas Varga, the Orlov mill will reopen in the spring. "
            "It will grind barley from the valley farms for the first time.")
    assert speaker_of(claims_all(text, cast), "grind barley") == "varga"


def test_a_russian_sentence_that_goes_on_in_the_cited_reports_future_goes_on_with_it(cast):
    text = ("По словам Томаса Варги, мельница в Орлове откроется весной. "
            "Она будет молоть ячмень с фермерских полей долины.")
    assert speaker_of(claims_all(text, cast), "молоть ячмень") == "varga"


def test_a_pronoun_that_tells_the_past_after_a_cited_report_stays_the_articles(cast):
    text = ("According to Tomas Varga, the Orlov mill will reopen in the spring. "
            "It was closed after a fire in the boiler house three years ago.")
    assert speaker_of(claims_all(text, cast), "fire in the boiler house") is None


def test_a_sentence_without_such_an_opener_after_a_cited_report_stays_the_articles(cast):
    text = ("According to Tomas Varga, the Orlov mill will reopen in the spring. "
            "The mill closed after a fire in the boiler house three years ago.")
    assert speaker_of(claims_all(text, cast), "fire in the boiler house") is None


def test_a_frame_after_a_short_opener_opens_its_sentence_and_closes_nothing_before_it(cast):
    text = ("The talks in Orlov ended without a deal after two days. "
            "On Monday, Tomas Varga said the talks had failed.")
    out = claims_all(text, cast)
    assert speaker_of(out, "ended without a deal") is None
    assert speaker_of(out, "the talks had failed") == "varga"


def test_a_closing_frame_still_covers_its_paragraph(cast):
    text = ("The mill will reopen in the spring. It will hire new workers from the valley, "
            "Tomas Varga said at a briefing on Monday.")
    out = claims_all(text, cast)
    assert speaker_of(out, "reopen in the spring") == "varga"


def test_drawing_attention_is_an_act_of_speech_that_closes_nothing_before_it(cast):
    text = ("Tomas Varga met the envoy of Borealia in Orlov on Monday. "
            "During the meeting, Tomas Varga drew attention to the position of Borealia on the border talks.")
    out = claims_all(text, cast)
    assert speaker_of(out, "met the envoy") is None
    assert speaker_of(out, "drew attention") == "varga"


def test_a_russian_title_written_again_alone_names_its_holder(cast):
    text = ("Доля экспорта по итогам года составила 30%, рассказал гендиректор госкорпорации Томас Варга.\n\n"
            "Говоря о доле экспорта, гендиректор напомнил, что в прошлом году завод в Орлове был закрыт.")
    assert speaker_of(claims_all(text, cast), "завод в Орлове был закрыт") == "varga"


def test_a_quotation_under_a_heading_that_names_its_last_speaker_stays_his(cast):
    text = ("Tomas Varga met the press after the match in Orlov.\n\n"
            "“Our pressing worked for an hour. The finishing let us down,” Tomas Varga said.\n\n"
            "Tomas Varga turns on the referee\n\n"
            "“It is very difficult to understand. The referee did not see the foul in the second half.”")
    assert speaker_of(claims_all(text, cast), "did not see the foul") == "varga"


def test_a_quotation_under_a_heading_that_names_someone_else_is_not_the_last_speakers(cast):
    text = ("Tomas Varga met the press after the match in Orlov.\n\n"
            "“Our pressing worked for an hour. The finishing let us down,” Tomas Varga said.\n\n"
            "Mira Orlen turns on the referee\n\n"
            "“It is very difficult to understand. The referee did not see the foul in the second half.”")
    assert speaker_of(claims_all(text, cast), "did not see the foul") != "varga"


def test_a_person_described_by_age_alone_is_the_person_before(cast):
    text = "Tomas Varga scored twice for Orlov on Sunday. The 28-year-old said the team deserved the win."
    assert speaker_of(claims_all(text, cast), "deserved the win") == "varga"


def test_a_russian_person_described_by_age_alone_is_the_person_before(cast):
    text = "Томас Варга забил дважды за «Орлов» в воскресенье. 28-летний футболист заявил, что команда заслужила победу."
    assert speaker_of(claims_all(text, cast), "заслужила победу") == "varga"


def test_a_quotation_and_its_tag_telling_the_occasion_are_one_claim_of_the_speaker(cast):
    text = "“We will reopen the Orlov mill this year,” Tomas Varga said at a briefing for the Orlov press on Monday."
    assert [who for _, who in claims_all(text, cast)] == ["varga"]


def test_an_assertion_in_the_articles_words_leaves_the_occasion_to_the_article(cast):
    text = "The Orlov mill will reopen this year, Tomas Varga said at a briefing for the Orlov press on Monday."
    out = claims_all(text, cast)
    assert speaker_of(out, "will reopen this year") == "varga"
    assert speaker_of(out, "said at a briefing") is None


def test_a_titled_name_after_a_long_opening_phrase_speaks(cast):
    text = ("After a 3-0 defeat by Orlov Rovers in the return match of the Northern Shield quarter-final, "
            "Dunmore coach Tomas Varga said that the last three games had been hard to manage.")
    assert speaker_of(claims_all(text, cast), "hard to manage") == "varga"


def test_a_name_after_a_title_in_apposition_after_an_opening_phrase_speaks(cast):
    text = ("Following talks with envoys from Borealia, the head of the Dunmore council, Tomas Varga, "
            "told reporters the bridge would reopen in May.")
    assert speaker_of(claims_all(text, cast), "bridge would reopen") == "varga"


def test_an_opening_phrase_ending_in_a_name_leaves_a_verb_with_a_subject_alone(cast):
    text = ("After a meeting with Mira Orlen in Dunmore, Tomas Varga said the bridge would reopen in May.")
    assert speaker_of(claims_all(text, cast), "bridge would reopen") == "varga"


def test_a_quotation_signed_by_a_titled_name_on_its_own_line_is_that_persons(cast):
    text = ("Officers from Dunmore arrested a man after a chase through the old town on Monday.\n\n"
            "“This was a long night for our town. I thank every officer who answered the call.” "
            "Dunmore Police Chief Tomas Varga\n\n"
            "The man was taken to hospital with minor injuries.")
    out = claims_all(text, cast)
    assert speaker_of(out, "long night for our town") == "varga"
    assert speaker_of(out, "taken to hospital") is None


def test_a_titled_name_closing_a_frame_after_a_clause_ending_in_a_participle_speaks(cast):
    text = ("Debt is very worrying and it must be cut to keep it from growing permanently entrenched, "
            "the council’s treasurer, Tomas Varga, said.")
    assert speaker_of(claims_all(text, cast), "Debt is very worrying") == "varga"

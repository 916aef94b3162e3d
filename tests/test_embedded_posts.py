"""Embedded social posts: the signature under a post names who said its sentences, and is no sentence itself."""

from claimsgraph.segment import POST_SIGNATURE, unsigned_end
from extracted import claims


def test_a_post_signed_on_its_line_is_the_signers(cast):
    text = ("Borealia held its vote on Sunday and the count went on into the night.\n\n"
            "Many reacted online.\n\n"
            "Counting the ballots is the vote itself. Nobody may stop it, and every ballot cast on time in every "
            "district will be counted. https://t.co/abc123XYZ — Tomas Varga "
            "(@tvarga) May 3, 2031\n\n"
            "The electoral board of Borealia will publish the final count on Friday morning.\n")
    out = dict(claims(text, cast))
    assert out["Counting the ballots is the vote itself."] == "varga"
    assert out["Nobody may stop it, and every ballot cast on time in every district will be counted."] == "varga"
    assert out["Many reacted online."] is None


def test_a_post_signed_on_the_next_line_is_the_signers_and_the_signature_is_no_claim(cast):
    text = ("Mira Orlen spoke to reporters in the capital of Borealia on Monday.\n"
            "Tomas Varga answered her later in the day.\n"
            "The harbour project will be finished on time and within its budget, despite the winter storms.\n"
            "— Tomas Varga (@tvarga) May 4, 2031\n"
            "The harbour was closed for repairs last winter after a storm.\n")
    out = claims(text, cast)
    assert dict(out)["The harbour project will be finished on time and within its budget, despite the winter storms."] == "varga"
    assert not any("@tvarga" in sentence for sentence, _ in out)
    assert dict(out)["The harbour was closed for repairs last winter after a storm."] is None


def test_a_line_above_the_post_stays_the_articles(cast):
    text = ("Mira Orlen met farmers in the north of Borealia on Tuesday.\n"
            "The meeting was held in a small school near the border.\n"
            "The harvest was good this year, and prices will hold until the spring.\n"
            "— Mira Orlen (@morlen) June 1, 2031\n"
            "The harvest festival of Borealia opens in the first week of August.\n")
    out = dict(claims(text, cast))
    assert out["The meeting was held in a small school near the border."] is None
    assert out["The harvest was good this year, and prices will hold until the spring."] == "orlen"


def test_a_signature_glued_to_the_posts_last_sentence_is_cut_off():
    chunk = "We stand with the people of the valley! https://t.co/Q1w2E3 — Valley Aid (@valleyaid) July 9, 2031"
    end = unsigned_end(chunk, 0, len(chunk))
    assert chunk[:end] == "We stand with the people of the valley!"
    alone = "https://t.co/Q1w2E3 — Valley Aid (@valleyaid) July 9, 2031"
    assert unsigned_end(alone, 0, len(alone)) is None
    assert POST_SIGNATURE.search(alone).group("name") == "Valley Aid"


def test_a_dash_in_running_text_is_no_signature():
    chunk = "The minister — who spoke for an hour — said nothing new about the harbour."
    assert unsigned_end(chunk, 0, len(chunk)) == len(chunk)
    assert POST_SIGNATURE.search(chunk) is None

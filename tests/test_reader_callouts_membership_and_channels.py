"""A newsroom's call to its readers is furniture wherever it stands: a membership's price ("Become a member from
just $5 a month"), its appeal ("… relies on readers like you"), a newsletter of two adjectives ("our free daily
newsletter"), «следите за новостями в нашем канале», a paywall's appeal ("Reporting like this costs a great deal.
Please back it with a subscription today."), an empty comment thread's call («Ваш будет первым!»); a sentence
that only shares a word with them stays, and so does a call that is no one's but a speaker's: a country or a worker
becoming a member, a call inside an official's quotation."""
import pytest

from extracted import body_texts

PAGE = ("Floods in Borealia\n\nThe mayor of Nordport said the quay would reopen on Friday.\n\n{line}\n\n"
        "Repairs to the dam began on Monday and will last until May.\n")


@pytest.mark.parametrize("line", [
    "The Harbour Post relies on readers like you. Become a member from just $5 a month.",
    "Become a supporter today and keep our reporting free.",
    "Sign up for the Quay Brief, our free daily newsletter.",
    "Следите за новостями в нашем канале в мессенджере.",
    "Reporting like this costs a great deal. Please back it with a subscription today.",
    "Our reporters work around the clock. You can support us with a donation.",
    "Reporting like ours costs money. Support us with a donation today.",
    "Ваш будет первым!",
    "Нет комментариев. Ваш комментарий будет первым!",
    # the site's own contact and print links
    "> Email us your story tips.",
    "> Give us feedback on the harbour pages.",
    "> More Quay Post contact information.",
    "Log in and use the print button at the top to print the page.",
])
def test_a_call_to_readers_is_furniture(line):
    assert line not in body_texts(PAGE.format(line=line))


@pytest.mark.parametrize("line", [
    "Borealia will become a member of the customs union next year, the ministry said.",
    "The readers of the old almanac were mostly fishermen, the museum said.",
    "Valdoria will become a full member from July 1, the commission of the union said on Tuesday.",
    "Borealia will not become a Pact member now, the foreign minister Oskar Brand said.",
    "Workers who become a member now will get strike pay, union leader Kora Lind said.",
    "The minister said the newsletter would reach every home. Become a member today, she urged residents.",
    "“We owe the paper to readers like you,” the editor Kora Lind said on Monday.",
    "The editor Kora Lind said the paper was kept alive by readers like you and would not close.",
    "Мэр Иван Сомов призвал жителей: «Следите за новостями в нашем городском канале». Он заявил, что мост откроют.",
    "«Следите за новостями в мэрии», — сказал мэр Иван Сомов. Он заявил, что мост откроют в мае.",
    "The council will support the port with a grant of two million, the mayor Kora Lind said.",
    "Мэр Иван Сомов заявил, что его проект будет первым в области.",
    "The harbour master sent a letter to the mayor of Nordport on Monday, the port said.",
    "The editors of the Quay Post gave the mayor their tips for the festival, she said.",
    "In 2029, Kora Lind, a local teacher, warned of the risk in a letter to the editor.",
    "The Quay Post refused to print this story, its editor Oskar Brand said on Tuesday.",
])
def test_a_sentence_sharing_a_word_stays(line):
    assert line in body_texts(PAGE.format(line=line))

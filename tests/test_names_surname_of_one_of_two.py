"""A surname alone that two people of the text share is neither's: which one a reader takes it for depends on more
than who was named last (a rule that sent it there lowered claimant accuracy on two validation sets)."""


def test_a_shared_surname_alone_after_both_are_named_is_no_ones(typed):
    text = ("Clinics reopen\n\nThe minister Anna Lindqvist said on Monday that the clinics would reopen in March.\n\n"
            "Her deputy Igor Lindqvist said the work would start in April.\n\n"
            "Lindqvist told reporters that the repairs cost 40,000 crowns.\n")
    _, mentions = typed(text, [("Anna Lindqvist", "Person", 0), ("Igor Lindqvist", "Person", 0)])
    assert not any(written == "Lindqvist" for written, _ in mentions)

"""Capitalised words opening a sentence before an apposition headed by a noun for a company or another body
("Quorvia, a cloud computing company, said …") name that body where no model read a name in them; a person's
apposition ("Jon Varga, a former bank employee, said") names no body."""
import pytest


@pytest.mark.parametrize("apposition", ["a cloud computing company", "the country's largest telecoms group",
                                        "an online lender based in Velsk"])
def test_a_name_before_a_body_s_apposition_is_that_body(typed, apposition):
    found, _ = typed(f"Job cuts\n\nQuorvia, {apposition}, said on Monday that it would cut 300 jobs.\n")
    assert found.get("Quorvia") == "Organization"


def test_a_person_s_apposition_names_no_body(typed):
    found, _ = typed("Job cuts\n\nJon Varga, a former bank employee, said on Monday that he was surprised.\n")
    assert found.get("Jon Varga") != "Organization"

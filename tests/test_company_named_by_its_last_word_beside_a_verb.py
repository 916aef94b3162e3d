"""English: two capitalised words closing with a company's word ("Holdings", "Logistics") beside a verb of saying
are a company's name where the model read nothing there (after a wire's dateline, after a closing quotation mark):
the company speaks (invented companies)."""
import pytest

from extracted import speakers_as_written


@pytest.mark.parametrize("text", [
    "Bridge shut\n\nTELLMOUTH, March 3 (Vellwire) - Vexon Holdings said in its statement the bridge would close.\n",
    "Bridge shut\n\n“The bridge will close until June,” Vexon Holdings said.\n",
    "Bridge shut\n\nTELLMOUTH, March 3 (Vellwire) - Quarrow Logistics told reporters that the bridge would close.\n",
])
def test_a_company_by_its_last_word_speaks(linker, text):
    found = speakers_as_written(text, linker, name="t.txt")
    assert found[0] in ("Vexon Holdings", "Quarrow Logistics")

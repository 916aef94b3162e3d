"""Police named with no article and a participle after them ("Police responding to the call said …") still speak as
the police: the participle says which officers, it makes no longer name."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.mark.parametrize("text", [
    "Police investigating the warehouse fire said the blaze had started in a storeroom.",
    "Police responding to the alarm said the boats had been cut loose.",
])
def test_police_with_a_participle_speak(text):
    assert speakers_as_written(text, Linker([]), name="t.txt") == ["Police"]

"""The pattern syntax of ``mailbot.rule_matcher`` (the rule tables rely on every form of it)."""

import pytest

from mailbot.rule_matcher import Rule, RuleMatcher

LEMMAS = {"sloeg": "slaan", "geslagen": "slaan"}


def _spans(pattern: str, sentence: str) -> list[tuple[int, int]]:
    matcher = RuleMatcher((Rule("sg", "", 1.0, (pattern,)),))
    return [(s, e) for _, s, e in matcher(sentence.split(), lambda w: LEMMAS.get(w, w))]


@pytest.mark.parametrize(
    ("pattern", "sentence", "spans"),
    [
        ("mijn zoon|dochter", "ik en mijn dochter", [(2, 4)]),
        ("=slaan hem", "hij sloeg hem", [(1, 3)]),
        ("re:blauwe? re:plek(ken)?", "twee blauw plekken", [(1, 3)]),
        ("sloeg ? hem", "sloeg hem", [(0, 2)]),
        ("sloeg ? hem", "sloeg ook hem", [(0, 3)]),
        # an optional token, "~" on the last alternative or on every one
        ("stuurt haar|dochter~ appjes", "stuurt appjes", [(0, 2)]),
        ("stuurt haar|dochter~ appjes", "stuurt dochter appjes", [(0, 3)]),
        ("stuurt haar~|dochter~ appjes", "stuurt haar appjes", [(0, 3)]),
        ("stuurt haar~|dochter~ appjes", "stuurt dochter appjes", [(0, 3)]),
        ("stuurt haar~|dochter~ appjes", "stuurt zoon appjes", []),
    ],
)
def test_pattern_syntax(pattern: str, sentence: str, spans: list[tuple[int, int]]) -> None:
    assert _spans(pattern, sentence) == spans

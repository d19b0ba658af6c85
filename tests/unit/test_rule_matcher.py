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


@pytest.mark.parametrize(
    ("regex", "openings"),
    [
        ("(?:blauwe?)$", {"bl"}),
        ("(?:ab?)$", {"a", "ab", "a\n"}),  # "$" matches before a final newline too
        ("(?:(kinder)?mishandel(d|t|en)|mishandelde)$", {"ki", "mi"}),
        ("(?:[a-c]x|y)$", {"ax", "bx", "cx", "y", "y\n"}),  # "y": a word of one letter
        ("(?:suïcid.*|zelfmoord)$", {"su", "ze"}),
        ("(?:s.*)$", None),  # a wildcard in the first two letters: cannot be told
        ("(?:.*geslagen)$", None),
        ("(?:[^x]ab)$", None),
        ("(?:\\d+)$", None),
        ("(?:a?)$", {"", "a", "\n", "a\n"}),  # the empty word too
        ("(?:(ab|c)?d)$", {"ab", "cd", "d", "d\n"}),
        ("(?:x{3,})$", {"xx"}),
        ("(?:(na|w|przez)?)$", {"", "\n", "na", "w", "w\n", "pr"}),
        ("(?i:abc)$", None),  # case-insensitive: not filed by letter
    ],
)
def test_openings_of_a_regex(regex: str, openings: set[str] | None) -> None:
    from mailbot.rule_matcher import regex_openings

    assert regex_openings(regex) == (None if openings is None else frozenset(openings))


def test_regex_predicates_filed_by_opening_letters_match_as_trying_every_one() -> None:
    """The index by opening letters is an optimisation only: every word gets exactly the
    predicates a plain loop over all regexes gives (the shipped rules, on the corpus words)."""
    from mailbot.classify import load_pipelines, matching_text, prepare_text
    from mailbot.training import load_corpus

    pipes = load_pipelines()
    words = {
        t.text
        for r in load_corpus()[::7]
        for t in pipes.nl.make_doc(matching_text(prepare_text(r["subject"], r["text"])))
    } | {"", "a", "ab", "x1", "é", "ع", "w", "na", "y", "1", "ሰ", "\n", " ", "w\n"}
    for matcher in (pipes.matcher, pipes.matcher_other):
        for w in sorted(words):
            expected = {i for i, rx in matcher._regex if rx.match(w)}
            got = {i for i in matcher.satisfied(w, w) if matcher.specs[i].kind == "regex"}
            assert got == expected, w


def test_every_dutch_and_english_rule_word_is_one_token() -> None:
    """A pattern token matches one token of the mail, so an alternative the tokenizer splits
    ("'d", "pytania,") can never match. The other-language tables still hold 46 such dead
    alternatives (elided French "l'", trailing commas): harmless, the other alternatives match.
    (A phrase written as alternatives, "i am|i'm|we are", is the same mistake one level up;
    ``test_classify`` checks the phrases of ``complaint_explicit`` one by one.)"""
    from mailbot.classify import load_pipelines
    from mailbot.rule_matcher import compile_pattern

    pipes = load_pipelines()
    dead = sorted(
        (rule.group, word, pattern)
        for matcher in (pipes.matcher, pipes.matcher_gloss)
        for rule in matcher.rules
        for pattern in rule.patterns
        for spec, _ in compile_pattern(pattern)
        if spec.kind in ("lower", "lemma")
        for word in spec.words
        if len(pipes.nl.make_doc(word)) != 1
    )
    assert dead == []

"""The example sentences of the rule lexicons: every concept of ``triage_rules_calm`` (calm Dutch
and English phrasings) and ``triage_rules_languages`` (other languages) matches its examples and
none of its harmless look-alikes; whole mails are flagged through ``classify``."""

import json
from pathlib import Path
from typing import Any

import pytest
import spacy

from mailbot.classify import classify_text, matching_text
from mailbot.rule_matcher import Rule, RuleMatcher
from mailbot.triage_rules_calm import CALM_RULES
from mailbot.triage_rules_languages import LANGUAGE_RULES

DATA = Path(__file__).parents[1] / "data"
LEXICONS: dict[str, tuple[tuple[Rule, ...], list[dict[str, Any]]]] = {
    name: (rules, json.loads((DATA / f"{name}_rule_examples.json").read_text("utf-8")))
    for name, rules in (("calm", CALM_RULES), ("language", LANGUAGE_RULES))
}
CASES = [(name, i) for name, (rules, _) in LEXICONS.items() for i in range(len(rules))]
_NLP = spacy.blank("nl")


def _matches(matcher: RuleMatcher, sentence: str) -> bool:
    words = [t.text for t in _NLP.make_doc(matching_text(sentence))]
    return bool(matcher(words, lambda w: w))


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_examples_describe_the_rules_in_order(name: str) -> None:
    rules, examples = LEXICONS[name]
    assert len(examples) == len(rules)
    for entry, rule in zip(examples, rules, strict=True):
        assert (entry["group"], entry["category"] or "") == (rule.group, rule.category)
        assert len(entry["examples"]) >= 4, entry["concept"]


@pytest.mark.parametrize(("name", "index"), CASES)
def test_concept_matches_its_examples_and_not_its_look_alikes(name: str, index: int) -> None:
    rules, examples = LEXICONS[name]
    entry = examples[index]
    matcher = RuleMatcher((rules[index],))
    missed = [s for s in entry["examples"] if not _matches(matcher, s)]
    false = [s for s in entry["non_examples"] if _matches(matcher, s)]
    assert (missed, false) == ([], []), entry["concept"]


@pytest.mark.parametrize(
    ("subject", "text", "category"),
    [
        (
            "Prośba o pomoc",
            "Dzień dobry, mój partner zabrał mój paszport i nie pozwala mi wychodzić z domu. "
            "Kraamverzorgende przychodzi do piątku. Proszę nie dzwonić na mój telefon.",
            "huiselijk_geweld",
        ),
        (
            "Oğlum hakkında",
            "Merhaba, babası oğlumu kemerle dövüyor, sırtında morluklar var. Ne yapmalıyım?",
            "kindermishandeling",
        ),
        (
            "voor mark",
            "hey kun je dit aan mark doorgeven, hij is mijn jongerencoach. ik doe het weer, dat "
            "snijden, sinds die ruzie met mijn moeder. hij hoeft niet te bellen.",
            "overig",
        ),
    ],
)
def test_a_mail_in_calm_words_or_another_language_is_flagged(
    subject: str, text: str, category: str
) -> None:
    t = classify_text(subject, text)
    assert t.safeguarding and t.safeguarding_category is not None, t.evidence
    assert t.safeguarding_category.value == category, t.evidence["safeguarding"]

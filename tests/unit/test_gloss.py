"""Word-by-word glosses of other-language mail (mailbot.gloss): format, lookup, choice."""

from __future__ import annotations

import pytest

from mailbot.gloss import (
    GlossaryError,
    gloss,
    load_glossaries,
    normalise,
    parse_glossary,
)

PL = parse_glossary(
    "pl",
    "# people\n"
    "mąż\thusband\n"
    "męża\thusband\n"
    "go\thim\n"
    "nie\tnot\n"
    "# violence\n"
    "uderz*\thit\n"
    "uderzenie\tblow\n"
    "bił\tbeat\n"
    "boi\tis afraid\n",
)
AR = parse_glossary(
    "ar",
    "!prefix\tو\n!prefix\tال\n!suffix\tه\nضرب\thit\nطفل\tchild\nخايفه\tafraid\n",
)


def test_normalise_folds_case_diacritics_and_interchangeable_letters() -> None:
    assert normalise("Mąż") == "maz"
    assert normalise("ŁÓDŹ") == "lodz"
    assert normalise("kızım") == normalise("kizim")
    assert normalise("مي\u200cزند") == normalise("میزند")  # ZWNJ, Arabic vs Persian yeh
    assert normalise("ضَرَبَ") == "ضرب"  # harakat


def test_exact_form_beats_stem_and_longest_stem_wins() -> None:
    assert PL.lookup(normalise("uderzenie")) == ("blow",)
    assert PL.lookup(normalise("uderzył")) == ("hit",)
    assert PL.lookup(normalise("maz")) == ("husband",)  # typed without Polish letters
    assert PL.lookup("biuro") is None  # no short stem swallows unrelated words
    assert PL.lookup(normalise("boi")) == ("is", "afraid")


def test_clitics_are_stripped_only_for_unknown_words() -> None:
    assert AR.lookup(normalise("وضربه")) == ("hit",)  # and + hit + him
    assert AR.lookup(normalise("الطفل")) == ("child",)
    assert AR.lookup(normalise("خائفة")) is None or AR.lookup(normalise("خايفة")) == ("afraid",)
    assert AR.lookup(normalise("وه")) is None  # too short after stripping


def test_gloss_keeps_unknown_words_and_maps_back_to_the_mail() -> None:
    words = ["mąż", "nie", "uderzył", "go", "w", "kraamzorg", "."]
    g = gloss(words, [AR, PL])
    assert g.code == "pl"
    assert g.words == ("husband", "not", "hit", "him", "w", "kraamzorg", ".")
    g2 = gloss(["boi", "się", "męża"], [PL])
    assert g2.words == ("is", "afraid", "się", "husband")
    assert g2.source == (0, 0, 1, 2)


def test_mail_no_glossary_knows_is_left_as_it_is() -> None:
    words = ["completely", "unknown", "words", "here", "again", "mąż"]
    g = gloss(words, [PL])
    assert g.code is None and g.words == tuple(words) and g.source == tuple(range(6))


@pytest.mark.parametrize(
    "text, message",
    [
        ("mąż husband\n", "expected 'form<TAB>gloss'"),
        ("mąż\t\n", "expected 'form<TAB>gloss'"),
        ("ab*\thit\n", "stem shorter"),
        ("mąż\tthe husband of her\n", "more than 3 words"),
    ],
)
def test_bad_glossary_lines_are_named(text: str, message: str) -> None:
    with pytest.raises(GlossaryError, match=message) as err:
        parse_glossary("pl", "# ok\n" + text, "pl.tsv")
    assert "pl.tsv:2" in str(err.value)


def test_shipped_glossaries_parse_and_gloss_their_own_language() -> None:
    glossaries = {g.code: g for g in load_glossaries()}
    assert len(glossaries) >= 15, sorted(glossaries)
    for code, g in glossaries.items():
        assert len(g.forms) + len(g.stems) >= 1000, code


def test_words_joined_by_apostrophe_or_hyphen_are_glossed_by_parts() -> None:
    fr = parse_glossary("fr", "l'\tthe\nenfant\tchild\nm'\tme\nbateu\thit\nme\tme\n")
    assert gloss(["l'enfant", "bateu-me", "xyz-abc"], [fr]).words == (
        "the", "child", "hit", "me", "xyz-abc")

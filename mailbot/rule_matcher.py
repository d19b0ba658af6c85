"""The rule matcher of the triage: patterns over tokens and lemmas (``mailbot.triage_rules``
holds the tables).

A pattern is a space-separated sequence of tokens:

* ``a|b|c``  the lower-cased token equals one of the words; an alternative written ``re:X`` is the
  regex ``^X$`` (``|`` inside parentheses stays part of the regex);
* ``=a|b``   the token's lemma (lookup lemmatizer from spacy-lookups-data) is one of these;
* ``?``      any one token, optional;  ``tok~``  the token is optional (``a|b~`` and
  ``a~|b~`` both make the whole alternation optional).

**Speed.** spaCy's ``Matcher`` evaluates every token predicate (hundreds of them, many regexes)
at every token. :class:`RuleMatcher` instead computes, once per distinct word form and language,
the set of token predicates that form satisfies (cached), indexes patterns by their first
token, and only tries the patterns that can start at a token — a set lookup per token for the
single-word rules, a short walk for the multi-token ones. Leading/trailing optional tokens are
dropped (they never decide whether a pattern matches). Matching is a pure function of the
words and lemmas: the cache only remembers results.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from mailbot.domain import SafeguardingCategory

#: The safeguarding categories by the short names the rule tables use.
K = SafeguardingCategory.KINDERMISHANDELING.value
S = SafeguardingCategory.SEKSUEEL.value
H = SafeguardingCategory.HUISELIJK_GEWELD.value
G = SafeguardingCategory.GRENSOVERSCHRIJDEND.value
O = SafeguardingCategory.OVERIG.value  # noqa: E741 - the category's initial, like the others


@dataclass(frozen=True)
class Rule:
    """Phrases of one kind, with the category and weight their evidence carries."""

    group: str
    category: str
    weight: float
    patterns: tuple[str, ...]


def _split_alts(tok: str) -> list[str]:
    """Split on ``|`` outside parentheses (so ``re:hit(s|ting)?`` stays whole)."""
    parts, depth, cur = [], 0, ""
    for ch in tok:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p for p in parts if p]


@dataclass(frozen=True)
class _Spec:
    """One token predicate: LOWER in a set, LOWER matching a regex, LEMMA in a set, or any."""

    kind: str  # "lower" | "regex" | "lemma" | "any"
    words: frozenset[str] = frozenset()
    regex: re.Pattern[str] | None = None

    def test(self, word: str, lemma: str) -> bool:
        if self.kind == "lower":
            return word in self.words
        if self.kind == "lemma":
            return lemma in self.words
        if self.kind == "regex":
            assert self.regex is not None
            return self.regex.match(word) is not None
        return True


def _parse_token(tok: str) -> _Spec:
    if tok == "?":
        return _Spec("any")
    if tok.startswith("=") and len(tok) > 1:
        return _Spec("lemma", frozenset(_split_alts(tok[1:])))
    alts = _split_alts(tok)
    if any(a.startswith("re:") for a in alts):
        rx = "|".join(a[3:] if a.startswith("re:") else re.escape(a) for a in alts)
        return _Spec("regex", regex=re.compile(f"(?:{rx})$"))
    return _Spec("lower", frozenset(alts))


def compile_pattern(pattern: str) -> tuple[tuple[_Spec, bool], ...]:
    """``(spec, optional)`` per token, leading and trailing optional tokens dropped."""
    out: list[tuple[_Spec, bool]] = []
    for raw in pattern.split():
        if raw == "?":
            out.append((_Spec("any"), True))
            continue
        optional = raw.endswith("~") and len(raw) > 1
        if optional:  # "dochter~|zoon~": a "~" written on every alternative means the same
            raw = "|".join(a[:-1] if a.endswith("~") else a for a in _split_alts(raw[:-1]))
        out.append((_parse_token(raw), optional))
    while out and out[0][1]:
        out.pop(0)
    while out and out[-1][1]:
        out.pop()
    return tuple(out)


Match = tuple[int, int, int]  # (rule index, start token, end token)


class RuleMatcher:
    """All matches of ``rules`` in a token sequence (see the module docstring)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        specs: dict[_Spec, int] = {}
        self.patterns: list[tuple[int, tuple[tuple[int, bool], ...]]] = []
        for r_idx, rule in enumerate(self.rules):
            for pattern in rule.patterns:
                compiled = compile_pattern(pattern)
                if not compiled:
                    continue
                ids = tuple((specs.setdefault(s, len(specs)), opt) for s, opt in compiled)
                self.patterns.append((r_idx, ids))
        self.specs = tuple(sorted(specs, key=specs.__getitem__))
        self._any = {i for i, s in enumerate(self.specs) if s.kind == "any"}
        self.by_first: dict[int, list[int]] = {}
        for p_idx, (_, ids) in enumerate(self.patterns):
            self.by_first.setdefault(ids[0][0], []).append(p_idx)
        # The predicates a pattern cannot match without: a pattern whose required words are not
        # all somewhere in the mail is not walked at all (most patterns start with a pronoun).
        self._required = [
            frozenset(sid for sid, opt in ids if not opt and self.specs[sid].kind != "any")
            for _, ids in self.patterns
        ]
        self._lower: dict[str, list[int]] = {}
        self._lemma: dict[str, list[int]] = {}
        self._regex: list[tuple[int, re.Pattern[str]]] = []
        for i, s in enumerate(self.specs):
            if s.kind == "lower":
                for w in s.words:
                    self._lower.setdefault(w, []).append(i)
            elif s.kind == "lemma":
                for w in s.words:
                    self._lemma.setdefault(w, []).append(i)
            elif s.kind == "regex" and s.regex is not None:
                self._regex.append((i, s.regex))
        # Regexes by the first PREFIX_CHARS letters a match can start with (worked out from the
        # parsed pattern): a word is tried only against those of its own opening letters, and
        # the few whose opening cannot be told. One alternation of all 3,500 regexes of the
        # other-language rules was tried first: Python's re walks an alternation one branch at
        # a time, and a word that matched cost ~0.2 ms; one letter still left ~400 per word.
        self._regex_by_prefix: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        self._regex_anywhere: list[tuple[int, re.Pattern[str]]] = []
        for i, rx in self._regex:
            openings = regex_openings(rx.pattern)
            if openings is None:
                self._regex_anywhere.append((i, rx))
            else:
                for o in sorted(openings):
                    self._regex_by_prefix.setdefault(o, []).append((i, rx))
        self._cache: dict[tuple[str, str], frozenset[int]] = {}

    def lemmas(self) -> set[str]:
        """Every lemma a rule matches on (the shipped lemma tables keep these)."""
        return {w for s in self.specs if s.kind == "lemma" for w in s.words}

    def satisfied(self, word: str, lemma: str) -> frozenset[int]:
        """The ids of the token predicates ``word`` (lower-cased) with ``lemma`` satisfies."""
        key = (word, lemma)
        found = self._cache.get(key)
        if found is None:
            ids = set(self._lower.get(word, ())) | set(self._lemma.get(lemma, ())) | self._any
            for i, rx in self._regex_by_prefix.get(word[:PREFIX_CHARS], ()):
                if rx.match(word):
                    ids.add(i)
            for i, rx in self._regex_anywhere:
                if rx.match(word):
                    ids.add(i)
            found = frozenset(ids)
            if len(self._cache) > 200_000:  # bound memory on adversarial input
                self._cache.clear()
            self._cache[key] = found
        return found

    def __call__(self, words: Sequence[str], lemma_of: Callable[[str], str]) -> list[Match]:
        sat = [self.satisfied(w, lemma_of(w)) for w in words]
        n = len(sat)
        present = frozenset().union(*sat)
        viable: dict[int, bool] = {}
        out: set[Match] = set()
        for i, here in enumerate(sat):
            for sid in here:
                for p_idx in self.by_first.get(sid, ()):
                    ok = viable.get(p_idx)
                    if ok is None:
                        ok = viable[p_idx] = self._required[p_idx] <= present
                    if not ok:
                        continue
                    r_idx, ids = self.patterns[p_idx]
                    for end in _walk(ids, 1, i + 1, sat, n):
                        out.add((r_idx, i, end))
        return sorted(out)


#: Regexes are filed under the first this many letters of the words they can match.
PREFIX_CHARS = 2
#: Give up (file the regex as "anywhere") when it can open in more ways than this.
_MAX_OPENINGS = 4000

# An opening is (text, whole): ``whole`` while ``text`` is all the match has so far (shorter
# than PREFIX_CHARS); otherwise ``text`` is the first PREFIX_CHARS letters and the rest is cut.
_Opening = tuple[str, bool]


def regex_openings(pattern: str) -> frozenset[str] | None:
    """The keys a word matched whole by ``pattern`` can have: its first ``PREFIX_CHARS``
    letters, or the whole word when it is shorter. None when that cannot be told (a wildcard,
    a negated class or category, a large range, case-insensitivity). The pattern must match
    whole words, as every regex of the matcher does (compiled as ``(?:...)$``)."""
    parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _seq_openings(list(parsed))
    return None if found is None else frozenset(text for text, _ in found)


def _concat(left: set[_Opening], right: set[_Opening]) -> set[_Opening] | None:
    out: set[_Opening] = set()
    for a, a_whole in left:
        if not a_whole:
            out.add((a, False))
            continue
        for b, b_whole in right:
            joined = a + b
            out.add((joined[:PREFIX_CHARS], False) if len(joined) >= PREFIX_CHARS
                    else (joined, b_whole))
    return out if len(out) <= _MAX_OPENINGS else None


def _seq_openings(items: list[tuple[Any, Any]]) -> set[_Opening] | None:
    out: set[_Opening] = {("", True)}
    for op, av in items:
        if all(not whole for _, whole in out):
            break  # every opening already has PREFIX_CHARS letters
        item = _item_openings(op, av)
        joined = None if item is None else _concat(out, item)
        if joined is None:
            return None
        out = joined
    return out


def _item_openings(op: Any, av: Any) -> set[_Opening] | None:
    c = re._constants  # type: ignore[attr-defined]
    if op is c.LITERAL:
        return {(chr(av), True)}
    if op is c.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is c.LITERAL:
                chars.add(chr(iav))
            elif iop is c.RANGE and iav[1] - iav[0] < 256:
                chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
            else:
                return None
        return {(ch, True) for ch in chars}
    if op is c.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # "(?i:...)"
            return None
        return _seq_openings(list(av[-1]))
    if op is c.BRANCH:
        out: set[_Opening] = set()
        for branch in av[1]:
            found = _seq_openings(list(branch))
            if found is None:
                return None
            out |= found
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, sub = av
        one = _seq_openings(list(sub))
        if one is None:
            return None
        # n repetitions for n from low up to low + PREFIX_CHARS: each further non-empty one
        # only adds letters past the key (an empty one equals fewer repetitions)
        acc: set[_Opening] = {("", True)}
        total = set(acc) if low == 0 else set()
        for n in range(1, min(high, low + PREFIX_CHARS) + 1):
            joined = _concat(acc, one)
            if joined is None:
                return None
            acc = joined
            if n >= low:
                total |= acc
        return total
    if op is c.AT:
        # "$" also matches before a final newline (a whitespace token "\n" matches "(x)?$")
        return {("", True), ("\n", True)} if av is c.AT_END else {("", True)}
    return None


def _walk(
    ids: tuple[tuple[int, bool], ...], k: int, j: int, sat: list[frozenset[int]], n: int
) -> list[int]:
    """End positions of ``ids[k:]`` matched from token ``j`` on."""
    if k == len(ids):
        return [j]
    sid, optional = ids[k]
    ends: list[int] = []
    if j < n and sid in sat[j]:
        ends += _walk(ids, k + 1, j + 1, sat, n)
    if optional:
        ends += _walk(ids, k + 1, j, sat, n)
    return ends

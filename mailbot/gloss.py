"""Word-by-word English glosses of mail written in the other languages our clients use.

The trained model is a bag of words over Dutch and English, and a bag of words does not read word
order: a word-by-word gloss ("maz wsciekly rzucil butelka o sciane" -> "husband furious threw
bottle at wall") is, for it, nearly as good as a translation. So mail detected as neither Dutch
nor English is glossed with a hand-written glossary (``mailbot/data/glossary/<code>.tsv``, one
per language, written from the languages and not from the corpus) and the model reads the gloss;
words a glossary does not know (names, the Dutch service words people mix in: "kraamzorg",
"BSO") stay as they are. The other-language rules still read the original words.

Glossary format, one entry per line, ``form<TAB>gloss`` (1-3 English words): a form ending in
``*`` is a stem that matches every word starting with it (the longest stem wins; an exact form
beats any stem); ``!prefix<TAB>X`` and ``!suffix<TAB>X`` declare clitics (Arabic "و", "ال",
Persian "می") stripped from a word that is not known as it stands; ``#`` starts a comment.
Forms and mail words are compared after :func:`normalise` (lower case, no diacritics, one
spelling of the Arabic-script letters that writers interchange), so mail typed without Polish or
Turkish letters finds the same entries.

Which glossary: the one that knows the most words of the mail (the detector is not asked:
Arabic in Latin letters, Tigrinya and Dari are not languages it knows). A mail of which no
glossary knows a fifth of the words is not glossed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mailbot.errors import MailbotError

GLOSSARY_DIR = Path(__file__).parent / "data" / "glossary"
#: A glossary must know at least this share of a mail's words to be used for it.
MIN_COVERAGE = 0.2
#: The glossary is chosen on the first this many words of the mail.
CHOICE_WORDS = 80
#: Stems shorter than this many letters match too many unrelated words.
MIN_STEM = 3
#: A word must keep at least this many letters after a clitic is stripped.
MIN_AFTER_CLITIC = 2

# Letters that NFKD does not decompose, and Arabic-script letters writers use interchangeably
# (Arabic and Persian yeh and kaf, alef with hamza, teh marbuta).
_FOLD = str.maketrans(
    {
        "ł": "l",
        "ı": "i",
        "ø": "o",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ۀ": "ه",
        "\u200c": None,  # zero-width non-joiner (Persian "می‌زند")
        "\u200d": None,
        "\u0640": None,  # tatweel
        "’": "'",
    }
)


class GlossaryError(MailbotError):
    """A glossary file that cannot be read: the file, the line and what is wrong."""


def normalise(word: str) -> str:
    """Lower case, without diacritics or harakat, one spelling of interchangeable letters."""
    folded = word.lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Glossary:
    """One language's glossary, keys normalised."""

    code: str
    forms: Mapping[str, tuple[str, ...]]
    stems: Mapping[str, tuple[str, ...]]
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    #: the lengths of the stems, longest first (only these prefixes of a word are looked up)
    stem_lengths: tuple[int, ...] = ()

    def _direct(self, word: str) -> tuple[str, ...] | None:
        found = self.forms.get(word)
        if found is not None:
            return found
        for k in self.stem_lengths:
            if k <= len(word):
                found = self.stems.get(word[:k])
                if found is not None:
                    return found
        return None

    def lookup(self, word: str) -> tuple[str, ...] | None:
        """The English gloss of a (normalised) word, or None when the glossary does not know it."""
        found = self._direct(word)
        if found is not None or not (self.prefixes or self.suffixes):
            return found
        for p in self.prefixes:  # longest first (sorted when parsed)
            if word.startswith(p) and len(word) - len(p) >= MIN_AFTER_CLITIC:
                found = self._direct(word[len(p):]) or self._strip_suffix(word[len(p):])
                if found is not None:
                    return found
        return self._strip_suffix(word)

    def _strip_suffix(self, word: str) -> tuple[str, ...] | None:
        for s in self.suffixes:
            if word.endswith(s) and len(word) - len(s) >= MIN_AFTER_CLITIC:
                found = self._direct(word[: -len(s)])
                if found is not None:
                    return found
        return None


def parse_glossary(code: str, text: str, source: str = "<glossary>") -> Glossary:
    """Parse one glossary file's text; :class:`GlossaryError` names the first bad line."""
    forms: dict[str, tuple[str, ...]] = {}
    stems: dict[str, tuple[str, ...]] = {}
    prefixes: set[str] = set()
    suffixes: set[str] = set()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise GlossaryError(f"{source}:{number}: expected 'form<TAB>gloss', got {raw!r}")
        form, meaning = parts[0].strip(), parts[1].strip()
        if form in ("!prefix", "!suffix"):
            (prefixes if form == "!prefix" else suffixes).add(normalise(meaning))
            continue
        words = tuple(meaning.lower().split())
        if len(words) > 3:
            raise GlossaryError(f"{source}:{number}: gloss of more than 3 words: {meaning!r}")
        if form.endswith("*"):
            stem = normalise(form[:-1])
            if len(stem) < MIN_STEM:
                raise GlossaryError(f"{source}:{number}: stem shorter than {MIN_STEM}: {form!r}")
            stems.setdefault(stem, words)
        else:
            forms.setdefault(normalise(form), words)  # the first meaning listed wins
    by_length = functools.partial(sorted, key=lambda s: (-len(s), s))
    return Glossary(
        code,
        forms,
        stems,
        tuple(by_length(prefixes)),
        tuple(by_length(suffixes)),
        tuple(sorted({len(s) for s in stems}, reverse=True)),
    )


@functools.lru_cache(maxsize=2)
def load_glossaries(directory: Path = GLOSSARY_DIR) -> tuple[Glossary, ...]:
    """Every ``<code>.tsv`` of ``directory`` (sorted by code; none when it does not exist)."""
    if not directory.is_dir():
        return ()
    return tuple(
        parse_glossary(p.stem, p.read_text(encoding="utf-8"), str(p))
        for p in sorted(directory.glob("*.tsv"))
    )


@dataclass(frozen=True)
class Glossed:
    """A mail's words as the model reads them: the gloss, and where each gloss word came from.

    ``source[i]`` is the index of the mail word that ``words[i]`` glosses (or copies). ``code``
    is the glossary used, None when the words were left as they were.
    """

    words: tuple[str, ...]
    source: tuple[int, ...]
    code: str | None
    coverage: float


_JOINERS = re.compile(r"(?<=['’])|-")


def gloss_word(g: Glossary, key: str) -> tuple[str, ...] | None:
    """The gloss of one (normalised) mail word, None when unknown. A word the tokenizer left
    joined by an apostrophe or hyphen ("l'enfant", "bateu-me") is glossed part by part when it is
    not known whole (unknown parts are kept as they are)."""
    found = g.lookup(key)
    if found is not None or not ("'" in key or "-" in key):
        return found
    parts = [p for p in _JOINERS.split(key) if p]
    glossed = [g.lookup(p) for p in parts]
    if all(x is None for x in glossed):
        return None
    return tuple(w for p, x in zip(parts, glossed, strict=True) for w in (x or (p,)))


def _identity(words: Sequence[str]) -> Glossed:
    return Glossed(tuple(words), tuple(range(len(words))), None, 0.0)


def _keys(words: Sequence[str]) -> list[str | None]:
    """Each word normalised for lookup; None for a token without letters (punctuation, digits)."""
    return [normalise(w) if any(ch.isalpha() for ch in w) else None for w in words]


def choose_glossary(
    keys: Sequence[str | None], glossaries: Sequence[Glossary]
) -> tuple[Glossary | None, float]:
    """The glossary that knows the most of a mail's first ``CHOICE_WORDS`` words (normalised
    keys, as :func:`gloss` makes them), and the share it knows."""
    sample = [k for k in keys if k is not None][:CHOICE_WORDS]
    if not sample or not glossaries:
        return None, 0.0
    counts = Counter(sample)  # each distinct word looked up once per glossary
    best: Glossary | None = None
    best_known = 0
    for g in glossaries:
        known = sum(n for k, n in counts.items() if gloss_word(g, k) is not None)
        if known > best_known:
            best, best_known = g, known
    return best, best_known / len(sample)


def gloss(words: Sequence[str], glossaries: Sequence[Glossary] | None = None) -> Glossed:
    """Gloss the words with the best-covering glossary (pure given the glossaries)."""
    if glossaries is None:
        glossaries = load_glossaries()
    keys = _keys(words)  # normalised once, for the choice and the gloss
    g, coverage = choose_glossary(keys, glossaries)
    if g is None or coverage < MIN_COVERAGE:
        return _identity(words)
    out: list[str] = []
    source: list[int] = []
    for i, (w, key) in enumerate(zip(words, keys, strict=True)):
        found = gloss_word(g, key) if key is not None else None
        for part in found if found is not None else (w,):
            out.append(part)
            source.append(i)
    return Glossed(tuple(out), tuple(source), g.code, round(coverage, 3))

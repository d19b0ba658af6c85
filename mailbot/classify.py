"""Triage of one mail: complaint or not, sector, safeguarding, kraamzorg urgency, language.

PURE (CPU only). The packaged spaCy pipeline in ``mailbot/data/pipeline/`` (``nl``: tokenizer,
pruned lookup lemmatizer, trained ``textcat_multilabel`` components and the exclusive message-kind
component ``kind``; ``en``: the English lookup lemma table) is loaded once per process, lazily.
One pass per mail:

1. the subject and the new part of the body (quoted history and signature stripped by
   ``mailbot.quoting``, at most ``MAX_CHARS``) are lower-cased and tokenized once by spaCy;
2. the language comes from counting function words, with ``lingua`` only for unclear cases;
3. the rule tables of ``mailbot.triage_rules`` run over the words and their lookup lemmas
   (nl or en table), with negation ("geen sprake van misbruik", "niet geslagen", "no sign of
   abuse") and hard negatives ("bal door de ruit", "mishandeling van mijn tijd", an accident
   that was handled); every hit keeps the phrase as it stood in the mail, for the officer;
4. the trained components score the same doc: the ``textcat*`` ones (averaged) every label,
   the ``kind`` one which sort of mail it is (complaint, question, compliment, other, junk;
   a safeguarding concern that is a complaint, one that only reports);
   the complaint score blends the two by ``complaint_kind``.

Each decision combines rules and model with thresholds chosen by k-fold cross-validation on the
training split only (``thresholds.json``, written by ``mailbot train``). Safeguarding favours
recall (DOMAIN §4): a flag needs evidence, but weak phrases plus a moderate model score suffice.
The safeguarding flag does not decide ``is_complaint``: the intake registers every human mail as
a case and holds and alerts on a flag whatever ``is_complaint`` says. Nothing here raises.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailbot.domain import ParsedMail, SafeguardingCategory, Sector, Triage
from mailbot.gloss import Glossed, gloss
from mailbot.quoting import strip_quotes_and_signature
from mailbot.rule_matcher import RuleMatcher
from mailbot.triage_rules import (
    HIT_VERBS,
    MACHINE_HEADERS,
    NEGATION_STOPS,
    NEGATORS,
    RULES,
    rule_lemmas,
)
from mailbot.triage_rules_languages import LANGUAGE_RULES

__all__ = [
    "DEFAULT_THRESHOLDS",
    "MAX_CHARS",
    "PIPELINE_DIR",
    "Analysis",
    "SgScores",
    "analyse",
    "classify",
    "classify_text",
    "decide",
    "detect_language",
    "load_pipelines",
    "model_labels",
    "prepare_text",
    "rule_lemmas",
    "sg_flag",
    "sg_scores",
    "triage_with",
]

PIPELINE_DIR = Path(__file__).parent / "data" / "pipeline"
#: At most this many characters of the (stripped) body are analysed; the opening of a mail is
#: where people say what is wrong, and the cap keeps a 5 MB message as fast as a short one.
MAX_CHARS = 8000
_NEG_WINDOW = 5
#: Mails with fewer words (subject included) are triaged by the rules alone (see ``analyse``).
MIN_MODEL_WORDS = 4

#: Labels of the trained textcat_multilabel (see ``mailbot.training``).
SECTORS = (Sector.KRAAMZORG, Sector.KINDEROPVANG, Sector.JEUGDHULP, Sector.BUURTWERK)
CATEGORIES = tuple(SafeguardingCategory)


#: The exclusive ``kind`` component's labels (``training.kind_label``): what sort of mail it is.
#: A mail with a safeguarding concern is one of the two ``KIND_concern_*`` classes instead (a
#: complaint, or a report that only informs or asks), so the softmax learns that boundary apart
#: from the one between ordinary grievances and questions (README, Triage).
KIND_LABELS: tuple[str, ...] = (
    "KIND_complaint", "KIND_question", "KIND_compliment", "KIND_other", "KIND_junk",
    "KIND_concern_complaint", "KIND_concern_report",
)
#: The kind labels whose probabilities add up to the kind component's P(complaint).
KIND_COMPLAINT_LABELS: tuple[str, ...] = ("KIND_complaint", "KIND_concern_complaint")
#: Name of the exclusive message-kind component in the ``nl`` pipeline (not averaged with the
#: ``textcat*`` ones: it has its own labels and a softmax over them).
KIND_COMPONENT = "kind"


def model_labels() -> tuple[str, ...]:
    """The textcat labels, in a fixed order."""
    return (
        "COMPLAINT",
        *(f"SECTOR_{s.value}" for s in SECTORS),
        "SAFEGUARDING",
        *(f"SG_{c.value}" for c in CATEGORIES),
        "URGENT",
    )


#: Used when the pipeline ships no thresholds.json; ``mailbot train`` writes the values chosen
#: by cross-validation on the training split.
DEFAULT_THRESHOLDS: dict[str, float] = {
    "complaint": 0.5,
    "complaint_sg": 0.3,  # complaint threshold when a safeguarding concern was flagged
    "complaint_cue": 0.15,  # grievance words and no compliment cue lower the threshold by this
    "complaint_neg_cue": 0.15,  # compliment/question cues and no grievance raise it by this
    # weight of the kind component's P(complaint) in the complaint score (0: not used)
    "complaint_kind": 0.0,
    "sg_model": 0.5,  # model alone raises the flag
    "sg_model_weak": 0.2,  # model + weak rule evidence
    # model alone in other languages: it reads a word-by-word gloss there, and scores a concern
    # less confidently than in the Dutch or English it was trained on
    "sg_model_other": 0.5,
    "sg_rule": 1.0,  # rule weight that flags on its own (in Dutch or English: see sg_rule_model)
    # Dutch or English mail the model read: rule weight alone flags only with at least this
    # model score, or with sg_rule_strong ("opgesloten" about a bicycle, "verwaarloosd" garden)
    "sg_rule_model": 0.0,
    # the same in other languages, where the model reads a word-by-word gloss
    "sg_rule_model_other": 0.0,
    "sg_rule_strong": 2.0,
    "sg_rule_weak": 0.4,  # rule weight that flags with sg_model_weak
    "sector": 0.35,
    "secondary": 0.5,
    "urgent_model": 0.5,
}


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def matching_text(content: str) -> str:
    """The text the tokenizer, rules and model see: lower-cased, curly apostrophes ("don’t",
    "m’n", "foto’s") straightened so they do not split words the rules know with a straight one.
    One character for one, so evidence offsets still point into the mail."""
    return content.lower().translate(_APOSTROPHES)


@dataclass(frozen=True)
class _Hit:
    group: str
    category: str
    weight: float
    text: str
    start: int
    end: int


class _Pipelines:
    """The loaded spaCy pipeline, lemma tables and compiled rules (one instance per process).

    ``directory`` None (or one without a trained pipeline): blank pipelines with the full lookup
    lemma tables, i.e. rules only.
    """

    def __init__(self, directory: Path | None) -> None:
        import spacy

        self.directory = directory
        nl_dir = directory / "nl" if directory is not None else None
        if nl_dir is not None and (nl_dir / "config.cfg").exists():
            # Training never changes the tokenizer, so the language's default one (built anyway
            # when the pipeline is constructed) is the shipped one; reading it from disk again
            # re-adds its ~6,000 special cases and was half the load time.
            self.nl = spacy.load(nl_dir, exclude=["tokenizer"])
        else:  # untrained checkout: rules only
            self.nl = _blank_with_lemmatizer("nl")
        #: the trained bag-of-words components (one per n-gram size); their scores are averaged
        self.textcats: list[Any] = [
            self.nl.get_pipe(name) for name in self.nl.pipe_names if name.startswith("textcat")
        ]
        self.has_model = bool(self.textcats)
        #: the exclusive message-kind component, when the pipeline has one (none or one)
        self.kinds: list[Any] = [
            self.nl.get_pipe(name) for name in self.nl.pipe_names if name == KIND_COMPONENT
        ]
        self.lemma_nl = LemmaLookup(self.nl)
        en_dir = directory / "en" if directory is not None else None
        en = (
            spacy.load(en_dir, exclude=["tokenizer"])
            if en_dir is not None and (en_dir / "config.cfg").exists()
            else _blank_with_lemmatizer("en")
        )
        self.lemma_en = LemmaLookup(en)
        self.thresholds = dict(DEFAULT_THRESHOLDS)
        tfile = directory / "thresholds.json" if directory is not None else None
        if tfile is not None and tfile.exists():
            self.thresholds.update(json.loads(tfile.read_text(encoding="utf-8")))
        self.matcher = RuleMatcher(RULES)
        self._matcher_other: RuleMatcher | None = None
        self._matcher_gloss: RuleMatcher | None = None

    @property
    def matcher_other(self) -> RuleMatcher:
        """For mail in neither Dutch nor English: the same rules plus the other languages' ones
        (kept out of Dutch and English mail, where they could only add false matches). Compiled
        on first use: most processes never see such a mail before they are warm."""
        if self._matcher_other is None:
            self._matcher_other = RuleMatcher(RULES + LANGUAGE_RULES)
        return self._matcher_other

    @property
    def matcher_gloss(self) -> RuleMatcher:
        """The English rules that also read the gloss of other-language mail (``GLOSS_GROUPS``)."""
        if self._matcher_gloss is None:
            self._matcher_gloss = RuleMatcher(tuple(r for r in RULES if r.group in GLOSS_GROUPS))
        return self._matcher_gloss

    def cats(self, doc: Any) -> dict[str, float]:
        """Every label's score: the ``textcat*`` components' mean, then the ``kind`` ones'."""
        if not self.has_model:
            return {}
        return {**_mean_cats(self.textcats, doc), **_mean_cats(self.kinds, doc)}


def _mean_cats(components: Sequence[Any], doc: Any) -> dict[str, float]:
    """The mean score per label of ``components`` run on ``doc`` (empty for none)."""
    total: dict[str, float] = {}
    for component in components:
        for k, v in component(doc).cats.items():
            total[k] = total.get(k, 0.0) + float(v)
        doc.cats = {}
    return {k: v / len(components) for k, v in total.items()}


class LemmaLookup:
    """Word form -> lemma from the lookup lemmatizer's table (lower-case forms: text is lowered).

    spaCy stores the table's keys as string hashes, so it cannot be turned into a plain dict of
    strings; it is asked per word form instead, with a bounded cache in front.
    """

    _CACHE_LIMIT = 200_000

    def __init__(self, nlp: Any) -> None:
        self._table: Any = None
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_lookup"):
                self._table = lookups.get_table("lemma_lookup")
        self._cache: dict[str, str] = {}

    def get(self, word: str, default: str) -> str:
        """The lemma of ``word``, or ``default`` when the table does not know it."""
        found = self._cache.get(word)
        if found is not None:
            return found
        lemma = default if self._table is None else self._table.get(word, default)
        if len(self._cache) >= self._CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = str(lemma)
        return str(lemma)


def _blank_with_lemmatizer(lang: str) -> Any:
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@functools.lru_cache(maxsize=1)
def rules_only_pipelines() -> _Pipelines:
    """Tokenizer, full lemma tables and rules without a trained model: what training computes
    the rule features of the corpus with (the shipped tables are trimmed copies of these)."""
    return _Pipelines(None)


@functools.lru_cache(maxsize=4)
def load_pipelines(directory: Path = PIPELINE_DIR) -> _Pipelines:
    """Load (once per process and directory) the packaged pipelines."""
    return _Pipelines(directory)


@functools.lru_cache(maxsize=1)
def _language_detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [
        Language.DUTCH,
        Language.ENGLISH,
        Language.GERMAN,
        Language.FRENCH,
        Language.SPANISH,
        Language.PORTUGUESE,
        Language.ITALIAN,
        Language.POLISH,
        Language.TURKISH,
        Language.ARABIC,
        # Languages our clients also write in (the other-language rules cover them): without
        # them Somali, which shares Latin letters and Dutch loanwords, was read as Dutch.
        Language.SOMALI,
        Language.PERSIAN,
        Language.RUSSIAN,
        Language.UKRAINIAN,
        Language.ROMANIAN,
    ]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


# Function words that are frequent in one of the two languages and rare in the other (and in
# German, the nearest neighbour): a clear majority decides without the statistical detector.
_NL_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "ik",
        "je",
        "jij",
        "niet",
        "op",
        "te",
        "met",
        "voor",
        "maar",
        "er",
        "wij",
        "mijn",
        "ook",
        "om",
        "bij",
        "naar",
        "nog",
        "heeft",
        "hij",
        "zij",
        "ze",
        "wordt",
        "werd",
        "hebben",
        "dit",
        "wat",
        "zijn",
        "onze",
        "ons",
        "graag",
        "omdat",
        "geen",
        "wel",
        "heb",
        "kan",
        "kunnen",
        "moet",
        "dat",
    ]
)
#: Dutch function words that French, Spanish, Portuguese or Romanian also use a lot ("de", "en",
#: "je", "te"): a French mail counts many of them, so they do not count as distinct evidence.
_NL_SHARED = frozenset(["de", "en", "je", "te"])

_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "i",
        "you",
        "not",
        "on",
        "with",
        "my",
        "for",
        "but",
        "it",
        "have",
        "has",
        "he",
        "she",
        "they",
        "this",
        "are",
        "what",
        "would",
        "our",
        "your",
        "been",
        "there",
        "their",
        "would",
        "could",
        "should",
        "because",
        "please",
        "just",
        "very",
        "no",
    ]
)


#: English function words Polish, Italian or Spanish also use a lot ("i", "to", "on", "no"):
#: a Polish mail written without diacritics counts many of them.
_EN_SHARED = frozenset(["i", "to", "on", "no"])
#: German function words that Dutch does not use: a German mail quoting a Dutch sentence
#: ("Kijk, de baby heeft …") is not Dutch.
_DE_WORDS = frozenset(
    ["und", "der", "das", "ist", "nicht", "ich", "mit", "sie", "ein", "eine", "auch", "mein",
     "meine", "hat", "wir", "auf", "dass", "aber", "sich", "mir", "mich", "uns", "wenn", "oder"]
)
#: Arabic written in Latin letters uses digits for sounds Latin lacks (3 ain, 7 ha, 9 qaf, 2, 5):
#: "m3aha", "7ta", "3la". The detector, which does not know it, reads such mail as Dutch.
_ARABIZI = re.compile(r"[a-z]*[23579][a-z]{2,}|[a-z]{2,}[23579][a-z]*")


#: Mail of which more than this share of the letters is not Latin (Arabic, Cyrillic, Ge'ez) is
#: not Dutch or English, however many Dutch service words ("wachtlijst", "kinderdagverblijf")
#: the writer mixes in; a Cyrillic or Arabic signature under a Dutch mail stays far below it.
NON_LATIN_SHARE = 0.3
#: Dutch or English function words must make up at least this share of a mail's words.
FUNCTION_WORD_SHARE = 0.12


def detect_language(text: str, words: Sequence[str] | None = None) -> tuple[str, float, str]:
    """``(nl|en|other, confidence, evidence)``; Dutch with confidence 0 when there is no text."""
    sample = text[:1500]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < 3:
        return "nl", 0.0, "default: no text"
    non_latin = sum(ch > "\u024f" for ch in letters) / len(letters)
    if non_latin > NON_LATIN_SHARE:
        return "other", round(non_latin, 3), f"script: {non_latin:.0%} non-Latin letters"
    if words is None:
        words = sample.lower().split()
    nl = en = de = alpha = 0
    nl_seen: set[str] = set()
    en_seen: set[str] = set()
    for w in words[:400]:
        alpha += w.isalpha()
        if w in _NL_WORDS:
            nl += 1
            nl_seen.add(w)
        elif w in _EN_WORDS:
            en += 1
            en_seen.add(w)
        elif w in _DE_WORDS:
            de += 1
    # A few Dutch or English sentences in a Somali or Arabic mail ("Warqaddu waa Nederlands
    # adag ... thank you for the help") give a handful of function words, not a text of them.
    dense = FUNCTION_WORD_SHARE * alpha
    if (nl >= 4 and nl >= dense and len(nl_seen - _NL_SHARED) >= 3 and nl >= 3 * en + 1
            and 2 * de <= nl):
        return "nl", round(nl / (nl + en), 3), f"function words: nl {nl}, en {en}"
    if en >= 4 and en >= dense and len(en_seen - _EN_SHARED) >= 3 and en >= 3 * nl + 1:
        return "en", round(en / (nl + en), 3), f"function words: en {en}, nl {nl}"
    arabizi = {w for w in words[:400] if _ARABIZI.fullmatch(w)}
    if len(arabizi) >= 2:
        return "other", 0.9, f"Arabic in Latin letters: {', '.join(sorted(arabizi)[:3])}"
    values = _language_detector().compute_language_confidence_values(sample)
    if not values:
        return "nl", 0.0, "default: undetermined"
    best = values[0]
    name = best.language.name.lower()
    code = {"dutch": "nl", "english": "en"}.get(name, "other")
    return code, round(float(best.value), 3), f"detector: {name} {best.value:.2f}"


def classify(mail: ParsedMail) -> Triage:
    """Triage a parsed mail (subject + readable body; machine-mail headers lower is_complaint)."""
    machine = _machine_evidence(mail)
    return triage_with(load_pipelines(), mail.subject, mail.text, machine)


def classify_text(subject: str, text: str) -> Triage:
    """Triage a subject and body. Never raises; empty text gives a low-confidence answer."""
    return triage_with(load_pipelines(), subject, text, ())


def _machine_evidence(mail: ParsedMail) -> tuple[str, ...]:
    found: list[str] = []
    for name, pattern in MACHINE_HEADERS:
        value = mail.header(name)
        if value is not None and re.search(pattern, value, re.IGNORECASE):
            found.append(f"header {name}: {value[:60]}")
    if mail.content_type.lower().startswith("multipart/report"):
        found.append("multipart/report")
    if mail.sender.startswith(("mailer-daemon@", "postmaster@")):
        found.append(f"sender {mail.sender}")
    return tuple(found)


def prepare_text(subject: str, text: str) -> str:
    """What the rules and the model see: the subject, then the new part of the body (capped)."""
    body = strip_quotes_and_signature((text or "")[: MAX_CHARS * 4])[:MAX_CHARS]
    subject = (subject or "")[:300]
    return f"{subject}\n\n{body}".strip()


@dataclass(frozen=True)
class Analysis:
    """Everything the decisions need, computed once per mail (``decide`` applies thresholds)."""

    content: str
    words: tuple[str, ...]
    hits: tuple[_Hit, ...]
    cats: dict[str, float]
    language: tuple[str, float, str]
    machine: tuple[str, ...]
    #: ``words[:subject_end]`` are the subject line's (0: the mail has no subject)
    subject_end: int = 0


def analyse(pipes: _Pipelines, subject: str, text: str, machine: tuple[str, ...] = ()) -> Analysis:
    """Tokenize once, detect the language, run the rules and the model."""
    content = prepare_text(subject, text)
    low = matching_text(content)
    doc = pipes.nl.make_doc(low)
    words = tuple(t.text for t in doc)
    language = detect_language(content, words)
    table = pipes.lemma_en if language[0] == "en" else pipes.lemma_nl
    source = content if len(low) == len(content) else low  # evidence as it stood in the mail
    hits: list[_Hit] = []
    matcher = pipes.matcher_other if language[0] == "other" else pipes.matcher
    for r_idx, start, end in matcher(words, lambda w: table.get(w, w)):
        rule = matcher.rules[r_idx]
        text = _span_text(doc, source, start, end - 1)
        hits.append(_Hit(rule.group, rule.category, rule.weight, text, start, end))
    if language[0] == "other":
        # The model reads a word-by-word English gloss of mail in the other languages (a bag of
        # words needs no word order); the rules have read the original words.
        glossed = gloss(words)
        if glossed.code is not None:
            words, hits = glossed.words, _moved_to_gloss(glossed, hits)
            seen = {(h.group, h.start, h.end) for h in hits}
            hits += [h for h in _gloss_hits(pipes, doc, source, glossed)
                     if (h.group, h.start, h.end) not in seen]
            language = (*language[:2], f"{language[2]}; glossed ({glossed.code}, "
                        f"{glossed.coverage:.0%} of words known)")
    # A bag of words says nothing about "ok", "Bedankt!" or a bare link: it would answer with
    # its priors (and the safeguarding prior is above the recall-first threshold). Below
    # MIN_MODEL_WORDS words only the rules decide.
    enough = pipes.has_model and sum(1 for w in words if w.isalpha()) >= MIN_MODEL_WORDS
    end = subject_end(words) if (subject or "").strip() else 0
    cats = pipes.cats(model_doc(pipes.nl.vocab, words, hits, language[0], end)) if enough else {}
    return Analysis(content, words, tuple(hits), cats, language, machine, end)


def subject_end(words: Sequence[str]) -> int:
    """The index of the first paragraph break in ``words`` (all of them when there is none): the
    end of the subject line in the words of ``prepare_text`` (and in its gloss, which keeps the
    breaks) of a mail with a subject."""
    for i, w in enumerate(words):
        if "\n" in w and not w.strip():
            return i
    return len(words)


def _moved_to_gloss(glossed: Glossed, hits: Sequence[_Hit]) -> list[_Hit]:
    """The rule hits on a mail's words, moved to the positions of the gloss words they cover
    (their evidence text stays the mail's own words)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, src in enumerate(glossed.source):
        first.setdefault(src, i)
        last[src] = i + 1
    return [
        _Hit(h.group, h.category, h.weight, h.text, first[h.start], last[h.end - 1])
        for h in hits
    ]


#: The English rules that also read the gloss: whether kraamzorg is still running ("today",
#: "this week", "since yesterday" vs. "last year", "the invoice afterwards"). The other-language
#: rules have no such words, and out of fold these raised other-language urgent recall from
#: 0.70 to 0.95. The safeguarding and complaint rules do not read the gloss: on broken English
#: word salad the safeguarding ones raised false alarms (out of fold 15 instead of 5 in other
#: languages), the others added nothing the model does not already read.
GLOSS_GROUPS = frozenset({"ongoing", "past"})


def _gloss_hits(pipes: _Pipelines, doc: Any, source: str, glossed: Glossed) -> list[_Hit]:
    """The hits of the ``GLOSS_GROUPS`` rules on the gloss; their evidence is the mail's own
    words with the gloss in brackets ("dzisiaj (today)")."""
    out: list[_Hit] = []
    gw = glossed.words
    matcher = pipes.matcher_gloss
    for r_idx, start, end in matcher(gw, lambda w: pipes.lemma_en.get(w, w)):
        rule = matcher.rules[r_idx]
        text = _span_text(doc, source, glossed.source[start], glossed.source[end - 1])
        out.append(_Hit(rule.group, rule.category, rule.weight,
                        f"{text} ({' '.join(gw[start:end])})", start, end))
    return out


def _span_text(doc: Any, source: str, first: int, last: int) -> str:
    """The mail's own text from token ``first`` to token ``last`` (inclusive), as evidence."""
    return source[doc[first].idx : doc[last].idx + len(doc[last].text)]


def rule_features(
    words: Sequence[str], hits: Sequence[_Hit], language: str
) -> tuple[str, ...]:
    """What the rules found, as tokens the trained model also reads (one per kind, sorted).

    The bag-of-words model cannot see negation, a handled accident or a hard negative; these
    tokens let it learn how much each rule verdict is worth: ``xxsg`` + ``xxsgcat<category>`` for
    a safeguarding signal that counts, ``xxsgcancelled`` for one negated or explained away,
    ``xxgroup<g>`` for the other rule groups, ``xxquestion`` when the mail asks a question.
    """
    counted = sg_signals(words, hits)
    feats = {f"xxgroup{h.group.replace('_', '')}" for h in hits
             if h.group not in ("sg", "sg_injury", "sg_strict", "sg_abstract", "sector", "ball")}
    for h in counted.values():
        feats.add("xxsgabstract" if h.group == "sg_abstract" else "xxsg")
        if h.category:
            feats.add(f"xxsgcat{h.category.replace('_', '')}")
    if any(h.group in ("sg", "sg_injury", "sg_strict") for h in hits) and not any(
        h.group != "sg_abstract" for h in counted.values()
    ):
        feats.add("xxsgcancelled")
    if "?" in words:
        feats.add("xxquestion")
    feats.add(f"xxlang{language}")
    return tuple(sorted(feats))


#: Words of at least this many letters also give the model their first and last
#: ``STEM_CHARS`` letters as tokens (see :func:`stem_tokens`).
STEM_MIN_LETTERS = 7
STEM_CHARS = 5


def stem_tokens(words: Sequence[str]) -> tuple[str, ...]:
    """``p~`` + the first and ``s~`` + the last ``STEM_CHARS`` letters of each long word.

    A bag of words treats "geslagen", "sloeg" and "slaat" or "kinderdagverblijf" and
    "dagverblijven" as unrelated; with a corpus of a few thousand mails most inflections and
    compounds are seen once or never. The first letters carry the stem, the last ones the head of
    a Dutch compound ("...verblijf", "...coach"). Out of fold on the training split this raised
    safeguarding precision at recall 0.96 from 0.737 to 0.767 (README, Triage).
    """
    out: list[str] = []
    for w in words:
        if len(w) >= STEM_MIN_LETTERS and w.isalpha():
            out.append("p~" + w[:STEM_CHARS])
            out.append("s~" + w[-STEM_CHARS:])
    return tuple(out)


#: The longest length bucket: 2**7 = 128 words and more (few corpus mails are longer, so a
#: bucket of its own would be learnt from a handful of mails).
MAX_LENGTH_BUCKET = 7


def length_token(words: Sequence[str]) -> str:
    """``xxlen<k>``: the mail has 2**k to 2**(k+1)-1 words of letters (k at most
    ``MAX_LENGTH_BUCKET``).

    A bag of words adds up evidence: a long mail about a fall that staff handled well collects
    more worrying words than a short concern does. A token per length lets the model learn a
    different starting point per length. Out of fold on the training split: safeguarding
    precision at recall 0.96 0.767 -> 0.804 (README, Triage).
    """
    n = sum(1 for w in words if w.isalpha())
    return f"xxlen{min(max(n, 1).bit_length() - 1, MAX_LENGTH_BUCKET)}"


_SENTENCE_ENDS = frozenset([".", "!", "?"])


def shape_tokens(words: Sequence[str]) -> tuple[str, str]:
    """``xxq<n>``: the mail asks n questions (question marks, at most 3); ``xxsent<k>``: it has
    4k to 4k+3 sentence ends (".", "!", "?"; k at most 5).

    How much a writer asks and how many sentences the story takes are the shape of a mail, which
    a bag of words cannot count (it sees "?" once or not at all). Out of fold on the training
    split (3,955 mails): complaint 0.917 -> 0.920, safeguarding precision at recall 0.96
    0.772 -> 0.793 (README).
    """
    questions = sum(1 for w in words if w == "?")
    ends = sum(1 for w in words if w in _SENTENCE_ENDS)
    return f"xxq{min(questions, 3)}", f"xxsent{min(ends // 4, 5)}"


#: Words with which a writer asks for something or says what they want, in Dutch and English
#: (other-language mail reaches the model as an English gloss, so these cover it too).
REQUEST_WORDS = frozenset([
    "kunnen", "kunt", "kan", "wilt", "wil", "willen", "graag", "zou", "zouden", "mag", "moet",
    "moeten", "hoop", "vraag", "verzoek",
    "can", "could", "would", "will", "please", "want", "need", "should", "may", "hope", "ask",
])
#: How many words of letters after a request word, within its sentence, are its scope.
REQUEST_SCOPE = 4


def request_tokens(words: Sequence[str]) -> tuple[str, ...]:
    """``rq~`` + each of the first ``REQUEST_SCOPE`` words of letters after a request word,
    up to the end of its sentence.

    Whether a mail is a complaint often turns on what the writer asks for, not on the words of
    the story: "kunnen jullie iets doen" after a concern is a request for action (a complaint,
    corpus README), "kan ik met iemand praten" is help for the writer, "wil alleen dat jullie
    het weten" only informs. A bag of words sees "kunnen", "doen" and "weten" apart; these
    tokens tie the asked-for words to the asking. Out of fold on the training split (3,955
    mails): complaint accuracy 0.920 -> 0.926 (complaint AUC 0.971 -> 0.973), safeguarding
    precision at recall 0.96 0.796 -> 0.822 (README, Triage).
    """
    out: list[str] = []
    for i, w in enumerate(words):
        if w not in REQUEST_WORDS:
            continue
        taken = 0
        for j in range(i + 1, len(words)):  # indices, not a copy of the rest per request word
            v = words[j]
            if v in _SENTENCE_ENDS or taken == REQUEST_SCOPE:
                break
            if v.isalpha():
                out.append("rq~" + v)
                taken += 1
    return tuple(out)


#: At most this many words of the subject line are read twice (see :func:`subject_tokens`).
SUBJECT_WORDS = 12


def subject_tokens(words: Sequence[str], end: int) -> tuple[str, ...]:
    """``sj~`` + each of the first ``SUBJECT_WORDS`` words of letters of ``words[:end]``, the
    subject line.

    The subject is the writer's own one-line summary: "Compliment voor Wendy", "vraag over de
    factuur", "Klacht kraamzorg", "Sollicitatie". In a bag of words its words weigh no more than
    the same words in the story ("ik had eerst een klacht, maar ..."); marked, the model learns
    what they are worth as a summary. Out of fold on the training split (3,955 mails): complaint
    0.926 -> 0.928 (AUC 0.9730 -> 0.9744), safeguarding precision at recall 0.97 0.772 -> 0.792
    (README, Triage).
    """
    out: list[str] = []
    for w in words[:end]:
        if len(out) == SUBJECT_WORDS:
            break
        if w.isalpha():
            out.append("sj~" + w)
    return tuple(out)


def model_doc(
    vocab: Any, words: Sequence[str], hits: Sequence[_Hit], language: str, end_of_subject: int = 0
) -> Any:
    """The doc the textcat reads: the mail's (lower-cased) tokens, the rule features, the stem
    tokens, the length token, the shape tokens, the request tokens, then the subject tokens
    (``words[:end_of_subject]`` are the subject's). Built from the tokens already made, so the text
    is tokenized once; training builds the same doc (``training.training_doc``)."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[
        *words, *rule_features(words, hits, language), *stem_tokens(words), length_token(words),
        *shape_tokens(words), *request_tokens(words), *subject_tokens(words, end_of_subject),
    ])


def triage_with(pipes: _Pipelines, subject: str, text: str, machine: tuple[str, ...]) -> Triage:
    """Triage with explicitly given pipelines (``evaluate`` uses a freshly trained directory)."""
    return decide(analyse(pipes, subject, text, machine), pipes.thresholds)


def decide(a: Analysis, th: dict[str, float]) -> Triage:
    """The decisions from an analysis and thresholds (pure; cross-validation calls it)."""
    th = {**DEFAULT_THRESHOLDS, **th}
    hits = list(a.hits)
    language, lang_conf, lang_ev = a.language
    sg, sg_cat, sg_conf, sg_ev = _safeguarding(a.words, hits, a.cats, th, language)
    sector, secondary, sec_conf, sec_ev = _sector(hits, a.cats, th)
    is_c, c_conf, c_ev = _complaint(hits, a.cats, th, a.machine, sg, a.content)
    urgent, u_conf, u_ev = _urgent(hits, a.cats, th, is_c, sector, secondary)
    return Triage(
        is_complaint=is_c,
        sector=sector,
        secondary_sector=secondary,
        safeguarding=sg,
        safeguarding_category=sg_cat,
        urgent=urgent,
        language=language,
        confidence={
            "is_complaint": round(c_conf, 3),
            "sector": round(sec_conf, 3),
            "safeguarding": round(sg_conf, 3),
            "urgent": round(u_conf, 3),
            "language": lang_conf,
        },
        evidence={
            "is_complaint": c_ev,
            "sector": sec_ev,
            "safeguarding": sg_ev,
            "urgent": u_ev,
            "language": (lang_ev,),
        },
    )


_EXPLICIT_NEGATION = re.compile(
    r"\b(?:no|not\s+any|geen|never\s+any)\s+(?:signs?|evidence|indications?|sprake|"
    r"aanwijzingen?|tekenen|teken|sporen)\s+(?:of|van|voor)\s*(?:\w+\s*)?$"
)


def _is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


def _negated(words: Sequence[str], start: int, end: int) -> bool:
    """A negator shortly before the phrase in the same clause, or "niet" right after it."""
    before = " ".join(words[max(0, start - 6) : start])
    if _EXPLICIT_NEGATION.search(before):
        return True
    for i in range(start - 1, max(-1, start - 1 - _NEG_WINDOW), -1):
        low = words[i]
        if low in NEGATION_STOPS or not any(ch.isalnum() for ch in low):
            break
        if _is_negator(low):
            return True
    for i in range(end, min(len(words), end + 2)):
        if not any(ch.isalnum() for ch in words[i]):
            break
        if words[i] in {"niet", "nooit", "not", "never"}:
            return True
    return False


def _overlaps(hit: _Hit, spans: Iterable[_Hit]) -> bool:
    return any(hit.start < s.end and s.start < hit.end for s in spans)


def _dedupe(texts: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for t in texts:
        key = " ".join(t.lower().split())
        if key not in seen:
            seen[key] = " ".join(t.split())
    return tuple(seen.values())


def _ball_after(words: Sequence[str], end: int, balls: Sequence[int]) -> bool:
    """A ball within 15 words after a hitting verb, with no sentence end in between."""
    for b in balls:
        if end <= b < end + 15 and not any(w in {".", "!", "?", ";"} for w in words[end:b]):
            return True
    return False


def sg_signals(words: Sequence[str], hits: Sequence[_Hit]) -> dict[str, _Hit]:
    """The safeguarding phrases that count (not negated, not a hard negative), one per text."""
    hard_neg = [h for h in hits if h.group == "sg_neg"]
    accident = any(h.group == "accident" for h in hits)
    doubt = any(h.group == "doubt" for h in hits)
    # Another child did it and staff handled it (a bite, a push in the sandpit): the physical
    # signals are explained, unless something does not add up.
    peer_handled = accident and not doubt and any(h.group == "peer" for h in hits)
    balls = [h.start for h in hits if h.group == "ball"]
    by_text: dict[str, _Hit] = {}
    for h in hits:
        if h.group not in ("sg", "sg_injury", "sg_strict", "sg_abstract"):
            continue
        if _overlaps(h, hard_neg):
            continue
        if h.group == "sg_injury" and accident and not doubt:
            continue
        if peer_handled and h.category == SafeguardingCategory.KINDERMISHANDELING.value:
            continue
        if h.text.lower() in HIT_VERBS and _ball_after(words, h.end, balls):
            continue  # "schopte vorige week in de sportzaal tegen de bal"
        if h.group != "sg_strict" and _negated(words, h.start, h.end):
            continue
        key = h.text.lower()
        if key not in by_text or by_text[key].weight < h.weight:
            by_text[key] = h
    return by_text


@dataclass(frozen=True)
class SgScores:
    """What the safeguarding decision weighs: rule weight, model score and their context."""

    rule: float
    model: float
    has_model: bool
    language: str
    hard_negative: bool


def sg_scores(
    words: Sequence[str], hits: Sequence[_Hit], cats: dict[str, float], language: str
) -> tuple[SgScores, dict[str, _Hit]]:
    """The scores ``sg_flag`` decides on, and the safeguarding phrases that count."""
    by_text = sg_signals(words, hits)
    # One phrase counts once, however often it occurs; at most 2.0 from rules. Abstract words
    # ("kindermishandeling", "Veilig Thuis") add at most 0.6: they never flag on their own.
    concrete = sum(h.weight for h in by_text.values() if h.group != "sg_abstract")
    abstract = sum(h.weight for h in by_text.values() if h.group == "sg_abstract")
    scores = SgScores(
        rule=min(2.0, concrete + min(abstract, 0.6)),
        model=cats.get("SAFEGUARDING", 0.0),
        has_model=bool(cats),
        language=language,
        # A hard negative ("slaat nergens op") explains the alarming word the model also saw.
        hard_negative=any(h.group == "sg_neg" for h in hits),
    )
    return scores, by_text


def sg_flag(s: SgScores, th: dict[str, float]) -> bool:
    """The safeguarding flag (pure; the threshold search calls it for every candidate).

    Rules alone flag at ``sg_rule``, except in mail the model has read and found no concern in
    (below ``sg_rule_model``; ``sg_rule_model_other`` in other languages, where the model reads
    a word-by-word gloss): a word rule cannot tell a locked-up bicycle from a locked-up child,
    the model reads the rule verdict in its context.
    """
    veto = th["sg_rule_model_other" if s.language == "other" else "sg_rule_model"]
    rules_alone = s.rule >= th["sg_rule"] and (
        not s.has_model or s.model >= veto or s.rule >= th["sg_rule_strong"]
    )
    model_alone = th["sg_model_other" if s.language == "other" else "sg_model"] + (
        0.2 if s.hard_negative else 0.0
    )
    return (
        rules_alone
        or s.model >= model_alone
        or (s.rule >= th["sg_rule_weak"] and s.model >= th["sg_model_weak"])
    )


def _safeguarding(
    words: Sequence[str],
    hits: list[_Hit],
    cats: dict[str, float],
    th: dict[str, float],
    language: str,
) -> tuple[bool, SafeguardingCategory | None, float, tuple[str, ...]]:
    s, by_text = sg_scores(words, hits, cats, language)
    flag = sg_flag(s, th)
    model, rule_score = s.model, s.rule
    evidence = list(_dedupe(h.text for h in sorted(by_text.values(), key=lambda h: h.start)))
    if (
        (flag and (model >= th["sg_model_weak"] or not evidence))
        or (not flag and rule_score >= th["sg_rule"])
    ):
        evidence.append(f"model: {model:.2f}")  # why it flagged, or why the rules did not
    if not flag:
        conf = max(0.0, 1.0 - max(model, rule_score / 2))
        return False, None, conf, tuple(evidence)
    conf = min(1.0, max(model, rule_score / 2 + model / 2, 0.5))
    # Category: the model's category scores, nudged by the categories of the rule evidence.
    score: dict[SafeguardingCategory, float] = {
        c: cats.get(f"SG_{c.value}", 0.0) for c in CATEGORIES
    }
    for h in by_text.values():
        if h.category:
            cat = SafeguardingCategory(h.category)
            score[cat] = score.get(cat, 0.0) + 0.3 * h.weight
    category = max(CATEGORIES, key=lambda c: (score.get(c, 0.0), -CATEGORIES.index(c)))
    if score.get(category, 0.0) <= 0.0:
        category = SafeguardingCategory.OVERIG
    return True, category, conf, tuple(evidence)


def _sector(
    hits: list[_Hit], cats: dict[str, float], th: dict[str, float]
) -> tuple[Sector, Sector | None, float, tuple[str, ...]]:
    score: dict[Sector, float] = {}
    ev: dict[Sector, list[str]] = {s: [] for s in SECTORS}
    rule_w: dict[Sector, float] = {s: 0.0 for s in SECTORS}
    for h in hits:
        if h.group == "sector":
            sec = Sector(h.category)
            rule_w[sec] += h.weight
            ev[sec].append(h.text)
    for s in SECTORS:
        model = cats.get(f"SECTOR_{s.value}", 0.0)
        rule = min(1.0, rule_w[s]) * 0.6
        score[s] = model * 0.7 + rule if cats else rule
    ranked = sorted(SECTORS, key=lambda s: (-score[s], SECTORS.index(s)))
    best = ranked[0]
    if score[best] < th["sector"]:
        return Sector.ONBEKEND, None, 1.0 - score[best], ()
    second = ranked[1]
    secondary = second if score[second] >= th["secondary"] and rule_w[second] >= 1.0 else None
    evidence = list(_dedupe(ev[best]))
    if secondary is not None:
        evidence += list(_dedupe(ev[secondary]))
    if cats:
        evidence.append(f"model: {cats.get(f'SECTOR_{best.value}', 0.0):.2f}")
    return best, secondary, min(1.0, score[best]), tuple(evidence)


def _complaint(
    hits: list[_Hit],
    cats: dict[str, float],
    th: dict[str, float],
    machine: tuple[str, ...],
    safeguarding: bool,
    content: str,
) -> tuple[bool, float, tuple[str, ...]]:
    neg_hits = [h for h in hits if h.group in ("not_complaint", "gratitude")]
    thanks = any(h.group == "gratitude" for h in hits)
    # "geen klacht, wel een vraag": the cue inside a not-complaint phrase does not count
    pos = _dedupe(h.text for h in hits if h.group == "complaint" and not _overlaps(h, neg_hits))
    neg = _dedupe(h.text for h in neg_hits)
    if machine:
        return False, 0.95, machine
    if cats:
        p = cats.get("COMPLAINT", 0.0)
        if "KIND_complaint" in cats:
            # the kind component weighs complaint (with or without a safeguarding concern)
            # against question, compliment, other, junk and a concern that only reports (a
            # softmax), where COMPLAINT is a yes/no of its own
            w = th["complaint_kind"]
            p = (1 - w) * p + w * sum(cats.get(k, 0.0) for k in KIND_COMPLAINT_LABELS)
    else:
        p = 0.5 + 0.1 * min(len(pos), 3) - 0.15 * min(len(neg), 3)
        if not content:
            p = 0.0
    # A concern about a child is usually reported as a grievance; a flagged mail needs less
    # model evidence to count as a complaint (the flag itself holds the case either way).
    # ... unless the writer thanks or compliments (a handled incident, a staff member's care).
    threshold = th["complaint_sg"] if safeguarding and not (thanks and not pos) else th["complaint"]
    if pos and not neg:  # "klacht", "doet niets", "I want to complain" and no compliment cue
        threshold -= th["complaint_cue"]
    elif neg and not pos:  # "dikke pluim", "even een vraag", "geen klacht" and no grievance
        threshold += th["complaint_neg_cue"]
    # "Ik dien hierbij een klacht in": the writer says it is a complaint (DOMAIN §1: anyone may
    # complain about anything); only a not-complaint cue ("geen klacht", "ingetrokken") overrules.
    explicit = _dedupe(
        h.text for h in hits if h.group == "complaint_explicit" and not _overlaps(h, neg_hits)
    )
    is_c = p >= threshold or bool(explicit and not neg)
    evidence = list((explicit or pos) if is_c else neg)
    if safeguarding and is_c:
        evidence.insert(0, "safeguarding concern")
    if cats:
        evidence.append(f"model: {p:.2f}")
    return is_c, max(p, 1 - p), tuple(evidence)


def _weight(hits: Sequence[_Hit], group: str) -> float:
    """The summed weight of a group's distinct phrases (each phrase at its highest weight)."""
    best: dict[str, float] = {}
    for h in hits:
        if h.group == group:
            key = h.text.lower()
            best[key] = max(best.get(key, 0.0), h.weight)
    return sum(best.values())


def _urgent(
    hits: list[_Hit],
    cats: dict[str, float],
    th: dict[str, float],
    is_complaint: bool,
    sector: Sector,
    secondary: Sector | None,
) -> tuple[bool, float, tuple[str, ...]]:
    """DOMAIN §4: a kraamzorg complaint while the maternity period runs; when the birth date is
    unknown, words that say the care is ongoing ("vandaag", "deze week", "kraamweek") suffice."""
    if Sector.KRAAMZORG not in (sector, secondary) or not is_complaint:
        return False, 0.9, ()
    ongoing = _dedupe(h.text for h in hits if h.group == "ongoing")
    past = _dedupe(h.text for h in hits if h.group == "past")
    model = cats.get("URGENT", 0.5 if ongoing else 0.0)
    if ongoing and not past:
        urgent = True
    elif ongoing and past:  # "born yesterday ... booked months ago": the weightier side decides
        urgent = _weight(hits, "ongoing") > _weight(hits, "past") or model >= th["urgent_model"]
    else:
        urgent = model >= max(0.7, th["urgent_model"])
    evidence = list(ongoing if urgent else past)
    if cats:
        evidence.append(f"model: {model:.2f}")
    conf = max(model, 0.6) if urgent else max(1 - model, 0.5)
    return urgent, conf, tuple(evidence)

"""Triage of one mail: complaint or not, sector, safeguarding, kraamzorg urgency, language.

PURE (CPU only). The packaged spaCy pipelines in ``mailbot/data/pipeline/`` (``nl``: tokenizer,
lookup lemmatizer, trained ``textcat_multilabel``; ``en``: tokenizer and lookup lemmatizer) are
loaded once per process, lazily. Each decision combines two sources (issue 3, DESIGN §6):

* rules (the tables at the end of this module, compiled into a spaCy ``Matcher`` over LOWER and LEMMA),
  with negation ("geen sprake van misbruik", "niet geslagen", "no sign of abuse") and hard
  negatives ("bal door de ruit", "mishandeling van mijn tijd", an accident that was handled);
  every rule hit yields the phrase as it stood in the mail, for the officer;
* the trained text classifier, whose score can raise a flag on its own (evidence ``model: 0.83``).

Safeguarding favours recall (DOMAIN §4): a flag needs evidence, but weak phrases plus a moderate
model score suffice. Quoted history and signatures are stripped first (``mailbot.quoting``), and at
most ``MAX_CHARS`` characters are analysed, so huge mail stays fast and nothing here raises.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailbot.domain import ParsedMail, SafeguardingCategory, Sector, Triage
from mailbot.quoting import strip_quotes_and_signature

__all__ = [
    "MAX_CHARS",
    "PIPELINE_DIR",
    "classify",
    "classify_text",
    "detect_language",
    "load_pipelines",
    "model_labels",
    "prepare_text",
    "triage_with",
]

PIPELINE_DIR = Path(__file__).parent / "data" / "pipeline"
#: At most this many characters of the (stripped) body are analysed; the opening of a mail is
#: where people say what is wrong, and the cap keeps a 5 MB message as fast as a short one.
MAX_CHARS = 8000
_NEG_WINDOW = 5

#: Labels of the trained textcat_multilabel (see ``mailbot.training``).
SECTORS = (Sector.KRAAMZORG, Sector.KINDEROPVANG, Sector.JEUGDHULP, Sector.BUURTWERK)
CATEGORIES = tuple(SafeguardingCategory)


def model_labels() -> tuple[str, ...]:
    """The textcat labels, in a fixed order."""
    return (
        "COMPLAINT",
        *(f"SECTOR_{s.value}" for s in SECTORS),
        "SAFEGUARDING",
        *(f"SG_{c.value}" for c in CATEGORIES),
        "URGENT",
    )


# Thresholds (chosen on the training split by cross-validation, see mailbot.training; the
# defaults below are used when the pipeline ships no thresholds.json).
DEFAULT_THRESHOLDS: dict[str, float] = {
    "complaint": 0.5,
    "sg_model": 0.5,  # model alone raises the flag
    "sg_model_weak": 0.2,  # model + weak rule evidence
    "sg_rule": 1.0,  # rule weight that flags on its own
    "sector": 0.35,
    "secondary": 0.5,
    "urgent_model": 0.5,
}


@dataclass(frozen=True)
class _Hit:
    group: str
    category: str
    weight: float
    text: str
    start: int
    end: int


class _Pipelines:
    """The loaded spaCy pipelines and compiled matchers (one instance per process)."""

    def __init__(self, directory: Path) -> None:
        import json

        import spacy
        from spacy.matcher import Matcher

        self.directory = directory
        nl_dir = directory / "nl"
        if (nl_dir / "config.cfg").exists():
            self.nl = spacy.load(nl_dir)
        else:  # untrained checkout: rules only
            self.nl = _blank_with_lemmatizer("nl")
        self._en: Any = None
        self.has_model = "textcat_multilabel" in self.nl.pipe_names
        # Rules run on tokenizer + lemmatizer; the classifier runs on its own lower-cased doc.
        self.textcat: Any = self.nl.get_pipe("textcat_multilabel") if self.has_model else None
        self.nl_lemmatizer: Any = self.nl.get_pipe("lemmatizer")
        self.thresholds = dict(DEFAULT_THRESHOLDS)
        tfile = directory / "thresholds.json"
        if tfile.exists():
            self.thresholds.update(json.loads(tfile.read_text(encoding="utf-8")))
        self._matcher_cls = Matcher
        self.nl_matcher = self._build_matcher(self.nl.vocab)
        self._en_matcher: Any = None

    def _build_matcher(self, vocab: Any) -> Any:
        matcher = self._matcher_cls(vocab)
        for key, rule in enumerate(RULES):
            matcher.add(str(key), [compile_token_pattern(p) for p in rule.patterns])
        return matcher

    @property
    def en(self) -> Any:
        if self._en is None:
            import spacy

            en_dir = self.directory / "en"
            self._en = (
                spacy.load(en_dir)
                if (en_dir / "config.cfg").exists()
                else _blank_with_lemmatizer("en")
            )
            self._en_matcher = self._build_matcher(self._en.vocab)
        return self._en

    @property
    def en_matcher(self) -> Any:
        _ = self.en
        return self._en_matcher


def _blank_with_lemmatizer(lang: str) -> Any:
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


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
    ]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> tuple[str, float, str]:
    """``(nl|en|other, confidence, evidence)``; Dutch with confidence 0 when there is no text."""
    sample = text[:1500]
    if sum(ch.isalpha() for ch in sample) < 3:
        return "nl", 0.0, "default: no text"
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
    return _classify(mail.subject, mail.text, machine)


def classify_text(subject: str, text: str) -> Triage:
    """Triage a subject and body. Never raises; empty text gives a low-confidence answer."""
    return _classify(subject, text, ())


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


def _find_hits(doc: Any, matcher: Any) -> list[_Hit]:
    hits: list[_Hit] = []
    for match_id, start, end in matcher(doc):
        rule = RULES[int(doc.vocab.strings[match_id])]
        span = doc[start:end]
        hits.append(_Hit(rule.group, rule.category, rule.weight, span.text, start, end))
    return hits


def _negated(doc: Any, start: int, end: int) -> bool:
    """A negator shortly before the phrase in the same clause, or "niet" right after it."""
    before = doc[max(0, start - 6) : start].text.lower()
    if _EXPLICIT_NEGATION.search(before):
        return True
    for i in range(start - 1, max(-1, start - 1 - _NEG_WINDOW), -1):
        low = doc[i].lower_
        if low in NEGATION_STOPS or doc[i].is_punct:
            break
        if low in NEGATORS:
            return True
    for i in range(end, min(len(doc), end + 2)):
        if doc[i].is_punct:
            break
        if doc[i].lower_ in {"niet", "nooit", "not", "never"}:
            return True
    return False


_EXPLICIT_NEGATION = re.compile(
    r"\b(?:no|not\s+any|geen|never\s+any)\s+(?:signs?|evidence|indications?|sprake|"
    r"aanwijzingen?|tekenen|teken|sporen)\s+(?:of|van|voor)\s*(?:\w+\s*)?$"
)


def _overlaps(hit: _Hit, spans: Iterable[_Hit]) -> bool:
    return any(hit.start < s.end and s.start < hit.end for s in spans)


def _dedupe(texts: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for t in texts:
        key = " ".join(t.lower().split())
        if key not in seen:
            seen[key] = " ".join(t.split())
    return tuple(seen.values())


def _classify(subject: str, text: str, machine: tuple[str, ...]) -> Triage:
    return triage_with(load_pipelines(), subject, text, machine)


def triage_with(pipes: _Pipelines, subject: str, text: str, machine: tuple[str, ...]) -> Triage:
    """Triage with explicitly given pipelines (``evaluate`` uses a freshly trained directory)."""
    th = pipes.thresholds
    content = prepare_text(subject, text)
    language, lang_conf, lang_ev = detect_language(content)
    if language == "en":
        doc = pipes.en(content)
        hits = _find_hits(doc, pipes.en_matcher)
    else:
        doc = pipes.nl_lemmatizer(pipes.nl.make_doc(content))
        hits = _find_hits(doc, pipes.nl_matcher)
    cats: dict[str, float] = {}
    if pipes.has_model:
        # The model was trained on lower-cased text (bag of words over ORTH).
        mdoc = pipes.textcat(pipes.nl.make_doc(content.lower()))
        cats = {k: float(v) for k, v in mdoc.cats.items()}

    sg, sg_cat, sg_conf, sg_ev = _safeguarding(doc, hits, cats, th)
    sector, secondary, sec_conf, sec_ev = _sector(hits, cats, th)
    is_c, c_conf, c_ev = _complaint(hits, cats, th, machine, sg, content)
    urgent, u_conf, u_ev = _urgent(hits, cats, th, is_c, sector, secondary)
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


def _safeguarding(
    doc: Any, hits: list[_Hit], cats: dict[str, float], th: dict[str, float]
) -> tuple[bool, SafeguardingCategory | None, float, tuple[str, ...]]:
    hard_neg = [h for h in hits if h.group == "sg_neg"]
    accident = any(h.group == "accident" for h in hits)
    doubt = any(h.group == "doubt" for h in hits)
    signals: list[_Hit] = []
    for h in hits:
        if h.group not in ("sg", "sg_injury", "sg_strict"):
            continue
        if _overlaps(h, hard_neg):
            continue
        if h.group == "sg_injury" and accident and not doubt:
            continue
        if h.group != "sg_strict" and _negated(doc, h.start, h.end):
            continue
        signals.append(h)
    # One phrase counts once, however often it occurs; at most 2.0 from rules.
    by_text: dict[str, _Hit] = {}
    for h in signals:
        key = h.text.lower()
        if key not in by_text or by_text[key].weight < h.weight:
            by_text[key] = h
    rule_score = min(2.0, sum(h.weight for h in by_text.values()))
    model = cats.get("SAFEGUARDING", 0.0)
    flag = (
        rule_score >= th["sg_rule"]
        or model >= th["sg_model"]
        or (rule_score >= 0.5 and model >= th["sg_model_weak"])
    )
    evidence = list(_dedupe(h.text for h in sorted(by_text.values(), key=lambda h: h.start)))
    if flag and model >= th["sg_model_weak"]:
        evidence.append(f"model: {model:.2f}")
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
    pos = _dedupe(h.text for h in hits if h.group == "complaint")
    neg = _dedupe(h.text for h in hits if h.group == "not_complaint")
    if machine:
        return False, 0.95, machine
    if safeguarding:
        # A concern about a child always becomes a case for the officer (DOMAIN §4).
        return True, 0.9, ("safeguarding concern", *pos)
    if cats:
        p = cats.get("COMPLAINT", 0.0)
    else:
        p = 0.5 + 0.1 * min(len(pos), 3) - 0.15 * min(len(neg), 3)
        if not content:
            p = 0.0
    is_c = p >= th["complaint"]
    evidence = list(pos if is_c else neg)
    if cats:
        evidence.append(f"model: {p:.2f}")
    return is_c, max(p, 1 - p), tuple(evidence)


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
    elif ongoing and past:
        urgent = model >= th["urgent_model"]
    else:
        urgent = model >= max(0.7, th["urgent_model"])
    evidence = list(ongoing if urgent else past)
    if cats:
        evidence.append(f"model: {model:.2f}")
    conf = max(model, 0.6) if urgent else max(1 - model, 0.5)
    return urgent, conf, tuple(evidence)


def rule_lemmas() -> set[str]:
    """Every LEMMA value the rules use (training keeps these in the shipped lemma tables)."""
    found: set[str] = set()
    for rule in RULES:
        for pattern in rule.patterns:
            for tok in compile_token_pattern(pattern):
                lemma = tok.get("LEMMA")
                if isinstance(lemma, dict):
                    found.update(lemma.get("IN", []))
                elif isinstance(lemma, str):
                    found.add(lemma)
    return found


# --------------------------------------------------------------------------------------------
# Rule tables. A pattern is a space-separated sequence of tokens:
#   a|b|c        LOWER equals one of the words; an alternative written re:X is the regex ^X$
#   =a|b         LEMMA equals one of the lemmas (lookup lemmatizer from spacy-lookups-data)
#   ?            any one token, optional;  tok~  the token is optional
# Groups: sg (safeguarding signal), sg_injury (explained away by a handled accident), sg_neg
# (hard negative: cancels overlapping signals), accident, doubt, sector, ongoing/past (kraamzorg
# urgency, DOMAIN §4), complaint/not_complaint (cues). A rule weight of 1.0 flags on its own.
# --------------------------------------------------------------------------------------------


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


def compile_token_pattern(pattern: str) -> list[dict[str, Any]]:
    """Translate the mini-syntax above into a spaCy ``Matcher`` token pattern."""
    out: list[dict[str, Any]] = []
    for raw in pattern.split():
        optional = raw.endswith("~") and len(raw) > 1
        tok = raw[:-1] if optional else raw
        spec: dict[str, Any]
        if tok == "?":
            spec = {"OP": "?"}
        elif tok.startswith("=") and len(tok) > 1:
            spec = {"LEMMA": {"IN": _split_alts(tok[1:])}}
        else:
            alts = _split_alts(tok)
            if any(a.startswith("re:") for a in alts):
                rx = "|".join(a[3:] if a.startswith("re:") else re.escape(a) for a in alts)
                spec = {"LOWER": {"REGEX": f"^(?:{rx})$"}}
            else:
                spec = {"LOWER": {"IN": alts}}
        if optional:
            spec["OP"] = "?"
        out.append(spec)
    return out


_K = SafeguardingCategory.KINDERMISHANDELING.value
_S = SafeguardingCategory.SEKSUEEL.value
_H = SafeguardingCategory.HUISELIJK_GEWELD.value
_G = SafeguardingCategory.GRENSOVERSCHRIJDEND.value
_O = SafeguardingCategory.OVERIG.value

NEGATORS = frozenset(
    ["geen", "niet", "nooit", "nergens", "niks", "niets", "zonder", "no", "not", "never", "without", "n't", "nothing", "none", "nor"]
)
#: Words that end the clause a negator can reach back into ("ik weet niet OF hij geslagen wordt"
#: is a worry, not a denial: recall first).
NEGATION_STOPS = frozenset(
    ["maar", "omdat", "want", "of", "dat", "toen", "als", "hoe", "wie", "waarom", "wat", "waar", "sinds", "terwijl", "dus", "alleen", "behalve", "but", "because", "if", "whether", "that", "when", "how", "who", "why", "what", "where", "since", "while", "so", "though", "although", "only", "except"]
)

_PERSON = "man|partner|vriend|ex|vader|papa|stiefvader|vriendje|husband|boyfriend|father|dad"
_HIT = (
    "geslagen|sloeg|sloegen|slaat|mept|mepte|gemept|getikt|tikte|geknepen|kneep|knijpt|"
    "geschopt|schopte|schopt|gestompt|stompte|geduwd|duwde|geschud|schudde|gewurgd|"
    "gerammeld|gesleurd|sleurde|getrapt|trapte"
)
_HIT_EN = (
    "re:hit(s|ting)?|slapped|slaps|smacked|spanked|kicked|punched|shook|shaken|choked|strangled"
)
_NUM = "re:\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien"
_MONTHS_NL = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"

RULES: tuple[Rule, ...] = (
    # ---- safeguarding: injuries (an accident that was handled explains them away)
    Rule(
        "sg_injury",
        _K,
        1.0,
        (
            "blauwe|blauw plek|plekken|plekjes",
            "re:striemen|re:brandwond(en|je)?|re:bult(en)?",
            "afdruk|afdrukken|re:vingerafdruk(ken)?",
            "re:bruise[sd]?|bruising|welts",
            "finger marks",
            "black eye",
            "blaue flecken",
        ),
    ),
    Rule(
        "sg_injury",
        _K,
        0.6,
        (
            "krassen|schrammen|scratches|marks|wond|wondje|wound",
            "opgezwollen|swollen",
        ),
    ),
    # ---- physical harm, locking up, tying, neglect (kindermishandeling)
    Rule(
        "sg",
        _K,
        1.0,
        (
            _HIT,
            "re:(kinder)?mishandel(ing|d|t|en)",
            "re:verwaarloo?(sd|zing|zen)",
            "re:vastgebonden|vastgeknoopt|vastgetaped|vastgeplakt|vastgezet",
            "opgesloten|opsluiten|opsluit",
            "sluit|sloten ? ? op",
            "in de|een kast|gang|donker gezet|gestopt",
            "hardhandig|hardhandige",
            "aan zijn|haar|de arm|armen|haren|haar|oor getrokken|gesleurd|meegesleurd",
            "bij de keel",
            "door elkaar geschud",
            "hou|houd je bek|kop",
            "krijgt|krijg|kreeg de riem",
            "=abuse|neglect",
            "abused|abusive|neglected",
            _HIT_EN,
            "locked ? up|in",
            "tied up|down",
            "strapped ? ? to",
            "dragged|yanked",
            "geschlagen|schlägt|misshandelt",
            "vuruyor|dövüyor|dövdü|bije|pobił",
        ),
    ),
    Rule(
        "sg",
        _K,
        0.6,
        (
            "als straf",
            "as a~ punishment",
            "=straffen|punish|punished|punishing",
            "re:uitgehongerd|starving",
            "geen eten|drinken|cracker|fruit|lunch",
            "duikt|dook|deinst ? ? weg",
            "flinch|flinches|flinched|cowers|cowering",
            "schrikt|schrok als",
            "doodsbang|angstig|terrified",
            "ruw|ruwe|grof|grove|rough|roughly",
            "vastgepakt|vastgegrepen|beetgepakt|gegrepen|grabbed|vastpakte|greep",
            "schreeuwt|schreeuwde|geschreeuwd|yelled|screamed|gillen",
            "shouted at",
            "=dwingen",
            "gedwongen|forced",
            "pulled",
            "sjaal|riem ? ? vast|vastgeknoopt",
        ),
    ),
    Rule("sg", _K, 0.4, ("bang voor", "scared|afraid of", "wil ? niet meer naar")),
    # ---- sexual
    Rule(
        "sg",
        _S,
        1.0,
        (
            "re:seksue(el|ele)|seks|re:sexual(ly)?|sex",
            "re:misbruik(t|en)?|=misbruiken",
            "re:aangerand|aanranding|re:verkracht(ing)?|ontucht|re:betast|re:porno?|re:porn",
            "=aanraken",
            "aangeraakt",
            "raakt ? ? aan",
            "aan haar|hem|mij|me zat|zit|zitten",
            "re:naaktfoto('s)?|naakt|bloot|nude|naked",
            "broek uit|uittrekken",
            "re:plasser(tje)?|re:piemel(tje)?|vagina|schaamstreek|re:geslachtsdelen?",
            "private parts",
            "genitals|privates",
            "re:groom(ing|ed)?|molest|molested|groped|raped|rape",
            "missbrauch|streichelt|taciz|istismar",
        ),
    ),
    Rule(
        "sg",
        _S,
        0.6,
        (
            "geheimpje|geheim|secret|geheimnis",
            "niet|niemand ? ? vertellen|zeggen",
            "not to tell",
            "tell anyone|nobody",
            "tell no one",
            "filmen|gefilmd|filming|filmde",
            "in de douche",
            "onder het|de dekentje|deken|dekens",
            "onder ? kleren|kleding",
            "op schoot",
            "on his lap",
            "snapchat|instagram|tiktok|dm's|dms|appjes|berichtjes|hartjes",
            "apart neemt|genomen",
            "alleen met",
            "lichaam|body|bikini|ondergoed|onderbroek|underwear",
            "snoep|cadeautjes|armbandje|gifts",
            "geld beloofd",
            "=touch|touched|touching",
            "kietelt|kietelen",
        ),
    ),
    Rule("sg", _S, 0.4, ("re:foto'?s?|photos|pictures",)),
    # ---- domestic violence
    Rule(
        "sg",
        _H,
        1.0,
        (
            "huiselijk geweld",
            "domestic violence|abuse",
            f"{_PERSON} ? ? {_HIT}",
            f"{_PERSON} ? ? =slaan|schoppen|stompen|duwen|wurgen|bedreigen",
            f"{_PERSON} ? ? {_HIT_EN}",
            "re:bedreig(d|t|de|ing|en)|re:dreig(t|de|ement)|re:threaten(s|ed|ing)?",
            "contactverbod|straatverbod|aangevallen|attacked",
            "restraining order",
            "=geweld|violence|violent|gewelddadig",
            "tegen de kast|muur|deur|grond geduwd|gegooid",
        ),
    ),
    Rule(
        "sg",
        _H,
        0.6,
        (
            "veilig thuis",
            "niet veilig",
            "unsafe|onveilig",
            "not|n't ? safe",
            "ik ben bang",
            "i'm|am afraid|scared",
            "durf niks|niets|niet",
            "telefoon|phone|paspoort|passport|pinpas afgepakt|afgenomen|afpakt",
            "took my phone|passport",
            "gooit|gooide ? ? spullen|glas",
            "threw|throws",
            "drinkt|drinking|dronken|drunk|alcohol",
            "politie|police",
            "blauw|blauwe oog",
        ),
    ),
    # ---- boundary-crossing behaviour
    Rule(
        "sg",
        _G,
        1.0,
        (
            "re:grensoverschrijdend(e)?",
            "over de|haar|zijn|mijn grens|grenzen",
            "crossed|crossing the|a line",
            "re:vernederd|vernedering|vernederen|re:humiliat(ed|ing|ion)",
            "re:geïntimideerd|intimidatie|intimiderend|re:intimidat(ed|ion|ing)",
            "een relatie",
            "relationship with",
            "bij hem ? overnacht|geslapen",
        ),
    ),
    Rule(
        "sg",
        _G,
        0.6,
        (
            "ongepast|ongepaste|inappropriate|inappropriately",
            "boundary|boundaries",
            "re:uitgescholden|re:scheld(t|en)|kleinerend|gekleineerd|swore|swearing",
            "voor de hele groep",
            "in front of everyone",
            "hand op|on ? been|knee|leg|dij|bovenbeen|thigh",
            "knuffelen|knuffelt|hugging|kissing|zoenen|kusjes",
        ),
    ),
    # ---- other: self-harm, children unattended, staff under influence, runaways
    Rule(
        "sg",
        _O,
        1.0,
        (
            "re:zelfmoord|re:suïcid.*|re:suicid.*|zelfdoding|self-harm|re:zelfbeschadiging",
            "snijdt|snijden zichzelf|haarzelf",
            "cuts|cutting|cut herself|himself",
            "pillen gespaard",
            "niet meer volhoud|volhouden",
            "kill myself|himself|herself",
            "alleen achtergelaten|gelaten",
            "left alone",
            "unattended|onbeheerd|unsupervised",
            "zonder toezicht",
            "no adult|adults",
            "onder invloed",
            "naar alcohol|drank",
            "smelled|smelt of alcohol",
            "weggelopen|vermist",
            "ran away",
            "geen eten in huis",
            "no food",
            "vergeet|vergat ? ? op te halen",
        ),
    ),
    # ---- hard negatives: alarming words without a concern (DOMAIN §4)
    Rule(
        "sg_neg",
        "",
        0.0,
        (
            "bal|ballen ? ? ? ? ruit|raam",
            f"{_HIT}|schoppen|trappen ? ? bal|voetbal|ruit|raam",
            "bal ? ? ? =slaan|schoppen|trappen",
            "=slaan alarm",
            "alarm ? =slaan",
            "slaat|sloeg ? ? nergens|niks op",
            "deur ? ? ? dicht",
            "klok sloeg",
            "sloeg|slaat op tilt",
            "=slaan ? dicht|over|aan|af",
            "mishandeling|misbruik|mishandelen|abuse ? van|of ? ? tijd|geduld|gegevens|privacy|regeling|"
            "regels|toeslag|systeem|taal|goedheid|time|process|system|power|data",
            "meldcode|aandachtsfunctionaris",
            "week ? ? ? kindermishandeling",
            "training|cursus|webinar|workshop|voorlichting|themaavond|nieuwsbrief ? ? ? ? "
            "kindermishandeling|geweld|misbruik|grensoverschrijdend",
            "hit ? ball|road|jackpot|button",
            "hit it off",
            "kick|kicked|kicks ? off",
            "shake|shook hands",
            "touch base",
            "in|get|keep|stay|got touch",
            "handen geschud|schudden",
            "in de handen klappen",
            "klappen voor",
            "tikkertje|tikfout|tikfouten",
            "=schudden ? ? fles|flesje|bed|kussen",
            "shake ? bottle",
            f"ander|andere kind|kindje|kinderen|kindjes|jongen|meisje|peuter ? ? ? {_HIT}|gebeten|beet",
            f"another child|kid|boy|girl ? ? ? {_HIT_EN}|bit|pushed",
            f"{_HIT}|gebeten ? ? ? door een|de ander|andere kind|kindje|jongen|meisje|peuter",
            "geen geweld",
        ),
    ),
    Rule(
        "accident",
        "",
        0.0,
        (
            "re:gevallen|viel|re:gestruikeld|struikelde|re:uitgegleden|re:gebotst|botste|re:ongeluk(je)?",
            "valpartij|glijbaan|klimrek|schommel|traptree|fell|fall|tripped|accident|bumped",
            "re:ijs(zakje)?|pleister|ongevallenformulier|incidentformulier|ice|plaster",
            "incident form",
            "netjes|meteen|direct|goed gemeld|gebeld|opgevangen",
            "called us",
        ),
    ),
    Rule(
        "doubt",
        "",
        0.0,
        (
            "geen verklaring",
            "no explanation",
            "niemand ? ? weet|wist|weten",
            "klopt niet",
            "add up",
            "vreemd|verdacht|strange|suspicious",
            "geloof ? ? niet",
            "don't|not believe",
            "zeiden|zegt|beweert dat ? ? gevallen",
            "op zijn|haar bovenarm|bovenarmen|rug|billen|oren",
        ),
    ),
    # ---- sectors (DOMAIN §2 vocabulary)
    Rule(
        "sector",
        Sector.KRAAMZORG.value,
        1.0,
        (
            "re:kraam.*",
            "re:partus.*",
            "bevalling|bevallen|re:pasgeboren.*|newborn|newborns",
            "maternity|postnatal|re:postpartum",
            "verloskundige|midwife|hielprik",
            "re:wochenbett.*",
        ),
    ),
    Rule(
        "sector",
        Sector.KRAAMZORG.value,
        0.5,
        (
            "re:borstvoeding|re:flesvoeding|breastfeeding|navel|navelstreng|baby|baby's|babies",
            "geboren|born|zwanger|pregnant|c-section|keizersnede",
            "gave|giving birth",
        ),
    ),
    Rule(
        "sector",
        Sector.KINDEROPVANG.value,
        1.0,
        (
            "re:kinderopvang.*|re:kinderdagverblijf.*|kdv|re:bso(-.*)?",
            "buitenschoolse opvang",
            "re:peuter(opvang|speelzaal|groep|speelgroep).*|re:gastouder.*|re:dagopvang|re:naschoolse",
            "pedagogisch|pedagogische",
            "re:pm-?'?ers?",
            "daycare|day-care|nursery|re:after-?school",
            "day care",
            "childminder|childcare|kita|re:kinderopvangtoeslag|babygroep|dreumesgroep",
        ),
    ),
    Rule(
        "sector",
        Sector.KINDEROPVANG.value,
        0.5,
        (
            "opvang",
            "leidster|leidsters|juf|juffen",
            "ophalen|brengen|pick-up|pickup|drop-off",
            "groep",
            "luier|luiers|slaapkamer|nap|toddler|toddlers",
        ),
    ),
    Rule(
        "sector",
        Sector.JEUGDHULP.value,
        1.0,
        (
            "re:jeugdhulp.*|re:jeugdzorg.*|re:jeugdbescherming|re:gezinscoach.*|re:pleeg.*",
            "re:gezinsvoogd|gezinshuis|re:woongroep|ambulante|ambulant",
            "gesloten groep",
            "youth care",
            "re:foster.*",
            "family coach|coaching",
            "re:gezinsbegeleid.*",
            "re:gezinsteam|re:jeugdteam|re:wijkteam",
        ),
    ),
    Rule(
        "sector",
        Sector.JEUGDHULP.value,
        0.5,
        (
            "begeleider|begeleiding|begeleidster|hulpverlener|behandelaar|behandeling|counsellor|therapist",
            "re:therapie|re:wachtlijst|indicatie|beschikking|zorgplan",
            "plan van aanpak",
            "uit huis",
        ),
    ),
    Rule(
        "sector",
        Sector.BUURTWERK.value,
        1.0,
        (
            "re:buurtwerk.*|re:buurthuis.*|re:buurtcentrum.*|re:wijkcentrum.*|re:jongerenwerk.*",
            "re:jongerencentrum.*|re:jongerenclub|re:opbouwwerk.*|re:buurtcoach.*|re:buurtsport.*",
            "sociaal werk|werker",
            "re:bouwspeeltuin|re:speeltuin.*|tienerwerk|kinderwerk",
            "community centre|center",
            "youth centre|center|worker|workers|club",
            "re:taalcaf[eé]|re:inloop.*|koffieochtend|re:buurtkamer",
            "repair café|cafe",
        ),
    ),
    Rule(
        "sector",
        Sector.BUURTWERK.value,
        0.5,
        (
            "re:vrijwilliger.*|volunteer|volunteers|activiteit|activiteiten|re:buurt(bewoners)?|wijk",
            "meidenavond|kookclub|knutselclub|moeder-kind|spreekuur|lidmaatschap|club",
        ),
    ),
    # ---- kraamzorg urgency (DOMAIN §4): ongoing care vs. a birth long past
    Rule(
        "ongoing",
        "",
        1.0,
        (
            "vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gisteren|gister|gisteravond",
            "gisternacht|morgen|momenteel",
            "op dit moment",
            "deze week",
            "nog steeds",
            "nog ? dagen",
            "nu nog|al",
            "kraamweek|kraamtijd|kraamperiode",
            "dag re:\\d+",
            f"{_NUM} dagen|dag oud|geleden",
            "baby|zoontje|dochtertje van ? dagen",
            "net|pas|gisteren bevallen|geboren",
            "is ? ? geboren",
            "na de bevalling",
            "today|tonight|tomorrow|yesterday|currently|still",
            "this morning|week",
            "right now",
            "day re:\\d+",
            "re:\\d+ days old|ago",
            "was born",
            "gave birth",
            "just had",
            "tot zaterdag|zondag|vrijdag|donderdag|woensdag|dinsdag|maandag",
        ),
    ),
    Rule(
        "past",
        "",
        1.0,
        (
            "achteraf|inmiddels|terugkijkend|destijds",
            "vorig|afgelopen jaar",
            f"{_NUM} maanden|maand geleden|oud",
            f"{_NUM} weken oud",
            f"in {_MONTHS_NL}",
            "vorige maand",
            "looking back",
            "last year",
            "months ago|old",
            "after the fact",
            f"{_NUM} weeks old",
            f"in {_MONTHS_EN}",
            "al lang|voorbij",
            "zwanger|pregnant",
        ),
    ),
    # ---- complaint cues (used when no model is shipped)
    Rule(
        "complaint",
        "",
        1.0,
        (
            "re:klacht(en)?|klagen|ontevreden|teleurgesteld|boos|woedend|onacceptabel",
            "re:complain(t|ts|ing)?|disappointed|unacceptable|angry|furious",
            "niet oké|oke|ok",
            "belachelijk|schandalig",
            "ben het zat",
        ),
    ),
    Rule(
        "not_complaint",
        "",
        1.0,
        (
            "re:sollicit.*|vacature|cv|motivatiebrief|vacancy|resume",
            "compliment|complimenten",
            "bedankt|dank voor",
            "thank you for",
            "heel|super tevreden",
            "nieuwsbrief|newsletter|uitschrijven|unsubscribe|afmelden|webinar",
            "afwezig|undeliverable",
            "out of office",
            "automatisch|automatic antwoord|reply",
        ),
    ),
)

#: Header tests of machine mail (DOMAIN §5): name, regex on the value.
MACHINE_HEADERS: tuple[tuple[str, str], ...] = (
    ("auto-submitted", r"^(?!\s*no\s*$)"),
    ("precedence", r"bulk|junk|list|auto_reply"),
    ("x-auto-response-suppress", r"."),
    ("list-id", r"."),
    ("list-unsubscribe", r"."),
)

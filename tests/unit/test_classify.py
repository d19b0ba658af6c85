"""Triage decisions (issue 3, DOMAIN §4): hard cases, sectors, urgency, language, robustness."""

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mailbot.classify import (
    Analysis,
    SgScores,
    _Hit,
    analyse,
    classify,
    classify_text,
    decide,
    detect_language,
    length_token,
    load_pipelines,
    model_doc,
    request_tokens,
    rule_lemmas,
    sg_flag,
    shape_tokens,
    stem_tokens,
    subject_end,
    subject_tokens,
    triage_with,
)
from mailbot.domain import ParsedMail, SafeguardingCategory, Sector

HARD_NEGATIVES = [
    "De kinderen sloegen een bal door de ruit van het buurthuis, wie betaalt de schade?",
    "Dit is mishandeling van mijn tijd: drie keer doorverbonden bij de klantenservice.",
    "Er is geen sprake van misbruik, maar de factuur van de BSO klopt niet.",
    "Dat slaat nergens op, de opvang was gewoon dicht op maandag.",
    "Our son fell from the slide at daycare and got a bruise; staff put ice on it and called us "
    "right away.",
    "There is no sign of abuse, I just want the invoice corrected.",
    "Ik ben helemaal murw geslagen door jullie bureaucratie, vier formulieren voor één dag.",
    "We were hit with a surprise registration fee of 75 euro. Please refund it.",
    "Dit voelt als misbruik van mijn vertrouwen: het verslag ging zonder toestemming naar school.",
    # metaphors, worries about money, a ball, a handled child-on-child incident, a newsletter
    "Ik voel me echt aangerand door die rekening van de vakantieopvang, graag een correctie.",
    "Mijn zoon verveelt zich dood op de BSO, er is niets voor kinderen van elf.",
    "Ik ben bang dat de jaaropgave voor de toeslag niet klopt, graag een controle.",
    "Onze zoon trapte gisteren bij het buurthuis in de gymzaal per ongeluk tegen de bal en die "
    "raakte het raam. Moeten wij de schade betalen?",
    "Mijn dochter werd in de zandbak door een ander kindje geduwd en gebeten. De juf heeft het "
    "meteen gemeld en het plekje gekoeld. Hebben jullie beleid voor bijtende peuters?",
    "Nieuwsbrief: in de week tegen kindermishandeling is er een avond over huiselijk geweld in "
    "het wijkcentrum. Afmelden voor deze nieuwsbrief? Klik hier.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_do_not_flag(text: str) -> None:
    t = classify_text("Klacht", text)
    assert not t.safeguarding, t.evidence["safeguarding"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Mijn dochter (2) had na het ophalen blauwe plekken op haar bovenarm. Niemand weet "
            "hoe.",
            "blauwe plekken",
        ),
        (
            "Mijn zoon vertelde dat hij bij de bso in de gang opgesloten werd als straf.",
            "opgesloten",
        ),
        (
            "ze zegt dat er een meneer bij de bso is die aan haar zit. graag snel contact",
            "aan haar zit",
        ),
        ("My son said the staff member slapped him when he cried at daycare.", "slapped"),
        ("Mijn man slaat me soms. De kraamverzorgende zag het.", "slaat"),
        (
            "Ik zag dat een leidster een jongetje een klap in zijn gezicht gaf toen hij huilde.",
            "klap in zijn gezicht",
        ),
        (
            "The coach meets our 15-year-old daughter alone in his car and messages her late at "
            "night.",
            "alone in his car",
        ),
        (
            "Ze is heel somber en zegt dat de baby beter af is zonder haar.",
            "beter af",
        ),
        (
            "Mijn vriend mag niet weten dat ik mail. Als hij drinkt is hij voor mij gevaarlijk.",
            "voor mij gevaarlijk",
        ),
        (
            "The support worker added our son (13) on Snapchat and told him he can sleep at her "
            "place whenever he wants.",
            "sleep at her place",
        ),
        (
            "Onze zoon had na de opvang een rond brandplekje op zijn hand, de groep heeft niks "
            "gezien. Graag uitleg.",
            "brandplekje",
        ),
        (
            "Hij schopte mijn zoon hard. Daarna pakte hij de bal en ging verder met spelen.",
            "schopte",
        ),
    ],
)
def test_indirect_positives_flag_with_evidence(text: str, phrase: str) -> None:
    t = classify_text("", text)
    assert t.safeguarding
    assert t.safeguarding_category in set(SafeguardingCategory)
    assert any(phrase.lower() in e.lower() for e in t.evidence["safeguarding"]), t.evidence


def test_negation_cancels_rule_evidence() -> None:
    t = classify_text("", "Hij is niet geslagen, de pm'er heeft hem alleen getroost.")
    assert "geslagen" not in [e.lower() for e in t.evidence["safeguarding"]]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("De kraamverzorgende was te laat en wist niets van borstvoeding.", Sector.KRAAMZORG),
        ("De pedagogisch medewerker van de BSO vergat de jas van mijn zoon.", Sector.KINDEROPVANG),
        ("Onze gezinscoach zegt steeds afspraken af, de pleegzorg loopt vast.", Sector.JEUGDHULP),
        ("De jongerenwerker van het buurthuis laat de muziek tot 23 uur aan.", Sector.BUURTWERK),
    ],
)
def test_sector_vocabulary(text: str, sector: Sector) -> None:
    t = classify_text("Klacht", text)
    assert t.sector is sector
    assert t.evidence["sector"]


def test_two_sectors() -> None:
    t = classify_text(
        "Klacht over de BSO en de gezinscoach",
        "De BSO (kinderopvang) belt nooit terug over mijn zoon, en de gezinscoach van de jeugdhulp "
        "is al drie afspraken niet gekomen. Zowel de pedagogisch medewerker als de "
        "jeugdhulpverlener "
        "weten van niks.",
    )
    assert set(t.sectors) == {Sector.KINDEROPVANG, Sector.JEUGDHULP}


@pytest.mark.parametrize(
    "text",
    [
        "Vandaag is er weer niemand van de kraamzorg gekomen, ik lig hier met een baby.",
        # a short grievance without the word "klacht". A known miss, kept visible: it sat on
        # the complaint threshold and flipped with retrains; now 0.27 (the complaint model and
        # the kind component blended) against 0.55 (the threshold 0.60 less the grievance cue).
        # The subject "klacht kraamzorg" lowers the score (0.42 without a subject): the corpus
        # holds as many non-complaints with "klacht" in the subject (withdrawn, settled, "geen
        # klacht") as complaints (README, Triage)
        pytest.param(
            "We zitten midden in de kraamweek en de kraamverzorgende doet niets.",
            marks=pytest.mark.xfail(strict=True, reason="model 0.27, threshold 0.55 (README)"),
        ),
        "Our baby is 4 days old and the maternity nurse left after one hour again today.",
    ],
)
def test_kraamzorg_urgent(text: str) -> None:
    t = classify_text("klacht kraamzorg", text)
    assert t.sector is Sector.KRAAMZORG and t.is_complaint and t.urgent
    assert t.evidence["urgent"]


def test_kraamzorg_long_ago_not_urgent() -> None:
    t = classify_text(
        "klacht",
        "Achteraf wil ik klagen over de kraamzorg in januari; onze dochter is inmiddels vier "
        "maanden oud.",
    )
    assert not t.urgent


def test_english() -> None:
    t = classify_text("Complaint", "I want to complain: the daycare charged us twice for May.")
    assert t.language == "en" and t.is_complaint and t.sector is Sector.KINDEROPVANG


def test_quoted_history_does_not_flag() -> None:
    text = (
        "Bedankt, de factuur van de BSO is nu in orde.\n\n"
        "Op ma 3 mrt 2026 om 10:00 schreef Klachten <klachten@gro-up.nl>:\n"
        "> Mijn zoon had blauwe plekken en werd geslagen en opgesloten.\n"
    )
    assert not classify_text("Re: factuur", text).safeguarding


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "x" * 2_000_000, "é" * 10_000])
def test_never_raises(text: str) -> None:
    t = classify_text("", text)
    assert t.language in {"nl", "en", "other"}
    assert set(t.confidence) == {"is_complaint", "sector", "safeguarding", "urgent", "language"}


def test_empty_is_not_a_complaint() -> None:
    t = classify_text("", "")
    assert not t.is_complaint and not t.safeguarding and t.sector is Sector.ONBEKEND


def test_machine_mail_is_not_a_complaint() -> None:
    mail = ParsedMail(
        message_id="<x@y>",
        sender="noreply@example.nl",
        sender_name="",
        subject="Afwezig: klacht",
        text="Ik ben afwezig tot maandag.",
        received_at=datetime(2026, 4, 30, tzinfo=UTC),
        headers=(("auto-submitted", "auto-replied"),),
    )
    t = classify(mail)
    assert not t.is_complaint
    assert any("auto-submitted" in e for e in t.evidence["is_complaint"])


def test_rule_lemmas_are_in_shipped_tables() -> None:
    """Rules matching on LEMMA need their lemmas in the pruned tables: retrain after editing."""
    pipes = load_pipelines()
    table = pipes.nl.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    values = set(table.values())
    missing = {lemma for lemma in rule_lemmas() if lemma not in values and lemma not in table}
    assert not missing or not pipes.has_model, missing


def test_committed_pipeline_loads_and_training_is_deterministic(tmp_path: Path) -> None:
    from mailbot.training import CORPUS_DIR, train

    assert load_pipelines().has_model, "the trained pipeline must be committed"
    texts = [
        ("Klacht", "De kraamverzorgende kwam vandaag niet."),
        ("", "Mijn zoon had blauwe plekken na de BSO."),
        ("vraag", "Hoe laat sluit het buurthuis?"),
    ]
    outs = []
    for name in ("a", "b"):
        train(CORPUS_DIR, tmp_path / name, seed=7, epochs=2, limit=60)
        pipes = load_pipelines(tmp_path / name)
        outs.append([pipes.cats(pipes.nl.make_doc(t.lower())) for _, t in texts])
        outs[-1].append([triage_with(pipes, s, t, ()) for s, t in texts])
    assert outs[0] == outs[1]


def test_long_words_give_the_model_their_first_and_last_letters() -> None:
    words = ["kinderdagverblijf", "sloeg", "geslagen", "12345678", "e-mailtje", "dagverblijven"]
    assert stem_tokens(words) == (
        "p~kinde", "s~blijf", "p~gesla", "s~lagen", "p~dagve", "s~ijven",
    )
    assert stem_tokens(["slaan", "ok", ""]) == ()
    doc = model_doc(load_pipelines().nl.vocab, ["mijn", "dochter", "geslagen"], [], "nl")
    # the mail's words, the rule features, then the stems: what training and run time both read
    assert [t.text for t in doc] == [
        "mijn", "dochter", "geslagen", "xxlangnl", "p~docht", "s~chter", "p~gesla", "s~lagen",
        "xxlen1", "xxq0", "xxsent0",
    ]


def test_the_model_reads_what_the_writer_asks_for() -> None:
    """The (up to) four words of letters after a request word, within its sentence."""
    words = ["kunnen", "jullie", "er", ",", "alsjeblieft", ",", "iets", "mee", "doen", "?",
             "ik", "wil", "alleen", "dat", "jullie", "het", "weten", "."]
    assert request_tokens(words) == (
        "rq~jullie", "rq~er", "rq~alsjeblieft", "rq~iets",
        "rq~alleen", "rq~dat", "rq~jullie", "rq~het",
    )
    # the scope ends with the sentence, and a request word inside a scope opens its own
    assert request_tokens(["please", "help", ".", "thanks"]) == ("rq~help",)
    assert request_tokens(["can", "you", "please", "call"]) == (
        "rq~you", "rq~please", "rq~call", "rq~call",
    )
    assert request_tokens(["de", "kraamverzorgende", "kwam", "niet"]) == ()
    doc = model_doc(load_pipelines().nl.vocab, ["graag", "bellen", "?"], [], "nl")
    assert [t.text for t in doc][-1] == "rq~bellen"


def test_the_model_reads_the_subject_line_as_the_writer_s_summary() -> None:
    """The words of letters of the subject (at most 12), marked, after everything else."""
    words = ["compliment", "voor", "wendy", "!", "\n\n", "de", "kraamweek", "was", "fijn"]
    assert subject_end(words) == 4
    assert subject_tokens(words, 4) == ("sj~compliment", "sj~voor", "sj~wendy")
    assert subject_tokens(words, 0) == ()
    assert subject_end(["alleen", "een", "onderwerp"]) == 3  # a subject and no body
    assert len(subject_tokens(["woord"] * 30, 30)) == 12
    pipes = load_pipelines()
    a = analyse(pipes, "Klacht over de BSO", "Beste,\n\nMijn zoon is gevallen en niemand belde.")
    assert a.words[:a.subject_end] == ("klacht", "over", "de", "bso")
    # no subject: the first paragraph of the body is not read as one
    b = analyse(pipes, "", "Klacht over de BSO\n\nMijn zoon is gevallen en niemand belde.")
    assert b.subject_end == 0
    doc = model_doc(pipes.nl.vocab, ["vraag", "\n\n", "graag", "bellen"], [], "nl", 1)
    assert [t.text for t in doc][-2:] == ["rq~bellen", "sj~vraag"]


def test_the_model_reads_how_many_questions_and_sentences_a_mail_has() -> None:
    assert shape_tokens(["wat", "?", "nu", "."]) == ("xxq1", "xxsent0")
    assert shape_tokens(["?"] * 5 + ["."] * 7 + ["!"]) == ("xxq3", "xxsent3")
    assert shape_tokens(["."] * 40) == ("xxq0", "xxsent5")


@pytest.mark.parametrize(
    ("n", "token"), [(0, "xxlen0"), (1, "xxlen0"), (3, "xxlen1"), (4, "xxlen2"), (127, "xxlen6"),
                     (128, "xxlen7"), (5000, "xxlen7")],
)
def test_the_model_reads_the_mail_s_length_in_powers_of_two(n: int, token: str) -> None:
    assert length_token(["woord"] * n + [",", "12"]) == token


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shipped_tokenizer_is_the_language_default(lang: str) -> None:
    """``load_pipelines`` does not read the shipped tokenizer (half the load time) and uses the
    language's default one: they must be the same (all but the vocabulary, loaded separately)."""
    import spacy
    import srsly

    from mailbot.classify import PIPELINE_DIR

    def fields(tokenizer: Any) -> dict[str, Any]:
        data = dict(srsly.msgpack_loads(tokenizer.to_bytes()))
        del data["vocab"]
        return data

    shipped = spacy.load(PIPELINE_DIR / lang)
    assert fields(shipped.tokenizer) == fields(spacy.blank(lang).tokenizer)
    loaded = load_pipelines().nl if lang == "nl" else None
    if loaded is not None:
        assert fields(loaded.tokenizer) == fields(shipped.tokenizer)


def test_safeguarding_does_not_force_complaint_but_still_flags() -> None:
    """The flag is independent of is_complaint (the intake holds and alerts either way)."""
    t = classify_text(
        "Vraag",
        "Mijn zoon vertelde dat de begeleider hem een klap in zijn gezicht gaf.",
    )
    assert t.safeguarding and t.evidence["safeguarding"]
    assert "is_complaint" in t.confidence


def test_classify_is_deterministic() -> None:
    text = "Mijn dochter had blauwe plekken na de BSO en wil niet meer naar de opvang."
    assert classify_text("", text) == classify_text("", text)


def test_fast_language_path() -> None:
    from mailbot.classify import detect_language

    assert detect_language("Ik wil een klacht indienen over de opvang van mijn zoon.")[0] == "nl"
    assert (
        detect_language("I want to complain about the daycare of my son and the staff.")[0] == "en"
    )


# Message type (DOMAIN §5): compliments that use alarming or "klacht" words, thanks for a
# handled incident, polite grievances without the word "klacht", spam that says "klacht".
@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Dank voor de snelle reactie",
            "Ik wil juf Mariska bedanken. Vandaag rende mijn zoon tijdens het wandelen ineens naar "
            "de weg. Ze greep hem net op tijd bij zijn arm. Hij had een klein rood plekje, maar "
            "ik moet er niet aan denken wat er anders was gebeurd. Dank daarvoor!",
        ),
        (
            "Compliment",
            "Vorig jaar heb ik een klacht ingediend over de activiteiten in het buurthuis. Nu wil "
            "ik laten weten dat alles veel beter loopt. Dank je wel, het wordt gewaardeerd!",
        ),
        (
            "Thank you",
            "My daughter fell at after-school care and the staff cleaned the scrape, called me "
            "straight away and stayed with her. Thank you for taking such good care of her.",
        ),
    ],
)
def test_thanks_and_compliments_are_not_complaints(subject: str, text: str) -> None:
    t = classify_text(subject, text)
    assert not t.is_complaint, t.evidence["is_complaint"]


def test_gratitude_outweighs_the_safeguarding_discount() -> None:
    """A flag lowers the complaint threshold, not when the writer thanks and has no grievance."""
    pipes = load_pipelines()
    th = {**pipes.thresholds, "complaint": 0.6, "complaint_sg": 0.2, "complaint_neg_cue": 0.0}
    forced = {"SAFEGUARDING": 0.99, "COMPLAINT": 0.5}
    thanks = analyse(pipes, "Juf", "Ik wil de juf bedanken, ze greep mijn zoon bij zijn arm.")
    plain = analyse(pipes, "Juf", "De juf greep mijn zoon bij zijn arm.")
    assert any(h.group == "gratitude" for h in thanks.hits)
    t_thanks = decide(replace(thanks, cats={**thanks.cats, **forced}), th)
    t_plain = decide(replace(plain, cats={**plain.cats, **forced}), th)
    assert t_thanks.safeguarding and t_plain.safeguarding
    assert not t_thanks.is_complaint, t_thanks.evidence["is_complaint"]
    assert t_plain.is_complaint, t_plain.evidence["is_complaint"]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Brengen",
            "Het nieuwe brengsysteem bij de opvang is echt vervelend, ik sta elke ochtend twintig "
            "minuten buiten en kom te laat op mijn werk. Kunnen jullie voortaan de zijdeur weer "
            "openzetten zoals vroeger?",
            # the corpus has many polite "Kunnen jullie ...?" suggestions that are not
            # complaints; this one sat on the threshold (model 0.399) until the seventh corpus
            # round (0.67 with the eighth, 0.71 with the kind component blended in)
        ),
        (
            "rommel na activiteit",
            "Na de buurtbarbecue lag het grasveld vol afval. Het buurtwerk had de activiteit "
            "georganiseerd, dan mag je toch ook opruimen? Helaas hebben de buren het gedaan.",
        ),
    ],
)
def test_polite_grievances_are_complaints(subject: str, text: str) -> None:
    t = classify_text(subject, text)
    assert t.is_complaint, t.evidence["is_complaint"]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Vraagje over de wenperiode",
            "Even een vraag: hoe lang duurt de wenperiode op de peuteropvang en mag ik de eerste "
            "ochtend blijven? Alvast bedankt.",
        ),
        (
            "Insurance",
            "Quick question: the boys kicked a ball through the window at the youth centre, "
            "nobody was hurt. Who do I contact about the insurance?",
        ),
        (
            "Verdien thuis 500 euro per dag",
            "Investeer nu in crypto en verdien 500 euro per dag. Klik hier om te starten!",
        ),
    ],
)
def test_questions_and_spam_are_not_complaints(subject: str, text: str) -> None:
    t = classify_text(subject, text)
    assert not t.is_complaint, t.evidence["is_complaint"]


def test_lemma_rules_match_inflected_forms() -> None:
    """Rules written on lemmas (``=straffen``) match inflected forms: the lookup table is
    queried by string (spaCy keeps its keys hashed; a dict copy of it would be empty)."""
    pipes = load_pipelines()
    assert pipes.lemma_nl.get("sloeg", "?") == "slaan"
    assert pipes.lemma_en.get("touched", "?") == "touch"
    t = classify_text("", "De leidster heeft hem gestraft en gedwongen alles op te eten.")
    assert "gestraft" in t.evidence["safeguarding"]


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("De medewerker negeerde mijn dochter toen ze ziek was. Ik ben boos en dien een klacht in.",
         True),
        ("Hierbij mijn klacht over de gastouder: ze was drie keer te laat.", True),
        ("I am writing to complain about the after-school club's new pick-up rules.", True),
        ("Hoe dien ik een klacht in? Moet dat met een formulier?", False),
        ("Ik wil een klacht indienen over Anouk, die deze week bij ons is. Ze stuurt mijn vriend "
         "de slaapkamer uit. Voor de laatste twee dagen liever iemand anders, kan dat?", True),
        ("I would like to file a formal complaint about the way our intake was handled.", True),
        ("Hoe kan ik een klacht indienen over de kraamzorg die wij in juni hadden?", False),
        ("Geen klacht hoor, ik dien alleen even een vraag in over de vakantiedagen.", False),
    ],
)
def test_a_complaint_made_in_so_many_words_is_one(text: str, complaint: bool) -> None:
    """A first-person "ik dien een klacht in" decides, whatever the model scores; a question
    about how to complain or a "geen klacht" does not."""
    t = classify_text("", text)
    assert t.is_complaint is complaint, t.evidence["is_complaint"]
    if complaint:  # the words themselves decided, not only the model
        assert not t.evidence["is_complaint"][0].startswith("model:")


_TH = {
    "sg_rule": 1.0,
    "sg_rule_model": 0.05,
    "sg_rule_model_other": 0.02,
    "sg_rule_strong": 1.6,
    "sg_rule_weak": 0.4,
    "sg_model": 0.2,
    "sg_model_weak": 0.1,
    "sg_model_other": 0.1,
}


@pytest.mark.parametrize(
    ("scores", "flag"),
    [
        # "opgesloten" about a bicycle: one rule phrase, the model read the mail and saw nothing
        (SgScores(1.0, 0.01, True, "nl", False), False),
        (SgScores(1.0, 0.01, True, "en", False), False),
        # ... but the same rule weight flags when the model has a little doubt
        (SgScores(1.0, 0.05, True, "nl", False), True),
        # two concrete phrases flag whatever the model says
        (SgScores(1.6, 0.0, True, "nl", False), True),
        # other languages (the model reads a word-by-word gloss): vetoed at their own floor
        (SgScores(1.0, 0.01, True, "other", False), False),
        (SgScores(1.0, 0.03, True, "other", False), True),
        (SgScores(1.6, 0.0, True, "other", False), True),
        # mail too short for the model: a rule phrase is not vetoed
        # ... and the model alone flags a glossed mail at its own, lower threshold
        (SgScores(0.0, 0.12, True, "other", False), True),
        (SgScores(0.0, 0.12, True, "nl", False), False),
        (SgScores(1.0, 0.0, False, "nl", False), True),
        # the model alone, and the model with weak rule evidence
        (SgScores(0.0, 0.2, True, "nl", False), True),
        (SgScores(0.0, 0.2, True, "nl", True), False),  # a hard negative raises the bar
        (SgScores(0.4, 0.1, True, "nl", False), True),
        (SgScores(0.0, 0.19, True, "nl", False), False),
    ],
)
def test_safeguarding_flag_weighs_rules_and_model(scores: SgScores, flag: bool) -> None:
    assert sg_flag(scores, _TH) is flag


def test_rules_in_other_languages_are_not_vetoed_by_the_model() -> None:
    # a Somali mail (read as Dutch before Somali was a detector language): "hit him with a belt"
    t = classify_text(
        "Wargelin",
        "Asc Hawa, waxaan rabaa inaan ku ogeysiiyo: abtigiis ayaa Hamza ku garaacay suun, "
        "jirkiisa waxaa ka muuqda calaamado. Mahadsanid, Faadumo",
    )
    assert t.language == "other"
    (language_evidence,) = t.evidence["language"]
    assert language_evidence.startswith("detector: somali 1.00; glossed (so, ")
    assert t.safeguarding
    assert any(not e.startswith("model:") for e in t.evidence["safeguarding"])  # a rule phrase


def _oof_row(
    sg: bool, phrase: str | None, model: float, language: str = "nl"
) -> tuple[dict[str, bool], Analysis]:
    words = ("de", "fiets", "was", phrase or "weg", "gisteren")
    hits = (_Hit("sg", "kindermishandeling", 1.0, phrase, 3, 4),) if phrase else ()
    cats = {"SAFEGUARDING": model, "COMPLAINT": 0.9}
    analysis = Analysis(" ".join(words), words, hits, cats, (language, 1.0, ""), ())
    return {"safeguarding": sg, "is_complaint": True}, analysis


def test_threshold_search_vetoes_rule_flags_only_when_the_model_disagrees_out_of_fold() -> None:
    """Out of fold, rule phrases the model scored near zero were false alarms: the search
    raises the model floor for rule-only flags, and keeps other-language rules untouched."""
    from mailbot.training import choose_thresholds

    oof = (
        [_oof_row(False, "opgesloten", 0.01) for _ in range(30)]  # a locked-up bicycle
        + [_oof_row(True, "opgesloten", 0.4) for _ in range(20)]
        + [_oof_row(True, "opgesloten", 0.01, "other") for _ in range(5)]
        + [_oof_row(False, None, 0.01) for _ in range(40)]
    )
    th = choose_thresholds(oof)
    assert th["sg_rule_model"] > 0.01
    assert th["sg_rule_model_other"] == 0.0
    flags = [decide(a, th).safeguarding for _, a in oof]
    assert flags == [row["safeguarding"] for row, _ in oof]


def test_threshold_search_vetoes_other_language_rule_flags_on_their_own_floor() -> None:
    """In other languages the model reads a gloss; where out of fold it scored the rule-only
    false alarms lower than the concerns, the search vetoes those there too."""
    from mailbot.training import choose_thresholds

    oof = (
        [_oof_row(False, "zamknięty", 0.005, "other") for _ in range(20)]  # a locked gate
        + [_oof_row(True, "zamknięty", 0.04, "other") for _ in range(5)]
        + [_oof_row(True, "opgesloten", 0.4) for _ in range(20)]
        + [_oof_row(False, None, 0.01) for _ in range(40)]
    )
    th = choose_thresholds(oof)
    assert 0.005 < th["sg_rule_model_other"] <= 0.04
    flags = [decide(a, th).safeguarding for _, a in oof]
    assert flags == [row["safeguarding"] for row, _ in oof]


@pytest.mark.parametrize(
    ("text", "language", "evidence"),
    [
        # Ge'ez script with Dutch service words: the detector does not know Tigrinya
        ("ሰላም፡ ኣነ 13 ዓመተይ እየ፡ ናብ jongerenwerk ናትኩም እመጽእ። ኣደይ ኣብ ስራሕ ከላ ይመጽእ።", "other",
         "script:"),
        # Polish without diacritics is full of "i", "to", "on", "no"
        ("Dzien dobry, pisze w imieniu siostry, to jest trudne i on mowi ze to nic, no i "
         "ona sie boi, on krzyczy i to jest zle", "other", "detector:"),
        # German quoting a Dutch sentence
        ("Guten Tag, mein Sohn ist in der KDV. Eine Leidster hat gesagt: 'Kijk, de baby heeft "
         "weer in zijn broek geplast'. Ich finde das nicht gut und wir sind sehr traurig.",
         "other", "detector:"),
        # Arabic in Latin letters: digits for the sounds Latin lacks
        ("Salam, ana khtha dyal Salma, katji l jongerenwerk f buurthuis. Kayhdr m3aha kol nhar "
         "w kaytlb mnha tsawer, 7ta lyoum ma 3rftch ash ndir.", "other", "Arabic in Latin"),
        # ... while Dutch with ordinals and English stay what they are
        ("Op de 3de dag van de kraamweek kwam er niemand, en ook op dag 4 niet. Ik ben boos.",
         "nl", "function words"),
        ("I am writing because the after-school club did not call us when our son was hurt.",
         "en", "function words"),
    ],
)
def test_language_detection_of_mixed_and_unknown_scripts(
    text: str, language: str, evidence: str
) -> None:
    code, _, why = detect_language(text)
    assert (code, why.startswith(evidence)) == (language, True), why


# --- other languages through the gloss (mailbot.gloss) ---


def test_other_language_kraamweek_complaint_is_urgent_through_the_gloss() -> None:
    # Polish typed without Polish letters: "gave birth yesterday, the kraamverzorgende did not
    # come today, nobody answers the phone, I am alone with the child, a scandal"
    t = classify_text(
        "kraamzorg",
        "Dzien dobry, urodzilam wczoraj corke. Kraamverzorgende dzisiaj nie przyszla i nikt nie "
        "odbiera telefonu. Jestem sama z dzieckiem, to skandal. Anna",
    )
    assert t.language == "other" and "glossed (pl, " in t.evidence["language"][0]
    assert t.is_complaint and t.sector is Sector.KRAAMZORG and t.urgent
    # the English "ongoing" rules read the gloss; the evidence shows the mail's word and its gloss
    assert "urodzilam (gave birth)" in t.evidence["urgent"]


#: Turkish: "came home from daycare with bruises on his arm; the teacher told him: don't tell
#: your mother. Please investigate."
_TURKISH_CONCERN = (
    "Şikayet",
    "Merhaba, oğlum kreşten eve geldi, kolunda morluklar var. Öğretmen ona annene söyleme "
    "demiş. Lütfen bu konuyu araştırın. Ayşe",
)


def test_other_language_staff_secrecy_and_bruises_flag_with_the_mail_s_own_words() -> None:
    t = classify_text(*_TURKISH_CONCERN)
    assert t.language == "other" and t.safeguarding
    assert "annene söyleme" in t.evidence["safeguarding"]


@pytest.mark.xfail(strict=True, reason="model 0.47, threshold 0.55; the gloss knows neither "
                   "'konuyu' nor 'araştırın' (README, Triage)")
def test_other_language_concern_that_asks_for_an_investigation_is_a_complaint() -> None:
    # The flag holds the case and alerts the officer whatever is_complaint says; this is the
    # complaint count of the annual report and the acknowledgement's wording.
    assert classify_text(*_TURKISH_CONCERN).is_complaint


def test_other_language_question_is_not_a_complaint() -> None:
    # Polish: "is there still a place at the BSO for my son from January?"
    t = classify_text(
        "Pytanie",
        "Dzien dobry, chcialabym zapytac czy jest jeszcze miejsce w BSO dla mojego syna od "
        "stycznia? Pozdrawiam, Kasia",
    )
    assert not t.is_complaint and not t.safeguarding and t.sector is Sector.KINDEROPVANG


def test_a_model_only_safeguarding_flag_always_carries_the_model_score_as_evidence() -> None:
    words = ("jestem", "sama", "z", "dzieckiem")
    a = Analysis(" ".join(words), words, (), {"SAFEGUARDING": 0.12, "COMPLAINT": 0.2},
                 ("other", 1.0, ""), ())
    t = decide(a, {"sg_model_other": 0.1, "sg_model_weak": 0.2})
    assert t.safeguarding and t.evidence["safeguarding"] == ("model: 0.12",)


def _kind_row(truth: bool, complaint: float, kind: float) -> tuple[dict[str, bool], Analysis]:
    words = ("de", "opvang", "sluit", "om", "zes")
    cats = {"COMPLAINT": complaint, "KIND_complaint": kind, "SAFEGUARDING": 0.0}
    analysis = Analysis(" ".join(words), words, (), cats, ("nl", 1.0, ""), ())
    return {"is_complaint": truth, "safeguarding": False}, analysis


def test_the_complaint_score_blends_in_the_kind_component_by_its_weight() -> None:
    _, a = _kind_row(True, 0.4, 0.9)
    th = {"complaint": 0.5, "complaint_cue": 0.0, "complaint_neg_cue": 0.0}
    assert not decide(a, {**th, "complaint_kind": 0.0}).is_complaint  # 0.4
    assert decide(a, {**th, "complaint_kind": 0.5}).is_complaint  # 0.65
    assert decide(a, {**th, "complaint_kind": 0.5}).evidence["is_complaint"][-1] == "model: 0.65"
    # a pipeline without the kind component: COMPLAINT alone, whatever the weight
    no_kind = replace(a, cats={"COMPLAINT": 0.4})
    assert not decide(no_kind, {**th, "complaint_kind": 1.0}).is_complaint


def test_the_kind_components_p_complaint_adds_up_complaints_with_and_without_a_concern() -> None:
    _, a = _kind_row(True, 0.4, 0.3)
    th = {"complaint": 0.5, "complaint_cue": 0.0, "complaint_neg_cue": 0.0, "complaint_kind": 1.0}
    assert not decide(a, th).is_complaint  # 0.3
    cats = {**a.cats, "KIND_concern_complaint": 0.4, "KIND_concern_report": 0.3}
    t = decide(replace(a, cats=cats), th)
    assert t.is_complaint and t.evidence["is_complaint"][-1] == "model: 0.70"  # 0.3 + 0.4


def test_threshold_search_weighs_the_kind_component_only_when_it_helps_out_of_fold() -> None:
    from mailbot.training import choose_thresholds

    # COMPLAINT cannot tell these apart (0.5 both ways); the kind component can
    informative = [_kind_row(True, 0.5, 0.8) for _ in range(20)] + [
        _kind_row(False, 0.5, 0.2) for _ in range(20)
    ]
    assert choose_thresholds(informative)["complaint_kind"] > 0.0
    # the kind component says nothing: its weight stays 0 (ties keep the default)
    useless = [_kind_row(True, 0.8, 0.5) for _ in range(20)] + [
        _kind_row(False, 0.2, 0.5) for _ in range(20)
    ]
    assert choose_thresholds(useless)["complaint_kind"] == 0.0

"""``parse`` and ``screen`` over the public MIME corpus (/work/shared/corpora/public-mime).

Every file must parse and screen without raising (DESIGN §2: parsing is total). The bounce
collections must be recognised as machine mail: a bounce answered with an acknowledgement is the
mail loop django-helpdesk makes (DESIGN §7).

Measured on the corpus snapshot of SOURCES.md (1,246 files): sisimai's bounce folders
(``maildir/{bsd,dos,mac,err}`` and ``to-be-debugged-because``, 784 files) 99.2% BOUNCE or
MACHINE; the 6 CANDIDATEs are 3 Hotmail "complaint about message" reports (arf-22..24,
multipart/mixed without report type or any machine marker), the FML list manager's "Loop
Alert", and 2 bounces *forwarded by a person* ("Fwd: Returned mail: …"), which are human mail.
flanker ``bounce/`` 9/9. The thresholds below leave a small margin for that.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from mailbot.domain import RawMail, ScreenKind
from mailbot.ingest import ScreenPolicy, parse, screen

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "public-mime"
POLICY = ScreenPolicy(frozenset({"klachten@gro-up.test"}), "mailbot.gro-up.test")

# Folders holding (almost) only bounces, DSNs, ARF reports and auto-replies, with the minimum
# share that must come out as BOUNCE or MACHINE. sisimai's ``maildir/not`` holds the
# deliberate non-bounces and is left out.
BOUNCE_FOLDERS = {
    "sisimai-set-of-emails/maildir/bsd": 0.98,
    "sisimai-set-of-emails/maildir/dos": 0.98,
    "sisimai-set-of-emails/maildir/mac": 0.98,
    "sisimai-set-of-emails/maildir/err": 0.95,
    "sisimai-set-of-emails/to-be-debugged-because": 0.95,
    "mailgun-flanker/bounce": 1.0,
    "mailgun-flanker/complaints": 1.0,
    "mikel-mail/multipart_report_emails": 1.0,
}
# sisimai's deliberate non-bounces (``maildir/not/is-not-bounce-*``; the third file there,
# rb-issue-368-bug.eml, *is* a bounce that an old sisimai missed).
NOT_BOUNCES = "sisimai-set-of-emails/maildir/not/is-not-bounce-"


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(
        p
        for p in CORPUS.rglob("*")
        if p.is_file() and p.suffix != ".md" and "LICENSES" not in p.relative_to(CORPUS).parts
    )


@pytest.fixture(scope="module")
def results() -> dict[str, ScreenKind]:
    files = corpus_files()
    if not files:
        pytest.skip(f"public corpus not present at {CORPUS}")
    out: dict[str, ScreenKind] = {}
    elapsed = 0.0
    for path in files:
        data = path.read_bytes()
        start = time.perf_counter()
        mail = parse(RawMail(data))
        elapsed += time.perf_counter() - start
        assert mail.received_at.tzinfo is not None
        assert mail.message_id.startswith("<") and mail.message_id.endswith(">")
        out[path.relative_to(CORPUS).as_posix()] = screen(mail, POLICY).kind
    counts = Counter(out.values())
    print(
        f"\npublic corpus: {len(out)} files, parse {elapsed / len(out) * 1000:.2f} ms/message; "
        + ", ".join(f"{k.value}={counts[k]}" for k in ScreenKind)
    )
    return out


def test_every_file_parses_and_screens(results: dict[str, ScreenKind]) -> None:
    assert len(results) == len(corpus_files())
    assert ScreenKind.OWN not in results.values()  # nothing in the corpus is ours


@pytest.mark.parametrize(("folder", "minimum"), sorted(BOUNCE_FOLDERS.items()))
def test_bounce_folders_are_machine_mail(
    results: dict[str, ScreenKind], folder: str, minimum: float
) -> None:
    inside = {k: v for k, v in results.items() if k.startswith(folder + "/")}
    if not inside:
        pytest.skip(f"{folder} not in this corpus snapshot")
    candidates = sorted(k for k, v in inside.items() if v is ScreenKind.CANDIDATE)
    rate = 1 - len(candidates) / len(inside)
    print(f"\n{folder}: {rate:.1%} of {len(inside)} machine; candidates: {candidates}")
    assert rate >= minimum, candidates


def test_deliberate_non_bounces_stay_candidates(results: dict[str, ScreenKind]) -> None:
    inside = [v for k, v in results.items() if k.startswith(NOT_BOUNCES)]
    if not inside:
        pytest.skip("sisimai maildir/not not in this corpus snapshot")
    assert set(inside) == {ScreenKind.CANDIDATE}

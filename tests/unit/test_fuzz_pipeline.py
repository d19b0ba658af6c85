"""Fuzzing the intake: mutated real messages through parse → screen → classify → register.

Hypothesis mutates realistic mails (the builders of ``tests/mails.py`` and, when present, a
few files of the public corpus): truncation, flipped bytes, dropped and duplicated header
lines, deeply nested message/rfc822, huge header lines, invalid charsets and transfer
encodings, NUL bytes. Each example goes through the daemon's own loop
(``Daemon.import_messages`` → ``Daemon.process``: the shipped classifier and a real SQLite
database in a temp dir, acknowledgements rendered) and must:

* never raise out of the loop, and never fail in ``parse``/``screen`` (both are total);
* never be lost: afterwards its bytes are stored (a ``messages`` row with their SHA-256) or
  recorded as a failure (an ``intake_failures`` row keyed by that SHA-256, with the reason).

A message that fails inside ``register`` is still "not lost" (it is quarantined with its
bytes), but no such failure is expected: the test also asserts that none happened, so a new
crash in the pipeline shows up here first. Example counts are bounded (about 10 s in all).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mailbot import config as config_mod
from mailbot import ingest
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.domain import RawMail
from mailbot.models import IntakeFailure, Message
from tests import mails

BOX = "klachten@gro-up.test"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "public-mime"
CORPUS_SAMPLES = (  # a few structurally interesting files, used when the corpus is present
    "mikel-mail/multipart_report_emails",
    "mailgun-flanker/bounce",
    "php-mime-mail-parser",
)

SEEDS: list[bytes] = [
    mails.complaint("ouder@client.test", BOX, "Klacht BSO",
                    "De BSO is mijn zoon vergeten op te halen. Ik dien een klacht in.",
                    name="Petra de Vries"),
    mails.complaint("parent@client.test", BOX, "Complaint about daycare",
                    "<p>Our <b>daughter</b> was left alone. This is a formal complaint.</p>",
                    html=True),
    mails.complaint("ouder2@client.test", BOX, "Factuur (zie bijlage)",
                    "In de bijlage de factuur. BSN 111222333. Dit klopt niet.",
                    attachment=("factuur.pdf", b"%PDF-1.4 " + bytes(range(256)) * 4,
                                "application/pdf")),
    mails.out_of_office("ooo@client.test", BOX),
    mails.newsletter("news@news.test", BOX),
    mails.dsn_bounce(BOX, "gone@client.test", "<ack.KL-2026-0001.ab12@mailbot.gro-up.test>"),
]


def _corpus_seeds() -> list[bytes]:
    out: list[bytes] = []
    for folder in CORPUS_SAMPLES:
        base = CORPUS / folder
        if base.is_dir():
            out += [p.read_bytes() for p in sorted(base.rglob("*.eml"))[:3]]
            out += [p.read_bytes() for p in sorted(base.rglob("*.txt"))[:2]]
    return [d for d in out if len(d) < 200_000]


ALL_SEEDS = SEEDS + _corpus_seeds()


# ---------------------------------------------------------------------------------------------
# mutations


def _split_head(data: bytes) -> tuple[list[bytes], bytes]:
    sep = data.find(b"\r\n\r\n")
    nl = b"\r\n"
    if sep < 0:
        sep, nl = data.find(b"\n\n"), b"\n"
    if sep < 0:
        return data.split(b"\n"), b""
    return data[:sep].split(nl), data[sep:]


def _join_head(lines: list[bytes], rest: bytes) -> bytes:
    return b"\r\n".join(lines) + rest


@st.composite
def truncated(draw: st.DrawFn, data: bytes) -> bytes:
    return data[: draw(st.integers(0, len(data)))]


@st.composite
def flipped(draw: st.DrawFn, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 20))):
        if not buf:
            break
        i = draw(st.integers(0, len(buf) - 1))
        buf[i] = draw(st.integers(0, 255))
    return bytes(buf)


@st.composite
def header_shuffle(draw: st.DrawFn, data: bytes) -> bytes:
    lines, rest = _split_head(data)
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if draw(st.booleans()):
            del lines[i]
        else:
            lines.insert(i, lines[i])
    return _join_head(lines, rest)


@st.composite
def nested(draw: st.DrawFn, data: bytes) -> bytes:
    depth = draw(st.sampled_from([1, 2, 5, 40, 300, 1200]))
    multipart = draw(st.booleans())
    for level in range(depth):
        if multipart:
            b = f"nest{level}".encode()
            data = (b"From: a@client.test\r\nSubject: nest\r\nMIME-Version: 1.0\r\n"
                    b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b +
                    b"\r\nContent-Type: message/rfc822\r\n\r\n" + data + b"\r\n--" + b + b"--\r\n")
        else:
            data = (b"From: a@client.test\r\nMIME-Version: 1.0\r\n"
                    b"Content-Type: message/rfc822\r\n\r\n" + data)
    return data


HOSTILE_HEADERS = [
    b"Subject: " + b"x" * 200_000,
    b"From: " + b"a" * 50_000 + b"@" + b"b" * 50_000,
    b"References: " + b" ".join(b"<%d@r.test>" % i for i in range(5000)),
    b"Subject: =?utf-8?q?a=0D=0ABcc:_evil@x.test?=",
    b"Subject: =?x-unknown-charset?b?AAAA?= =?utf-8?b?!!!not-base64?=",
    b"From: =?utf-8?q?Evil=0D=0ABcc=3A_evil=40x=2Etest?= <evil@x.test>",
    b"Content-Type: text/plain; charset=utf-16",
    b"Content-Type: text/plain; charset=\"zlib\"",
    b"Content-Type: multipart/mixed; boundary=",
    b"Content-Transfer-Encoding: base64",
    b"Content-Transfer-Encoding: quoted-printable",
    b"Content-Type: application/ms-tnef; name=winmail.dat",
    b"Date: Mon, 32 Foo 99999 25:61:61 +9999",
    b"Date: Thu, 01 Jan 1970 00:00:00 +0000",
    b"Message-ID: <>",
    b"Message-ID: <" + b"m" * 2000 + b"@x>",
    b"Subject: \xff\xfe\x00\xc3(\xa0\xa1 8-bit",
    b"X-Folded: a\r\n\tb\r\n \r\n\tc",
    b"Subject: {{ 7*7 }} {% for x in range(10**9) %}",
    b"Auto-Submitted: no",
    b"\x00\x00\x00: nul",
]


@st.composite
def hostile_header(draw: st.DrawFn, data: bytes) -> bytes:
    lines, rest = _split_head(data)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines)))
        lines.insert(i, draw(st.sampled_from(HOSTILE_HEADERS)))
    return _join_head(lines, rest)


@st.composite
def bad_body(draw: st.DrawFn, data: bytes) -> bytes:
    lines, rest = _split_head(data)
    junk = draw(st.sampled_from([
        b"\r\n\r\n====!!!not base64 or qp=ZZ=\r\n\x00\x00\x00",
        b"\r\n\r\n" + b"\xff\xfe" + "klacht".encode("utf-16-le") + b"\xd8\x00",
        b"\r\n\r\n" + bytes(range(256)) * 50,
        b"\r\n\r\n--unterminated\r\nContent-Type: text/html\r\n\r\n<p><script>x</script>",
        b"\r\n\r\n" + b"<" * 10_000 + b"div>" * 5000,
        b"",
    ]))
    return _join_head(lines, junk if draw(st.booleans()) else rest + junk)


@st.composite
def with_nuls(draw: st.DrawFn, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 10))):
        buf.insert(draw(st.integers(0, len(buf))), 0)
    return bytes(buf)


MUTATIONS = [truncated, flipped, header_shuffle, nested, hostile_header, bad_body, with_nuls]


@st.composite
def mutated_mail(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(ALL_SEEDS))
    for _ in range(draw(st.integers(1, 3))):
        data = draw(draw(st.sampled_from(MUTATIONS))(data))
    return data


# ---------------------------------------------------------------------------------------------
# the pipeline


def _make_daemon(db: Path) -> Daemon:
    cfg = config_mod.from_mapping(
        {
            "organisation": {"mailbox_address": BOX, "officer_addresses": [BOX]},
            "database": {"url": f"sqlite:///{db}"},
            "smtp": {"message_id_domain": "mailbot.gro-up.test"},
            "intake": {"max_message_bytes": 400_000, "max_attachments": 5},
        },
        env={},
    )
    return Daemon(cfg, clock=lambda: datetime(2026, 12, 4, 10, 0, tzinfo=UTC))


@pytest.fixture(scope="module")
def daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Daemon]:
    d = _make_daemon(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    yield d
    d.close()


def _accounted(d: Daemon, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    with session_scope(d.factory) as session:
        if session.scalar(select(Message.outcome).where(Message.sha256 == sha)) is not None:
            return "stored"
        failure = session.scalar(select(IntakeFailure).where(IntakeFailure.item_key == sha))
        if failure is not None and failure.quarantined and failure.last_error:
            return "failure"
    return "lost"


def _run(d: Daemon, data: bytes) -> None:
    raw = RawMail(data=data, source="import")
    parsed = ingest.parse(raw)  # total: raises nothing (the test fails if it does)
    ingest.screen(parsed, d.policy)
    report = d.import_messages([("fuzz", data)])
    assert _accounted(d, data) != "lost"
    assert report.failed == 0, _failure_reason(d, data)


def _failure_reason(d: Daemon, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    with session_scope(d.factory) as session:
        return session.scalar(
            select(IntakeFailure.last_error).where(IntakeFailure.item_key == sha)
        ) or ""


FUZZ = settings(
    max_examples=120, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(data=mutated_mail())
def test_mutated_mail_is_never_lost(daemon: Daemon, data: bytes) -> None:
    _run(daemon, data)


@settings(FUZZ, max_examples=60)
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_are_never_lost(daemon: Daemon, data: bytes) -> None:
    _run(daemon, data)


@pytest.mark.parametrize("depth", [50, 1000, 5000])
def test_deep_nesting_does_not_crash(daemon: Daemon, depth: int) -> None:
    data = SEEDS[0]
    for _ in range(depth):
        data = (b"From: a@client.test\r\nMIME-Version: 1.0\r\n"
                b"Content-Type: message/rfc822\r\n\r\n" + data)
    _run(daemon, data)


def test_seeds_take_the_normal_path(tmp_path: Path) -> None:
    """The unmutated seeds are ordinary mail: the fuzzing starts from working messages."""
    d = _make_daemon(tmp_path / "seeds.db")
    outcomes = [d.process(RawMail(data=data)).outcome for data in SEEDS]
    d.close()
    assert outcomes == ["registered"] * 3 + ["machine", "machine", "bounce"]

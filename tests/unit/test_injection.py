"""Injection (issue 5): hostile names, subjects and bodies never become headers, template code
or markup in what mailbot sends or shows.

Attack texts: CR/LF (raw and RFC 2047 encoded, ``=?utf-8?q?a=0D=0ABcc:_evil@x?=``), Unicode
line separators, NULs, Jinja syntax (``{{ 7*7 }}``, ``{% … %}``), HTML/script, overlong values.
Checked at three levels: ``reply.render_acknowledgement`` directly (with hypothesis), the whole
intake (``Daemon.process`` → the acknowledgement bytes in the outbox), and every ``.html``
template that exists (autoescape on), including the digest when it is present.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mailbot import config as config_mod
from mailbot import reply
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.deadlines import timeline
from mailbot.domain import RawMail, Sector
from mailbot.models import OutboxItem
from mailbot.reply import AckInput, Sender, render_acknowledgement

BOX = "klachten@gro-up.test"
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
SENDER = Sender(BOX, "Klachtenfunctionaris gro-up", "gro-up", "https://gro-up.test/regeling",
                "mailbot.gro-up.test")
#: The header fields an acknowledgement may have; anything else is an injected header.
ACK_HEADERS = {
    "from", "to", "subject", "date", "message-id", "auto-submitted",
    "x-auto-response-suppress", "x-mailbot", "x-mailbot-ref", "in-reply-to", "references",
    "content-language", "mime-version", "content-type", "content-transfer-encoding",
}
ATTACKS = [
    "Klacht\r\nBcc: evil@attacker.test",
    "Klacht\nBcc: evil@attacker.test\n\nnew body",
    "Klacht\rBcc: evil@attacker.test",
    "Klacht\u2028Bcc: evil@attacker.test\u2029",
    "Klacht\x00\x0bBcc: evil@attacker.test",
    "{{ 7*7 }}",
    "{% for x in range(7) %}{{ x }}{% endfor %}",
    "{{ config.__class__.__init__.__globals__ }}",
    "<script>alert(1)</script><b onmouseover=x()>vet</b>",
    "=?utf-8?q?a=0D=0ABcc:_evil@attacker.test?=",
    "x" * 100_000,
    "é" * 5000 + "\r\n" + "Bcc: evil@attacker.test",
]


def _ack(name: str, subject: str, *, neutral: bool = False,
         message_id: str | None = "<orig@client.test>") -> EmailMessage:
    data = AckInput(
        case_ref="KL-2026-0001",
        recipient="ouder@client.test",
        recipient_name=name,
        original_subject=subject,
        original_message_id=message_id,
        original_references=("<r1@client.test>",),
        language="nl",
        sectors=(Sector.KINDEROPVANG,),
        timeline=timeline(date(2026, 12, 4), (Sector.KINDEROPVANG,)),
        neutral=neutral,
    )
    wire = render_acknowledgement(data, SENDER, "<ack.1@mailbot.gro-up.test>", NOW).as_bytes()
    msg = email.message_from_bytes(wire, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    _assert_clean(wire, msg)
    return msg


def _assert_clean(wire: bytes, msg: EmailMessage) -> None:
    """One header block of known fields, one recipient, no bare CR or LF on the wire."""
    head, _, _ = wire.partition(b"\r\n\r\n")
    assert b"\n" not in head.replace(b"\r\n", b"") and b"\r" not in head.replace(b"\r\n", b"")
    names = {k.lower() for k in msg}
    assert names <= ACK_HEADERS, names - ACK_HEADERS
    assert len(msg.get_all("To") or []) == 1 and str(msg["To"]) == "ouder@client.test"
    assert msg["Bcc"] is None and msg["Cc"] is None
    assert msg.defects == []
    assert msg.get_content_type() == "text/plain"  # nothing is ever sent as HTML


@pytest.mark.parametrize("attack", ATTACKS)
def test_hostile_name_and_subject_cannot_inject(attack: str) -> None:
    for neutral in (False, True):
        msg = _ack(attack, attack, neutral=neutral)
        body = msg.get_content()
        subject = str(msg["Subject"])
        assert "\n" not in subject and "\r" not in subject
        assert len(subject) < 300
        assert "49" not in body and "49" not in subject  # template syntax is text, not code
        assert "__globals__" not in body or "{{ config" in body
        if attack == "{{ 7*7 }}" and not neutral:
            assert "{{ 7*7 }}" in subject


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    name=st.text(alphabet=st.sampled_from(list("ab{}%*7 <>\r\n\t\x00\u2028:=?@\"',;é")),
                 max_size=200),
    subject=st.text(max_size=400),
)
def test_arbitrary_names_and_subjects_cannot_inject(name: str, subject: str) -> None:
    msg = _ack(name, subject)
    assert str(msg["Subject"]).startswith("Re: ")
    assert "[KL-2026-0001]" in str(msg["Subject"])


@pytest.mark.parametrize("bad_id", [
    "<a@client.test>\r\nBcc: evil@attacker.test",
    "<a@client.test>\nBcc: evil@attacker.test",
])
def test_hostile_message_id_cannot_inject(bad_id: str) -> None:
    """The parser never yields such ids (``<…>`` tokens hold no white space); if one ever got
    this far, rendering refuses it rather than writing a second header."""
    with pytest.raises(ValueError):
        _ack("Ouder", "Klacht", message_id=bad_id)


# ---------------------------------------------------------------------------------------------
# the whole intake: hostile raw mail → the acknowledgement bytes in the outbox


@pytest.fixture
def daemon(tmp_path: Path) -> Iterator[Daemon]:
    cfg = config_mod.from_mapping(
        {
            "organisation": {"mailbox_address": BOX, "officer_addresses": [BOX]},
            "database": {"url": f"sqlite:///{tmp_path / 'inject.db'}"},
            "smtp": {"message_id_domain": "mailbot.gro-up.test"},
        },
        env={},
    )
    d = Daemon(cfg, clock=lambda: NOW)
    yield d
    d.close()


COMPLAINT = ("De BSO is mijn zoon vorige week twee keer vergeten op te halen van school. Niemand "
             "belde ons. Ik wil weten hoe dit kan. Dit is een klacht.")
RAW_ATTACKS = [
    # (From header, Subject header) exactly as on the wire
    ("=?utf-8?q?Evil=0D=0ABcc=3A_evil=40attacker=2Etest?= <ouder@client.test>",
     "=?utf-8?q?a=0D=0ABcc:_evil@attacker.test?="),
    ("\"{{ 7*7 }} {% raw %}\" <ouder@client.test>", "{{ 7*7 }} {%- for x in y %}{% endfor %}"),
    ("=?utf-8?b?e3sgNyo3IH19DQpCY2M6IGV2aWxAYXR0YWNrZXIudGVzdA==?= <ouder@client.test>",
     "=?utf-8?b?e3sgNyo3IH19DQpCY2M6IGV2aWxAYXR0YWNrZXIudGVzdA==?="),
    ("<script>alert(1)</script> <ouder@client.test>", "<img src=x onerror=alert(1)>"),
    ("Ouder <ouder@client.test>", "Klacht " + "lang " * 20_000),
    ("Ouder <ouder@client.test>", "Klacht\r\n\tBcc: evil@attacker.test"),
    # Double RFC 2047 encoding: the parser decodes once to the *text* "=?utf-8?q?a=0D=0ABcc:…",
    # which EmailMessage would decode again into CR LF + "Bcc:" (fixed in clean_header_text).
    ("Ouder <ouder@client.test>",
     "=?utf-8?q?=3D=3Futf-8=3Fq=3Fa=3D0D=3D0ABcc:_evil@attacker.test=3F=3D?="),
]


@pytest.mark.parametrize(("from_", "subject"), RAW_ATTACKS)
def test_hostile_mail_through_the_intake(daemon: Daemon, from_: str, subject: str) -> None:
    raw = (
        f"From: {from_}\r\nTo: {BOX}\r\nSubject: {subject}\r\n"
        "Message-ID: <hostile@client.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{COMPLAINT}\r\n{{{{ 7*7 }}}}\r\nBcc: evil@attacker.test\r\n"
    ).encode()
    result = daemon.process(RawMail(raw))
    assert result.outcome == "registered" and "ack" in result.queued
    with session_scope(daemon.factory) as session:
        item = session.scalars(select(OutboxItem).where(OutboxItem.kind == "ack")).one()
        assert item.recipients == ["ouder@client.test"]
        wire = item.raw
    msg = email.message_from_bytes(wire, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    _assert_clean(wire, msg)
    assert "49" not in str(msg["Subject"]) and "49" not in msg.get_content()
    assert b"evil@attacker.test" not in wire.partition(b"\r\n\r\n")[0].replace(
        b"\r\n ", b" ").split(b"\r\nSubject:")[0]  # only (as text) inside the Subject, if at all


# ---------------------------------------------------------------------------------------------
# HTML templates: autoescape on; the digest (when present) escapes hostile subjects


def _html_templates() -> list[Path]:
    root = reply.templates_dir()
    return sorted(root.rglob("*.html"))


def test_html_templates_are_autoescaped(tmp_path: Path) -> None:
    env = reply._environment(str(reply.templates_dir()))
    for path in _html_templates():
        name = path.relative_to(reply.templates_dir()).as_posix()
        assert env.get_template(name).environment.autoescape is not False
        assert env.autoescape(name) if callable(env.autoescape) else env.autoescape
        assert "|safe" not in path.read_text(encoding="utf-8").replace(" ", "")
    # and the rule itself, on a template made for the test
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "t.html").write_text("<p>{{ s }}</p>", encoding="utf-8")
    (tmp_path / "nl" / "t.txt").write_text("{{ s }}", encoding="utf-8")
    test_env = reply._environment(str(tmp_path))
    hostile = "<script>alert(1)</script>{{ 7*7 }}"
    assert test_env.get_template("nl/t.html").render(s=hostile) == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;{{ 7*7 }}</p>"
    )
    assert test_env.get_template("nl/t.txt").render(s=hostile) == hostile


def test_digest_html_escapes_hostile_subjects(daemon: Daemon) -> None:
    digest = pytest.importorskip("mailbot.digest")
    if not any(p.name == "digest.html" for p in _html_templates()):
        pytest.skip("no digest.html template yet")
    hostile = "<script>alert(1)</script> {{ 7*7 }} <b>vet</b>"
    raw = (
        f"From: Ouder <ouder@client.test>\r\nTo: {BOX}\r\nSubject: {hostile}\r\n"
        "Message-ID: <digest-hostile@client.test>\r\n\r\n"
        f"{COMPLAINT}\r\n"
    ).encode()
    assert daemon.process(RawMail(raw)).outcome == "registered"
    with session_scope(daemon.factory) as session:
        try:
            facts = digest.gather(session, daemon.config, NOW.date(), datetime(2026, 12, 1,
                                                                               tzinfo=UTC))
            rendered = digest.render(facts, reply.Sender(
                BOX, "Klachten", "gro-up", "https://gro-up.test", "mailbot.gro-up.test"),
                (BOX,), "<digest.1@mailbot.gro-up.test>", NOW)
        except TypeError as exc:  # the digest API is still being built (issue 4)
            pytest.skip(f"digest API changed: {exc}")
    msg = email.message_from_bytes(rendered.as_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    html_part = msg.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert "<script>" not in html and "<b>vet</b>" not in html
    assert "&lt;script&gt;" in html  # shown, escaped
    assert "49" not in html.replace("2049", "")

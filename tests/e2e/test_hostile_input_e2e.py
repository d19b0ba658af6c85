"""Bad and hostile input end to end on the real servers (issue 5): limits, winmail.dat, HTML,
header injection and personal data in logs.

Mail is delivered into the officer's Dovecot INBOX over LMTP, the daemon runs one cycle
(``run_once``: IMAP fetch → register → SMTP relay → the client's own INBOX), and the test reads
the result from the database, the ``mailbot`` CLI and the client's IMAP INBOX.
"""

from __future__ import annotations

import base64
import email
import email.policy
import json
import logging
import os
import struct
import subprocess
import sys
from collections.abc import Callable
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot import cli_intake
from mailbot.cli import main
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.devservers import Dovecot, SmtpRelay, imap_messages
from mailbot.models import Case, Event, Message, OutboxItem
from tests import mails
from tests.e2e.conftest import MakeConfig, write_config_file

MB = 1024 * 1024
BODY = ("De BSO is mijn zoon vorige week twee keer vergeten op te halen van school. Niemand "
        "belde ons. Ik wil weten hoe dit kan en dat het niet meer gebeurt. Dit is een klacht.")


def big_mail(
    sender: str, to: str, attachment_bytes: int, subject: str = "Klacht met video"
) -> bytes:
    """A complaint with one attachment of ``attachment_bytes`` random bytes (base64 on the wire)."""
    payload = base64.encodebytes(os.urandom(attachment_bytes)).replace(b"\n", b"\r\n")
    head = (
        f"From: Grote Bijlage <{sender}>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Message-ID: <big.{os.urandom(6).hex()}@client.test>\r\n"
        "Date: Fri, 04 Dec 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="BIG"\r\n\r\n'
        "--BIG\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{BODY}\r\n"
        "--BIG\r\nContent-Type: video/mp4\r\n"
        'Content-Disposition: attachment; filename="../../etc/passwd\r\n .mp4"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n--BIG--\r\n"


def _acks(dovecot: Dovecot, user: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(raw, policy=email.policy.default)
        for raw in imap_messages(dovecot, user)
    ]


# ---------------------------------------------------------------------------------------------
# limits


def test_oversized_mail_is_registered_without_its_big_part(
    dovecot: Dovecot, smtp_relay: SmtpRelay, make_config: MakeConfig, db_url: str,
    mailbox_user: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = make_config(intake={"max_message_bytes": 2 * MB})
    box = cfg.organisation.mailbox_address
    client = mailbox_user("client")
    dovecot.deliver(box, big_mail(client, box, 40 * MB))
    daemon = Daemon(cfg)
    report = daemon.run_once()
    assert report.outcomes == {"registered": 1}, report.summary()
    assert report.sent >= 1

    with session_scope(daemon.factory) as session:
        message = session.scalars(select(Message)).one()
        case = session.scalars(select(Case)).one()
        assert message.raw_truncated
        assert message.raw is not None and len(message.raw) <= 1_000_000  # attachment not kept
        assert message.text.startswith("De BSO is mijn zoon")  # headers and text are kept
        assert message.subject == "Klacht met video"
        [video] = message.attachments
        assert "/" not in video["filename"] and "\n" not in video["filename"]
        assert video["filename"] == "passwd .mp4"
        assert "oversized" in case.flags
        [event] = [e for e in case.events if e.kind == "oversized"]
        assert event.detail["max_bytes"] == 2 * MB and event.detail["stored_bytes"] <= 1_000_000
        ref = case.ref
    daemon.close()
    # Nothing left in INBOX: the mail is in the processed folder, the client has an ack.
    assert imap_messages(dovecot, box) == []
    assert len(_acks(dovecot, client)) == 1

    # The officer sees it in ``mailbot case show`` and ``mailbot cases``.
    env = write_config_file(tmp_path / "config.toml", dovecot, smtp_relay, box, db_url)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert main(["case", "show", ref, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert "oversized" in shown["flags"]
    assert any(e["kind"] == "oversized" for e in shown["events"])
    assert main(["cases"]) == 0
    assert "oversized" in capsys.readouterr().out


def test_too_many_attachments_are_flagged(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
) -> None:
    cfg = make_config(intake={"max_attachments": 3})
    box = cfg.organisation.mailbox_address
    msg = email.message_from_bytes(
        mails.complaint(mailbox_user("client"), box, "Klacht met foto's", BODY),
        policy=email.policy.default,
    )
    assert isinstance(msg, EmailMessage)
    for i in range(8):
        msg.add_attachment(b"\x89PNG" + bytes(100), maintype="image", subtype="png",
                           filename=f"foto{i}.png")
    dovecot.deliver(box, bytes(msg))
    daemon = Daemon(cfg)
    assert daemon.run_once().outcomes == {"registered": 1}
    with session_scope(daemon.factory) as session:
        message = session.scalars(select(Message)).one()
        case = session.scalars(select(Case)).one()
        assert len(message.attachments) == 3 and not message.raw_truncated
        assert "oversized" in case.flags
        [event] = [e for e in case.events if e.kind == "oversized"]
        assert event.detail["attachments"] == 8 and event.detail["max_attachments"] == 3
    daemon.close()


MEMORY_PROBE = """
import json, resource, tracemalloc
from sqlalchemy import select
from mailbot import config as config_mod
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.domain import RawMail
from mailbot.ingest import parse
from mailbot.models import Message

daemon = Daemon(config_mod.load())
daemon.classifier(parse(RawMail(b"Subject: warm-up\\r\\n\\r\\nEen klacht over de opvang.")))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
report = daemon.run_once()
traced_peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with session_scope(daemon.factory) as session:
    message = session.scalars(select(Message)).one()
    stored = {"truncated": message.raw_truncated, "raw": len(message.raw or b""),
              "size": message.size}
print(json.dumps({"base_kb": base, "peak_kb": peak, "traced_peak": traced_peak,
                  "outcomes": report.outcomes, "sent": report.sent, "stored": stored}))
"""


def test_forty_megabyte_mail_with_default_limit_uses_bounded_memory(
    dovecot: Dovecot, smtp_relay: SmtpRelay, db_url: str, mailbox_user: Callable[..., str],
    tmp_path: Path,
) -> None:
    """Default ``max_message_bytes`` (25 MB): a 40 MB attachment (≈ 55 MB on the wire) is
    fetched partially and registered; the growth of the peak RSS of a fresh ``mailbot``
    process over that one cycle stays far below the mail's size times a few."""
    box, client = mailbox_user("klachten"), mailbox_user("client")
    dovecot.deliver(box, big_mail(client, box, 40 * MB))
    env = write_config_file(tmp_path / "config.toml", dovecot, smtp_relay, box, db_url)
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE], env={**os.environ, **env}, capture_output=True,
        text=True, timeout=240, cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    growth_mb = (result["peak_kb"] - result["base_kb"]) / 1024
    traced_mb = result["traced_peak"] / MB
    print(f"\n40 MB attachment, default limit: peak of Python allocations during the cycle "
          f"{traced_mb:.0f} MB (tracemalloc); peak RSS growth {growth_mb:.0f} MB over a "
          f"baseline peak of {result['base_kb'] / 1024:.0f} MB (spaCy loaded); stored "
          f"{result['stored']}")
    assert result["outcomes"] == {"registered": 1}
    assert result["stored"]["truncated"] and result["stored"]["raw"] <= 1_000_000
    assert traced_mb < 400 and growth_mb < 400
    assert len(_acks(dovecot, client)) == 1


# ---------------------------------------------------------------------------------------------
# winmail.dat and HTML


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    # [MS-OXTNEF] 2.1.3.1: level, attribute id, type, length, data, checksum (sum of bytes)
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def winmail_dat(body: bytes) -> bytes:
    """A minimal Outlook winmail.dat: a plain-text body and one attachment ``klacht.pdf``."""
    return b"".join([
        struct.pack("<IH", 0x223E9F78, 0x0001),
        _tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000)),  # attTnefVersion
        _tnef_object(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0)),  # attOemCodepage
        _tnef_object(1, 0x800C, 0x0002, body),  # attBody
        _tnef_object(2, 0x9002, 0x0006, b"\x00" * 14),  # attAttachRendData
        _tnef_object(2, 0x8010, 0x0001, b"..\\..\\klacht.pdf\x00"),  # attAttachTitle
        _tnef_object(2, 0x800F, 0x0006, b"%PDF-1.4 tnef"),  # attAttachData
    ])


def test_winmail_dat_is_decoded_end_to_end(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
) -> None:
    cfg = make_config()
    box, client = cfg.organisation.mailbox_address, mailbox_user("client")
    msg = MIMEMultipart()
    msg["From"], msg["To"], msg["Subject"] = client, box, "Klacht"
    msg["Message-ID"] = "<tnef.e2e@client.test>"
    part = MIMEApplication(winmail_dat(BODY.encode("cp1252")), "ms-tnef")
    part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
    msg.attach(part)
    dovecot.deliver(box, msg.as_bytes())
    daemon = Daemon(cfg)
    assert daemon.run_once().outcomes == {"registered": 1}
    with session_scope(daemon.factory) as session:
        message = session.scalars(select(Message)).one()
        assert message.text == BODY  # the body inside winmail.dat is the mail's text
        assert [a["filename"] for a in message.attachments] == ["winmail.dat", "klacht.pdf"]
        assert session.scalars(select(Case)).one().is_complaint
    daemon.close()
    assert len(_acks(dovecot, client)) == 1


def test_html_mail_is_text_and_never_echoed_as_markup(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
) -> None:
    cfg = make_config()
    box, client = cfg.organisation.mailbox_address, mailbox_user("client")
    html = (BODY + '<script>alert("x")</script><img src="http://tracker.test/p.gif" '
            'onerror="steal()"><style>p{display:none}</style><a href="javascript:x()">hier</a>')
    dovecot.deliver(box, mails.complaint(client, box, "Klacht <b>BSO</b>", html, html=True,
                                         name="<script>alert(1)</script>"))
    daemon = Daemon(cfg)
    assert daemon.run_once().outcomes == {"registered": 1}
    with session_scope(daemon.factory) as session:
        message = session.scalars(select(Message)).one()
        assert message.text.startswith("De BSO is mijn zoon")  # converted by inscriptis
        for markup in ("<script", "alert(", "<img", "onerror", "display:none", "javascript:"):
            assert markup not in message.text
    daemon.close()
    [ack] = _acks(dovecot, client)
    assert ack.get_content_type() == "text/plain"  # we never send HTML
    assert not any(part.get_content_type() == "text/html" for part in ack.walk())
    text = ack.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "tracker.test" not in text and "onerror" not in text  # the body is never echoed


# ---------------------------------------------------------------------------------------------
# injection


HOSTILE_NAME = "=?utf-8?q?Evil=0D=0ABcc=3A_evil=40attacker=2Etest_{{_7*7_}}?="
# Double-encoded: decoded once by the parser to the text "=?utf-8?q?a=0D=0ABcc:…?=", which
# EmailMessage would decode again into CR LF + Bcc (fixed in reply.clean_header_text).
HOSTILE_SUBJECT = ("=?utf-8?q?Klacht_{{_7*7_}}_{%_raw_%}_"
                   "=3D=3Futf-8=3Fq=3Fa=3D0D=3D0ABcc:_evil@attacker.test=3F=3D?=")


def test_header_and_template_injection_end_to_end(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
) -> None:
    cfg = make_config()
    box, client = cfg.organisation.mailbox_address, mailbox_user("client")
    raw = (
        f"From: {HOSTILE_NAME} <{client}>\r\nTo: {box}\r\nSubject: {HOSTILE_SUBJECT}\r\n"
        "Message-ID: <inject.e2e@client.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{BODY}\r\n{{{{ 7*7 }}}} {{% for x in range(9) %}}x{{% endfor %}}\r\n"
        "Bcc: evil@attacker.test\r\n"
    ).encode()
    dovecot.deliver(box, raw)
    daemon = Daemon(cfg)
    assert daemon.run_once().outcomes == {"registered": 1}
    with session_scope(daemon.factory) as session:
        [item] = session.scalars(select(OutboxItem).where(OutboxItem.kind == "ack")).all()
        assert item.recipients == [client]
        wire = item.raw
    daemon.close()
    head = wire.split(b"\r\n\r\n", 1)[0].replace(b"\r\n ", b" ").replace(b"\r\n\t", b" ")
    names = [line.split(b":", 1)[0].lower() for line in head.split(b"\r\n")]
    assert b"bcc" not in names and b"cc" not in names
    assert names.count(b"to") == 1 and names.count(b"subject") == 1
    [ack] = _acks(dovecot, client)
    assert ack["Bcc"] is None and ack["Cc"] is None
    assert ack["To"] == client
    subject = str(ack["Subject"])
    assert "{{ 7*7 }}" in subject and "49" not in subject and "\n" not in subject
    text = ack.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "49" not in text
    # The attacker's address got nothing, not even a copy.
    assert imap_messages(dovecot, "evil@attacker.test") == []


# ---------------------------------------------------------------------------------------------
# personal data in logs

PEOPLE = [
    ("Marieke Jansen-Oosterhout", "Klacht BSO ophalen",
     "De BSO is mijn zoon Daan vorige week twee keer vergeten op te halen van school. Niemand "
     "belde ons. Ik wil weten hoe dit kan. Mijn BSN is 111222333."),
    ("Johannes Verbruggen", "Zorgen over mijn dochter Sanne",
     "Mijn dochter van 4 vertelde dat een medewerker van het kinderdagverblijf haar heeft "
     "geslagen en in een donker hok heeft opgesloten. Ze had blauwe plekken. Ik wil een klacht "
     "indienen."),
    ("Fatima El Idrissi", "Factuur kinderdagverblijf Zonnebloem",
     "Ik krijg al drie maanden een te hoge factuur van kinderdagverblijf Zonnebloem. Ik heb "
     "gebeld maar er is niets veranderd. Dit is mijn formele klacht."),
]

#: Libraries that would log mail content at DEBUG (imapclient logs every IMAP line, literals
#: included; SQLAlchemy logs SQL parameters at INFO) and are capped by ``mailbot`` itself.
#: The loopback servers (``mailbot.devservers``, aiosmtpd, mail.log) are the remote side, not
#: mailbot, and their records are left out of the check.
REMOTE_SIDE = ("mailbot.devservers", "aiosmtpd", "mail.log")


def test_logs_carry_no_personal_data(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    cfg = make_config()
    box = cfg.organisation.mailbox_address
    clients = [mailbox_user("client") for _ in PEOPLE]
    secrets: list[str] = []
    for (name, subject, body), addr in zip(PEOPLE, clients, strict=True):
        dovecot.deliver(box, mails.complaint(addr, box, subject, body, name=name))
        secrets += [name, name.split()[-1], addr, addr.split("@")[0], subject]
        secrets += [body[i : i + 25] for i in range(0, len(body) - 25, 25)]
    secrets += ["111222333", "Daan", "Sanne", "Zonnebloem", "blauwe plekken"]

    caplog.set_level(logging.DEBUG)  # root at DEBUG: every logger propagates everything
    cli_intake.cap_library_loggers()  # what ``mailbot run`` / ``import`` do at start-up
    try:
        daemon = Daemon(cfg)
        report = daemon.run_once()
        assert report.outcomes == {"registered": 3}, report.summary()
        assert set(daemon.run_once().outcomes) <= {"own"}  # our alert to the officer
        with session_scope(daemon.factory) as session:
            assert session.scalars(select(Case).where(Case.safeguarding)).one()
            assert session.scalar(select(Event.id).where(Event.kind == "registered"))
        daemon.close()
    finally:
        for name in cli_intake.LIBRARY_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)

    ours = [r for r in caplog.records if not r.name.startswith(REMOTE_SIDE)]
    assert ours, "nothing was logged at all"
    log_text = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in ours
    ).lower()
    leaked = sorted({s for s in secrets if s.lower() in log_text})
    assert not leaked, leaked

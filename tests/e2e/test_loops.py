"""Loops (issue 5): the auto-reply limit, a real Sieve vacation peer, a naive autoresponder,
our own alerts in the shared mailbox, and a bounce of our acknowledgement shown to the officer.
"""

from __future__ import annotations

import email
import email.policy
import smtplib
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.kill_harness import write_config
from mailbot import cli
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.devservers import Dovecot, SmtpRelay, imap_messages
from mailbot.models import Case, Event, Message
from tests import mails
from tests.e2e.conftest import MakeConfig
from tests.e2e.test_faults_imap import FakeClock, TcpProxy
from tests.e2e.test_faults_smtp import PLAIN
from tests.e2e.test_intake_e2e import COMPLAINTS_NL


def _outcomes(daemon: Daemon) -> dict[str, int]:
    with session_scope(daemon.factory) as session:
        return dict(session.execute(
            select(Message.outcome, func.count(Message.id)).group_by(Message.outcome)
        ).all())  # type: ignore[arg-type]


def test_auto_reply_limit_ten_mails_from_one_address(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
) -> None:
    cfg = make_config()
    box = cfg.organisation.mailbox_address
    client = mailbox_user("client")
    for n in range(10):
        subject, body = PLAIN[n % len(PLAIN)]
        dovecot.deliver(box, mails.complaint(client, box, f"{subject} ({n})", body))
    daemon = Daemon(cfg)
    report = daemon.run_once()
    assert report.outcomes == {"registered": 10}
    assert len(imap_messages(dovecot, client)) == 3  # default max_auto_replies_per_day
    with session_scope(daemon.factory) as session:
        assert session.scalar(select(func.count(Event.id)).where(
            Event.kind == "ack_skipped")) == 7
    daemon.run_once()
    assert len(imap_messages(dovecot, client)) == 3
    daemon.close()


def test_sieve_vacation_peer_stops_after_one_round(
    dovecot: Dovecot, smtp_relay: SmtpRelay, make_config: MakeConfig,
    mailbox_user: Callable[..., str],
) -> None:
    """The client's mailbox answers with Dovecot's Sieve vacation (RFC 5230).

    Our acknowledgement carries ``Auto-Submitted: auto-replied``, so a compliant vacation does
    not answer it (RFC 3834 §2). It does answer the officer's personal mail to the client; that
    vacation reply lands in our mailbox, is screened as machine mail and gets nothing.
    """
    cfg = make_config()
    box = cfg.organisation.mailbox_address
    client = mailbox_user("client")
    dovecot.set_vacation(client, "Ik ben op vakantie tot 1 januari.")
    dovecot.deliver(box, mails.complaint(client, box, *PLAIN[0]))
    daemon = Daemon(cfg)
    for _ in range(4):
        daemon.run_once()
    assert len(imap_messages(dovecot, client)) == 1  # our ack; no vacation reply to it
    # The officer writes to the client by hand (no Auto-Submitted): the vacation answers.
    personal = EmailMessage()
    personal["From"], personal["To"] = box, client
    personal["Subject"], personal["Message-ID"] = "Uw klacht", make_msgid(domain="gro-up.test")
    personal.set_content("Ik bel u morgen.")
    with smtplib.SMTP(smtp_relay.host, smtp_relay.port) as smtp:
        smtp.send_message(personal)
    for _ in range(4):
        daemon.run_once()
    # Both ways, the whole exchange: client got ack + personal mail; we got complaint + one
    # vacation reply, which was recorded as machine mail and answered by nothing.
    assert len(imap_messages(dovecot, client)) == 2
    assert _outcomes(daemon) == {"registered": 1, "machine": 1}
    with session_scope(daemon.factory) as session:
        vacation = session.scalar(select(Message).where(Message.outcome == "machine"))
        assert vacation is not None and vacation.sender == client
    assert [e.mail_from for e in smtp_relay.received].count("") == 1  # one vacation reply
    daemon.close()


def test_naive_autoresponder_threads_and_stops(
    dovecot: Dovecot, smtp_relay: SmtpRelay, make_config: MakeConfig,
    mailbox_user: Callable[..., str],
) -> None:
    """A badly behaved peer that answers everything like a person (no auto headers): its
    answer threads onto the case and is never acknowledged, so the exchange stops."""
    cfg = make_config()
    box = cfg.organisation.mailbox_address
    client = mailbox_user("client")
    dovecot.deliver(box, mails.complaint(client, box, *PLAIN[1]))
    daemon = Daemon(cfg)
    answered: set[str] = set()
    for _ in range(6):
        daemon.run_once()
        for raw in imap_messages(dovecot, client):
            mid = email.message_from_bytes(raw)["Message-ID"]
            if mid not in answered:
                answered.add(mid)
                dovecot.deliver(box, mails.reply_to(raw, client, box, "Ontvangen, dank u."))
    assert len(imap_messages(dovecot, client)) == 1
    assert len(answered) == 1
    assert _outcomes(daemon) == {"registered": 1, "threaded": 1}
    daemon.close()


def test_own_alerts_in_the_shared_mailbox_are_never_complaints(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
) -> None:
    """Officer = mailbox address: safeguarding alerts and IMAP outage/recovery alerts land in
    the watched INBOX and are screened as our own mail."""
    proxy = TcpProxy((dovecot.host, dovecot.imap_port))
    try:
        cfg = make_config(imap={"port": proxy.port, "outage_alert_minutes": 1})
        box = cfg.organisation.mailbox_address
        clock = FakeClock()
        daemon = Daemon(cfg, clock=clock)
        daemon.run_once()
        proxy.set_mode("refuse")
        clock.advance(minutes=2)
        daemon.run_once()  # outage alert sent into the (unreachable-to-us) INBOX
        proxy.set_mode("forward")
        clock.advance(minutes=2)
        # a complaint that raises a safeguarding alert to the officer (= the mailbox)
        dovecot.deliver(box, mails.complaint(mailbox_user("client"), box, *COMPLAINTS_NL[2]))
        for _ in range(4):
            daemon.run_once()
        assert imap_messages(dovecot, box) == []
        outcomes = _outcomes(daemon)
        assert outcomes.get("registered") == 1  # only the client's complaint
        assert outcomes.get("own", 0) >= 2  # outage + recovery (+ any case alert)
        with session_scope(daemon.factory) as session:
            assert session.scalar(select(func.count(Case.id))) == 1
        daemon.close()
    finally:
        proxy.close()


def test_bounce_of_our_ack_is_linked_and_shown(
    dovecot: Dovecot, smtp_relay: SmtpRelay, db_url: str, tmp_path: Path,
    mailbox_user: Callable[..., str], capsys: pytest.CaptureFixture[str],
) -> None:
    """A DSN (RFC 3464) about our acknowledgement threads to its case; `mailbot case show`
    shows the bounce message, the ``ack_bounced`` flag and the ``mail_bounced`` event."""
    box = mailbox_user("klachten")
    cfg_path = tmp_path / "mailbot.toml"
    env = write_config(cfg_path, imap_port=dovecot.imap_port, smtp_port=smtp_relay.port,
                       mailbox=box, db_url=db_url, password=dovecot.password)
    client = mailbox_user("client")
    dovecot.deliver(box, mails.complaint(client, box, *PLAIN[2]))
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        assert cli.main(["run", "--once", "--config", str(cfg_path)]) == 0
        [ack] = imap_messages(dovecot, client)
        ack_msg = email.message_from_bytes(ack, policy=email.policy.default)
        dovecot.deliver(box, mails.dsn_bounce(box, client, str(ack_msg["Message-ID"])),
                        mail_from="")
        assert cli.main(["run", "--once", "--config", str(cfg_path)]) == 0
        capsys.readouterr()
        ref = str(ack_msg["X-Mailbot-Ref"])
        assert cli.main(["case", "show", ref, "--config", str(cfg_path)]) == 0
        out = capsys.readouterr().out
    assert "ack_bounced" in out and "mail_bounced" in out
    messages = out.split("messages:")[1].split("outbox:")[0].split()
    assert "registered" in messages and "bounce" in messages
    assert len(imap_messages(dovecot, client)) == 1  # the bounce was not answered
    assert imap_messages(dovecot, box) == []

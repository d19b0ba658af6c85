"""The local mail servers the other tests rely on really behave like mail servers."""

from __future__ import annotations

import email
import email.policy
import json
import smtplib
import subprocess
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

import mailbot.devservers as devservers
from mailbot.devservers import (
    Dovecot,
    DovecotError,
    SmtpRelay,
    imap_messages,
    start_dovecot,
    start_smtp_relay,
)

MakeUser = Callable[..., str]


def _mail(sender: str, to: str, subject: str, body: str = "Hallo.\n") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = email.utils.make_msgid(domain="example.nl")
    msg.set_content(body)
    return msg.as_bytes(policy=email.policy.SMTP)


def _subjects(dovecot: Dovecot, user: str, folder: str = "INBOX") -> list[str]:
    return [
        str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
        for raw in imap_messages(dovecot, user, folder)
    ]


def test_lmtp_delivery_is_readable_over_imap(dovecot: Dovecot, mailbox_user: MakeUser) -> None:
    officer = mailbox_user("klachtenfunctionaris")
    raw = _mail("ouder1@example.nl", officer, "Klacht over de opvang")
    dovecot.deliver(officer, raw)

    [got] = imap_messages(dovecot, officer)
    assert got.endswith(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    assert b"Return-Path: <ouder1@example.nl>" in got  # envelope sender taken from From
    assert imap_messages(dovecot, mailbox_user("other")) == []  # users are isolated
    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False) as client:
        client.login(officer, dovecot.password)
        client.select_folder("INBOX", readonly=True)
        [uid] = client.search("ALL")
        assert b"\\Seen" not in client.get_flags([uid])[uid]  # BODY.PEEK[] left it unread
        client.logout()


def test_wrong_password_is_refused(dovecot: Dovecot, mailbox_user: MakeUser) -> None:
    with (
        IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False) as client,
        pytest.raises(LoginError),
    ):
        client.login(mailbox_user(), dovecot.password + "x")


def test_smtp_through_relay_lands_in_recipient_inbox(
    dovecot: Dovecot, smtp_relay: SmtpRelay, mailbox_user: MakeUser
) -> None:
    parent, officer = mailbox_user("ouder"), mailbox_user("officer")
    raw = _mail(officer, parent, "Ontvangstbevestiging")
    with smtplib.SMTP(smtp_relay.host, smtp_relay.port, timeout=10) as smtp:
        refused = smtp.sendmail("bounces@gro-up.test", [parent], raw)
    assert refused == {}

    [env] = smtp_relay.received
    assert env.mail_from == "bounces@gro-up.test"
    assert env.rcpt_tos == (parent,)
    assert env.data == raw
    assert _subjects(dovecot, parent) == ["Ontvangstbevestiging"]


@pytest.mark.parametrize("code", [451, 550])
def test_fail_next_answers_data_with_the_code(
    dovecot: Dovecot, smtp_relay: SmtpRelay, mailbox_user: MakeUser, code: int
) -> None:
    parent = mailbox_user("ouder")
    smtp_relay.fail_next(code, "try again later" if code == 451 else "no such user")
    with smtplib.SMTP(smtp_relay.host, smtp_relay.port, timeout=10) as smtp:
        with pytest.raises(smtplib.SMTPDataError) as info:
            smtp.sendmail("a@gro-up.test", [parent], _mail("a@gro-up.test", parent, "eerste"))
        assert info.value.smtp_code == code
        smtp.sendmail("a@gro-up.test", [parent], _mail("a@gro-up.test", parent, "tweede"))

    assert len(smtp_relay.attempts) == 2
    assert [e.data for e in smtp_relay.received] == [smtp_relay.attempts[1].data]
    assert _subjects(dovecot, parent) == ["tweede"]


@pytest.mark.parametrize("deliver", [False, True])
def test_drop_next_closes_the_connection_without_a_reply(
    dovecot: Dovecot, smtp_relay: SmtpRelay, mailbox_user: MakeUser, deliver: bool
) -> None:
    parent = mailbox_user("ouder")
    smtp_relay.drop_next(deliver=deliver)
    smtp = smtplib.SMTP(smtp_relay.host, smtp_relay.port, timeout=10)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        smtp.sendmail("a@gro-up.test", [parent], _mail("a@gro-up.test", parent, "weg"))
    smtp.close()

    assert smtp_relay.received == []
    assert len(smtp_relay.attempts) == 1
    assert _subjects(dovecot, parent) == (["weg"] if deliver else [])
    with smtplib.SMTP(smtp_relay.host, smtp_relay.port, timeout=10) as smtp:  # next one is fine
        smtp.sendmail("a@gro-up.test", [parent], _mail("a@gro-up.test", parent, "wel"))
    assert _subjects(dovecot, parent)[-1] == "wel"


def test_drop_capabilities_hides_move_but_fallback_works(
    tmp_path: Path, mailbox_user: MakeUser
) -> None:
    with start_dovecot(tmp_path, drop_capabilities=("MOVE",)) as server:
        user = mailbox_user("officer")
        for n in range(3):
            server.deliver(user, _mail("ouder1@example.nl", user, f"klacht {n}"))
        with IMAPClient(server.host, port=server.imap_port, ssl=False) as client:
            assert b"MOVE" not in client.capabilities()  # greeting
            client.login(user, server.password)
            caps = client.capabilities()
            assert b"MOVE" not in caps
            assert {b"IMAP4REV1", b"UIDPLUS", b"IDLE"} <= set(caps)
            # the fallback a client must use: COPY + \Deleted + UID EXPUNGE
            client.create_folder("Verwerkt")
            client.select_folder("INBOX")
            first = sorted(client.search("ALL"))[0]
            client.copy([first], "Verwerkt")
            client.add_flags([first], [b"\\Deleted"])
            client.uid_expunge([first])
            client.logout()
        assert _subjects(server, user) == ["klacht 1", "klacht 2"]
        assert _subjects(server, user, "Verwerkt") == ["klacht 0"]


def test_restart_keeps_ports_and_mail(tmp_path: Path, mailbox_user: MakeUser) -> None:
    user = mailbox_user()
    with start_dovecot(tmp_path, password="pw") as server:
        ports = (server.imap_port, server.lmtp_port)
        server.deliver(user, _mail("a@example.nl", user, "voor"))
        server.stop()
        assert not server.running
        with pytest.raises(OSError):
            imap_messages(server, user)
        server.restart()
        assert (server.imap_port, server.lmtp_port) == ports
        server.deliver(user, _mail("a@example.nl", user, "na"))
        assert _subjects(server, user) == ["voor", "na"]
        assert "starting up" in server.log_text()
    assert not server.running


def test_sieve_vacation_replies_once_per_sender_via_the_relay(
    dovecot: Dovecot, smtp_relay: SmtpRelay, mailbox_user: MakeUser
) -> None:
    officer, parent = mailbox_user("officer"), mailbox_user("ouder")
    dovecot.set_vacation(officer, "Ik ben tot maandag afwezig.", subject="Afwezig")
    try:
        for n in range(2):
            dovecot.deliver(officer, _mail(parent, officer, f"klacht {n}"))
    finally:
        dovecot.clear_vacation(officer)

    # LMTP submits the autoreply during delivery, so it is already through the relay.
    [reply] = smtp_relay.received
    assert reply.mail_from == ""  # null sender, as RFC 3834 asks
    assert reply.rcpt_tos == (parent,)
    [raw] = imap_messages(dovecot, parent)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Subject"] == "Afwezig"
    assert msg["Auto-Submitted"].startswith("auto-replied")
    assert "Ik ben tot maandag afwezig." in msg.get_content()
    assert _subjects(dovecot, officer) == ["klacht 0", "klacht 1"]


def test_start_failure_reports_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devservers, "_DOVECOT", "/bin/false")
    with pytest.raises(DovecotError, match="exited with status 1"):
        start_dovecot(tmp_path)


def test_relay_reports_lmtp_failure_as_451(mailbox_user: MakeUser) -> None:
    dead_lmtp = ("127.0.0.1", devservers.free_port())
    with start_smtp_relay(dead_lmtp) as relay, smtplib.SMTP(relay.host, relay.port) as smtp:
        with pytest.raises(smtplib.SMTPDataError) as info:
            smtp.sendmail("a@b.test", [mailbox_user()], b"Subject: x\r\n\r\nx\r\n")
        assert info.value.smtp_code == 451
    assert relay.received == []


def test_command_line_start_deliver_fetch_stop(tmp_path: Path, mailbox_user: MakeUser) -> None:
    state = tmp_path / "demo"
    cli = [sys.executable, "-m", "mailbot.devservers"]
    proc = subprocess.Popen([*cli, "start", "--dir", str(state)], stdout=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not (state / "servers.json").exists():
            assert proc.poll() is None, "devservers start exited early"
            assert time.monotonic() < deadline, "servers.json never appeared"
            time.sleep(0.05)
        info = json.loads((state / "servers.json").read_text())
        assert {"imap_port", "smtp_port", "lmtp_port", "password"} <= set(info)

        user = mailbox_user("officer")
        mail = tmp_path / "klacht.eml"
        mail.write_bytes(_mail("ouder1@example.nl", user, "Klacht via CLI"))
        subprocess.run([*cli, "deliver", "--dir", str(state), "--to", user, str(mail)], check=True)
        with smtplib.SMTP(info["host"], info["smtp_port"]) as smtp:
            smtp.sendmail("a@gro-up.test", [user], _mail("a@gro-up.test", user, "Via SMTP"))
        out = subprocess.run(
            [*cli, "fetch", "--dir", str(state), "--user", user],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert out.splitlines() == ["Klacht via CLI", "Via SMTP"]

        subprocess.run([*cli, "stop", "--dir", str(state)], check=True, capture_output=True)
        assert proc.wait(timeout=10) == 0
        assert not (state / "servers.json").exists()
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()

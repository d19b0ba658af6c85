"""TLS and STARTTLS for real: a Dovecot with ``ssl = yes`` (implicit TLS on its imaps port,
STARTTLS on its imap port) and aiosmtpd relays that require STARTTLS or speak implicit TLS, all
with certificates from a throwaway CA made by ``openssl`` (mailbot.devtls).

mailbot trusts that CA only through ``tls_ca_file``; without it (the system trust store), with
another CA, or with a certificate for another host name the connection is refused before any
login, reported as a TransientError, and nothing is lost: the mail stays in INBOX, the outbox
row is retried. This module starts its own Dovecots; the shared session one stays plain.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest
from sqlalchemy import func, select

from mailbot import cli
from mailbot import config as config_mod
from mailbot.config import Config
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.devservers import (
    Dovecot,
    SmtpRelay,
    TlsFiles,
    imap_messages,
    start_dovecot,
    start_smtp_relay,
)
from mailbot.devtls import make_test_ca
from mailbot.errors import ConfigError, TransientError
from mailbot.mailbox import Mailbox
from mailbot.models import Case, OutboxItem
from mailbot.outbox import smtp_connect
from tests import mails
from tests.helpers import FakeClock
from tests.helpers import plain_triage as _plain

COMPLAINT = ("Klacht over de opvang", "Mijn dochter is drie keer te laat opgehaald bij de "
             "buitenschoolse opvang en niemand heeft ons gebeld. Ik wil hierover een klacht "
             "indienen.")
NOT_TRUSTED = "certificate verify failed"
WRONG_HOST = "mismatch, certificate is not valid for '127.0.0.1'"


# -- servers ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A private CA and a server certificate for localhost / 127.0.0.1."""
    return make_test_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture(scope="module")
def other_ca(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """Another private CA (mailbot trusting this one must still refuse ``ca``'s servers)."""
    return make_test_ca(tmp_path_factory.mktemp("other-ca"), ca_name="someone else's CA")


@pytest.fixture(scope="module")
def wrong_host(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A valid chain, but the certificate names mail.elsewhere.test only."""
    return make_test_ca(tmp_path_factory.mktemp("wrong-host"), names=("mail.elsewhere.test",))


@pytest.fixture(scope="module")
def tls_dovecot(tmp_path_factory: pytest.TempPathFactory, ca: TlsFiles) -> Iterator[Dovecot]:
    with start_dovecot(tmp_path_factory.mktemp("dovecot-tls"), tls=ca) as server:
        yield server


@pytest.fixture(scope="module")
def wrong_host_dovecot(
    tmp_path_factory: pytest.TempPathFactory, wrong_host: TlsFiles
) -> Iterator[Dovecot]:
    with start_dovecot(tmp_path_factory.mktemp("dovecot-wrong-host"), tls=wrong_host) as server:
        yield server


@pytest.fixture
def starttls_relay(tls_dovecot: Dovecot, ca: TlsFiles) -> Iterator[SmtpRelay]:
    """Port-587 style: STARTTLS offered and required before MAIL."""
    with start_smtp_relay(tls_dovecot, tls=ca, mode="starttls") as relay:
        yield relay


@pytest.fixture
def tls_relay(tls_dovecot: Dovecot, ca: TlsFiles) -> Iterator[SmtpRelay]:
    """Port-465 style: implicit TLS from the first byte."""
    with start_smtp_relay(tls_dovecot, tls=ca, mode="tls") as relay:
        yield relay


def _user(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}@gro-up.test"


def _config(
    dovecot: Dovecot, relay: SmtpRelay, db_url: str, box: str, *,
    imap_security: str = "tls", imap_ca: Path | None = None, smtp_ca: Path | None = None,
) -> Config:
    port = dovecot.imaps_port if imap_security == "tls" else dovecot.imap_port
    data: dict[str, Any] = {
        "organisation": {"mailbox_address": box, "officer_addresses": [box]},
        "database": {"url": db_url},
        "imap": {"host": dovecot.host, "port": port, "security": imap_security,
                 "username": box, "password_env": "TEST_IMAP_PASSWORD", "timeout_seconds": 10,
                 "tls_ca_file": str(imap_ca or "")},
        "smtp": {"host": relay.host, "port": relay.port, "security": relay.mode,
                 "username": "", "timeout_seconds": 10,
                 "message_id_domain": "mailbot.gro-up.test", "tls_ca_file": str(smtp_ca or "")},
    }
    return config_mod.from_mapping(data, env={"TEST_IMAP_PASSWORD": dovecot.password})


def _cases(daemon: Daemon) -> int:
    with session_scope(daemon.factory) as session:
        return int(session.scalar(select(func.count(Case.id))) or 0)


def _tls_logins(dovecot: Dovecot, user: str) -> list[str]:
    """Dovecot's imap-login lines for ``user`` that say the session was TLS-protected."""
    return [line for line in dovecot.log_text().splitlines()
            if "Login: user=<" in line and f"user=<{user}>" in line and ", TLS" in line]


# -- it works ----------------------------------------------------------------------------------


def test_imaps_intake_and_starttls_acknowledgement(
    tls_dovecot: Dovecot, starttls_relay: SmtpRelay, ca: TlsFiles, db_url: str,
) -> None:
    box, client = _user("klachten"), _user("client")
    tls_dovecot.deliver(box, mails.complaint(client, box, *COMPLAINT))
    cfg = _config(tls_dovecot, starttls_relay, db_url, box, imap_security="tls",
                  imap_ca=ca.ca_cert, smtp_ca=ca.ca_cert)
    daemon = Daemon(cfg, classifier=_plain)

    report = daemon.run_once()

    assert report.errors == []
    assert report.outcomes == {"registered": 1} and report.sent == 1
    acks = imap_messages(tls_dovecot, client)
    assert len(acks) == 1 and b"KL-" in acks[0]
    assert imap_messages(tls_dovecot, box) == []  # moved out of INBOX after the commit
    assert len(imap_messages(tls_dovecot, box, "Sent")) == 1
    # Dovecot logged TLS logins on the imaps port; the relay refuses MAIL before STARTTLS,
    # so an accepted message went over STARTTLS.
    logins = _tls_logins(tls_dovecot, box)
    assert logins and all(f"lport={tls_dovecot.imaps_port}" in line for line in logins)
    assert len(starttls_relay.received) == 1
    daemon.close()


def test_starttls_intake_and_implicit_tls_acknowledgement(
    tls_dovecot: Dovecot, tls_relay: SmtpRelay, ca: TlsFiles, db_url: str,
) -> None:
    box, client = _user("klachten"), _user("client")
    tls_dovecot.deliver(box, mails.complaint(client, box, *COMPLAINT))
    cfg = _config(tls_dovecot, tls_relay, db_url, box, imap_security="starttls",
                  imap_ca=ca.ca_cert, smtp_ca=ca.ca_cert)
    daemon = Daemon(cfg, classifier=_plain)

    report = daemon.run_once()

    assert report.errors == []
    assert report.outcomes == {"registered": 1} and report.sent == 1
    assert len(imap_messages(tls_dovecot, client)) == 1
    assert imap_messages(tls_dovecot, box) == []
    logins = _tls_logins(tls_dovecot, box)  # STARTTLS on the normal imap port
    assert logins and all(f"lport={tls_dovecot.imap_port}" in line for line in logins)
    assert len(tls_relay.received) == 1
    daemon.close()


def test_plain_smtp_to_a_starttls_only_relay_is_refused(
    tls_dovecot: Dovecot, starttls_relay: SmtpRelay, ca: TlsFiles, db_url: str,
) -> None:
    """The relay really requires STARTTLS (so the test above proves mailbot used it)."""
    cfg = _config(tls_dovecot, starttls_relay, db_url, _user("klachten"), imap_ca=ca.ca_cert)
    plain = config_mod.SmtpConfig(**{**cfg.smtp.__dict__, "security": "plain"})

    async def send() -> None:
        client = await smtp_connect(plain)
        try:
            await client.sendmail("a@gro-up.test", ["b@gro-up.test"], b"Subject: x\r\n\r\nx\r\n")
        finally:
            client.close()

    with pytest.raises(aiosmtplib.SMTPResponseException, match="530"):
        asyncio.run(send())
    assert starttls_relay.received == []


def test_check_config_over_tls(
    tls_dovecot: Dovecot, starttls_relay: SmtpRelay, ca: TlsFiles, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """check-config uses the same connect code: it passes with tls_ca_file (relative to the
    config file) and names the certificate problem without it."""
    box = _user("klachten")
    (tmp_path / "certs").mkdir()
    (tmp_path / "certs" / "private-ca.pem").write_bytes(ca.ca_cert.read_bytes())
    monkeypatch.setenv("TEST_IMAP_PASSWORD", tls_dovecot.password)

    def write(ca_line: str) -> Path:
        path = tmp_path / "mailbot.toml"
        path.write_text(f"""
[organisation]
mailbox_address = "{box}"
officer_addresses = ["{box}"]
[database]
url = "sqlite:///{tmp_path / 'db.sqlite'}"
[imap]
host = "{tls_dovecot.host}"
port = {tls_dovecot.imaps_port}
security = "tls"
username = "{box}"
password_env = "TEST_IMAP_PASSWORD"
timeout_seconds = 10
{ca_line}
[smtp]
host = "{starttls_relay.host}"
port = {starttls_relay.port}
security = "starttls"
username = ""
timeout_seconds = 10
{ca_line}
""", encoding="utf-8")
        return path

    relative = write('tls_ca_file = "certs/private-ca.pem"')
    assert cli.main(["check-config", "--config", str(relative)]) == 0
    out = capsys.readouterr().out
    assert "imap: logged in" in out and "smtp: connected" in out

    assert cli.main(["check-config", "--config", str(write(""))]) == 1
    out = capsys.readouterr().out
    assert "imap: FAILED" in out and "smtp: FAILED" in out
    assert out.count(NOT_TRUSTED) == 2
    # The hint names the setting that fixes it, for each protocol.
    assert "set [imap] tls_ca_file" in out and "set [smtp] tls_ca_file" in out


# -- it refuses, and loses nothing -----------------------------------------------------------


@pytest.mark.parametrize("trust", ["system store", "another CA"])
def test_untrusted_imap_certificate_is_refused_and_mail_stays(
    tls_dovecot: Dovecot, starttls_relay: SmtpRelay, ca: TlsFiles, other_ca: TlsFiles,
    db_url: str, trust: str,
) -> None:
    box, client = _user("klachten"), _user("client")
    tls_dovecot.deliver(box, mails.complaint(client, box, *COMPLAINT))
    wrong_ca = None if trust == "system store" else other_ca.ca_cert
    for security in ("tls", "starttls"):
        cfg = _config(tls_dovecot, starttls_relay, db_url, box, imap_security=security,
                      imap_ca=wrong_ca, smtp_ca=ca.ca_cert)
        daemon = Daemon(cfg, classifier=_plain)

        report = daemon.run_once()  # never raises

        assert len(report.errors) == 1 and NOT_TRUSTED in report.errors[0], report.errors
        assert "set [imap] tls_ca_file" in report.errors[0]
        assert "TransientError" in daemon.poll_state.last_error
        assert daemon.poll_state.failures == 1
        assert _cases(daemon) == 0 and report.sent == 0
        assert len(imap_messages(tls_dovecot, box)) == 1  # still in INBOX
        daemon.close()
    assert _tls_logins(tls_dovecot, box) == []  # refused before any login: no password sent

    # The admin sets tls_ca_file: the same mail is registered and acknowledged.
    daemon = Daemon(_config(tls_dovecot, starttls_relay, db_url, box, imap_ca=ca.ca_cert,
                            smtp_ca=ca.ca_cert), classifier=_plain)
    report = daemon.run_once()
    assert report.errors == [] and report.outcomes == {"registered": 1} and report.sent == 1
    assert imap_messages(tls_dovecot, box) == [] and len(imap_messages(tls_dovecot, client)) == 1
    daemon.close()


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_untrusted_smtp_certificate_is_refused_and_the_row_retried(
    tls_dovecot: Dovecot, ca: TlsFiles, db_url: str, mode: str,
) -> None:
    box, client = _user("klachten"), _user("client")
    tls_dovecot.deliver(box, mails.complaint(client, box, *COMPLAINT))
    clock = FakeClock()
    with start_smtp_relay(tls_dovecot, tls=ca, mode=mode) as relay:
        daemon = Daemon(_config(tls_dovecot, relay, db_url, box, imap_ca=ca.ca_cert),
                        classifier=_plain, clock=clock)

        report = daemon.run_once()

        # Registered over IMAP; the acknowledgement waits in the outbox (a deferral, no crash).
        assert report.outcomes == {"registered": 1} and report.sent == 0 and report.retried == 1
        assert relay.attempts == [] and imap_messages(tls_dovecot, client) == []
        with session_scope(daemon.factory) as session:
            row = session.scalars(select(OutboxItem)).one()
            assert row.status == "pending" and NOT_TRUSTED in (row.last_error or "")
            assert "set [smtp] tls_ca_file" in (row.last_error or "")
        daemon.close()

        # Fixed configuration, after the backoff: the same row goes out, once.
        clock.now += timedelta(minutes=5)
        daemon = Daemon(_config(tls_dovecot, relay, db_url, box, imap_ca=ca.ca_cert,
                                smtp_ca=ca.ca_cert), classifier=_plain, clock=clock)
        report = daemon.run_once()
        assert report.sent == 1 and report.errors == []
        assert len(imap_messages(tls_dovecot, client)) == 1 and len(relay.received) == 1
        with session_scope(daemon.factory) as session:
            row = session.scalars(select(OutboxItem)).one()
            assert row.status == "sent" and row.attempts == 2
        daemon.close()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_certificate_for_another_host_is_refused(
    wrong_host_dovecot: Dovecot, wrong_host: TlsFiles, security: str, db_url: str,
) -> None:
    """The chain is trusted (tls_ca_file), but the certificate is for mail.elsewhere.test."""
    box = _user("klachten")
    wrong_host_dovecot.deliver(box, mails.complaint(_user("client"), box, *COMPLAINT))
    with start_smtp_relay(wrong_host_dovecot, tls=wrong_host, mode=security) as relay:
        cfg = _config(wrong_host_dovecot, relay, db_url, box, imap_security=security,
                      imap_ca=wrong_host.ca_cert, smtp_ca=wrong_host.ca_cert)

        with pytest.raises(TransientError, match=WRONG_HOST) as refused, Mailbox(cfg.imap):
            pass
        assert "set [imap] host to a name the certificate carries" in str(refused.value)

        async def connect() -> None:
            client = await smtp_connect(cfg.smtp)
            client.close()

        with pytest.raises(TransientError, match=WRONG_HOST) as refused:
            asyncio.run(connect())
        assert "set [smtp] host to a name the certificate carries" in str(refused.value)
        assert relay.attempts == []
    assert len(imap_messages(wrong_host_dovecot, box)) == 1


# -- configuration ----------------------------------------------------------------------------


@pytest.mark.parametrize("section", ["imap", "smtp"])
def test_missing_ca_file_is_a_config_error(tmp_path: Path, section: str) -> None:
    path = tmp_path / "mailbot.toml"
    path.write_text(f'[{section}]\ntls_ca_file = "certs/missing.pem"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        config_mod.load(path, env={})
    message = str(error.value)
    assert f"[{section}] tls_ca_file" in message
    assert str(tmp_path / "certs" / "missing.pem") in message  # resolved next to the file


def test_ca_file_that_is_not_pem_is_a_config_error(tmp_path: Path) -> None:
    junk = tmp_path / "ca.pem"
    junk.write_text("not a certificate\n")
    with pytest.raises(ConfigError, match=r"\[smtp\] tls_ca_file: .*not a readable PEM"):
        config_mod.from_mapping({"smtp": {"tls_ca_file": str(junk)}}, env={})

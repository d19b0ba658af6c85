"""XOAUTH2 end to end on real servers: Dovecot's own oauth2 passdb (tokens checked by RFC 7662
introspection against a loopback endpoint in this process) and an aiosmtpd relay that requires
AUTH XOAUTH2. mailbot gets its tokens from a real ``token_command`` subprocess, as it would from
``oama`` or ``mutt_oauth2.py`` for Microsoft 365 or Google.

Nothing is mocked: a wrong token is refused by Dovecot itself, a failing token command is a
real process exiting non-zero.
"""

from __future__ import annotations

import base64
import logging
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

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
    imap_messages,
    start_dovecot,
    start_smtp_relay,
)
from mailbot.models import Case, OutboxItem
from tests import mails
from tests.helpers import FakeClock
from tests.helpers import plain_triage as _plain

COMPLAINT = ("Klacht over de opvang", "Mijn dochter is drie keer te laat opgehaald bij de "
             "buitenschoolse opvang en niemand heeft ons gebeld. Ik wil hierover een klacht "
             "indienen.")


@pytest.fixture(scope="module")
def oauth_dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    """A Dovecot with the oauth2 passdb; each test adds its own tokens."""
    with start_dovecot(tmp_path_factory.mktemp("dovecot-oauth2"), oauth2_tokens={}) as server:
        yield server


@pytest.fixture
def oauth_relay(oauth_dovecot: Dovecot) -> Iterator[SmtpRelay]:
    """An SMTP relay into ``oauth_dovecot`` that accepts mail only after AUTH XOAUTH2."""
    with start_smtp_relay(oauth_dovecot, oauth2_tokens={}) as relay:
        yield relay


def _user(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}@gro-up.test"


def _grant(dovecot: Dovecot, relay: SmtpRelay, token: str, user: str) -> None:
    """Make ``token`` valid for ``user`` at both servers (what the identity provider does)."""
    assert dovecot.oauth2_tokens is not None and relay.oauth2_tokens is not None
    dovecot.oauth2_tokens[token] = user
    relay.oauth2_tokens[token] = user


def _revoke(dovecot: Dovecot, relay: SmtpRelay, token: str) -> None:
    assert dovecot.oauth2_tokens is not None and relay.oauth2_tokens is not None
    dovecot.oauth2_tokens.pop(token, None)
    relay.oauth2_tokens.pop(token, None)


def _print_command(token: str) -> list[str]:
    return [sys.executable, "-c", f"print({token!r})"]


def _file_command(path: Path) -> list[str]:
    """Prints the token stored in ``path`` (fails with exit status 1 while it is missing)."""
    return [sys.executable, "-c", "import sys; print(open(sys.argv[1]).read().strip())",
            str(path)]


def _config(
    dovecot: Dovecot, relay: SmtpRelay, db_url: str, box: str, *,
    imap_command: list[str], smtp_command: list[str] | None = None,
) -> Config:
    data: dict[str, Any] = {
        "organisation": {"mailbox_address": box, "officer_addresses": [box]},
        "database": {"url": db_url},
        "imap": {"host": dovecot.host, "port": dovecot.imap_port, "security": "plain",
                 "username": box, "auth": "xoauth2", "token_command": imap_command,
                 "timeout_seconds": 10, "token_timeout_seconds": 10},
        "smtp": {"host": relay.host, "port": relay.port, "security": "plain",
                 "username": box, "auth": "xoauth2",
                 "token_command": smtp_command or imap_command,
                 "timeout_seconds": 10, "message_id_domain": "mailbot.gro-up.test"},
    }
    # No password anywhere: the environment is empty.
    return config_mod.from_mapping(data, env={})


def _assert_not_logged(caplog: pytest.LogCaptureFixture, *secrets: str) -> None:
    """None of ``secrets`` (nor the base64 XOAUTH2 strings built from them) is in any record."""
    forms: list[str] = []
    for secret in secrets:
        forms.append(secret)
        forms.append(base64.b64encode(secret.encode()).decode()[:-4])
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + (record.exc_text or "")
        for form in forms:
            assert form not in text, f"secret in log record {record.name}: {text[:200]}"


def _cases(daemon: Daemon) -> int:
    with session_scope(daemon.factory) as session:
        return int(session.scalar(select(func.count(Case.id))) or 0)


def test_register_and_acknowledge_over_xoauth2(
    oauth_dovecot: Dovecot, oauth_relay: SmtpRelay, db_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    box, client = _user("klachten"), _user("client")
    token = f"tok-123-{uuid.uuid4().hex}"
    _grant(oauth_dovecot, oauth_relay, token, box)
    oauth_dovecot.deliver(box, mails.complaint(client, box, *COMPLAINT))
    asked_before = oauth_dovecot.oauth2_requests
    daemon = Daemon(_config(oauth_dovecot, oauth_relay, db_url, box,
                            imap_command=_print_command(token)), classifier=_plain)

    report = daemon.run_once()

    assert report.errors == []
    assert report.outcomes == {"registered": 1} and report.sent == 1
    acks = imap_messages(oauth_dovecot, client)  # read back by password login: still works
    assert len(acks) == 1 and b"KL-" in acks[0]
    assert imap_messages(oauth_dovecot, box) == []  # moved out of INBOX after the commit
    assert len(imap_messages(oauth_dovecot, box, "Sent")) == 1  # APPEND over XOAUTH2 too
    # Dovecot really checked the token (introspection) and logged the XOAUTH2 login;
    # the relay really authenticated us.
    assert oauth_dovecot.oauth2_requests > asked_before
    assert f"user=<{box}>, method=XOAUTH2" in oauth_dovecot.log_text()
    assert oauth_relay.auth_attempts == 1 and len(oauth_relay.received) == 1
    # The token was fetched once per protocol and reused for the poll and the Sent copy.
    assert daemon.imap_tokens is not None and daemon.imap_tokens.runs == 1
    assert daemon.smtp_tokens is not None and daemon.smtp_tokens.runs == 1
    _assert_not_logged(caplog, token, f"user={box}\x01auth=Bearer {token}")
    daemon.close()


def test_wrong_token_is_refused_and_nothing_is_lost(
    oauth_dovecot: Dovecot, oauth_relay: SmtpRelay, db_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    box, client = _user("klachten"), _user("client")
    good, wrong = f"tok-{uuid.uuid4().hex}", f"tok-wrong-{uuid.uuid4().hex}"
    _grant(oauth_dovecot, oauth_relay, good, box)
    oauth_dovecot.deliver(box, mails.complaint(client, box, *COMPLAINT))
    token_file = Path(str(db_url).removeprefix("sqlite:///")).parent / "token"
    token_file.write_text(wrong)
    daemon = Daemon(_config(oauth_dovecot, oauth_relay, db_url, box,
                            imap_command=_file_command(token_file)), classifier=_plain)
    asked_before = oauth_dovecot.oauth2_requests

    report = daemon.run_once()

    assert any("IMAP login refused" in e and "XOAUTH2" in e for e in report.errors)
    assert daemon.poll_state.failures == 1
    # A freshly printed token that is refused is not tried again at once (each failed login
    # counts against the account at the provider): one introspection, one refusal.
    assert oauth_dovecot.oauth2_requests - asked_before == 1
    assert len(imap_messages(oauth_dovecot, box)) == 1  # still in INBOX
    assert _cases(daemon) == 0 and imap_messages(oauth_dovecot, client) == []

    token_file.write_text(good)  # the admin fixed the token tool
    report = daemon.run_once()
    assert report.errors == [] and report.outcomes == {"registered": 1}
    assert imap_messages(oauth_dovecot, box) == [] and _cases(daemon) == 1
    assert len(imap_messages(oauth_dovecot, client)) == 1
    _assert_not_logged(caplog, good, wrong)
    daemon.close()


def test_failing_token_command_is_reported_not_raised(
    oauth_dovecot: Dovecot, oauth_relay: SmtpRelay, db_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    box, client = _user("klachten"), _user("client")
    oauth_dovecot.deliver(box, mails.complaint(client, box, *COMPLAINT))
    secret = "1//0gRefreshTokenThatMustNeverBeLogged0123456789"
    failing = [sys.executable, "-c",
               "import sys; sys.stderr.write('invalid_grant: refresh_token=' + sys.argv[1] + "
               "'\\n'); sys.exit(2)", secret]
    daemon = Daemon(_config(oauth_dovecot, oauth_relay, db_url, box, imap_command=failing),
                    classifier=_plain)

    report = daemon.run_once()  # must not raise

    assert any("token_command" in e and "exit status 2" in e for e in report.errors)
    assert daemon.poll_state.failures == 1 and "TransientError" in daemon.poll_state.last_error
    assert len(imap_messages(oauth_dovecot, box)) == 1 and _cases(daemon) == 0
    assert all(secret not in e for e in report.errors)
    _assert_not_logged(caplog, secret)
    daemon.close()


def test_smtp_token_failure_retries_the_outbox_row(
    oauth_dovecot: Dovecot, oauth_relay: SmtpRelay, db_url: str, tmp_path: Path,
) -> None:
    """IMAP works, SMTP's token command fails: the acknowledgement waits in the outbox and goes
    out once the command works again; nothing crashes, nothing is sent twice."""
    box, client = _user("klachten"), _user("client")
    token = f"tok-{uuid.uuid4().hex}"
    _grant(oauth_dovecot, oauth_relay, token, box)
    oauth_dovecot.deliver(box, mails.complaint(client, box, *COMPLAINT))
    smtp_file = tmp_path / "smtp-token"  # missing for now: the command exits 1
    clock = FakeClock()
    daemon = Daemon(_config(oauth_dovecot, oauth_relay, db_url, box,
                            imap_command=_print_command(token),
                            smtp_command=_file_command(smtp_file)),
                    classifier=_plain, clock=clock)

    report = daemon.run_once()
    # An SMTP outage is a deferral (retried count, the row's last_error), not a poll error.
    assert report.outcomes == {"registered": 1} and report.sent == 0 and report.retried == 1
    assert oauth_relay.auth_attempts == 0  # no connection without a token
    with session_scope(daemon.factory) as session:
        row = session.scalars(select(OutboxItem)).one()
        assert row.status == "pending" and "token_command" in (row.last_error or "")
        assert "exit status 1" in (row.last_error or "")

    smtp_file.write_text(token)
    clock.now += timedelta(minutes=5)  # past the outbox backoff
    report = daemon.run_once()
    assert report.sent == 1 and report.errors == []
    assert len(imap_messages(oauth_dovecot, client)) == 1
    daemon.close()


def test_refused_cached_token_is_replaced_once(
    oauth_dovecot: Dovecot, oauth_relay: SmtpRelay, db_url: str, tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The provider revoked the cached token early (password reset, admin action): the next
    login is refused, mailbot runs token_command once more and goes on with the new token, on
    IMAP and SMTP alike, without reporting an error."""
    caplog.set_level(logging.DEBUG)
    box = _user("klachten")
    clients = [_user("client"), _user("client")]
    first, second = f"tok-a-{uuid.uuid4().hex}", f"tok-b-{uuid.uuid4().hex}"
    token_file = tmp_path / "token"
    token_file.write_text(first)
    _grant(oauth_dovecot, oauth_relay, first, box)
    daemon = Daemon(_config(oauth_dovecot, oauth_relay, db_url, box,
                            imap_command=_file_command(token_file)), classifier=_plain)
    oauth_dovecot.deliver(box, mails.complaint(clients[0], box, *COMPLAINT))
    assert daemon.run_once().sent == 1

    _revoke(oauth_dovecot, oauth_relay, first)  # revoked within token_cache_seconds
    _grant(oauth_dovecot, oauth_relay, second, box)
    token_file.write_text(second)  # what the token tool now prints
    oauth_dovecot.deliver(box, mails.complaint(clients[1], box, *COMPLAINT))
    report = daemon.run_once()

    assert report.errors == [] and report.outcomes == {"registered": 1} and report.sent == 1
    assert daemon.imap_tokens is not None and daemon.imap_tokens.runs == 2
    assert daemon.smtp_tokens is not None and daemon.smtp_tokens.runs == 2
    assert oauth_relay.auth_attempts == 3  # first, refused cached, fresh
    assert all(len(imap_messages(oauth_dovecot, c)) == 1 for c in clients)
    assert any("cached access token refused" in r.getMessage() for r in caplog.records)
    _assert_not_logged(caplog, first, second)
    daemon.close()


def test_check_config_logs_in_with_xoauth2(
    oauth_dovecot: Dovecot, oauth_relay: SmtpRelay, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    make_xoauth2_file: Callable[..., Path],
) -> None:
    box = _user("klachten")
    token = f"tok-{uuid.uuid4().hex}"
    _grant(oauth_dovecot, oauth_relay, token, box)
    path = make_xoauth2_file(tmp_path, oauth_dovecot, oauth_relay, box, _print_command(token))
    monkeypatch.delenv("MAILBOT_IMAP_PASSWORD", raising=False)
    monkeypatch.delenv("MAILBOT_SMTP_PASSWORD", raising=False)

    assert cli.main(["check-config", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "imap: logged in (XOAUTH2)" in out
    assert "smtp: connected and logged in (XOAUTH2)" in out
    assert token not in out

    _revoke(oauth_dovecot, oauth_relay, token)
    assert cli.main(["check-config", "--config", str(path)]) == 1
    out = capsys.readouterr().out
    assert "imap: FAILED: IMAP login refused" in out and "smtp: FAILED" in out
    assert token not in out


@pytest.fixture
def make_xoauth2_file() -> Callable[..., Path]:
    """Write a TOML file for ``mailbot check-config`` with XOAUTH2 on both protocols."""

    def make(tmp_path: Path, dovecot: Dovecot, relay: SmtpRelay, box: str,
             command: list[str]) -> Path:
        argv = ", ".join(f'"{a}"' for a in command).replace("\\", "\\\\")
        path = tmp_path / "xoauth2.toml"
        path.write_text(
            f"""
[organisation]
mailbox_address = "{box}"
officer_addresses = ["{box}"]
[database]
url = "sqlite:///{tmp_path / 'db.sqlite'}"
[imap]
host = "{dovecot.host}"
port = {dovecot.imap_port}
security = "plain"
username = "{box}"
auth = "xoauth2"
token_command = [{argv}]
timeout_seconds = 10
[smtp]
host = "{relay.host}"
port = {relay.port}
security = "plain"
username = "{box}"
auth = "xoauth2"
token_command = [{argv}]
timeout_seconds = 10
""",
            encoding="utf-8",
        )
        return path

    return make

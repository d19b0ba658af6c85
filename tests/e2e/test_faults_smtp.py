"""SMTP faults (issue 5): down, 4xx, 552, 5xx, a server that stalls, a TLS failure.

4xx, 552, timeouts, refused connections and TLS failures are retried with backoff until
``[outbox] retry_for_hours`` after the first attempt, then ``dead`` with a ``mail_dead`` event
(what the digest lists); other 5xx are dead at once. Intake goes on meanwhile: the poll still
registers mail and moves it out of INBOX, in ``run_once`` and in a real ``mailbot run``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.kill_harness import MAILBOT, write_config
from mailbot import config as config_mod
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.devservers import Dovecot, SmtpRelay, imap_messages
from mailbot.models import Case, Event, OutboxItem
from tests import mails
from tests.e2e.conftest import MakeConfig
from tests.e2e.test_faults_imap import FakeClock, TcpProxy
from tests.e2e.test_intake_e2e import COMPLAINTS_EN, COMPLAINTS_NL

#: complaints the classifier treats as plain complaints (one ack row each, no alerts)
PLAIN = [COMPLAINTS_NL[i] for i in (0, 1, 3, 4, 5, 7)] + COMPLAINTS_EN


@pytest.fixture
def proxies() -> Iterator[Callable[..., TcpProxy]]:
    """Factory of loopback fault proxies, all closed at the end of the test."""
    made: list[TcpProxy] = []

    def make(target: tuple[str, int] | None, mode: str = "forward") -> TcpProxy:
        made.append(TcpProxy(target, mode))
        return made[-1]

    yield make
    for proxy in made:
        proxy.close()


def _deliver(dovecot: Dovecot, box: str, clients: list[str]) -> None:
    for n, who in enumerate(clients):
        dovecot.deliver(box, mails.complaint(who, box, *PLAIN[n % len(PLAIN)]))


def _fault_config(
    fault: str, make_config: MakeConfig, relay: SmtpRelay,
    proxies: Callable[..., TcpProxy],
) -> tuple[object, Callable[[], None]]:
    """(config with the fault, a function that heals it without touching the config)."""
    if fault in ("down", "stall"):
        proxy = proxies((relay.host, relay.port), mode="refuse" if fault == "down"
                              else "hang")
        cfg = make_config(smtp={"port": proxy.port, "timeout_seconds": 0.5})
        return cfg, lambda: proxy.set_mode("forward")
    if fault == "tls":  # implicit TLS against a plain server: the handshake fails
        return make_config(smtp={"security": "tls", "timeout_seconds": 2}), lambda: None
    code = {"4xx": 451, "552": 552}[fault]
    relay.fail_next(code, "try again later", count=1000)
    return make_config(), relay.reset


RETRIED = ["down", "stall", "tls", "4xx", "552"]


@pytest.mark.parametrize("fault", RETRIED)
def test_retried_until_the_period_ends_then_dead(
    dovecot: Dovecot, smtp_relay: SmtpRelay, make_config: MakeConfig,
    mailbox_user: Callable[..., str], proxies: Callable[..., TcpProxy], fault: str,
) -> None:
    cfg, _heal = _fault_config(fault, make_config, smtp_relay, proxies)
    box = cfg.organisation.mailbox_address  # type: ignore[attr-defined]
    clients = [mailbox_user("client") for _ in range(2)]
    _deliver(dovecot, box, clients)
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)  # type: ignore[arg-type]

    report = daemon.run_once()
    # Intake is not held up by the outage: registered and moved out of INBOX.
    assert report.outcomes == {"registered": 2} and report.moved == 2
    assert imap_messages(dovecot, box) == []
    assert report.sent == 0 and report.retried == 2 and report.dead == 0
    for hours in (1, 6, 24, 47):
        clock.now = daemon.poll_state.started_at + timedelta(hours=hours)
        report = daemon.run_once()
        assert report.dead == 0 and report.sent == 0
    with session_scope(daemon.factory) as session:
        rows = session.scalars(select(OutboxItem)).all()
        assert {r.status for r in rows} == {"pending"} and all(r.attempts == 5 for r in rows)
        assert all(r.last_error for r in rows)
    clock.advance(hours=2)  # past retry_for_hours (48)
    report = daemon.run_once()
    assert report.dead == 2
    with session_scope(daemon.factory) as session:
        assert set(session.scalars(select(OutboxItem.status))) == {"dead"}
        dead_events = session.scalars(select(Event).where(Event.kind == "mail_dead")).all()
        assert len(dead_events) == 2 and all(e.case_id for e in dead_events)
    for who in clients:
        assert imap_messages(dovecot, who) == []
    daemon.close()


@pytest.mark.parametrize("fault", RETRIED)
def test_retried_then_delivered_once_when_healed(
    dovecot: Dovecot, smtp_relay: SmtpRelay, make_config: MakeConfig,
    mailbox_user: Callable[..., str], proxies: Callable[..., TcpProxy], fault: str,
) -> None:
    cfg, heal = _fault_config(fault, make_config, smtp_relay, proxies)
    box = cfg.organisation.mailbox_address  # type: ignore[attr-defined]
    clients = [mailbox_user("client") for _ in range(2)]
    _deliver(dovecot, box, clients)
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)  # type: ignore[arg-type]
    assert daemon.run_once().retried == 2
    heal()
    if fault == "tls":  # the operator corrects [smtp] security; same database
        daemon.close()
        daemon = Daemon(make_config(), clock=clock)
    clock.advance(seconds=30)
    assert daemon.run_once().sent == 0  # backoff (60 s) not over: no hammering
    clock.advance(seconds=31)
    assert daemon.run_once().sent == 2
    for who in clients:
        assert len(imap_messages(dovecot, who)) == 1
    daemon.close()


def test_5xx_is_dead_at_once(
    dovecot: Dovecot, smtp_relay: SmtpRelay, make_config: MakeConfig,
    mailbox_user: Callable[..., str],
) -> None:
    cfg = make_config()
    box = cfg.organisation.mailbox_address
    bad, good = mailbox_user("client"), mailbox_user("client")
    _deliver(dovecot, box, [bad, good])
    smtp_relay.fail_next(550, "5.1.1 no such user")  # the first DATA only
    daemon = Daemon(cfg)
    report = daemon.run_once()
    assert report.dead == 1 and report.sent == 1
    with session_scope(daemon.factory) as session:
        dead = session.scalar(select(OutboxItem).where(OutboxItem.status == "dead"))
        assert dead is not None and dead.attempts == 1 and "550" in (dead.last_error or "")
        assert session.scalar(select(func.count(Event.id)).where(
            Event.kind == "mail_dead", Event.case_id == dead.case_id)) == 1
    assert imap_messages(dovecot, bad) == [] and len(imap_messages(dovecot, good)) == 1
    daemon.close()


def test_intake_continues_in_a_real_daemon_while_smtp_stalls(
    dovecot: Dovecot, smtp_relay: SmtpRelay, db_url: str, tmp_path: Path,
    mailbox_user: Callable[..., str], proxies: Callable[..., TcpProxy],
) -> None:
    """`mailbot run` with an SMTP server that accepts and never answers (20 s timeout): the
    poll job still registers and moves every new mail; when SMTP answers again, all is sent."""
    proxy = proxies((smtp_relay.host, smtp_relay.port), mode="hang")
    box = mailbox_user("klachten")
    cfg_path = tmp_path / "mailbot.toml"
    env = write_config(cfg_path, imap_port=dovecot.imap_port, smtp_port=proxy.port,
                       mailbox=box, db_url=db_url, password=dovecot.password,
                       extra={"smtp": {"timeout_seconds": 20},
                              "outbox": {"backoff_initial_seconds": 1,
                                         "backoff_max_seconds": 1}})
    clients = [mailbox_user("client") for _ in range(4)]
    log = (tmp_path / "run.log").open("wb")
    proc = subprocess.Popen([MAILBOT, "run", "--config", str(cfg_path)],
                            env={**os.environ, **env}, stdout=log, stderr=log,
                            start_new_session=True)
    try:
        _deliver(dovecot, box, clients[:2])
        _wait(lambda: not imap_messages(dovecot, box) and proxy.accepted >= 1)
        _deliver(dovecot, box, clients[2:])  # while the outbox job is stuck in SMTP
        _wait(lambda: not imap_messages(dovecot, box))
        daemon = Daemon(config_mod.load(cfg_path, env={**os.environ, **env}))
        with session_scope(daemon.factory) as session:
            assert session.scalar(select(func.count(Case.id))) == 4
        daemon.close()
        assert all(imap_messages(dovecot, who) == [] for who in clients)
        proxy.set_mode("forward")
        _wait(lambda: all(len(imap_messages(dovecot, who)) == 1 for who in clients))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Wait for a condition (a liveness bound, not a speed assertion)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("condition not reached within the liveness bound")


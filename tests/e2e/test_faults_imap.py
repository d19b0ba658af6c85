"""IMAP faults on a real, private Dovecot (issue 5 "Faults"): server stopped, restarted in the
middle of a fetch, login refused, the watched folder missing, a connection that hangs. The
daemon keeps running, backs off exponentially, loses nothing, alerts the officer once after
``[imap] outage_alert_minutes`` and once more on recovery, and ``mailbot health`` says so.

Each test starts its own Dovecot (function scope) so it can stop and restart it; outgoing mail
goes through the shared relay into the session Dovecot, where the officer's alerts and the
clients' acknowledgements are read back.
"""

from __future__ import annotations

import contextlib
import email
import json
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from mailbot import cli, digest, health
from mailbot.daemon import Daemon, Hooks
from mailbot.db import session_scope
from mailbot.devservers import Dovecot, SmtpRelay, free_port, imap_messages, start_dovecot
from mailbot.domain import RawMail
from mailbot.models import Case, Event, IntakeFailure, OutboxItem
from tests import mails
from tests.e2e.conftest import MakeConfig
from tests.e2e.test_intake_e2e import COMPLAINTS_NL
from tests.helpers import FakeClock


class TcpProxy:
    """A loopback TCP endpoint with three moods, for faults that a real server cannot show:

    * ``forward``: pass bytes to ``target`` (the healthy path);
    * ``hang``: accept connections and never answer (a black-holed or wedged server);
    * ``refuse``: nothing listens on the port (server down / database unreachable).

    Switching mood cuts every open connection, as a server restart would.
    """

    def __init__(self, target: tuple[str, int] | None, mode: str = "forward") -> None:
        self.target = target
        self.host = "127.0.0.1"
        self.port = free_port()
        self.mode = "refuse"
        self.accepted = 0
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self.set_mode(mode)

    def set_mode(self, mode: str) -> None:
        assert mode in ("forward", "hang", "refuse")
        self._cut()
        if mode == "refuse":
            self._close_listener()
        elif self._listener is None:
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((self.host, self.port))
            listener.listen(64)
            self._listener = listener
            threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        self.mode = mode

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with self._lock:
                self.accepted += 1
                self._conns.append(conn)
            if self.mode == "forward" and self.target is not None:
                try:
                    upstream = socket.create_connection(self.target, timeout=5)
                except OSError:
                    conn.close()
                    continue
                upstream.settimeout(None)
                with self._lock:
                    self._conns.append(upstream)
                for a, b in ((conn, upstream), (upstream, conn)):
                    threading.Thread(target=self._pump, args=(a, b), daemon=True).start()
            # "hang": keep the socket open and say nothing

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def _cut(self) -> None:
        with self._lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def _close_listener(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(OSError):  # wakes the thread blocked in accept()
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None

    def close(self) -> None:
        self._cut()
        self._close_listener()


@pytest.fixture
def own_dovecot(tmp_path: Path) -> Iterator[Dovecot]:
    """A private Dovecot this test may stop and restart (not the session one)."""
    with start_dovecot(tmp_path / "own-dovecot") as server:
        yield server


@pytest.fixture
def proxy_factory() -> Iterator[Callable[..., TcpProxy]]:
    made: list[TcpProxy] = []

    def make(target: tuple[str, int] | None, mode: str = "forward") -> TcpProxy:
        proxy = TcpProxy(target, mode)
        made.append(proxy)
        return proxy

    yield make
    for proxy in made:
        proxy.close()


def _fill(server: Dovecot, box: str, clients: list[str]) -> None:
    for n, who in enumerate(clients):
        subject, body = COMPLAINTS_NL[n % len(COMPLAINTS_NL)]
        server.deliver(box, mails.complaint(who, box, subject, body))


def _assert_all_processed_once(
    daemon: Daemon, server: Dovecot, session_dovecot: Dovecot, box: str, clients: list[str]
) -> None:
    assert imap_messages(server, box) == []
    assert len(imap_messages(server, box, "Verwerkt")) == len(clients)
    with session_scope(daemon.factory) as session:
        assert session.scalar(select(func.count(Case.id))) == len(clients)
        assert session.scalar(select(func.count(IntakeFailure.id))) == 0
    for who in clients:
        assert len(imap_messages(session_dovecot, who)) == 1, who


def test_server_stopped_backoff_outage_alert_and_recovery(
    dovecot: Dovecot, smtp_relay: SmtpRelay, own_dovecot: Dovecot, make_config: MakeConfig,
    mailbox_user: Callable[..., str], tmp_path: Path,
) -> None:
    cfg = make_config(imap={"port": own_dovecot.imap_port, "timeout_seconds": 3})
    box = cfg.organisation.mailbox_address  # also the officer: alerts land in box's INBOX
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)
    assert daemon.run_once().errors == []  # first successful poll: last_success_at = T0
    clients = [mailbox_user("client") for _ in range(3)]
    _fill(own_dovecot, box, clients)
    own_dovecot.stop()

    # The scheduler ticks every 15 s for 40 minutes while the server is down.
    delays: list[float] = []
    for _tick in range(40 * 4):
        before = daemon.poll_state.failures
        report = daemon.poll_safely()
        if daemon.poll_state.failures > before:
            assert report.errors
            assert daemon.poll_state.next_attempt_at is not None
            delays.append((daemon.poll_state.next_attempt_at - clock()).total_seconds())
        daemon.drain_outbox()
        clock.advance(seconds=15)
    # Exponential backoff, capped: 8 connection attempts in 40 minutes instead of 160.
    assert delays == [30, 60, 120, 240, 480, 600, 600, 600]
    assert daemon.poll_state.attempts == 1 + len(delays)

    # One outage alert, through the outbox, however many polls failed after the threshold.
    with session_scope(daemon.factory) as session:
        alerts = session.scalars(select(OutboxItem).where(OutboxItem.kind == "alert")).all()
        # (no case exists yet, so the only alert is the outage alert)
        assert [(a.status, a.recipients) for a in alerts] == [("sent", [box])]
        report = health.collect(session, cfg, clock(), daemon.poll_state.as_dict())
    assert report.status == "degraded" and report.mailboxes[0].stale
    [alert] = imap_messages(dovecot, box)
    assert b"STORING" in alert and b"Auto-Submitted: auto-generated" in alert
    for who in clients:  # no mail content in the alert
        assert who.encode() not in alert

    # Back up: everything delivered during the outage is registered, one recovery alert.
    own_dovecot.restart()
    clock.advance(seconds=601)
    daemon.run_once()
    _assert_all_processed_once(daemon, own_dovecot, dovecot, box, clients)
    for _ in range(3):
        clock.advance(minutes=5)
        daemon.run_once()
    # (the officer may also get case alerts, e.g. safeguarding: only the IMAP ones count here)
    alerts_in = [m for m in imap_messages(dovecot, box)
                 if email.message_from_bytes(m)["X-Mailbot"].startswith("alert-imap")]
    assert len(alerts_in) == 2 and b"HERSTELD" in alerts_in[1]
    with session_scope(daemon.factory) as session:
        assert health.collect(session, cfg, clock()).status == "healthy"
        kinds = session.scalars(select(Event.kind).where(Event.kind.like("imap_%"))).all()
        assert kinds == ["imap_outage", "imap_recovered"]
    daemon.close()


def test_outage_alert_once_across_daemon_restarts(
    dovecot: Dovecot, own_dovecot: Dovecot, make_config: MakeConfig,
) -> None:
    """The alert's dedupe key names the outage, so a restarted daemon does not alert again."""
    cfg = make_config(imap={"port": own_dovecot.imap_port, "timeout_seconds": 3,
                            "outage_alert_minutes": 1})
    clock = FakeClock()
    first = Daemon(cfg, clock=clock)
    first.run_once()
    own_dovecot.stop()
    clock.advance(minutes=2)
    first.run_once()
    first.close()
    second = Daemon(cfg, clock=clock)
    clock.advance(minutes=2)
    second.run_once()
    with session_scope(second.factory) as session:
        assert session.scalar(select(func.count(OutboxItem.id))
                              .where(OutboxItem.kind == "alert")) == 1
    own_dovecot.restart()
    second.run_once()
    second.run_once()
    with session_scope(second.factory) as session:
        assert session.scalar(select(func.count(OutboxItem.id))
                              .where(OutboxItem.kind == "alert")) == 2
    second.close()


@pytest.mark.parametrize("fault", ["restart", "stop"])
def test_server_lost_in_the_middle_of_a_fetch(
    dovecot: Dovecot, own_dovecot: Dovecot, make_config: MakeConfig,
    mailbox_user: Callable[..., str], proxy_factory: Callable[..., TcpProxy], fault: str,
) -> None:
    """fetch_batch=1: the server goes away after the 3rd message is committed, before its move.

    Dovecot lets an authenticated session outlive a master restart, so the connection runs
    through a proxy that drops it, as a server or network restart does.
    """
    proxy = proxy_factory((own_dovecot.host, own_dovecot.imap_port))
    cfg = make_config(imap={"port": proxy.port, "fetch_batch": 1, "timeout_seconds": 3})
    box = cfg.organisation.mailbox_address
    clients = [mailbox_user("client") for _ in range(6)]
    _fill(own_dovecot, box, clients)
    committed: list[int] = []

    def after_commit(raw: RawMail) -> None:
        committed.append(raw.uid or 0)
        if len(committed) == 3:
            proxy.set_mode("refuse")  # every open connection is cut
            if fault == "restart":
                own_dovecot.restart()
                proxy.set_mode("forward")
            else:
                own_dovecot.stop()

    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock, hooks=Hooks(after_commit=after_commit))
    report = daemon.run_once()  # never raises
    assert report.errors and report.outcomes == {"registered": 3}
    assert daemon.poll_state.failures == 1
    if fault == "stop":
        clock.advance(seconds=31)
        assert daemon.run_once().errors  # still down: a second failure, nothing lost
        own_dovecot.restart()
        proxy.set_mode("forward")
    clock.advance(seconds=120)
    report = daemon.run_once()
    assert report.outcomes == {"duplicate": 1, "registered": 3}, report.summary()
    _assert_all_processed_once(daemon, own_dovecot, dovecot, box, clients)
    daemon.close()


def test_login_refused_then_accepted(
    dovecot: Dovecot, own_dovecot: Dovecot, make_config: MakeConfig,
    mailbox_user: Callable[..., str],
) -> None:
    cfg = make_config(imap={"port": own_dovecot.imap_port})
    box = cfg.organisation.mailbox_address
    clients = [mailbox_user("client") for _ in range(2)]
    _fill(own_dovecot, box, clients)
    own_dovecot.password = "rotated-by-it"  # the server's password changed under us
    own_dovecot.restart()
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)
    for _ in range(3):
        report = daemon.run_once()
        assert any("login refused" in e for e in report.errors)
        clock.advance(minutes=1)
    assert daemon.poll_state.failures == 3
    own_dovecot.password = "secret"  # the officer put the right password back
    own_dovecot.restart()
    assert daemon.run_once().outcomes == {"registered": 2}
    assert daemon.poll_state.failures == 0
    _assert_all_processed_once(daemon, own_dovecot, dovecot, box, clients)
    daemon.close()


def test_watched_folder_missing_then_created(
    dovecot: Dovecot, own_dovecot: Dovecot, make_config: MakeConfig,
    mailbox_user: Callable[..., str],
) -> None:
    cfg = make_config(imap={"port": own_dovecot.imap_port, "inbox": "Klachten"})
    box = cfg.organisation.mailbox_address
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)
    report = daemon.run_once()
    assert any("does not exist" in e for e in report.errors)
    clock.advance(minutes=1)
    daemon.poll_safely()  # the scheduler's path: still no exception
    client = mailbox_user("client")
    with IMAPClient(own_dovecot.host, port=own_dovecot.imap_port, ssl=False) as imap:
        imap.login(box, own_dovecot.password)
        imap.create_folder("Klachten")
        imap.append("Klachten", mails.complaint(client, box, *COMPLAINTS_NL[0]))
    clock.advance(minutes=2)
    assert daemon.run_once().outcomes == {"registered": 1}
    assert imap_messages(own_dovecot, box, "Klachten") == []
    assert len(imap_messages(dovecot, client)) == 1
    daemon.close()


def test_hanging_connection_times_out_and_recovers(
    dovecot: Dovecot, own_dovecot: Dovecot, make_config: MakeConfig,
    mailbox_user: Callable[..., str], proxy_factory: Callable[..., TcpProxy],
) -> None:
    """A server that accepts and never answers: the configured timeout ends every attempt."""
    proxy = proxy_factory((own_dovecot.host, own_dovecot.imap_port), mode="hang")
    cfg = make_config(imap={"port": proxy.port, "timeout_seconds": 0.5})
    box = cfg.organisation.mailbox_address
    clients = [mailbox_user("client") for _ in range(2)]
    _fill(own_dovecot, box, clients)
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)
    for _ in range(3):
        report = daemon.run_once()
        assert report.errors and not report.outcomes
        clock.advance(minutes=5)
    assert proxy.accepted >= 3 and daemon.poll_state.failures == 3
    proxy.set_mode("forward")
    assert daemon.run_once().outcomes == {"registered": 2}
    _assert_all_processed_once(daemon, own_dovecot, dovecot, box, clients)
    daemon.close()


def test_health_command_and_file(
    own_dovecot: Dovecot, smtp_relay: SmtpRelay, db_url: str, tmp_path: Path,
    mailbox_user: Callable[..., str], capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.kill_harness import write_config

    box = mailbox_user("klachten")
    cfg_path = tmp_path / "mailbot.toml"
    env = write_config(cfg_path, imap_port=own_dovecot.imap_port, smtp_port=smtp_relay.port,
                       mailbox=box, db_url=db_url, password=own_dovecot.password,
                       extra={"health": {"file": "health.json"}})
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        assert cli.main(["health", "--config", str(cfg_path), "--json"]) == 1  # never polled
        out = json.loads(capsys.readouterr().out)
        assert out["status"] == "degraded" and out["mailboxes"] == []
        assert cli.main(["run", "--once", "--config", str(cfg_path)]) == 0
        capsys.readouterr()
        assert cli.main(["health", "--config", str(cfg_path), "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["status"] == "healthy" and out["mailboxes"][0]["last_success_at"]
        assert out["outbox"] == {} and out["quarantined"] == 0
        assert cli.main(["health", "--config", str(cfg_path)]) == 0
        assert "status: healthy" in capsys.readouterr().out

        # The file `mailbot run` writes after every poll (here: the scheduler's poll job).
        from mailbot import config as config_mod
        from mailbot.scheduler import poll_and_report

        daemon = Daemon(config_mod.load(cfg_path))
        own_dovecot.stop()
        poll_and_report(daemon)
        written = json.loads((tmp_path / "health.json").read_text())
        assert written["poll"]["consecutive_failures"] == 1
        assert written["poll"]["last_error"]
        daemon.close()


def test_refused_sent_copy_is_skipped_then_given_up_without_blocking_others(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
) -> None:
    """An APPEND the server refuses (NO) does not hold back later Sent copies; after
    SENT_COPY_ATTEMPTS refusals it is given up with a ``sent_copy_failed`` event."""
    from mailbot.daemon import SENT_COPY_ATTEMPTS

    cfg = make_config()
    box = cfg.organisation.mailbox_address
    clients = [mailbox_user("client") for _ in range(3)]
    _fill(dovecot, box, clients)
    daemon = Daemon(cfg, clock=FakeClock())
    daemon.run_once()
    sent_before = len(imap_messages(dovecot, box, "Sent"))
    with session_scope(daemon.factory) as session:
        items = session.scalars(select(OutboxItem).order_by(OutboxItem.id)).all()
        assert len(items) == sent_before >= 3  # acknowledgements (and any alert): all copied
        for item in items:
            item.copied_to_sent = False
        # Dovecot answers "NO Can't save a zero byte message": a real per-message refusal
        items[0].raw = b""
        refused_id = items[0].id
    later = len(items) - 1
    assert daemon.copy_to_sent() == later  # the first is refused, the ones after it still go
    assert len(imap_messages(dovecot, box, "Sent")) == sent_before + later
    for _ in range(SENT_COPY_ATTEMPTS - 1):
        assert daemon.copy_to_sent() == 0
    assert daemon.copy_to_sent() == 0  # given up: not tried again, no second event
    with session_scope(daemon.factory) as session:
        refused = session.get(OutboxItem, refused_id)
        assert refused is not None
        assert refused.sent_copy_attempts == SENT_COPY_ATTEMPTS
        assert not refused.copied_to_sent
        events = session.scalars(select(Event).where(Event.kind == "sent_copy_failed")).all()
        assert len(events) == 1
        assert events[0].detail["outbox_id"] == refused_id
        assert "zero byte" in events[0].detail["error"]
        # the officer sees it in the next digest
        since = events[0].at - timedelta(hours=1)
        problems = digest.gather(session, cfg, since.date(), since).dead_mail
        assert [p.detail.split(":")[0] for p in problems] == [
            "bezorgd, maar geen kopie in Verzonden"]
    daemon.close()

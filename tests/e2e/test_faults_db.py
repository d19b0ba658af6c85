"""Database faults (issue 5): locked, briefly unreachable, disk full while storing.

In each case the message stays in INBOX (it is moved only after a commit, DESIGN §5 rule 1),
the daemon does not crash, no attempt is counted toward quarantine (a TransientError is the
database's fault, not the message's), and the mail is processed once the database is back.
"""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.devservers import Dovecot, imap_messages
from mailbot.models import Case, IntakeFailure
from tests import mails
from tests.e2e.conftest import MakeConfig
from tests.e2e.test_faults_imap import FakeClock, TcpProxy
from tests.e2e.test_faults_smtp import PLAIN


def _deliver(dovecot: Dovecot, box: str, clients: list[str], attachment: bytes = b"") -> None:
    for n, who in enumerate(clients):
        extra = ("bijlage.bin", attachment, "application/octet-stream") if attachment else None
        dovecot.deliver(box, mails.complaint(who, box, *PLAIN[n % len(PLAIN)],
                                             attachment=extra))


def _fails_and_keeps(daemon: Daemon, dovecot: Dovecot, box: str, n: int, rounds: int,
                     clock: FakeClock) -> None:
    """``rounds`` cycles (more than max_attempts) that fail on the database, losing nothing."""
    for _ in range(rounds):
        report = daemon.run_once()
        assert report.errors and report.failed == 0 and not report.outcomes, report.summary()
        assert len(imap_messages(dovecot, box)) == n
        clock.advance(minutes=5)


def _processed(daemon: Daemon, dovecot: Dovecot, box: str, clients: list[str]) -> None:
    report = daemon.run_once()
    assert report.outcomes == {"registered": len(clients)}, report.summary()
    assert imap_messages(dovecot, box) == []
    with session_scope(daemon.factory) as session:
        assert session.scalar(select(func.count(Case.id))) == len(clients)
        assert session.scalar(select(func.count(IntakeFailure.id))) == 0  # nothing counted
    for who in clients:
        assert len(imap_messages(dovecot, who)) == 1


def test_sqlite_locked_by_another_writer(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str], db_url: str,
) -> None:
    cfg = make_config(database={"busy_timeout_ms": 200})
    box = cfg.organisation.mailbox_address
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)
    daemon.run_once()
    clients = [mailbox_user("client") for _ in range(2)]
    _deliver(dovecot, box, clients)
    holder = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    holder.execute("UPDATE case_counter SET last = last")
    try:
        _fails_and_keeps(daemon, dovecot, box, 2, cfg.intake.max_attempts + 2, clock)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _processed(daemon, dovecot, box, clients)
    daemon.close()


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_postgresql_briefly_unreachable(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str], db_url: str,
) -> None:
    """The daemon reaches PostgreSQL through a proxy that then refuses connections (and cuts
    the pooled ones), as a database restart or a network outage does."""
    proxy = TcpProxy(("127.0.0.1", 5432))
    try:
        url = db_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
        cfg = make_config(database={"url": url})
        box = cfg.organisation.mailbox_address
        clock = FakeClock()
        daemon = Daemon(cfg, clock=clock)
        daemon.run_once()
        clients = [mailbox_user("client") for _ in range(2)]
        _deliver(dovecot, box, clients)
        proxy.set_mode("refuse")
        _fails_and_keeps(daemon, dovecot, box, 2, cfg.intake.max_attempts + 1, clock)
        proxy.set_mode("forward")
        _processed(daemon, dovecot, box, clients)
        daemon.close()
    finally:
        proxy.close()


def test_sqlite_full_max_page_count(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
) -> None:
    """The database may not grow (SQLITE_FULL, as on a full disk) while a mail is stored."""
    cfg = make_config()
    box = cfg.organisation.mailbox_address
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)
    daemon.run_once()
    clients = [mailbox_user("client") for _ in range(2)]
    _deliver(dovecot, box, clients, attachment=b"x" * 200_000)

    def no_growth(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    event.listen(daemon.engine, "connect", no_growth)
    daemon.engine.dispose()
    _fails_and_keeps(daemon, dovecot, box, 2, cfg.intake.max_attempts + 1, clock)
    event.remove(daemon.engine, "connect", no_growth)
    daemon.engine.dispose()  # space is back
    _processed(daemon, dovecot, box, clients)
    daemon.close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (needs root / CAP_SYS_ADMIN; skipped otherwise)."""
    mount = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_real_disk_full_while_storing(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str],
    tiny_disk: Path,
) -> None:
    """The SQLite file lives on a tiny tmpfs that a filler file then fills up (ENOSPC)."""
    cfg = make_config(database={"url": f"sqlite:///{tiny_disk / 'mailbot.db'}"})
    box = cfg.organisation.mailbox_address
    clock = FakeClock()
    daemon = Daemon(cfg, clock=clock)
    daemon.run_once()
    clients = [mailbox_user("client") for _ in range(2)]
    _deliver(dovecot, box, clients, attachment=b"y" * 300_000)
    filler = tiny_disk / "filler"
    with filler.open("wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    _fails_and_keeps(daemon, dovecot, box, 2, cfg.intake.max_attempts + 1, clock)
    filler.unlink()  # space is back
    _processed(daemon, dovecot, box, clients)
    daemon.close()

"""APScheduler wiring only: which daemon method runs how often.

The scheduler holds no state that matters (DESIGN §2): deadlines and mail are rows in the
database, so a restart loses nothing. Each job runs at most once at a time and catches every
error, so one failing job never stops the others or the process.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType

from apscheduler.schedulers.blocking import BlockingScheduler

from mailbot import health
from mailbot.daemon import CycleReport, Daemon
from mailbot.db import session_scope
from mailbot.errors import TransientError

log = logging.getLogger(__name__)


def _guarded(name: str, job: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            job()
        except TransientError as exc:
            log.warning("%s: %s", name, exc)
        except Exception:
            log.exception("%s failed", name)

    return run


def build(daemon: Daemon) -> BlockingScheduler:
    """A scheduler with the poll, outbox and sweep jobs; each also runs once at start."""
    sched = BlockingScheduler(timezone="Europe/Amsterdam")
    every = daemon.config.schedule
    jobs: list[tuple[str, Callable[[], object], float]] = [
        # poll_safely: backoff after failures, outage alerts (issue 5); then the health file
        ("poll", lambda: _poll_then_wake_outbox(daemon, sched), every.poll_seconds),
        ("outbox", daemon.drain_outbox, every.outbox_seconds),
        ("sweep", daemon.sweep, every.sweep_seconds),
    ]
    for name, job, seconds in jobs:
        sched.add_job(
            _guarded(name, job), "interval", seconds=seconds, id=name, max_instances=1,
            coalesce=True, next_run_time=datetime.now(UTC),  # first run right away
        )
    return sched


def _poll_then_wake_outbox(daemon: Daemon, sched: BlockingScheduler) -> None:
    """Poll; when that registered new mail, run the outbox job now rather than at its next
    tick, so a client's acknowledgement leaves within seconds of the poll that found it."""
    report = poll_and_report(daemon)
    if report.outcomes.get("registered") or report.outcomes.get("threaded"):
        job = sched.get_job("outbox")
        if job is not None:
            job.modify(next_run_time=datetime.now(UTC))


def poll_and_report(daemon: Daemon) -> CycleReport:
    """One poll tick (skipped while backing off), then ``[health] file`` if configured."""
    cycle = daemon.poll_safely()
    path = health.file_path(daemon.config)
    if path is None:
        return cycle
    try:
        with session_scope(daemon.factory) as session:
            report = health.collect(session, daemon.config, daemon.clock(),
                                    daemon.poll_state.as_dict())
    except TransientError as exc:  # database down: say so in the file instead
        report = health.Health(
            checked_at=daemon.clock().isoformat(), status="degraded",
            reasons=[f"database: {exc}"], mailboxes=[], outbox={},
            oldest_pending_minutes=None, quarantined=0, poll=daemon.poll_state.as_dict(),
        )
    if daemon.poll_state.failures and daemon.poll_state.outage_alerted:
        report.status = "degraded"
        report.reasons.append("IMAP outage alert sent")
    try:
        health.write_file(path, report)
    except OSError as exc:
        log.warning("health file %s not written: %s", path, exc.strerror)
    return cycle


def run_forever(daemon: Daemon) -> None:
    """Run until SIGTERM or SIGINT; running jobs finish before the process exits."""
    sched = build(daemon)

    def stop(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %s: shutting down", signum)
        sched.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("mailbot running")
    sched.start()
    daemon.close()

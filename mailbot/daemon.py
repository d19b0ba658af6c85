"""Composition root: wires config, database, mailbox, pipeline and outbox together.

``Daemon.run_once()`` is one full cycle (poll, send, copy to Sent, sweep) for cron and tests;
``mailbot run`` calls the same methods from the scheduler. One bad message never stops the
loop (DESIGN §5 rule 2): it is retried up to ``max_attempts`` times, then moved to the
quarantine folder and recorded where the officer sees it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot import health, ingest, oauth, outbox, service
from mailbot.config import Config
from mailbot.db import make_engine, migrate, session_factory, session_scope
from mailbot.domain import RawMail
from mailbot.errors import ConfigError, MailbotError, PermanentError, TransientError
from mailbot.mailbox import Mailbox
from mailbot.models import Event, MailboxState, OutboxItem
from mailbot.service import Classifier, IntakeResult

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

#: Refused APPENDs of one sent mail before its Sent copy is given up (with an event): the mail
#: itself was delivered; only the officer's copy is missing, and one refused message must not
#: hold back the copies of all later ones.
SENT_COPY_ATTEMPTS = 5


@dataclass(frozen=True)
class Hooks:
    """Injection points at the crash boundaries of DESIGN §3 (used by the crash tests).

    ``after_commit(raw)`` runs after a message's transaction committed and before it is moved;
    ``after_send(outbox_id)`` after the SMTP server accepted a mail and before it is recorded.
    """

    after_commit: Callable[[RawMail], None] | None = None
    after_send: outbox.AfterSendHook | None = None


@dataclass
class CycleReport:
    """Counts of one cycle, by outcome."""

    outcomes: dict[str, int] = field(default_factory=dict)
    failed: int = 0
    quarantined: int = 0
    moved: int = 0
    sent: int = 0
    retried: int = 0
    dead: int = 0
    copied: int = 0
    errors: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def summary(self) -> str:
        parts = [f"{k}={v}" for k, v in sorted(self.outcomes.items())]
        parts += [f"failed={self.failed}", f"quarantined={self.quarantined}",
                  f"moved={self.moved}", f"sent={self.sent}", f"retried={self.retried}",
                  f"dead={self.dead}"]
        return " ".join(parts)


@dataclass
class PollState:
    """The poll loop's in-memory fault state (issue 5); the durable part is
    ``MailboxState.last_success_at``. ``next_attempt_at`` is the end of the current backoff."""

    started_at: datetime
    attempts: int = 0
    failures: int = 0
    next_attempt_at: datetime | None = None
    last_error: str = ""
    outage_alerted: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "consecutive_failures": self.failures,
            "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None,
            "last_error": self.last_error,
            "outage_alerted": self.outage_alerted,
        }


def _default_classifier() -> Classifier:
    from mailbot.classify import classify  # loads the spaCy pipeline once, lazily

    return classify


class Daemon:
    """The daemon's state: config, database, clock and the injected stages."""

    def __init__(
        self,
        config: Config,
        *,
        clock: Clock = service.utcnow,
        classifier: Classifier | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        self.config = config
        self.clock = clock
        self._classifier = classifier
        self.hooks = hooks or Hooks()
        self.poll_state = PollState(started_at=clock())
        self.engine = make_engine(config.database.url, config.database.busy_timeout_ms)
        migrate(self.engine)
        self.factory: sessionmaker[Session] = session_factory(self.engine)
        # XOAUTH2 access tokens (auth = "xoauth2"), cached across connections; None: password.
        self.imap_tokens = oauth.token_source(config.imap)
        self.smtp_tokens = oauth.token_source(config.smtp)
        self.policy = ingest.ScreenPolicy(
            own_addresses=frozenset({config.organisation.mailbox_address}),
            message_id_domain=config.smtp.message_id_domain,
        )

    @property
    def classifier(self) -> Classifier:
        if self._classifier is None:
            self._classifier = _default_classifier()
        return self._classifier

    def close(self) -> None:
        """Release database connections."""
        self.engine.dispose()

    # -- the pipeline for one message ---------------------------------------------------------

    def process(self, raw: RawMail, *, send_mail: bool = True) -> IntakeResult:
        """parse → screen → register, in one transaction. Raises on failure (caller counts)."""
        parsed = ingest.parse(raw, max_text_chars=200_000)
        screening = ingest.screen(parsed, self.policy)
        with session_scope(self.factory) as session:
            return service.register(
                session, self.config, raw, parsed, screening, self.classifier, self.clock(),
                send_mail=send_mail,
            )

    def _failed(self, raw: RawMail, exc: BaseException, item_key: str, max_attempts: int) -> bool:
        """Count a failure of ``raw``; True when it is now quarantined."""
        error = f"{type(exc).__name__}: {exc}"
        log.warning("intake failed for %s:%s (%s)", raw.source, item_key, type(exc).__name__)
        with session_scope(self.factory) as session:
            failure = service.record_failure(
                session, raw.source, item_key, error, raw.data, max_attempts, self.clock()
            )
            return failure.quarantined

    # -- IMAP ---------------------------------------------------------------------------------

    def poll(self, report: CycleReport | None = None) -> CycleReport:
        """Fetch everything in INBOX, register it, move it out after each commit; then look
        for the officer's own replies in the Sent folder (``[imap] watch_sent``)."""
        report = report or CycleReport()
        imap = self.config.imap
        with Mailbox(imap, self.imap_tokens) as box:
            box.ensure_folders([imap.processed_folder, imap.quarantine_folder]
                               + ([imap.sent_folder] if imap.append_to_sent else []))
            self._poll_inbox(box, report)
            if imap.watch_sent:
                self._scan_sent(box, report)
        return report

    def _poll_inbox(self, box: Mailbox, report: CycleReport) -> None:
        imap = self.config.imap
        folder = box.select(imap.inbox)
        self._check_uidvalidity(box, folder.name, folder.uidvalidity)
        uids = box.uids()
        if not uids:
            self._mark_success(box, folder.name, folder.uidvalidity, 0)
            return
        sizes = box.sizes(uids)
        max_bytes = self.config.intake.max_message_bytes
        for batch in box.fetch(folder, uids, sizes, max_bytes):
            done: list[int] = []
            parked: list[int] = []
            try:
                for raw in batch:
                    assert raw.uid is not None
                    taken = self._take_one(raw, report, f"{raw.uidvalidity}:{raw.uid}")
                    if taken == "committed":
                        done.append(raw.uid)
                    elif taken == "quarantined":
                        parked.append(raw.uid)
            finally:
                # Move only what is committed (DESIGN §5 rule 1), even if a later message
                # in this batch hit a database outage.
                box.move(done, imap.processed_folder)
                box.move(parked, imap.quarantine_folder)
                report.moved += len(done)
                report.quarantined += len(parked)
        self._mark_success(box, folder.name, folder.uidvalidity, uids[-1])

    def _scan_sent(self, box: Mailbox, report: CycleReport) -> None:
        """Record the officer's replies to clients found in the Sent folder (issue 4 §5).

        Only mail newer than the last UID seen is read, and nothing there is moved. On first
        sight of the folder (or after a UIDVALIDITY change) older mail is skipped: it predates
        every case. Our own copies (``X-Mailbot``) and mail about no case are not stored.
        """
        imap = self.config.imap
        if not box.folder_exists(imap.sent_folder):
            return
        folder = box.select(imap.sent_folder)
        key = self._state_key(box, folder.name)
        with session_scope(self.factory) as session:
            state = session.get(MailboxState, key)
            last = (state.last_uid if state is not None
                    and state.uidvalidity == folder.uidvalidity else None)
        uids = box.uids_after(last or 0)
        if last is not None and uids:
            sizes = box.sizes(uids)
            for batch in box.fetch(folder, uids, sizes, self.config.intake.max_message_bytes):
                for raw in batch:
                    if self._record_sent(raw):
                        report.count("officer_reply")
        with session_scope(self.factory) as session:
            state = session.get(MailboxState, key)
            if state is None:
                state = MailboxState(source=key, uidvalidity=folder.uidvalidity, last_uid=0)
                session.add(state)
            if state.uidvalidity != folder.uidvalidity:
                state.uidvalidity, state.last_uid = folder.uidvalidity, 0
            state.last_uid = max(state.last_uid or 0, *uids, 0)
            state.last_success_at = self.clock()

    def _record_sent(self, raw: RawMail) -> bool:
        """One Sent-folder message through parse → screen → officer; True when recorded."""
        parsed = ingest.parse(raw)
        if parsed.header("x-mailbot") is not None:
            return False
        screening = ingest.screen(parsed, self.policy)
        with session_scope(self.factory) as session:
            recorded = service.record_sent_copy(
                session, self.config, raw, parsed, screening, self.clock()
            )
            if not recorded:
                session.rollback()  # about no case: nothing of it is kept
            return recorded

    def _take_one(
        self, raw: RawMail, report: CycleReport, item_key: str
    ) -> Literal["committed", "retry", "quarantined"]:
        """Process one message: ``committed``; or it failed and stays in INBOX for a later
        poll (``retry``) or has reached the attempt limit (``quarantined``, also when it was
        quarantined before but not yet moved). TransientError propagates (database outage)."""
        try:
            result = self.process(raw)
        except TransientError:
            raise
        except Exception as exc:  # one bad message never stops the loop (DESIGN §5 rule 2)
            report.failed += 1
            parked = self._failed(raw, exc, item_key, self.config.intake.max_attempts)
            return "quarantined" if parked else "retry"
        report.count(result.outcome)
        if result.case_ref:
            log.info("message %s: %s %s", raw.uid, result.outcome, result.case_ref)
        if self.hooks.after_commit is not None:
            self.hooks.after_commit(raw)
        return "committed"

    def _state_key(self, box: Mailbox, folder: str) -> str:
        return f"{box.cfg.username}@{box.cfg.host}/{folder}"

    def _check_uidvalidity(self, box: Mailbox, folder: str, uidvalidity: int) -> None:
        """Log a UIDVALIDITY change (RFC 3501 §2.3.1.1); Message-IDs still stop duplicates."""
        key = self._state_key(box, folder)
        with session_scope(self.factory) as session:
            state = session.get(MailboxState, key)
            if state is not None and state.uidvalidity != uidvalidity:
                session.add(Event(at=self.clock(), kind="uidvalidity_changed",
                                  detail={"folder": folder, "old": state.uidvalidity,
                                          "new": uidvalidity}))
                log.warning("UIDVALIDITY of %s changed; relying on Message-IDs", folder)
                state.uidvalidity, state.last_uid = uidvalidity, 0

    def _mark_success(self, box: Mailbox, folder: str, uidvalidity: int, last_uid: int) -> None:
        key = self._state_key(box, folder)
        with session_scope(self.factory) as session:
            state = session.get(MailboxState, key)
            if state is None:
                state = MailboxState(source=key, uidvalidity=uidvalidity, last_uid=0)
                session.add(state)
            state.uidvalidity = uidvalidity
            state.last_uid = max(state.last_uid or 0, last_uid)
            state.last_success_at = self.clock()

    # -- outgoing -----------------------------------------------------------------------------

    def drain_outbox(self, report: CycleReport | None = None) -> CycleReport:
        """Send due mail; then file copies in the Sent folder."""
        report = report or CycleReport()
        result = outbox.drain(self.factory, self.config.smtp, self.config.outbox, self.clock,
                              self.hooks.after_send, self.smtp_tokens)
        report.sent += result.sent
        report.retried += result.retried
        report.dead += result.dead
        if self.config.imap.append_to_sent and not self.imap_backing_off():
            report.copied += self.copy_to_sent()  # not while IMAP is down: no second hammer
        return report

    def copy_to_sent(self) -> int:
        """APPEND sent mail to the Sent folder so the officer sees it in the shared inbox.

        A message the server refuses (NO/BAD) is counted and skipped so later copies go on; after
        ``SENT_COPY_ATTEMPTS`` refusals it is given up with a ``sent_copy_failed`` event. A broken
        connection stops the round (``TransientError``); the next cycle tries again.
        """
        with session_scope(self.factory) as session:
            pending = session.scalars(
                select(OutboxItem).where(OutboxItem.status == "sent",
                                         OutboxItem.copied_to_sent.is_(False),
                                         OutboxItem.sent_copy_attempts < SENT_COPY_ATTEMPTS)
                .order_by(OutboxItem.id).limit(200)
            ).all()
            rows = [(r.id, r.raw, r.sent_at or self.clock()) for r in pending]
        if not rows:
            return 0
        copied = 0
        with Mailbox(self.config.imap, self.imap_tokens) as box:
            box.ensure_folders([self.config.imap.sent_folder])
            for item_id, raw, when in rows:
                try:
                    box.append(self.config.imap.sent_folder, raw, when)
                except PermanentError as exc:
                    self._sent_copy_refused(item_id, str(exc))
                    continue
                with session_scope(self.factory) as session:
                    row = session.get(OutboxItem, item_id)
                    if row is not None:
                        row.copied_to_sent = True
                copied += 1
        return copied

    def _sent_copy_refused(self, item_id: int, error: str) -> None:
        with session_scope(self.factory) as session:
            row = session.get(OutboxItem, item_id)
            if row is None:
                return
            row.sent_copy_attempts += 1
            if row.sent_copy_attempts < SENT_COPY_ATTEMPTS:
                log.warning("outbox %d: Sent copy refused (attempt %d): %s",
                            item_id, row.sent_copy_attempts, error)
                return
            log.error("outbox %d: Sent copy given up after %d refusals: %s",
                      item_id, row.sent_copy_attempts, error)
            session.add(Event(case_id=row.case_id, at=self.clock(), kind="sent_copy_failed",
                              detail={"outbox_id": item_id, "message_id": row.message_id,
                                      "error": error[:500]}))

    # -- IMAP faults (issue 5) ----------------------------------------------------------------

    def imap_source(self) -> str:
        """The ``MailboxState`` key of the watched folder (as ``poll`` writes it)."""
        imap = self.config.imap
        return f"{imap.username}@{imap.host}/{imap.inbox}"

    def imap_backing_off(self) -> bool:
        """True while the poll loop waits after a failure."""
        until = self.poll_state.next_attempt_at
        return until is not None and self.clock() < until

    def poll_safely(
        self, report: CycleReport | None = None, *, respect_backoff: bool = True
    ) -> CycleReport:
        """``poll()`` under the fault policy; never raises for IMAP or database trouble.

        A failed poll (server down or hanging, login refused, folder missing, database locked
        or unreachable) is retried after ``[imap] backoff_initial_seconds``, doubling up to
        ``backoff_max_seconds``; calls within that wait do nothing (``respect_backoff``). Mail
        stays in INBOX meanwhile, so nothing is lost. After ``outage_alert_minutes`` without
        a successful fetch the officers get one alert, and one more on recovery.
        """
        report = report or CycleReport()
        state = self.poll_state
        if respect_backoff and self.imap_backing_off():
            return report
        state.attempts += 1
        try:
            before = self._last_success()
            self.poll(report)
        except (TransientError, ConfigError) as exc:
            self._poll_failed(exc, report)
            return report
        if state.failures:
            log.info("poll: working again after %d failed attempts", state.failures)
        state.failures, state.next_attempt_at, state.last_error = 0, None, ""
        try:
            self._queue_imap_alert("imap_recovered", before)
        except TransientError as exc:  # checked again after the next successful poll
            log.warning("recovery alert not queued: %s", exc)
        return report

    def _last_success(self) -> tuple[bool, datetime | None]:
        """(state row exists, last_success_at) of the watched folder."""
        with session_scope(self.factory) as session:
            state = session.get(MailboxState, self.imap_source())
            return state is not None, state.last_success_at if state else None

    def _poll_failed(self, exc: MailbotError, report: CycleReport) -> None:
        state = self.poll_state
        imap = self.config.imap
        state.failures += 1
        state.last_error = f"{type(exc).__name__}: {exc}"[:300]
        delay = min(imap.backoff_initial_seconds * 2 ** min(state.failures - 1, 30),
                    imap.backoff_max_seconds)
        state.next_attempt_at = self.clock() + timedelta(seconds=delay)
        report.errors.append(str(exc))
        if state.failures == 1 or state.failures % 10 == 0:  # an outage is logged, not spammed
            log.warning("poll failed (%d in a row, next try in %.0fs): %s",
                        state.failures, delay, exc)
        try:
            known, last = self._last_success()
            started = last or state.started_at
            if self.clock() - started >= timedelta(minutes=imap.outage_alert_minutes):
                self._queue_imap_alert("imap_outage", (known, last))
        except TransientError as db_exc:  # the database is down too: try at the next failure
            log.warning("outage alert not queued: %s", db_exc)

    def _queue_imap_alert(
        self, kind: health.AlertKind, last: tuple[bool, datetime | None]
    ) -> None:
        """Queue the outage alert (or, after one, the recovery alert) once per outage."""
        _known, since = last
        token = since.isoformat() if since else "never"
        source = self.imap_source()
        now = self.clock()
        with session_scope(self.factory) as session:
            if kind == "imap_recovered":
                outage_key = health.imap_alert_key("imap_outage", source, token)
                if session.scalar(select(OutboxItem.id).where(
                        OutboxItem.dedupe_key == outage_key)) is None:
                    self.poll_state.outage_alerted = False
                    return  # no outage was announced: nothing to recover from
            rendered = health.render_imap_alert(
                self.config, kind, source=source, since=since, now=now,
                failures=self.poll_state.failures, last_error=self.poll_state.last_error,
            )
            key = health.imap_alert_key(kind, source, token)
            if service.enqueue(session, self.config, key, "alert", None, rendered, now):
                session.add(Event(at=now, kind=kind, detail={
                    "source": source, "since": since.isoformat() if since else None}))
                log.warning("%s alert queued for %s", kind, source)
            self.poll_state.outage_alerted = kind == "imap_outage"

    # -- one cycle ----------------------------------------------------------------------------

    def run_once(self) -> CycleReport:
        """Poll, sweep due notices, send, copy. Server trouble is reported, never raised.

        Each call polls (no backoff: cron spaces the calls); outage alerts still apply. The
        sweep runs before the drain so that a notice that fell due goes out in the same cycle.
        """
        report = CycleReport()
        self.poll_safely(report, respect_backoff=False)
        try:
            self.sweep()
        except TransientError as exc:
            report.errors.append(str(exc))
            log.warning("sweep: %s", exc)
        try:
            self.drain_outbox(report)
        except TransientError as exc:
            report.errors.append(str(exc))
            log.warning("outbox: %s", exc)
        return report

    # -- files --------------------------------------------------------------------------------

    def import_messages(
        self, messages: Iterable[tuple[str, bytes]], *, send_mail: bool = True,
        progress: Callable[[int], None] | None = None,
    ) -> CycleReport:
        """Run (label, bytes) pairs through the same pipeline; failures are quarantined at once."""
        report = CycleReport()
        for n, (_label, data) in enumerate(messages, 1):
            raw = RawMail(data=data, source="import")
            try:
                result = self.process(raw, send_mail=send_mail)
            except TransientError:
                raise
            except Exception as exc:
                report.failed += 1
                if self._failed(raw, exc, hashlib.sha256(data).hexdigest(), 1):
                    report.count("quarantined")
            else:
                report.count(result.outcome)
            if progress is not None:
                progress(n)
        return report

    # -- deadlines ----------------------------------------------------------------------------

    def sweep(self) -> int:
        """Fire due notices (one transaction each, ``notices.sweep``) and queue the day's digest
        when it is due (``digest.queue_digest``); returns how many notices were fired.

        Idempotent: a second sweep, a restarted daemon or a second instance fires nothing twice
        (conditional UPDATE on the notice row, unique outbox ``dedupe_key``, one digest row per
        day).
        """
        from sqlalchemy.exc import IntegrityError

        from mailbot import digest, notices

        now = self.clock()
        report = notices.sweep(self.factory, self.config, now)
        try:
            with session_scope(self.factory) as session:
                digest.queue_digest(session, self.config, now)
        except IntegrityError:  # another instance decided today's digest first
            log.info("digest of today already decided by another instance")
        return len(report.fired)

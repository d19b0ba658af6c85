"""Health of the daemon (issue 5): what monitoring and the officer need to trust the bot.

Two parts, both free of mail content (DOMAIN §6: references, states and timings only):

* :func:`collect` reads the durable state (``MailboxState.last_success_at`` per watched folder,
  the outbox by status, quarantined intake) into a :class:`Health` report; ``mailbot health``
  prints it and ``mailbot run`` writes it to ``[health] file`` after every poll, adding the
  in-memory view of the poll loop (consecutive failures, next attempt, last error).
* :func:`render_imap_alert` renders the officer alert queued after ``[imap]
  outage_alert_minutes`` without a successful fetch, and the one queued on recovery. They are
  outbox rows with deterministic ``dedupe_key`` s (:func:`imap_alert_key`), so an outage is
  announced once however often the daemon polls or restarts (DESIGN §5 rule 9).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailbot.config import Config
from mailbot.models import IntakeFailure, MailboxState, OutboxItem
from mailbot.reply import Rendered, clean_header_text, new_message_id, render_text

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
AlertKind = Literal["imap_outage", "imap_recovered"]


@dataclass(frozen=True)
class MailboxHealth:
    """One watched folder: when it was last fetched successfully."""

    source: str
    last_success_at: str | None
    minutes_since_success: float | None
    stale: bool


@dataclass
class Health:
    """The health report; ``status`` is ``healthy`` or ``degraded`` with ``reasons``."""

    checked_at: str
    status: str
    reasons: list[str]
    mailboxes: list[MailboxHealth]
    outbox: dict[str, int]
    oldest_pending_minutes: float | None
    quarantined: int
    poll: dict[str, Any] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        """True when nothing needs attention."""
        return self.status == "healthy"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    def as_text(self) -> str:
        """Human-readable form for ``mailbot health``."""
        lines = [f"status: {self.status}" + (f" ({'; '.join(self.reasons)})" if self.reasons
                                               else "")]
        for box in self.mailboxes:
            age = ("never" if box.minutes_since_success is None
                   else f"{box.minutes_since_success:.1f} min ago")
            lines.append(f"imap {box.source}: last successful poll {box.last_success_at or '-'}"
                         f" ({age}){' STALE' if box.stale else ''}")
        if not self.mailboxes:
            lines.append("imap: never polled successfully")
        counts = ", ".join(f"{k}={v}" for k, v in sorted(self.outbox.items())) or "empty"
        lines.append(f"outbox: {counts}")
        if self.oldest_pending_minutes is not None:
            lines.append(f"oldest pending mail: {self.oldest_pending_minutes:.1f} min")
        lines.append(f"quarantined: {self.quarantined}")
        if self.poll:
            lines.append("poll loop: " + ", ".join(f"{k}={v}" for k, v in self.poll.items()))
        return "\n".join(lines)


def collect(
    session: Session, config: Config, now: datetime, poll: dict[str, Any] | None = None
) -> Health:
    """Read the durable health state; ``poll`` adds the running daemon's in-memory view.

    Degraded when a watched folder has had no successful poll for ``[imap]
    outage_alert_minutes`` (or never), or the oldest pending outgoing mail is older than
    ``[health] outbox_max_age_minutes``.
    """
    reasons: list[str] = []
    stale_after = timedelta(minutes=config.imap.outage_alert_minutes)
    boxes: list[MailboxHealth] = []
    for state in session.scalars(select(MailboxState).order_by(MailboxState.source)):
        last = state.last_success_at
        stale = last is None or now - last >= stale_after
        boxes.append(MailboxHealth(
            source=state.source,
            last_success_at=last.isoformat() if last else None,
            minutes_since_success=round((now - last).total_seconds() / 60, 1) if last else None,
            stale=stale,
        ))
        if stale:
            reasons.append(f"no successful poll of {state.source} for "
                           f"{config.imap.outage_alert_minutes:g} min")
    if not boxes:
        reasons.append("the mailbox was never polled successfully")
    outbox: dict[str, int] = {}
    for status, count in session.execute(
        select(OutboxItem.status, func.count(OutboxItem.id)).group_by(OutboxItem.status)
    ):
        outbox[str(status)] = int(count)
    oldest = session.scalar(
        select(func.min(OutboxItem.created_at)).where(OutboxItem.status.in_(("pending",
                                                                             "sending")))
    )
    oldest_minutes = None
    if oldest is not None:
        if oldest.tzinfo is None:  # SQLite aggregates bypass the column type
            from datetime import UTC

            oldest = oldest.replace(tzinfo=UTC)
        oldest_minutes = round(max((now - oldest).total_seconds(), 0) / 60, 1)
        if oldest_minutes >= config.health.outbox_max_age_minutes:
            reasons.append(f"outgoing mail waiting for {oldest_minutes:.0f} min")
    quarantined = session.scalar(
        select(func.count(IntakeFailure.id)).where(IntakeFailure.quarantined.is_(True))
    ) or 0
    return Health(
        checked_at=now.isoformat(),
        status="degraded" if reasons else "healthy",
        reasons=reasons,
        mailboxes=boxes,
        outbox=outbox,
        oldest_pending_minutes=oldest_minutes,
        quarantined=int(quarantined),
        poll=dict(poll or {}),
    )


def file_path(config: Config) -> Path | None:
    """``[health] file`` resolved against the config file's folder; None when not set."""
    if not config.health.file:
        return None
    path = Path(config.health.file)
    if not path.is_absolute() and config.source_path is not None:
        path = config.source_path.parent / path
    return path


def write_file(path: Path, health: Health) -> None:
    """Write ``health`` as JSON atomically (temp file + rename): readers never see half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".health-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(health.as_dict(), handle, indent=2)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- IMAP outage alerts -----------------------------------------------------------------------


def imap_alert_key(kind: AlertKind, source: str, outage_token: str) -> str:
    """The outbox ``dedupe_key`` of an outage alert; ``outage_token`` names the outage (the
    last success before it, ``never`` when there was none), so each outage alerts once."""
    digest = hashlib.sha256(f"{source}|{outage_token}".encode()).hexdigest()[:24]
    return f"alert:{kind.replace('_', '-')}:{digest}"


def render_imap_alert(
    config: Config, kind: AlertKind, *, source: str, since: datetime | None, now: datetime,
    failures: int, last_error: str,
) -> Rendered:
    """The officer alert about an IMAP outage or its end. No mail content, ever."""
    def local(value: datetime | None) -> str:
        return value.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M") if value else "nooit"

    minutes = int((now - since).total_seconds() // 60) if since else None
    body = render_text(
        f"alert_{kind}.txt", "nl", source=source, since=local(since), now=local(now),
        minutes=minutes, failures=failures, error=clean_header_text(last_error, 300),
        threshold=int(config.imap.outage_alert_minutes),
    )
    recipients = tuple(config.notices.recipients or config.organisation.officer_addresses)
    org = config.organisation
    message_id = new_message_id(f"alert-{kind}", "system", config.smtp.message_id_domain)
    subjects = {
        "imap_outage": "STORING: de klachtenmailbox wordt niet meer gelezen",
        "imap_recovered": "HERSTELD: de klachtenmailbox wordt weer gelezen",
    }
    msg = EmailMessage()
    msg["From"] = formataddr((clean_header_text(org.display_name, 100), org.mailbox_address))
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = subjects[kind]
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: never answered, never a complaint
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Mailbot"] = f"alert-{kind}"
    if kind == "imap_outage":
        msg["Importance"] = "high"
    msg.set_content(body)
    return Rendered(message_id, recipients, msg)

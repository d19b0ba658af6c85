"""Transactional use cases: register a message, thread it, queue outgoing mail. Database only.

Each public function works inside a session the caller opened (``db.session_scope``) and does
no network I/O: outgoing mail becomes an outbox row in the same transaction (DESIGN §5 rule 3),
so a registered case and its acknowledgement are committed together or not at all.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mailbot import deadlines
from mailbot.config import Config
from mailbot.domain import ParsedMail, RawMail, Screening, ScreenKind, Sector, Timeline, Triage
from mailbot.models import Case, CaseCounter, Event, IntakeFailure, Message, OutboxItem
from mailbot.privacy import redact_bsn
from mailbot.reply import (
    AckInput,
    AlertInput,
    Rendered,
    Sender,
    new_message_id,
    render_acknowledgement,
    render_alert,
)

Outcome = Literal[
    "registered", "threaded", "machine", "bounce", "own", "duplicate", "quarantined",
    "duplicate-message-id",  # issue 5: a copy under a reused Message-ID, kept, not answered
    "command", "command_rejected", "officer_reply",  # issue 4 §5: officer mail
]
Classifier = Callable[[ParsedMail], Triage]

REF_PATTERN = re.compile(r"^KL-(\d{4})-(\d{4,})$")


@dataclass(frozen=True)
class IntakeResult:
    """What became of one message (a return value, DESIGN §5 rule 5)."""

    outcome: Outcome
    reason: str
    case_ref: str | None = None
    created: bool = False
    queued: tuple[str, ...] = ()


def sender_of(config: Config) -> Sender:
    """Our identity on outgoing mail."""
    org = config.organisation
    return Sender(
        address=org.mailbox_address,
        display_name=org.display_name,
        organisation=org.name,
        regulation_url=org.regulation_url,
        message_id_domain=config.smtp.message_id_domain,
        phone=org.phone,
    )


def _event(
    session: Session, case: Case | None, kind: str, now: datetime, /, actor: str = "mailbot",
    **detail: Any,
) -> None:
    session.add(Event(case=case, at=now, kind=kind, actor=actor, detail=detail))


def find_duplicate(session: Session, raw: RawMail, parsed: ParsedMail) -> Message | None:
    """The stored message this one repeats: same IMAP key, or same Message-ID."""
    if raw.uid is not None and raw.uidvalidity is not None:
        found = session.scalar(
            select(Message).where(
                Message.source == raw.source,
                Message.uidvalidity == raw.uidvalidity,
                Message.uid == raw.uid,
            )
        )
        if found is not None:
            return found
    return session.scalar(select(Message).where(Message.message_id == parsed.message_id))


def allocate_ref(session: Session, year: int) -> str:
    """Next case reference for ``year``: ``KL-2026-0001`` (at least four digits).

    The counter row is incremented with a single UPDATE, which takes a row lock on PostgreSQL
    and the write lock on SQLite, so concurrent instances never hand out the same number.
    """
    bump = update(CaseCounter).where(CaseCounter.year == year).values(last=CaseCounter.last + 1)
    if session.execute(bump).rowcount == 0:  # type: ignore[attr-defined]
        # The year's first case. Another instance may insert the row at the same moment: the
        # savepoint lets the loser fall back to the UPDATE instead of failing the message.
        try:
            with session.begin_nested():
                session.add(CaseCounter(year=year, last=1))
            return f"KL-{year}-0001"
        except IntegrityError:
            session.execute(bump)
    seq = session.scalar(select(CaseCounter.last).where(CaseCounter.year == year)) or 1
    return f"KL-{year}-{seq:04d}"


def case_sectors(case: Case) -> tuple[Sector, ...]:
    """Known sectors of a case, primary first."""
    found = [Sector(s) for s in (case.sector, case.secondary_sector) if s and s != "onbekend"]
    return tuple(dict.fromkeys(found))


def case_timeline(case: Case, config: Config) -> Timeline:
    """The case's deadlines (DOMAIN §3): receipt date and sectors, a kraamzorg extension when the
    officer granted one, and the organisation's closing days. The one place every letter,
    notice, digest and ``case show`` takes its dates from, so they always agree."""
    sectors = case_sectors(case)
    return deadlines.timeline(
        case.received_date, sectors,
        extended=bool(case.extended) and deadlines.extension_possible(sectors),
        closing_days=config.office.closing_dates,
    )


def enqueue(
    session: Session, config: Config, dedupe_key: str, kind: str, case: Case | None,
    rendered: Rendered, now: datetime,
) -> bool:
    """Queue ``rendered`` unless a row with ``dedupe_key`` exists; True when queued."""
    exists = session.scalar(select(OutboxItem.id).where(OutboxItem.dedupe_key == dedupe_key))
    if exists is not None:
        return False
    session.add(
        OutboxItem(
            dedupe_key=dedupe_key,
            kind=kind,
            case_id=case.id if case is not None else None,
            message_id=rendered.message_id,
            mail_from=config.organisation.mailbox_address,
            recipients=list(rendered.recipients),
            raw=rendered.as_bytes(),
            status="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
    )
    _event(session, case, "mail_queued", now, kind=kind, message_id=rendered.message_id)
    return True


def _find_thread(
    session: Session, parsed: ParsedMail, screening: Screening
) -> tuple[Case | None, str]:
    """The case a reply belongs to: our Message-IDs first, then a reference in the subject.

    A reference in the subject alone threads only when the sender is a party to the case
    (DOMAIN §5), so nobody can attach mail to someone else's case by guessing a number.
    """
    ids = list(dict.fromkeys(screening.thread_ids))
    if ids:
        case_id = session.scalar(
            select(OutboxItem.case_id).where(
                OutboxItem.message_id.in_(ids), OutboxItem.case_id.is_not(None)
            )
        )
        if case_id is None:
            case_id = session.scalar(
                select(Message.case_id).where(
                    Message.message_id.in_(ids), Message.case_id.is_not(None)
                )
            )
        if case_id is not None:
            return session.get(Case, case_id), "message-id"
    for ref in screening.case_refs:
        case = session.scalar(select(Case).where(Case.ref == ref))
        if case is not None and parsed.sender and parsed.sender == case.sender:
            return case, "subject-ref"
    return None, ""


def _auto_replies_today(session: Session, address: str, now: datetime) -> int:
    return session.scalar(
        select(func.count(OutboxItem.id))
        .join(Case, OutboxItem.case_id == Case.id)
        .where(
            OutboxItem.kind == "ack",
            Case.sender == address,
            OutboxItem.created_at >= now - timedelta(hours=24),
        )
    ) or 0


def register(
    session: Session,
    config: Config,
    raw: RawMail,
    parsed: ParsedMail,
    screening: Screening,
    classifier: Classifier,
    now: datetime,
    *,
    send_mail: bool = True,
) -> IntakeResult:
    """Record one inbound message and everything that follows from it, in ``session``.

    Idempotent: a message already stored (same IMAP key or Message-ID) returns
    ``outcome="duplicate"`` and changes nothing. ``send_mail=False`` is the archive mode of
    ``mailbot import --no-ack``: cases are made, nothing is queued.
    """
    existing = find_duplicate(session, raw, parsed)
    if existing is not None:
        ref = existing.case.ref if existing.case is not None else None
        reused = _reused_message_id(session, raw, parsed, existing)
        if reused is None:
            return IntakeResult("duplicate", f"already stored as {existing.outcome}", ref)
        parsed = reused
        if _same_content(existing, parsed):
            # The same mail again with other bytes (delivered twice by different routes, or
            # re-sent): kept for the record under a derived id, never registered or answered.
            message = _store_message(session, config, raw, parsed, now)
            message.case = existing.case
            _record(message, "duplicate-message-id", f"copy of message {existing.id}")
            if existing.case is not None:
                _event(session, existing.case, "duplicate_message", now,
                       message=message.message_id, original=existing.message_id)
            return IntakeResult("duplicate-message-id", f"copy of message {existing.id}", ref)
        # Other content under a reused Message-ID (broken mailers, web forms with a constant
        # id): a different mail that must not be lost; it goes on as new under the derived id.

    message = _store_message(session, config, raw, parsed, now)
    from mailbot import officer  # issue 4 §5: commands and the officer's own replies first

    routed = officer.route_officer_mail(session, config, message, parsed, screening, now)
    if routed is not None:
        return IntakeResult(routed.outcome, routed.reason, routed.case_ref)
    if screening.kind is ScreenKind.OWN:
        return _record(message, "own", screening.reason)
    if screening.kind is ScreenKind.BOUNCE:
        return _register_bounce(session, message, screening, now)
    if screening.kind is ScreenKind.MACHINE:
        return _record(message, "machine", screening.reason)

    case, how = _find_thread(session, parsed, screening)
    if case is not None:
        message.case = case
        case.updated_at = now
        _record(message, "threaded", how)
        _event(session, case, "client_reply", now, message=message.message_id, matched_by=how)
        _note_limits(session, config, message, parsed, case, now)
        return IntakeResult("threaded", how, case.ref)

    return _register_case(session, config, message, parsed, classifier(parsed), now, send_mail)


def _reused_message_id(
    session: Session, raw: RawMail, parsed: ParsedMail, existing: Message
) -> ParsedMail | None:
    """``parsed`` under a derived Message-ID when ``existing`` only shares its Message-ID.

    ``None`` when this is the stored message itself (same IMAP key, same bytes, or the derived
    id is already stored: a re-import). The derived id is deterministic in the bytes
    (``<dup-<sha256>@mailbot.invalid>``), so importing the same file twice stays idempotent.
    """
    if raw.uid is not None and existing.uid == raw.uid and existing.source == raw.source:
        return None
    digest = hashlib.sha256(raw.data).hexdigest()
    if existing.sha256 == digest:
        return None
    derived = f"<dup-{digest[:40]}@mailbot.invalid>"
    if session.scalar(select(Message.id).where(Message.message_id == derived)) is not None:
        return None
    return replace(
        parsed, message_id=derived, message_id_generated=True,
        defects=(*parsed.defects, "message-id-reused"),
    )


def _same_content(existing: Message, parsed: ParsedMail) -> bool:
    """True when ``parsed`` says what ``existing`` said: same sender, subject and text."""
    return (
        existing.sender == parsed.sender
        and existing.subject == redact_bsn(parsed.subject)
        and existing.text == redact_bsn(parsed.text)
    )


#: Raw bytes kept of an oversized message: the header and, in practice, the text part (which
#: mailers put first, RFC 2046 §5.1.3); the attachment bytes beyond are not stored.
OVERSIZED_KEEP_BYTES = 1_000_000


def _note_limits(
    session: Session, config: Config, message: Message, parsed: ParsedMail, case: Case,
    now: datetime,
) -> None:
    """Tell the officer a message broke ``intake.max_message_bytes`` or ``max_attachments``:
    flag ``oversized`` on the case (shown by ``cases``/``case show``) and an ``oversized``
    event saying which limit and what was kept."""
    too_many = len(parsed.attachments) > config.intake.max_attachments
    if not message.raw_truncated and not too_many:
        return
    if "oversized" not in case.flags:
        case.flags = [*case.flags, "oversized"]
    _event(
        session, case, "oversized", now, message=message.message_id, size=message.size,
        max_bytes=config.intake.max_message_bytes, stored_bytes=len(message.raw or b""),
        attachments=len(parsed.attachments), max_attachments=config.intake.max_attachments,
    )


def _store_message(
    session: Session, config: Config, raw: RawMail, parsed: ParsedMail, now: datetime
) -> Message:
    # An IMAP fetch of an oversized mail is cut at exactly the limit (mailbox.fetch), so a
    # message *at* the limit counts as oversized; its attachment bytes are not stored.
    limit = config.intake.max_message_bytes
    truncated = len(raw.data) >= limit
    message = Message(
        message_id=parsed.message_id,
        source=raw.source,
        uidvalidity=raw.uidvalidity,
        uid=raw.uid,
        sha256=hashlib.sha256(raw.data).hexdigest(),
        received_at=parsed.received_at,
        sender=parsed.sender,
        subject=redact_bsn(parsed.subject),
        text=redact_bsn(parsed.text),
        outcome="pending",
        reason="",
        size=max(parsed.size, len(raw.data)),
        raw=raw.data[: min(limit, OVERSIZED_KEEP_BYTES)] if truncated else raw.data,
        raw_truncated=truncated,
        attachments=[
            {"filename": a.filename, "content_type": a.content_type, "size": a.size}
            for a in parsed.attachments[: config.intake.max_attachments]
        ],
        defects=list(parsed.defects[:50]),
        created_at=now,
    )
    session.add(message)
    return message


def _record(message: Message, outcome: Outcome, reason: str) -> IntakeResult:
    message.outcome = outcome
    message.reason = reason[:255]
    return IntakeResult(outcome, reason)


def _register_bounce(
    session: Session, message: Message, screening: Screening, now: datetime
) -> IntakeResult:
    """A delivery failure: link it to the case whose mail bounced, so the officer knows."""
    _record(message, "bounce", screening.reason)
    item = None
    if screening.thread_ids:
        item = session.scalar(
            select(OutboxItem).where(OutboxItem.message_id.in_(screening.thread_ids))
        )
    if item is None or item.case_id is None:
        return IntakeResult("bounce", screening.reason)
    case = session.get(Case, item.case_id)
    assert case is not None
    message.case = case
    flag = f"{item.kind}_bounced"
    if flag not in case.flags:
        case.flags = [*case.flags, flag]
    case.updated_at = now
    _event(
        session, case, "mail_bounced", now, kind=item.kind, message_id=item.message_id,
        recipients=list(screening.bounced_recipients)[:10],
    )
    return IntakeResult("bounce", screening.reason, case.ref)


def _triage_record(triage: Triage) -> dict[str, Any]:
    return {
        "confidence": dict(triage.confidence),
        "evidence": {key: list(value) for key, value in triage.evidence.items()},
    }


def _register_case(
    session: Session,
    config: Config,
    message: Message,
    parsed: ParsedMail,
    triage: Triage,
    now: datetime,
    send_mail: bool,
) -> IntakeResult:
    received_at = parsed.received_at
    date_replaced = not deadlines.MIN_YEAR < received_at.year <= now.year + 10
    if date_replaced:
        # No usable date (an imported file without Received/Date gives 1970): the deadlines
        # run from the moment we registered it, and the officer can see why.
        received_at = now
        parsed = replace(parsed, received_at=now)
    received = deadlines.received_date(received_at)
    if triage.safeguarding:
        status = "held"  # DOMAIN §4.1: the routine flow waits for a human decision
    elif triage.is_complaint:
        status = "open"
    else:
        status = "no_complaint"
    case = Case(
        ref=allocate_ref(session, received.year),
        status=status,
        is_complaint=triage.is_complaint,
        received_at=received_at,
        received_date=received,
        sender=parsed.sender,
        sender_name=parsed.sender_name,
        subject=redact_bsn(parsed.subject),
        language=triage.language,
        sector=triage.sector.value,
        secondary_sector=triage.secondary_sector.value if triage.secondary_sector else None,
        safeguarding=triage.safeguarding,
        safeguarding_category=(
            triage.safeguarding_category.value if triage.safeguarding_category else None
        ),
        urgent=triage.urgent,
        triage=_triage_record(triage),
        flags=[],
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    message.case = case
    _record(message, "registered", "complaint" if triage.is_complaint else "not-a-complaint")
    _event(
        session, case, "registered", now, message=message.message_id, status=status,
        sector=case.sector, safeguarding=case.safeguarding, urgent=case.urgent,
    )
    if date_replaced:
        _event(session, case, "received_date_replaced", now, reason="no plausible date")
    _note_limits(session, config, message, parsed, case, now)
    session.flush()
    queued: list[str] = []
    if send_mail:
        queued = _queue_intake_mail(session, config, case, parsed, triage, now)
        from mailbot import notices  # issue 4 §2: the case's notice rows (DOMAIN §3 timeline)

        notices.schedule(session, config, case, now)
    return IntakeResult("registered", message.reason, case.ref, created=True, queued=tuple(queued))


def _queue_intake_mail(
    session: Session, config: Config, case: Case, parsed: ParsedMail, triage: Triage,
    now: datetime,
) -> list[str]:
    """Queue the acknowledgement and any immediate alerts for a new case."""
    queued: list[str] = []
    timeline = case_timeline(case, config)
    sender = sender_of(config)
    domain = config.smtp.message_id_domain

    if triage.safeguarding:
        recipients = config.safeguarding_recipients(triage.sectors)
        evidence = tuple(sorted({triage.safeguarding_category.value}
                                if triage.safeguarding_category else set()))
        alert = AlertInput(
            case.ref, "safeguarding", recipients, triage.sectors,
            case.safeguarding_category, evidence, timeline,
        )
        mid = new_message_id("alert", case.ref, domain)
        if enqueue(session, config, f"alert:{case.ref}:safeguarding", "alert", case,
                   render_alert(alert, sender, mid, now), now):
            queued.append("alert:safeguarding")
    if triage.urgent:
        recipients = tuple(dict.fromkeys(
            [*config.organisation.officer_addresses, *config.safeguarding.kraamzorg_planner]
        ))
        alert = AlertInput(case.ref, "urgent", recipients, triage.sectors, None, (), timeline)
        mid = new_message_id("alert", case.ref, domain)
        if enqueue(session, config, f"alert:{case.ref}:urgent", "alert", case,
                   render_alert(alert, sender, mid, now), now):
            queued.append("alert:urgent")

    # DOMAIN §4.3: a safeguarding signal gets the neutral acknowledgement whether or not the
    # classifier also judged the mail a complaint (a disclosure is often not phrased as one).
    wants_ack = (triage.is_complaint or triage.safeguarding
                 or config.intake.acknowledge_non_complaints)
    if triage.safeguarding and config.safeguarding.acknowledge == "on_release":
        wants_ack = False
        _event(session, case, "ack_held", now, reason="safeguarding: acknowledge on release")
    if not wants_ack or not parsed.sender:
        return queued
    if parsed.sender in config.organisation.officer_addresses:
        _event(session, case, "ack_skipped", now, reason="sender is an officer")
        return queued
    if _auto_replies_today(session, parsed.sender, now) >= config.intake.max_auto_replies_per_day:
        # DOMAIN §5: at most N automatic replies per sender per day (loop and flood guard).
        _event(session, case, "ack_skipped", now, reason="auto-reply limit reached")
        return queued
    ack = AckInput(
        case_ref=case.ref,
        recipient=parsed.reply_to or parsed.sender,
        recipient_name=parsed.sender_name,
        original_subject=redact_bsn(parsed.subject),
        original_message_id=None if parsed.message_id_generated else parsed.message_id,
        original_references=parsed.references,
        language=triage.language,
        sectors=triage.sectors,
        timeline=timeline,
        neutral=triage.safeguarding,
    )
    mid = new_message_id("ack", case.ref, domain)
    if enqueue(session, config, f"ack:{case.ref}", "ack", case,
               render_acknowledgement(ack, sender, mid, now), now):
        queued.append("ack")
    return queued


def record_sent_copy(
    session: Session, config: Config, raw: RawMail, parsed: ParsedMail, screening: Screening,
    now: datetime,
) -> bool:
    """Record a copy from the Sent folder when it is the officer's mail about a case.

    True when stored and linked (``Case.officer_answered_at`` is set when it went to the
    client); False for anything else, which the caller rolls back so nothing of it is kept.
    """
    if find_duplicate(session, raw, parsed) is not None:
        return False
    from mailbot import officer

    message = _store_message(session, config, raw, parsed, now)
    return officer.record_officer_mail(session, config, message, parsed, screening, now) is not None


def record_failure(
    session: Session, source: str, item_key: str, error: str, raw: bytes | None,
    max_attempts: int, now: datetime,
) -> IntakeFailure:
    """Count a failed attempt at one message; mark it quarantined at ``max_attempts``."""
    failure = session.scalar(
        select(IntakeFailure).where(
            IntakeFailure.source == source, IntakeFailure.item_key == item_key
        )
    )
    if failure is None:
        failure = IntakeFailure(source=source, item_key=item_key, attempts=0, updated_at=now)
        session.add(failure)
    failure.attempts += 1
    failure.last_error = error[:2000]
    failure.updated_at = now
    if failure.attempts >= max_attempts and not failure.quarantined:
        failure.quarantined = True
        failure.raw = raw
        _event(session, None, "quarantined", now, source=source, item=item_key, error=error[:200])
    return failure


def utcnow() -> datetime:
    """The real clock (injected everywhere else, DESIGN §5 rule 10)."""
    return datetime.now(UTC)

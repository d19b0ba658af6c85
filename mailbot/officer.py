"""Officer actions (issue 4 §5) as transactional service functions, and the mail route to them.

Every action works inside the caller's session (one transaction), records an :class:`Event`
with the actor (``cli:<user>`` or ``mail:<address>``), re-plans the case's notice rows when a
date moved (:func:`mailbot.notices.schedule`) and queues any letter it implies in the outbox.
A refused action (unknown case, wrong sector, too late) is a return value, never an exception
(DESIGN §5 rule 5), and changes nothing.

Mail route (:func:`route_officer_mail`, called by ``service.register`` before threading):

* a message whose first body line is a command (``commands.parse_command``) is a command: it
  is carried out only when it comes from ``organisation.officer_addresses`` AND our receiving
  server authenticated that address's domain (``commands.authenticated``; switch:
  ``[officer_commands] require_authentication``). Otherwise it is stored with outcome
  ``command_rejected``, reported in the digest, never registered as a complaint and never
  answered.
* other mail from an officer address (or from the mailbox address without our ``X-Mailbot``
  header) that threads onto a case is the officer's own mail about that case; when it is
  addressed to the client it is recorded as "officer answered", which stops client-facing
  automatic notices (``notices.decide``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot import commands, deadlines, notices, service
from mailbot.config import Config
from mailbot.domain import ParsedMail, Screening, ScreenKind, Sector
from mailbot.models import Case, Event, Message, Notice, OutboxItem
from mailbot.privacy import redact_bsn
from mailbot.reply import AckInput, new_message_id, render_acknowledgement

OUTCOMES = commands.OUTCOMES


@dataclass(frozen=True)
class ActionResult:
    """The outcome of one officer action: ``ok`` and a short human-readable ``detail``."""

    ok: bool
    case_ref: str
    detail: str
    queued: tuple[str, ...] = ()


def _find(session: Session, ref: str) -> Case | None:
    return session.scalar(select(Case).where(Case.ref == ref.strip().upper()))


def _event(session: Session, case: Case, event_kind: str, now: datetime, actor: str, /,
           **detail: object) -> None:
    session.add(Event(case=case, at=now, kind=event_kind, actor=actor, detail=detail))
    case.updated_at = now


def _refuse(ref: str, detail: str) -> ActionResult:
    return ActionResult(False, ref.upper(), detail)


def _open_case(session: Session, ref: str) -> Case | ActionResult:
    case = _find(session, ref)
    if case is None:
        return _refuse(ref, "no such case")
    if case.status == "closed":
        return _refuse(ref, "case is closed")
    return case


def close(session: Session, config: Config, ref: str, outcome: str, actor: str,
          now: datetime) -> ActionResult:
    """Close a case with its outcome (gegrond | deels-gegrond | ongegrond | ingetrokken); all
    pending notices are cancelled. A human decision, so a held case may be closed too."""
    if outcome not in OUTCOMES:
        return _refuse(ref, f"outcome must be one of {', '.join(OUTCOMES)}")
    case = _open_case(session, ref)
    if isinstance(case, ActionResult):
        return case
    previous = case.status
    case.status, case.outcome, case.closed_at = "closed", outcome, now
    notices.cancel_pending(session, case, "case closed", now)
    _event(session, case, "closed", now, actor, outcome=outcome, previous_status=previous)
    return ActionResult(True, case.ref, f"closed: {outcome}")


def extend(session: Session, config: Config, ref: str, actor: str, now: datetime,
           reason: str = "") -> ActionResult:
    """Extend the statutory term once by 4 weeks (Wkkgz; kraamzorg only, not kinderopvang)
    and queue the extension letter to the client, which must go out before the six weeks end
    (DOMAIN §2, §3: day 42 counted from the receipt date, local time)."""
    case = _open_case(session, ref)
    if isinstance(case, ActionResult):
        return case
    if not deadlines.extension_possible(service.case_sectors(case)):
        return _refuse(ref, "an extension exists only for kraamzorg (Wkkgz), not for "
                            f"{case.sector}")
    if case.extended:
        return _refuse(ref, "already extended (the Wkkgz allows one extension)")
    today = deadlines.received_date(now)
    last = case.received_date + timedelta(days=deadlines.STATUTORY_DAY)
    if today > last:
        return _refuse(ref, f"too late: the extension letter had to go out by {last}")
    case.extended = True
    notices.schedule(session, config, case, now)
    queued = notices.queue_client_letter(session, config, case, "extension_letter", now, reason)
    session.add(Notice(case_id=case.id, kind="extension_letter", audience="client",
                       due_date=today, due_at=now, status="fired", reason="officer extended",
                       created_at=now, updated_at=now, fired_at=now))
    _event(session, case, "extended", now, actor, reason=reason,
           extended_last_day=str(service.case_timeline(case, config).extended_last_day))
    return ActionResult(True, case.ref, "extended; extension letter queued",
                        ("extension_letter",) if queued else ())


def release(session: Session, config: Config, ref: str, reason: str, actor: str,
            now: datetime) -> ActionResult:
    """End a safeguarding hold (DOMAIN §4.1: a logged human decision, with a reason). The
    held acknowledgement (``acknowledge = "on_release"``) is queued now (neutral template,
    §4.3), and automatic notices resume: a client notice that waited fires at the next sweep."""
    if not reason.strip():
        return _refuse(ref, "a reason is required")
    case = _open_case(session, ref)
    if isinstance(case, ActionResult):
        return case
    if case.status != "held":
        return _refuse(ref, f"case is not held (status {case.status})")
    case.status = "open" if case.is_complaint else "no_complaint"
    case.hold_released_at = now
    _event(session, case, "released", now, actor, reason=reason.strip()[:500])
    queued: tuple[str, ...] = ()
    if _ack_was_held(session, case) and _queue_held_ack(session, config, case, now):
        queued = ("ack",)
        notices.cancel_pending(session, case, "acknowledgement sent", now, ["ack_overdue"])
    notices.schedule(session, config, case, now)
    return ActionResult(True, case.ref, "released", queued)


def _ack_was_held(session: Session, case: Case) -> bool:
    held = session.scalar(
        select(Event.id).where(Event.case_id == case.id, Event.kind == "ack_held").limit(1)
    )
    sent = session.scalar(select(OutboxItem.id).where(OutboxItem.dedupe_key == f"ack:{case.ref}"))
    return held is not None and sent is None


def _queue_held_ack(session: Session, config: Config, case: Case, now: datetime) -> bool:

    _, in_reply_to, refs = notices.client_thread(session, case)
    data = AckInput(
        case_ref=case.ref, recipient=case.sender, recipient_name=case.sender_name,
        original_subject=case.subject, original_message_id=in_reply_to,
        original_references=refs[:-1], language=case.language,
        sectors=service.case_sectors(case), timeline=service.case_timeline(case, config),
        neutral=case.safeguarding,
    )
    mid = new_message_id("ack", case.ref, config.smtp.message_id_domain)
    rendered = render_acknowledgement(data, service.sender_of(config), mid, now)
    return service.enqueue(session, config, f"ack:{case.ref}", "ack", case, rendered, now)


def set_sector(session: Session, config: Config, ref: str, sector: str, actor: str,
               now: datetime) -> ActionResult:
    """Correct the primary sector; the deadlines and notices follow (DOMAIN §2)."""
    try:
        new = Sector(sector.strip().lower())
    except ValueError:
        return _refuse(ref, f"unknown sector {sector!r}")
    case = _open_case(session, ref)
    if isinstance(case, ActionResult):
        return case
    old = case.sector
    secondary = case.secondary_sector if case.secondary_sector != new.value else None
    sectors = tuple(dict.fromkeys(s for s in (new, Sector(secondary) if secondary else None)
                                  if s is not None and s is not Sector.ONBEKEND))
    if case.extended and not deadlines.extension_possible(sectors):
        return _refuse(ref, "the case was extended (Wkkgz); the new sector allows no extension")
    case.sector, case.secondary_sector = new.value, secondary
    notices.schedule(session, config, case, now)
    _event(session, case, "sector_set", now, actor, old=old, new=new.value)
    return ActionResult(True, case.ref, f"sector {old} -> {new.value}")


def set_received(session: Session, config: Config, ref: str, received: date, reason: str,
                 actor: str, now: datetime) -> ActionResult:
    """Set an earlier receipt date (a forwarded complaint), never a later one, with a logged
    reason (DOMAIN §3 R1). All deadlines move with it."""
    if not reason.strip():
        return _refuse(ref, "a reason is required")
    case = _open_case(session, ref)
    if isinstance(case, ActionResult):
        return case
    if received >= case.received_date:
        return _refuse(ref, f"the receipt date can only be set earlier than {case.received_date}")
    old = case.received_date
    case.received_date = received
    notices.schedule(session, config, case, now)
    _event(session, case, "received_set", now, actor, old=str(old), new=str(received),
           reason=reason.strip()[:500])
    return ActionResult(True, case.ref, f"received date {old} -> {received}")


def note(session: Session, config: Config, ref: str, text: str, actor: str,
         now: datetime) -> ActionResult:
    """Add an internal note to the case file (BSN-like numbers redacted, DOMAIN §6)."""
    if not text.strip():
        return _refuse(ref, "an empty note")
    case = _find(session, ref)
    if case is None:
        return _refuse(ref, "no such case")
    _event(session, case, "note", now, actor, text=redact_bsn(text.strip())[:4000])
    return ActionResult(True, case.ref, "note added")


def ack(session: Session, config: Config, ref: str, actor: str, now: datetime) -> ActionResult:
    """Acknowledge the case's alert: the escalation to the backup contacts is cancelled."""
    case = _find(session, ref)
    if case is None:
        return _refuse(ref, "no such case")
    first = case.alert_acked_at is None
    if first:
        case.alert_acked_at = now
    notices.cancel_pending(session, case, "alert acknowledged", now, ["escalation"])
    _event(session, case, "alert_acked", now, actor, first=first)
    return ActionResult(True, case.ref, "alert acknowledged" if first else "already acknowledged")


def suppress(session: Session, config: Config, ref: str, actor: str, now: datetime,
             reason: str = "") -> ActionResult:
    """Suppress the automatic delay notice to the client (the officer handles it)."""
    case = _open_case(session, ref)
    if isinstance(case, ActionResult):
        return case
    row = session.scalar(select(Notice).where(Notice.case_id == case.id,
                                              Notice.kind == "delay_notice"))
    if row is None or row.status != "pending":
        return _refuse(ref, "no pending delay notice")
    row.status, row.reason, row.updated_at = "suppressed", (reason or "by the officer")[:255], now
    _event(session, case, "notice_suppressed", now, actor, kind="delay_notice", reason=reason)
    return ActionResult(True, case.ref, "delay notice suppressed")


# --- the mail route ----------------------------------------------------------------------------

RouteOutcome = Literal["command", "command_rejected", "officer_reply"]


@dataclass(frozen=True)
class Routed:
    """What became of an officer's (or would-be officer's) mail."""

    outcome: RouteOutcome
    reason: str
    case_ref: str | None = None


def _is_officer(config: Config, address: str) -> bool:
    return bool(address) and address in config.organisation.officer_addresses


def _candidate(screening: Screening) -> bool:
    """Human mail, or "our own" only because it is From our mailbox address (not our bot's
    mail, which carries X-Mailbot or our Message-ID domain)."""
    return screening.kind is ScreenKind.CANDIDATE or (
        screening.kind is ScreenKind.OWN and screening.reason == "own:from"
    )


def _authenticated(config: Config, parsed: ParsedMail) -> tuple[bool, str]:
    if not config.officer_commands.require_authentication:
        return True, "authentication not required (config)"
    return commands.authenticated(parsed.header_all("authentication-results"), parsed.sender,
                                  config.officer_commands.trusted_authserv_ids)


def route_officer_mail(
    session: Session, config: Config, message: Message, parsed: ParsedMail,
    screening: Screening, now: datetime,
) -> Routed | None:
    """Handle ``message`` if it is a command or an officer's mail about a case; else ``None``
    (the caller goes on with its usual screening/threading). See the module docstring."""
    if not _candidate(screening):
        return None
    officer = _is_officer(config, parsed.sender)
    if commands.looks_like_command(parsed.text) and (officer or screening.case_refs):
        return _command(session, config, message, parsed, screening, now)
    if not (officer or parsed.sender == config.organisation.mailbox_address):
        return None
    ok, _why = _authenticated(config, parsed)
    if not ok:
        return None
    return record_officer_mail(session, config, message, parsed, screening, now)


def _reject(session: Session, message: Message, reason: str, ref: str | None,
            now: datetime) -> Routed:
    message.outcome, message.reason = "command_rejected", reason[:255]
    # Recorded without touching the case: a rejected command changes nothing (issue 4 §5).
    session.add(Event(case=None, at=now, kind="command_rejected", actor=message.sender,
                      detail={"ref": ref, "reason": reason[:255],
                              "message": message.message_id}))
    return Routed("command_rejected", reason, ref)


def _command(session: Session, config: Config, message: Message, parsed: ParsedMail,
             screening: Screening, now: datetime) -> Routed:
    refs = screening.case_refs
    ref = refs[0] if refs else None
    if not config.officer_commands.enabled:
        return _reject(session, message, "mail commands disabled", ref, now)
    if not _is_officer(config, parsed.sender):
        return _reject(session, message, "sender is not an officer address", ref, now)
    ok, why = _authenticated(config, parsed)
    if not ok:
        return _reject(session, message, f"not authenticated: {why}", ref, now)
    if ref is None or len(refs) > 1:
        return _reject(session, message, "the subject must carry exactly one [KL-...]", ref, now)
    cmd = commands.parse_command(parsed.text)
    if not isinstance(cmd, commands.Command):
        reason = cmd.reason if cmd is not None else "no command"
        return _reject(session, message, reason, ref, now)
    result = execute(session, config, ref, cmd, f"mail:{parsed.sender}", now)
    if not result.ok:
        return _reject(session, message, f"{cmd.name}: {result.detail}", ref, now)
    case = _find(session, ref)
    message.case = case
    message.outcome, message.reason = "command", f"{cmd.name} ({why})"[:255]
    return Routed("command", cmd.name, ref)


def execute(session: Session, config: Config, ref: str, cmd: commands.Command, actor: str,
            now: datetime) -> ActionResult:
    """Carry out a parsed mail command as the matching action."""
    arg = cmd.argument
    if cmd.name == "close":
        return close(session, config, ref, arg, actor, now)
    if cmd.name == "extend":
        return extend(session, config, ref, actor, now, reason=arg)
    if cmd.name == "release":
        return release(session, config, ref, arg, actor, now)
    if cmd.name == "set_sector":
        return set_sector(session, config, ref, arg, actor, now)
    if cmd.name == "note":
        return note(session, config, ref, arg, actor, now)
    if cmd.name == "ack":
        return ack(session, config, ref, actor, now)
    return suppress(session, config, ref, actor, now, reason=arg)


def _thread_case(session: Session, parsed: ParsedMail, screening: Screening) -> Case | None:
    ids = list(dict.fromkeys(screening.thread_ids))
    if ids:
        case_id = session.scalar(select(OutboxItem.case_id).where(
            OutboxItem.message_id.in_(ids), OutboxItem.case_id.is_not(None)))
        if case_id is None:
            case_id = session.scalar(select(Message.case_id).where(
                Message.message_id.in_(ids), Message.case_id.is_not(None)))
        if case_id is not None:
            return session.get(Case, case_id)
    for ref in screening.case_refs:  # the officer is a party to every case
        case = _find(session, ref)
        if case is not None:
            return case
    return None


def record_officer_mail(
    session: Session, config: Config, message: Message, parsed: ParsedMail,
    screening: Screening, now: datetime,
) -> Routed | None:
    """Attach an officer's own mail to its case; addressed to the client, it counts as the
    officer's answer (``Case.officer_answered_at``) and stops client-facing notices. Also the
    entry point for copies found in the Sent folder (mail with ``X-Mailbot`` is ours: ignored).
    ``None`` when the mail does not belong to a case."""
    if parsed.header("x-mailbot") is not None:
        return None
    case = _thread_case(session, parsed, screening)
    if case is None:
        return None
    message.case = case
    message.outcome = "officer_reply"
    to_client = case.sender in (*parsed.to, *parsed.cc)
    message.reason = "to client" if to_client else "internal"
    if to_client:
        first = case.officer_answered_at is None
        if first:
            case.officer_answered_at = now
        _event(session, case, "officer_answered", now, parsed.sender,
               message=message.message_id, first=first)
    else:
        _event(session, case, "officer_mail", now, parsed.sender, message=message.message_id)
    return Routed("officer_reply", message.reason, case.ref)

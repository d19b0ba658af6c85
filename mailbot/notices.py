"""Automatic notices of a case: planned as ROWS, fired by a sweep (issue 4 §2, DESIGN §2).

Pure part: :func:`plan` turns a case's timeline (DOMAIN §3) into the notices it should get, and
:func:`decide` says, for one due notice and the case as it stands now, whether to fire it, skip
it for good, or wait (office hours, safeguarding hold). :func:`add_office_hours` is the clock
of the escalation. Database part: :func:`schedule` writes/updates the rows of one case (at
registration and after every officer action that moves a date), :func:`sweep` fires due rows.

Contracts of the sweep:

* One transaction per notice: the row leaves ``pending`` by an atomic conditional UPDATE
  (``... WHERE id = :id AND status = 'pending'``) in the same transaction that puts the mail
  in the outbox. A second sweep, a restarted daemon or a second instance sees the row no longer
  pending (PostgreSQL re-checks the WHERE after the first commit; SQLite serialises writers),
  and the outbox ``dedupe_key`` (``notice:<ref>:<kind>``, ``alert:<ref>:escalation``) is a
  second lock: a notice is never sent twice.
* Mail to the officer goes out in office hours only (DOMAIN §3, default working days
  08:30-17:00); client letters and the escalation are not held back by office hours (the
  escalation's due time is itself counted in office hours).
* A notice that became pointless is ``skipped`` with a reason (case closed, officer answered,
  alert acknowledged, mode ``ask``); a client notice of a case under a safeguarding hold waits
  (DOMAIN §4.1: no automatic delay notice until released).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from mailbot import deadlines, service
from mailbot.config import Config
from mailbot.db import session_scope
from mailbot.deadlines import AMSTERDAM, Calendar
from mailbot.domain import Timeline
from mailbot.letters import (
    ClientLetterInput,
    OfficerNoticeInput,
    render_client_letter,
    render_officer_notice,
)
from mailbot.models import Case, Event, Message, Notice, OutboxItem
from mailbot.reply import new_message_id
from mailbot.service import case_sectors, case_timeline

log = logging.getLogger(__name__)

Audience = Literal["officer", "client", "backup"]
Verdict = Literal["fire", "skip", "wait"]

#: Every notice kind and who it is for. ``extension_letter`` is created already fired by the
#: officer's ``extend`` action (officer.py); the others are planned from the timeline.
AUDIENCE: dict[str, Audience] = {
    "ack_overdue": "officer",  # held acknowledgement (safeguarding, on_release) not sent yet
    "reminder_delay": "officer",  # day 10: decide on a delay notice
    "delay_notice": "client",  # seed §3.5: by day 14 (act-by)
    "reminder_target": "officer",  # day 21: 4-week target near
    "overdue_target": "officer",  # the day after the 4-week target, case still open
    "statutory_warning": "officer",  # day 35 (kraamzorg, kinderopvang)
    "extended_warning": "officer",  # a week before the extended (Wkkgz) last day
    "overdue_statutory": "officer",  # the day after the statutory (or extended) last day
    "escalation": "backup",  # DOMAIN §4.2: alert not acknowledged within 2 office hours
    "extension_letter": "client",  # Wkkgz: extension by letter before day 42 ends
}
_REMINDERS = frozenset(
    {"reminder_delay", "reminder_target", "statutory_warning", "extended_warning", "ack_overdue"}
)
_OVERDUE = frozenset({"overdue_target", "overdue_statutory"})
_MAX_OFFICE_DAYS = 400


@dataclass(frozen=True)
class OfficeHours:
    """When officer mail may go out: ``start``-``end`` local time on working days of
    ``calendar`` (STRICT plus the organisation's closing days)."""

    start: time = deadlines.DEFAULT_OFFICE_START
    end: time = deadlines.DEFAULT_OFFICE_END
    calendar: Calendar = deadlines.STRICT

    def is_open(self, at: datetime) -> bool:
        """True when ``at`` (aware) is office time."""
        return deadlines.is_office_time(at, self.start, self.end, self.calendar)

    def opening(self, day: date) -> datetime:
        """``start`` on ``day`` as an aware UTC moment (DST-safe: via Europe/Amsterdam)."""
        return datetime.combine(day, self.start, tzinfo=AMSTERDAM).astimezone(UTC)


def office_hours(config: Config) -> OfficeHours:
    """The office hours of ``config`` (``[office]``)."""
    office = config.office
    return OfficeHours(
        office.start_time, office.end_time,
        deadlines.STRICT.with_days(office.closing_dates, name="STRICT+closing"),
    )


def add_office_hours(start: datetime, hours: float, office: OfficeHours) -> datetime:
    """The moment ``hours`` office hours after ``start`` (aware), counted only inside office
    hours: 2 office hours after Friday 16:00 is Monday 09:30. Returned in UTC."""
    utc = UTC
    remaining = timedelta(hours=hours)
    moment = deadlines.next_office_time(start, office.start, office.end, office.calendar)
    for _ in range(_MAX_OFFICE_DAYS):
        day_end = datetime.combine(moment.date(), office.end, tzinfo=AMSTERDAM).astimezone(utc)
        available = day_end - moment.astimezone(utc)
        if remaining <= available:
            return moment.astimezone(utc) + remaining
        remaining -= available
        moment = deadlines.next_office_time(day_end, office.start, office.end, office.calendar)
    raise ValueError("office hours never open")  # pragma: no cover - calendar without days


# --- the plan (pure) -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanFacts:
    """What the plan of one case depends on besides its timeline."""

    is_complaint: bool
    safeguarding: bool
    ack_held: bool
    alerted_at: datetime | None  # when the safeguarding alert was queued (escalation clock)
    escalation_hours: float = 2.0


@dataclass(frozen=True)
class PlannedNotice:
    """One notice a case should have: its kind, audience, due date and first due moment."""

    kind: str
    audience: Audience
    due_date: date
    due_at: datetime


def plan(timeline: Timeline, facts: PlanFacts, office: OfficeHours) -> tuple[PlannedNotice, ...]:
    """The notices of a case (DOMAIN §3 table, §4.2).

    Date-based notices are due at the office opening of their date (officer reminders are
    already moved back to a working day by :func:`deadlines.timeline`). Overdue warnings are due
    the day after the date that passed. The escalation is due ``escalation_hours`` office hours
    after the alert. Non-complaints get no timeline notices; only a safeguarding alert's
    escalation.
    """
    dated: list[tuple[str, date]] = []
    if facts.is_complaint:
        if facts.ack_held:
            dated.append(("ack_overdue", timeline.ack_act_by))
        dated += [
            ("reminder_delay", timeline.delay_reminder),
            ("delay_notice", timeline.delay_notice_act_by),
            ("reminder_target", timeline.target_reminder),
            ("overdue_target", timeline.target_date + timedelta(days=1)),
        ]
        if timeline.statutory_warning is not None and timeline.extended_last_day is None:
            dated.append(("statutory_warning", timeline.statutory_warning))
        if timeline.extended_last_day is not None:  # a week before the extended term ends
            dated.append(("extended_warning", office.calendar.on_or_before(
                timeline.extended_last_day - timedelta(days=7))))
        last = timeline.extended_last_day or timeline.statutory_last_day
        if last is not None:
            dated.append(("overdue_statutory", last + timedelta(days=1)))
    planned = [PlannedNotice(k, AUDIENCE[k], d, office.opening(d)) for k, d in dated]
    if facts.safeguarding and facts.alerted_at is not None:
        due = add_office_hours(facts.alerted_at, facts.escalation_hours, office)
        planned.append(
            PlannedNotice("escalation", "backup", deadlines.received_date(due), due)
        )
    return tuple(planned)


# --- the decision (pure) ---------------------------------------------------------------------


@dataclass(frozen=True)
class CaseState:
    """The case as the sweep sees it when a notice is due."""

    status: str  # open | held | closed | no_complaint
    officer_answered: bool = False
    alert_acked: bool = False
    ack_queued: bool = False
    backup_contacts: bool = False


@dataclass(frozen=True)
class NoticePolicy:
    """The ``[notices]`` switches that decide."""

    enabled: bool = True
    delay_notice: str = "auto"
    officer_reminders: bool = True
    overdue_warnings: bool = True


@dataclass(frozen=True)
class Decision:
    """Fire, skip for good (with the reason recorded), or wait and ask again next sweep."""

    verdict: Verdict
    reason: str = ""


def decide(
    kind: str, state: CaseState, now: datetime, office: OfficeHours, policy: NoticePolicy
) -> Decision:
    """What to do with a due notice of ``kind`` for a case in ``state`` at ``now``."""
    if not policy.enabled:
        return Decision("wait", "notices disabled")
    if state.status == "closed":
        return Decision("skip", "case closed")
    audience = AUDIENCE[kind]
    if kind == "escalation":
        if state.alert_acked:
            return Decision("skip", "alert acknowledged")
        if not state.backup_contacts:
            return Decision("skip", "no backup contacts configured")
        return Decision("fire")  # due time already counted in office hours (DOMAIN §4.2)
    if audience == "client":
        if state.officer_answered:  # issue 4 §5: the officer's own answer stops client notices
            return Decision("skip", "officer answered")
        if kind == "delay_notice" and policy.delay_notice == "ask":
            return Decision("skip", "delay_notice = ask: the officer decides")
        if state.status == "held":  # DOMAIN §4.1: no automatic delay notice until released
            return Decision("wait", "safeguarding hold")
        return Decision("fire")
    if kind in _REMINDERS and not policy.officer_reminders:
        return Decision("skip", "officer reminders disabled")
    if kind in _OVERDUE and not policy.overdue_warnings:
        return Decision("skip", "overdue warnings disabled")
    if kind == "ack_overdue" and state.ack_queued:
        return Decision("skip", "acknowledgement sent")
    if not office.is_open(now):  # DOMAIN §3: officer mail in office hours only
        return Decision("wait", "outside office hours")
    return Decision("fire")


# --- database: schedule ----------------------------------------------------------------------


def _facts(session: Session, config: Config, case: Case) -> PlanFacts:
    alert_at = session.scalar(
        select(OutboxItem.created_at).where(
            OutboxItem.dedupe_key == f"alert:{case.ref}:safeguarding"
        )
    )
    ack_held = session.scalar(
        select(Event.id).where(Event.case_id == case.id, Event.kind == "ack_held").limit(1)
    ) is not None
    return PlanFacts(
        is_complaint=case.is_complaint, safeguarding=case.safeguarding, ack_held=ack_held,
        alerted_at=alert_at, escalation_hours=config.escalation.after_office_hours,
    )


def schedule(session: Session, config: Config, case: Case, now: datetime) -> list[str]:
    """Bring the notice rows of ``case`` in line with its current plan; idempotent.

    New kinds are inserted ``pending``; pending rows whose date moved (sector, receipt date or
    extension changed) are re-dated; pending rows no longer in the plan are ``cancelled``.
    Rows already fired, skipped or suppressed are never touched. Returns the kinds inserted.
    """
    session.flush()
    planned = {p.kind: p for p in plan(case_timeline(case, config), _facts(session, config, case),
                                       office_hours(config))}
    rows = {n.kind: n for n in session.scalars(select(Notice).where(Notice.case_id == case.id))}
    added: list[str] = []
    for kind, p in planned.items():
        row = rows.get(kind)
        if row is None:
            session.add(Notice(case_id=case.id, kind=kind, audience=p.audience,
                               due_date=p.due_date, due_at=p.due_at, status="pending",
                               reason="", created_at=now, updated_at=now))
            added.append(kind)
        elif row.status == "pending" and (row.due_date, row.due_at) != (p.due_date, p.due_at):
            row.due_date, row.due_at, row.updated_at = p.due_date, p.due_at, now
    for kind, row in rows.items():
        if kind not in planned and row.status == "pending" and kind != "extension_letter":
            row.status, row.reason, row.updated_at = "cancelled", "no longer applies", now
    return added


def cancel_pending(session: Session, case: Case, reason: str, now: datetime,
                   kinds: Iterable[str] | None = None) -> int:
    """Mark the case's pending notices (of ``kinds``, default all) ``cancelled``."""
    stmt = update(Notice).where(Notice.case_id == case.id, Notice.status == "pending")
    if kinds is not None:
        stmt = stmt.where(Notice.kind.in_(list(kinds)))
    result = session.execute(stmt.values(status="cancelled", reason=reason[:255], updated_at=now))
    return int(result.rowcount)  # type: ignore[attr-defined]


# --- database: sweep -------------------------------------------------------------------------


@dataclass
class SweepReport:
    """What one sweep did, by verdict."""

    fired: list[str] = field(default_factory=list)  # "<ref>:<kind>"
    skipped: list[str] = field(default_factory=list)
    waiting: int = 0


def officer_recipients(config: Config) -> tuple[str, ...]:
    """Where officer notices go: ``[notices] recipients`` or the officer addresses."""
    return config.notices.recipients or config.organisation.officer_addresses


def _state(session: Session, config: Config, case: Case) -> CaseState:
    ack = session.scalar(select(OutboxItem.id).where(OutboxItem.dedupe_key == f"ack:{case.ref}"))
    return CaseState(
        status=case.status, officer_answered=case.officer_answered_at is not None,
        alert_acked=case.alert_acked_at is not None, ack_queued=ack is not None,
        backup_contacts=bool(config.escalation.backup_contacts),
    )


def _policy(config: Config) -> NoticePolicy:
    n = config.notices
    return NoticePolicy(n.enabled, n.delay_notice, n.officer_reminders, n.overdue_warnings)


def client_thread(session: Session, case: Case) -> tuple[str, str | None, tuple[str, ...]]:
    """(recipient, In-Reply-To, References) for a letter to the client of ``case``: to the
    address the acknowledgement went to, threaded onto the client's first mail and our ack."""
    ack = session.scalar(select(OutboxItem).where(OutboxItem.dedupe_key == f"ack:{case.ref}"))
    recipient = str(ack.recipients[0]) if ack is not None and ack.recipients else case.sender
    first = session.scalar(
        select(Message.message_id).where(Message.case_id == case.id).order_by(Message.id).limit(1)
    )
    original = first if first and not first.endswith("@mailbot.invalid>") else None
    refs = tuple(r for r in (original, ack.message_id if ack is not None else None) if r)
    return recipient, (refs[-1] if refs else None), refs


def queue_client_letter(
    session: Session, config: Config, case: Case, kind: str, now: datetime, reason: str = ""
) -> bool:
    """Render and enqueue a client letter (``notice:<ref>:<kind>``); False if already queued."""
    recipient, in_reply_to, refs = client_thread(session, case)
    data = ClientLetterInput(
        kind=kind, case_ref=case.ref, recipient=recipient, recipient_name=case.sender_name,
        original_subject=case.subject, in_reply_to=in_reply_to, references=refs,
        language=case.language, sectors=case_sectors(case),
        timeline=case_timeline(case, config), reason=reason,
    )
    mid = new_message_id(kind, case.ref, config.smtp.message_id_domain)
    rendered = render_client_letter(data, service.sender_of(config), mid, now)
    return service.enqueue(session, config, f"notice:{case.ref}:{kind}", kind, case, rendered, now)


def _queue_officer_notice(
    session: Session, config: Config, case: Case, kind: str, now: datetime
) -> bool:
    if kind == "escalation":
        recipients, key = config.escalation.backup_contacts, f"alert:{case.ref}:escalation"
    else:
        recipients, key = officer_recipients(config), f"notice:{case.ref}:{kind}"
    data = OfficerNoticeInput(
        kind=kind, case_ref=case.ref, recipients=recipients, sectors=case_sectors(case),
        status=case.status, timeline=case_timeline(case, config), safeguarding=case.safeguarding,
        delay_mode=config.notices.delay_notice, answered=case.officer_answered_at is not None,
        extended=bool(case.extended), escalation_hours=config.escalation.after_office_hours,
    )
    mid = new_message_id(kind, case.ref, config.smtp.message_id_domain)
    rendered = render_officer_notice(data, service.sender_of(config), mid, now)
    outbox_kind = "alert" if kind == "escalation" else "notice"
    return service.enqueue(session, config, key, outbox_kind, case, rendered, now)


def fire_one(session: Session, config: Config, notice_id: int, now: datetime) -> Decision | None:
    """Decide and act on one due notice inside ``session`` (the caller's one transaction).

    Returns the decision, or ``None`` when another sweep already took the row.
    """
    notice = session.get(Notice, notice_id)
    if notice is None or notice.status != "pending":
        return None
    case = notice.case
    decision = decide(notice.kind, _state(session, config, case), now, office_hours(config),
                      _policy(config))
    if decision.verdict == "wait":
        return decision
    status = "fired" if decision.verdict == "fire" else "skipped"
    claimed = session.execute(
        update(Notice)
        .where(Notice.id == notice_id, Notice.status == "pending")
        .values(status=status, reason=decision.reason[:255], updated_at=now,
                fired_at=now if status == "fired" else None)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return None  # another instance got there first
    if status == "fired":
        if AUDIENCE[notice.kind] == "client":
            queue_client_letter(session, config, case, notice.kind, now)
        else:
            _queue_officer_notice(session, config, case, notice.kind, now)
        service._event(session, case, "notice_fired", now, kind=notice.kind)
    else:
        service._event(session, case, "notice_skipped", now, kind=notice.kind,
                       reason=decision.reason)
    return decision


def sweep(factory: sessionmaker[Session], config: Config, now: datetime,
          limit: int = 500) -> SweepReport:
    """Fire every notice due at ``now``: one transaction per notice (see module docstring)."""
    report = SweepReport()
    with session_scope(factory) as session:
        due = session.execute(
            select(Notice.id, Notice.kind, Case.ref)
            .join(Case, Notice.case_id == Case.id)
            .where(Notice.status == "pending", Notice.due_at <= now)
            .order_by(Notice.due_at, Notice.id).limit(limit)
        ).all()
    for notice_id, kind, ref in due:
        with session_scope(factory) as session:
            decision = fire_one(session, config, notice_id, now)
        if decision is None:
            continue
        if decision.verdict == "fire":
            report.fired.append(f"{ref}:{kind}")
            log.info("notice %s %s fired", ref, kind)
        elif decision.verdict == "skip":
            report.skipped.append(f"{ref}:{kind}")
        else:
            report.waiting += 1
    return report

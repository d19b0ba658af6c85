"""The daily triage digest (issue 4 §4): a pure builder and the service function that queues it.

:func:`build` (PURE) turns gathered facts into a :class:`Digest`; :func:`render` (PURE) makes the
multipart mail (plain text + HTML, the HTML template autoescaped, simple tables that Outlook
renders). :func:`queue_digest` (database only) gathers the facts and puts the digest in the
outbox with the key ``digest:<date>``, at most once per working day, in office hours, from the
configured time on (default 08:30). A day with nothing to say records the decision and sends
nothing (``[digest] skip_empty``).

Privacy (DOMAIN §4.5, §6): flagged cases (safeguarding, urgent, held) appear by reference and
deadline only; other new cases with their sector and a shortened subject; never a body, name or
address of a client. Rejected officer commands show the sender address (an officer's, or the
address someone forged) and the reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailbot import deadlines, notices, service
from mailbot.config import Config
from mailbot.domain import Timeline
from mailbot.models import Case, DigestRun, Event, IntakeFailure, Message, Notice, OutboxItem
from mailbot.reply import (
    Rendered,
    Sender,
    base_message,
    clean_header_text,
    fmt_date,
    new_message_id,
    render_text,
)

WEEK_DAYS = 7  # "due this week": the next seven days after today


@dataclass(frozen=True)
class CaseFacts:
    """One case as the digest needs it; ``subject`` is ``None`` for flagged cases."""

    ref: str
    sector: str
    status: str
    created_at: datetime
    flags: tuple[str, ...]
    subject: str | None
    timeline: Timeline
    ack_sent: bool = True
    answered: bool = False
    delay_notice_done: bool = False
    extended: bool = False

    @property
    def flagged(self) -> bool:
        """Safeguarding, urgent or held: listed by reference only."""
        return bool({"safeguarding", "urgent", "held"} & set(self.flags))


@dataclass(frozen=True)
class DueItem:
    """A deadline of one case: ``what`` (Dutch label) on ``when``."""

    ref: str
    what: str
    when: date


@dataclass(frozen=True)
class Problem:
    """A line about mail that needs a person: quarantined, undeliverable, rejected command."""

    label: str
    detail: str


@dataclass(frozen=True)
class Digest:
    """Everything one digest says."""

    day: date
    since: datetime
    new_cases: tuple[CaseFacts, ...]
    flagged: tuple[DueItem, ...]
    due_today: tuple[DueItem, ...]
    due_week: tuple[DueItem, ...]
    overdue: tuple[DueItem, ...]
    bounced: tuple[str, ...]
    quarantined: tuple[Problem, ...]
    dead_mail: tuple[Problem, ...]
    rejected_commands: tuple[Problem, ...]
    per_sector: tuple[tuple[str, int, int], ...]  # (sector, open cases, new cases)

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to say (the counts alone are not news)."""
        return not (self.new_cases or self.flagged or self.due_today or self.due_week
                    or self.overdue or self.bounced or self.quarantined or self.dead_mail
                    or self.rejected_commands)

    def summary(self) -> dict[str, int]:
        """Counts per section (stored with the run, logged)."""
        return {"new": len(self.new_cases), "flagged": len(self.flagged),
                "due_today": len(self.due_today), "due_week": len(self.due_week),
                "overdue": len(self.overdue), "bounced": len(self.bounced),
                "quarantined": len(self.quarantined), "dead": len(self.dead_mail),
                "rejected_commands": len(self.rejected_commands)}


def _mail_problem(event: Event) -> str:
    """One line for an outgoing mail that was not delivered, or delivered without a Sent copy."""
    error = str(event.detail.get("error", ""))[:80]
    if event.kind == "sent_copy_failed":
        return f"bezorgd, maar geen kopie in Verzonden: {error}"
    return f"{event.detail.get('kind', '?')}: {error}"


def case_deadlines(case: CaseFacts) -> tuple[DueItem, ...]:
    """The deadlines still ahead of the officer for an open case (DOMAIN §3 table)."""
    t = case.timeline
    items: list[tuple[str, date | None]] = []
    if not case.ack_sent:
        items.append(("ontvangstbevestiging", t.ack_act_by))
    if not (case.answered or case.delay_notice_done):
        items.append(("vertragingsbericht", t.delay_notice_act_by))
    items.append(("streeftermijn 4 weken", t.target_date))
    if t.extension_letter_by and not case.extended:
        items.append(("verlengingsbrief (Wkkgz)", t.extension_letter_by))
    items.append(("wettelijke termijn", t.extended_last_day or t.statutory_last_day))
    return tuple(DueItem(case.ref, what, when) for what, when in items if when is not None)


def build(
    day: date, since: datetime, cases: tuple[CaseFacts, ...], *,
    bounced: tuple[str, ...] = (), quarantined: tuple[Problem, ...] = (),
    dead_mail: tuple[Problem, ...] = (), rejected_commands: tuple[Problem, ...] = (),
) -> Digest:
    """PURE: the digest of ``day`` from the open and new cases and the problems found.

    ``cases`` holds every open or held case plus every case created since ``since``; a
    closed or non-complaint case only appears as new. Overdue = a target or statutory date
    before ``day`` (the 4-week target is a promise, the statutory date the law).
    """
    new = tuple(c for c in cases if c.created_at > since)
    active = [c for c in cases if c.status in ("open", "held")]
    today: list[DueItem] = []
    week: list[DueItem] = []
    overdue: list[DueItem] = []
    flagged: list[DueItem] = []
    for case in active:
        items = case_deadlines(case)
        for item in items:
            if item.when == day:
                today.append(item)
            elif day < item.when <= day + timedelta(days=WEEK_DAYS):
                week.append(item)
            elif item.when < day and item.what in ("streeftermijn 4 weken", "wettelijke termijn"):
                overdue.append(item)
        if case.flagged:
            ahead = [i for i in items if i.when >= day]
            nxt = min(ahead, key=lambda i: i.when) if ahead else DueItem(case.ref, "", day)
            flagged.append(DueItem(case.ref, ", ".join(case.flags), nxt.when))
    opened = Counter(c.sector for c in active)
    fresh = Counter(c.sector for c in new)
    sectors = sorted(set(opened) | set(fresh))
    by_date = lambda i: (i.when, i.ref)  # noqa: E731
    return Digest(
        day=day, since=since, new_cases=new, flagged=tuple(sorted(flagged, key=by_date)),
        due_today=tuple(sorted(today, key=by_date)), due_week=tuple(sorted(week, key=by_date)),
        overdue=tuple(sorted(overdue, key=by_date)), bounced=bounced, quarantined=quarantined,
        dead_mail=dead_mail, rejected_commands=rejected_commands,
        per_sector=tuple((s, opened[s], fresh[s]) for s in sectors),
    )


def render(digest: Digest, sender: Sender, recipients: tuple[str, ...], message_id: str,
           now: datetime) -> Rendered:
    """PURE: the digest mail, ``multipart/alternative`` with a text and an HTML part."""
    context = {"g": digest, "d": lambda value: fmt_date(value, "nl"), "org": sender}
    text = render_text("digest.txt", "nl", **context)
    html = render_text("digest.html", "nl", **context)  # autoescaped (.html)
    s = digest.summary()
    subject = (f"Dagoverzicht klachten {digest.day.isoformat()}: {s['new']} nieuw, "
               f"{s['due_today']} vandaag, {s['overdue']} te laat")
    msg = base_message(sender, recipients, subject, message_id, now, "auto-generated", "digest",
                       f"digest-{digest.day.isoformat()}")
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return Rendered(message_id, recipients, msg)


# --- database ----------------------------------------------------------------------------------


def _case_facts(session: Session, config: Config, case: Case) -> CaseFacts:
    flags = list(case.flags)
    if case.safeguarding:
        flags.insert(0, "safeguarding")
    if case.urgent:
        flags.insert(0, "urgent")
    if case.status == "held":
        flags.append("held")
    flags = list(dict.fromkeys(flags))
    ack = session.scalar(select(OutboxItem.id).where(OutboxItem.dedupe_key == f"ack:{case.ref}"))
    delay = session.scalar(select(Notice.status).where(Notice.case_id == case.id,
                                                       Notice.kind == "delay_notice"))
    facts = CaseFacts(
        ref=case.ref, sector=case.sector, status=case.status, created_at=case.created_at,
        flags=tuple(flags), subject=None, timeline=service.case_timeline(case, config),
        ack_sent=ack is not None or not case.is_complaint,
        answered=case.officer_answered_at is not None,
        delay_notice_done=delay is not None and delay != "pending", extended=bool(case.extended),
    )
    if not facts.flagged:
        facts = CaseFacts(**{**facts.__dict__, "subject": clean_header_text(case.subject, 80)})
    return facts


def gather(session: Session, config: Config, day: date, since: datetime) -> Digest:
    """Read the facts of the digest of ``day`` (new = created at or after ``since``)."""
    cases = session.scalars(
        select(Case).where((Case.status.in_(("open", "held"))) | (Case.created_at > since))
        .order_by(Case.id)
    ).all()
    facts = tuple(_case_facts(session, config, c) for c in cases)
    bounced = tuple(f"{c.ref} ({', '.join(f for f in c.flags if f.endswith('_bounced'))})"
                    for c in cases if c.status != "closed"
                    and any(str(f).endswith("_bounced") for f in c.flags))
    quarantined = tuple(
        Problem(f.source, f"{f.attempts} pogingen; {f.last_error.split(':')[0][:60]}")
        for f in session.scalars(select(IntakeFailure).where(
            IntakeFailure.quarantined.is_(True), IntakeFailure.updated_at >= since))
    )
    dead = tuple(
        Problem(ref or "-", _mail_problem(e))
        for e, ref in session.execute(
            select(Event, Case.ref).outerjoin(Case, Event.case_id == Case.id)
            .where(Event.kind.in_(("mail_dead", "sent_copy_failed")), Event.at >= since)
            .order_by(Event.id)
        ).all()
    )
    rejected = tuple(
        Problem(m.sender or "(geen afzender)", m.reason)
        for m in session.scalars(select(Message).where(
            Message.outcome == "command_rejected", Message.created_at >= since)
            .order_by(Message.id))
    )
    return build(day, since, facts, bounced=bounced, quarantined=quarantined, dead_mail=dead,
                 rejected_commands=rejected)


def digest_due(config: Config, now: datetime) -> bool:
    """True in office hours on a working day from ``[digest] time`` on."""
    office = notices.office_hours(config)
    local = now.astimezone(deadlines.AMSTERDAM)
    return (config.digest.enabled and office.is_open(now)
            and local.time() >= time.fromisoformat(config.digest.time))


def queue_digest(session: Session, config: Config, now: datetime, *,
                 force: bool = False) -> Digest | None:
    """Build today's digest and queue it (``digest:<date>``) unless already decided today.

    Returns the digest (also when it was empty and skipped), ``None`` when not due or done.
    The :class:`DigestRun` row of the day is the lock: a second instance's insert fails on the
    primary key and its transaction rolls back (the caller treats that as "done").
    """
    day = deadlines.received_date(now)
    if not force and not digest_due(config, now):
        return None
    if session.get(DigestRun, day) is not None:
        return None
    last = session.scalar(select(func.max(DigestRun.at)).where(DigestRun.day < day))
    since = last or now - timedelta(days=1)
    run = DigestRun(day=day, at=now, queued=False, summary={})
    session.add(run)
    session.flush()
    digest = gather(session, config, day, since)
    run.summary = digest.summary()
    if digest.is_empty and config.digest.skip_empty:
        session.add(Event(at=now, kind="digest_skipped", detail={"day": day.isoformat()}))
        return digest

    recipients = config.digest.recipients or (config.organisation.mailbox_address,)
    mid = new_message_id("digest", day.isoformat(), config.smtp.message_id_domain)
    rendered = render(digest, service.sender_of(config), recipients, mid, now)
    run.queued = service.enqueue(session, config, f"digest:{day.isoformat()}", "digest", None,
                                 rendered, now)
    return digest

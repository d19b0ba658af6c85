"""Pure parts of the notices: plan, decide, office-hour arithmetic, rendering."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest

from mailbot import deadlines
from mailbot.domain import Sector
from mailbot.letters import (
    ClientLetterInput,
    OfficerNoticeInput,
    render_client_letter,
    render_officer_notice,
)
from mailbot.notices import (
    CaseState,
    NoticePolicy,
    OfficeHours,
    PlanFacts,
    add_office_hours,
    decide,
    plan,
)
from mailbot.reply import Sender

AMS = ZoneInfo("Europe/Amsterdam")
OFFICE = OfficeHours()
SENDER = Sender("klachtenfunctionaris@gro-up.nl", "Klachtenfunctionaris gro-up", "gro-up",
                "https://www.gro-up.nl/klachtenregeling", "mailbot.gro-up.nl")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMS)  # type: ignore[misc]


def dates(received: date, sectors: tuple[Sector, ...], **facts: object) -> dict[str, date]:
    t = deadlines.timeline(received, sectors, extended=bool(facts.pop("extended", False)))
    f = PlanFacts(is_complaint=True, safeguarding=False, ack_held=False, alerted_at=None)
    f = PlanFacts(**{**f.__dict__, **facts})
    return {p.kind: p.due_date for p in plan(t, f, OFFICE)}


def test_plan_worked_example_30_april_2026() -> None:
    got = dates(date(2026, 4, 30), (Sector.KRAAMZORG,))
    assert got == {
        "reminder_delay": date(2026, 5, 8),  # day 10 is Sunday 10 May: back to Friday
        "delay_notice": date(2026, 5, 13),  # day 14 is Hemelvaartsdag
        "reminder_target": date(2026, 5, 21),
        "overdue_target": date(2026, 5, 29),  # day after the 4-week target (Thu 28 May)
        "statutory_warning": date(2026, 6, 4),
        "overdue_statutory": date(2026, 6, 12),  # day after Thu 11 Jun
    }


def test_plan_extended_and_non_statutory() -> None:
    got = dates(date(2026, 3, 2), (Sector.KRAAMZORG,), extended=True)
    assert "statutory_warning" not in got
    assert got["extended_warning"] == date(2026, 5, 4)  # a week before Mon 11 May (day 70)
    assert got["overdue_statutory"] == date(2026, 5, 12)
    jeugd = dates(date(2026, 3, 2), (Sector.JEUGDHULP,))
    assert "statutory_warning" not in jeugd and "overdue_statutory" not in jeugd
    assert dates(date(2026, 3, 2), (Sector.JEUGDHULP,), is_complaint=False) == {}


def test_plan_due_at_is_office_opening_across_dst() -> None:
    t = deadlines.timeline(date(2026, 3, 20), (Sector.BUURTWERK,))  # DST starts 29 Mar
    f = PlanFacts(is_complaint=True, safeguarding=False, ack_held=False, alerted_at=None)
    by_kind = {p.kind: p for p in plan(t, f, OFFICE)}
    assert by_kind["reminder_delay"].due_at == datetime(2026, 3, 30, 6, 30, tzinfo=UTC)
    assert by_kind["reminder_delay"].due_at.astimezone(AMS).time() == time(8, 30)


@pytest.mark.parametrize(("start", "hours", "expected"), [
    (local(2026, 3, 6, 16, 0), 2, local(2026, 3, 9, 9, 30)),  # Fri 16:00 -> Mon 09:30
    (local(2026, 3, 9, 10, 0), 2, local(2026, 3, 9, 12, 0)),
    (local(2026, 3, 9, 15, 0), 2, local(2026, 3, 9, 17, 0)),  # ends exactly at closing
    (local(2026, 3, 7, 23, 0), 2, local(2026, 3, 9, 10, 30)),  # weekend: from Monday 08:30
    (local(2026, 4, 24, 16, 30), 2, local(2026, 4, 28, 10, 0)),  # Mon 27 Apr Koningsdag
    (local(2026, 12, 24, 16, 0), 2, local(2026, 12, 28, 9, 30)),  # Christmas
])
def test_add_office_hours(start: datetime, hours: float, expected: datetime) -> None:
    assert add_office_hours(start, hours, OFFICE) == expected.astimezone(UTC)


def test_escalation_planned_from_alert() -> None:
    t = deadlines.timeline(date(2026, 3, 6), (Sector.KINDEROPVANG,))
    f = PlanFacts(is_complaint=True, safeguarding=True, ack_held=True,
                  alerted_at=local(2026, 3, 6, 16, 0))
    by_kind = {p.kind: p for p in plan(t, f, OFFICE)}
    assert by_kind["escalation"].due_at == local(2026, 3, 9, 9, 30).astimezone(UTC)
    assert by_kind["escalation"].audience == "backup"
    assert by_kind["ack_overdue"].due_date == date(2026, 3, 13)


OPEN = CaseState(status="open", backup_contacts=True)
POLICY = NoticePolicy()
MONDAY = local(2026, 3, 9, 10, 0)
SUNDAY = local(2026, 3, 8, 10, 0)


@pytest.mark.parametrize(("kind", "state", "now", "policy", "verdict", "reason"), [
    ("reminder_delay", OPEN, MONDAY, POLICY, "fire", ""),
    ("reminder_delay", OPEN, SUNDAY, POLICY, "wait", "outside office hours"),
    ("reminder_delay", CaseState("closed"), MONDAY, POLICY, "skip", "case closed"),
    ("reminder_delay", OPEN, MONDAY, NoticePolicy(officer_reminders=False), "skip",
     "officer reminders disabled"),
    ("overdue_target", OPEN, MONDAY, NoticePolicy(overdue_warnings=False), "skip",
     "overdue warnings disabled"),
    ("delay_notice", OPEN, SUNDAY, POLICY, "fire", ""),  # client mail: no office-hour gate
    ("delay_notice", CaseState("open", officer_answered=True), MONDAY, POLICY, "skip",
     "officer answered"),
    ("delay_notice", CaseState("held"), MONDAY, POLICY, "wait", "safeguarding hold"),
    ("delay_notice", OPEN, MONDAY, NoticePolicy(delay_notice="ask"), "skip",
     "delay_notice = ask: the officer decides"),
    ("delay_notice", OPEN, MONDAY, NoticePolicy(enabled=False), "wait", "notices disabled"),
    ("escalation", OPEN, SUNDAY, POLICY, "fire", ""),
    ("escalation", CaseState("held", alert_acked=True, backup_contacts=True), MONDAY, POLICY,
     "skip", "alert acknowledged"),
    ("escalation", CaseState("held"), MONDAY, POLICY, "skip", "no backup contacts configured"),
    ("ack_overdue", CaseState("held", ack_queued=True), MONDAY, POLICY, "skip",
     "acknowledgement sent"),
    ("statutory_warning", CaseState("held"), MONDAY, POLICY, "fire", ""),  # officer: not held
])
def test_decide(kind: str, state: CaseState, now: datetime, policy: NoticePolicy,
                verdict: str, reason: str) -> None:
    decision = decide(kind, state, now, OFFICE, policy)
    assert (decision.verdict, decision.reason) == (verdict, reason)


def test_render_delay_notice_threads_and_shows_dates() -> None:
    t = deadlines.timeline(date(2026, 4, 30), (Sector.KINDEROPVANG,))
    data = ClientLetterInput("delay_notice", "KL-2026-0007", "jan@example.nl", "Jan",
                             "Re: klacht\r\nBcc: x@y", "<c1@example.nl>", ("<c0@example.nl>",),
                             "en", (Sector.KINDEROPVANG,), t)
    rendered = render_client_letter(data, SENDER, "<d.KL-2026-0007.1@mailbot.gro-up.nl>",
                                    local(2026, 5, 13, 8, 30))
    msg = message_from_bytes(rendered.as_bytes(), policy=policy.default)
    assert msg["Subject"] == "Re: klacht Bcc: x@y [KL-2026-0007]"
    assert msg["In-Reply-To"] == "<c1@example.nl>"
    assert msg["Auto-Submitted"] == "auto-replied" and msg["X-Mailbot"] == "delay_notice"
    body = msg.get_content()
    assert "Thursday 11 June 2026" in body  # statutory last day
    assert "Klachtenloket Kinderopvang" in body


def test_render_officer_notice_has_no_client_data() -> None:
    t = deadlines.timeline(date(2026, 4, 30), (Sector.KRAAMZORG,))
    data = OfficerNoticeInput("reminder_target", "KL-2026-0007", ("officer@gro-up.nl",),
                              (Sector.KRAAMZORG,), "open", t)
    msg = render_officer_notice(data, SENDER, "<n@mailbot.gro-up.nl>", local(2026, 5, 21, 9))
    assert msg.message["Auto-Submitted"] == "auto-generated"
    body = msg.message.get_content()
    assert "KL-2026-0007" in body and "mailbot case extend" in body
    assert "donderdag 11 juni 2026" in body
    with pytest.raises(ValueError):
        render_officer_notice(OfficerNoticeInput("nope", "KL-1", (), (), "open", t), SENDER,
                              "<x@y>", local(2026, 5, 21, 9))

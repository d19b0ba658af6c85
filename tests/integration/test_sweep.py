"""The notice sweep against a real database with an injected clock (issue 4 §2).

A case moves day 0 -> 10 -> 14 -> 21 -> 28 -> 42; at each step the sweep runs twice and a new
Daemon (a restart) runs it again: exactly the expected outbox rows appear, once each.
"""

from __future__ import annotations

import email
import email.policy
import socket
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, select, text

from mailbot import config as config_mod
from mailbot.config import Config
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.domain import RawMail, SafeguardingCategory, Sector, Triage
from mailbot.models import Case, Notice, OutboxItem
from tests.helpers import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
OFFICER = "officer@gro-up.nl"
BACKUP = "backup@gro-up.nl"




def make_config(url: str, **sections: dict[str, Any]) -> Config:
    data: dict[str, Any] = {
        "database": {"url": url},
        "organisation": {"officer_addresses": [OFFICER]},
        "escalation": {"backup_contacts": [BACKUP]},
        "digest": {"enabled": False},
    }
    for name, values in sections.items():
        data[name] = {**data.get(name, {}), **values}
    return config_mod.from_mapping(data, env={})


def complaint(sender: str = "jan@example.nl", subject: str = "Klacht over de kraamzorg",
              body: str = "Ik ben ontevreden over de kraamzorg.", msgid: str | None = None,
              **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Jan Jansen <{sender}>"
    msg["To"] = "klachtenfunctionaris@gro-up.nl"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid or f"<{uuid.uuid4().hex}@example.nl>"
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def triage(sector: Sector = Sector.KRAAMZORG, **kw: Any) -> Any:
    return lambda _parsed: Triage(is_complaint=True, sector=sector, **kw)


def keys(daemon: Daemon) -> list[str]:
    with session_scope(daemon.factory) as s:
        return list(s.scalars(select(OutboxItem.dedupe_key).order_by(OutboxItem.id)))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'mailbot.db'}"


def _pg_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema in PostgreSQL db ``test`` (skipped when 127.0.0.1:5432 is unreachable)."""
    if not _pg_reachable():
        pytest.skip("PostgreSQL on 127.0.0.1:5432 is unreachable")
    schema = f"t_{uuid.uuid4().hex[:10]}"
    base = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # no usable server: skip, never fail
        pytest.skip(f"PostgreSQL not usable: {exc}")
    yield f"{base}?options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


# Received Monday 2 March 2026, 10:00 (kraamzorg). Timeline (DOMAIN §3):
# day 10 Thu 12 Mar reminder; day 14 Mon 16 Mar delay notice act-by; day 21 Mon 23 Mar
# reminder; day 28 Mon 30 Mar target; day 35 Mon 6 Apr is Tweede Paasdag, so the statutory
# warning moves back to Fri 3 Apr (Good Friday is a STRICT working day); day 42 Mon 13 Apr.
START = datetime(2026, 3, 2, 10, 0, tzinfo=AMS)
EXPECTED = {
    0: ["ack:KL-2026-0001"],
    10: ["notice:KL-2026-0001:reminder_delay"],
    14: ["notice:KL-2026-0001:delay_notice"],
    21: ["notice:KL-2026-0001:reminder_target"],
    28: [],  # the target day itself; overdue_target is due the day after (Tue 31 Mar)
    # the sweep did not run in between: the warning of Fri 3 Apr and the overdue warning of
    # Tue 31 Mar fire late, in due order; the statutory last day (13 Apr) has not passed.
    42: ["notice:KL-2026-0001:overdue_target", "notice:KL-2026-0001:statutory_warning"],
}


def run_timeline(url: str) -> None:
    cfg = make_config(url)
    clock = FakeClock(START)
    daemon = Daemon(cfg, clock=clock, classifier=triage())
    result = daemon.process(RawMail(complaint(), "INBOX", 1, 1, START))
    assert result.case_ref == "KL-2026-0001"
    seen: list[str] = []
    for day, expected in EXPECTED.items():
        clock.now = START + timedelta(days=day)
        daemon.sweep()
        daemon.sweep()  # a second sweep fires nothing
        daemon.close()
        daemon = Daemon(cfg, clock=clock, classifier=triage())  # restart
        daemon.sweep()
        seen += expected
        assert keys(daemon) == seen, f"day {day}"
    daemon.close()


def test_timeline_day_0_to_42_sqlite(sqlite_url: str) -> None:
    run_timeline(sqlite_url)


@pytest.mark.postgres
def test_timeline_day_0_to_42_postgres(pg_url: str) -> None:
    run_timeline(pg_url)


def test_two_instances_fire_once(sqlite_url: str) -> None:
    cfg = make_config(sqlite_url)
    clock = FakeClock(START)
    one = Daemon(cfg, clock=clock, classifier=triage())
    two = Daemon(cfg, clock=clock, classifier=triage())
    one.process(RawMail(complaint(), "INBOX", 1, 1, START))
    clock.now = START + timedelta(days=14)
    assert one.sweep() + two.sweep() == 2  # reminder_delay + delay_notice, once
    assert keys(one).count("notice:KL-2026-0001:delay_notice") == 1
    one.close()
    two.close()


def test_officer_mail_waits_for_office_hours(sqlite_url: str) -> None:
    """Received Thu 30 Apr 2026: the day-10 reminder moves back to Fri 8 May (day 10 is a
    Sunday); a sweep on Sunday 10 May sends nothing to the officer, Monday 08:30 does. The
    delay notice act-by is Wed 13 May (day 14 is Hemelvaartsdag)."""
    received = datetime(2026, 4, 30, 10, 15, tzinfo=AMS)
    cfg = make_config(sqlite_url)
    clock = FakeClock(received)
    daemon = Daemon(cfg, clock=clock, classifier=triage(Sector.KINDEROPVANG))
    daemon.process(RawMail(complaint(), "INBOX", 1, 1, received))
    with session_scope(daemon.factory) as s:
        due = {n.kind: n.due_date.isoformat() for n in s.scalars(select(Notice))}
    assert due["reminder_delay"] == "2026-05-08"
    assert due["delay_notice"] == "2026-05-13"
    assert due["statutory_warning"] == "2026-06-04"
    assert due["overdue_statutory"] == "2026-06-12"
    assert "escalation" not in due
    clock.now = datetime(2026, 5, 10, 12, 0, tzinfo=AMS)  # Sunday
    assert daemon.sweep() == 0
    clock.now = datetime(2026, 5, 11, 8, 29, tzinfo=AMS)
    assert daemon.sweep() == 0
    clock.now = datetime(2026, 5, 11, 8, 30, tzinfo=AMS)
    assert daemon.sweep() == 1
    assert keys(daemon)[-1] == "notice:KL-2026-0001:reminder_delay"
    daemon.close()


def test_client_notice_not_held_by_office_hours(sqlite_url: str) -> None:
    cfg = make_config(sqlite_url)
    clock = FakeClock(START)
    daemon = Daemon(cfg, clock=clock, classifier=triage())
    daemon.process(RawMail(complaint(), "INBOX", 1, 1, START))
    clock.now = datetime(2026, 3, 16, 20, 0, tzinfo=AMS)  # act-by day, evening
    daemon.sweep()
    assert "notice:KL-2026-0001:delay_notice" in keys(daemon)
    assert "notice:KL-2026-0001:reminder_delay" not in keys(daemon)  # officer: office hours
    daemon.close()


def test_delay_notice_mode_ask_is_never_sent(sqlite_url: str) -> None:
    cfg = make_config(sqlite_url, notices={"delay_notice": "ask"})
    clock = FakeClock(START)
    daemon = Daemon(cfg, clock=clock, classifier=triage())
    daemon.process(RawMail(complaint(), "INBOX", 1, 1, START))
    clock.now = START + timedelta(days=14)
    daemon.sweep()
    assert "notice:KL-2026-0001:delay_notice" not in keys(daemon)
    with session_scope(daemon.factory) as s:
        row = s.scalar(select(Notice).where(Notice.kind == "delay_notice"))
        assert row is not None and row.status == "skipped" and "ask" in row.reason
    daemon.close()


def test_safeguarding_hold_and_escalation(sqlite_url: str) -> None:
    """Held case: the delay notice waits until release; nobody acks the alert within 2 office
    hours (Fri 16:00 -> Mon 09:30), so the backup contact is alerted once."""
    received = datetime(2026, 3, 6, 16, 0, tzinfo=AMS)  # Friday
    cfg = make_config(sqlite_url)
    clock = FakeClock(received)
    sg = triage(Sector.KINDEROPVANG, safeguarding=True,
                safeguarding_category=SafeguardingCategory.KINDERMISHANDELING)
    daemon = Daemon(cfg, clock=clock, classifier=sg)
    daemon.process(RawMail(complaint(), "INBOX", 1, 1, received))
    assert keys(daemon) == ["alert:KL-2026-0001:safeguarding", "ack:KL-2026-0001"]
    clock.now = datetime(2026, 3, 9, 9, 29, tzinfo=AMS)
    daemon.sweep()
    assert "alert:KL-2026-0001:escalation" not in keys(daemon)
    clock.now = datetime(2026, 3, 9, 9, 30, tzinfo=AMS)
    daemon.sweep()
    daemon.sweep()
    assert keys(daemon).count("alert:KL-2026-0001:escalation") == 1
    with session_scope(daemon.factory) as s:
        raw = s.scalar(select(OutboxItem.raw).where(
            OutboxItem.dedupe_key == "alert:KL-2026-0001:escalation"))
        recipients = s.scalar(select(OutboxItem.recipients).where(
            OutboxItem.dedupe_key == "alert:KL-2026-0001:escalation"))
    assert recipients == [BACKUP]
    assert raw is not None and b"Jan" not in raw and b"ontevreden" not in raw
    # day 14 (Fri 20 Mar): held, so no delay notice
    clock.now = received + timedelta(days=14, hours=-6)
    daemon.sweep()
    assert "notice:KL-2026-0001:delay_notice" not in keys(daemon)
    from mailbot import officer

    with session_scope(daemon.factory) as s:
        assert officer.release(s, cfg, "KL-2026-0001", "geen acuut gevaar", "cli:test",
                               clock.now).ok
    daemon.sweep()
    assert keys(daemon)[-1] == "notice:KL-2026-0001:delay_notice"
    daemon.close()


def test_ack_stops_escalation(sqlite_url: str) -> None:
    received = datetime(2026, 3, 6, 16, 0, tzinfo=AMS)
    cfg = make_config(sqlite_url)
    clock = FakeClock(received)
    sg = triage(Sector.JEUGDHULP, safeguarding=True)
    daemon = Daemon(cfg, clock=clock, classifier=sg)
    daemon.process(RawMail(complaint(), "INBOX", 1, 1, received))
    from mailbot import officer

    with session_scope(daemon.factory) as s:
        assert officer.ack(s, cfg, "KL-2026-0001", "cli:test", received).ok
    clock.now = datetime(2026, 3, 10, 12, 0, tzinfo=AMS)
    daemon.sweep()
    assert "alert:KL-2026-0001:escalation" not in keys(daemon)
    daemon.close()


def test_closed_case_gets_nothing_more(sqlite_url: str) -> None:
    cfg = make_config(sqlite_url)
    clock = FakeClock(START)
    daemon = Daemon(cfg, clock=clock, classifier=triage())
    daemon.process(RawMail(complaint(), "INBOX", 1, 1, START))
    from mailbot import officer

    with session_scope(daemon.factory) as s:
        assert officer.close(s, cfg, "KL-2026-0001", "gegrond", "cli:test", START).ok
    clock.now = START + timedelta(days=60)
    assert daemon.sweep() == 0
    assert keys(daemon) == ["ack:KL-2026-0001"]
    with session_scope(daemon.factory) as s:
        assert {n.status for n in s.scalars(select(Notice))} == {"cancelled"}
        case = s.scalar(select(Case))
        assert case is not None and case.outcome == "gegrond"
    daemon.close()


def test_digest_once_per_working_day(sqlite_url: str) -> None:
    cfg = make_config(sqlite_url, digest={"enabled": True})
    clock = FakeClock(datetime(2026, 3, 2, 8, 0, tzinfo=AMS))
    daemon = Daemon(cfg, clock=clock, classifier=triage())
    daemon.process(RawMail(complaint(), "INBOX", 1, 1, clock.now))
    daemon.sweep()
    assert "digest:2026-03-02" not in keys(daemon)  # before 08:30
    clock.now = datetime(2026, 3, 2, 8, 31, tzinfo=AMS)
    daemon.sweep()
    daemon.sweep()
    assert keys(daemon).count("digest:2026-03-02") == 1
    clock.now = datetime(2026, 3, 7, 9, 0, tzinfo=AMS)  # Saturday: no digest
    daemon.sweep()
    assert "digest:2026-03-07" not in keys(daemon)
    daemon.close()


def test_acknowledgement_and_delay_notice_agree_on_closing_days(tmp_path: Path) -> None:
    """One timeline for every letter: with gro-up closed on Wed 13 May 2026 (the act-by day of
    the delay notice for a complaint received Thu 30 Apr), the acknowledgement promises the
    same earlier day the notice is planned for."""
    config = make_config(f"sqlite:///{tmp_path / 'c.db'}",
                         office={"closing_days": ["2026-05-13"]})
    received = datetime(2026, 4, 30, 10, 15, tzinfo=AMS)
    daemon = Daemon(config, clock=FakeClock(received), classifier=triage())
    daemon.process(RawMail(complaint(), "INBOX", 1, 1, received))
    with session_scope(daemon.factory) as s:
        ack = s.scalar(select(OutboxItem).where(OutboxItem.kind == "ack"))
        notice = s.scalar(select(Notice).where(Notice.kind == "delay_notice"))
        assert ack is not None and notice is not None
        assert notice.due_date.isoformat() == "2026-05-12"
        body = email.message_from_bytes(ack.raw, policy=email.policy.default)
        assert "dinsdag 12 mei 2026" in body.get_content()  # type: ignore[attr-defined]
    daemon.close()

"""Officer actions (issue 4 §5) by service function, CLI and mail, against a real SQLite DB."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from mailbot import cli, officer
from mailbot import config as config_mod
from mailbot.config import Config
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.domain import RawMail, SafeguardingCategory, Sector, Triage
from mailbot.models import Case, Event, Message, Notice, OutboxItem
from tests.helpers import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
OFFICER = "officer@gro-up.nl"
MAILBOX = "klachtenfunctionaris@gro-up.nl"
START = datetime(2026, 3, 2, 10, 0, tzinfo=AMS)
REF = "KL-2026-0001"
AUTH_PASS = ("mx.gro-up.nl; dkim=pass (2048-bit key) header.d=gro-up.nl header.s=sel; "
             "spf=pass smtp.mailfrom=officer@gro-up.nl")




def make_config(url: str, **sections: dict[str, Any]) -> Config:
    data: dict[str, Any] = {
        "database": {"url": url},
        "organisation": {"officer_addresses": [OFFICER]},
        "digest": {"enabled": False},
        "officer_commands": {"trusted_authserv_ids": ["mx.gro-up.nl"]},
    }
    for name, values in sections.items():
        data[name] = {**data.get(name, {}), **values}
    return config_mod.from_mapping(data, env={})


def mail(sender: str, subject: str, body: str, *, to: str = MAILBOX,
         auth: str | None = None, in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    if auth is not None:
        msg["Authentication-Results"] = auth
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@example.nl>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture
def setup(tmp_path: Path) -> Any:
    def make(sector: Sector = Sector.KRAAMZORG, **cfg: dict[str, Any]) -> tuple[Daemon, FakeClock]:
        config = make_config(f"sqlite:///{tmp_path / 'm.db'}", **cfg)
        clock = FakeClock(START)
        kw: dict[str, Any] = {}
        if sector is Sector.JEUGDHULP:
            kw = {"safeguarding": True,
                  "safeguarding_category": SafeguardingCategory.GRENSOVERSCHRIJDEND}
        daemon = Daemon(config, clock=clock,
                        classifier=lambda _p: Triage(is_complaint=True, sector=sector, **kw))
        daemon.process(RawMail(mail("Jan <jan@example.nl>", "Klacht", "Ik ben boos."),
                               "INBOX", 1, 1, START))
        return daemon, clock
    return make


def snapshot(daemon: Daemon) -> tuple[Any, ...]:
    with session_scope(daemon.factory) as s:
        case = s.scalar(select(Case).where(Case.ref == REF))
        assert case is not None
        notices = sorted((n.kind, n.status, n.due_date) for n in s.scalars(select(Notice)))
        outbox = list(s.scalars(select(OutboxItem.dedupe_key).order_by(OutboxItem.id)))
        events = list(s.scalars(select(Event.kind).where(Event.case_id == case.id)))
        return (case.status, case.sector, case.received_date, case.extended, case.outcome,
                case.officer_answered_at, case.alert_acked_at, notices, outbox, events)


def command(daemon: Daemon, body: str, *, auth: str | None = AUTH_PASS, sender: str = OFFICER,
            subject: str = f"Re: Klacht [{REF}]", uid: int = 2) -> Any:
    return daemon.process(RawMail(mail(sender, subject, body, auth=auth), "INBOX", 1, uid,
                                  daemon.clock()))


def test_extend_kraamzorg_queues_letter_once(setup: Any) -> None:
    daemon, clock = setup()
    clock.now = START + timedelta(days=30)
    with session_scope(daemon.factory) as s:
        result = officer.extend(s, daemon.config, REF, "cli:test", clock.now, reason="onderzoek")
        assert result.ok and result.queued == ("extension_letter",)
    with session_scope(daemon.factory) as s:
        assert not officer.extend(s, daemon.config, REF, "cli:test", clock.now).ok
        rows = {n.kind: n for n in s.scalars(select(Notice))}
        assert rows["overdue_statutory"].due_date == date(2026, 5, 12)  # day 70 Mon 11 May + 1
        assert rows["statutory_warning"].status == "cancelled"
        assert rows["extended_warning"].due_date == date(2026, 5, 4)
        raw = s.scalar(select(OutboxItem.raw).where(
            OutboxItem.dedupe_key == f"notice:{REF}:extension_letter"))
        assert raw is not None and b"onderzoek" in raw
        events = [e.actor for e in s.scalars(select(Event).where(Event.kind == "extended"))]
        assert events == ["cli:test"]


def test_extend_refused_after_day_42_and_outside_kraamzorg(setup: Any) -> None:
    daemon, _ = setup()
    with session_scope(daemon.factory) as s:
        late = officer.extend(s, daemon.config, REF, "cli:t", START + timedelta(days=43))
        assert not late.ok and "too late" in late.detail
    with session_scope(daemon.factory) as s:
        assert officer.set_sector(s, daemon.config, REF, "kinderopvang", "cli:t", START).ok
    with session_scope(daemon.factory) as s:
        assert not officer.extend(s, daemon.config, REF, "cli:t", START).ok


def test_set_received_earlier_only_moves_notices(setup: Any) -> None:
    daemon, _ = setup()
    with session_scope(daemon.factory) as s:
        assert not officer.set_received(s, daemon.config, REF, date(2026, 3, 3), "x", "c",
                                        START).ok
        assert not officer.set_received(s, daemon.config, REF, date(2026, 2, 20), " ", "c",
                                        START).ok
        assert officer.set_received(s, daemon.config, REF, date(2026, 2, 23),
                                    "doorgestuurd door de locatie", "cli:t", START).ok
    with session_scope(daemon.factory) as s:
        rows = {n.kind: n.due_date for n in s.scalars(select(Notice))}
    assert rows["delay_notice"] == date(2026, 3, 9)  # day 14 from Mon 23 Feb


def test_note_and_close_with_actor(setup: Any) -> None:
    daemon, _ = setup()
    with session_scope(daemon.factory) as s:
        assert officer.note(s, daemon.config, REF, "gebeld met cliënt", "cli:anne", START).ok
        assert not officer.close(s, daemon.config, REF, "half", "cli:anne", START).ok
        assert officer.close(s, daemon.config, REF, "deels-gegrond", "cli:anne", START).ok
    with session_scope(daemon.factory) as s:
        assert not officer.close(s, daemon.config, REF, "gegrond", "cli:anne", START).ok
        actors = {e.kind: e.actor for e in s.scalars(select(Event))}
    assert actors["note"] == "cli:anne" and actors["closed"] == "cli:anne"


def test_release_queues_held_ack(setup: Any) -> None:
    daemon, _ = setup(Sector.JEUGDHULP, safeguarding={"acknowledge": "on_release"})
    assert snapshot(daemon)[8] == [f"alert:{REF}:safeguarding"]
    with session_scope(daemon.factory) as s:
        assert not officer.release(s, daemon.config, REF, "", "cli:t", START).ok
        assert officer.release(s, daemon.config, REF, "besproken met kwaliteit", "cli:t",
                               START).ok
    with session_scope(daemon.factory) as s:
        ack = s.scalar(select(OutboxItem).where(OutboxItem.dedupe_key == f"ack:{REF}"))
        assert ack is not None and ack.recipients == ["jan@example.nl"]
        ack_overdue = s.scalar(select(Notice).where(Notice.kind == "ack_overdue"))
        assert ack_overdue is not None and ack_overdue.status == "cancelled"


def test_mail_command_authenticated_closes_case(setup: Any) -> None:
    daemon, _ = setup()
    result = command(daemon, "#afgehandeld gegrond\n\nMet groet,\nAnne")
    assert result.outcome == "command"
    with session_scope(daemon.factory) as s:
        case = s.scalar(select(Case))
        assert case is not None and case.status == "closed" and case.outcome == "gegrond"
        closed = s.scalar(select(Event).where(Event.kind == "closed"))
        assert closed is not None and closed.actor == f"mail:{OFFICER}"
        assert s.scalar(select(OutboxItem.id).where(OutboxItem.kind == "ack",
                                                    OutboxItem.case_id.is_(None))) is None


@pytest.mark.parametrize("auth", [
    None,  # no Authentication-Results at all
    "mx.gro-up.nl; dkim=fail header.d=gro-up.nl; spf=softfail smtp.mailfrom=gro-up.nl",
    "evil.example; dkim=pass header.d=gro-up.nl",  # an untrusted authserv-id
    "mx.gro-up.nl; dkim=pass header.d=evil.example",  # a pass for another domain
])
def test_spoofed_command_changes_nothing(setup: Any, auth: str | None) -> None:
    daemon, _ = setup()
    before = snapshot(daemon)
    result = command(daemon, "#afgehandeld gegrond", auth=auth)
    assert result.outcome == "command_rejected"
    assert snapshot(daemon) == before  # no case change, no notice change, nothing queued
    with session_scope(daemon.factory) as s:
        msg = s.scalar(select(Message).where(Message.outcome == "command_rejected"))
        assert msg is not None and msg.case_id is None
        assert s.scalar(select(Case).where(Case.ref != REF)) is None  # not a new complaint


def test_command_from_non_officer_rejected(setup: Any) -> None:
    daemon, _ = setup()
    before = snapshot(daemon)
    result = command(daemon, "#gezien", sender="jan@example.nl")
    assert result.outcome == "command_rejected"
    assert snapshot(daemon) == before


def test_relaxed_authentication_for_loopback(setup: Any) -> None:
    daemon, _ = setup(officer_commands={"require_authentication": False})
    assert command(daemon, "#sector kinderopvang", auth=None).outcome == "command"
    with session_scope(daemon.factory) as s:
        case = s.scalar(select(Case))
        assert case is not None and case.sector == "kinderopvang"


def test_failed_command_is_rejected_and_reported(setup: Any) -> None:
    daemon, _ = setup()
    assert command(daemon, "#verleng", uid=2).outcome == "command"
    again = command(daemon, "#verleng", uid=3)
    assert again.outcome == "command_rejected" and "already extended" in again.reason
    assert command(daemon, "#onzin", uid=4).outcome == "command_rejected"


def test_officer_reply_to_client_stops_delay_notice(setup: Any) -> None:
    daemon, clock = setup()
    with session_scope(daemon.factory) as s:
        ack_id = s.scalar(select(OutboxItem.message_id).where(OutboxItem.kind == "ack"))
    raw = mail(OFFICER, "Re: Klacht", "Beste Jan, ik bel u morgen.", to="jan@example.nl",
               auth=AUTH_PASS, in_reply_to=ack_id)
    assert daemon.process(RawMail(raw, "INBOX", 1, 2, START)).outcome == "officer_reply"
    clock.now = START + timedelta(days=14)
    daemon.sweep()
    with session_scope(daemon.factory) as s:
        keys = list(s.scalars(select(OutboxItem.dedupe_key)))
        row = s.scalar(select(Notice).where(Notice.kind == "delay_notice"))
    assert f"notice:{REF}:delay_notice" not in keys
    assert f"notice:{REF}:reminder_delay" in keys  # officer reminders go on
    assert row is not None and row.status == "skipped" and row.reason == "officer answered"


def test_suppress_by_mail(setup: Any) -> None:
    daemon, clock = setup()
    assert command(daemon, "#geen-vertraging al gebeld").outcome == "command"
    clock.now = START + timedelta(days=14)
    daemon.sweep()
    with session_scope(daemon.factory) as s:
        row = s.scalar(select(Notice).where(Notice.kind == "delay_notice"))
    assert row is not None and row.status == "suppressed"


def test_cli_actions(setup: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    daemon, _ = setup()
    daemon.close()
    conf = tmp_path / "config.toml"
    conf.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "m.db"}"\n'
        f'[organisation]\nofficer_addresses = ["{OFFICER}"]\n', encoding="utf-8")
    base = ["--config", str(conf), "--actor", "cli:anne"]
    assert cli.main(["case", "note", REF, "eerste gesprek gevoerd", *base]) == 0
    assert cli.main(["case", "ack", REF, *base]) == 0
    assert cli.main(["case", "set-sector", REF, "kinderopvang", *base]) == 0
    assert cli.main(["case", "extend", REF, *base]) == 1  # kinderopvang: no extension
    assert "refused" in capsys.readouterr().err
    assert cli.main(["case", "set-received", REF, "2026-02-27", "--reason", "brief", *base]) == 0
    assert cli.main(["case", "close", REF, "--outcome", "ingetrokken", *base]) == 0
    with session_scope(daemon.factory) as s:
        kinds = [(e.kind, e.actor) for e in s.scalars(select(Event).where(
            Event.actor == "cli:anne"))]
    assert [k for k, _ in kinds] == ["note", "alert_acked", "sector_set", "received_set",
                                     "closed"]


def test_digest_reports_rejected_commands_and_skips_empty_days(setup: Any) -> None:
    from mailbot import digest

    daemon, clock = setup()
    command(daemon, "#afgehandeld gegrond", auth=None)
    clock.now = datetime(2026, 3, 3, 9, 0, tzinfo=AMS)
    with session_scope(daemon.factory) as s:
        d = digest.queue_digest(s, daemon.config, clock.now, force=True)
        assert d is not None and not d.is_empty
        assert [p.label for p in d.rejected_commands] == [OFFICER]
        assert [c.ref for c in d.new_cases] == [REF]
    with session_scope(daemon.factory) as s:
        assert digest.queue_digest(s, daemon.config, clock.now, force=True) is None  # once a day
        assert officer.close(s, daemon.config, REF, "gegrond", "cli:t", clock.now).ok
    clock.now = datetime(2026, 3, 4, 9, 0, tzinfo=AMS)
    with session_scope(daemon.factory) as s:
        empty = digest.queue_digest(s, daemon.config, clock.now, force=True)
        assert empty is not None and empty.is_empty
    with session_scope(daemon.factory) as s:
        keys = list(s.scalars(select(OutboxItem.dedupe_key)))
    assert "digest:2026-03-03" in keys and "digest:2026-03-04" not in keys

"""The pure digest builder and its rendering (text + autoescaped HTML)."""

from __future__ import annotations

from datetime import date, datetime
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

from mailbot import deadlines
from mailbot.digest import CaseFacts, Problem, build, case_deadlines, render
from mailbot.domain import Sector
from mailbot.reply import Sender

AMS = ZoneInfo("Europe/Amsterdam")
SENDER = Sender("klachtenfunctionaris@gro-up.nl", "Klachtenfunctionaris gro-up", "gro-up",
                "https://www.gro-up.nl/klachtenregeling", "mailbot.gro-up.nl")
SINCE = datetime(2026, 3, 13, 8, 30, tzinfo=AMS)
DAY = date(2026, 3, 16)


def case(ref: str, received: date, sector: Sector = Sector.KRAAMZORG, *, status: str = "open",
         created: datetime | None = None, flags: tuple[str, ...] = (),
         subject: str | None = "Klacht", **kw: bool) -> CaseFacts:
    return CaseFacts(ref=ref, sector=sector.value, status=status,
                     created_at=created or datetime(2026, 1, 1, tzinfo=AMS), flags=flags,
                     subject=None if flags else subject,
                     timeline=deadlines.timeline(received, (sector,)), **kw)


def test_empty_day() -> None:
    digest = build(DAY, SINCE, ())
    assert digest.is_empty and digest.per_sector == ()
    old = case("KL-2026-0001", date(2026, 1, 5), status="closed")
    assert build(DAY, SINCE, (old,)).is_empty


def test_sections() -> None:
    cases = (
        # received Mon 2 Mar: delay notice act-by Mon 16 Mar = today
        case("KL-2026-0001", date(2026, 3, 2)),
        # received Mon 9 Feb: target 9 Mar passed; statutory Mon 23 Mar this week
        case("KL-2026-0002", date(2026, 2, 9), delay_notice_done=True),
        case("KL-2026-0003", date(2026, 3, 14), Sector.KINDEROPVANG,
             created=datetime(2026, 3, 14, 9, tzinfo=AMS), flags=("safeguarding", "held"),
             status="held"),
    )
    digest = build(DAY, SINCE, cases, bounced=("KL-2026-0001 (ack_bounced)",),
                   rejected_commands=(Problem("officer@gro-up.nl", "not authenticated"),))
    assert [c.ref for c in digest.new_cases] == ["KL-2026-0003"]
    assert [(i.ref, i.what) for i in digest.due_today] == [("KL-2026-0001", "vertragingsbericht")]
    assert ("KL-2026-0002", "wettelijke termijn", date(2026, 3, 23)) in [
        (i.ref, i.what, i.when) for i in digest.due_week]
    assert [(i.ref, i.what) for i in digest.overdue] == [("KL-2026-0002",
                                                          "streeftermijn 4 weken")]
    assert [i.ref for i in digest.flagged] == ["KL-2026-0003"]
    assert digest.per_sector == (("kinderopvang", 1, 1), ("kraamzorg", 2, 0))
    assert not digest.is_empty


def test_case_deadlines_respect_what_is_done() -> None:
    c = case("KL-2026-0001", date(2026, 3, 2), ack_sent=False, answered=True, extended=False)
    whats = [i.what for i in case_deadlines(c)]
    assert whats == ["ontvangstbevestiging", "streeftermijn 4 weken",
                     "verlengingsbrief (Wkkgz)", "wettelijke termijn"]


def test_render_multipart_and_escaped() -> None:
    evil = case("KL-2026-0004", date(2026, 3, 13), created=datetime(2026, 3, 14, tzinfo=AMS),
                subject="<script>alert(1)</script> & meer")
    flagged = case("KL-2026-0005", date(2026, 3, 13), created=datetime(2026, 3, 14, tzinfo=AMS),
                   flags=("safeguarding",), subject="Naam van het kind")
    digest = build(DAY, SINCE, (evil, flagged))
    rendered = render(digest, SENDER, ("klachtenfunctionaris@gro-up.nl",),
                      "<digest.2026-03-16.x@mailbot.gro-up.nl>", datetime(2026, 3, 16, 8, 30,
                                                                          tzinfo=AMS))
    msg = message_from_bytes(rendered.as_bytes(), policy=policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    assert msg["X-Mailbot"] == "digest" and msg["Auto-Submitted"] == "auto-generated"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "<script>alert(1)</script> & meer" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer" in html
    assert "<script>" not in html
    assert "Naam van het kind" not in text + html  # flagged: by reference only
    assert "KL-2026-0005" in text and "KL-2026-0005" in html
    assert msg["Subject"].startswith("Dagoverzicht klachten 2026-03-16: 2 nieuw")

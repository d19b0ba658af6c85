"""Rendering of outgoing mail: headers, languages, neutral safeguarding template, dates."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime

from mailbot import deadlines
from mailbot.domain import Sector
from mailbot.reply import (
    AckInput,
    AlertInput,
    Sender,
    clean_header_text,
    fmt_date,
    new_message_id,
    render_acknowledgement,
    render_alert,
    reply_subject,
)

SENDER = Sender("klachten@gro-up.test", "Klachtenfunctionaris gro-up", "gro-up",
                "https://www.gro-up.nl/klachtenregeling", "mailbot.gro-up.test")
NOW = datetime(2026, 4, 30, 8, 15, tzinfo=UTC)


def _ack(**overrides: object) -> AckInput:
    values: dict[str, object] = dict(
        case_ref="KL-2026-0007", recipient="ouder@example.nl", recipient_name="Sanne de Vries",
        original_subject="Klacht over de BSO", original_message_id="<orig@example.nl>",
        original_references=("<older@example.nl>",), language="nl",
        sectors=(Sector.KINDEROPVANG,),
        timeline=deadlines.timeline(date(2026, 4, 30), (Sector.KINDEROPVANG,)),
    )
    values.update(overrides)
    return AckInput(**values)  # type: ignore[arg-type]


def _parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def test_acknowledgement_headers_and_dutch_body() -> None:
    mid = new_message_id("ack", "KL-2026-0007", SENDER.message_id_domain)
    rendered = render_acknowledgement(_ack(), SENDER, mid, NOW)
    msg = _parse(rendered.as_bytes())
    assert msg["Message-ID"] == mid and mid.endswith("@mailbot.gro-up.test>")
    assert msg["Subject"] == "Re: Klacht over de BSO [KL-2026-0007]"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["In-Reply-To"] == "<orig@example.nl>"
    assert msg["References"] == "<older@example.nl> <orig@example.nl>"
    assert msg["To"] == "ouder@example.nl"
    body = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Beste Sanne de Vries" in body
    assert "KL-2026-0007" in body
    assert "donderdag 30 april 2026" in body  # receipt date
    assert "woensdag 13 mei 2026" in body  # delay notice act-by (Hemelvaart on day 14)
    assert "donderdag 11 juni 2026" in body  # statutory last day, kinderopvang
    assert "Klachtenloket Kinderopvang" in body and "Geschillencommissie Kinderopvang" in body
    assert "klachtenregeling" in body


def test_identical_bytes_for_identical_input() -> None:
    mid = "<ack.KL-2026-0007.1@mailbot.gro-up.test>"
    one = render_acknowledgement(_ack(), SENDER, mid, NOW).as_bytes()
    two = render_acknowledgement(_ack(), SENDER, mid, NOW).as_bytes()
    assert one == two


def test_english_acknowledgement() -> None:
    rendered = render_acknowledgement(_ack(language="en"), SENDER, "<a@b>", NOW)
    body = _parse(rendered.as_bytes()).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Thank you for your message" in body and "Thursday 30 April 2026" in body


def test_unsupported_language_falls_back_to_dutch() -> None:
    rendered = render_acknowledgement(_ack(language="other"), SENDER, "<a@b>", NOW)
    assert "Dank u wel" in rendered.message.get_content()


def test_neutral_acknowledgement_never_repeats_the_allegation() -> None:
    ack = _ack(original_subject="Blauwe plekken na de opvang", neutral=True)
    rendered = render_acknowledgement(ack, SENDER, "<a@b>", NOW)
    body = rendered.message.get_content()
    assert "112" in body and "0800-2000" in body and "KL-2026-0007" in body
    assert "blauwe" not in body.lower()
    assert "klachtenloket" not in body.lower()  # no routine procedure text
    assert "melding" not in body.lower()  # never says whether a report is made


def test_alert_carries_no_text_or_names() -> None:
    alert = AlertInput("KL-2026-0008", "safeguarding", ("officer@gro-up.test",),
                       (Sector.KINDEROPVANG,), "kindermishandeling", ("kindermishandeling",),
                       deadlines.timeline(date(2026, 4, 30), (Sector.KINDEROPVANG,)))
    msg = render_alert(alert, SENDER, "<alert@x>", NOW).message
    assert msg["Auto-Submitted"] == "auto-generated"
    assert "KL-2026-0008" in msg["Subject"]
    body = msg.get_content()
    assert "kindermishandeling" in body and "kinderopvang" in body


def test_subject_cleaning() -> None:
    assert reply_subject("RE: Re: AW: klacht", "KL-2026-0001", "nl") == "Re: klacht [KL-2026-0001]"
    assert reply_subject("Re: x [KL-2026-0001]", "KL-2026-0001", "nl") == "Re: x [KL-2026-0001]"
    assert reply_subject("", "KL-2026-0001", "en") == "Re: Your complaint [KL-2026-0001]"
    assert "\n" not in clean_header_text("a\r\nBcc: evil@x")
    assert len(clean_header_text("x" * 500)) == 150


def test_date_formatting() -> None:
    assert fmt_date(date(2027, 1, 4), "nl") == "maandag 4 januari 2027"
    assert fmt_date(date(2027, 1, 4), "en") == "Monday 4 January 2027"
    assert fmt_date(None, "nl") == ""

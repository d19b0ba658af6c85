"""PURE: render the issue-4 mail (client letters, officer notices, escalation) from templates.

Built on :mod:`mailbot.reply` (``render_text``, ``fmt_date``, header hygiene) and with the same
headers as its messages: a producer-chosen Message-ID, ``Auto-Submitted`` (RFC 3834:
``auto-replied`` on letters that answer a client's mail, ``auto-generated`` on internal mail),
``X-Auto-Response-Suppress: All`` and ``X-Mailbot``/``X-Mailbot-Ref`` so that our own mail is
recognised when it comes back. Officer notices carry the reference, sector, status and dates
only: no complaint text, names or addresses (DOMAIN §4, §6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mailbot.domain import Sector, Timeline
from mailbot.reply import (
    EXTERNAL_BODIES,
    LANGUAGES,
    Rendered,
    Sender,
    base_message,
    clean_header_text,
    fmt_date,
    render_text,
    reply_subject,
)

#: Client letters (template ``<lang>/<kind>.txt``).
CLIENT_KINDS = ("delay_notice", "extension_letter")
#: Officer notices (template ``nl/<kind>.txt``) and their subject lines.
OFFICER_SUBJECTS = {
    "reminder_delay": "herinnering: beslis over een vertragingsbericht",
    "reminder_target": "herinnering: de streeftermijn van vier weken nadert",
    "statutory_warning": "WAARSCHUWING: de wettelijke termijn eindigt over een week",
    "extended_warning": "WAARSCHUWING: de verlengde wettelijke termijn eindigt over een week",
    "overdue_target": "TE LAAT: de streeftermijn van vier weken is verstreken",
    "overdue_statutory": "TE LAAT: de wettelijke termijn is verstreken",
    "ack_overdue": "ontvangstbevestiging nog niet verstuurd",
    "escalation": "ESCALATIE: signaal veiligheid niet bevestigd",
}


@dataclass(frozen=True)
class ClientLetterInput:
    """What a client letter may use: the case, its dates and the thread; nothing else."""

    kind: str  # one of CLIENT_KINDS
    case_ref: str
    recipient: str
    recipient_name: str
    original_subject: str
    in_reply_to: str | None
    references: tuple[str, ...]
    language: str
    sectors: tuple[Sector, ...]
    timeline: Timeline
    reason: str = ""  # the officer's reason (extension letter: Wkkgz asks for reasons)


@dataclass(frozen=True)
class OfficerNoticeInput:
    """An internal notice: reference, flags and dates only (no text, no names)."""

    kind: str  # a key of OFFICER_SUBJECTS
    case_ref: str
    recipients: tuple[str, ...]
    sectors: tuple[Sector, ...]
    status: str
    timeline: Timeline
    safeguarding: bool = False
    delay_mode: str = "auto"
    answered: bool = False
    extended: bool = False
    escalation_hours: float = 2.0


def render_client_letter(
    data: ClientLetterInput, sender: Sender, message_id: str, now: datetime
) -> Rendered:
    """The delay notice (Klachtenregeling §3.5) or the Wkkgz extension letter, threaded as a
    reply to the client's mail (``In-Reply-To``/``References``, RFC 5322 §3.6.4)."""
    if data.kind not in CLIENT_KINDS:
        raise ValueError(f"not a client letter: {data.kind}")
    lang = data.language if data.language in LANGUAGES else "nl"
    body = render_text(
        f"{data.kind}.txt",
        lang,
        ref=data.case_ref,
        name=clean_header_text(data.recipient_name, 80),
        t=data.timeline,
        d=lambda value: fmt_date(value, lang),
        bodies=[b for s in data.sectors for b in EXTERNAL_BODIES.get(s, ())],
        reason=data.reason.strip(),
        org=sender,
    )
    subject = reply_subject(data.original_subject, data.case_ref, lang)
    msg = base_message(sender, (data.recipient,), subject, message_id, now, "auto-replied",
                       data.kind, data.case_ref)
    if data.in_reply_to:
        msg["In-Reply-To"] = data.in_reply_to
    refs = list(dict.fromkeys([*data.references[-10:], *([data.in_reply_to] if data.in_reply_to
                                                           else [])]))
    if refs:
        msg["References"] = " ".join(refs)
    msg["Content-Language"] = lang
    msg.set_content(body)
    return Rendered(message_id, (data.recipient,), msg)


def render_officer_notice(
    data: OfficerNoticeInput, sender: Sender, message_id: str, now: datetime
) -> Rendered:
    """An officer reminder, warning or escalation, in Dutch (the officers' language)."""
    if data.kind not in OFFICER_SUBJECTS:
        raise ValueError(f"not an officer notice: {data.kind}")
    template = {"escalation": "alert_escalation.txt",
                "extended_warning": "statutory_warning.txt"}.get(data.kind, f"{data.kind}.txt")
    body = render_text(
        template,
        "nl",
        ref=data.case_ref,
        sectors=[s.value for s in data.sectors] or ["onbekend"],
        status=data.status,
        t=data.timeline,
        d=lambda value: fmt_date(value, "nl"),
        safeguarding=data.safeguarding,
        delay_mode=data.delay_mode,
        answered=data.answered,
        extended=data.extended,
        hours=f"{data.escalation_hours:g}",
        org=sender,
    )
    subject = f"[{data.case_ref}] {OFFICER_SUBJECTS[data.kind]}"
    msg = base_message(sender, data.recipients, subject, message_id, now, "auto-generated",
                       f"notice-{data.kind}", data.case_ref)
    if data.kind in ("escalation", "statutory_warning", "extended_warning", "overdue_statutory"):
        msg["Importance"] = "high"
        msg["X-Priority"] = "1"
    msg.set_content(body)
    return Rendered(message_id, data.recipients, msg)

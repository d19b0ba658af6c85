"""PURE: render outgoing mail from Jinja2 templates into ``EmailMessage`` objects.

Every outgoing message carries a Message-ID chosen by the producer before it is stored in the
outbox, so a retry resends identical bytes (DESIGN §2). Loop prevention follows RFC 3834:
``Auto-Submitted: auto-replied`` on answers to a person's mail, ``auto-generated`` on alerts,
and Microsoft's ``X-Auto-Response-Suppress: All`` so Exchange sends no out-of-office back.
Header values are built from sanitised text only (no CR/LF can reach a header: RFC 5322 §2.2).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.policy import default as _default_policy
from email.utils import format_datetime, formataddr
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from mailbot.domain import Sector, Timeline

LANGUAGES = ("nl", "en")
MAX_SUBJECT_CHARS = 150

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
_HEADER_FACTORY = _default_policy.header_factory


@dataclass(frozen=True)
class ExternalBody:
    """An external complaints or disputes body a client may turn to (DOMAIN §2)."""

    name: str
    url: str
    window_nl: str
    window_en: str


#: The bodies per sector, as DOMAIN §2 lists them (verify contact points before go-live).
EXTERNAL_BODIES: dict[Sector, tuple[ExternalBody, ...]] = {
    Sector.KRAAMZORG: (
        ExternalBody(
            "De Geschillencommissie Zorg, commissie VVG",
            "https://www.degeschillencommissiezorg.nl",
            "tot 1 jaar na het indienen van uw klacht",
            "up to 1 year after you made your complaint",
        ),
    ),
    Sector.KINDEROPVANG: (
        ExternalBody(
            "Klachtenloket Kinderopvang (advies en bemiddeling)",
            "https://www.klachtenloket-kinderopvang.nl",
            "op ieder moment",
            "at any time",
        ),
        ExternalBody(
            "De Geschillencommissie Kinderopvang",
            "https://www.degeschillencommissie.nl",
            "tot 12 maanden na het indienen van uw klacht",
            "up to 12 months after you made your complaint",
        ),
    ),
    Sector.JEUGDHULP: (
        ExternalBody(
            "Klachtencommissie Jeugdhulp Zuid-Holland", "", "na de interne behandeling",
            "after the internal procedure",
        ),
        ExternalBody(
            "Jeugdstem (gratis vertrouwenspersoon)", "https://www.jeugdstem.nl", "op ieder moment",
            "at any time",
        ),
        ExternalBody("De Kinderombudsman", "https://www.dekinderombudsman.nl", "", ""),
    ),
    Sector.BUURTWERK: (),
    Sector.ONBEKEND: (),
}


@dataclass(frozen=True)
class Sender:
    """Who our mail comes from."""

    address: str
    display_name: str
    organisation: str
    regulation_url: str
    message_id_domain: str
    phone: str = ""


@dataclass(frozen=True)
class AckInput:
    """What an acknowledgement needs to know about the case; nothing else reaches the template."""

    case_ref: str
    recipient: str
    recipient_name: str
    original_subject: str
    original_message_id: str | None
    original_references: tuple[str, ...]
    language: str
    sectors: tuple[Sector, ...]
    timeline: Timeline
    neutral: bool = False


@dataclass(frozen=True)
class AlertInput:
    """An internal alert to the officer and contacts: reference, flags and dates only.

    By DOMAIN §4 it carries no complaint text, names or addresses.
    """

    case_ref: str
    kind: str  # "safeguarding" | "urgent" | other alert kinds
    recipients: tuple[str, ...]
    sectors: tuple[Sector, ...]
    category: str | None
    evidence_categories: tuple[str, ...]
    timeline: Timeline


@dataclass(frozen=True)
class Rendered:
    """A rendered message ready for the outbox."""

    message_id: str
    recipients: tuple[str, ...]
    message: EmailMessage

    def as_bytes(self) -> bytes:
        """The wire form (CRLF line ends, RFC 5322)."""
        return self.message.as_bytes(policy=SMTP)


def clean_header_text(value: str, limit: int = MAX_SUBJECT_CHARS) -> str:
    """Make ``value`` safe for a header: no control characters, collapsed space, bounded.

    ``EmailMessage`` (``policy.default``) RFC 2047-*decodes* a header value it is given, so
    the literal text ``=?utf-8?q?a=0D=0ABcc:_x?=`` (a double-encoded subject, decoded once by
    the parser) would become a CR LF and a ``Bcc:`` header on the wire (issue 5). So the value
    is decoded the way the header will decode it and cleaned again, until nothing changes;
    an encoded word that still survives is broken up (``=?`` → ``= ?``).
    """
    for _ in range(4):
        value = _CONTROL.sub(" ", value)
        value = " ".join(value.split())
        if len(value) > limit:
            value = value[: limit - 1].rstrip() + "…"
        if "=?" not in value:
            return value
        try:
            decoded = str(_HEADER_FACTORY("subject", value))
        except Exception:  # a value the header parser cannot read: neutralise it below
            break
        if decoded == value:
            return value
        value = decoded
    return value.replace("=?", "= ?")


def reply_subject(original: str, case_ref: str, language: str) -> str:
    """``Re: <subject> [KL-…]``, without stacking ``Re:`` or the reference twice."""
    subject = clean_header_text(original)
    subject = re.sub(r"^((re|aw|antw|fw|fwd|wg)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    subject = subject.replace(f"[{case_ref}]", "").strip()
    if not subject:
        subject = "Uw klacht" if language == "nl" else "Your complaint"
    return f"Re: {subject} [{case_ref}]"


def new_message_id(kind: str, case_ref: str, domain: str) -> str:
    """A fresh, globally unique Message-ID naming the kind and case (RFC 5322 §3.6.4)."""
    token = secrets.token_hex(8)
    safe_kind = re.sub(r"[^A-Za-z0-9-]", "-", kind)
    return f"<{safe_kind}.{case_ref}.{token}@{domain}>"


def templates_dir() -> Path:
    """The folder of the Jinja2 templates shipped with the package (``templates/`` at the top)."""
    return Path(str(resources.files("mailbot") / "templates"))


@lru_cache(maxsize=4)
def _environment(folder: str) -> Environment:
    # Autoescape on for .html templates (issue 5: never inject markup); text templates are plain.
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_text(template: str, language: str, **context: object) -> str:
    """Render ``<language>/<template>`` (falls back to Dutch for unsupported languages)."""
    lang = language if language in LANGUAGES else "nl"
    env = _environment(str(templates_dir()))
    return env.get_template(f"{lang}/{template}").render(**context)


def base_message(
    sender: Sender,
    recipients: tuple[str, ...],
    subject: str,
    message_id: str,
    now: datetime,
    auto_submitted: str,
    kind: str,
    case_ref: str,
) -> EmailMessage:
    """Headers shared by all our mail: identity, fixed Message-ID and loop prevention."""
    msg = EmailMessage()
    msg["From"] = formataddr((clean_header_text(sender.display_name, 100), sender.address))
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = clean_header_text(subject, 200)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Mailbot"] = kind
    msg["X-Mailbot-Ref"] = case_ref
    return msg


def fmt_date(value: date | None, language: str) -> str:
    """A date as clients read it: ``donderdag 7 mei 2026`` / ``Thursday 7 May 2026``."""
    if value is None:
        return ""
    if language == "nl":
        days = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
        months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                  "september", "oktober", "november", "december")
    else:
        days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        months = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
    return f"{days[value.weekday()]} {value.day} {months[value.month - 1]} {value.year}"


def render_acknowledgement(
    data: AckInput, sender: Sender, message_id: str, now: datetime
) -> Rendered:
    """The written acknowledgement of receipt (Klachtenregeling §3.1).

    ``data.neutral`` selects the safeguarding template (DOMAIN §4.3): receipt, reference, a
    person will contact you, 112 and Veilig Thuis, and nothing about the allegation.
    """
    lang = data.language if data.language in LANGUAGES else "nl"
    bodies = [b for s in data.sectors for b in EXTERNAL_BODIES.get(s, ())]
    template = "acknowledgement_neutral.txt" if data.neutral else "acknowledgement.txt"
    body = render_text(
        template,
        lang,
        ref=data.case_ref,
        name=clean_header_text(data.recipient_name, 80),
        received=fmt_date(data.timeline.received_date, lang),
        t=data.timeline,
        d=lambda value: fmt_date(value, lang),
        sectors=[s.value for s in data.sectors],
        bodies=bodies,
        org=sender,
    )
    subject = reply_subject(data.original_subject, data.case_ref, lang)
    msg = base_message(
        sender, (data.recipient,), subject, message_id, now, "auto-replied", "ack", data.case_ref
    )
    if data.original_message_id:
        msg["In-Reply-To"] = data.original_message_id
        refs = [*data.original_references[-10:], data.original_message_id]
        msg["References"] = " ".join(dict.fromkeys(refs))
    msg["Content-Language"] = lang
    msg.set_content(body)
    return Rendered(message_id, (data.recipient,), msg)


def render_alert(data: AlertInput, sender: Sender, message_id: str, now: datetime) -> Rendered:
    """An internal alert (Dutch: the officers' language), without complaint text or names."""
    body = render_text(
        f"alert_{data.kind}.txt",
        "nl",
        ref=data.case_ref,
        sectors=[s.value for s in data.sectors] or ["onbekend"],
        category=data.category,
        evidence_categories=data.evidence_categories,
        t=data.timeline,
        d=lambda value: fmt_date(value, "nl"),
        org=sender,
    )
    labels = {"safeguarding": "SIGNAAL veiligheid", "urgent": "URGENT kraamzorg"}
    subject = f"[{data.case_ref}] {labels.get(data.kind, data.kind)}: actie vereist"
    msg = base_message(
        sender, data.recipients, subject, message_id, now, "auto-generated", f"alert-{data.kind}",
        data.case_ref,
    )
    msg["Importance"] = "high"
    msg["X-Priority"] = "1"
    msg.set_content(body)
    return Rendered(message_id, data.recipients, msg)

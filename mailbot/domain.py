"""Value objects shared by the pipeline stages.

Every stage takes and returns frozen dataclasses from this module (DESIGN §5 rule 4): no
``dict[str, Any]`` is passed between stages. Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Sector(StrEnum):
    """The four sectors of gro-up (DOMAIN §2) plus "unknown"."""

    KRAAMZORG = "kraamzorg"
    KINDEROPVANG = "kinderopvang"
    JEUGDHULP = "jeugdhulp"
    BUURTWERK = "buurtwerk"
    ONBEKEND = "onbekend"


class SafeguardingCategory(StrEnum):
    """Categories of a safeguarding flag (DOMAIN §4)."""

    KINDERMISHANDELING = "kindermishandeling"
    SEKSUEEL = "seksueel"
    HUISELIJK_GEWELD = "huiselijk_geweld"
    GRENSOVERSCHRIJDEND = "grensoverschrijdend"
    OVERIG = "overig"


@dataclass(frozen=True)
class RawMail:
    """One message as fetched from a source, before parsing.

    ``source`` names where it came from (an IMAP folder such as ``INBOX``, or ``import``);
    ``uidvalidity``/``uid`` are set for IMAP messages and ``None`` for imported files.
    ``internaldate`` is the time the *receiving server* got it (IMAP INTERNALDATE), timezone
    aware; ``None`` when unknown (then the top ``Received:`` header or the file time is used).
    """

    data: bytes
    source: str = "import"
    uidvalidity: int | None = None
    uid: int | None = None
    internaldate: datetime | None = None


@dataclass(frozen=True)
class Attachment:
    """Metadata of one attachment; the bytes stay in the raw message."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMail:
    """A message reduced to what the later stages need. Built by ``ingest.parse``, never raises.

    Addresses are lower-cased bare addresses (``a@b.nl``); ``sender_name`` is the display name.
    ``message_id`` always has a value: the header's (with angle brackets) or a deterministic
    ``<sha256-…@mailbot.invalid>`` made from the bytes when missing. ``received_at`` is timezone
    aware (see ``RawMail.internaldate``). ``text`` is the readable body (text/plain, or HTML
    converted to text), ``defects`` lists what was wrong with the message's structure.
    ``headers`` holds the header fields screening needs, lower-case names, decoded values.
    """

    message_id: str
    sender: str
    sender_name: str
    subject: str
    text: str
    received_at: datetime
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    reply_to: str | None = None
    return_path: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    date_header: datetime | None = None
    content_type: str = "text/plain"
    attachments: tuple[Attachment, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    defects: tuple[str, ...] = ()
    size: int = 0
    message_id_generated: bool = False

    def header(self, name: str) -> str | None:
        """First value of header ``name`` (case-insensitive), or ``None``."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return None

    def header_all(self, name: str) -> tuple[str, ...]:
        """All values of header ``name`` (case-insensitive), in message order."""
        wanted = name.lower()
        return tuple(value for key, value in self.headers if key == wanted)


class ScreenKind(StrEnum):
    """What screening decided a message is (DOMAIN §5)."""

    CANDIDATE = "candidate"  # human mail: a new complaint, or a reply to a case
    MACHINE = "machine"  # auto-reply, bulk, list, delivery report: record, never answer
    BOUNCE = "bounce"  # a delivery failure report (multipart/report or MAILER-DAEMON)
    OWN = "own"  # mail we sent ourselves coming back in


@dataclass(frozen=True)
class Screening:
    """Outcome of ``ingest.screen``: a return value, never an exception (DESIGN §5 rule 5).

    ``reason`` is a short machine-readable cause (``auto-submitted:auto-replied``,
    ``list-id``, ``dsn``…). ``case_refs`` are case references (``KL-2026-0001``) found in the
    subject; ``thread_ids`` are Message-IDs from In-Reply-To/References (and, for a bounce, from
    the returned message) that may point at our own mail. ``bounced_recipients`` lists failed
    recipients reported by a DSN.
    """

    kind: ScreenKind
    reason: str
    case_refs: tuple[str, ...] = ()
    thread_ids: tuple[str, ...] = ()
    bounced_recipients: tuple[str, ...] = ()

    @property
    def answerable(self) -> bool:
        """True when the message may ever get an automatic reply."""
        return self.kind is ScreenKind.CANDIDATE


@dataclass(frozen=True)
class Triage:
    """Outcome of ``classify.classify``: what the message is and whether a child is at risk.

    ``confidence`` and ``evidence`` are keyed by decision name (``is_complaint``, ``sector``,
    ``safeguarding``, ``urgent``, ``language``); evidence values are the phrases as they stood in
    the mail, readable by the officer.
    """

    is_complaint: bool
    sector: Sector
    secondary_sector: Sector | None = None
    safeguarding: bool = False
    safeguarding_category: SafeguardingCategory | None = None
    urgent: bool = False
    language: str = "nl"
    confidence: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def sectors(self) -> tuple[Sector, ...]:
        """Known sectors of the complaint, primary first (``onbekend`` excluded)."""
        found = [s for s in (self.sector, self.secondary_sector) if s and s is not Sector.ONBEKEND]
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Timeline:
    """The dates of one case (DOMAIN §3). ``None`` where a date does not apply to the sector."""

    received_date: date
    ack_act_by: date
    ack_due: date
    delay_reminder: date
    delay_notice_act_by: date
    target_reminder: date
    target_date: date
    statutory_warning: date | None
    statutory_last_day: date | None
    extended_last_day: date | None
    extension_letter_by: date | None
    external_window_closes: date | None

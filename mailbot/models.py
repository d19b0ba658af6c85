"""SQLAlchemy 2 typed models: the durable state of mailbot.

Idempotency lives in unique constraints (DESIGN §5 rule 9): an inbound message is unique by
Message-ID and by (source, UIDVALIDITY, UID); an outbound row by its producer-chosen
``dedupe_key``. SQL stays portable between SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as UTC; SQLite has no zone, so we normalise ourselves."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        from datetime import UTC

        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        from datetime import UTC

        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of all models."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class MailboxState(Base):
    """Per watched folder: the UIDVALIDITY last seen (a change is logged, DESIGN §2)."""

    __tablename__ = "mailbox_state"

    source: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_success_at: Mapped[datetime | None]


class CaseCounter(Base):
    """The per-year sequence behind case references ``KL-<year>-<seq>``."""

    __tablename__ = "case_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    """One complaint (or registered non-complaint) and its triage."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    is_complaint: Mapped[bool] = mapped_column(Boolean)
    received_at: Mapped[datetime]
    received_date: Mapped[date] = mapped_column(Date)
    sender: Mapped[str] = mapped_column(String(320), index=True)
    sender_name: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="nl")
    sector: Mapped[str] = mapped_column(String(32), default="onbekend")
    secondary_sector: Mapped[str | None] = mapped_column(String(32))
    safeguarding: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguarding_category: Mapped[str | None] = mapped_column(String(32))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    triage: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(32))
    # Issue 4 (migration 0002): the officer's loop.
    extended: Mapped[bool] = mapped_column(Boolean, default=False)  # Wkkgz extension granted
    officer_answered_at: Mapped[datetime | None]  # stops client-facing automatic notices
    hold_released_at: Mapped[datetime | None]  # DOMAIN §4.1: end of the safeguarding hold
    alert_acked_at: Mapped[datetime | None]  # someone acknowledged the alert: no escalation

    messages: Mapped[list[Message]] = relationship(back_populates="case", order_by="Message.id")
    events: Mapped[list[Event]] = relationship(back_populates="case", order_by="Event.id")


class Message(Base):
    """Every inbound message, whatever became of it; raw bytes kept (up to the size limit)."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("source", "uidvalidity", "uid", name="uq_messages_imap_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    source: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    received_at: Mapped[datetime]
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(32), index=True)
    reason: Mapped[str] = mapped_column(String(255), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    raw_truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    defects: Mapped[list[Any]] = mapped_column(JSON, default=list)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    created_at: Mapped[datetime]

    case: Mapped[Case | None] = relationship(back_populates="messages")


class Event(Base):
    """The audit trail: every registration, decision, mail and officer action."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(64), index=True)
    actor: Mapped[str] = mapped_column(String(320), default="mailbot")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    case: Mapped[Case | None] = relationship(back_populates="events")


class OutboxItem(Base):
    """One outgoing mail, rendered at enqueue time (fixed Message-ID, identical bytes on retry).

    ``status``: ``pending`` → ``sending`` (claimed, with a lease) → ``sent`` | ``dead``;
    a ``sending`` row whose lease expired is claimable again (crash between claim and record).
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    mail_from: Mapped[str] = mapped_column(String(320))
    recipients: Mapped[list[Any]] = mapped_column(JSON)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    copied_to_sent: Mapped[bool] = mapped_column(Boolean, default=False)
    #: APPENDs of this mail to the Sent folder that the server refused (``copy_to_sent`` gives up
    #: after ``daemon.SENT_COPY_ATTEMPTS`` so one refused message cannot block the others).
    sent_copy_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class IntakeFailure(Base):
    """A fetched or imported message that failed to register; quarantined at the attempt limit.

    ``item_key`` is ``<uidvalidity>:<uid>`` for IMAP messages and the SHA-256 of the bytes for
    imported files. ``raw`` keeps the bytes so that nothing is lost even if the mailbox is gone.
    """

    __tablename__ = "intake_failures"
    __table_args__ = (UniqueConstraint("source", "item_key", name="uq_failures_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(255))
    item_key: Mapped[str] = mapped_column(String(128))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    quarantined: Mapped[bool] = mapped_column(Boolean, default=False)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime]


class Notice(Base):
    """One automatic notice of a case (reminder, delay notice, warning, escalation): a ROW that
    the sweep fires, never a scheduler job (DESIGN §2), so a restart loses nothing.

    ``status``: ``pending`` → ``fired`` | ``skipped`` (condition no longer holds: answered,
    closed, mode ``ask``) | ``cancelled`` (case closed) | ``suppressed`` (by the officer).
    Unique per (case, kind); the outbox row it fires is keyed ``notice:<ref>:<kind>`` (or
    ``alert:<ref>:<kind>``), so neither a second sweep nor a second instance sends twice.
    """

    __tablename__ = "notices"
    __table_args__ = (
        UniqueConstraint("case_id", "kind", name="uq_notices_case_kind"),
        Index("ix_notices_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    audience: Mapped[str] = mapped_column(String(16))  # "officer" | "client" | "backup"
    due_date: Mapped[date] = mapped_column(Date)
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default="pending")
    reason: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    fired_at: Mapped[datetime | None]

    case: Mapped[Case] = relationship()


class DigestRun(Base):
    """One working day's digest decision: queued, or skipped because there was nothing to say.

    The day is the primary key, so at most one digest per day however many instances sweep;
    ``at`` is the moment the digest was built, the start of the next digest's "new" period.
    """

    __tablename__ = "digest_runs"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    at: Mapped[datetime]
    queued: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

"""EDGE: send queued mail over SMTP (aiosmtplib) and record the result.

Claiming is an atomic conditional UPDATE (portable to SQLite and PostgreSQL, safe with several
instances): a row is ours when the UPDATE that moves it to ``sending`` with a lease changed
exactly one row. A crash after the claim leaves the row ``sending`` until the lease expires;
then it is claimed again and resent with the same bytes and Message-ID (DESIGN §3).

Results are classified by reply code (DESIGN §5 rule 8, after Mailman ``mta/deliver.py``):
2xx sent; 5xx except 552 permanent (``dead`` + event); 4xx, 552, timeouts and connection
errors retried with exponential backoff until ``retry_for_hours`` after the first attempt.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import aiosmtplib
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import OutboxConfig, SmtpConfig, tls_context, tls_refusal_hint
from mailbot.db import session_scope
from mailbot.errors import TransientError
from mailbot.models import Event, OutboxItem
from mailbot.oauth import TokenSource, token_source

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
#: Called with the outbox row id after the server accepted the mail and before we record it;
#: tests inject a crash there (DESIGN §3, the SMTP 250 window).
AfterSendHook = Callable[[int], None]


@dataclass(frozen=True)
class SendResult:
    """The classified outcome of one SMTP transaction."""

    status: str  # "sent" | "retry" | "dead"
    detail: str


@dataclass
class DrainReport:
    """Counts of one drain run."""

    sent: int = 0
    retried: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)


def _code_of(detail: str) -> str:
    """The leading reply code or error class of a result detail, nothing of the text."""
    head = detail.split(" ", 1)[0].strip(":")
    return head if head.isdigit() or head.isidentifier() else "error"


def classify_smtp_error(exc: BaseException) -> SendResult:
    """Map an aiosmtplib exception to retry or dead by its reply code."""
    code = getattr(exc, "code", None)
    message = getattr(exc, "message", "") or str(exc)
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        if codes and all(c >= 500 and c != 552 for c in codes):
            return SendResult("dead", f"recipients refused: {codes}")
        return SendResult("retry", f"recipients refused: {codes}")
    if isinstance(code, int) and code >= 500 and code != 552:
        return SendResult("dead", f"{code} {message}"[:500])
    return SendResult("retry", f"{code or type(exc).__name__} {message}"[:500])


async def smtp_connect(cfg: SmtpConfig, tokens: TokenSource | None = None) -> aiosmtplib.SMTP:
    """Connect, secure and log in as ``[smtp]`` says; return the ready client.

    ``auth = "password"``: AUTH with username/password when a username is set (else none).
    ``auth = "xoauth2"``: AUTH XOAUTH2 with a token from ``tokens`` (the daemon's long-lived
    source; made from ``cfg`` when None); a refused *cached* token is retried once with a fresh
    one. Used by the outbox and by ``mailbot check-config``. Raises aiosmtplib/OS/TLS errors as
    they come and :class:`TransientError` when token_command fails or the server's certificate
    is refused (untrusted, or issued for another host name; always verified).
    """
    if tokens is None:
        tokens = token_source(cfg)
    # The token first: a failing token_command costs no connection. It runs in a thread so a
    # slow token tool does not block the event loop.
    token = await asyncio.to_thread(tokens.token) if tokens is not None else None
    client = aiosmtplib.SMTP(
        hostname=cfg.host,
        port=cfg.port,
        timeout=cfg.timeout_seconds,
        use_tls=cfg.security == "tls",
        start_tls=cfg.security == "starttls",
        # Chain and host name are always verified; tls_ca_file replaces the system store.
        tls_context=tls_context(cfg.tls_ca_file) if cfg.security != "plain" else None,
    )
    try:
        await client.connect()
    except (aiosmtplib.SMTPException, OSError) as exc:
        hint = tls_refusal_hint(exc, "smtp")
        if not hint:
            raise
        client.close()
        # A refused certificate: an outage until the admin acts, said in words they can use.
        raise TransientError(f"SMTP connect to {cfg.host}:{cfg.port} failed: {exc}{hint}") from None
    try:
        if tokens is not None and token is not None:
            await _auth_xoauth2(client, cfg, tokens, token)
        elif cfg.username:
            await client.login(cfg.username, cfg.password)
    except BaseException:
        client.close()
        raise
    return client


async def _auth_xoauth2(
    client: aiosmtplib.SMTP, cfg: SmtpConfig, tokens: TokenSource, token: str
) -> None:
    """AUTH XOAUTH2 (aiosmtplib ``auth_xoauth2``, the Gmail/Microsoft 365 dialogue)."""
    if client.is_ehlo_or_helo_needed:
        await client.ehlo()
    if "xoauth2" not in client.server_auth_methods:
        raise aiosmtplib.SMTPException(f"{cfg.host} does not offer AUTH XOAUTH2")
    try:
        await client.auth_xoauth2(cfg.username, token)
    except aiosmtplib.SMTPAuthenticationError:
        if not tokens.refused():
            raise
        log.info("SMTP XOAUTH2: cached access token refused; once more with a fresh one")
        await client.auth_xoauth2(cfg.username, await asyncio.to_thread(tokens.token))


async def _send_batch(
    cfg: SmtpConfig, items: list[tuple[int, str, list[str], bytes]],
    on_sent: Callable[[int, SendResult], None] | None = None,
    tokens: TokenSource | None = None,
) -> list[tuple[int, SendResult]]:
    """Send each (id, mail_from, recipients, raw) over one SMTP connection.

    ``on_sent`` is called right after each accepted message, before the next is sent.
    """
    results: list[tuple[int, SendResult]] = []
    try:
        client = await smtp_connect(cfg, tokens)
    except TransientError as exc:  # token_command failed: an outage like any other
        return [(item_id, SendResult("retry", str(exc)[:500])) for item_id, *_ in items]
    except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
        failure = classify_smtp_error(exc)
        # A refused login or TLS failure is a configuration or outage problem, not the
        # message's fault: retry every row until the period ends.
        failure = SendResult("retry", failure.detail)
        return [(item_id, failure) for item_id, *_ in items]
    try:
        for item_id, mail_from, recipients, raw in items:
            try:
                errors, response = await client.sendmail(mail_from, recipients, raw)
                if errors:
                    codes = sorted({code for code, _ in errors.values()})
                    results.append((item_id, SendResult("sent", f"partial: {codes}")))
                else:
                    results.append((item_id, SendResult("sent", response[:200])))
                if on_sent is not None:
                    on_sent(*results[-1])
            except aiosmtplib.SMTPServerDisconnected as exc:
                results.append((item_id, SendResult("retry", f"disconnected: {exc}"[:500])))
                break
            except (aiosmtplib.SMTPException, OSError) as exc:
                results.append((item_id, classify_smtp_error(exc)))
                if isinstance(exc, aiosmtplib.SMTPResponseException):
                    try:
                        await client.rset()
                    except (aiosmtplib.SMTPException, OSError):
                        break
    finally:
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()
    done = {item_id for item_id, _ in results}
    for item_id, *_ in items:
        if item_id not in done:
            results.append((item_id, SendResult("retry", "connection lost before sending")))
    return results


def claim(
    factory: sessionmaker[Session], cfg: OutboxConfig, now: datetime
) -> list[tuple[int, str, list[str], bytes]]:
    """Claim due rows for this process (pending and due, or sending with an expired lease)."""
    lease_until = now + timedelta(seconds=cfg.lease_seconds)
    due = or_(
        (OutboxItem.status == "pending") & (OutboxItem.next_attempt_at <= now),
        (OutboxItem.status == "sending") & (OutboxItem.lease_until < now),
    )
    claimed: list[tuple[int, str, list[str], bytes]] = []
    with session_scope(factory) as session:
        candidates = session.scalars(
            select(OutboxItem.id).where(due).order_by(OutboxItem.id).limit(cfg.batch)
        ).all()
    for item_id in candidates:
        with session_scope(factory) as session:
            won = session.execute(
                update(OutboxItem)
                .where(OutboxItem.id == item_id, due)
                .values(status="sending", lease_until=lease_until,
                        attempts=OutboxItem.attempts + 1)
            )
            if won.rowcount == 1:  # type: ignore[attr-defined]
                row = session.get(OutboxItem, item_id)
                assert row is not None
                claimed.append((row.id, row.mail_from, list(row.recipients), row.raw))
    return claimed


def record(
    factory: sessionmaker[Session], cfg: OutboxConfig, item_id: int, result: SendResult,
    now: datetime,
) -> str:
    """Store the outcome of one send; return the row's new status."""
    with session_scope(factory) as session:
        row = session.get(OutboxItem, item_id)
        assert row is not None
        if result.status == "sent":
            row.status, row.sent_at, row.lease_until = "sent", now, None
            session.add(Event(case_id=row.case_id, at=now, kind="mail_sent",
                              detail={"kind": row.kind, "message_id": row.message_id}))
        elif result.status == "retry" and now < row.created_at + timedelta(
            hours=cfg.retry_for_hours
        ):
            delay = min(
                cfg.backoff_initial_seconds * (2 ** max(row.attempts - 1, 0)),
                cfg.backoff_max_seconds,
            )
            row.status, row.lease_until = "pending", None
            row.next_attempt_at = now + timedelta(seconds=delay)
            if row.attempts == 1:  # an outage is logged once, not at every retry
                # Only the reply code or error class: a server's text often names the
                # recipient's address, and logs never carry addresses (DOMAIN §6).
                log.warning("outbox %s: delivery deferred (%s)", row.id, _code_of(result.detail))
        else:
            row.status, row.lease_until = "dead", None
            session.add(Event(case_id=row.case_id, at=now, kind="mail_dead",
                              detail={"kind": row.kind, "message_id": row.message_id,
                                      "error": result.detail[:300]}))
            log.error("outbox %s: undeliverable, marked dead (%s)", row.id,
                      _code_of(result.detail))
        row.last_error = None if result.status == "sent" else result.detail
        return row.status


def drain(
    factory: sessionmaker[Session],
    smtp: SmtpConfig,
    cfg: OutboxConfig,
    clock: Clock,
    after_send: AfterSendHook | None = None,
    tokens: TokenSource | None = None,
) -> DrainReport:
    """Send every due row once; never raises for SMTP trouble (rows are rescheduled).

    ``tokens``: the XOAUTH2 token source for ``[smtp] auth = "xoauth2"`` (kept by the daemon so
    the token is cached across drains; made per connection when None).
    """
    report = DrainReport()
    recorded: set[int] = set()
    while True:
        batch = claim(factory, cfg, clock())
        if not batch:
            return report
        def sent_now(item_id: int, result: SendResult) -> None:
            # Record each 250 at once (issue 5): the duplicate window of DESIGN §3 is then one
            # message, not the whole batch a crash would otherwise resend.
            if after_send is not None:
                after_send(item_id)
            record(factory, cfg, item_id, result, clock())
            recorded.add(item_id)
            report.sent += 1

        results = asyncio.run(_send_batch(smtp, batch, sent_now, tokens))
        for item_id, result in results:
            if item_id in recorded:
                continue
            if result.status == "sent" and after_send is not None:
                after_send(item_id)
            status = record(factory, cfg, item_id, result, clock())
            if status == "sent":
                report.sent += 1
            elif status == "dead":
                report.dead += 1
            else:
                report.retried += 1
                report.errors.append(result.detail)
        if any(result.status != "sent" for _, result in results):
            return report  # do not hammer a failing server within one run

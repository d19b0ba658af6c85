"""A case through its whole timeline (DOMAIN §3) on real servers, with a controlled clock.

The complaint is APPENDed with INTERNALDATE Thu 30 Apr 2026 10:15 (the worked example of
DOMAIN §3, kinderopvang): the daemon is restarted at every step and run twice, and exactly the
right mails must appear in the client's and the officer's IMAP inboxes, once each.
"""

from __future__ import annotations

import email
from collections.abc import Callable
from datetime import UTC, datetime

from imapclient import IMAPClient

from mailbot.daemon import Daemon
from mailbot.devservers import Dovecot, imap_messages
from tests import mails
from tests.e2e.conftest import MakeConfig
from tests.helpers import plain_triage as _kinderopvang

RECEIVED = datetime(2026, 4, 30, 8, 15, tzinfo=UTC)  # 10:15 in Amsterdam (CEST)


def _kinds(dovecot: Dovecot, user: str) -> list[str]:
    return [str(email.message_from_bytes(raw)["X-Mailbot"]) for raw in imap_messages(dovecot, user)]


def _at_nine(day: str) -> datetime:
    """09:00 Amsterdam summer time on ``day`` (YYYY-MM-DD), in UTC."""
    y, m, d = (int(p) for p in day.split("-"))
    return datetime(y, m, d, 7, 0, tzinfo=UTC)


def test_case_timeline_sends_each_mail_once_across_restarts(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    officer, client = mailbox_user("officer"), mailbox_user("client")
    cfg = make_config(organisation={"officer_addresses": [officer]})
    box = cfg.organisation.mailbox_address
    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False) as imap:
        imap.login(box, dovecot.password)
        imap.append("INBOX", mails.complaint(client, box, "Klacht BSO",
                                             "De BSO vergeet steeds de allergielijst."),
                    msg_time=RECEIVED)

    steps = [
        # (moment, client inbox after, officer inbox after)
        ("2026-04-30T08:20", ["ack"], []),
        ("2026-05-07", ["ack"], []),  # ack act-by: nothing new, it went out on day 0
        ("2026-05-08", ["ack"], ["notice-reminder_delay"]),  # day 10 is Sun: moved back
        ("2026-05-13", ["ack", "delay_notice"], ["notice-reminder_delay"]),  # act-by day 14
        ("2026-05-21", ["ack", "delay_notice"], ["notice-reminder_delay",
                                                  "notice-reminder_target"]),
        ("2026-05-29", ["ack", "delay_notice"], ["notice-reminder_delay",
                                                  "notice-reminder_target",
                                                  "notice-overdue_target"]),
        ("2026-06-04", ["ack", "delay_notice"], ["notice-reminder_delay",
                                                  "notice-reminder_target",
                                                  "notice-overdue_target",
                                                  "notice-statutory_warning"]),
        ("2026-06-12", ["ack", "delay_notice"], ["notice-reminder_delay",
                                                  "notice-reminder_target",
                                                  "notice-overdue_target",
                                                  "notice-statutory_warning",
                                                  "notice-overdue_statutory"]),
    ]
    for moment, client_kinds, officer_kinds in steps:
        now = (datetime.fromisoformat(moment).replace(tzinfo=UTC) if "T" in moment
               else _at_nine(moment))
        for _restart in range(2):  # a fresh daemon each time: nothing may fire twice
            daemon = Daemon(cfg, clock=lambda now=now: now, classifier=_kinderopvang)
            daemon.run_once()
            daemon.run_once()
            daemon.close()
        assert _kinds(dovecot, client) == client_kinds, moment
        assert _kinds(dovecot, officer) == officer_kinds, moment

    # The delay notice names the case and threads onto the client's mail.
    letters = [email.message_from_bytes(raw) for raw in imap_messages(dovecot, client)]
    assert "[KL-2026-0001]" in str(letters[1]["Subject"])
    assert letters[1]["In-Reply-To"] and letters[1]["Auto-Submitted"] == "auto-replied"
    # Officer mail carries no complaint text.
    for raw in imap_messages(dovecot, officer):
        assert b"allergielijst" not in raw


def test_officer_reply_in_sent_folder_stops_the_delay_notice(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    from email.message import EmailMessage

    from sqlalchemy import select

    from mailbot.db import session_scope
    from mailbot.models import Case

    officer, client = mailbox_user("officer"), mailbox_user("client")
    cfg = make_config(organisation={"officer_addresses": [officer]})
    box = cfg.organisation.mailbox_address
    complaint = mails.complaint(client, box, "Klacht BSO", "De BSO vergeet de allergielijst.",
                                message_id="<klacht-1@client.test>")
    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False) as imap:
        imap.login(box, dovecot.password)
        imap.append("INBOX", complaint, msg_time=RECEIVED)
    day0 = Daemon(cfg, clock=lambda: RECEIVED.replace(minute=20), classifier=_kinderopvang)
    day0.run_once()
    day0.close()

    # The officer answers the client from the shared mailbox; the client program files the
    # answer in Sent (as Outlook does for a Microsoft 365 shared mailbox).
    answer = EmailMessage()
    answer["From"] = box
    answer["To"] = client
    answer["Subject"] = "Re: Klacht BSO [KL-2026-0001]"
    answer["Message-ID"] = "<antwoord-1@gro-up.test>"
    answer["In-Reply-To"] = "<klacht-1@client.test>"
    answer["References"] = "<klacht-1@client.test>"
    answer.set_content("Beste ouder, wij hebben met de BSO gesproken. ...")
    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False) as imap:
        imap.login(box, dovecot.password)
        imap.append(cfg.imap.sent_folder, bytes(answer), flags=[b"\\Seen"])

    for day in ("2026-05-06", "2026-05-13", "2026-05-14"):
        daemon = Daemon(cfg, clock=lambda day=day: _at_nine(day), classifier=_kinderopvang)
        daemon.run_once()
        daemon.close()
    assert _kinds(dovecot, client) == ["ack"]  # no delay notice: the officer answered
    with session_scope(daemon.factory) as session:
        case = session.scalar(select(Case))
        assert case is not None and case.officer_answered_at is not None
        assert [m.outcome for m in case.messages] == ["registered", "officer_reply"]

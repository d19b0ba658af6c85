"""One bad message never stops the loop (DESIGN §5 rule 2): retried, then parked visibly."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.devservers import Dovecot, imap_messages
from mailbot.domain import ParsedMail, Sector, Triage
from mailbot.models import Event, IntakeFailure
from tests import mails
from tests.e2e.conftest import MakeConfig


def test_message_failing_three_times_is_quarantined_and_the_rest_flows(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    poison_sender, good_sender = mailbox_user("poison"), mailbox_user("client")

    def classifier(mail: ParsedMail) -> Triage:
        # A stage that fails on one particular message, every time (a bug, a model crash).
        if mail.sender == poison_sender:
            raise ValueError("triage failed")
        return Triage(is_complaint=True, sector=Sector.BUURTWERK, language="nl")

    cfg = make_config()
    box = cfg.organisation.mailbox_address
    poison = mails.complaint(poison_sender, box, "Klacht", "Dit bericht laat de triage vallen.")
    dovecot.deliver(box, poison)
    dovecot.deliver(box, mails.complaint(good_sender, box, "Klacht buurthuis",
                                         "Het buurthuis was weer dicht."))
    daemon = Daemon(cfg, classifier=classifier)

    first = daemon.run_once()
    assert first.outcomes == {"registered": 1} and first.failed == 1
    assert len(imap_messages(dovecot, good_sender)) == 1  # the good mail was not held up
    assert len(imap_messages(dovecot, box)) == 1  # the bad one waits in INBOX for a retry

    second = daemon.run_once()
    assert second.failed == 1 and second.quarantined == 0
    third = daemon.run_once()
    assert third.failed == 1 and third.quarantined == 1

    assert imap_messages(dovecot, box) == []
    [parked] = imap_messages(dovecot, box, cfg.imap.quarantine_folder)
    assert b"Dit bericht laat de triage vallen." in parked
    assert imap_messages(dovecot, poison_sender) == []  # never answered
    with session_scope(daemon.factory) as session:
        failure = session.scalar(select(IntakeFailure))
        assert failure is not None and failure.quarantined and failure.attempts == 3
        assert "ValueError" in failure.last_error and failure.raw is not None
        assert session.scalar(select(Event).where(Event.kind == "quarantined")) is not None
    assert daemon.run_once().failed == 0  # and it stays parked
    daemon.close()

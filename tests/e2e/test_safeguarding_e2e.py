"""DOMAIN §4 end to end: a safeguarding signal is held, acknowledged neutrally, alerted at once."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable

from sqlalchemy import select

from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.devservers import Dovecot, imap_messages
from mailbot.domain import ParsedMail, SafeguardingCategory, Sector, Triage
from mailbot.models import Case
from tests import mails
from tests.e2e.conftest import MakeConfig

SIGNAL = ("Mijn dochter (3) heeft sinds een paar weken blauwe plekken op haar bovenarmen als ik "
          "haar ophaal van het kinderdagverblijf en ze wil niet meer naar de groep. Ze zegt dat "
          "ze in de donkere gang moet staan als straf van juf Petra. Ik maak me grote zorgen.")


def _body(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = msg.get_body(("plain",))  # type: ignore[attr-defined]
    return str(part.get_content()) if part is not None else ""


def test_signal_is_held_acknowledged_neutrally_and_alerted(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    officer, houder, parent = (mailbox_user("officer"), mailbox_user("houder"),
                               mailbox_user("parent"))
    cfg = make_config(organisation={"officer_addresses": [officer]},
                      safeguarding={"contacts": {"kinderopvang": [houder]}})
    box = cfg.organisation.mailbox_address
    dovecot.deliver(box, mails.complaint(parent, box, "zorgen over mijn dochter", SIGNAL,
                                         name="Moeder Jansen"))
    daemon = Daemon(cfg)  # the real classifier
    report = daemon.run_once()
    assert report.outcomes == {"registered": 1}

    [ack] = imap_messages(dovecot, parent)
    text = _body(ack)
    assert "112" in text and "0800-2000" in text and "KL-2026-0001" in text
    for word in ("blauwe", "plekken", "straf", "Petra", "gang", "klachtenloket"):
        assert word.lower() not in text.lower()  # never repeats the allegation
    for who in (officer, houder):
        [alert] = imap_messages(dovecot, who)
        assert b"SIGNAAL" in alert and b"KL-2026-0001" in alert
        for secret in (b"blauwe", b"Petra", b"Jansen", parent.encode()):
            assert secret not in alert  # no complaint text, names or addresses
    with session_scope(daemon.factory) as session:
        case = session.scalar(select(Case))
        assert case is not None and case.status == "held" and case.safeguarding
        evidence = case.triage["evidence"]["safeguarding"]
        assert evidence  # the officer sees what the bot saw
    daemon.close()


def test_disclosure_that_is_not_a_complaint_still_gets_the_neutral_acknowledgement(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    def disclosure(_mail: ParsedMail) -> Triage:
        return Triage(is_complaint=False, sector=Sector.KRAAMZORG, safeguarding=True,
                      safeguarding_category=SafeguardingCategory.HUISELIJK_GEWELD,
                      language="nl")

    officer, mother = mailbox_user("officer"), mailbox_user("mother")
    cfg = make_config(organisation={"officer_addresses": [officer]})
    box = cfg.organisation.mailbox_address
    dovecot.deliver(box, mails.complaint(mother, box, "hulp", "Ik ben bang voor mijn man."))
    daemon = Daemon(cfg, classifier=disclosure)
    daemon.run_once()
    [ack] = imap_messages(dovecot, mother)
    assert "0800-2000" in _body(ack)
    assert len(imap_messages(dovecot, officer)) == 1
    daemon.close()


def test_on_release_mode_holds_the_acknowledgement(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    officer, parent = mailbox_user("officer"), mailbox_user("parent")
    cfg = make_config(organisation={"officer_addresses": [officer]},
                      safeguarding={"acknowledge": "on_release"})
    box = cfg.organisation.mailbox_address
    dovecot.deliver(box, mails.complaint(parent, box, "zorgen", SIGNAL))
    daemon = Daemon(cfg)
    daemon.run_once()
    assert imap_messages(dovecot, parent) == []  # nothing until a person releases the case
    assert len(imap_messages(dovecot, officer)) == 1  # but the alert went out at once
    daemon.close()

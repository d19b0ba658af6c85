"""The intake end to end on real servers: mail in the officer's IMAP INBOX → registered case →
acknowledgement in the client's own IMAP INBOX (issue 2)."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from collections.abc import Callable

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.devservers import Dovecot, SmtpRelay, imap_messages
from mailbot.models import Case, Event, Message, OutboxItem
from tests import mails
from tests.e2e.conftest import MakeConfig
from tests.helpers import plain_triage as _plain

COMPLAINTS_NL = [
    ("Klacht BSO", "De BSO is mijn zoon vorige week twee keer vergeten op te halen van school. "
     "Niemand belde ons. Ik wil weten hoe dit kan en dat het niet meer gebeurt."),
    ("Factuur kinderdagverblijf", "Ik krijg al drie maanden een te hoge factuur van het "
     "kinderdagverblijf. Ik heb gebeld maar er is niets veranderd. Dit is mijn formele klacht."),
    ("Gezinscoach", "Onze gezinscoach komt steeds afspraken niet na en reageert niet op mijn "
     "berichten. Het hulpverleningsplan ligt stil. Ik ben hier erg ontevreden over."),
    ("Buurthuis", "De activiteiten in het buurthuis worden steeds op het laatste moment afgezegd "
     "door de jongerenwerker. Mijn kinderen staan dan voor een dichte deur. "
     "Ik dien een klacht in."),
    ("Pleegzorg", "Als pleegouder word ik niet op tijd geïnformeerd over wijzigingen in de "
     "bezoekregeling. Dit is nu de vierde keer. Ik wil hierover een klacht indienen."),
    ("Gastouder", "Het gastouderbureau reageert al weken niet op mijn klacht over de gastouder "
     "die steeds de tijden verandert. Ik ben het zat."),
    ("Peuteropvang", "De pedagogisch medewerker van de peuteropvang was onvriendelijk tegen mij "
     "waar andere ouders bij stonden. Ik vind dat onacceptabel en wil een gesprek."),
    ("Kraamzorg vorig jaar", "Vorig jaar had ik kraamzorg van jullie. Achteraf is mij nooit "
     "uitgelegd waarom er zoveel minder uren kwamen dan bij de intake beloofd. Ik ben hier "
     "nog steeds ontevreden over en wil een reactie."),
]
COMPLAINTS_EN = [
    ("Complaint about daycare", "Our daughter's daycare group changed staff four times this "
     "month and nobody informed us. We are unhappy and would like an explanation."),
    ("After-school care invoice", "We were charged for after-school care during the holidays "
     "even though we cancelled in time. I want this corrected, this is a formal complaint."),
    ("Youth care worker", "The youth care worker assigned to our son cancelled five appointments "
     "in a row without notice. We are very dissatisfied and want a new worker."),
    ("Community centre", "I want to complain about the community centre: the language café was "
     "cancelled without notice three times and the staff were rude when I asked why."),
    ("Maternity care hours", "Last year we got far fewer maternity care hours than agreed at "
     "the intake. I raised it with the planner but never got an answer. I am still upset."),
    ("foster care", "i am a foster parent and nobody from the youth care team answers my emails "
     "about the visiting arrangement for weeks now, this is not ok and i want to complain"),
]


def _addresses(mailbox_user: Callable[..., str], n: int) -> list[str]:
    return [mailbox_user("client") for _ in range(n)]


def _acks(dovecot: Dovecot, user: str) -> list[email.message.EmailMessage]:
    return [
        email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
        for raw in imap_messages(dovecot, user)
    ]


def test_twenty_mails_end_to_end(
    dovecot: Dovecot, smtp_relay: SmtpRelay, make_config: MakeConfig,
    mailbox_user: Callable[..., str],
) -> None:
    officer = mailbox_user("officer")
    cfg = make_config(organisation={"officer_addresses": [officer]})
    box = cfg.organisation.mailbox_address
    daemon = Daemon(cfg)

    # An earlier complaint, already acknowledged: its client will reply, its ack will bounce.
    earlier = mailbox_user("client")
    dovecot.deliver(box, mails.complaint(earlier, box, "Klacht kraamzorg uren",
                                         COMPLAINTS_NL[7][1], name="Eerdere Klant"))
    first = daemon.run_once()
    assert first.outcomes == {"registered": 1}, first.summary()
    [earlier_ack_raw] = imap_messages(dovecot, earlier)

    complainants: list[str] = []
    batch: list[bytes] = []
    for subject, body in COMPLAINTS_NL + COMPLAINTS_EN:
        who = mailbox_user("client")
        complainants.append(who)
        batch.append(mails.complaint(who, box, subject, body, name="Test Ouder"))
    html_client, attach_client = mailbox_user("client"), mailbox_user("client")
    batch.append(mails.complaint(
        html_client, box, "Klacht over de opvang",
        "De <b>pedagogisch medewerker</b> van de BSO heeft mijn dochter de hele middag "
        "genegeerd toen ze ziek was. Ik ben boos en dien een klacht in.", html=True))
    batch.append(mails.complaint(
        attach_client, box, "Klacht factuur kraamzorg (zie bijlage)",
        "In de bijlage de factuur van de kraamzorg van vorig jaar. Er zijn uren gerekend die "
        "niet gemaakt zijn. Ik wil dat dit wordt rechtgezet.",
        attachment=("factuur.pdf", b"%PDF-1.4 fake", "application/pdf")))
    complainants += [html_client, attach_client]
    ooo, news = mailbox_user("ooo"), mailbox_user("news", "news.test")
    batch.append(mails.out_of_office(ooo, box))
    batch.append(mails.newsletter(news, box))
    ack_id = email.message_from_bytes(earlier_ack_raw)["Message-ID"]
    batch.append(mails.dsn_bounce(box, earlier, ack_id))
    batch.append(mails.reply_to(earlier_ack_raw, earlier, box, "Dank u, ik wacht af."))
    assert len(batch) == 20
    for raw in batch:
        dovecot.deliver(box, raw)

    report = daemon.run_once()
    assert report.outcomes.get("registered") == 16, report.summary()
    assert report.outcomes.get("threaded") == 1
    assert report.outcomes.get("machine") == 2
    assert report.outcomes.get("bounce") == 1
    assert report.failed == 0

    # Every complainant, the earlier one included, has exactly one acknowledgement.
    for who in [*complainants, earlier]:
        acks = _acks(dovecot, who)
        assert len(acks) == 1, who
        ack = acks[0]
        assert ack["Auto-Submitted"] == "auto-replied"
        assert ack["X-Auto-Response-Suppress"] == "All"
        assert "[KL-2026-" in ack["Subject"] and ack["Subject"].startswith("Re: ")
        assert ack["In-Reply-To"]
    # English complaints get English acknowledgements.
    english = _acks(dovecot, complainants[len(COMPLAINTS_NL)])[0]
    assert "Thank you for your message" in english.get_body(("plain",)).get_content()
    # Machine mail got nothing.
    assert imap_messages(dovecot, ooo) == []
    assert imap_messages(dovecot, news) == []
    # Nothing left in INBOX; everything in the processed folder; copies in Sent.
    assert imap_messages(dovecot, box) == []
    assert len(imap_messages(dovecot, box, "Verwerkt")) == 21
    sent = [email.message_from_bytes(raw) for raw in imap_messages(dovecot, box, "Sent")]
    assert sum(1 for m in sent if m["X-Mailbot"] == "ack") == 17
    assert len(sent) == report.sent + first.sent  # every sent mail (alerts too) has its copy

    with session_scope(daemon.factory) as session:
        cases = session.scalars(select(Case)).all()
        assert len(cases) == 17
        assert Counter(c.sender for c in cases).most_common(1)[0][1] == 1
        earlier_case = session.scalar(select(Case).where(Case.sender == earlier))
        assert earlier_case is not None
        kinds = [m.outcome for m in earlier_case.messages]
        assert kinds == ["registered", "bounce", "threaded"]
        assert "ack_bounced" in earlier_case.flags
        html_case = session.scalar(select(Case).where(Case.sender == html_client))
        assert html_case is not None and "pedagogisch medewerker" in html_case.messages[0].text
        attach = session.scalar(select(Message).where(Message.sender == attach_client))
        assert attach is not None and attach.attachments[0]["filename"] == "factuur.pdf"

    # A second cycle changes nothing: no new cases, no new mail.
    again = daemon.run_once()
    assert again.outcomes == {} and again.sent == 0
    daemon.close()


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_intake_on_postgresql(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    cfg = make_config()
    box = cfg.organisation.mailbox_address
    clients = _addresses(mailbox_user, 3)
    for who, (subject, body) in zip(clients, COMPLAINTS_NL, strict=False):
        dovecot.deliver(box, mails.complaint(who, box, subject, body))
    daemon = Daemon(cfg, classifier=_plain)
    report = daemon.run_once()
    assert report.outcomes == {"registered": 3} and report.sent == 3
    for who in clients:
        assert len(imap_messages(dovecot, who)) == 1
    with session_scope(daemon.factory) as session:
        refs = sorted(session.scalars(select(Case.ref)))
    assert refs == ["KL-2026-0001", "KL-2026-0002", "KL-2026-0003"]
    daemon.close()


class Crash(BaseException):
    """A simulated process death at an injected point (not an Exception: nothing catches it)."""


def test_crash_after_commit_before_move(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    from mailbot.daemon import Hooks

    cfg = make_config()
    box = cfg.organisation.mailbox_address
    client = mailbox_user("client")
    dovecot.deliver(box, mails.complaint(client, box, *COMPLAINTS_NL[0]))

    def crash(_raw: object) -> None:
        raise Crash

    crashing = Daemon(cfg, classifier=_plain, hooks=Hooks(after_commit=crash))
    with pytest.raises(Crash):
        crashing.run_once()
    crashing.close()
    assert len(imap_messages(dovecot, box)) == 1  # still in INBOX, already in the database

    daemon = Daemon(cfg, classifier=_plain)
    report = daemon.run_once()
    assert report.outcomes == {"duplicate": 1}
    assert imap_messages(dovecot, box) == []
    assert len(imap_messages(dovecot, client)) == 1  # one acknowledgement, not two
    with session_scope(daemon.factory) as session:
        assert session.scalar(select(func.count(Case.id))) == 1
        assert session.scalar(select(func.count(OutboxItem.id))) == 1
    daemon.close()


def test_crash_after_claim_before_send(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    from datetime import timedelta

    from mailbot import outbox
    from mailbot.service import utcnow

    cfg = make_config()
    box = cfg.organisation.mailbox_address
    client = mailbox_user("client")
    dovecot.deliver(box, mails.complaint(client, box, *COMPLAINTS_NL[1]))
    daemon = Daemon(cfg, classifier=_plain)
    daemon.poll()
    # The process claims the row and dies before talking to the SMTP server.
    claimed = outbox.claim(daemon.factory, cfg.outbox, utcnow())
    assert len(claimed) == 1
    daemon.close()

    restarted = Daemon(cfg, classifier=_plain)
    assert restarted.drain_outbox().sent == 0  # the lease still holds
    later = Daemon(cfg, classifier=_plain,
                   clock=lambda: utcnow() + timedelta(seconds=cfg.outbox.lease_seconds + 1))
    assert later.drain_outbox().sent == 1
    assert len(imap_messages(dovecot, client)) == 1
    restarted.close()
    later.close()


def test_crash_after_send_before_recording(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    from datetime import timedelta

    from mailbot.daemon import Hooks
    from mailbot.service import utcnow

    cfg = make_config()
    box = cfg.organisation.mailbox_address
    client = mailbox_user("client")
    dovecot.deliver(box, mails.complaint(client, box, *COMPLAINTS_NL[2]))

    def crash(_item_id: int) -> None:
        raise Crash

    crashing = Daemon(cfg, classifier=_plain, hooks=Hooks(after_send=crash))
    with pytest.raises(Crash):
        crashing.run_once()
    crashing.close()
    assert len(imap_messages(dovecot, client)) == 1

    later = Daemon(cfg, classifier=_plain,
                   clock=lambda: utcnow() + timedelta(seconds=cfg.outbox.lease_seconds + 1))
    report = later.run_once()
    assert report.sent == 1 and report.outcomes == {}
    # The documented duplicate window: a second copy with the same Message-ID, nothing more.
    copies = _acks(dovecot, client)
    assert len(copies) == 2
    assert copies[0]["Message-ID"] == copies[1]["Message-ID"]
    assert copies[0].as_bytes() .split(b"\n\n", 1)[1] == copies[1].as_bytes().split(b"\n\n", 1)[1]
    with session_scope(later.factory) as session:
        assert session.scalar(select(func.count(Case.id))) == 1
    later.close()


def test_move_fallback_without_move_capability(
    tmp_path: object, make_config: MakeConfig, mailbox_user: Callable[..., str],
    smtp_relay: SmtpRelay,
) -> None:
    from pathlib import Path

    from mailbot.config import Config, ImapConfig
    from mailbot.devservers import start_dovecot

    with start_dovecot(Path(str(tmp_path)) / "nomove", drop_capabilities=("MOVE",)) as server:
        base = make_config()
        box = base.organisation.mailbox_address
        cfg = Config(**{**base.__dict__, "imap": ImapConfig(**{
            **base.imap.__dict__, "port": server.imap_port})})
        for subject, body in COMPLAINTS_NL[:3]:
            server.deliver(box, mails.complaint(mailbox_user("client"), box, subject, body))
        daemon = Daemon(cfg, classifier=_plain)
        from mailbot.mailbox import Mailbox

        with Mailbox(cfg.imap) as probe:
            assert "MOVE" not in probe.capabilities and "UIDPLUS" in probe.capabilities
        report = daemon.run_once()
        assert report.outcomes == {"registered": 3} and report.moved == 3
        assert imap_messages(server, box) == []
        assert len(imap_messages(server, box, "Verwerkt")) == 3
        daemon.close()


def _append(dovecot: Dovecot, user: str, folder: str, raw: bytes, flags: tuple[bytes, ...] = ()
            ) -> None:
    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False) as client:
        client.login(user, dovecot.password)
        if not client.folder_exists(folder):
            client.create_folder(folder)
        client.append(folder, raw, flags=flags)


def test_uidvalidity_change_makes_no_duplicates(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    cfg = make_config(imap={"inbox": "Klachten"})
    box = cfg.organisation.mailbox_address
    first = [mails.complaint(mailbox_user("client"), box, s, b) for s, b in COMPLAINTS_NL[:2]]
    for raw in first:
        _append(dovecot, box, "Klachten", raw)
    daemon = Daemon(cfg, classifier=_plain)
    assert daemon.run_once().outcomes == {"registered": 2}

    # The folder is recreated (a restore, a server migration): new UIDVALIDITY, same mail again.
    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False) as client:
        client.login(box, dovecot.password)
        client.delete_folder("Klachten")
        client.create_folder("Klachten")
    newcomer = mailbox_user("client")
    for raw in [*first, mails.complaint(newcomer, box, *COMPLAINTS_NL[3])]:
        _append(dovecot, box, "Klachten", raw)
    report = daemon.run_once()
    assert report.outcomes == {"duplicate": 2, "registered": 1}, report.summary()
    assert imap_messages(dovecot, box, "Klachten") == []
    with session_scope(daemon.factory) as session:
        assert session.scalar(select(func.count(Case.id))) == 3
        assert session.scalar(select(func.count(OutboxItem.id))) == 3
        assert session.scalar(
            select(func.count(Event.id)).where(Event.kind == "uidvalidity_changed")) == 1
    daemon.close()


def test_officer_read_mail_is_still_processed_and_flags_untouched(
    dovecot: Dovecot, make_config: MakeConfig, mailbox_user: Callable[..., str]
) -> None:
    cfg = make_config()
    box = cfg.organisation.mailbox_address
    read_client, unread_client = mailbox_user("client"), mailbox_user("client")
    _append(dovecot, box, "INBOX", mails.complaint(read_client, box, *COMPLAINTS_NL[4]),
            flags=(b"\\Seen",))
    _append(dovecot, box, "INBOX", mails.complaint(unread_client, box, *COMPLAINTS_NL[5]))
    daemon = Daemon(cfg, classifier=_plain)
    assert daemon.run_once().outcomes == {"registered": 2}
    assert len(imap_messages(dovecot, read_client)) == 1
    assert len(imap_messages(dovecot, unread_client)) == 1
    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False) as client:
        client.login(box, dovecot.password)
        client.select_folder("Verwerkt", readonly=True)
        flags = client.get_flags(client.search("ALL"))
        seen = sorted(b"\\Seen" in f for f in flags.values())
    assert seen == [False, True]  # the bot read with BODY.PEEK: the unread one stays unread
    daemon.close()

"""Unit tests of ``mailbot.ingest``: parse (total) and screen (DOMAIN §5, RFC 3834)."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.domain import ParsedMail, RawMail, ScreenKind
from mailbot.ingest import (
    PSEUDO_RETURNED_ID,
    ScreenPolicy,
    decode_text,
    generated_message_id,
    parse,
    sanitize_filename,
    screen,
)

POLICY = ScreenPolicy(
    own_addresses=frozenset({"klachten@gro-up.test"}),
    message_id_domain="mailbot.gro-up.test",
)


def raw(data: bytes, **kw: object) -> RawMail:
    return RawMail(data, **kw)  # type: ignore[arg-type]


def complaint(**headers: str) -> bytes:
    """A plain human mail; keyword arguments add or replace header fields."""
    fields = {
        "From": '"Jan de Vries" <Jan.deVries@Example.NL>',
        "To": "klachten@gro-up.test",
        "Subject": "Klacht over de opvang",
        "Date": "Tue, 03 Feb 2026 10:15:00 +0100",
        "Message-ID": "<c1@example.nl>",
    }
    fields.update({k.replace("_", "-"): v for k, v in headers.items()})
    head = "".join(f"{k}: {v}\r\n" for k, v in fields.items() if v is not None)
    return (head + "\r\nMijn dochter werd niet opgehaald.\r\n").encode()


def screened(data: bytes) -> tuple[ParsedMail, ScreenKind, str]:
    mail = parse(raw(data))
    result = screen(mail, POLICY)
    return mail, result.kind, result.reason


# --- parse ------------------------------------------------------------------------------------


def test_dutch_quoted_printable_latin1() -> None:
    data = (
        b"From: =?iso-8859-1?q?Jos=E9_M=FCller?= <jose@example.nl>\r\n"
        b"To: klachten@gro-up.test\r\n"
        b"Subject: =?iso-8859-1?q?Klacht_over_ge=EFrriteerde_leidster?=\r\n"
        b"Message-ID: <qp@example.nl>\r\n"
        b"Date: Tue, 03 Feb 2026 10:15:00 +0100\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Geachte heer/mevrouw,=0D=0A=0D=0AIk ben erg ontevreden over de co=F6rdinatie =\r\n"
        b"van de kraamzorg. Dat is ge=EFrriteerd ontvangen.\r\n"
    )
    mail = parse(raw(data))
    assert mail.sender == "jose@example.nl"
    assert mail.sender_name == "José Müller"
    assert mail.subject == "Klacht over geïrriteerde leidster"
    assert "coördinatie van de kraamzorg" in mail.text
    assert "geïrriteerd" in mail.text
    assert "\r" not in mail.text
    assert mail.message_id == "<qp@example.nl>"
    assert not mail.message_id_generated
    assert mail.date_header == datetime(2026, 2, 3, 10, 15, tzinfo=timezone(timedelta(hours=1)))
    assert mail.size == len(data)
    assert mail.defects == ()


def test_html_only_is_converted_to_text() -> None:
    msg = EmailMessage()
    msg["From"] = "ouder@example.nl"
    msg["Subject"] = "HTML"
    msg["Message-ID"] = "<html@example.nl>"
    msg.set_content(
        "<html><body><p>Beste,</p><p>De <b>leidster</b> was onvriendelijk.</p>"
        "<script>alert(1)</script></body></html>",
        subtype="html",
    )
    mail = parse(raw(msg.as_bytes()))
    assert "De leidster was onvriendelijk." in mail.text
    assert "<b>" not in mail.text and "alert" not in mail.text
    assert mail.content_type == "text/html"


def test_plain_wins_over_html_in_alternative() -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.nl"
    msg.set_content("platte tekst")
    msg.add_alternative("<p>html tekst</p>", subtype="html")
    assert parse(raw(msg.as_bytes())).text == "platte tekst"


def test_attachment_metadata_and_filename_sanitised() -> None:
    msg = MIMEMultipart()
    msg["From"] = "a@example.nl"
    msg["Message-ID"] = "<att@example.nl>"
    msg.attach(MIMEText("zie bijlage", "plain", "utf-8"))
    pdf = MIMEApplication(b"%PDF-1.4 " + b"x" * 1000, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="../../etc/\x07brief\u202e.pdf")
    msg.attach(pdf)
    mail = parse(raw(msg.as_bytes()))
    assert mail.text == "zie bijlage"
    (att,) = mail.attachments
    assert att.filename == "brief.pdf"
    assert att.content_type == "application/pdf"
    assert att.size == 1009


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (None, "attachment"),
        ("C:\\Users\\x\\klacht.docx", "klacht.docx"),
        ("a\r\nb.txt", "a b.txt"),
        ("..", "attachment"),
        ("=?utf-8?q?caf=C3=A9.pdf?=", "café.pdf"),
        ("x" * 500 + ".pdf", "x" * 146 + ".pdf"),
    ],
)
def test_sanitize_filename(name: str | None, expected: str) -> None:
    assert sanitize_filename(name) == expected


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    # [MS-OXTNEF] 2.1.3.1: level, attribute id, type, length, data, checksum (sum of bytes)
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def build_tnef() -> bytes:
    """A minimal winmail.dat: one attachment ``klacht.pdf`` and a plain-text body."""
    return b"".join(
        [
            struct.pack("<IH", 0x223E9F78, 0x0001),
            _tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000)),  # attTnefVersion
            _tnef_object(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0)),  # attOemCodepage
            _tnef_object(1, 0x800C, 0x0002, b"Klacht in winmail.dat"),  # attBody
            _tnef_object(2, 0x9002, 0x0006, b"\x00" * 14),  # attAttachRendData: new attachment
            _tnef_object(2, 0x8010, 0x0001, b"klacht.pdf\x00"),  # attAttachTitle
            _tnef_object(2, 0x800F, 0x0006, b"%PDF-1.4 tnef"),  # attAttachData
        ]
    )


def test_winmail_dat_is_unpacked() -> None:
    msg = MIMEMultipart()
    msg["From"] = "outlook@example.nl"
    msg["Message-ID"] = "<tnef@example.nl>"
    part = MIMEApplication(build_tnef(), "ms-tnef")
    part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
    msg.attach(part)
    mail = parse(raw(msg.as_bytes()))
    names = [a.filename for a in mail.attachments]
    assert names == ["winmail.dat", "klacht.pdf"]
    assert mail.attachments[1].size == len(b"%PDF-1.4 tnef")
    assert mail.attachments[1].content_type == "application/pdf"
    assert mail.text == "Klacht in winmail.dat"  # main text was empty
    assert "tnef-undecodable" not in mail.defects


def test_broken_winmail_dat_is_a_defect_not_an_error() -> None:
    msg = MIMEMultipart()
    msg["From"] = "outlook@example.nl"
    part = MIMEApplication(b"\x89PNG not tnef", "ms-tnef")
    part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
    msg.attach(part)
    mail = parse(raw(msg.as_bytes()))
    assert "tnef-undecodable" in mail.defects


def test_missing_message_id_is_deterministic() -> None:
    data = complaint(Message_ID=None)  # type: ignore[arg-type]
    first, second = parse(raw(data)), parse(raw(data))
    assert first.message_id == second.message_id == generated_message_id(data)
    assert first.message_id.endswith("@mailbot.invalid>") and len(first.message_id) == 50
    assert first.message_id_generated
    assert "message-id-missing" in first.defects
    assert parse(raw(data + b"x")).message_id != first.message_id


@pytest.mark.parametrize(
    ("value", "expected"),
    [("abc@example.nl", "<abc@example.nl>"), (" <x@y>  (comment)", "<x@y>"), ("no-at", None)],
)
def test_message_id_normalised(value: str, expected: str | None) -> None:
    mail = parse(raw(complaint(Message_ID=value)))
    if expected is None:
        assert mail.message_id_generated and "message-id-invalid" in mail.defects
    else:
        assert mail.message_id == expected and not mail.message_id_generated


def test_rfc2047_subject_with_crlf_injection() -> None:
    data = complaint(Subject="=?utf-8?q?Klacht=0D=0ABcc:_evil@example.com=0D=0A?= =?utf-8?b?w6k=?=")
    mail = parse(raw(data))
    assert "\r" not in mail.subject and "\n" not in mail.subject
    assert mail.subject == "Klacht Bcc: evil@example.com é"
    assert all("\n" not in v and "\r" not in v for _, v in mail.headers)


def test_eight_bit_and_unknown_charsets_never_raise() -> None:
    data = (
        "From: Zoë <zoe@example.nl>\r\nSubject: Overlast café\r\n"
        "Content-Type: text/plain; charset=x-unknown\r\n\r\nDe koffie was koud: café\r\n"
    ).encode("latin-1")
    mail = parse(raw(data))
    assert mail.sender_name == "Zoë" and mail.subject == "Overlast café"
    assert "café" in mail.text
    assert decode_text(b"caf\xc3\xa9", "uft-8") == ("café", False)
    assert decode_text(b"caf\xe9", "utf-8") == ("café", True)
    assert decode_text(b"abc", "zlib")[0] == "abc"


def test_text_is_capped() -> None:
    data = b"From: a@example.nl\r\n\r\n" + b"lang " * 10_000
    mail = parse(raw(data), max_text_chars=1000)
    assert len(mail.text) <= 1000 and "text-truncated" in mail.defects


def test_received_at_precedence() -> None:
    internal = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    rcvd = "from mx by imap; Mon, 2 Mar 2026 08:00:00 +0000"
    data = complaint(Received=rcvd)
    assert parse(raw(data, internaldate=internal)).received_at == internal
    assert parse(raw(data)).received_at == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    no_received = parse(raw(complaint()))
    assert no_received.received_at == no_received.date_header
    epoch = parse(raw(complaint(Date="gisteren")))
    assert epoch.received_at == datetime(1970, 1, 1, tzinfo=UTC)
    assert epoch.received_at.tzinfo is not None


def test_reply_threading_fields() -> None:
    data = complaint(
        In_Reply_To="<ack-1@mailbot.gro-up.test>",
        References="<c0@example.nl>\r\n <ack-1@mailbot.gro-up.test>",
        Return_Path="<Jan.deVries@example.nl>",
    )
    mail = parse(raw(data))
    assert mail.in_reply_to == "<ack-1@mailbot.gro-up.test>"
    assert mail.references == ("<c0@example.nl>", "<ack-1@mailbot.gro-up.test>")
    assert mail.return_path == "jan.devries@example.nl"
    result = screen(mail, POLICY)
    assert result.kind is ScreenKind.CANDIDATE
    assert result.thread_ids == ("<ack-1@mailbot.gro-up.test>", "<c0@example.nl>")


# --- screen -----------------------------------------------------------------------------------


def test_plain_complaint_is_candidate_with_case_ref() -> None:
    mail, kind, reason = screened(complaint(Subject="Re: [kl-2026-0012] nog steeds geen antwoord"))
    result = screen(mail, POLICY)
    assert (kind, reason) == (ScreenKind.CANDIDATE, "human")
    assert result.case_refs == ("KL-2026-0012",)
    assert result.answerable


def test_auto_submitted_no_is_candidate() -> None:
    assert screened(complaint(Auto_Submitted="no"))[1] is ScreenKind.CANDIDATE


@pytest.mark.parametrize(
    ("header", "value", "reason"),
    [
        ("Auto-Submitted", "auto-replied", "auto-submitted:auto-replied"),
        ("Auto-Submitted", "auto-generated (warning)", "auto-submitted:auto-generated"),
        ("Precedence", "bulk", "precedence:bulk"),
        ("Precedence", "junk", "precedence:junk"),
        ("Precedence", "list", "precedence:list"),
        ("Precedence", "auto_reply", "precedence:auto_reply"),
        ("X-Auto-Response-Suppress", "All", "x-auto-response-suppress"),
        ("List-Id", "<nieuws.example.nl>", "list-id"),
        ("List-Unsubscribe", "<mailto:uit@example.nl>", "list-unsubscribe"),
        ("X-Autoreply", "yes", "x-autoreply"),
        ("X-Autorespond", "yes", "x-autorespond"),
        ("Return-Path", "<>", "empty-return-path"),
        ("From", "MAILER-DAEMON@mx.example.nl", "mailer-daemon"),
        ("From", "noreply@webshop.example", "no-reply-sender"),
    ],
)
def test_machine_rules(header: str, value: str, reason: str) -> None:
    mail, kind, got = screened(complaint(**{header.replace("-", "_"): value}))
    assert (kind, got) == (ScreenKind.MACHINE, reason)
    assert not screen(mail, POLICY).answerable


@pytest.mark.parametrize(
    "subject",
    [
        "Automatisch antwoord: Klacht over de opvang",
        "Automatic reply: Klacht",
        "Out of Office: Klacht",
        "Afwezig: tot 12 januari",
        "Afwezigheidsmelding",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    assert screened(complaint(Subject=subject))[1:] == (ScreenKind.MACHINE, "out-of-office")


def test_absence_as_a_topic_is_not_out_of_office() -> None:
    kind = screened(complaint(Subject="Afwezigheid van de leidster bij het ophalen"))[1]
    assert kind is ScreenKind.CANDIDATE


def test_mdn_is_machine() -> None:
    data = (
        b"From: ouder@example.nl\r\nSubject: Gelezen: Klacht\r\nMessage-ID: <mdn@example.nl>\r\n"
        b'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\r\n'
        b"\r\n--b\r\nContent-Type: text/plain\r\n\r\nUw bericht is gelezen.\r\n"
        b"--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
        b"Final-Recipient: rfc822; ouder@example.nl\r\n"
        b"Disposition: manual-action/MDN-sent-manually; displayed\r\n--b--\r\n"
    )
    assert screened(data)[1:] == (ScreenKind.MACHINE, "mdn")


def dsn(action: str = "failed") -> bytes:
    """An RFC 3464 bounce of our acknowledgement ``<ack-1@mailbot.gro-up.test>``."""
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.nl>\r\n"
        "To: klachten@gro-up.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <bounce-1@mx.example.nl>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "Return-Path: <>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.nl\r\n\r\n"
        "Final-Recipient: rfc822; Ouder@Example.NL\r\n"
        f"Action: {action}\r\nStatus: 5.1.1\r\n\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "From: klachten@gro-up.test\r\nTo: ouder@example.nl\r\n"
        "Message-ID: <ack-1@mailbot.gro-up.test>\r\nSubject: Ontvangstbevestiging KL-2026-0001\r\n"
        "\r\n--B--\r\n"
    ).encode()


def test_dsn_bounce_links_to_our_message() -> None:
    mail = parse(raw(dsn()))
    assert mail.header(PSEUDO_RETURNED_ID) == "<ack-1@mailbot.gro-up.test>"
    result = screen(mail, POLICY)
    assert result.kind is ScreenKind.BOUNCE and result.reason == "dsn"
    assert result.thread_ids == ("<ack-1@mailbot.gro-up.test>",)
    assert result.bounced_recipients == ("ouder@example.nl",)
    assert not result.answerable


def test_returned_message_rfc822_and_dsn_without_report_type() -> None:
    data = dsn().replace(b"text/rfc822-headers", b"message/rfc822")
    data = data.replace(b"report-type=delivery-status; ", b"")
    result = screen(parse(raw(data)), POLICY)
    assert result.kind is ScreenKind.BOUNCE
    assert result.thread_ids == ("<ack-1@mailbot.gro-up.test>",)


def test_delayed_dsn_is_machine_not_bounce() -> None:
    assert screened(dsn("delayed"))[1:] == (ScreenKind.MACHINE, "auto-submitted:auto-replied")


def test_exim_and_text_bounce() -> None:
    exim = (
        b"From: Mail Delivery System <Mailer-Daemon@mx.example.nl>\r\n"
        b"Subject: Mail delivery failed: returning message to sender\r\n"
        b"X-Failed-Recipients: ouder@example.nl\r\n\r\n"
        b"This message was created automatically by mail delivery software.\r\n\r\n"
        b"------ This is a copy of the message, including all the headers. ------\r\n"
        b"Message-Id: <ack-2@mailbot.gro-up.test>\r\n"
    )
    result = screen(parse(raw(exim)), POLICY)
    assert (result.kind, result.reason) == (ScreenKind.BOUNCE, "x-failed-recipients")
    assert result.bounced_recipients == ("ouder@example.nl",)
    assert result.thread_ids == ("<ack-2@mailbot.gro-up.test>",)
    qmail = exim.replace(b"X-Failed-Recipients: ouder@example.nl\r\n", b"")
    qmail = qmail.replace(b"Mail delivery failed", b"failure notice")
    assert screened(qmail)[1:] == (ScreenKind.BOUNCE, "mailer-daemon")


def test_human_forward_of_a_bounce_is_candidate() -> None:
    data = complaint(Subject="Fwd: Undelivered Mail Returned to Sender")
    assert screened(data)[1] is ScreenKind.CANDIDATE


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"X_Mailbot": "ack"}, "own:x-mailbot"),
        ({"Message_ID": "<ack-9@mailbot.gro-up.test>"}, "own:message-id"),
        ({"From": "Klachten <KLACHTEN@gro-up.test>"}, "own:from"),
    ],
)
def test_own_mail(headers: dict[str, str], reason: str) -> None:
    assert screened(complaint(**headers))[1:] == (ScreenKind.OWN, reason)


def test_screen_never_raises_on_odd_values() -> None:
    odd = ParsedMail(
        message_id="", sender="", sender_name="", subject="", text="",
        received_at=datetime(1970, 1, 1, tzinfo=UTC),
        headers=(("auto-submitted", ""), (":dsn-action", ""), ("x-failed-recipients", ",,")),
    )  # fmt: skip
    assert screen(odd, POLICY).kind in set(ScreenKind)


# --- totality (hypothesis) --------------------------------------------------------------------

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "public-mime"
CORPUS_SEEDS = [  # real messages to mutate, when the public corpus is present
    "mailgun-flanker/bounce/office365.eml",
    "bestpractical-rt/emails/outlook-rfc822",
    "zbateson-mail-mime-parser/m4006.txt",
    "mikel-mail/multipart_report_emails/report_530.eml",
]
SEED_MESSAGES = [complaint(), dsn()] + [
    (CORPUS / name).read_bytes() for name in CORPUS_SEEDS if (CORPUS / name).is_file()
]


def _nested(depth: int) -> bytes:
    inner = b"Subject: binnenin\r\nMessage-ID: <n@x>\r\n\r\nhallo\r\n"
    for _ in range(depth):
        inner = b"Content-Type: message/rfc822\r\n\r\n" + inner
    return b"From: a@example.nl\r\n" + inner


def _mutate(data: bytes, how: int, where: int, byte: int) -> bytes:
    pos = where % (len(data) + 1)
    if how == 0:  # truncate
        return data[:pos]
    if how == 1:  # flip a byte
        return data[:pos] + bytes([byte]) + data[pos + 1 :]
    if how == 2:  # duplicate the header block
        head, _, body = data.partition(b"\r\n\r\n")
        return head + b"\r\n" + head + b"\r\n\r\n" + body
    if how == 3:  # a 100 kB header line
        return b"X-Long: " + bytes([65 + byte % 26]) * 100_000 + b"\r\n" + data
    if how == 4:  # deep message/rfc822 nesting
        return _nested(200 + byte * 4)
    return data.replace(b"\r\n", b"\r")  # bare-CR line endings


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=4000))
def test_parse_and_screen_never_raise_on_arbitrary_bytes(data: bytes) -> None:
    mail = parse(raw(data))
    assert mail.message_id.startswith("<") and mail.received_at.tzinfo is not None
    assert mail.size == len(data)
    screen(mail, POLICY)


@SETTINGS
@given(
    st.sampled_from(SEED_MESSAGES),
    st.integers(0, 5),
    st.integers(0, 10_000),
    st.integers(0, 255),
)
def test_parse_never_raises_on_mutated_messages(seed: bytes, how: int, where: int, b: int) -> None:
    mail = parse(raw(_mutate(seed, how, where, b)))
    assert mail.received_at.tzinfo is not None
    screen(mail, POLICY)


@SETTINGS
@given(st.text(max_size=300), st.text(max_size=300), st.text(max_size=100))
def test_parse_never_raises_on_odd_header_text(subject: str, sender: str, ctype: str) -> None:
    head = f"From: {sender}\nSubject: {subject}\nContent-Type: {ctype}\n\nbody"
    data = head.encode("utf-8", "surrogatepass")
    mail = parse(raw(data))
    assert "\n" not in mail.subject and "\r" not in mail.subject
    screen(mail, POLICY)


def test_deep_nesting_is_bounded() -> None:
    mail = parse(raw(_nested(3000)))
    assert "nesting-too-deep" in mail.defects

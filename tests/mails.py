"""Builders of realistic test mails (complaints, machine mail, replies, bounces)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr, make_msgid


def complaint(
    sender: str, to: str, subject: str, body: str, *, name: str = "", html: bool = False,
    attachment: tuple[str, bytes, str] | None = None, message_id: str | None = None,
) -> bytes:
    """A person's mail; ``html=True`` makes it HTML-only."""
    msg = EmailMessage()
    msg["From"] = formataddr((name, sender)) if name else sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = message_id or make_msgid(domain="client.test")
    msg["Date"] = "Fri, 04 Dec 2026 10:00:00 +0100"
    if html:
        msg.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html")
    else:
        msg.set_content(body)
    if attachment is not None:
        filename, data, ctype = attachment
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)


def out_of_office(sender: str, to: str) -> bytes:
    """An RFC 3834 auto-reply."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = "Automatisch antwoord: afwezig"
    msg["Auto-Submitted"] = "auto-replied"
    msg["Message-ID"] = make_msgid(domain="client.test")
    msg.set_content("Ik ben afwezig tot maandag.")
    return bytes(msg)


def newsletter(sender: str, to: str) -> bytes:
    """Bulk mail with List-Unsubscribe."""
    msg = EmailMessage()
    msg["From"] = f"Nieuwsbrief <{sender}>"
    msg["To"] = to
    msg["Subject"] = "Nieuwsbrief: klachten over de kinderopvangtoeslag?"
    msg["List-Unsubscribe"] = "<mailto:unsub@news.test>"
    msg["Message-ID"] = make_msgid(domain="news.test")
    msg.set_content("Lees ons nieuws. Klik hier om je af te melden.")
    return bytes(msg)


def reply_to(original: bytes, sender: str, to: str, body: str) -> bytes:
    """A person's reply to ``original`` (threaded by In-Reply-To/References)."""
    import email
    import email.policy

    parsed = email.message_from_bytes(original, policy=email.policy.default)
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = f"Re: {parsed['Subject']}"
    msg["Message-ID"] = make_msgid(domain="client.test")
    msg["In-Reply-To"] = parsed["Message-ID"]
    msg["References"] = parsed["Message-ID"]
    msg.set_content(body)
    return bytes(msg)


def dsn_bounce(to: str, failed_recipient: str, bounced_message_id: str) -> bytes:
    """A multipart/report delivery-status notification (RFC 3464) about one of our mails."""
    boundary = "b0und4ry"
    text = f"""From: Mail Delivery System <MAILER-DAEMON@mx.client.test>
To: {to}
Subject: Undelivered Mail Returned to Sender
Message-ID: {make_msgid(domain="mx.client.test")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"

--{boundary}
Content-Type: text/plain

Your message could not be delivered to {failed_recipient}.

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.client.test

Final-Recipient: rfc822; {failed_recipient}
Action: failed
Status: 5.1.1

--{boundary}
Content-Type: text/rfc822-headers

From: {to}
To: {failed_recipient}
Subject: Re: complaint
Message-ID: {bounced_message_id}

--{boundary}--
"""
    return text.replace("\n", "\r\n").encode()

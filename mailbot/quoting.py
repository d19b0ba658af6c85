"""Strip quoted reply history, signatures and disclaimers from a mail body (pure).

Triage must decide on what the sender wrote *now* (issue 3): an old message quoted below a reply
may contain alarming words that were already handled, and a disclaimer mentions "vertrouwelijk"
and "misbruik" in every mail of some organisations. This module cuts the body at the first
reply-history header, drops ``>``-quoted lines, and removes a trailing signature, mobile
footer or disclaimer. Forwarded messages are kept (their header block is removed): the forwarded
part of a forwarded complaint *is* the complaint (DOMAIN §5).

Pure and total: never raises, never does I/O.
"""

from __future__ import annotations

import re

__all__ = ["strip_quotes_and_signature"]

# Reply headers: everything from here on is history (cut).
_REPLY_HEADER = re.compile(
    r"""^\s*(?:
        op\s.{0,200}?\s(?:schreef|heeft\s.{0,120}?\sgeschreven)\b.{0,200}:?\s*$  # Op .. schreef:
      | on\s.{0,200}?\swrote:?\s*$                                              # On ... wrote:
      | am\s.{0,200}?\sschrieb.{0,100}:?\s*$                                     # Am ... schrieb
      | le\s.{0,200}?\sa\s[ée]crit\s?:?\s*$                                      # Le ... a écrit :
      | -{2,}\s*(?:original\s+message|oorspronkelijk\s+bericht|origineel\s+bericht
                  |oorspronkelijke\s+e-?mail)\s*-{2,}\s*$
      | _{10,}\s*$                                                               # Outlook rule
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# An Outlook-style header block: "From: x" followed within 3 lines by "Sent:"/"Date:".
_FROM_LINE = re.compile(r"^\s*\**(?:from|van|de|von)\s*:\**\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(
    r"^\s*\**(?:sent|date|verzonden|datum|verstuurd|gesendet|envoy[ée])\s*:", re.IGNORECASE
)
_FORWARD_MARK = re.compile(
    r"^\s*-{2,}\s*(?:forwarded\s+message|doorgestuurd\s+bericht|begin\s+forwarded\s+message"
    r"|weitergeleitete\s+nachricht)\s*-{0,}\s*:?\s*$|^\s*begin\s+forwarded\s+message\s*:?\s*$",
    re.IGNORECASE,
)
_HEADER_FIELD = re.compile(
    r"^\s*\**(?:from|van|to|aan|cc|bcc|subject|onderwerp|date|datum|sent|verzonden|reply-to)"
    r"\s*:",
    re.IGNORECASE,
)
# Signature and footer starts: cut from here to the end.
_SIG_DELIM = re.compile(r"^--\s?$")
_MOBILE = re.compile(
    r"^\s*(?:verzonden|verstuurd|sent|gesendet)\s+(?:vanaf|van|met|from|von|via)\s+(?:mijn|my|"
    r"een|mein|outlook|samsung|iphone|ipad|android)",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*(?:disclaimer\b|dit\s+(?:e-?mail)?bericht\s+(?:is|kan)\s|deze\s+e-?mail\s+(?:is|kan)\s"
    r"|de\s+informatie\s+(?:verzonden\s+)?(?:in|met)\s+dit\s+e-?mail"
    r"|this\s+(?:e-?mail|message)(?:\s+and\s+any\s+attachments?)?\s+(?:is|are|may)\s"
    r"|the\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message)"
    r"|aan\s+dit\s+bericht\s+kunnen\s+geen\s+rechten)",
    re.IGNORECASE,
)
_CLOSER = re.compile(
    r"^\s*(?:(?:met\s+)?(?:vriendelijke|hartelijke|beste|warme|lieve|veel)\s+groet(?:en|jes)?"
    r"|groet(?:en|jes)?|gr\.?|mvg|m\.v\.g\.?|kind\s+regards|best\s+regards|warm\s+regards"
    r"|regards|best\s+wishes|(?:yours\s+)?sincerely|yours\s+faithfully|many\s+thanks"
    r"|thanks|thank\s+you|cheers|best)\s*[,.!]?(?:\s+\S.{0,40})?\s*$",
    re.IGNORECASE,
)
_MAX_SIG_LINES = 7


def _is_reply_header(lines: list[str], i: int) -> bool:
    line = lines[i]
    if _REPLY_HEADER.match(line):
        return True
    # "Op ma 3 mrt 2025 om 10:00 schreef Jan <" wrapped over two lines.
    if i + 1 < len(lines) and re.match(r"^\s*(?:op|on)\s", line, re.IGNORECASE):
        joined = f"{line.rstrip()} {lines[i + 1].strip()}"
        if len(line) < 200 and _REPLY_HEADER.match(joined):
            return True
    if _FROM_LINE.match(line):
        window = lines[i + 1 : i + 4]
        return any(_SENT_LINE.match(w) for w in window)
    return False


def _drop_forward_headers(lines: list[str]) -> list[str]:
    """Remove forward markers and the header block that follows them; keep the content."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _FORWARD_MARK.match(lines[i]):
            i += 1
            while i < len(lines) and (_HEADER_FIELD.match(lines[i]) or not lines[i].strip()):
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _cut_signature(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if _SIG_DELIM.match(line) or _MOBILE.match(line):
            return lines[:i]
        # A disclaimer in the second half of the message.
        if _DISCLAIMER.match(line) and i >= len(lines) // 2 and i > 0:
            return lines[:i]
    # A closing greeting followed only by a short block (name, phone, address).
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    for i in reversed(nonempty[-(_MAX_SIG_LINES + 1) :]):
        if _CLOSER.match(lines[i]):
            tail = [t for t in lines[i + 1 :] if t.strip()]
            if len(tail) <= _MAX_SIG_LINES and all(len(t) <= 80 for t in tail) and i > 0:
                return lines[:i]
            break
    return lines


def strip_quotes_and_signature(text: str) -> str:
    """Return the newly written part of ``text``: no reply history, quotes or signature.

    Cuts at the first reply header (``Op … schreef …:``, ``On … wrote:``,
    ``-----Original Message-----``, an Outlook ``From:``/``Sent:`` block, a long ``____`` rule),
    drops lines starting with ``>``, removes forward markers with their header block (keeping the
    forwarded text), and cuts a trailing signature (``-- ``), mobile footer, disclaimer, or a
    closing greeting followed by at most a few short lines. If cutting would leave nothing, the
    text before the cut is returned as is (possibly empty); never raises.
    """
    if not text:
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = _drop_forward_headers(lines)
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _is_reply_header(lines, i):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    kept = _cut_signature(kept)
    return "\n".join(kept).strip()

"""PURE privacy helpers (DOMAIN §6, AVG/GDPR): BSN redaction and address masking for logs.

Nothing here does I/O. Both functions are total: any ``str`` in, a ``str`` out.
"""

from __future__ import annotations

import re

__all__ = ["BSN_PLACEHOLDER", "elfproef", "mask_address", "redact_bsn"]

BSN_PLACEHOLDER = "[BSN verwijderd]"

# Nine digits written together (123456782) or in groups of three with one consistent
# separator (123.456.782 / 123 456 782), not part of a longer number: no digit (or
# digit + separator) directly before, no digit (or separator + digit) directly after.
_BSN_RE = re.compile(
    r"(?<!\d)(?<!\d[.\- ])"
    r"(?P<a>\d{3})(?P<sep>[. ]?)(?P<b>\d{3})(?P=sep)(?P<c>\d{3})"
    r"(?!\d)(?![.\- ]\d)"
)


def elfproef(digits: str) -> bool:
    """The Dutch BSN 11-test (Besluit BSN; "elfproef").

    For nine digits d1..d9: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11. All zeros
    is rejected. Anything that is not exactly nine ASCII digits is rejected.
    """
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    if digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11 == 0


def _replace(match: re.Match[str]) -> str:
    digits = match.group("a") + match.group("b") + match.group("c")
    return BSN_PLACEHOLDER if elfproef(digits) else match.group(0)


def redact_bsn(text: str) -> str:
    """Replace every BSN-like number that passes the 11-test with ``[BSN verwijderd]``.

    DOMAIN §6: BSN-like numbers (9 digits passing the 11-test) are redacted from stored text.
    Numbers failing the test (phone numbers, order numbers…) are left as they are, and so are
    digits inside longer numbers (IBANs, 10-digit phone numbers).
    """
    if not text:
        return text
    return _BSN_RE.sub(_replace, text)


def _mask_part(part: str) -> str:
    return (part[:1] + "***") if part else "***"


def mask_address(addr: str) -> str:
    """Mask an e-mail address for logs: ``olga@example.nl`` → ``o***@e***.nl``.

    Keeps the first character of the local part and of the domain and the top-level domain,
    which is enough to tell log lines apart and not enough to identify a person (DOMAIN §6).
    Something that is not an address becomes ``***``; an empty string stays empty.
    """
    addr = (addr or "").strip().strip("<>")
    if not addr:
        return ""
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain:
        return "***"
    labels = [label for label in domain.split(".") if label]
    if not labels:
        return _mask_part(local) + "@***"
    masked_domain = _mask_part(labels[0])
    if len(labels) > 1:
        masked_domain += "." + labels[-1]
    return f"{_mask_part(local)}@{masked_domain}"

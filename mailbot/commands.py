"""PURE: officer commands by mail (issue 4 §5) and the sender check behind them (RFC 8601).

Two questions, answered without I/O:

* :func:`parse_command` - does the body start with a command line (``#afgehandeld gegrond``,
  ``#verleng``, ``#vrijgeven reden``, ``#sector kinderopvang``, ``#notitie ...``, ``#gezien``,
  ``#geen-vertraging``)? Returns a :class:`Command`, a :class:`CommandError` (looks like a
  command but is malformed), or ``None`` (not a command: ordinary mail).
* :func:`authenticated` - did OUR receiving server record ``dkim=pass`` or ``spf=pass`` for the
  domain of the sender? Only ``Authentication-Results`` fields whose authserv-id is trusted
  count, and only the topmost such field (RFC 8601 §5: a receiving server adds its own on top
  and should remove or ignore fields claiming its id that came from outside; anything below
  may have been written by the sender).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from mailbot.domain import Sector

CommandName = Literal["close", "extend", "release", "set_sector", "note", "ack", "suppress"]

OUTCOMES = ("gegrond", "deels-gegrond", "ongegrond", "ingetrokken")

#: Mail command word -> action. Dutch, the officers' language.
WORDS: dict[str, CommandName] = {
    "afgehandeld": "close",
    "verleng": "extend",
    "vrijgeven": "release",
    "sector": "set_sector",
    "notitie": "note",
    "gezien": "ack",
    "geen-vertraging": "suppress",
}

_COMMAND_LINE = re.compile(r"^#([a-z][a-z-]*)\b\s*(.*)$", re.IGNORECASE)
MAX_NOTE_CHARS = 2000


@dataclass(frozen=True)
class Command:
    """A parsed officer command: ``name`` and its single argument (outcome, sector, text)."""

    name: CommandName
    argument: str = ""


@dataclass(frozen=True)
class CommandError:
    """A command line that cannot be carried out as written (unknown word, bad argument)."""

    reason: str


def _first_lines(text: str) -> list[str]:
    """Body lines up to the first blank line or quoted part, leading blank lines skipped."""
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    block: list[str] = []
    for line in lines:
        if not line.strip() or line.lstrip().startswith(">"):
            break
        block.append(line.strip())
    return block


def looks_like_command(text: str) -> bool:
    """True when the first non-blank body line starts with ``#`` and a word."""
    block = _first_lines(text)
    return bool(block) and _COMMAND_LINE.match(block[0]) is not None


def parse_command(text: str) -> Command | CommandError | None:
    """Parse the command on the first non-blank line of ``text`` (see module docstring).

    Arguments: ``#afgehandeld`` needs one of :data:`OUTCOMES` ("deels gegrond" is accepted);
    ``#vrijgeven`` needs a reason; ``#sector`` a known sector; ``#notitie`` a text, which may
    continue on the following lines up to a blank line. ``#verleng`` and ``#geen-vertraging``
    take an optional reason; ``#gezien`` nothing.
    """
    block = _first_lines(text)
    match = _COMMAND_LINE.match(block[0]) if block else None
    if match is None:
        return None
    word, rest = match.group(1).lower(), match.group(2).strip()
    name = WORDS.get(word)
    if name is None:
        return CommandError(f"unknown command #{word[:30]}")
    if name == "close":
        outcome = "-".join(rest.lower().split())
        if outcome not in OUTCOMES:
            return CommandError(f"#afgehandeld needs one of: {', '.join(OUTCOMES)}")
        return Command(name, outcome)
    if name == "set_sector":
        value = rest.lower().strip()
        if value not in {s.value for s in Sector} - {Sector.ONBEKEND.value}:
            return CommandError("#sector needs kraamzorg, kinderopvang, jeugdhulp or buurtwerk")
        return Command(name, value)
    if name == "note":
        note = "\n".join([rest, *block[1:]]).strip()
        if not note:
            return CommandError("#notitie needs a text")
        return Command(name, note[:MAX_NOTE_CHARS])
    if name == "release" and not rest:
        return CommandError("#vrijgeven needs a reason")
    if name == "ack":
        return Command(name)
    return Command(name, rest[:500])


# --- RFC 8601 Authentication-Results ---------------------------------------------------------


@dataclass(frozen=True)
class AuthResult:
    """One ``method=result`` statement with its properties (``header.d``, ``smtp.mailfrom``)."""

    method: str
    result: str
    properties: tuple[tuple[str, str], ...] = ()

    def prop(self, name: str) -> str | None:
        """The value of property ``ptype.property`` (lower-case), or ``None``."""
        for key, value in self.properties:
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class AuthResults:
    """One parsed ``Authentication-Results`` field."""

    authserv_id: str
    results: tuple[AuthResult, ...]


def _strip_comments(value: str) -> str:
    """Remove RFC 5322 comments (nested parentheses), keeping quoted strings intact."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(char)
            continue
        if char == "\\":
            escaped = True
            if depth == 0:
                out.append(char)
            continue
        if quoted:
            if char == '"':
                quoted = False
            out.append(char)
        elif char == '"' and depth == 0:
            quoted = True
            out.append(char)
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            out.append(" ")
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _split_outside_quotes(value: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in value:
        if char == '"':
            quoted = not quoted
        if char == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


_PAIR = re.compile(r'([A-Za-z0-9_.\-/]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;]+)')


def parse_authentication_results(value: str) -> AuthResults | None:
    """Parse one field value (RFC 8601 §2.2); ``None`` when it has no authserv-id."""
    parts = [p.strip() for p in _split_outside_quotes(_strip_comments(value), ";")]
    head = parts[0].split() if parts else []
    if not head or "=" in head[0]:  # e.g. Microsoft 365 omits the authserv-id: unusable
        return None
    results: list[AuthResult] = []
    for part in parts[1:]:
        pairs = [(k.lower(), v.strip('"')) for k, v in _PAIR.findall(part)]
        if not pairs:
            continue
        method, result = pairs[0]
        method = method.split("/")[0]  # method-version (RFC 8601 §2.2)
        props = tuple((k, v.lower()) for k, v in pairs[1:] if "." in k)
        results.append(AuthResult(method, result.lower(), props))
    return AuthResults(head[0].lower().rstrip(";"), tuple(results))


def _domain_of(value: str | None) -> str:
    if not value:
        return ""
    return value.rsplit("@", 1)[-1].strip().strip("<>").lower().rstrip(".")


def _aligned(found: str, wanted: str) -> bool:
    """The authenticated domain is the sender's domain or a subdomain of it (both controlled
    by the sender's organisation). A parent domain is not accepted: it could be a public
    suffix."""
    return bool(found) and (found == wanted or found.endswith("." + wanted))


def authenticated(
    header_values: tuple[str, ...], sender: str, trusted_authserv_ids: tuple[str, ...]
) -> tuple[bool, str]:
    """Whether ``sender``'s domain passed DKIM or SPF at a trusted receiving server.

    ``header_values`` are the ``Authentication-Results`` values in message order (topmost
    first). The topmost field whose authserv-id is in ``trusted_authserv_ids`` decides: it must
    hold ``dkim=pass`` with ``header.d`` (or ``header.i``) aligned with the sender's domain, or
    ``spf=pass`` with ``smtp.mailfrom`` aligned with it. Returns ``(ok, reason)``; the reason
    is short and machine-readable (it ends up in the digest).
    """
    wanted = _domain_of(sender)
    if not trusted_authserv_ids:
        return False, "no trusted authserv-id configured"
    if not wanted:
        return False, "no sender address"
    trusted = {t.lower() for t in trusted_authserv_ids}
    for value in header_values:
        parsed = parse_authentication_results(value)
        if parsed is None or parsed.authserv_id not in trusted:
            continue
        for res in parsed.results:
            if res.result != "pass":
                continue
            if res.method == "dkim" and (
                _aligned(_domain_of(res.prop("header.d")), wanted)
                or _aligned(_domain_of(res.prop("header.i")), wanted)
            ):
                return True, "dkim=pass"
            if res.method == "spf" and _aligned(_domain_of(res.prop("smtp.mailfrom")), wanted):
                return True, "spf=pass"
        return False, f"no dkim/spf pass for {wanted} at {parsed.authserv_id}"
    return False, "no trusted Authentication-Results"

"""``mailbot deadlines``: show the timeline of a complaint received at a given moment.

Thin: parses and validates arguments, calls :func:`mailbot.deadlines.timeline`, prints. Exit
status 0 on success, 2 on bad input (naive datetime, unknown sector, an extension that the
sectors do not allow), with the reason on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any

from mailbot.deadlines import extension_possible, received_date, timeline
from mailbot.domain import Sector, Timeline

#: The keys of ``--json`` output, in order: the command's public contract.
JSON_KEYS = (
    "received_date",
    "ack_act_by",
    "ack_due",
    "delay_notice_act_by",
    "target_date",
    "statutory_last_day",
    "extended_last_day",
    "extension_letter_by",
    "external_window_closes",
)

#: Rows of the readable table: (Timeline field, label).
_TABLE = (
    ("received_date", "received (Europe/Amsterdam)"),
    ("ack_act_by", "acknowledgement: act by (STRICT)"),
    ("ack_due", "acknowledgement: due, 'uiterlijk' (ATW)"),
    ("delay_reminder", "reminder: decide on a delay notice"),
    ("delay_notice_act_by", "delay notice: act by"),
    ("target_reminder", "reminder: 4-week target near"),
    ("target_date", "4-week target; external route opens"),
    ("statutory_warning", "statutory warning"),
    ("statutory_last_day", "statutory last day (Atw art. 1)"),
    ("extension_letter_by", "extension letter: send by"),
    ("extended_last_day", "extended last day (Wkkgz)"),
    ("external_window_closes", "external window closes"),
)

_SECTOR_CHOICES = ", ".join(s.value for s in Sector)


class _UsageError(Exception):
    """Bad command-line input: reported on stderr with exit status 2."""


def register(subparsers: Any) -> None:
    """Add the ``deadlines`` sub-command to ``subparsers`` (from ``add_subparsers``)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "deadlines",
        help="show the deadlines of a complaint (DOMAIN §3)",
        description="Compute the timeline of a complaint from the moment the mailbox received it.",
    )
    parser.add_argument(
        "--received",
        required=True,
        metavar="DATETIME",
        help="receipt moment with a UTC offset, e.g. 2026-04-30T10:15:00+02:00 or ...Z",
    )
    parser.add_argument(
        "--sector",
        action="append",
        default=[],
        metavar="SECTOR",
        help=f"sector(s) of the complaint, repeatable or comma-separated ({_SECTOR_CHOICES})",
    )
    parser.add_argument(
        "--extended",
        action="store_true",
        help="a Wkkgz extension letter was sent (kraamzorg only)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=handle)


def parse_received(text: str) -> date:
    """The local receipt date of an ISO 8601 moment; a naive moment is a usage error."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise _UsageError(f"--received: not an ISO 8601 date-time: {text!r}") from None
    if moment.tzinfo is None:
        raise _UsageError(
            f"--received: {text!r} has no UTC offset; add one, e.g. +02:00 or Z "
            "(the receipt date is reckoned in Europe/Amsterdam)"
        )
    return received_date(moment)


def parse_sectors(values: list[str]) -> tuple[Sector, ...]:
    """Sectors from repeated and/or comma-separated values, in order, without duplicates."""
    found: list[Sector] = []
    for value in values:
        for part in value.split(","):
            name = part.strip().lower()
            if not name:
                continue
            try:
                found.append(Sector(name))
            except ValueError:
                raise _UsageError(
                    f"--sector: unknown sector {part.strip()!r} (choose from {_SECTOR_CHOICES})"
                ) from None
    return tuple(dict.fromkeys(found))


def as_json(result: Timeline) -> dict[str, str | None]:
    """The ``--json`` object: exactly :data:`JSON_KEYS`, dates as ``YYYY-MM-DD`` or ``None``."""
    out: dict[str, str | None] = {}
    for key in JSON_KEYS:
        value: date | None = getattr(result, key)
        out[key] = value.isoformat() if value is not None else None
    return out


def format_table(result: Timeline) -> str:
    """A readable table of every date of the timeline (``-`` where not applicable)."""
    width = max(len(label) for _, label in _TABLE)
    lines = []
    for key, label in _TABLE:
        value: date | None = getattr(result, key)
        shown = f"{value:%a %d %b %Y}" if value is not None else "-"
        lines.append(f"{label:<{width}}  {shown}")
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> int:
    """Run ``mailbot deadlines``: print the timeline; 2 with a message on bad input."""
    try:
        received = parse_received(args.received)
        sectors = parse_sectors(args.sector)
        if args.extended and not extension_possible(sectors):
            raise _UsageError(
                "--extended: only a kraamzorg complaint can be extended (Wkkgz), and not when "
                "it is also a kinderopvang complaint (Wet kinderopvang art. 1.57b)"
            )
        result = timeline(received, sectors, extended=args.extended)
    except _UsageError as exc:
        print(f"mailbot deadlines: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(result)))
    else:
        print(format_table(result))
    return 0

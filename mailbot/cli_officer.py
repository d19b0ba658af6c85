"""Officer actions on one case: ``mailbot case close|extend|release|set-sector|set-received|
note|ack|suppress REF ...``. Thin: parses arguments, runs one ``officer`` action in one
transaction, prints the result. Exit status 0 when done, 1 when refused (reason on stderr).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy.orm import Session

from mailbot import config as config_mod
from mailbot import officer
from mailbot.config import Config
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.domain import Sector

Action = Callable[[Session, Config, argparse.Namespace, str, datetime], officer.ActionResult]


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config", metavar="PATH",
        help="configuration file (default: $MAILBOT_CONFIG, else ./config.toml)",
    )
    parser.add_argument(
        "--actor", default=None,
        help="who acts, recorded in the case's event log (default: cli:<login name>)",
    )


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None


def register_case_actions(
    case_sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add the officer actions to the ``mailbot case`` sub-commands."""
    def add(name: str, help_text: str, action: Action) -> argparse.ArgumentParser:
        p = case_sub.add_parser(name, help=help_text)
        p.add_argument("ref", help="case reference, e.g. KL-2026-0001")
        _common(p)
        p.set_defaults(func=_runner(action))
        return p

    p = add("close", "close a case with its outcome",
            lambda s, c, a, who, now: officer.close(s, c, a.ref, a.outcome, who, now))
    p.add_argument("--outcome", required=True, choices=officer.OUTCOMES)
    p = add("extend", "extend the statutory term (kraamzorg, before day 42); queues the letter",
            lambda s, c, a, who, now: officer.extend(s, c, a.ref, who, now, reason=a.reason))
    p.add_argument("--reason", default="", help="reason, included in the letter to the client")
    p = add("release", "end a safeguarding hold (with a reason); resumes automatic mail",
            lambda s, c, a, who, now: officer.release(s, c, a.ref, a.reason, who, now))
    p.add_argument("--reason", required=True)
    p = add("set-sector", "correct the case's sector (deadlines follow)",
            lambda s, c, a, who, now: officer.set_sector(s, c, a.ref, a.sector, who, now))
    p.add_argument("sector", choices=[s.value for s in Sector if s is not Sector.ONBEKEND])
    p = add("set-received", "set an earlier receipt date (forwarded complaint), with a reason",
            lambda s, c, a, who, now: officer.set_received(s, c, a.ref, a.date, a.reason, who,
                                                      now))
    p.add_argument("date", type=_date, help="YYYY-MM-DD, earlier than the current one")
    p.add_argument("--reason", required=True)
    p = add("note", "add an internal note to the case file",
            lambda s, c, a, who, now: officer.note(s, c, a.ref, a.text, who, now))
    p.add_argument("text")
    add("ack", "acknowledge the case's alert (stops the escalation to the backup)",
        lambda s, c, a, who, now: officer.ack(s, c, a.ref, who, now))
    p = add("suppress", "suppress the automatic delay notice to the client",
            lambda s, c, a, who, now: officer.suppress(s, c, a.ref, who, now, reason=a.reason))
    p.add_argument("--reason", default="")


def _runner(action: Action) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        cfg = config_mod.load(args.config)
        daemon = Daemon(cfg)
        actor = args.actor or f"cli:{getpass.getuser()}"
        try:
            with session_scope(daemon.factory) as session:
                result = action(session, cfg, args, actor, daemon.clock())
                if not result.ok:
                    session.rollback()
        finally:
            daemon.close()
        if not result.ok:
            print(f"mailbot: {result.case_ref}: refused: {result.detail}", file=sys.stderr)
            return 1
        extra = f" (queued: {', '.join(result.queued)})" if result.queued else ""
        print(f"{result.case_ref}: {result.detail}{extra}")
        return 0

    return run

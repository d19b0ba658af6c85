"""``mailbot health [--json]``: is the bot fetching and sending? Exit 0 healthy, 1 degraded."""

from __future__ import annotations

import argparse
import json

from mailbot import health
from mailbot.cli_intake import _common, _setup
from mailbot.daemon import Daemon
from mailbot.db import session_scope


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``health`` to the ``mailbot`` parser."""
    p = sub.add_parser(
        "health",
        help="last successful poll, outbox and quarantine counts; exit 1 when degraded",
    )
    p.add_argument("--json", action="store_true", help="one JSON object")
    _common(p)
    p.set_defaults(func=cmd_health)


def cmd_health(args: argparse.Namespace) -> int:
    """Print the health report from the database (a TransientError means: unreachable)."""
    cfg = _setup(args)
    daemon = Daemon(cfg)
    try:
        with session_scope(daemon.factory) as session:
            report = health.collect(session, cfg, daemon.clock())
    finally:
        daemon.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.as_text())
    return 0 if report.healthy else 1

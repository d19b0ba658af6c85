"""The ``mailbot`` console script: parses arguments and hands over to the command modules.

Thin by design: each ``mailbot.cli_*`` module registers its sub-commands and holds no logic
beyond argument handling; the work is done by ``service``, ``daemon`` and the pure stages.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mailbot import __version__
from mailbot.errors import MailbotError

#: Modules that contribute sub-commands; each has ``register(subparsers)``.
COMMAND_MODULES = (
    "mailbot.cli_intake",
    "mailbot.cli_triage",
    "mailbot.cli_deadlines",
    "mailbot.cli_health",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every command module's sub-commands."""
    parser = argparse.ArgumentParser(
        prog="mailbot",
        description="Complaints-mailbox daemon of gro-up: registers every complaint as a case, "
        "triages it, acknowledges it and tracks the deadlines of the complaints procedure.",
    )
    parser.add_argument("--version", action="version", version=f"mailbot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit status (0 ok, 1 failure, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except MailbotError as exc:
        print(f"mailbot: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

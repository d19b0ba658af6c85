"""Commands of the intake: run, import, cases, case show, check-config."""

from __future__ import annotations

import argparse
import json
import logging
import mailbox as stdlib_mailbox
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from mailbot import config as config_mod
from mailbot.config import Config
from mailbot.daemon import Daemon
from mailbot.db import session_scope
from mailbot.errors import ConfigError
from mailbot.models import Case, Event, IntakeFailure, Message, OutboxItem


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config", metavar="PATH",
        help="configuration file (default: $MAILBOT_CONFIG, else ./config.toml)",
    )
    parser.add_argument(
        "--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"),
        help="log verbosity (logs carry references and states, never mail content)",
    )


#: Library loggers that put mail content into DEBUG (or, for SQLAlchemy, INFO) records:
#: imapclient logs every IMAP line including fetched literals, aiosmtplib the SMTP dialogue,
#: SQLAlchemy's engine the SQL parameters (subjects, bodies, addresses). DOMAIN §6: logs carry
#: references, states and timings only, so these are capped whatever ``--log-level`` says.
LIBRARY_LOGGERS: dict[str, int] = {
    "imapclient": logging.INFO,
    "aiosmtplib": logging.INFO,
    "sqlalchemy": logging.WARNING,
}


def cap_library_loggers() -> None:
    """Cap the loggers of ``LIBRARY_LOGGERS`` at their level (issue 5: no content in logs)."""
    for name, level in LIBRARY_LOGGERS.items():
        logging.getLogger(name).setLevel(level)


def _setup(args: argparse.Namespace) -> Config:
    logging.basicConfig(
        level=getattr(logging, args.log_level),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    cap_library_loggers()
    return config_mod.load(args.config)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the intake commands to the ``mailbot`` parser."""
    p = sub.add_parser("run", help="run the daemon (poll, send, sweep) until SIGTERM/SIGINT")
    p.add_argument("--once", action="store_true", help="one full cycle, then exit (for cron)")
    _common(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "import", help="run .eml files, directories, mbox or Maildir through the pipeline"
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--no-ack", action="store_true",
                   help="archive mode: register cases but queue no mail at all")
    _common(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("cases", help="list cases")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    _common(p)
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("case", help="one case")
    case_sub = p.add_subparsers(dest="case_command", metavar="ACTION")
    case_sub.required = True
    show = case_sub.add_parser("show", help="show a case with its messages and events")
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")
    _common(show)
    show.set_defaults(func=cmd_case_show)
    __import__("mailbot.cli_officer").cli_officer.register_case_actions(case_sub)  # issue 4

    p = sub.add_parser("check-config", help="validate the configuration and reach the servers")
    p.add_argument("--offline", action="store_true", help="only validate the file")
    _common(p)
    p.set_defaults(func=cmd_check_config)


def cmd_run(args: argparse.Namespace) -> int:
    cfg = _setup(args)
    daemon = Daemon(cfg)
    if args.once:
        report = daemon.run_once()
        daemon.close()
        print(report.summary())
        for error in report.errors:
            print(f"warning: {error}", file=sys.stderr)
        return 0
    from mailbot.scheduler import run_forever

    run_forever(daemon)
    return 0


def iter_messages(paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """Yield (label, bytes) for .eml files, directories (recursively), mbox files and Maildirs."""
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise ConfigError(f"no such file or directory: {path}")
        if path.is_dir():
            if all((path / d).is_dir() for d in ("cur", "new", "tmp")):
                md = stdlib_mailbox.Maildir(path, factory=None, create=False)
                for key in sorted(md.keys()):
                    yield f"{path}:{key}", md.get_bytes(key)
                continue
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in (".md", ".txt") and child.name.isupper():
                    continue
                yield from iter_messages([str(child)])
            continue
        with path.open("rb") as handle:
            head = handle.read(5)
        if head == b"From ":
            box = stdlib_mailbox.mbox(path, factory=None, create=False)
            for key in box.iterkeys():
                yield f"{path}:{key}", box.get_bytes(key)
        else:
            yield str(path), path.read_bytes()


def cmd_import(args: argparse.Namespace) -> int:
    cfg = _setup(args)
    daemon = Daemon(cfg)
    tty = sys.stderr.isatty()

    def progress(n: int) -> None:
        if tty and n % 10 == 0:
            print(f"\rimported {n} messages", end="", file=sys.stderr, flush=True)

    report = daemon.import_messages(
        iter_messages(args.paths), send_mail=not args.no_ack, progress=progress
    )
    if tty:
        print(file=sys.stderr)
    daemon.close()
    print(report.summary())
    return 0


def _case_row(case: Case, message_count: int) -> dict[str, Any]:
    flags = list(case.flags)
    if case.safeguarding:
        flags.insert(0, f"safeguarding:{case.safeguarding_category or 'overig'}")
    if case.urgent:
        flags.insert(0, "urgent")
    return {
        "ref": case.ref,
        "status": case.status,
        "received_at": case.received_at.isoformat(),
        "sender": case.sender,
        "subject": case.subject,
        "sector": case.sector,
        "flags": flags,
        "message_count": message_count,
    }


def cmd_cases(args: argparse.Namespace) -> int:
    cfg = _setup(args)
    daemon = Daemon(cfg)
    with session_scope(daemon.factory) as session:
        counts = dict(
            session.execute(
                select(Message.case_id, func.count(Message.id)).group_by(Message.case_id)
            ).all()
        )
        rows = [_case_row(c, counts.get(c.id, 0))
                for c in session.scalars(select(Case).order_by(Case.id))]
        _log_access(session, daemon, [r["ref"] for r in rows if "safeguarding" in str(r["flags"])])
    daemon.close()
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if not rows:
        print("no cases")
        return 0
    print(f"{'ref':<14} {'status':<13} {'received':<17} {'sector':<13} {'msgs':>4}  flags")
    for row in rows:
        print(f"{row['ref']:<14} {row['status']:<13} {row['received_at'][:16]:<17} "
              f"{row['sector']:<13} {row['message_count']:>4}  {','.join(row['flags'])}")
    return 0


def _log_access(session: Any, daemon: Daemon, refs: list[str]) -> None:
    """DOMAIN §4.5: access to safeguarding cases is logged."""
    if not refs:
        return
    for case in session.scalars(select(Case).where(Case.ref.in_(refs))):
        session.add(Event(case=case, at=daemon.clock(), kind="accessed", actor="cli",
                          detail={}))


def cmd_case_show(args: argparse.Namespace) -> int:
    cfg = _setup(args)
    daemon = Daemon(cfg)
    with session_scope(daemon.factory) as session:
        case = session.scalar(select(Case).where(Case.ref == args.ref.upper()))
        if case is None:
            print(f"mailbot: no case {args.ref}", file=sys.stderr)
            return 1
        from mailbot.service import case_timeline

        timeline = case_timeline(case, cfg)
        data = _case_row(case, len(case.messages))
        data.update(
            language=case.language, secondary_sector=case.secondary_sector,
            safeguarding=case.safeguarding, safeguarding_category=case.safeguarding_category,
            urgent=case.urgent, triage=case.triage,
            deadlines={k: (v.isoformat() if v else None) for k, v in vars(timeline).items()},
            messages=[{"message_id": m.message_id, "outcome": m.outcome, "reason": m.reason,
                       "received_at": m.received_at.isoformat(), "sender": m.sender,
                       "subject": m.subject, "attachments": m.attachments} for m in case.messages],
            outbox=[{"kind": o.kind, "status": o.status, "message_id": o.message_id,
                     "attempts": o.attempts, "last_error": o.last_error}
                    for o in session.scalars(
                        select(OutboxItem).where(OutboxItem.case_id == case.id))],
            events=[{"at": e.at.isoformat(), "kind": e.kind, "actor": e.actor, "detail": e.detail}
                    for e in case.events],
        )
        if case.safeguarding:
            session.add(Event(case=case, at=daemon.clock(), kind="accessed", actor="cli",
                              detail={}))
    daemon.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for key in ("ref", "status", "received_at", "sender", "subject", "sector",
                "secondary_sector", "language", "flags"):
        print(f"{key:>17}: {data[key]}")
    print("        deadlines:")
    for key, value in data["deadlines"].items():
        if value:
            print(f"  {key:>24}: {value}")
    evidence = data["triage"].get("evidence", {})
    if evidence:
        print("         evidence:")
        for key, phrases in evidence.items():
            print(f"  {key:>24}: {'; '.join(phrases)}")
    print("         messages:")
    for m in data["messages"]:
        print(f"    {m['received_at'][:16]}  {m['outcome']:<10} {m['subject'][:60]}")
    print("           outbox:")
    for o in data["outbox"]:
        print(f"    {o['kind']:<6} {o['status']:<8} attempts={o['attempts']} {o['message_id']}")
    print("           events:")
    for e in data["events"]:
        print(f"    {e['at'][:19]}  {e['kind']:<18} {e['actor']}")
    return 0


def cmd_check_config(args: argparse.Namespace) -> int:
    cfg = _setup(args)
    print(f"configuration {cfg.source_path}: valid")
    if args.offline:
        return 0
    from mailbot.mailbox import Mailbox

    ok = True
    try:
        daemon = Daemon(cfg)
        with session_scope(daemon.factory) as session:
            session.scalar(select(func.count(IntakeFailure.id)))
        daemon.close()
        print("database: reachable, schema up to date")
    except Exception as exc:
        ok = False
        print(f"database: FAILED: {exc}")
    try:
        with Mailbox(cfg.imap) as box:
            folder = box.select(cfg.imap.inbox)
            caps = ", ".join(c for c in ("MOVE", "UIDPLUS", "IDLE") if c in box.capabilities)
            how = " (XOAUTH2)" if cfg.imap.auth == "xoauth2" else ""
            print(f"imap: logged in{how}, {folder.name} has {folder.exists} messages; has {caps}")
    except Exception as exc:
        ok = False
        print(f"imap: FAILED: {exc}")
    try:
        import asyncio

        from mailbot.outbox import smtp_connect

        async def probe() -> None:
            client = await smtp_connect(cfg.smtp)  # the outbox's own connect and login
            await client.quit()

        asyncio.run(probe())
        how = " (XOAUTH2)" if cfg.smtp.auth == "xoauth2" else ""
        print("smtp: connected" + (f" and logged in{how}" if cfg.smtp.username else ""))
    except Exception as exc:
        ok = False
        print(f"smtp: FAILED: {exc}")
    return 0 if ok else 1

"""Crash-anywhere harness (issue 5): SIGKILL a real ``mailbot run`` at random moments.

A backlog of mixed mail (complaints from distinct senders, out-of-office and list mail, replies
to earlier acknowledgements, bounces of them) is delivered into the watched mailbox of a real
Dovecot, in chunks while the daemon works. A real ``mailbot run`` process (the console script)
is started, killed with SIGKILL after a random delay, and restarted, ``kills`` times; then it
runs until the mailbox is empty and the outbox is settled. The checks are DESIGN §3's contract:

* every complaint registered exactly once, every delivered message stored exactly once;
* every complainant acknowledged at least once, and twice only with the same Message-ID (the
  documented window between the SMTP 250 and recording it);
* nothing left in INBOX, nothing quarantined, no reply to machine mail, no ack for a reply.

Used by ``tests/e2e/test_kill_harness.py`` (CI variant and, with ``-m slow``, the long one) and
from the command line, which starts its own servers::

    .venv/bin/python bench/kill_harness.py --messages 300 --kills 50 --seed 7
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `mailbot` and `tests` importable
    sys.path.insert(0, str(ROOT))

from mailbot.devservers import (  # noqa: E402
    Dovecot,
    SmtpRelay,
    free_port,
    imap_messages,
    start_dovecot,
    start_smtp_relay,
)
from tests import mails  # noqa: E402
from tests.e2e.test_intake_e2e import COMPLAINTS_EN, COMPLAINTS_NL  # noqa: E402

MAILBOT = str(ROOT / ".venv" / "bin" / "mailbot")
TEXTS = COMPLAINTS_NL + COMPLAINTS_EN


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {value!r}")


def write_config(
    path: Path, *, imap_port: int, smtp_port: int, mailbox: str, db_url: str,
    password: str = "secret", host: str = "127.0.0.1",
    extra: dict[str, dict[str, Any]] | None = None,
) -> dict[str, str]:
    """Write a config for a real ``mailbot`` process on loopback; return the env it needs.

    ``extra`` maps section names to keys merged over these defaults.
    """
    sections: dict[str, dict[str, Any]] = {
        "organisation": {"mailbox_address": mailbox, "officer_addresses": [mailbox]},
        "database": {"url": db_url},
        "imap": {"host": host, "port": imap_port, "security": "plain", "username": mailbox,
                 "password_env": "TEST_IMAP_PASSWORD", "timeout_seconds": 10},
        "smtp": {"host": host, "port": smtp_port, "security": "plain", "username": "",
                 "timeout_seconds": 10, "message_id_domain": "mailbot.gro-up.test"},
        "schedule": {"poll_seconds": 0.5, "outbox_seconds": 0.5, "sweep_seconds": 5},
    }
    for name, values in (extra or {}).items():
        sections[name] = {**sections.get(name, {}), **values}
    lines = []
    for name, values in sections.items():
        lines.append(f"[{name}]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in values.items()]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return {"TEST_IMAP_PASSWORD": password, "MAILBOT_CONFIG": str(path)}


@dataclass
class Delivered:
    """One message of the backlog and what the checks expect of it."""

    kind: str  # complaint | machine | reply | bounce
    sender: str
    message_id: str
    data: bytes


@dataclass
class Round:
    """One life of the daemon: how long it lived and what it got done."""

    lived: float
    delivered: int
    cases_after: int
    sent_after: int


@dataclass
class HarnessResult:
    """Figures and problems of one run (``problems`` empty means the contract held)."""

    messages: int
    kills: int
    complaints: int
    rounds: list[Round] = field(default_factory=list)
    double_acks: int = 0  # complainants who got the SMTP-window duplicate (same Message-ID)
    resent_rows: int = 0  # outbox rows claimed more than once (crash between claim and record)
    cases: int = 0
    elapsed: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.messages} messages ({self.complaints} complaints), {self.kills} kills, "
                f"{self.cases} cases, {self.double_acks} double acks (same Message-ID), "
                f"{self.resent_rows} outbox rows resent, {self.elapsed:.1f}s, "
                f"{len(self.problems)} problems")


def _message_id(data: bytes) -> str:
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    return str(msg["Message-ID"]).strip()


def _build_backlog(
    rng: random.Random, box: str, n: int, seeds: Sequence[tuple[str, bytes]]
) -> list[Delivered]:
    """n mixed messages: ~75% complaints from distinct senders, ~12% machine mail, ~8% replies
    to earlier acknowledgements, ~5% bounces of them; in random order."""
    out: list[Delivered] = []
    for i in range(n):
        roll = rng.random()
        tag = uuid.uuid4().hex[:10]
        if roll < 0.12:
            sender = f"machine-{tag}@news.test"
            data = mails.out_of_office(sender, box) if i % 2 else mails.newsletter(sender, box)
            out.append(Delivered("machine", sender, _message_id(data), data))
        elif roll < 0.20 and seeds:
            client, ack = seeds[i % len(seeds)]
            data = mails.reply_to(ack, client, box, f"Aanvulling {i}: dank voor uw bericht.")
            out.append(Delivered("reply", client, _message_id(data), data))
        elif roll < 0.25 and seeds:
            client, ack = seeds[i % len(seeds)]
            data = mails.dsn_bounce(box, client, _message_id(ack))
            out.append(Delivered("bounce", "", _message_id(data), data))
        else:
            sender = f"client-{tag}@client.test"
            subject, body = TEXTS[i % len(TEXTS)]
            data = mails.complaint(sender, box, subject, body, name="Test Ouder")
            out.append(Delivered("complaint", sender, _message_id(data), data))
    return out


def _db_counts(db_path: Path) -> tuple[int, int, int]:
    """(cases, outbox rows sent, outbox rows not yet settled), read-only; (-1, ...) if busy."""
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=2) as conn:
            cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
            sent = conn.execute("SELECT count(*) FROM outbox WHERE status='sent'").fetchone()[0]
            open_ = conn.execute(
                "SELECT count(*) FROM outbox WHERE status IN ('pending','sending')"
            ).fetchone()[0]
            return int(cases), int(sent), int(open_)
    except sqlite3.Error:
        return -1, -1, -1


def _wait_for_progress(db_path: Path, before: tuple[int, int, int], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = _db_counts(db_path)
        if now[0] != before[0] or now[1] != before[1]:
            return
        time.sleep(0.05)


class _Daemon:
    """One ``mailbot run`` child process (own session, so SIGKILL hits only it)."""

    def __init__(self, cfg: Path, env: dict[str, str], log: Path) -> None:
        self.started = time.monotonic()
        with log.open("ab") as handle:
            self.proc = subprocess.Popen(
                [MAILBOT, "run", "--config", str(cfg), "--log-level", "WARNING"],
                env={**os.environ, **env}, stdin=subprocess.DEVNULL,
                stdout=handle, stderr=handle, start_new_session=True,
            )

    def kill(self) -> float:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        return time.monotonic() - self.started

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def run_harness(
    dovecot: Dovecot, relay: SmtpRelay, workdir: Path, *, messages: int = 150,
    kills: int = 10, seed: int = 1, min_life: float = 0.3, max_life: float = 6.0,
    anywhere: float = 0.3, busy_delay: float = 1.0, upfront: bool = False,
    settle_timeout: float = 120.0,
    progress: Callable[[str], None] | None = None,
) -> HarnessResult:
    """Run the harness against running servers; see the module docstring.

    ``upfront=True`` delivers the whole backlog before the first start (issue 2: "kill -9
    during a 300-message backlog"); otherwise it arrives in ``kills + 1`` chunks, one before
    each (re)start, so kills land while mail is being fetched, registered, moved and sent.
    A share ``anywhere`` of the kills comes after a uniform ``min_life``..``max_life`` seconds
    (start-up included: loading the classifier takes seconds); the others come within
    ``busy_delay`` seconds after the daemon's first visible progress (a case or a sent mail).
    """
    say = progress or (lambda _text: None)
    rng = random.Random(seed)
    t0 = time.monotonic()
    workdir.mkdir(parents=True, exist_ok=True)
    box = f"klachten-{uuid.uuid4().hex[:10]}@gro-up.test"
    db_path = workdir / "mailbot.db"
    cfg = workdir / "mailbot.toml"
    env = write_config(
        cfg, imap_port=dovecot.imap_port, smtp_port=relay.port, mailbox=box,
        db_url=f"sqlite:///{db_path}", password=dovecot.password,
        extra={
            "imap": {"fetch_batch": 5, "backoff_initial_seconds": 0.5,
                     "backoff_max_seconds": 2},
            "outbox": {"lease_seconds": 1, "batch": 5, "backoff_initial_seconds": 1,
                       "backoff_max_seconds": 2},
            "schedule": {"poll_seconds": 0.3, "outbox_seconds": 0.3, "sweep_seconds": 5},
        },
    )
    log = workdir / "mailbot.log"

    # Earlier complaints, acknowledged before the storm: the backlog replies to and bounces them.
    seed_clients = [f"seed-{uuid.uuid4().hex[:8]}@client.test" for _ in range(4)]
    for n, who in enumerate(seed_clients):
        dovecot.deliver(box, mails.complaint(who, box, *TEXTS[n]))
    subprocess.run([MAILBOT, "run", "--once", "--config", str(cfg), "--log-level", "WARNING"],
                   env={**os.environ, **env}, check=True, capture_output=True, timeout=120)
    seeds = [(who, imap_messages(dovecot, who)[0]) for who in seed_clients]

    backlog = _build_backlog(rng, box, messages, seeds)
    result = HarnessResult(messages=len(backlog), kills=kills,
                           complaints=sum(d.kind == "complaint" for d in backlog))
    chunks: list[list[Delivered]]
    if upfront:
        chunks = [backlog] + [[] for _ in range(kills)]
    else:
        size = -(-len(backlog) // (kills + 1))
        chunks = [backlog[i * size:(i + 1) * size] for i in range(kills + 1)]

    daemon: _Daemon | None = None
    try:
        for number, chunk in enumerate(chunks):
            for item in chunk:
                dovecot.deliver(box, item.data)
            daemon = _Daemon(cfg, env, log)
            if number == kills:
                break  # the last life runs to the end
            if rng.random() < anywhere:
                time.sleep(rng.uniform(min_life, max_life))  # anywhere, start-up included
            else:  # in the thick of it: shortly after the first visible progress
                _wait_for_progress(db_path, _db_counts(db_path), max_life + 10)
                time.sleep(rng.uniform(0.0, busy_delay))
            lived = daemon.kill()
            cases, sent, _ = _db_counts(db_path)
            result.rounds.append(Round(lived, len(chunk), cases, sent))
            say(f"kill {number + 1}/{kills} after {lived:.2f}s: cases={cases} sent={sent}")
        # Settle: INBOX empty and the outbox done, twice in a row (alerts to ourselves arrive
        # after they are sent and must be screened too).
        deadline = time.monotonic() + settle_timeout
        calm = 0
        while time.monotonic() < deadline and calm < 2:
            time.sleep(0.5)
            _, _, unsettled = _db_counts(db_path)
            calm = calm + 1 if unsettled == 0 and not imap_messages(dovecot, box) else 0
        if calm < 2:
            result.problems.append("did not settle: INBOX or outbox not empty in time")
    finally:
        if daemon is not None:
            daemon.stop()
    _check(result, dovecot, box, db_path, backlog, seeds)
    result.elapsed = time.monotonic() - t0
    return result


def _check(
    result: HarnessResult, dovecot: Dovecot, box: str, db_path: Path,
    backlog: list[Delivered], seeds: Sequence[tuple[str, bytes]],
) -> None:
    problems = result.problems
    with sqlite3.connect(db_path) as conn:
        cases_by_sender = Counter(s for (s,) in conn.execute("SELECT sender FROM cases"))
        stored = {m for (m,) in conn.execute("SELECT message_id FROM messages")}
        result.cases = sum(cases_by_sender.values())
        result.resent_rows = conn.execute(
            "SELECT count(*) FROM outbox WHERE attempts > 1").fetchone()[0]
        failures = conn.execute("SELECT count(*) FROM intake_failures").fetchone()[0]
        acks_per_case = Counter(c for (c,) in conn.execute(
            "SELECT case_id FROM outbox WHERE kind='ack'"))
        bad_status = conn.execute(
            "SELECT count(*) FROM outbox WHERE status != 'sent'").fetchone()[0]
    if failures:
        problems.append(f"{failures} intake failures (quarantine candidates)")
    if bad_status:
        problems.append(f"{bad_status} outbox rows not sent")
    if any(n > 1 for n in acks_per_case.values()):
        problems.append("a case has more than one ack row")
    left = imap_messages(dovecot, box)
    if left:
        problems.append(f"{len(left)} messages left in INBOX")
    for item in backlog:
        if item.message_id not in stored:
            problems.append(f"{item.kind} {item.message_id} not stored")
    for item in (d for d in backlog if d.kind == "complaint"):
        if cases_by_sender[item.sender] != 1:
            problems.append(f"complaint registered {cases_by_sender[item.sender]} times")
        got = imap_messages(dovecot, item.sender)
        ids = {_message_id(raw) for raw in got}
        if not got:
            problems.append("a complainant got no acknowledgement")
        elif len(got) > 2 or len(ids) != 1:
            problems.append(f"a complainant got {len(got)} mails with {len(ids)} Message-IDs")
        elif len(got) == 2:
            result.double_acks += 1
    for item in (d for d in backlog if d.kind == "machine"):
        if imap_messages(dovecot, item.sender):
            problems.append("machine mail was answered")
    for who, ack in seeds:  # replies thread onto the seed case: no new case, no new ack
        if cases_by_sender[who] != 1:
            problems.append(f"seed client has {cases_by_sender[who]} cases")
        ids = {_message_id(raw) for raw in imap_messages(dovecot, who)}
        if ids != {_message_id(ack)}:
            problems.append("a reply or bounce was answered")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--upfront", action="store_true",
                        help="deliver the whole backlog before the first start")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kill-harness-") as tmp:
        work = Path(tmp)
        port = free_port()
        with start_dovecot(work / "dovecot", submission_port=port) as dovecot, \
                start_smtp_relay(dovecot, port=port) as relay:
            result = run_harness(dovecot, relay, work / "run", messages=args.messages,
                                 kills=args.kills, seed=args.seed, upfront=args.upfront,
                                 progress=print)
    print(result.summary())
    for problem in result.problems[:20]:
        print("PROBLEM:", problem)
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""The intake commands as an admin runs them: real processes, real servers, real files."""

from __future__ import annotations

import json
import mailbox
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from mailbot.devservers import Dovecot, SmtpRelay, imap_messages
from tests import mails
from tests.e2e.conftest import write_config_file

MAILBOT = str(Path(sys.executable).with_name("mailbot"))
BOX = "klachten@gro-up.test"
TEXTS = [
    ("Klacht BSO", "De BSO vergat mijn zoon op te halen van school. "
     "Ik dien hierbij een klacht in."),
    ("Klacht factuur", "Ik wil een klacht indienen: de factuur van het kinderdagverblijf klopt al "
     "drie maanden niet en niemand reageert op mijn mails."),
    ("Klacht gezinscoach", "Onze gezinscoach komt steeds niet opdagen. Ik ben hier erg boos over "
     "en wil een andere coach."),
    ("Complaint", "I want to file a complaint: the daycare charged us twice for December."),
]


def _run(args: list[str], env: dict[str, str], check: bool = True
         ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([MAILBOT, *args], env={**os.environ, **env}, capture_output=True,
                          text=True, timeout=120, check=False)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def _offline_config(tmp_path: Path) -> dict[str, str]:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[organisation]
mailbox_address = "{BOX}"
officer_addresses = ["{BOX}"]
[database]
url = "sqlite:///mailbot.db"
[imap]
username = ""
[smtp]
username = ""
""", encoding="utf-8")
    return {"MAILBOT_CONFIG": str(cfg)}


def test_import_every_format_and_list_cases(tmp_path: Path) -> None:
    env = _offline_config(tmp_path)
    raws = [mails.complaint(f"ouder{i}@example.nl", BOX, s, b, name=f"Ouder {i}")
            for i, (s, b) in enumerate(TEXTS)]
    eml = tmp_path / "one.eml"
    eml.write_bytes(raws[0])
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "two.eml").write_bytes(raws[1])
    box = mailbox.mbox(str(tmp_path / "three.mbox"))
    box.add(raws[2])
    box.close()
    maildir = mailbox.Maildir(str(tmp_path / "Maildir"))
    maildir.add(raws[3])
    out = _run(["import", "--no-ack", str(eml), str(folder), str(tmp_path / "three.mbox"),
                str(tmp_path / "Maildir")], env)
    assert "registered=4" in out.stdout
    # The same files again: recognised, nothing new.
    again = _run(["import", str(eml), str(folder)], env)
    assert "duplicate=2" in again.stdout

    listing = _run(["cases", "--json"], env)
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert [r["ref"] for r in rows] == [f"KL-2026-000{i}" for i in range(1, 5)]
    assert set(rows[0]) == {"ref", "status", "received_at", "sender", "subject", "sector",
                            "flags", "message_count"}
    assert rows[0]["sender"] == "ouder0@example.nl" and rows[0]["message_count"] == 1
    assert rows[3]["sector"] == "kinderopvang"

    shown = _run(["case", "show", "kl-2026-0001", "--json"], env)
    case = json.loads(shown.stdout)
    assert case["deadlines"]["received_date"] == "2026-12-04"
    assert case["outbox"] == []  # --no-ack: archive mode queues nothing
    assert case["events"][0]["kind"] == "registered"
    text = _run(["case", "show", "KL-2026-0002"], env).stdout
    assert "ack_due" in text and "Klacht factuur" in text

    missing = _run(["case", "show", "KL-2026-9999"], env, check=False)
    assert missing.returncode == 1 and "no case" in missing.stderr
    nofile = _run(["import", str(tmp_path / "nope.eml")], env, check=False)
    assert nofile.returncode == 1 and "no such file" in nofile.stderr


def test_bad_config_is_a_clear_error(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[imap]\nprot = 993\n", encoding="utf-8")
    done = _run(["check-config", "--offline", "--config", str(cfg)], {}, check=False)
    assert done.returncode == 1
    assert "unknown key(s): prot" in done.stderr
    assert "Traceback" not in done.stderr


def test_check_config_reaches_the_servers(
    tmp_path: Path, dovecot: Dovecot, smtp_relay: SmtpRelay, mailbox_user: Callable[..., str]
) -> None:
    env = write_config_file(tmp_path / "c.toml", dovecot, smtp_relay, mailbox_user("box"),
                            f"sqlite:///{tmp_path / 'db.sqlite'}")
    done = _run(["check-config"], env)
    assert "imap: logged in" in done.stdout and "MOVE" in done.stdout
    assert "smtp: connected" in done.stdout and "database: reachable" in done.stdout
    wrong = {**env, "TEST_IMAP_PASSWORD": "wrong"}
    failed = _run(["check-config"], wrong, check=False)
    assert failed.returncode == 1 and "imap: FAILED" in failed.stdout


def test_run_daemon_acknowledges_then_stops_on_sigterm(
    tmp_path: Path, dovecot: Dovecot, smtp_relay: SmtpRelay, mailbox_user: Callable[..., str]
) -> None:
    box, client = mailbox_user("box"), mailbox_user("client")
    env = write_config_file(tmp_path / "c.toml", dovecot, smtp_relay, box,
                            f"sqlite:///{tmp_path / 'db.sqlite'}")
    proc = subprocess.Popen([MAILBOT, "run"], env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        dovecot.deliver(box, mails.complaint(client, box, *TEXTS[0]))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not imap_messages(dovecot, client):
            time.sleep(0.2)
        assert len(imap_messages(dovecot, client)) == 1
        # Anything the bot sent to the shared mailbox itself (alerts) is screened as its own
        # mail on a later poll and moved out of INBOX as well.
        while time.monotonic() < deadline and imap_messages(dovecot, box):
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "shutting down" in err
    assert imap_messages(dovecot, box) == []

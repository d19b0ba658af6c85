"""Every message of the public MIME corpus through ``mailbot import`` into a fresh database
(issue 5, "Bad and hostile input").

The corpus (``../shared/corpora/public-mime``, 1,246 files from other projects' test suites:
bounces, Outlook/TNEF, broken boundaries, unknown charsets, 8-bit headers, missing headers,
S/MIME, spam) is imported with the real command (``mailbot import FILE…``: the CLI, the daemon's
pipeline and the shipped classifier) and then checked:

* no crash, and every message is accounted for exactly once: a ``messages`` row (registered /
  threaded / machine / bounce / own / duplicate-message-id) or a quarantined
  ``intake_failures`` row with its reason; the only messages without a row of their own are
  byte-identical copies of a stored one (same SHA-256), which the import reports as
  ``duplicate``;
* no acknowledgement for machine mail or bounces: ack rows exist only for cases that a
  ``registered`` complaint opened;
* at most ``intake.max_auto_replies_per_day`` acknowledgements per sender (DOMAIN §5).

Measured on the corpus snapshot of SOURCES.md (1,246 files, 1,250 messages: mbox files hold
several): registered=378, bounce=628, machine=72, threaded=2, duplicate-message-id=167,
duplicate=3 (byte-identical copies), quarantined=0; 102 acknowledgements queued; about 15 s.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from mailbot.cli import main
from mailbot.cli_intake import iter_messages
from mailbot.models import Case, Event, IntakeFailure, Message, OutboxItem

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "public-mime"
MAX_PER_DAY = 3


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(
        p
        for p in CORPUS.rglob("*")
        if p.is_file() and p.suffix != ".md" and "LICENSES" not in p.relative_to(CORPUS).parts
    )


@pytest.mark.slow
def test_public_corpus_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = corpus_files()
    if not files:
        pytest.skip(f"public corpus not present at {CORPUS}")
    db = tmp_path / "corpus.db"
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[organisation]
mailbox_address = "klachten@gro-up.test"
officer_addresses = ["klachten@gro-up.test"]
[database]
url = "sqlite:///{db}"
[smtp]
message_id_domain = "mailbot.gro-up.test"
[intake]
max_auto_replies_per_day = {MAX_PER_DAY}
""",
        encoding="utf-8",
    )

    status = main(["import", "--config", str(config), *map(str, files)])
    out = capsys.readouterr().out
    assert status == 0, out
    summary = dict(re.findall(r"([a-z-]+)=(\d+)", out.strip().splitlines()[-1]))
    outcomes = {k: int(v) for k, v in summary.items()}

    # What the import saw: (label, sha256) of every message of every file.
    seen = [(label, hashlib.sha256(data).hexdigest())
            for label, data in iter_messages([str(f) for f in files])]
    labels_per_file = Counter(label.split(":", 1)[0] if label.startswith("/") else label
                              for label, _ in seen)
    assert len(labels_per_file) == len(files)  # every file gave at least one message
    distinct = {sha for _, sha in seen}

    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        rows = session.execute(select(Message.sha256, Message.outcome, Message.reason)).all()
        failures = session.execute(
            select(IntakeFailure.item_key, IntakeFailure.quarantined, IntakeFailure.last_error)
        ).all()
        by_outcome = Counter(r.outcome for r in rows)

        # Accounted for exactly once.
        stored = Counter(r.sha256 for r in rows)
        assert max(stored.values()) == 1, "a message stored twice"
        parked = {f.item_key for f in failures if f.quarantined}
        assert all(f.quarantined and f.last_error for f in failures)  # import: at once, reason
        assert not (set(stored) & parked)
        assert set(stored) | parked == distinct
        identical_copies = len(seen) - len(distinct)
        assert len(rows) + len(parked) + identical_copies == len(seen)
        assert outcomes.get("duplicate", 0) == identical_copies
        assert all(r.outcome != "pending" and r.reason for r in rows)
        for outcome, n in by_outcome.items():
            assert outcomes.get(outcome) == n, (outcome, n, outcomes)
        assert outcomes.get("failed", 0) == len(parked)

        # Acknowledgements only for registered complaints, never for machine mail or bounces.
        acks = session.execute(
            select(OutboxItem.case_id, OutboxItem.recipients, Case.is_complaint,
                   Case.safeguarding)
            .join(Case, OutboxItem.case_id == Case.id)
            .where(OutboxItem.kind == "ack")
        ).all()
        # (a safeguarding signal gets the neutral acknowledgement even when it is not phrased
        # as a complaint, DOMAIN §4.3)
        assert acks and all(a.is_complaint or a.safeguarding for a in acks)
        ack_cases = {a.case_id for a in acks}
        opened_by = {
            case_id for case_id, in session.execute(
                select(Message.case_id)
                .where(Message.case_id.in_(ack_cases), Message.outcome == "registered")
            )
        }
        assert opened_by == ack_cases  # each ack belongs to a case a registered mail opened
        assert session.scalar(
            select(func.count(OutboxItem.id)).where(OutboxItem.case_id.is_(None))
        ) == 0

        # The flood guard: at most N acknowledgements per sender on this (one) day.
        per_recipient = Counter(tuple(a.recipients) for a in acks)
        assert max(per_recipient.values()) <= MAX_PER_DAY, per_recipient.most_common(3)
        skipped = session.scalar(
            select(func.count(Event.id)).where(Event.kind == "ack_skipped")
        )

    print(
        f"\npublic corpus import: {len(files)} files, {len(seen)} messages; "
        + ", ".join(f"{k}={by_outcome[k]}" for k in sorted(by_outcome))
        + f", duplicate (byte-identical)={identical_copies}, quarantined={len(parked)}; "
        f"acks queued={len(acks)}, acks held back by the per-sender limit={skipped}"
    )

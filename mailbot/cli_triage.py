"""Sub-commands ``classify``, ``train`` and ``evaluate`` (issue 3).

``mailbot classify PATH... [--json]`` triages .eml files (or directories of them, recursively)
with no database and no network. ``--json`` prints one object per message per line with exactly
the keys of :data:`JSON_KEYS` (a contract other tools rely on); ``confidence`` and ``evidence``
are objects keyed by decision.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mailbot.domain import ParsedMail, RawMail, Triage

JSON_KEYS = (
    "path",
    "message_id",
    "is_complaint",
    "sector",
    "secondary_sector",
    "safeguarding",
    "safeguarding_category",
    "urgent",
    "language",
    "confidence",
    "evidence",
)


def register(subparsers: Any) -> None:
    """Add ``classify``, ``train`` and ``evaluate`` to the ``mailbot`` parser."""
    p = subparsers.add_parser("classify", help="triage .eml files (no database, no network)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file or directory of them")
    p.add_argument("--json", action="store_true", help="one JSON object per message per line")
    p.set_defaults(func=cmd_classify)

    t = subparsers.add_parser("train", help="retrain the triage classifier deterministically")
    t.add_argument("--corpus", type=Path, default=None, help="corpus directory (*.jsonl)")
    t.add_argument("--out", type=Path, default=None, help="pipeline output directory")
    t.add_argument("--seed", type=int, default=None)
    t.set_defaults(func=cmd_train)

    e = subparsers.add_parser(
        "evaluate", help="precision/recall/F1 per label on the held-out split"
    )
    e.add_argument("--corpus", type=Path, default=None, help="corpus directory (*.jsonl)")
    e.add_argument("--pipeline", type=Path, default=None, help="pipeline directory")
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.add_argument(
        "--all", action="store_true",
        help="score every row of --corpus, not only the held-out split (for an evaluation set "
        "that training never sees, e.g. bench/triage_fresh)",
    )
    e.set_defaults(func=cmd_evaluate)


def iter_eml(paths: list[str]) -> Iterator[Path]:
    """The given files, and every ``*.eml`` below given directories, in sorted order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml"
            )
        else:
            yield path


def _parse(data: bytes) -> ParsedMail:
    from mailbot.ingest import parse

    return parse(RawMail(data=data))


def triage_record(path: str, mail: ParsedMail, triage: Triage) -> dict[str, Any]:
    """The JSON object of one message (keys exactly :data:`JSON_KEYS`)."""
    record = {
        "path": path,
        "message_id": mail.message_id,
        "is_complaint": triage.is_complaint,
        "sector": triage.sector.value,
        "secondary_sector": triage.secondary_sector.value if triage.secondary_sector else None,
        "safeguarding": triage.safeguarding,
        "safeguarding_category": (
            triage.safeguarding_category.value if triage.safeguarding_category else None
        ),
        "urgent": triage.urgent,
        "language": triage.language,
        "confidence": dict(triage.confidence),
        "evidence": {k: list(v) for k, v in triage.evidence.items()},
    }
    return {key: record[key] for key in JSON_KEYS}


def cmd_classify(args: argparse.Namespace) -> int:
    """Triage every message; exit 1 when a path could not be read, else 0."""
    from mailbot.classify import classify

    status = 0
    if not args.json:
        print(f"{'path':40} {'complaint':9} {'sector':22} {'safeguarding':28} {'urgent':6} lang")
    for path in iter_eml(args.paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"mailbot: cannot read {path}: {exc.strerror}", file=sys.stderr)
            status = 1
            continue
        mail = _parse(data)
        triage = classify(mail)
        rec = triage_record(str(path), mail, triage)
        if args.json:
            print(json.dumps(rec, ensure_ascii=False))
            continue
        sector = rec["sector"] + (f"+{rec['secondary_sector']}" if rec["secondary_sector"] else "")
        sg = f"YES {rec['safeguarding_category']}" if rec["safeguarding"] else "no"
        print(
            f"{_short(str(path), 40):40} {'yes' if rec['is_complaint'] else 'no':9} "
            f"{sector:22} {sg:28} {'YES' if rec['urgent'] else 'no':6} {rec['language']}"
        )
        if rec["safeguarding"]:
            print(f"{'':40}   evidence: {'; '.join(rec['evidence']['safeguarding'])}")
    return status


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def cmd_train(args: argparse.Namespace) -> int:
    """Retrain and write the pipeline (default: into the package)."""
    from mailbot import training

    summary = training.train(
        args.corpus or training.CORPUS_DIR,
        args.out or training.PIPELINE_DIR,
        seed=args.seed if args.seed is not None else training.DEFAULT_SEED,
    )
    print(
        f"trained on {summary['train_rows']} rows (held out: {summary['test_rows']}), "
        f"seed {summary['seed']}, written to {args.out or training.PIPELINE_DIR}"
    )
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Print the per-label table of the held-out split."""
    from mailbot import training

    corpus = args.corpus or training.CORPUS_DIR
    rows = training.load_corpus(corpus) if args.all else None
    if rows is not None and not rows:
        print(f"mailbot evaluate: no labelled rows (*.jsonl) in {corpus}", file=sys.stderr)
        return 2
    report = training.evaluate(corpus, args.pipeline or training.PIPELINE_DIR, rows=rows)
    if args.all:
        report["scope"] = "all rows"
    print(json.dumps(report, indent=2) if args.json else training.format_report(report))
    return 0

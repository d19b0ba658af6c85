"""Benchmark of triage (issue 3): pipeline load time and throughput on one core.

Run by hand: ``.venv/bin/python bench/bench_classify.py``. Load is measured in a fresh
interpreter (import of spaCy included, and separately without it). Throughput runs
``classify_text`` over the corpus texts (and over the parsed public MIME corpus when present),
next to a baseline: the spaCy tokenizer alone over the same texts. Targets: >= 500 msg/s, load
<= 2 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PUBLIC = Path("/work/shared/corpora/public-mime")

LOAD_SNIPPET = """
import time
t0 = time.perf_counter()
import spacy, lingua  # noqa
t1 = time.perf_counter()
from mailbot.classify import classify_text, load_pipelines, detect_language
load_pipelines(); detect_language("Dit is een Nederlandse zin over de kinderopvang.")
t2 = time.perf_counter()
classify_text("Klacht", "Mijn dochter kwam van de BSO met blauwe plekken thuis.")
classify_text("Complaint", "The daycare was closed today without notice.")
t3 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t0:.3f}")
"""


def measure_load() -> tuple[float, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def corpus_texts() -> list[tuple[str, str]]:
    from mailbot.training import load_corpus

    return [(r.get("subject", ""), r.get("text", "")) for r in load_corpus()]


def public_texts() -> list[tuple[str, str]]:
    if not PUBLIC.exists():
        return []
    from mailbot.domain import RawMail
    from mailbot.ingest import parse

    texts = []
    for path in sorted(p for p in PUBLIC.rglob("*") if p.is_file()):
        try:
            mail = parse(RawMail(data=path.read_bytes()))
        except Exception:
            continue
        texts.append((mail.subject, mail.text))
    return texts


def throughput(name: str, texts: list[tuple[str, str]], rounds: int = 3) -> None:
    from mailbot.classify import classify_text, load_pipelines

    pipes = load_pipelines()
    tokenizer = pipes.nl.tokenizer
    for s, t in texts[:20]:  # warm up
        classify_text(s, t)
    best_base = best_full = float("inf")
    first_full = 0.0
    for k in range(rounds):
        t0 = time.perf_counter()
        for s, t in texts:
            tokenizer(f"{s}\n\n{t[:8000]}")
        best_base = min(best_base, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for s, t in texts:
            classify_text(s, t)
        best_full = min(best_full, time.perf_counter() - t0)
        if k == 0:
            # the first pass meets every word form for the first time (the rule matcher caches
            # per form): what a freshly started daemon pays
            first_full = time.perf_counter() - t0
    n = len(texts)
    chars = sum(len(t) for _, t in texts) / max(n, 1)
    print(
        f"{name}: {n} messages (mean {chars:.0f} chars) | tokenizer alone {n / best_base:,.0f} "
        f"msg/s"
        f" | classify_text {n / best_full:,.0f} msg/s ({1000 * best_full / n:.2f} ms/msg,"
        f" {best_full / best_base:.1f}x the tokenizer; first pass {n / first_full:,.0f} msg/s)"
    )


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    imp, load, first = measure_load()
    print(
        f"load: import spacy+lingua {imp:.2f} s, pipelines+detector {load:.2f} s,"
        f" cold start to first two results {first:.2f} s (target load <= 2 s)"
    )
    throughput("corpus", corpus_texts())
    pub = public_texts()
    if pub:
        throughput("public-mime (parsed)", pub)
    size = sum(p.stat().st_size for p in (ROOT / "mailbot/data/pipeline").rglob("*") if p.is_file())
    print(f"pipeline on disk: {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()

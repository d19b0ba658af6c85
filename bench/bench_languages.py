"""How far the other-language safeguarding rules reach on mail written without seeing them.

Run by hand: ``.venv/bin/python bench/bench_languages.py [FILE]`` (default
``bench/triage_languages/mails.jsonl``, see its README). Prints how many mails are detected as
another language, the concerns found and the false alarms, overall and by language.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from mailbot.classify import classify_text

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench/triage_languages/mails.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    found: Counter[str] = Counter()
    concerns: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    others: Counter[str] = Counter()
    detected = 0
    for row in rows:
        t = classify_text(row.get("subject", ""), row.get("text", ""))
        lang = str(row["lang"])
        detected += t.language == "other"
        if row["safeguarding"]:
            concerns[lang] += 1
            found[lang] += t.safeguarding
        else:
            others[lang] += 1
            alarms[lang] += t.safeguarding
    print(f"{len(rows)} mails; detected as another language: {detected}")
    print(f"concerns found: {sum(found.values())}/{sum(concerns.values())}; "
          f"false alarms: {sum(alarms.values())}/{sum(others.values())}")
    for lang in sorted(concerns):
        print(f"  {lang:12} found {found[lang]}/{concerns[lang]}  "
              f"false alarms {alarms[lang]}/{others[lang]}")


if __name__ == "__main__":
    main()

"""``mailbot classify --json`` contract (issue 3): exactly these keys, one line per message."""

import json
from pathlib import Path

import pytest

from mailbot.cli import main
from mailbot.cli_triage import JSON_KEYS

MAIL = (
    "From: Ouder <ouder@example.nl>\r\nTo: klachtenfunctionaris@gro-up.nl\r\n"
    "Subject: {subject}\r\nMessage-ID: <{mid}@example.nl>\r\n"
    "Date: Thu, 30 Apr 2026 10:00:00 +0200\r\nContent-Type: text/plain; "
    "charset=utf-8\r\n\r\n{body}\r\n"
)


def _write(path: Path, subject: str, mid: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(MAIL.format(subject=subject, mid=mid, body=body).encode("utf-8"))


def test_classify_json_over_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "a.eml", "Klacht BSO", "a", "De BSO was weer te laat open, ik ben boos.")
    _write(
        tmp_path / "sub" / "b.eml",
        "Kraamzorg",
        "b",
        "Vandaag kwam de kraamverzorgende niet. Onze baby is 2 dagen oud.",
    )
    (tmp_path / "notes.txt").write_text("not a mail")
    assert main(["classify", str(tmp_path), "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    for rec in records:
        assert tuple(rec) == JSON_KEYS
        assert set(rec["confidence"]) == {
            "is_complaint",
            "sector",
            "safeguarding",
            "urgent",
            "language",
        }
        assert set(rec["evidence"]) == set(rec["confidence"])
    assert records[0]["message_id"] == "<a@example.nl>"
    assert records[0]["sector"] == "kinderopvang"
    assert records[1]["sector"] == "kraamzorg" and records[1]["urgent"] is True


def test_classify_table_and_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "a.eml", "vraag", "a", "Hoe laat gaat de peuteropvang open?")
    assert main(["classify", str(tmp_path / "a.eml"), str(tmp_path / "missing.eml")]) == 1
    out = capsys.readouterr().out
    assert "a.eml" in out and "kinderopvang" in out

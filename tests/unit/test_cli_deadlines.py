"""The ``mailbot deadlines`` command: its JSON contract, its table and its usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.cli import main

JSON_KEYS = {
    "received_date",
    "ack_act_by",
    "ack_due",
    "delay_notice_act_by",
    "target_date",
    "statutory_last_day",
    "extended_last_day",
    "extension_letter_by",
    "external_window_closes",
}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(["deadlines", *argv, "--json"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # exactly one JSON object on one line
    result = json.loads(out)
    assert isinstance(result, dict)
    assert set(result) == JSON_KEYS
    return result


def test_json_worked_example_kraamzorg(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "--received", "2026-04-30T10:15:00+02:00", "--sector", "kraamzorg")
    assert result == {
        "received_date": "2026-04-30",
        "ack_act_by": "2026-05-07",
        "ack_due": "2026-05-08",
        "delay_notice_act_by": "2026-05-13",
        "target_date": "2026-05-28",
        "statutory_last_day": "2026-06-11",
        "extended_last_day": None,
        "extension_letter_by": "2026-06-11",
        "external_window_closes": "2027-04-30",
    }


def test_json_receipt_is_amsterdam_date(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "--received", "2026-04-30T23:30:00Z")
    assert result["received_date"] == "2026-05-01"


def test_json_without_sector_has_nulls(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "--received", "2026-12-24T09:00:00+01:00")
    assert result["ack_act_by"] == result["ack_due"] == "2027-01-04"
    for key in (
        "statutory_last_day",
        "extended_last_day",
        "extension_letter_by",
        "external_window_closes",
    ):
        assert result[key] is None


def test_json_extended_and_sector_lists(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(
        capsys,
        "--received",
        "2026-04-02T12:00:00+02:00",
        "--sector",
        "kraamzorg,jeugdhulp",
        "--extended",
    )
    assert result["ack_act_by"] == "2026-04-10"
    assert result["ack_due"] == "2026-04-13"
    assert result["statutory_last_day"] == "2026-05-18"
    assert result["extension_letter_by"] == "2026-05-13"
    assert result["extended_last_day"] == "2026-06-11"
    repeated = run_json(
        capsys,
        "--received",
        "2026-04-02T12:00:00+02:00",
        "--sector",
        "jeugdhulp",
        "--sector",
        "kraamzorg",
        "--extended",
    )
    assert repeated == result


def test_table_lists_reminders(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["deadlines", "--received", "2026-04-30T10:15:00+02:00", "--sector", "kinderopvang"])
        == 0
    )
    out = capsys.readouterr().out
    assert "reminder: decide on a delay notice" in out
    assert "statutory warning" in out
    assert "Thu 11 Jun 2026" in out
    assert "Wed 13 May 2026" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--received", "2026-04-30T10:15:00"], "UTC offset"),
        (["--received", "30-04-2026"], "ISO 8601"),
        (["--received", "2026-04-30T10:15Z", "--sector", "ziekenhuis"], "unknown sector"),
        (
            ["--received", "2026-04-30T10:15Z", "--sector", "kinderopvang", "--extended"],
            "kraamzorg",
        ),
        (["--received", "2026-04-30T10:15Z", "--extended"], "kraamzorg"),
        (
            ["--received", "2026-04-30T10:15Z", "--sector", "kraamzorg,kinderopvang", "--extended"],
            "kinderopvang",
        ),
    ],
)
def test_bad_input_exits_2_with_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["deadlines", *argv, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err


def test_console_script_prints_one_json_object() -> None:
    script = Path(sys.executable).with_name("mailbot")
    if not script.exists():
        pytest.skip("console script not installed next to the interpreter")
    proc = subprocess.run(
        [
            str(script),
            "deadlines",
            "--received",
            "2026-04-02T10:00:00+02:00",
            "--sector",
            "kinderopvang",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert set(result) == JSON_KEYS
    assert result["statutory_last_day"] == "2026-05-18"
    assert result["extension_letter_by"] is None
    assert result["external_window_closes"] == "2027-04-02"
    bad = subprocess.run(
        [str(script), "deadlines", "--received", "2026-04-02T10:00:00"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert bad.returncode == 2
    assert "UTC offset" in bad.stderr

"""Crash anywhere (issue 5, and issue 2's kill -9 test): SIGKILL a real `mailbot run`.

* CI variant (``make test``): 12 kills over a 150-message mixed backlog.
* issue 2: one kill -9 during a 300-message backlog delivered up front, then restart.
* long variant, only with ``pytest -m slow``: 50 kills over 320 messages (also
  ``bench/kill_harness.py --messages 320 --kills 50``).

The figures are printed (run with ``-s``); the contract is asserted: see bench/kill_harness.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.kill_harness import HarnessResult, run_harness
from mailbot.devservers import Dovecot, SmtpRelay


def _report(name: str, result: HarnessResult) -> None:
    print(f"\n[{name}] {result.summary()}")
    for problem in result.problems[:20]:
        print("  PROBLEM:", problem)
    assert result.problems == []
    assert len(result.rounds) == result.kills


def test_kill_harness_ci(dovecot: Dovecot, smtp_relay: SmtpRelay, tmp_path: Path) -> None:
    result = run_harness(dovecot, smtp_relay, tmp_path / "ci", messages=150, kills=12,
                         seed=20261204, max_life=4.0)
    _report("ci", result)


def test_kill_once_during_300_message_backlog(
    dovecot: Dovecot, smtp_relay: SmtpRelay, tmp_path: Path
) -> None:
    result = run_harness(dovecot, smtp_relay, tmp_path / "once", messages=300, kills=1,
                         seed=2, upfront=True, anywhere=0.0, busy_delay=1.5)
    _report("issue-2", result)
    assert result.rounds[0].cases_after < result.complaints  # the kill hit mid-backlog


@pytest.mark.slow
def test_kill_harness_long(
    dovecot: Dovecot, smtp_relay: SmtpRelay, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if "slow" not in (request.config.getoption("-m") or ""):
        pytest.skip("long kill harness: run with `pytest -m slow`")
    result = run_harness(dovecot, smtp_relay, tmp_path / "long", messages=320, kills=50,
                         seed=50)
    _report("long", result)

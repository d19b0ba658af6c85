"""XOAUTH2 configuration and :class:`mailbot.oauth.TokenSource` (a real subprocess each time).

The token commands are tiny Python programs run with ``sys.executable``: the same path an
admin's ``oama`` or ``mutt_oauth2.py`` takes (argv, no shell, token on stdout).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from mailbot import config
from mailbot.errors import ConfigError, TransientError
from mailbot.oauth import TokenSource, token_source

PY = sys.executable


def _counting_command(tmp_path: Path, token: str = "tok-123") -> tuple[list[str], Path]:
    """A command printing ``token`` that appends one line to a file per run."""
    runs = tmp_path / "runs"
    code = (
        "import sys; open(sys.argv[1], 'a').write('x\\n'); print(sys.argv[2])"
    )
    return [PY, "-c", code, str(runs), token], runs


def _runs(path: Path) -> int:
    return len(path.read_text().splitlines()) if path.exists() else 0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- configuration --------------------------------------------------------------------------


def _xoauth2(section: str, **extra: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "username": "klachten@gro-up.nl", "auth": "xoauth2",
        "token_command": ["oama", "access", "klachten@gro-up.nl"],
    }
    values.update(extra)
    return {section: values}


def test_password_is_the_default_and_needs_no_command() -> None:
    cfg = config.from_mapping({}, env={})
    assert cfg.imap.auth == "password" and cfg.smtp.auth == "password"
    assert cfg.imap.token_command == () and cfg.imap.token_cache_seconds == 300


@pytest.mark.parametrize("section", ["imap", "smtp"])
def test_xoauth2_needs_no_password(section: str) -> None:
    cfg = config.from_mapping(_xoauth2(section), env={})  # no MAILBOT_*_PASSWORD at all
    sec = getattr(cfg, section)
    assert sec.auth == "xoauth2" and sec.password == ""
    assert sec.token_command == ("oama", "access", "klachten@gro-up.nl")
    assert token_source(sec) is not None


@pytest.mark.parametrize("section", ["imap", "smtp"])
def test_xoauth2_needs_a_username(section: str) -> None:
    with pytest.raises(ConfigError, match=rf'\[{section}\] auth = "xoauth2" needs username'):
        config.from_mapping(_xoauth2(section, username=""), env={})


@pytest.mark.parametrize("section", ["imap", "smtp"])
def test_xoauth2_needs_a_token_command(section: str) -> None:
    with pytest.raises(ConfigError, match=rf'\[{section}\] auth = "xoauth2" needs token_command'):
        config.from_mapping(_xoauth2(section, token_command=[]), env={})
    with pytest.raises(ConfigError, match="needs token_command"):
        config.from_mapping(_xoauth2(section, token_command=[" "]), env={})


def test_token_command_must_be_an_argv_list() -> None:
    with pytest.raises(ConfigError, match=r"\[imap\] token_command must be a list of strings "
                                          r"\(an argv list"):
        config.from_mapping(_xoauth2("imap", token_command="oama access me"), env={})


def test_unknown_auth_and_stray_token_command_are_errors() -> None:
    with pytest.raises(ConfigError, match=r"\[smtp\] auth must be one of password, xoauth2"):
        config.from_mapping({"smtp": {"auth": "oauth"}}, env={})
    with pytest.raises(ConfigError, match=r'\[imap\] token_command is set but auth is "password"'):
        config.from_mapping({"imap": {"token_command": ["oama"]}}, env={})


def test_password_auth_still_needs_the_password() -> None:
    with pytest.raises(ConfigError, match="holding the password is empty or missing"):
        config.from_mapping({"imap": {"username": "a@b.nl"}}, env={})


def test_token_timeout_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="token_timeout_seconds must be more than 0"):
        config.from_mapping(_xoauth2("imap", token_timeout_seconds=0), env={})


def test_token_source_follows_the_config() -> None:
    cfg = config.from_mapping(
        _xoauth2("smtp", token_timeout_seconds=5, token_cache_seconds=60), env={}
    )
    source = token_source(cfg.smtp)
    assert source is not None and source.timeout == 5 and source.cache_seconds == 60
    assert token_source(cfg.imap) is None


# -- TokenSource ----------------------------------------------------------------------------


def test_prints_token_stripped(tmp_path: Path) -> None:
    source = TokenSource([PY, "-c", "print('  tok-123  ')"])
    assert source.token() == "tok-123"


def test_cache_then_rerun_after_expiry(tmp_path: Path) -> None:
    command, runs = _counting_command(tmp_path)
    clock = Clock()
    source = TokenSource(command, cache_seconds=300, clock=clock)
    assert source.token() == "tok-123" and source.token() == "tok-123"
    assert _runs(runs) == 1
    clock.now += 299
    source.token()
    assert _runs(runs) == 1
    clock.now += 2  # older than token_cache_seconds
    source.token()
    assert _runs(runs) == 2 and source.runs == 2


def test_cache_zero_runs_every_time(tmp_path: Path) -> None:
    command, runs = _counting_command(tmp_path)
    source = TokenSource(command, cache_seconds=0)
    source.token()
    source.token()
    assert _runs(runs) == 2


def test_refused_cached_token_allows_one_fresh_retry(tmp_path: Path) -> None:
    command, runs = _counting_command(tmp_path)
    source = TokenSource(command, clock=Clock())
    source.token()  # fresh
    assert source.refused() is False  # a fresh token refused: no point in asking again
    source.token()  # fresh again (the refusal dropped the cache)
    assert _runs(runs) == 2
    source.token()  # cached
    assert source.refused() is True  # cached and refused: retry once with a fresh one
    source.token()
    assert _runs(runs) == 3
    assert source.refused() is False


def test_invalidate_forgets_the_token(tmp_path: Path) -> None:
    command, runs = _counting_command(tmp_path)
    source = TokenSource(command, clock=Clock())
    source.token()
    source.invalidate()
    source.token()
    assert _runs(runs) == 2


def test_failure_is_transient_and_stderr_secrets_stay_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "1//0gAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
    code = (
        "import sys; sys.stderr.write('refresh failed: invalid_grant refresh_token="
        f"{secret}\\nsecond line client_secret=hunter2hunter2\\n'); sys.exit(3)"
    )
    source = TokenSource([PY, "-c", code])
    with pytest.raises(TransientError) as info:
        source.token()
    text = str(info.value)
    assert "exit status 3" in text and "invalid_grant" in text
    assert secret not in text and "hunter2" not in text
    assert all(secret not in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pass", "printed no token"),
        ("print('   ')", "printed no token"),
        ("print('Bearer abc')", "more than one word"),
        ("import sys; sys.stdout.buffer.write(b'\\xff\\xfe')", "non-ASCII"),
    ],
)
def test_unusable_output_is_transient(code: str, expected: str) -> None:
    with pytest.raises(TransientError, match=expected):
        TokenSource([PY, "-c", code]).token()


def test_missing_program_is_transient(tmp_path: Path) -> None:
    with pytest.raises(TransientError, match="cannot run it"):
        TokenSource([str(tmp_path / "no-such-oama"), "access"]).token()


def test_timeout_kills_the_whole_process_group(tmp_path: Path) -> None:
    """A hanging token tool (and any helper it started) is killed; the caller gets a
    TransientError after about ``timeout`` seconds, not never."""
    pid_file = tmp_path / "helper.pid"
    script = tmp_path / "hang.py"
    script.write_text(
        "import subprocess, sys, time\n"
        "helper = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        f"open({str(pid_file)!r}, 'w').write(str(helper.pid))\n"
        "time.sleep(60)\n"
    )
    source = TokenSource([PY, str(script)], timeout=1.0)
    started = time.monotonic()
    with pytest.raises(TransientError, match=r"no answer within 1s \(killed\)"):
        source.token()
    assert time.monotonic() - started < 10
    helper = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(helper):
        time.sleep(0.05)
    assert not _alive(helper), "the token tool's helper process survived the timeout"


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting for its new parent to reap it counts as dead)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_failure_then_success_is_not_cached_as_failure(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    source = TokenSource([PY, "-c", "import sys; print(open(sys.argv[1]).read())",
                          str(token_file)], clock=Clock())
    with pytest.raises(TransientError):
        source.token()  # the file does not exist yet: exit status 1
    token_file.write_text("tok-456")
    assert source.token() == "tok-456"


def test_repr_never_shows_the_token() -> None:
    source = TokenSource([PY, "-c", "print('tok-secret-789')"])
    source.token()
    assert "tok-secret-789" not in repr(source)

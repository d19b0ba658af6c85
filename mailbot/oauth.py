"""EDGE: OAuth2 access tokens for SASL XOAUTH2, from an admin-chosen command.

Microsoft 365 and Google no longer accept passwords over IMAP/SMTP; they want an OAuth2 access
token in a SASL XOAUTH2 exchange. Getting and refreshing tokens is the job of an existing tool
(``oama``, ``mutt_oauth2.py``, a client-credentials script for Microsoft 365 app-only access), as
with mutt's and msmtp's ``passwordeval``: ``[imap]/[smtp] token_command`` names it as an argv
list (no shell, so no quoting surprises; use ``["sh", "-c", "..."]`` to get one on purpose), and
:class:`TokenSource` runs it, caches the printed token for ``token_cache_seconds`` and runs it
again after the server refused a cached token.

Secrets: the token is never logged, and neither is the command's stderr (a failing tool may
print a refresh token or a client secret there); errors carry the program's name, its exit
status and at most one short stderr line with every long token-like word blanked out.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from mailbot.config import ServerConfig
from mailbot.errors import TransientError

log = logging.getLogger(__name__)

#: Words this long made of base64/JWT characters may be tokens or secrets: never shown.
_SECRET_LIKE = re.compile(r"[A-Za-z0-9._~+/=-]{20,}")
_HINT_CHARS = 160


def _stderr_hint(stderr: bytes) -> str:
    """The first non-empty stderr line, secret-like words blanked, cut short; or ``""``."""
    for line in stderr.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if line:
            line = _SECRET_LIKE.sub("[…]", line)
            return line[:_HINT_CHARS] + ("…" if len(line) > _HINT_CHARS else "")
    return ""


class TokenSource:
    """Runs ``command`` to get an access token; caches it for ``cache_seconds``.

    ``token()`` returns the cached token while it is younger than ``cache_seconds`` (0: never
    cached), else runs the command (argv, no shell, stdin closed, the whole process group killed
    after ``timeout`` seconds) and returns its stripped stdout. It raises
    :class:`~mailbot.errors.TransientError` when the command cannot be started, times out,
    exits non-zero or prints no usable token: the caller retries later (poll backoff, outbox
    retry) and the outage alerting applies. Thread-safe: one run at a time.

    After the server refused a token, call :meth:`refused`: it drops the cached token and says
    whether one retry with a fresh token is worth it (only when the refused one came from the
    cache; a freshly printed token that is refused would be refused again, and every extra
    failed login counts against the account at Microsoft 365 and Google).
    """

    def __init__(
        self,
        command: Sequence[str],
        *,
        timeout: float = 30.0,
        cache_seconds: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not command:
            raise ValueError("TokenSource needs a command")
        self.command = tuple(command)
        self.timeout = timeout
        self.cache_seconds = cache_seconds
        self.clock = clock
        self.runs = 0  # how often the command ran (tests, health)
        self._token: str | None = None
        self._fetched_at = 0.0
        self._last_from_cache = False
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never shows the token
        return f"TokenSource({self.name!r}, cached={self._token is not None})"

    @property
    def name(self) -> str:
        """The program's file name: what logs and errors say (its arguments may be secret)."""
        return Path(self.command[0]).name

    def token(self) -> str:
        """A current access token (cached or fresh); TransientError when none can be had."""
        with self._lock:
            if self._token is not None and self.clock() - self._fetched_at < self.cache_seconds:
                self._last_from_cache = True
                return self._token
            self._token = None
            token = self._run()
            self._token, self._fetched_at, self._last_from_cache = token, self.clock(), False
            return token

    def invalidate(self) -> None:
        """Forget the cached token: the next :meth:`token` runs the command."""
        with self._lock:
            self._token = None

    def refused(self) -> bool:
        """The server refused the last token: forget it; True when a retry makes sense."""
        with self._lock:
            self._token = None
            retry, self._last_from_cache = self._last_from_cache, False
            return retry

    def _run(self) -> str:
        name = self.name
        self.runs += 1
        started = time.monotonic()
        try:
            proc = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,  # its own process group: a timeout kills helpers too
            )
        except OSError as exc:
            raise TransientError(
                f"token_command {name}: cannot run it: {exc.strerror or type(exc).__name__}"
            ) from None
        try:
            stdout, stderr = proc.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise TransientError(
                f"token_command {name}: no answer within {self.timeout:g}s (killed)"
            ) from None
        elapsed = time.monotonic() - started
        if proc.returncode != 0:
            hint = _stderr_hint(stderr)
            raise TransientError(
                f"token_command {name} failed (exit status {proc.returncode})"
                + (f": {hint}" if hint else "")
            )
        try:
            token = stdout.decode("ascii").strip()
        except UnicodeDecodeError:
            raise TransientError(f"token_command {name} printed non-ASCII output") from None
        if not token:
            raise TransientError(f"token_command {name} printed no token")
        if any(c.isspace() for c in token):
            raise TransientError(
                f"token_command {name} printed more than one word; it must print only the "
                "access token"
            )
        log.debug("token_command %s: new access token (%.2fs)", name, elapsed)
        return token


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL ``proc``'s process group and reap it (its pipes close with the group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    try:
        proc.communicate(timeout=5)
    except subprocess.TimeoutExpired:  # a grandchild escaped the group and holds the pipes
        proc.kill()
        proc.wait()


def token_source(cfg: ServerConfig) -> TokenSource | None:
    """The TokenSource of an ``[imap]``/``[smtp]`` section, or None for password auth."""
    if cfg.auth != "xoauth2":
        return None
    return TokenSource(
        cfg.token_command, timeout=cfg.token_timeout_seconds,
        cache_seconds=cfg.token_cache_seconds,
    )

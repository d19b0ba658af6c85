"""Real local mail servers for the test suite and ``make demo``.

Nothing here is a mock: :func:`start_dovecot` runs the Debian Dovecot binary (IMAP + LMTP, and
optionally the Pigeonhole sieve plugin for vacation autoreplies) from a generated configuration on
loopback ports, and :func:`start_smtp_relay` runs an aiosmtpd SMTP server that delivers every
accepted message into that Dovecot over LMTP. So an acknowledgement mailbot sends by SMTP really
lands in the complainant's IMAP INBOX, where a test can read it with :func:`imap_messages`.

Contracts (see DESIGN.md §7 for why the Dovecot settings look like this):

* Any user name logs in with the one configured password and receives mail without being
  created first (static passdb and userdb). Each user's maildir lives under the Dovecot work
  directory and is owned by uid/gid 65534 when running as root (the current user otherwise).
* With ``oauth2_tokens`` Dovecot also accepts SASL XOAUTH2/OAUTHBEARER through its real oauth2
  passdb, which asks an RFC 7662 introspection endpoint served by this process; the relay can
  likewise require AUTH XOAUTH2 (``start_smtp_relay(..., oauth2_tokens=...)``).
* Ports are picked free on 127.0.0.1 at start and kept across :meth:`Dovecot.restart`.
* Everything a server wrote (config, log, mail) stays under the given work directory, except
  Dovecot's sockets (a short ``/tmp/mbdc-*`` directory per start, as UNIX socket paths are
  limited to 108 bytes); nothing touches the system Dovecot, ``/etc`` or ``/var``.

Command line (for ``make demo``)::

    python -m mailbot.devservers start   --dir DIR        # foreground until SIGTERM/SIGINT
    python -m mailbot.devservers stop    --dir DIR
    python -m mailbot.devservers deliver --dir DIR --to ADDR FILE...
    python -m mailbot.devservers fetch   --dir DIR --user ADDR [--folder F]

``start`` writes ``DIR/servers.json`` (see :func:`_servers_json`) once both servers answer.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import email
import email.policy
import email.utils
import json
import os
import pwd
import re
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from base64 import b64decode, b64encode
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult
from aiosmtpd.smtp import Envelope as AioEnvelope
from aiosmtpd.smtp import Session as AioSession
from imapclient import IMAPClient

from mailbot.devtls import TlsFiles

__all__ = [
    "DEFAULT_SENDER",
    "Dovecot",
    "DovecotError",
    "Envelope",
    "SmtpRelay",
    "TlsFiles",
    "free_port",
    "imap_messages",
    "main",
    "start_dovecot",
    "start_smtp_relay",
]

LOOPBACK = "127.0.0.1"
DEFAULT_SENDER = "sender@example.invalid"
"""LMTP envelope sender used by :meth:`Dovecot.deliver` when the message has no usable From."""

_MAIL_UID = 65534  # "nobody": Dovecot refuses to run mail processes as root (DESIGN §7).
_READY_TIMEOUT = 15.0
_STOP_TIMEOUT = 10.0
_DOVECOT = os.environ.get("MAILBOT_DOVECOT", "/usr/sbin/dovecot")
_DOVEADM = os.environ.get("MAILBOT_DOVEADM", "/usr/bin/doveadm")
_IMAP_BINARY = os.environ.get("MAILBOT_DOVECOT_IMAP", "/usr/lib/dovecot/imap")
_CAPABILITY_CACHE: list[str] = []
_SHORT_TMP = "/tmp" if os.access("/tmp", os.W_OK) else None


class DovecotError(RuntimeError):
    """Dovecot could not be started, did not become ready, or refused a delivery."""


# --------------------------------------------------------------------------------------------
# small helpers


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago (bind to 0, read, close)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def _make_traversable(path: Path) -> None:
    """chmod 755 ``path`` and add o+x to every ancestor that lacks it.

    Dovecot's unprivileged processes (dovenull, nobody) must be able to walk to ``base_dir`` and
    the maildirs; ``mktemp -d`` and pytest's ``tmp_path`` make 0700 directories.
    """
    path.chmod(0o755)
    for parent in path.resolve().parents:
        mode = parent.stat().st_mode
        if not mode & 0o001:
            with contextlib.suppress(PermissionError):
                parent.chmod((mode & 0o7777) | 0o055)


def _ids() -> tuple[int, int, str, str]:
    """(mail uid, mail gid, login user, internal user) for the current privilege level."""
    if os.geteuid() == 0:
        return _MAIL_UID, _MAIL_UID, "dovenull", "dovecot"
    me = pwd.getpwuid(os.geteuid()).pw_name
    return os.geteuid(), os.getegid(), me, me


def _wait_for_banner(
    host: str, port: int, prefix: bytes, deadline: float, tls: TlsFiles | None = None
) -> str | None:
    """Try once to read a greeting starting with ``prefix``; return an error text or None.

    With ``tls`` the greeting is read over implicit TLS (chain verified against
    ``tls.ca_cert``, host name not: a certificate for another host is a test case).
    """
    timeout = max(0.1, deadline - time.monotonic())
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            if tls is None:
                banner = raw.recv(512)
            else:
                context = ssl.create_default_context(cafile=str(tls.ca_cert))
                context.check_hostname = False  # a wrong-host certificate is a test case
                with context.wrap_socket(raw) as s:
                    banner = s.recv(512)
    except OSError as exc:
        return f"{host}:{port}: {exc}"
    if not banner.startswith(prefix):
        return f"{host}:{port}: unexpected greeting {banner!r}"
    return None


def _envelope_sender(message: bytes) -> str:
    """The address in the message's Sender/From header, or :data:`DEFAULT_SENDER`."""
    msg = email.message_from_bytes(message, policy=email.policy.compat32)
    for header in ("Sender", "From"):
        value = msg.get(header)
        if value:
            _, addr = email.utils.parseaddr(str(value))
            if "@" in addr:
                return addr
    return DEFAULT_SENDER


def _lmtp_deliver(host: str, port: int, mail_from: str, rcpts: Sequence[str], data: bytes) -> None:
    """Deliver ``data`` over LMTP; raise :class:`DovecotError` unless every recipient got 250."""
    with smtplib.LMTP(host, port, timeout=30) as lmtp:
        try:
            refused = lmtp.sendmail(mail_from, list(rcpts), data)
        except smtplib.SMTPException as exc:
            raise DovecotError(f"LMTP delivery to {list(rcpts)} failed: {exc}") from exc
    if refused:
        raise DovecotError(f"LMTP refused recipients: {refused}")


# --------------------------------------------------------------------------------------------
# Dovecot


_CONF_TEMPLATE = """\
# Generated by mailbot.devservers; do not edit (rewritten on every (re)start).
base_dir = {base_dir}
state_dir = {state_dir}
log_path = {log_path}
info_log_path = {log_path}
debug_log_path = {log_path}
instance_name = mailbot-dev-{ident}
protocols = imap lmtp
listen = {host}
{ssl}
disable_plaintext_auth = no
auth_mechanisms = {auth_mechanisms}
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = 1
last_valid_uid = 0
first_valid_gid = 1
mail_location = maildir:~/Maildir
mail_plugins = {mail_plugins}
postmaster_address = postmaster@example.invalid
hostname = dovecot.mailbot.test
{capability}
{submission}
{oauth2_passdb}passdb {{
  driver = static
  mechanisms = plain login
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={mail_root}/%Lu allow_all_users=yes
}}
service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {imaps_port}
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {host}
    port = {lmtp_port}
  }}
}}
service anvil {{
  # no auth penalty: tests that try a wrong password must not slow every later login by 2-15 s
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
protocol lmtp {{
  mail_plugins = $mail_plugins {lmtp_plugins}
}}
plugin {{
  sieve = file:~/sieve;active=~/.dovecot.sieve
  sieve_vacation_dont_check_recipient = yes
  sieve_vacation_min_period = 0
  sieve_vacation_default_period = 1d
}}
"""

# Dovecot 2.3 oauth2 passdb (doc: PasswordDatabase.oauth2): XOAUTH2 / OAUTHBEARER logins are
# checked by POSTing ``token=<bearer>`` to the introspection URL (RFC 7662); the answer's
# ``active`` must be true and its ``username`` must equal the login name. PLAIN and LOGIN keep
# using the static password passdb below it.
_OAUTH2_PASSDB = """\
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {args}
}}
"""

_OAUTH2_CONF = """\
# Generated by mailbot.devservers: the test process answers the introspection requests.
introspection_mode = post
introspection_url = http://{host}:{port}/introspect
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""


class _IntrospectionServer:
    """A tiny RFC 7662 token introspection endpoint on loopback, in a thread of this process.

    ``POST /introspect`` with ``token=...`` answers ``{"active": true, "username": USER}`` for a
    token in ``tokens`` (token -> user name) and ``{"active": false}`` otherwise. ``requests``
    counts the questions asked (tests use it to see that Dovecot really asked).
    """

    def __init__(self, tokens: dict[str, str], port: int) -> None:
        self.tokens = tokens
        self.port = port
        self.requests = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def start(self) -> None:
        if self._httpd is not None:
            return
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
                token = (form.get("token") or [""])[0]
                server.requests += 1
                user = server.tokens.get(token) if token else None
                answer = {"active": True, "username": user} if user else {"active": False}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request line carries no token (POST body), but keep stderr clean

        self._httpd = ThreadingHTTPServer((LOOPBACK, self.port), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="oauth2-introspection", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=_STOP_TIMEOUT)
        self._httpd, self._thread = None, None


class Dovecot:
    """A running Dovecot (IMAP + LMTP) on loopback; create it with :func:`start_dovecot`.

    Attributes: ``host`` (always 127.0.0.1), ``imap_port``, ``lmtp_port``, ``password`` (valid
    for every user name), ``directory`` (config, log, mail), ``conf_path``, ``mail_root``,
    ``oauth2_tokens`` (token -> user name, a live dict tests may change; None when XOAUTH2 is
    off), ``oauth2_requests`` (introspection requests answered so far), ``tls`` and
    ``imaps_port`` (implicit-TLS IMAP; None without ``tls``).
    Usable as a context manager; leaving it calls :meth:`stop`.
    """

    def __init__(
        self,
        directory: Path,
        *,
        password: str,
        drop_capabilities: Sequence[str],
        sieve: bool,
        submission_port: int | None,
        imap_port: int | None = None,
        lmtp_port: int | None = None,
        oauth2_tokens: Mapping[str, str] | None = None,
        tls: TlsFiles | None = None,
        imaps_port: int | None = None,
    ) -> None:
        if not re.fullmatch(r"[A-Za-z0-9._+@!:,=/-]+", password):
            raise ValueError("password: use letters, digits and ._+@!:,=/- only (config-safe)")
        self.host = LOOPBACK
        self.password = password
        self.directory = directory
        self.conf_path = directory / "dovecot.conf"
        self.log_path = directory / "dovecot.log"
        self.mail_root = directory / "mail"
        self.sieve = sieve
        self.submission_port = submission_port
        self.drop_capabilities = tuple(c.upper() for c in drop_capabilities)
        self.imap_port = imap_port or free_port()
        self.lmtp_port = lmtp_port or free_port()
        self.tls = tls
        self.imaps_port = (imaps_port or free_port()) if tls is not None else None
        self._capability_line = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._base_dir: Path | None = None
        self.oauth2_tokens: dict[str, str] | None = (
            None if oauth2_tokens is None else dict(oauth2_tokens)
        )
        self._introspection: _IntrospectionServer | None = None
        if self.oauth2_tokens is not None:
            self._introspection = _IntrospectionServer(self.oauth2_tokens, free_port())

    @property
    def oauth2_requests(self) -> int:
        """How many token introspection requests Dovecot made (0 without ``oauth2_tokens``)."""
        return self._introspection.requests if self._introspection is not None else 0

    # -- lifecycle ---------------------------------------------------------------------------

    def _write_conf(self, base_dir: Path) -> None:
        uid, gid, login_user, internal_user = _ids()
        state_dir = self.directory / "state"
        state_dir.mkdir(mode=0o755, exist_ok=True)
        submission = ""
        if self.submission_port is not None:
            submission = f"submission_host = {self.host}:{self.submission_port}"
        mechanisms, oauth2_passdb = "plain login", ""
        if self._introspection is not None:
            oauth2_conf = self.directory / "dovecot-oauth2.conf.ext"
            oauth2_conf.write_text(
                _OAUTH2_CONF.format(host=self.host, port=self._introspection.port)
            )
            oauth2_conf.chmod(0o644)
            mechanisms = "plain login xoauth2 oauthbearer"
            oauth2_passdb = _OAUTH2_PASSDB.format(args=oauth2_conf)
        ssl_conf = "ssl = no"
        if self.tls is not None:
            # STARTTLS on imap_port, implicit TLS on imaps_port; plaintext logins stay allowed
            # on loopback (disable_plaintext_auth = no) so imap_messages() keeps working.
            ssl_conf = (f"ssl = yes\nssl_cert = <{self.tls.cert}\nssl_key = <{self.tls.key}\n"
                        "ssl_min_protocol = TLSv1.2\n"
                        # lport tells implicit TLS (imaps_port) from STARTTLS in the log
                        "login_log_format_elements = user=<%u> method=%m rip=%r lip=%l "
                        "lport=%{lport} mpid=%e %c session=<%{session}>")
        conf = _CONF_TEMPLATE.format(
            ssl=ssl_conf,
            imaps_port=self.imaps_port or 0,
            auth_mechanisms=mechanisms,
            oauth2_passdb=oauth2_passdb,
            base_dir=base_dir,
            state_dir=state_dir,
            log_path=self.log_path,
            ident=f"{os.getpid()}-{self.imap_port}",
            host=self.host,
            login_user=login_user,
            internal_user=internal_user,
            mail_plugins="",
            lmtp_plugins="sieve" if self.sieve else "",
            capability=self._capability_line,
            submission=submission,
            password=self.password,
            uid=uid,
            gid=gid,
            mail_root=self.mail_root,
            imap_port=self.imap_port,
            lmtp_port=self.lmtp_port,
        )
        self.conf_path.write_text(conf)
        self.conf_path.chmod(0o644)

    def _launch(self) -> None:
        """Start the master process and wait until IMAP and LMTP greet; raise on failure.

        ``base_dir`` (the UNIX sockets) is a fresh short directory under /tmp for every start:
        socket paths are limited to 108 bytes and pytest's tmp_path is too long for them.
        """
        if self._introspection is not None:
            try:
                self._introspection.start()  # same port on every (re)start
            except OSError as exc:
                raise DovecotError(
                    f"introspection port {self._introspection.port} in use: {exc}"
                ) from exc
        self._base_dir = Path(tempfile.mkdtemp(prefix="mbdc-", dir=_SHORT_TMP))
        try:
            self._base_dir.chmod(0o755)
            self._write_conf(self._base_dir)
            with (self.directory / "dovecot.stderr").open("ab") as stderr:
                self._process = subprocess.Popen(
                    [_DOVECOT, "-F", "-c", str(self.conf_path)],
                    stdin=subprocess.DEVNULL,
                    stdout=stderr,
                    stderr=stderr,
                    start_new_session=True,
                )
        except BaseException:
            shutil.rmtree(self._base_dir, ignore_errors=True)
            self._base_dir = None
            raise
        _RUNNING.add(self)
        deadline = time.monotonic() + _READY_TIMEOUT
        last_error = "not tried"
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                last_error = f"dovecot exited with status {self._process.returncode}"
                break
            problem = _wait_for_banner(self.host, self.imap_port, b"* OK", deadline)
            if problem is None:
                problem = _wait_for_banner(self.host, self.lmtp_port, b"220", deadline)
            if problem is None and self.tls is not None and self.imaps_port is not None:
                problem = _wait_for_banner(
                    self.host, self.imaps_port, b"* OK", deadline, tls=self.tls
                )
            if problem is None:
                return
            last_error = problem
            time.sleep(0.02)
        self._kill()
        raise DovecotError(
            f"Dovecot ({self.conf_path}) did not become ready within {_READY_TIMEOUT:.0f}s: "
            f"{last_error}\n--- dovecot log ---\n{self.log_text()}"
        )

    def _real_capabilities(self) -> list[str]:
        """The CAPABILITY list Dovecot advertises after login with this configuration.

        Asks a standalone (PREAUTH) ``imap`` process first, which costs ~15 ms; falls back to
        starting the server, logging in and stopping it again (~1 s). Cached per process.
        """
        if _CAPABILITY_CACHE:
            return list(_CAPABILITY_CACHE)
        caps: list[str] = []
        uid, gid, _, _ = _ids()
        probe_home = self.directory / "capability-probe"
        probe_home.mkdir(exist_ok=True)
        os.chown(probe_home, uid, gid)
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [
                    _IMAP_BINARY,
                    "-c",
                    str(self.conf_path),
                    "-o",
                    f"mail_uid={uid}",
                    "-o",
                    f"mail_gid={gid}",
                    "-o",
                    f"mail_location=maildir:{probe_home}/Maildir",
                ],
                input=b"a LOGOUT\r\n",
                capture_output=True,
                env={"USER": "capability-probe", "HOME": str(probe_home), "PATH": "/usr/bin:/bin"},
                timeout=10,
                check=False,
            ).stdout
            first = out.split(b"\r\n", 1)[0].decode("ascii", "replace")
            if first.startswith("* PREAUTH [CAPABILITY ") and "]" in first:
                caps = first[len("* PREAUTH [CAPABILITY ") : first.index("]")].split()
        if "IMAP4rev1" not in caps:
            self._launch()
            try:
                with IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=10) as client:
                    client.login("capability-probe@mailbot.test", self.password)
                    caps = [c.decode() for c in client.capabilities()]
            finally:
                self._stop_process()
        _CAPABILITY_CACHE[:] = caps
        return caps

    def _set_capability_drop(self) -> None:
        """Make ``imap_capability`` the real list minus ``drop_capabilities`` (before launch).

        ``imap_capability`` replaces the whole advertised list, hence the probe.
        """
        if not self.drop_capabilities:
            return
        self._write_conf(self.directory / "probe-base")  # the probe needs a config file
        caps = self._real_capabilities()
        kept = [c for c in caps if c.upper() not in self.drop_capabilities]
        self._capability_line = "imap_capability = " + " ".join(kept)

    def _stop_process(self) -> None:
        proc = self._process
        if proc is None:
            return
        if proc.poll() is None:
            # doveadm stop polls kill(pid, 0) until the master is gone; the master is our child,
            # so it stays a zombie (and doveadm waits ~3 s) unless we reap it meanwhile.
            doveadm = subprocess.Popen(
                [_DOVEADM, "-c", str(self.conf_path), "stop"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                proc.wait(timeout=_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self._kill()
            try:
                doveadm.wait(timeout=_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                doveadm.kill()
                doveadm.wait()
        self._process = None
        _RUNNING.discard(self)
        if self._base_dir is not None:
            shutil.rmtree(self._base_dir, ignore_errors=True)
            self._base_dir = None

    def _kill(self) -> None:
        proc = self._process
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=_STOP_TIMEOUT)
        self._process = None
        _RUNNING.discard(self)
        if self._base_dir is not None:
            shutil.rmtree(self._base_dir, ignore_errors=True)
            self._base_dir = None

    @property
    def running(self) -> bool:
        """True while the Dovecot master process is alive."""
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        """PID of the Dovecot master process, or None when stopped."""
        return self._process.pid if self.running and self._process is not None else None

    def stop(self) -> None:
        """Stop Dovecot (``doveadm -c CONF stop``) and wait for the master to exit. Idempotent.

        Mail stays on disk; :meth:`restart` brings the same mailboxes back.
        """
        self._stop_process()
        if self._introspection is not None:
            self._introspection.stop()

    def restart(self) -> None:
        """Stop (if running) and start again on the same ports, with the same mail.

        Raises :class:`DovecotError` if it does not come back (e.g. a port was taken meanwhile).
        """
        self._stop_process()
        self._launch()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- use ---------------------------------------------------------------------------------

    def log_text(self) -> str:
        """Everything Dovecot logged so far (its log file plus the master's stderr)."""
        parts = []
        for path in (self.log_path, self.directory / "dovecot.stderr"):
            with contextlib.suppress(FileNotFoundError):
                parts.append(path.read_text(errors="replace"))
        return "".join(parts)

    def deliver(self, rcpt: str, message: bytes, *, mail_from: str | None = None) -> None:
        """Deliver ``message`` to ``rcpt``'s INBOX over LMTP (synchronously, fsynced by Dovecot).

        The envelope sender is ``mail_from``, else the message's Sender/From address, else
        :data:`DEFAULT_SENDER`. Raises :class:`DovecotError` if Dovecot refuses it.
        """
        sender = mail_from if mail_from is not None else _envelope_sender(message)
        _lmtp_deliver(self.host, self.lmtp_port, sender, [rcpt], message)

    def user_home(self, user: str) -> Path:
        """The home directory Dovecot uses for ``user`` (``<mail_root>/<lowercased user>``)."""
        return self.mail_root / user.lower()

    def set_vacation(
        self,
        user: str,
        text: str,
        *,
        subject: str = "Out of office",
        days: int = 1,
    ) -> None:
        """Write and activate a sieve vacation script for ``user`` (needs ``sieve=True``).

        Dovecot then answers the first mail from each envelope sender within ``days`` with
        ``text``, sending the reply by SMTP to ``submission_port`` (the relay). Pigeonhole still
        applies its own loop rules: no reply to null/MAILER-DAEMON senders, list mail,
        ``Auto-Submitted``/``Precedence: bulk`` mail.
        """
        if not self.sieve:
            raise DovecotError("set_vacation needs start_dovecot(..., sieve=True)")
        uid, gid, _, _ = _ids()
        home = self.user_home(user)
        sieve_dir = home / "sieve"
        sieve_dir.mkdir(parents=True, exist_ok=True)
        script = sieve_dir / "vacation.sieve"
        script.write_text(
            'require ["vacation"];\n'
            f"vacation :days {int(days)} :subject {_sieve_string(subject)} {_sieve_string(text)};\n"
        )
        active = home / ".dovecot.sieve"
        with contextlib.suppress(FileNotFoundError):
            active.unlink()
        active.symlink_to(Path("sieve") / "vacation.sieve")
        for path in (home, sieve_dir, script):
            os.chown(path, uid, gid)
        os.lchown(active, uid, gid)

    def clear_vacation(self, user: str) -> None:
        """Deactivate ``user``'s sieve script (no more autoreplies)."""
        with contextlib.suppress(FileNotFoundError):
            (self.user_home(user) / ".dovecot.sieve").unlink()


def _sieve_string(value: str) -> str:
    """A sieve quoted string literal for ``value``."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


_RUNNING: set[Dovecot] = set()


@atexit.register
def _stop_leftovers() -> None:
    """Never leave a Dovecot behind when the interpreter exits (e.g. after a test crash)."""
    for dovecot in list(_RUNNING):
        with contextlib.suppress(Exception):
            dovecot.stop()


def start_dovecot(
    workdir: Path,
    *,
    password: str = "secret",
    drop_capabilities: Sequence[str] = (),
    sieve: bool = False,
    submission_port: int | None = None,
    oauth2_tokens: Mapping[str, str] | None = None,
    tls: TlsFiles | None = None,
) -> Dovecot:
    """Start a private Dovecot (IMAP + LMTP) on free 127.0.0.1 ports and return it when ready.

    * A fresh directory ``workdir/dovecot-XXXX`` holds ``dovecot.conf``, ``dovecot.log``,
      ``state/`` and ``mail/<user>/Maildir``; the sockets (``base_dir``) live in a short
      ``/tmp/mbdc-XXXX`` directory per start, removed on stop.
    * Every user name logs in with ``password``; mail to any address is accepted by LMTP.
    * ``drop_capabilities`` (e.g. ``("MOVE",)``) are removed from the CAPABILITY advertised
      after login (and in the greeting), so client fallbacks can be tested for real.
    * ``sieve=True`` loads the Pigeonhole sieve plugin into LMTP (see :meth:`Dovecot.set_vacation`);
      autoreplies are submitted by SMTP to ``127.0.0.1:submission_port`` when it is given.
    * ``oauth2_tokens`` (token -> user name; may be empty) also enables SASL XOAUTH2 and
      OAUTHBEARER through Dovecot's real oauth2 passdb: Dovecot POSTs each bearer token to a
      loopback introspection endpoint served by this process, which answers ``active`` for the
      tokens in :attr:`Dovecot.oauth2_tokens` (a live dict: add or remove tokens at any time).
      Password logins keep working for every user.
    * ``tls`` (see :func:`mailbot.devtls.make_test_ca`) turns on ``ssl = yes`` with that
      certificate: STARTTLS on ``imap_port`` and implicit TLS on an extra ``imaps_port``.
      Plaintext logins on ``imap_port`` stay allowed (loopback), so :func:`imap_messages` works.

    Waits until both IMAP and LMTP answer (15 s); raises :class:`DovecotError` including the
    Dovecot log otherwise. Ports are picked free; a start that loses a port race is retried.
    """
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix="dovecot-", dir=workdir))
    _make_traversable(directory)
    uid, gid, _, _ = _ids()
    last: DovecotError | None = None
    for _attempt in range(3):
        mail_root = directory / "mail"
        mail_root.mkdir(mode=0o755, exist_ok=True)
        os.chown(mail_root, uid, gid)
        dovecot = Dovecot(
            directory,
            password=password,
            drop_capabilities=drop_capabilities,
            sieve=sieve,
            submission_port=submission_port,
            oauth2_tokens=oauth2_tokens,
            tls=tls,
        )
        try:
            dovecot._set_capability_drop()
            dovecot._launch()
            return dovecot
        except DovecotError as exc:
            dovecot.stop()
            last = exc
            if "in use" not in str(exc):
                raise
    assert last is not None
    raise last


# --------------------------------------------------------------------------------------------
# SMTP relay


@dataclass(frozen=True)
class Envelope:
    """One message as the relay saw it: SMTP envelope plus the raw DATA bytes.

    ``mail_from`` is ``""`` for the null sender (``MAIL FROM:<>``, bounces and autoreplies).
    """

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes


@dataclass
class _Faults:
    fail: list[tuple[int, str]] = field(default_factory=list)
    drop: list[bool] = field(default_factory=list)  # one entry per drop: deliver first?


class _RelayHandler:
    """aiosmtpd handler: accept any recipient, deliver via LMTP, honour injected faults."""

    def __init__(self, relay: SmtpRelay) -> None:
        self._relay = relay

    async def handle_DATA(
        self, server: SMTPServer, session: AioSession, envelope: AioEnvelope
    ) -> str:
        relay = self._relay
        data = envelope.content
        if isinstance(data, str):  # pragma: no cover - decode_data=False gives bytes
            data = data.encode("utf-8", "surrogateescape")
        mail_from = str(envelope.mail_from or "")
        env = Envelope(
            mail_from="" if mail_from == "<>" else mail_from,
            rcpt_tos=tuple(str(r) for r in envelope.rcpt_tos),
            data=bytes(data or b""),
        )
        with relay._lock:
            relay.attempts.append(env)
            fail = relay._faults.fail.pop(0) if relay._faults.fail else None
            drop = relay._faults.drop.pop(0) if fail is None and relay._faults.drop else None
        if fail is not None:
            code, text = fail
            return f"{code} {text}"
        if drop is not None:
            if drop:
                await self._deliver(env)
            transport = server.transport
            if isinstance(transport, asyncio.Transport):
                transport.abort()  # close at once: the client never sees a reply
            return "421 connection dropped by fault injection"
        try:
            await self._deliver(env)
        except Exception as exc:  # any LMTP trouble is "try later" for the client
            return f"451 4.3.0 relay could not deliver to LMTP: {exc}"
        with relay._lock:
            relay.received.append(env)
        return "250 2.0.0 OK delivered"

    async def _deliver(self, env: Envelope) -> None:
        host, port = self._relay.lmtp
        await asyncio.get_running_loop().run_in_executor(
            None, _lmtp_deliver, host, port, env.mail_from, env.rcpt_tos, env.data
        )


class _OAuth2RelayHandler(_RelayHandler):
    """The relay handler plus SASL XOAUTH2 (as Gmail and Microsoft 365 speak it), required.

    aiosmtpd offers every ``auth_<MECH>`` method of the handler as an AUTH mechanism. The
    initial response is ``base64("user=" USER "\\x01auth=Bearer " TOKEN "\\x01\\x01")``; a token
    in ``relay.oauth2_tokens`` whose user matches is accepted. A refused token gets the
    provider's error dance: a 334 challenge carrying a base64 JSON status, the client's empty
    line, then 535. MAIL before a successful AUTH is refused with 530 (RFC 4954 §6).
    """

    async def auth_XOAUTH2(self, server: SMTPServer, args: list[str]) -> AuthResult:
        if len(args) > 1:
            try:
                blob = b64decode(args[1], validate=True)
            except ValueError:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        else:
            answer = await server.challenge_auth("", encode_to_b64=False)
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=True)
            blob = answer
        fields = dict(
            part.split("=", 1) for part in blob.decode("utf-8", "replace").split("\x01")
            if "=" in part
        )
        user, auth = fields.get("user", ""), fields.get("auth", "")
        token = auth[len("Bearer "):] if auth.startswith("Bearer ") else ""
        tokens = self._relay.oauth2_tokens or {}
        with self._relay._lock:
            self._relay.auth_attempts += 1
        if token and tokens.get(token, "").lower() == user.lower() and user:
            return AuthResult(success=True, auth_data=user)
        status = json.dumps({"status": "401", "schemes": "Bearer", "scope": "mail"})
        await server.challenge_auth(b64encode(status.encode()), encode_to_b64=False)
        return AuthResult(success=False, handled=False)

    async def handle_MAIL(
        self, server: SMTPServer, session: AioSession, envelope: AioEnvelope, address: str,
        mail_options: list[str],
    ) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"


class SmtpRelay:
    """An SMTP server on 127.0.0.1 that relays every accepted message into Dovecot via LMTP.

    ``received`` lists the envelopes answered 250 (in order); ``attempts`` lists every DATA the
    relay saw, whatever it answered. A message counts as received only once LMTP accepted it,
    so when smtplib/aiosmtplib returns, the mail is already in the recipient's INBOX.
    With ``oauth2_tokens`` (token -> user name, a live dict) the relay offers only AUTH XOAUTH2
    and refuses MAIL before it succeeded; ``auth_attempts`` counts the AUTH XOAUTH2 commands.
    ``mode`` is "plain", or with ``tls`` "starttls" (required) or "tls" (implicit).
    Use as a context manager or call :meth:`stop`.
    """

    def __init__(
        self, lmtp: tuple[str, int], port: int, oauth2_tokens: Mapping[str, str] | None = None,
        tls: TlsFiles | None = None, mode: str = "starttls",
    ) -> None:
        if mode not in ("starttls", "tls"):
            raise ValueError('mode must be "starttls" or "tls"')
        self.host = LOOPBACK
        self.port = port
        self.lmtp = lmtp
        self.tls = tls
        self.mode = mode if tls is not None else "plain"
        self.received: list[Envelope] = []
        self.attempts: list[Envelope] = []
        self.oauth2_tokens: dict[str, str] | None = (
            None if oauth2_tokens is None else dict(oauth2_tokens)
        )
        self.auth_attempts = 0
        self._faults = _Faults()
        self._lock = threading.Lock()
        handler = _RelayHandler(self) if oauth2_tokens is None else _OAuth2RelayHandler(self)
        auth: dict[str, Any] = {}
        if oauth2_tokens is not None:
            # AUTH over plain loopback: aiosmtpd refuses AUTH without TLS unless told. The
            # built-in PLAIN/LOGIN are left out so that XOAUTH2 is the only way in.
            auth = {"auth_require_tls": False, "auth_exclude_mechanism": ["PLAIN", "LOGIN"]}
        if tls is not None and mode == "starttls":
            # STARTTLS offered and required: MAIL before STARTTLS is refused with 530.
            auth |= {"tls_context": tls.server_context(), "require_starttls": True}
        elif tls is not None:
            auth |= {"ssl_context": tls.server_context()}  # implicit TLS from the first byte
        self._controller = Controller(
            handler,
            hostname=self.host,
            port=port,
            decode_data=False,
            # Dovecot 2.3 LMTP has no SMTPUTF8, so the relay must not promise it either.
            enable_SMTPUTF8=False,
            ident="mailbot-devservers relay",
            **auth,
        )

    def fail_next(self, code: int, text: str, count: int = 1) -> None:
        """Answer the next ``count`` DATA commands with ``code text`` (e.g. 451, 550).

        The message is not delivered and not added to ``received``.
        """
        if not 400 <= code <= 599:
            raise ValueError("fail_next needs a 4xx or 5xx code")
        with self._lock:
            self._faults.fail.extend([(code, text)] * count)

    def drop_next(self, count: int = 1, *, deliver: bool = False) -> None:
        """Close the connection after the next ``count`` DATA payloads, without replying.

        With ``deliver=False`` (default) the message is lost, as in a server crash; with
        ``deliver=True`` it is delivered to the INBOX first but the client never sees the 250
        (the "sent but not recorded" window). Dropped messages are not in ``received``.
        """
        with self._lock:
            self._faults.drop.extend([deliver] * count)

    def reset(self) -> None:
        """Forget recorded envelopes and pending faults."""
        with self._lock:
            self.received.clear()
            self.attempts.clear()
            self._faults = _Faults()

    def start(self) -> None:
        """Start serving (called by :func:`start_smtp_relay`)."""
        self._controller.start()

    def stop(self) -> None:
        """Stop serving. Idempotent."""
        with contextlib.suppress(AssertionError, RuntimeError):
            self._controller.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_smtp_relay(
    dovecot_or_lmtp_host_port: Dovecot | tuple[str, int], *, port: int = 0,
    oauth2_tokens: Mapping[str, str] | None = None,
    tls: TlsFiles | None = None, mode: str = "starttls",
) -> SmtpRelay:
    """Start an :class:`SmtpRelay` on ``127.0.0.1:port`` (0 = pick a free port) into Dovecot.

    The first argument is a :class:`Dovecot` or an LMTP ``(host, port)``. With
    ``oauth2_tokens`` (token -> user name) the relay requires AUTH XOAUTH2 with one of them.
    With ``tls`` (see :func:`mailbot.devtls.make_test_ca`) the relay presents that certificate:
    ``mode="starttls"`` offers and requires STARTTLS (as on port 587), ``mode="tls"`` speaks
    implicit TLS from the first byte (as on port 465).
    Returns once the server answers EHLO.
    """
    if isinstance(dovecot_or_lmtp_host_port, Dovecot):
        lmtp = (dovecot_or_lmtp_host_port.host, dovecot_or_lmtp_host_port.lmtp_port)
    else:
        lmtp = (str(dovecot_or_lmtp_host_port[0]), int(dovecot_or_lmtp_host_port[1]))
    relay = SmtpRelay(lmtp, port or free_port(), oauth2_tokens, tls, mode)
    relay.start()
    return relay


# --------------------------------------------------------------------------------------------
# reading mail back


def imap_messages(dovecot: Dovecot, user: str, folder: str = "INBOX") -> list[bytes]:
    """Raw bytes (``BODY.PEEK[]``, flags untouched) of every message in ``user``'s ``folder``,
    in UID order. A missing folder gives an empty list; a message another client (the daemon
    under test) moves away between SEARCH and FETCH is simply not there."""
    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=10) as client:
        client.login(user, dovecot.password)
        if not client.folder_exists(folder):
            return []
        client.select_folder(folder, readonly=True)
        uids = sorted(client.search("ALL"))
        if not uids:
            return []
        fetched = client.fetch(uids, ["BODY.PEEK[]"])
        return [bytes(fetched[uid][b"BODY[]"]) for uid in uids if uid in fetched]


# --------------------------------------------------------------------------------------------
# command line


def _servers_json(dovecot: Dovecot, relay: SmtpRelay) -> dict[str, Any]:
    """What ``start`` writes to ``DIR/servers.json``."""
    return {
        "pid": os.getpid(),
        "host": dovecot.host,
        "imap_port": dovecot.imap_port,
        "lmtp_port": dovecot.lmtp_port,
        "smtp_port": relay.port,
        "password": dovecot.password,
        "dovecot_dir": str(dovecot.directory),
        "dovecot_conf": str(dovecot.conf_path),
    }


def _read_servers(directory: Path) -> dict[str, Any]:
    path = directory / "servers.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text())
    except FileNotFoundError:
        raise SystemExit(
            f"{path} not found: run `python -m mailbot.devservers start` first"
        ) from None
    return data


class _Attached(Dovecot):
    """A Dovecot started by another process, described by servers.json (no lifecycle)."""

    def __init__(self, info: dict[str, Any]) -> None:
        super().__init__(
            Path(info["dovecot_dir"]),
            password=str(info["password"]),
            drop_capabilities=(),
            sieve=False,
            submission_port=None,
            imap_port=int(info["imap_port"]),
            lmtp_port=int(info["lmtp_port"]),
        )
        self.host = str(info["host"])


def _cmd_start(directory: Path) -> int:
    directory.mkdir(parents=True, exist_ok=True)
    relay_port = free_port()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    with (
        start_dovecot(directory, sieve=True, submission_port=relay_port) as dovecot,
        start_smtp_relay(dovecot, port=relay_port) as relay,
    ):
        info = _servers_json(dovecot, relay)
        tmp = directory / "servers.json.tmp"
        tmp.write_text(json.dumps(info, indent=2) + "\n")
        tmp.replace(directory / "servers.json")
        print(
            f"devservers: IMAP {dovecot.host}:{dovecot.imap_port}  "
            f"SMTP {relay.host}:{relay.port}  LMTP {dovecot.host}:{dovecot.lmtp_port}  "
            f"password {dovecot.password!r}",
            flush=True,
        )
        while not stop.wait(0.5):
            if not dovecot.running:
                print("devservers: dovecot exited:\n" + dovecot.log_text(), file=sys.stderr)
                return 1
    with contextlib.suppress(FileNotFoundError):
        (directory / "servers.json").unlink()
    return 0


def _pid_alive(pid: int) -> bool:
    """True if ``pid`` runs (a zombie, exited but not yet reaped by its parent, counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _cmd_stop(directory: Path) -> int:
    path = directory / "servers.json"
    if not path.exists():
        print(f"devservers: nothing running ({path} absent)")
        return 0
    info = json.loads(path.read_text())
    pid = int(info["pid"])
    if _pid_alive(pid):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        while _pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
    conf = Path(info["dovecot_conf"])
    if conf.exists() and shutil.which(_DOVEADM):  # the starter was killed hard: clean up
        subprocess.run(
            [_DOVEADM, "-c", str(conf), "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    print("devservers: stopped")
    return 0


def _cmd_deliver(directory: Path, to: str, files: Sequence[Path]) -> int:
    dovecot = _Attached(_read_servers(directory))
    for file in files:
        dovecot.deliver(to, file.read_bytes())
        print(f"delivered {file} to {to}")
    return 0


def _cmd_fetch(directory: Path, user: str, folder: str) -> int:
    dovecot = _Attached(_read_servers(directory))
    for raw in imap_messages(dovecot, user, folder):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        print(str(msg.get("Subject", "(no subject)")))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mailbot.devservers", description="Local Dovecot + SMTP relay for demos"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("start", "start Dovecot + relay, write DIR/servers.json, run until SIGTERM"),
        ("stop", "stop the servers started with `start --dir DIR`"),
        ("deliver", "deliver message files into a mailbox over LMTP"),
        ("fetch", "print the subjects of the messages in a mailbox"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("--dir", required=True, type=Path, help="state directory")
        if name == "deliver":
            p.add_argument("--to", required=True, help="recipient address")
            p.add_argument("files", nargs="+", type=Path, metavar="FILE")
        if name == "fetch":
            p.add_argument("--user", required=True, help="mailbox user (address)")
            p.add_argument("--folder", default="INBOX")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m mailbot.devservers``; returns the exit status."""
    args = _parser().parse_args(argv)
    directory: Path = args.dir.resolve()
    if args.command == "start":
        return _cmd_start(directory)
    if args.command == "stop":
        return _cmd_stop(directory)
    if args.command == "deliver":
        return _cmd_deliver(directory, args.to, args.files)
    return _cmd_fetch(directory, args.user, args.folder)


if __name__ == "__main__":
    sys.exit(main())

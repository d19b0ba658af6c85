"""EDGE: the only IMAP code (imapclient).

Fetches with ``BODY.PEEK[]`` so the officer's \\Seen flags are untouched (RFC 3501 §6.4.5):
"read" never means "processed". Messages leave INBOX only after the database commit that
registered them, by MOVE (RFC 6851) when advertised, else COPY + \\Deleted + UID EXPUNGE
(RFC 4315) or plain EXPUNGE as the last resort. Capabilities are read once per connection.
Library and socket errors are translated into ``TransientError`` here (DESIGN §5 rule 6).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from mailbot.config import ImapConfig, tls_context, tls_refusal_hint
from mailbot.domain import RawMail
from mailbot.errors import ConfigError, PermanentError, TransientError
from mailbot.oauth import TokenSource, token_source

log = logging.getLogger(__name__)

#: Errors that mean "the server or the network is unwell": try again later.
_NETWORK_ERRORS = (IMAPClientError, OSError, socket.timeout, ssl.SSLError, EOFError)


@dataclass(frozen=True)
class FolderState:
    """What SELECT told us about the watched folder."""

    name: str
    uidvalidity: int
    exists: int


class Mailbox:
    """One authenticated IMAP connection. Use as a context manager.

    With ``auth = "xoauth2"`` it logs in by SASL XOAUTH2 with a token from ``tokens`` (pass the
    daemon's long-lived :class:`~mailbot.oauth.TokenSource` so the token is cached across
    connections; without one, a source is made from ``cfg`` for this connection).
    """

    def __init__(self, cfg: ImapConfig, tokens: TokenSource | None = None) -> None:
        self.cfg = cfg
        self._tokens = tokens if tokens is not None else token_source(cfg)
        self._client: imapclient.IMAPClient | None = None
        self.capabilities: frozenset[str] = frozenset()

    # -- connection -------------------------------------------------------------------------

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> None:
        """Connect, secure and log in; raise TransientError (or ConfigError on bad login)."""
        cfg = self.cfg
        # Ask for the token first: a failing token_command costs no connection.
        token = self._tokens.token() if self._tokens is not None else None
        try:
            # Chain and host name are always verified; tls_ca_file replaces the system store.
            context = tls_context(cfg.tls_ca_file) if cfg.security != "plain" else None
            client = imapclient.IMAPClient(
                cfg.host, port=cfg.port, ssl=cfg.security == "tls", ssl_context=context,
                timeout=cfg.timeout_seconds, use_uid=True,
            )
            if cfg.security == "starttls":
                client.starttls(context)
            client.normalise_times = False  # keep INTERNALDATE timezone-aware
        except _NETWORK_ERRORS as exc:
            raise TransientError(
                f"IMAP connect to {cfg.host}:{cfg.port} failed: {exc}"
                + tls_refusal_hint(exc, "imap")
            ) from None
        try:
            if token is None:
                client.login(cfg.username, cfg.password)
            else:
                self._oauth2_login(client, token)
        except imapclient.exceptions.LoginError:
            _quiet_logout(client)
            # A refused login may be a password change or a server hiccup: retry, but say so.
            how = " (XOAUTH2 access token)" if token is not None else ""
            raise TransientError(f"IMAP login refused for {cfg.username}{how}") from None
        except TransientError:  # token_command failed on the retry
            _quiet_logout(client)
            raise
        except _NETWORK_ERRORS as exc:
            _quiet_logout(client)
            raise TransientError(f"IMAP login failed: {exc}") from None
        self._client = client
        try:
            self.capabilities = frozenset(
                c.decode("ascii", "replace").upper() for c in client.capabilities()
            )
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP CAPABILITY failed: {exc}") from None

    def _oauth2_login(self, client: imapclient.IMAPClient, token: str) -> None:
        """AUTHENTICATE XOAUTH2; a refused *cached* token is retried once with a fresh one."""
        assert self._tokens is not None
        try:
            client.oauth2_login(self.cfg.username, token)
        except imapclient.exceptions.LoginError:
            if not self._tokens.refused():
                raise
            log.info("IMAP XOAUTH2: cached access token refused; once more with a fresh one")
            client.oauth2_login(self.cfg.username, self._tokens.token())

    def close(self) -> None:
        """Log out; never raises."""
        if self._client is not None:
            _quiet_logout(self._client)
            self._client = None

    @property
    def client(self) -> imapclient.IMAPClient:
        if self._client is None:
            raise TransientError("IMAP not connected")
        return self._client

    # -- folders ----------------------------------------------------------------------------

    def ensure_folders(self, names: Sequence[str]) -> None:
        """Create the folders mailbot writes to when they do not exist yet."""
        try:
            for name in names:
                if not self.client.folder_exists(name):
                    self.client.create_folder(name)
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP folder set-up failed: {exc}") from None

    def select(self, name: str) -> FolderState:
        """SELECT ``name`` read-write; ConfigError when it does not exist."""
        try:
            if not self.client.folder_exists(name):
                raise ConfigError(f"IMAP folder {name!r} does not exist")
            info = self.client.select_folder(name)
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP SELECT {name} failed: {exc}") from None
        return FolderState(name, int(info[b"UIDVALIDITY"]), int(info.get(b"EXISTS", 0)))

    # -- fetching ---------------------------------------------------------------------------

    def uids(self) -> list[int]:
        """UIDs of every message in the selected folder, ascending."""
        try:
            return sorted(int(u) for u in self.client.search(["ALL"]))
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP SEARCH failed: {exc}") from None

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs greater than ``last_uid`` in the selected folder, ascending."""
        try:
            found = self.client.search(["UID", f"{last_uid + 1}:*"])
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP SEARCH failed: {exc}") from None
        # "n:*" always matches the highest UID, even when it is below n (RFC 3501 §6.4.8).
        return sorted(int(u) for u in found if int(u) > last_uid)

    def folder_exists(self, name: str) -> bool:
        """Whether ``name`` exists on the server."""
        try:
            return bool(self.client.folder_exists(name))
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP LIST failed: {exc}") from None

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        """RFC822.SIZE of each UID (to plan batches and spot oversized mail before fetching)."""
        out: dict[int, int] = {}
        try:
            for start in range(0, len(uids), 1000):
                chunk = list(uids[start : start + 1000])
                for uid, data in self.client.fetch(chunk, ["RFC822.SIZE"]).items():
                    out[int(uid)] = int(data.get(b"RFC822.SIZE", 0))
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP FETCH sizes failed: {exc}") from None
        return out

    def fetch(
        self, folder: FolderState, uids: Sequence[int], sizes: dict[int, int], max_bytes: int
    ) -> Iterator[list[RawMail]]:
        """Yield batches of messages, bounded in count and in bytes (bounded memory).

        A message larger than ``max_bytes`` is fetched only up to ``max_bytes`` (a partial
        ``BODY.PEEK[]<0.N>``, RFC 3501 §6.4.5) so it can still be registered from its headers
        and first part, and the officer is told it was cut.
        """
        batch: list[int] = []
        batch_bytes = 0
        for uid in uids:
            size = min(sizes.get(uid, 0), max_bytes)
            if batch and (
                len(batch) >= self.cfg.fetch_batch
                or batch_bytes + size > self.cfg.fetch_batch_bytes
            ):
                yield self._fetch_batch(folder, batch, sizes, max_bytes)
                batch, batch_bytes = [], 0
            batch.append(uid)
            batch_bytes += size
        if batch:
            yield self._fetch_batch(folder, batch, sizes, max_bytes)

    def _fetch_batch(
        self, folder: FolderState, uids: list[int], sizes: dict[int, int], max_bytes: int
    ) -> list[RawMail]:
        whole = [u for u in uids if sizes.get(u, 0) <= max_bytes]
        cut = [u for u in uids if sizes.get(u, 0) > max_bytes]
        found: dict[int, RawMail] = {}
        try:
            if whole:
                for uid, data in self.client.fetch(whole, ["BODY.PEEK[]", "INTERNALDATE"]).items():
                    found[int(uid)] = self._raw(folder, int(uid), data, b"BODY[]")
            if cut:
                part = f"BODY.PEEK[]<0.{max_bytes}>"
                for uid, data in self.client.fetch(cut, [part, "INTERNALDATE"]).items():
                    found[int(uid)] = self._raw(folder, int(uid), data, b"BODY[]<0>")
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP FETCH failed: {exc}") from None
        # A UID that vanished between SEARCH and FETCH (another client moved it) is skipped.
        return [found[u] for u in uids if u in found]

    def _raw(self, folder: FolderState, uid: int, data: dict[bytes, object], key: bytes) -> RawMail:
        body = data.get(key, b"")
        internaldate = data.get(b"INTERNALDATE")
        when = internaldate if isinstance(internaldate, datetime) else None
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return RawMail(
            data=body if isinstance(body, bytes) else b"",
            source=f"{self.cfg.username}/{folder.name}",
            uidvalidity=folder.uidvalidity,
            uid=uid,
            internaldate=when,
        )

    # -- moving and appending ---------------------------------------------------------------

    def move(self, uids: Sequence[int], target: str) -> None:
        """Move ``uids`` from the selected folder to ``target`` (MOVE, else COPY+EXPUNGE)."""
        if not uids:
            return
        try:
            if "MOVE" in self.capabilities:
                self.client.move(list(uids), target)
                return
            self.client.copy(list(uids), target)
            self.client.add_flags(list(uids), [imapclient.DELETED], silent=True)
            if "UIDPLUS" in self.capabilities:
                self.client.uid_expunge(list(uids))
            else:
                # Without UIDPLUS, EXPUNGE also removes other messages marked \Deleted by
                # someone else; acceptable for a dedicated complaints mailbox (documented).
                self.client.expunge()
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP move to {target} failed: {exc}") from None

    def append(self, folder: str, raw: bytes, when: datetime) -> None:
        """Store a copy of our own sent mail in ``folder`` (marked \\Seen).

        Raises ``PermanentError`` when the server answers the APPEND with NO or BAD (it refused
        this message: too large, over quota, a content filter; the connection is still usable,
        RFC 9051 §6.3.12) and ``TransientError`` when the connection failed.
        """
        try:
            self.client.append(folder, raw, flags=[imapclient.SEEN], msg_time=when)
        except IMAPClientAbortError as exc:
            raise TransientError(f"IMAP APPEND to {folder} failed: {exc}") from None
        except IMAPClientError as exc:  # a tagged NO/BAD for this one message
            raise PermanentError(f"IMAP APPEND to {folder} refused: {exc}") from None
        except _NETWORK_ERRORS as exc:
            raise TransientError(f"IMAP APPEND to {folder} failed: {exc}") from None


def _quiet_logout(client: imapclient.IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # closing a broken connection must never raise
        with contextlib.suppress(Exception):
            client.shutdown()

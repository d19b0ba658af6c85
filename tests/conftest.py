"""Shared fixtures: real mail servers on loopback (see mailbot/devservers.py).

* ``dovecot``      session-scoped Dovecot (IMAP + LMTP + sieve); any user, password ``secret``.
* ``smtp_relay``   per-test SMTP relay into that Dovecot (fresh: no envelopes, no faults). It
                   always listens on ``dovecot.submission_port``, so sieve vacation replies from
                   the session Dovecot go through it.
* ``mailbox_user`` factory of fresh addresses, so tests never see each other's mail.

Servers start lazily: a test that asks for none of these fixtures starts nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest

from mailbot.devservers import Dovecot, SmtpRelay, free_port, start_dovecot, start_smtp_relay


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    """One Dovecot for the whole session; isolate tests with ``mailbox_user``."""
    with start_dovecot(
        tmp_path_factory.mktemp("dovecot"), sieve=True, submission_port=free_port()
    ) as server:
        yield server


@pytest.fixture
def smtp_relay(dovecot: Dovecot) -> Iterator[SmtpRelay]:
    """A fresh SMTP relay (127.0.0.1:``smtp_relay.port``) delivering into ``dovecot``."""
    with start_smtp_relay(dovecot, port=dovecot.submission_port or 0) as relay:
        yield relay


@pytest.fixture
def mailbox_user() -> Callable[..., str]:
    """Return a factory: ``mailbox_user("officer") -> "officer-<hex>@gro-up.test"``.

    Every call gives a new, empty mailbox (Dovecot creates it on first delivery or login).
    """

    def make(prefix: str = "user", domain: str = "gro-up.test") -> str:
        return f"{prefix}-{uuid.uuid4().hex[:12]}@{domain}"

    return make

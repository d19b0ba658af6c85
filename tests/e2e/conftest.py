"""End-to-end fixtures: a mailbot configuration pointing at the real loopback servers."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from mailbot import config as config_mod
from mailbot.config import Config
from mailbot.devservers import Dovecot, SmtpRelay

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"

MakeConfig = Callable[..., Config]


def _pg_available() -> bool:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except psycopg.Error:
        return False


@pytest.fixture(params=["sqlite"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database (SQLite by default; tests may parametrize ``postgres``)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mailbot.db'}"
        return
    if not _pg_available():
        pytest.skip("PostgreSQL not reachable on 127.0.0.1:5432")
    name = f"mailbot_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def make_config(
    dovecot: Dovecot, smtp_relay: SmtpRelay, db_url: str, mailbox_user: Callable[..., str]
) -> MakeConfig:
    """Factory of configs for one officer mailbox on the loopback servers.

    ``make_config(mailbox=..., **sections)`` — each keyword is a section dict merged over the
    defaults (e.g. ``intake={"max_attempts": 1}``).
    """
    default_mailbox = mailbox_user("klachten")

    def make(mailbox: str | None = None, **sections: dict[str, Any]) -> Config:
        box = mailbox or default_mailbox
        data: dict[str, Any] = {
            "organisation": {"mailbox_address": box, "officer_addresses": [box],
                             "display_name": "Klachtenfunctionaris gro-up"},
            "database": {"url": db_url},
            "imap": {"host": dovecot.host, "port": dovecot.imap_port, "security": "plain",
                     "username": box, "password_env": "TEST_IMAP_PASSWORD",
                     "timeout_seconds": 10},
            "smtp": {"host": smtp_relay.host, "port": smtp_relay.port, "security": "plain",
                     "username": "", "timeout_seconds": 10,
                     "message_id_domain": "mailbot.gro-up.test"},
            "schedule": {"poll_seconds": 1, "outbox_seconds": 1, "sweep_seconds": 5},
        }
        for name, values in sections.items():
            data[name] = {**data.get(name, {}), **values}
        return config_mod.from_mapping(data, env={"TEST_IMAP_PASSWORD": dovecot.password})

    return make


def write_config_file(cfg_path: Path, dovecot: Dovecot, relay: SmtpRelay, mailbox: str,
                      db_url: str) -> dict[str, str]:
    """Write a TOML config for a real ``mailbot`` process; return the environment it needs."""
    cfg_path.write_text(
        f"""
[organisation]
mailbox_address = "{mailbox}"
officer_addresses = ["{mailbox}"]
[database]
url = "{db_url}"
[imap]
host = "{dovecot.host}"
port = {dovecot.imap_port}
security = "plain"
username = "{mailbox}"
password_env = "TEST_IMAP_PASSWORD"
timeout_seconds = 10
[smtp]
host = "{relay.host}"
port = {relay.port}
security = "plain"
username = ""
timeout_seconds = 10
message_id_domain = "mailbot.gro-up.test"
[schedule]
poll_seconds = 0.5
outbox_seconds = 0.5
sweep_seconds = 5
""",
        encoding="utf-8",
    )
    return {"TEST_IMAP_PASSWORD": dovecot.password, "MAILBOT_CONFIG": str(cfg_path)}

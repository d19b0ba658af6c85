"""Engine and session factory; schema migrations through Alembic.

SQLite is tuned for a single small server (WAL, a busy timeout, foreign keys); PostgreSQL is
used as is. Transactions are opened by the caller (DESIGN §5 rule 10): ``with
session_scope(factory) as session: ...`` commits on success and rolls back on error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mailbot.errors import ConfigError, TransientError

SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> Engine:
    """Create an engine for ``url``; SQLite gets WAL and a busy timeout (``[database]
    busy_timeout_ms``: how long a write waits for another writer before "try later")."""
    try:
        if url.startswith("sqlite"):
            engine = create_engine(
                url, connect_args={"timeout": busy_timeout_ms / 1000}, future=True
            )

            def pragmas(dbapi_connection: Any, _record: Any) -> None:
                _sqlite_pragmas(dbapi_connection, busy_timeout_ms)

            event.listen(engine, "connect", pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True, future=True)
    except (ValueError, ImportError) as exc:  # bad URL or a missing driver
        raise ConfigError(f"[database] url is not usable: {exc}") from None


def _sqlite_pragmas(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent, safe on every start)."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(resources.files("mailbot") / "migrations"))
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise TransientError(f"database unreachable while migrating: {exc.orig}") from None


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False, future=True)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error.

    Database errors that may heal (locked, connection lost) surface as TransientError, so the
    caller leaves the mail in INBOX and tries again later.
    """
    session = factory()
    try:
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        raise TransientError(f"database: {type(exc.orig).__name__}") from exc
    except DBAPIError as exc:
        session.rollback()
        if exc.connection_invalidated:
            raise TransientError("database connection lost") from exc
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()

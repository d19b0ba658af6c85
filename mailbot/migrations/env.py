"""Alembic environment: runs on the connection handed over by ``mailbot.db.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from mailbot.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # `alembic` on the command line, for authoring revisions
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///alembic.db")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()

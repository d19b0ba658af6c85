"""Case references from several instances at once never collide (DESIGN §4, PostgreSQL)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy.orm import Session

from mailbot.db import make_engine, migrate, session_factory
from mailbot.service import allocate_ref


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_two_instances_allocating_the_first_reference_of_a_year(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine)
    factory = session_factory(engine)
    first: Session = factory()
    second: Session = factory()
    got: list[str] = []
    try:
        # Instance 1 allocates the year's first number and has not committed yet.
        assert allocate_ref(first, 2031) == "KL-2031-0001"

        def other_instance() -> None:
            # Instance 2 finds no counter row either; its INSERT waits on instance 1's unique key
            # and, once that commits, must fall back to the UPDATE instead of failing.
            got.append(allocate_ref(second, 2031))
            second.commit()

        worker = threading.Thread(target=other_instance)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive()  # really waiting on instance 1's uncommitted row
        first.commit()
        worker.join(timeout=30)
        assert got == ["KL-2031-0002"]
        third = factory()
        assert allocate_ref(third, 2031) == "KL-2031-0003"
        third.rollback()
        third.close()
    finally:
        first.close()
        second.close()
        engine.dispose()

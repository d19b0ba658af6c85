"""Small test helpers shared by several test files."""

from __future__ import annotations

from datetime import datetime, timedelta

from mailbot.domain import ParsedMail, Sector, Triage
from mailbot.service import utcnow


class FakeClock:
    """An injected clock the test moves by hand (DESIGN §5 rule 10): no sleeping, no timing."""

    def __init__(self, at: datetime | None = None) -> None:
        self.now = at or utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def plain_triage(_mail: ParsedMail) -> Triage:
    """A fixed triage (a kinderopvang complaint in Dutch), for tests about delivery, crashes,
    transport or deadlines rather than classification (tests/unit/test_classify.py and the
    20-mail end-to-end test use the real classifier)."""
    return Triage(is_complaint=True, sector=Sector.KINDEROPVANG, language="nl")

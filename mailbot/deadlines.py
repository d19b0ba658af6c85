"""Calendars and the timeline of a complaint (DOMAIN §2 and §3).

PURE: no clock and no I/O, except reading the packaged table of equated days once at import
(``mailbot/data/equated_days.toml``). Every function takes the dates it needs as arguments.

Three calendars (DOMAIN §3), all "weekdays minus listed days", dates local to Europe/Amsterdam:

* ``STRICT`` - Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag,
  both Christmas days, and 5 May in lustrum years only. Good Friday is a working day. Used for
  *act-by* dates and officer reminders: a date computed on it is never late under any reading.
* ``ATW`` - ``STRICT`` plus Good Friday and 5 May every year: the general holidays of the
  Algemene termijnenwet (Atw) art. 3, lid 1. Used for the *due* date shown to the client.
* ``ATW_EXT`` - ``ATW`` plus the days equated to a holiday by Royal Decree (Atw art. 3, lid 2).
  Used **only** to roll the end of a statutory term forward (Atw art. 1); for counting, the
  equated days stay ordinary working days.

Organisation closing days (configurable) are gro-up's own choice, not law. They never move a
statutory date or the "uiterlijk" date promised to the client. They only affect gro-up's own
act-by dates and officer reminders: such a date never falls on a closing day but moves back to
the last open STRICT working day before it (never later, so an act-by can never overtake the
date the client was promised; never before the receipt date).
"""

from __future__ import annotations

import tomllib
from calendar import monthrange
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from zoneinfo import ZoneInfo

from mailbot.domain import Sector, Timeline

#: The time zone in which a receipt date and office hours are reckoned (DOMAIN §3 R1).
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

#: First year the holiday rules below are valid for (Koninginnedag rules changed in 1980).
MIN_YEAR = 1980

_DAY = timedelta(days=1)
#: Safety bound for walking over non-working days (closing days could in theory cover a year).
_MAX_WALK = 400

# --- the seed terms of gro-up's Klachtenregeling (DOMAIN §1, §3) ---------------------------------
ACK_WORKING_DAYS = 5  # Klachtenregeling §3.1: receipt confirmed within 5 working days
DELAY_REMINDER_DAY = 10  # officer reminder: decide on a delay notice (DOMAIN §3 table)
DELAY_NOTICE_DAY = 14  # §3.5: client hears of a delay at the latest two weeks after submitting
TARGET_REMINDER_DAY = 21  # officer reminder: the 4-week target is near
TARGET_DAY = 28  # §3.5: handled within four weeks; §4: the client may then go external
# --- statutory terms (DOMAIN §2) -----------------------------------------------------------------
STATUTORY_WARNING_DAY = 35  # officer warning one week before the statutory term ends
STATUTORY_DAY = 42  # Wkkgz (kraamzorg) and Wet kinderopvang art. 1.57b: 6 weeks after receipt
EXTENDED_DAY = 70  # Wkkgz: extension once, by at most 4 weeks (6 + 4 weeks)
#: Sectors with a statutory term for the written judgement.
STATUTORY_SECTORS = frozenset({Sector.KRAAMZORG, Sector.KINDEROPVANG})
#: Months after receipt in which the external disputes body accepts the case (informational):
#: Geschillencommissie Zorg, commissie VVG: 1 year; Geschillencommissie Kinderopvang: 12 months.
EXTERNAL_WINDOW_MONTHS: Mapping[Sector, int] = MappingProxyType(
    {Sector.KRAAMZORG: 12, Sector.KINDEROPVANG: 12}
)


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday of ``year`` (anonymous Gregorian / Meeus algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def koningsdag(year: int) -> date:
    """The King's (Queen's) birthday holiday of ``year``.

    Since 2014: 27 April, or Saturday 26 April when 27 April is a Sunday (Koningsdag). 1980-2013:
    30 April, or Saturday 29 April when 30 April is a Sunday (Koninginnedag).
    """
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    return day - _DAY if day.weekday() == 6 else day


def is_lustrum_year(year: int) -> bool:
    """True when 5 May (Bevrijdingsdag) is a general day off under the usual agreements."""
    return year % 5 == 0


@lru_cache(maxsize=512)
def _public_holidays(year: int, good_friday: bool, liberation_every_year: bool) -> frozenset[date]:
    if year < MIN_YEAR:
        raise ValueError(f"holiday rules are only defined from {MIN_YEAR}, not {year}")
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1),  # Nieuwjaarsdag
        easter + timedelta(days=1),  # Tweede Paasdag
        koningsdag(year),
        easter + timedelta(days=39),  # Hemelvaartsdag
        easter + timedelta(days=50),  # Tweede Pinksterdag
        date(year, 12, 25),  # Eerste Kerstdag
        date(year, 12, 26),  # Tweede Kerstdag
    }
    if good_friday:  # Atw art. 3 lid 1 lists Goede Vrijdag; many employers work on it
        days.add(easter - timedelta(days=2))
    if liberation_every_year or is_lustrum_year(year):  # Atw art. 3 lid 1: "de vijfde mei"
        days.add(date(year, 5, 5))
    return frozenset(days)


@dataclass(frozen=True)
class Calendar:
    """A working-day calendar: Monday-Friday minus public holidays minus ``extra_days``.

    ``good_friday`` and ``liberation_day_every_year`` select the ATW holidays on top of STRICT;
    ``extra_days`` are further non-working days (equated days, organisation closing days).
    Instances are immutable and hashable; build variants with :meth:`with_days`.
    """

    name: str
    good_friday: bool = False
    liberation_day_every_year: bool = False
    extra_days: frozenset[date] = frozenset()

    def with_days(self, days: Iterable[date], name: str | None = None) -> Calendar:
        """This calendar with ``days`` added as non-working days (e.g. closing days)."""
        extra = frozenset(days)
        if not extra:
            return self
        for day in extra:
            if isinstance(day, datetime) or not isinstance(day, date):
                raise TypeError(f"extra days must be dates, got {day!r}")
        return replace(
            self, name=name or f"{self.name}+{len(extra)}", extra_days=self.extra_days | extra
        )

    def holidays(self, year: int) -> frozenset[date]:
        """The listed non-working days of ``year`` (weekend days only when listed explicitly)."""
        public = _public_holidays(year, self.good_friday, self.liberation_day_every_year)
        return public | frozenset(d for d in self.extra_days if d.year == year)

    def is_working_day(self, day: date) -> bool:
        """True on a weekday that is not a holiday of this calendar."""
        if day.weekday() >= 5:
            return False
        if day in self.extra_days:
            return False
        return day not in _public_holidays(
            day.year, self.good_friday, self.liberation_day_every_year
        )

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` is day 0 and never counts, so a
        receipt on a weekend or holiday counts from the next working day). ``n`` >= 0."""
        if n < 0:
            raise ValueError("n must be >= 0")
        day = start
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.on_or_after(day + _DAY)

    def on_or_after(self, day: date) -> date:
        """The first working day on or after ``day``."""
        return self._walk(day, _DAY)

    def on_or_before(self, day: date) -> date:
        """The last working day on or before ``day``."""
        return self._walk(day, -_DAY)

    def _walk(self, day: date, step: timedelta) -> date:
        for _ in range(_MAX_WALK):
            if self.is_working_day(day):
                return day
            day += step
        raise ValueError(f"calendar {self.name} has no working day near {day}")


# STRICT and ATW as DOMAIN §3 defines them.
STRICT = Calendar("STRICT")
ATW = Calendar("ATW", good_friday=True, liberation_day_every_year=True)


def _load_equated_days() -> Mapping[int, frozenset[date]]:
    """Read ``mailbot/data/equated_days.toml``; fail fast on a malformed table."""
    text = resources.files("mailbot").joinpath("data/equated_days.toml").read_text("utf-8")
    table = tomllib.loads(text).get("equated_days")
    if not isinstance(table, dict):
        raise ValueError("equated_days.toml: missing [equated_days] table")
    result: dict[int, frozenset[date]] = {}
    for key, days in table.items():
        year = int(key)
        if not isinstance(days, list) or not all(
            isinstance(d, date) and not isinstance(d, datetime) for d in days
        ):
            raise ValueError(f"equated_days.toml: {key} must be a list of dates")
        for day in days:
            if day.year != year or day.weekday() >= 5:
                raise ValueError(f"equated_days.toml: {day} is not a weekday in {year}")
        result[year] = frozenset(days)
    return MappingProxyType(result)


#: Days equated to a general holiday by Royal Decree (Atw art. 3 lid 2), by year. A year that is
#: not a key is not known yet: ATW_EXT then rolls forward over ATW holidays only, which can only
#: make a statutory last day earlier (the safe side for gro-up).
EQUATED_DAYS: Mapping[int, frozenset[date]] = _load_equated_days()
ATW_EXT = replace(
    ATW, name="ATW_EXT", extra_days=frozenset(d for days in EQUATED_DAYS.values() for d in days)
)


def equated_days_cover(year: int) -> bool:
    """True when the equated-days table has an entry (possibly empty) for ``year``."""
    return year in EQUATED_DAYS


# --- counting rules (DOMAIN §3 "Counting") -------------------------------------------------------


def received_date(at: datetime) -> date:
    """The Europe/Amsterdam calendar date of the moment the mailbox received a message (R1).

    ``at`` must be timezone aware (IMAP INTERNALDATE, never the sender's ``Date:``); a naive
    datetime raises ``ValueError`` because its day is ambiguous.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("received_date needs a timezone-aware datetime")
    return at.astimezone(AMSTERDAM).date()


def add_weeks(start: date, weeks: int) -> date:
    """Return ``start`` + 7·N days for "within N weeks": calendar days, never hours (DST)."""
    return start + timedelta(days=7 * weeks)


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months; a day missing in the target month becomes its last day
    (29 Feb + 12 months = 28 Feb), the earlier and therefore safe reading."""
    year, month0 = divmod(start.year * 12 + start.month - 1 + months, 12)
    return date(year, month0 + 1, min(start.day, monthrange(year, month0 + 1)[1]))


def statutory_end(day: date) -> date:
    """Atw art. 1: a statutory term ending on a Saturday, Sunday or general holiday (art. 3,
    including days equated by Royal Decree) runs until the next day that is none of these."""
    return ATW_EXT.on_or_after(day)


def act_by(promised: date, calendar: Calendar = STRICT, *, not_before: date | None = None) -> date:
    """gro-up's own promise has no roll-forward: act by the last working day of ``calendar`` on
    or before ``promised``, but never before ``not_before`` (the receipt date)."""
    if not_before is None:
        return calendar.on_or_before(promised)
    day = promised
    while day > not_before and not calendar.is_working_day(day):
        day -= _DAY
    return max(day, not_before)


# --- the timeline of a case (DOMAIN §3 table) ----------------------------------------------------


def _sectors(sectors: Sequence[Sector]) -> frozenset[Sector]:
    """Known sectors; unknown strings raise ``ValueError``; ``onbekend`` is dropped."""
    if isinstance(sectors, str):  # a bare "kraamzorg" would iterate characters
        sectors = (Sector(sectors),)
    return frozenset(Sector(s) for s in sectors) - {Sector.ONBEKEND}


def extension_possible(sectors: Sequence[Sector]) -> bool:
    """True when a Wkkgz extension can lengthen the case's shortest statutory term: the case is
    kraamzorg and not also kinderopvang (Wet kinderopvang art. 1.57b knows no extension)."""
    return _extendable(_sectors(sectors))


def _extendable(known: frozenset[Sector]) -> bool:
    return Sector.KRAAMZORG in known and Sector.KINDEROPVANG not in known


def timeline(
    received: date,
    sectors: Sequence[Sector],
    *,
    extended: bool = False,
    closing_days: Iterable[date] = (),
) -> Timeline:
    """All dates of a case received on ``received`` (a local date, see :func:`received_date`).

    Seed terms (every sector, also none/``onbekend``): acknowledgement act-by = 5th STRICT
    working day, due ("uiterlijk") = 5th ATW working day; delay notice act-by = last STRICT
    working day <= day 14; target date = day 28 itself (the date promised to the client and the
    day the external route opens: a calendar fact, not moved).
    Officer reminders (day 10, day 21, statutory warning day 35) and act-by dates never fall on
    a weekend, STRICT holiday or closing day: they move back to the previous open working day
    (early is harmless, late is not), never before ``received``.
    Statutory terms (kraamzorg, kinderopvang; DOMAIN §2): last day = day 42 rolled forward per Atw
    art. 1 over ATW_EXT; ``extended`` (kraamzorg only): day 70 rolled forward. The extension
    letter is due by the last open STRICT working day <= day 42 ("before the 6 weeks end").
    A case spanning sectors gets the union of duties and the shortest deadline.
    Closing days never move statutory dates or ``ack_due``.

    Raises ``TypeError`` for a datetime (convert with :func:`received_date` first), and
    ``ValueError`` for an unknown sector or ``extended`` when no extension is possible
    (see :func:`extension_possible`).
    """
    if isinstance(received, datetime):
        raise TypeError("timeline needs the local receipt date: use received_date(at)")
    known = _sectors(sectors)
    if extended and not _extendable(known):
        raise ValueError(
            "an extension exists only for a kraamzorg complaint (Wkkgz) that is not also a "
            "kinderopvang complaint (Wet kinderopvang art. 1.57b has no extension)"
        )
    office = STRICT.with_days(closing_days, name="STRICT+closing")

    def own(day_n: int) -> date:
        return act_by(received + timedelta(days=day_n), office, not_before=received)

    # Act-by: count on STRICT (never later than the ATW count), then skip back over closing days.
    ack_count = STRICT.add_working_days(received, ACK_WORKING_DAYS)
    ack_act_by = act_by(ack_count, office, not_before=received)
    statutory = bool(known & STATUTORY_SECTORS)
    window_months = [EXTERNAL_WINDOW_MONTHS[s] for s in known if s in EXTERNAL_WINDOW_MONTHS]
    last_day = statutory_end(received + timedelta(days=STATUTORY_DAY)) if statutory else None
    return Timeline(
        received_date=received,
        ack_act_by=ack_act_by,
        ack_due=ATW.add_working_days(received, ACK_WORKING_DAYS),
        delay_reminder=own(DELAY_REMINDER_DAY),
        delay_notice_act_by=own(DELAY_NOTICE_DAY),
        target_reminder=own(TARGET_REMINDER_DAY),
        target_date=received + timedelta(days=TARGET_DAY),
        statutory_warning=own(STATUTORY_WARNING_DAY) if statutory else None,
        statutory_last_day=last_day,
        extended_last_day=(
            statutory_end(received + timedelta(days=EXTENDED_DAY)) if extended else None
        ),
        extension_letter_by=own(STATUTORY_DAY) if _extendable(known) else None,
        external_window_closes=(
            add_months(received, min(window_months)) if window_months else None
        ),
    )


# --- office hours (DOMAIN §3: warnings and digests go out in office hours only) ------------------

DEFAULT_OFFICE_START = time(8, 30)
DEFAULT_OFFICE_END = time(17, 0)


def _local(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("office-hour checks need a timezone-aware datetime")
    return at.astimezone(AMSTERDAM)


def is_office_time(
    at: datetime,
    start: time = DEFAULT_OFFICE_START,
    end: time = DEFAULT_OFFICE_END,
    calendar: Calendar = STRICT,
) -> bool:
    """True when ``at`` (aware) is on a working day of ``calendar`` and ``start`` <= local
    Amsterdam time < ``end``. Pass a calendar with closing days to respect them."""
    local = _local(at)
    return calendar.is_working_day(local.date()) and start <= local.time() < end


def next_office_time(
    at: datetime,
    start: time = DEFAULT_OFFICE_START,
    end: time = DEFAULT_OFFICE_END,
    calendar: Calendar = STRICT,
) -> datetime:
    """``at`` itself (as Europe/Amsterdam time) when it is office time, else the next opening
    moment: ``start`` on the next working day (today if it is one and ``start`` is still ahead).
    The result is aware, in Europe/Amsterdam."""
    if not start < end:
        raise ValueError("office hours need start < end")
    local = _local(at)
    if is_office_time(local, start, end, calendar):
        return local
    day = local.date()
    if not (calendar.is_working_day(day) and local.time() < start):
        day = calendar.next_working_day(day)
    # Round-trip through UTC so a start inside a DST gap becomes a real local time.
    opening = datetime.combine(day, start, tzinfo=AMSTERDAM)
    return opening.astimezone(ZoneInfo("UTC")).astimezone(AMSTERDAM)

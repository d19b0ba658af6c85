"""Unit tests of ``mailbot.deadlines`` (DOMAIN §2-§3). Every expected date was checked by hand
against a printed calendar; the comments show the counting."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailbot.deadlines import (
    AMSTERDAM,
    ATW,
    ATW_EXT,
    EQUATED_DAYS,
    STRICT,
    Calendar,
    act_by,
    add_months,
    add_weeks,
    easter_sunday,
    equated_days_cover,
    extension_possible,
    is_lustrum_year,
    is_office_time,
    koningsdag,
    next_office_time,
    received_date,
    statutory_end,
    timeline,
)
from mailbot.domain import Sector

K, KO, J, B, UNK = (
    Sector.KRAAMZORG,
    Sector.KINDEROPVANG,
    Sector.JEUGDHULP,
    Sector.BUURTWERK,
    Sector.ONBEKEND,
)
D = date


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- DOMAIN §3 worked examples -----------------------------------------------------------------


def test_worked_example_30_april_2026() -> None:
    t = timeline(D(2026, 4, 30), [K])
    assert t.ack_act_by == D(2026, 5, 7)  # Fri 1, Mon 4, Tue 5, Wed 6, Thu 7 (STRICT)
    assert t.ack_due == D(2026, 5, 8)  # 5 May is an ATW holiday
    assert t.delay_notice_act_by == D(2026, 5, 13)  # day 14 = Thu 14 May = Hemelvaartsdag
    assert t.statutory_last_day == D(2026, 6, 11)  # day 42, a Thursday


def test_worked_example_24_december_2026() -> None:
    t = timeline(D(2026, 12, 24), [KO])
    assert t.ack_act_by == t.ack_due == D(2027, 1, 4)  # 28, 29, 30, 31 Dec, (1 Jan), Mon 4 Jan
    assert t.statutory_last_day == D(2027, 2, 4)


def test_worked_example_2_april_2026() -> None:
    t = timeline(D(2026, 4, 2), [K])
    assert t.ack_act_by == D(2026, 4, 10)  # Good Friday 3 Apr counts in STRICT
    assert t.ack_due == D(2026, 4, 13)  # Tue 7, Wed 8, Thu 9, Fri 10, Mon 13 (ATW)
    # day 42 = Thu 14 May (Hemelvaart), Fri 15 May equated, weekend -> Mon 18 May
    assert t.statutory_last_day == D(2026, 5, 18)


def test_worked_example_receipt_late_evening_utc() -> None:
    assert received_date(utc("2026-04-30T23:30Z")) == D(2026, 5, 1)


def test_full_timeline_30_april_2026_kraamzorg() -> None:
    t = timeline(D(2026, 4, 30), [K])
    assert t.delay_reminder == D(2026, 5, 8)  # day 10, a Friday
    assert t.target_reminder == D(2026, 5, 21)  # day 21
    assert t.target_date == D(2026, 5, 28)  # day 28, not moved
    assert t.statutory_warning == D(2026, 6, 4)  # day 35
    assert t.extension_letter_by == D(2026, 6, 11)  # last STRICT working day <= day 42
    assert t.extended_last_day is None
    assert t.external_window_closes == D(2027, 4, 30)  # VVG: 1 year


# --- receipt date and DST ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-03-28T23:30Z", D(2026, 3, 29)),  # CET +1: Sun 00:30, the night of the change
        ("2026-03-29T21:59Z", D(2026, 3, 29)),  # CEST +2: Sun 23:59
        ("2026-03-29T22:30Z", D(2026, 3, 30)),  # CEST +2: Mon 00:30 (a +1 guess says Sunday)
        ("2026-10-24T22:30Z", D(2026, 10, 25)),  # CEST +2: Sun 00:30
        ("2026-10-25T22:30Z", D(2026, 10, 25)),  # CET +1: Sun 23:30 (a +2 guess says Monday)
        ("2026-10-25T23:00Z", D(2026, 10, 26)),  # CET +1: Mon 00:00
        ("2026-12-31T23:00Z", D(2027, 1, 1)),  # year end
        ("2026-12-31T22:59:59Z", D(2026, 12, 31)),
        ("2026-04-30T10:15:00+02:00", D(2026, 4, 30)),
        ("2026-05-01T01:00:00+05:00", D(2026, 4, 30)),  # offset other than Amsterdam's
    ],
)
def test_received_date_is_amsterdam_calendar_date(moment: str, expected: date) -> None:
    assert received_date(utc(moment)) == expected


def test_received_date_rejects_naive_datetime() -> None:
    with pytest.raises(ValueError):
        received_date(datetime(2026, 4, 30, 10, 15))


def test_timeline_rejects_datetime() -> None:
    with pytest.raises(TypeError):
        timeline(datetime(2026, 4, 30, 10, 15, tzinfo=UTC), [K])


def test_receipt_on_dst_sunday_counts_from_monday() -> None:
    t = timeline(D(2026, 3, 29), [K])  # Sunday of the March change
    assert t.ack_act_by == D(2026, 4, 3)  # Mon 30, Tue 31, Wed 1, Thu 2, Good Friday 3 (STRICT)
    assert t.ack_due == D(2026, 4, 7)  # ... Thu 2, (Good Fri, Easter Mon), Tue 7 (ATW)
    assert t.statutory_last_day == D(2026, 5, 11)  # day 42 = Sun 10 May -> Mon 11 May
    t = timeline(D(2026, 10, 25), [KO])  # Sunday of the October change
    assert t.ack_act_by == t.ack_due == D(2026, 10, 30)
    assert t.statutory_last_day == D(2026, 12, 7)  # day 42 = Sun 6 Dec -> Mon 7 Dec


# --- calendars -----------------------------------------------------------------------------------


def test_easter_and_koningsdag() -> None:
    assert easter_sunday(2026) == D(2026, 4, 5)
    assert easter_sunday(2027) == D(2027, 3, 28)
    assert easter_sunday(2028) == D(2028, 4, 16)
    assert koningsdag(2025) == D(2025, 4, 26)  # 27 April 2025 is a Sunday
    assert koningsdag(2026) == D(2026, 4, 27)
    assert koningsdag(2031) == D(2031, 4, 26)
    assert koningsdag(2013) == D(2013, 4, 30)  # Koninginnedag


def test_koningsdag_on_sunday_2025() -> None:
    assert D(2025, 4, 26) in STRICT.holidays(2025)
    assert D(2025, 4, 27) not in STRICT.holidays(2025)
    assert STRICT.is_working_day(D(2025, 4, 28))  # the Monday after stays a working day
    assert not STRICT.is_working_day(D(2026, 4, 27))  # Monday Koningsdag 2026
    # received Fri 24 Apr 2026: (Koningsdag Mon 27), Tue 28, Wed 29, Thu 30, Fri 1, Mon 4 May
    t = timeline(D(2026, 4, 24), [])
    assert t.ack_act_by == t.ack_due == D(2026, 5, 4)


@pytest.mark.parametrize("year", [2025, 2030, 2045])
def test_5_may_in_lustrum_years_is_strict_holiday(year: int) -> None:
    assert is_lustrum_year(year)
    assert D(year, 5, 5) in STRICT.holidays(year)
    assert D(year, 5, 5) in ATW.holidays(year)


@pytest.mark.parametrize("year", [2026, 2027, 2028, 2029, 2031])
def test_5_may_outside_lustrum_years_is_atw_holiday_only(year: int) -> None:
    assert not is_lustrum_year(year)
    assert D(year, 5, 5) not in STRICT.holidays(year)
    assert D(year, 5, 5) in ATW.holidays(year)


def test_lustrum_2025_counting() -> None:
    # received Wed 30 Apr 2025: Thu 1, Fri 2, (Mon 5 May lustrum), Tue 6, Wed 7, Thu 8
    t = timeline(D(2025, 4, 30), [J])
    assert t.ack_act_by == t.ack_due == D(2025, 5, 8)
    # 2045: 5 May is a Friday
    assert not STRICT.is_working_day(D(2045, 5, 5))
    assert STRICT.is_working_day(D(2027, 5, 5))  # a Wednesday, not a lustrum year
    assert not ATW.is_working_day(D(2027, 5, 5))


def test_good_friday_strict_vs_atw() -> None:
    for year, good_friday in [
        (2025, D(2025, 4, 18)),
        (2026, D(2026, 4, 3)),
        (2027, D(2027, 3, 26)),
    ]:
        assert easter_sunday(year) - timedelta(days=2) == good_friday
        assert STRICT.is_working_day(good_friday)
        assert not ATW.is_working_day(good_friday)
        assert not ATW_EXT.is_working_day(good_friday)


def test_equated_days_table_matches_domain() -> None:
    assert dict(EQUATED_DAYS) == {
        2026: frozenset({D(2026, 1, 2), D(2026, 5, 15)}),
        2027: frozenset({D(2027, 5, 7)}),
        2028: frozenset({D(2028, 4, 28), D(2028, 5, 26)}),
    }
    for days in EQUATED_DAYS.values():
        for day in days:
            # equated days only extend the end of a statutory term; they are working days
            assert STRICT.is_working_day(day) and ATW.is_working_day(day)
            assert not ATW_EXT.is_working_day(day)


def test_equated_days_cover_next_year() -> None:
    """Fails once the table no longer covers next year: add the new Royal Decree's days."""
    next_year = date.today().year + 1
    assert equated_days_cover(next_year), (
        f"mailbot/data/equated_days.toml has no entry for {next_year}: add the days equated by "
        "the Besluit ex artikel 3, lid 2 Algemene termijnenwet (an empty list if there are none)"
    )


def test_equated_days_coverage_detects_gap() -> None:
    assert not equated_days_cover(max(EQUATED_DAYS) + 1)


@pytest.mark.parametrize("year", range(2014, 2061))
def test_base_dates_agree_with_holidays_package(year: int) -> None:
    """The ``holidays`` NL set = STRICT + Good Friday, with 5 May only in lustrum years."""
    package = {d for d in holidays.country_holidays("NL", years=year) if d.weekday() < 5}
    good_friday = easter_sunday(year) - timedelta(days=2)
    strict = {d for d in STRICT.holidays(year) if d.weekday() < 5}
    atw = {d for d in ATW.holidays(year) if d.weekday() < 5}
    assert strict == package - {good_friday}
    assert atw == package | ({D(year, 5, 5)} if D(year, 5, 5).weekday() < 5 else set())


def test_calendar_rejects_years_before_rules_exist() -> None:
    with pytest.raises(ValueError):
        STRICT.is_working_day(D(1970, 1, 2))


# --- counting rules ------------------------------------------------------------------------------


def test_year_end_counting() -> None:
    # received Wed 30 Dec 2026: Thu 31, (Fri 1 Jan), Mon 4, Tue 5, Wed 6, Thu 7 Jan 2027
    t = timeline(D(2026, 12, 30), [KO])
    assert t.ack_act_by == t.ack_due == D(2027, 1, 7)
    assert t.statutory_last_day == D(2027, 2, 10)  # 30 Dec + 42 = Wed 10 Feb
    # received Wed 31 Dec 2025: (1 Jan), Fri 2 Jan (equated, but a working day for counting) ...
    t = timeline(D(2025, 12, 31), [J])
    assert t.ack_act_by == t.ack_due == D(2026, 1, 8)


def test_statutory_term_ending_on_equated_day_at_year_start() -> None:
    # received Fri 21 Nov 2025: day 42 = Fri 2 Jan 2026 (equated) -> Sat, Sun -> Mon 5 Jan
    assert timeline(D(2025, 11, 21), [KO]).statutory_last_day == D(2026, 1, 5)


def test_equated_day_counts_as_working_day() -> None:
    # received Wed 13 May 2026: (Thu 14 Hemelvaart), Fri 15 (equated: counts), 18, 19, 20, 21
    t = timeline(D(2026, 5, 13), [K])
    assert t.ack_act_by == t.ack_due == D(2026, 5, 21)


def test_counting_helpers() -> None:
    assert add_weeks(D(2026, 3, 1), 6) == D(2026, 4, 12)  # across the DST change: dates only
    assert STRICT.add_working_days(D(2026, 5, 2), 1) == D(2026, 5, 4)  # Saturday receipt
    assert STRICT.add_working_days(D(2026, 5, 4), 0) == D(2026, 5, 4)
    assert statutory_end(D(2026, 5, 14)) == D(2026, 5, 18)
    assert statutory_end(D(2026, 5, 12)) == D(2026, 5, 12)
    assert act_by(D(2026, 5, 14)) == D(2026, 5, 13)  # no roll-forward: back to Wednesday
    assert act_by(D(2026, 5, 17)) == D(2026, 5, 15)  # Sunday -> the equated Friday (STRICT)
    assert add_months(D(2028, 2, 29), 12) == D(2029, 2, 28)
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    with pytest.raises(ValueError):
        STRICT.add_working_days(D(2026, 5, 4), -1)


# --- sectors -------------------------------------------------------------------------------------


@pytest.mark.parametrize("sectors", [[], [UNK], [J], [B], [J, B]])
def test_non_statutory_sectors_get_seed_terms_only(sectors: list[Sector]) -> None:
    t = timeline(D(2026, 4, 30), sectors)
    assert (t.ack_act_by, t.ack_due, t.delay_notice_act_by, t.target_date) == (
        D(2026, 5, 7),
        D(2026, 5, 8),
        D(2026, 5, 13),
        D(2026, 5, 28),
    )
    assert t.statutory_warning is None
    assert t.statutory_last_day is None
    assert t.extended_last_day is None
    assert t.extension_letter_by is None
    assert t.external_window_closes is None


def test_kinderopvang_has_no_extension() -> None:
    t = timeline(D(2028, 2, 29), [KO])
    assert t.extension_letter_by is None
    assert t.external_window_closes == D(2029, 2, 28)  # 12 months
    with pytest.raises(ValueError):
        timeline(D(2026, 4, 30), [KO], extended=True)
    with pytest.raises(ValueError):
        timeline(D(2026, 4, 30), [J], extended=True)


def test_kraamzorg_extension() -> None:
    # received Thu 5 Mar 2026: day 42 = Thu 16 Apr; day 70 = Thu 14 May (Hemelvaart),
    # Fri 15 May equated, weekend -> Mon 18 May
    t = timeline(D(2026, 3, 5), [K], extended=True)
    assert t.statutory_last_day == D(2026, 4, 16)
    assert t.extension_letter_by == D(2026, 4, 16)
    assert t.extended_last_day == D(2026, 5, 18)
    assert timeline(D(2026, 3, 5), [K]).extended_last_day is None


def test_extension_letter_is_an_act_by_date() -> None:
    # received Thu 2 Apr 2026: day 42 = Hemelvaart; the letter must go out by Wed 13 May,
    # although the term itself runs to Mon 18 May
    t = timeline(D(2026, 4, 2), [K], extended=True)
    assert t.extension_letter_by == D(2026, 5, 13)
    assert t.extended_last_day == D(2026, 6, 11)  # day 70, a Thursday


def test_two_sector_complaint_gets_union_of_duties() -> None:
    t = timeline(D(2026, 4, 2), [J, K])  # jeugdhulp has no statutory term, kraamzorg has
    assert t.statutory_last_day == D(2026, 5, 18)
    assert t.extension_letter_by == D(2026, 5, 13)
    assert t.external_window_closes == D(2027, 4, 2)
    assert timeline(D(2026, 4, 2), [K, J], extended=True).extended_last_day == D(2026, 6, 11)
    # kraamzorg + kinderopvang: the kinderopvang term cannot be extended, so 6 weeks is the
    # shortest deadline and no extension is possible
    both = timeline(D(2026, 4, 2), [K, KO])
    assert both.statutory_last_day == D(2026, 5, 18)
    assert both.extension_letter_by is None
    assert not extension_possible([K, KO])
    with pytest.raises(ValueError):
        timeline(D(2026, 4, 2), [K, KO], extended=True)


def test_unknown_sector_string_is_rejected() -> None:
    with pytest.raises(ValueError):
        timeline(D(2026, 4, 2), ["ziekenhuis"])  # type: ignore[list-item]


# --- closing days and reminders on non-working days ----------------------------------------------


def test_closing_days_move_act_by_back_never_the_due_date() -> None:
    closed = [D(2026, 12, 28), D(2026, 12, 29), D(2026, 12, 30), D(2026, 12, 31)]
    # received Mon 21 Dec 2026: STRICT count Tue 22, Wed 23, Thu 24, Mon 28, Tue 29
    plain = timeline(D(2026, 12, 21), [KO])
    t = timeline(D(2026, 12, 21), [KO], closing_days=closed)
    assert plain.ack_act_by == plain.ack_due == D(2026, 12, 29)
    assert t.ack_act_by == D(2026, 12, 24)  # last open day before the closure
    assert t.ack_due == D(2026, 12, 29)  # the promise to the client does not change
    assert t.delay_reminder == D(2026, 12, 24)  # day 10 = Thu 31 Dec, closed
    assert t.delay_notice_act_by == D(2027, 1, 4)  # day 14 = Mon 4 Jan, open
    assert t.statutory_last_day == plain.statutory_last_day == D(2027, 2, 1)  # never moved


def test_closing_days_never_move_act_by_before_receipt() -> None:
    closed = [D(2026, 12, 28) + timedelta(days=i) for i in range(12)]  # 28 Dec - 8 Jan
    t = timeline(D(2026, 12, 26), [J], closing_days=closed)  # received on a Saturday
    assert t.ack_act_by == D(2026, 12, 26)
    assert t.ack_due == D(2027, 1, 4)


def test_reminders_on_non_working_days_move_to_previous_strict_working_day() -> None:
    # received Sat 25 Apr 2026: day 10 = Tue 5 May (STRICT working day: stays),
    # day 21 = Sat 16 May -> Fri 15 May (equated days are STRICT working days)
    t = timeline(D(2026, 4, 25), [K])
    assert t.delay_reminder == D(2026, 5, 5)
    assert t.target_reminder == D(2026, 5, 15)
    assert t.target_date == D(2026, 5, 23)  # day 28 itself, a Saturday: a calendar fact
    assert t.statutory_warning == D(2026, 5, 29)  # day 35 = Sat 30 May -> Fri 29 May
    # received Thu 4 May 2028: day 21 = Thu 25 May 2028 = Hemelvaart -> Wed 24 May
    assert timeline(D(2028, 5, 4), []).target_reminder == D(2028, 5, 24)


def test_calendar_with_days() -> None:
    cal = STRICT.with_days([D(2026, 7, 20)])
    assert not cal.is_working_day(D(2026, 7, 20))
    assert STRICT.is_working_day(D(2026, 7, 20))  # the original is unchanged
    assert STRICT.with_days([]) is STRICT
    assert D(2026, 7, 20) in cal.holidays(2026)
    assert isinstance(cal, Calendar)
    with pytest.raises(TypeError):
        STRICT.with_days([datetime(2026, 7, 20, tzinfo=UTC)])


# --- office hours --------------------------------------------------------------------------------


def ams(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


def test_is_office_time() -> None:
    assert is_office_time(ams(2026, 12, 4, 8, 30))  # Friday
    assert is_office_time(ams(2026, 12, 4, 16, 59))
    assert not is_office_time(ams(2026, 12, 4, 8, 29))
    assert not is_office_time(ams(2026, 12, 4, 17, 0))
    assert not is_office_time(ams(2026, 12, 5, 10, 0))  # Saturday
    assert not is_office_time(ams(2026, 12, 25, 10, 0))  # Christmas
    assert is_office_time(utc("2026-12-04T07:45Z"))  # 08:45 CET
    assert is_office_time(ams(2026, 4, 3, 10, 0))  # Good Friday: STRICT working day
    assert not is_office_time(ams(2026, 4, 3, 10, 0), calendar=ATW)
    assert is_office_time(ams(2026, 12, 4, 7, 0), start=time(7, 0), end=time(8, 0))
    with pytest.raises(ValueError):
        is_office_time(datetime(2026, 12, 4, 10, 0))


def test_next_office_time() -> None:
    now = utc("2026-12-04T07:45Z")
    assert next_office_time(now) == now and next_office_time(now).tzinfo is AMSTERDAM
    assert next_office_time(ams(2026, 12, 4, 7, 0)) == ams(2026, 12, 4, 8, 30)
    assert next_office_time(ams(2026, 12, 4, 17, 30)) == ams(2026, 12, 7, 8, 30)
    assert next_office_time(ams(2026, 12, 24, 18, 0)) == ams(2026, 12, 28, 8, 30)
    # across the DST changes: the opening is 08:30 local with the right offset
    autumn = next_office_time(ams(2026, 10, 24, 12, 0))
    assert autumn == ams(2026, 10, 26, 8, 30) and autumn.utcoffset() == timedelta(hours=1)
    spring = next_office_time(ams(2026, 3, 28, 12, 0))
    assert spring == ams(2026, 3, 30, 8, 30) and spring.utcoffset() == timedelta(hours=2)
    closed = STRICT.with_days([D(2026, 12, 7)])
    assert next_office_time(ams(2026, 12, 4, 17, 30), calendar=closed) == ams(2026, 12, 8, 8, 30)
    with pytest.raises(ValueError):
        next_office_time(ams(2026, 12, 4, 7, 0), start=time(17, 0), end=time(8, 30))


# --- properties ----------------------------------------------------------------------------------

dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31))
sector_lists = st.lists(st.sampled_from(list(Sector)), max_size=3)


@st.composite
def cases(draw: st.DrawFn) -> tuple[date, list[Sector], list[date]]:
    received = draw(dates)
    closing = draw(
        st.lists(st.integers(min_value=-5, max_value=80).map(lambda n: received + timedelta(n)))
    )
    return received, draw(sector_lists), closing


@given(cases())
def test_property_act_by_never_after_due(case: tuple[date, list[Sector], list[date]]) -> None:
    received, sectors, closing = case
    t = timeline(received, sectors, closing_days=closing)
    assert received <= t.ack_act_by <= t.ack_due
    assert t.delay_notice_act_by <= received + timedelta(days=14)


@given(dates, sector_lists)
def test_property_statutory_last_day_is_a_legal_working_day(
    received: date, sectors: list[Sector]
) -> None:
    t = timeline(received, [*sectors, KO])
    last = t.statutory_last_day
    assert last is not None
    assert last.weekday() < 5
    assert last not in ATW.holidays(last.year)
    assert last not in EQUATED_DAYS.get(last.year, frozenset())
    # it is the FIRST such day on or after day 42 (Atw art. 1 rolls forward, no further)
    day = received + timedelta(days=42)
    while day < last:
        assert not ATW_EXT.is_working_day(day)
        day += timedelta(days=1)


@given(dates, st.booleans())
def test_property_timeline_is_monotone(received: date, extended: bool) -> None:
    t = timeline(received, [K, J], extended=extended)
    assert received <= t.ack_act_by <= t.ack_due <= t.delay_notice_act_by
    assert received <= t.delay_reminder <= t.delay_notice_act_by <= t.target_reminder
    assert t.target_reminder <= t.target_date
    assert t.statutory_warning is not None and t.statutory_last_day is not None
    assert t.extension_letter_by is not None and t.external_window_closes is not None
    assert t.target_date <= t.statutory_warning <= t.extension_letter_by <= t.statutory_last_day
    assert t.statutory_last_day < t.external_window_closes
    if extended:
        assert t.extended_last_day is not None
        assert t.statutory_last_day < t.extended_last_day < t.external_window_closes
    else:
        assert t.extended_last_day is None
    # act-by dates and reminders are STRICT working days (no closing days given here)
    for day in (t.ack_act_by, t.delay_reminder, t.delay_notice_act_by, t.target_reminder):
        assert STRICT.is_working_day(day) or day == received


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)))
def test_property_received_date_ignores_the_offset_it_is_written_in(moment: datetime) -> None:
    at = moment.replace(tzinfo=UTC)
    expected = received_date(at)
    assert received_date(at.astimezone(AMSTERDAM)) == expected
    assert abs((expected - at.date()).days) <= 1

"""Indonesian non-working days and O(1) working-day arithmetic.

A :class:`Calendar` knows, for every date, whether it is a weekend, a national holiday
(libur nasional), a collective-leave day for civil servants (cuti bersama) or a voting-day
holiday (libur pemilihan). The official list for the shipped years comes from the package
data ``data/holidays-id.csv`` (the decrees are the legal source); years outside it fall back
to the PyPI ``holidays`` package and are flagged *provisional*. Operators layer additions
and corrections on top with :meth:`Calendar.with_overrides`, which returns a new calendar.

Working-day arithmetic never walks the span: each calendar keeps, per cuti-bersama
policy, a prefix count of working days over the covered ordinal range and the sorted list
of working-day ordinals, so adding or counting working days is two list lookups. The index
grows one year at a time when a computation leaves the covered range.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any, Final

from bawaslu_rules.errors import CalendarRangeError, ProvisionalDataUnavailableError, RulesError

__all__ = [
    "Calendar",
    "Holiday",
    "HolidayCategory",
    "Override",
    "OverrideAction",
    "ProvisionalSource",
    "holidays_package_year",
]

# Dates outside these years are refused outright: no election deadline needs them, and
# the bound keeps a typo (year 20240) from building an enormous index.
MIN_YEAR: Final = 1950
MAX_YEAR: Final = 2200

_SATURDAY: Final = 5  # date.weekday(): Monday == 0
_Date = date  # alias for annotations inside classes that have a field named ``date``


class HolidayCategory(StrEnum):
    """Kind of official non-working day (column ``type`` of the shipped CSV)."""

    LIBUR_NASIONAL = "libur_nasional"
    """National holiday, SKB 3 Menteri (and Keppres 8/2024 on Hari-hari Libur)."""
    CUTI_BERSAMA = "cuti_bersama"
    """Collective leave: SKB 3 Menteri; for civil servants the yearly Keppres."""
    LIBUR_PEMILIHAN = "libur_pemilihan"
    """Voting-day holiday declared by presidential decree (Keppres)."""


class HolidaySource(StrEnum):
    """Where a calendar entry comes from."""

    OFFICIAL = "official"
    HOLIDAYS_PACKAGE = "holidays_package"
    OVERRIDE = "override"


@dataclass(frozen=True, slots=True)
class Holiday:
    """One official non-working day with the decree that makes it one."""

    date: date
    category: HolidayCategory
    name: str
    decree: str
    provisional: bool = False
    source: HolidaySource = HolidaySource.OFFICIAL

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "date": self.date.isoformat(),
            "category": self.category.value,
            "name": self.name,
            "decree": self.decree,
            "provisional": self.provisional,
            "source": self.source.value,
        }


class OverrideAction(StrEnum):
    """What an operator override does to a date."""

    ADD = "add"
    """Make the date a non-working day (replacing any entry already on that date)."""
    REMOVE = "remove"
    """Make the date an ordinary day again (e.g. a cuti bersama cancelled by amendment)."""


@dataclass(frozen=True, slots=True)
class Override:
    """An operator's run-time addition or correction, carrying its own decree or reason.

    Build with :meth:`add` or :meth:`remove`. Moving a holiday (a corrected Islamic holiday)
    is a ``remove`` of the old date plus an ``add`` of the new one.
    """

    date: date
    action: OverrideAction
    decree: str
    category: HolidayCategory | None = None
    name: str = ""
    reason: str = ""

    def __post_init__(self) -> None:
        if not self.decree.strip():
            raise RulesError("an override must cite its decree or reason (decree is empty)")
        if self.action is OverrideAction.ADD and self.category is None:
            raise RulesError("an 'add' override needs a category")

    @classmethod
    def add(
        cls,
        on: _Date,
        *,
        category: HolidayCategory | str,
        name: str,
        decree: str,
        reason: str = "",
    ) -> Override:
        """Declare ``on`` a non-working day of ``category`` under ``decree``."""
        return cls(on, OverrideAction.ADD, decree, HolidayCategory(category), name, reason)

    @classmethod
    def remove(cls, on: _Date, *, decree: str, reason: str = "") -> Override:
        """Declare ``on`` no longer a non-working day under ``decree``."""
        return cls(on, OverrideAction.REMOVE, decree, None, "", reason)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Override:
        """Parse ``{"date", "action", "decree", "category"?, "name"?, "reason"?}``."""
        category = data.get("category")
        return cls(
            date.fromisoformat(str(data["date"])),
            OverrideAction(str(data["action"])),
            str(data["decree"]),
            HolidayCategory(str(category)) if category else None,
            str(data.get("name", "")),
            str(data.get("reason", "")),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "date": self.date.isoformat(),
            "action": self.action.value,
            "decree": self.decree,
            "category": self.category.value if self.category else None,
            "name": self.name,
            "reason": self.reason,
        }


ProvisionalSource = Callable[[int], Iterable[Holiday]]
"""Supplies the non-working days of a year the official data does not cover."""


def holidays_package_year(year: int) -> list[Holiday]:
    """Non-working days of ``year`` from the PyPI ``holidays`` package (provisional).

    Categories ``public`` (national holidays and voting days) and ``government``
    (cuti bersama); with ``holidays>=0.99`` this matches the decrees for 2019-2026.
    """
    try:
        # Imported lazily: the optional dependency is needed only for provisional years.
        import holidays
    except ImportError as exc:
        raise ProvisionalDataUnavailableError(
            f"year {year} is not in the official data and the 'holidays' package "
            "is not installed (pip install 'holidays>=0.99')"
        ) from exc
    version = getattr(holidays, "__version__", "?")
    decree = f"provisional: holidays package {version}, not a decree"
    found: dict[date, Holiday] = {}
    for category_name, category in (
        ("government", HolidayCategory.CUTI_BERSAMA),
        ("public", HolidayCategory.LIBUR_NASIONAL),
    ):
        table = holidays.country_holidays(
            "ID", years=year, categories=(category_name,), language="id"
        )
        for day, name in table.items():
            kind = category
            # The package files voting days under public ("Hari Pemilihan Umum", "Hari
            # Pemilihan Kepala Daerah"); the decrees make them a separate category.
            if category is HolidayCategory.LIBUR_NASIONAL and (
                "Pemilihan" in name or "Pemungutan Suara" in name
            ):
                kind = HolidayCategory.LIBUR_PEMILIHAN
            # Public wins over government when both name the same date.
            found[day] = Holiday(day, kind, name, decree, True, HolidaySource.HOLIDAYS_PACKAGE)
    return [found[d] for d in sorted(found)]


@cache
def _official_holidays() -> tuple[tuple[Holiday, ...], frozenset[int]]:
    # Package data is read once per process (first use), never per computation.
    text = (
        resources.files("bawaslu_rules")
        .joinpath("data/holidays-id.csv")
        .read_text(encoding="utf-8")
    )
    entries: list[Holiday] = []
    for row in csv.DictReader(io.StringIO(text)):
        entries.append(
            Holiday(
                date.fromisoformat(row["date"]),
                HolidayCategory(row["type"]),
                row["name_id"],
                row["source_decree"],
            )
        )
    years = frozenset(h.date.year for h in entries)
    return tuple(entries), years


class _WorkdayIndex:
    """Immutable snapshot: prefix counts and working-day ordinals over whole years."""

    __slots__ = ("hi_year", "lo", "lo_year", "nwd", "prefix", "span", "wd")

    def __init__(self, lo_year: int, hi_year: int, is_working: Callable[[date], bool]) -> None:
        self.lo_year = lo_year
        self.hi_year = hi_year
        self.lo = date(lo_year, 1, 1).toordinal()
        end = date(hi_year + 1, 1, 1).toordinal()
        self.span = end - self.lo
        prefix = [0] * (self.span + 1)
        wd: list[int] = []
        count = 0
        for i in range(self.span):
            ordinal = self.lo + i
            if is_working(date.fromordinal(ordinal)):
                count += 1
                wd.append(ordinal)
            prefix[i + 1] = count
        self.prefix = prefix
        self.wd = wd
        self.nwd = count


class Calendar:
    """An immutable set of non-working days with working-day arithmetic.

    Use :meth:`official` for the shipped data; :meth:`with_overrides` for operator
    additions and corrections. Instances are safe to share between threads.
    """

    __slots__ = (
        "_base",
        "_conf_hi",
        "_conf_lo",
        "_confirmed_years",
        "_indexes",
        "_lock",
        "_overrides",
        "_provisional_source",
        "_year_cache",
    )

    def __init__(
        self,
        holidays: Iterable[Holiday],
        *,
        confirmed_years: Iterable[int],
        overrides: Iterable[Override] = (),
        provisional_source: ProvisionalSource | None = None,
    ) -> None:
        """Build a calendar from entries for ``confirmed_years``.

        Years outside ``confirmed_years`` are taken from ``provisional_source`` (default:
        the ``holidays`` package) and every result touching them is provisional.
        """
        self._confirmed_years = frozenset(confirmed_years)
        # Fast provisional check when the confirmed years are one contiguous run.
        years = sorted(self._confirmed_years)
        contiguous = bool(years) and years[-1] - years[0] + 1 == len(years)
        self._conf_lo = years[0] if contiguous else 0
        self._conf_hi = years[-1] if contiguous else -1
        base: dict[date, Holiday] = {}
        for h in holidays:
            if h.date.year not in self._confirmed_years:
                raise RulesError(f"{h.date} is outside the confirmed years of this calendar")
            base[h.date] = h
        self._base = base
        self._overrides = tuple(overrides)
        self._provisional_source = provisional_source or holidays_package_year
        self._year_cache: dict[int, dict[date, Holiday]] = {}
        self._indexes: dict[bool, _WorkdayIndex] = {}
        self._lock = threading.RLock()

    # -- construction -------------------------------------------------------------------

    @classmethod
    def official(cls) -> Calendar:
        """The shipped official calendar (one shared instance per process)."""
        return _official_calendar()

    @classmethod
    def from_csv(
        cls, text: str, *, provisional_source: ProvisionalSource | None = None
    ) -> Calendar:
        """A calendar from CSV text with the shipped columns (``date,type,name_id,source_decree``).

        Every year that has at least one row counts as confirmed.
        """
        entries = [
            Holiday(
                date.fromisoformat(row["date"]),
                HolidayCategory(row["type"]),
                row["name_id"],
                row["source_decree"],
            )
            for row in csv.DictReader(io.StringIO(text))
        ]
        return cls(
            entries,
            confirmed_years={h.date.year for h in entries},
            provisional_source=provisional_source,
        )

    def with_overrides(self, overrides: Iterable[Override]) -> Calendar:
        """A new calendar with ``overrides`` applied after this one's (later ones win)."""
        extra = tuple(overrides)
        for o in extra:
            if not isinstance(o, Override):
                raise RulesError(f"not an Override: {o!r}")
        return Calendar(
            self._base.values(),
            confirmed_years=self._confirmed_years,
            overrides=self._overrides + extra,
            provisional_source=self._provisional_source,
        )

    # -- data ----------------------------------------------------------------------------

    @property
    def overrides(self) -> tuple[Override, ...]:
        """Operator overrides applied to this calendar, in order."""
        return self._overrides

    @property
    def confirmed_years(self) -> frozenset[int]:
        """Years covered by the official (decreed) data."""
        return self._confirmed_years

    def is_provisional_year(self, year: int) -> bool:
        """True when ``year`` comes from the provisional fallback."""
        return year not in self._confirmed_years

    def is_provisional(self, start: date, end: date) -> bool:
        """True when any year between ``start`` and ``end`` (either order) is provisional."""
        lo, hi = (start.year, end.year) if start <= end else (end.year, start.year)
        if self._conf_lo <= lo and hi <= self._conf_hi:
            return False
        confirmed = self._confirmed_years
        return any(y not in confirmed for y in range(lo, hi + 1))

    def _year(self, year: int) -> dict[date, Holiday]:
        cached = self._year_cache.get(year)
        if cached is not None:
            return cached
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise CalendarRangeError(f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}")
        with self._lock:
            cached = self._year_cache.get(year)
            if cached is not None:
                return cached
            if year in self._confirmed_years:
                entries = {d: h for d, h in self._base.items() if d.year == year}
            else:
                entries = {h.date: h for h in self._provisional_source(year)}
            provisional = year not in self._confirmed_years
            for o in self._overrides:
                if o.date.year != year:
                    continue
                if o.action is OverrideAction.REMOVE:
                    entries.pop(o.date, None)
                else:
                    assert o.category is not None  # guaranteed by Override.__post_init__
                    entries[o.date] = Holiday(
                        o.date,
                        o.category,
                        o.name,
                        o.decree,
                        provisional,
                        HolidaySource.OVERRIDE,
                    )
            self._year_cache[year] = entries
            return entries

    def holiday(self, day: date) -> Holiday | None:
        """The non-working-day entry on ``day``, if any (weekends are not entries)."""
        return self._year(day.year).get(day)

    def non_working_days(self, year: int) -> list[Holiday]:
        """Every entry of ``year`` (including those on weekends), sorted by date."""
        entries = self._year(year)
        return [entries[d] for d in sorted(entries)]

    def __iter__(self) -> Iterator[Holiday]:
        """Entries of the confirmed years, sorted (provisional years are not iterated)."""
        for year in sorted(self._confirmed_years):
            yield from self.non_working_days(year)

    # -- working days --------------------------------------------------------------------

    def is_working_day(self, day: date, *, cuti_bersama_is_working_day: bool = False) -> bool:
        """Mon-Fri and no national holiday, voting-day holiday or (by policy) cuti bersama."""
        if day.weekday() >= _SATURDAY:
            return False
        entry = self._year(day.year).get(day)
        if entry is None:
            return True
        return cuti_bersama_is_working_day and entry.category is HolidayCategory.CUTI_BERSAMA

    def _index(self, policy: bool, lo_year: int, hi_year: int) -> _WorkdayIndex:
        """An index covering at least ``lo_year..hi_year``, built or grown under the lock."""
        idx = self._indexes.get(policy)
        if idx is not None and idx.lo_year <= lo_year and hi_year <= idx.hi_year:
            return idx
        if lo_year < MIN_YEAR or hi_year > MAX_YEAR:
            raise CalendarRangeError(f"dates outside {MIN_YEAR}-{MAX_YEAR} are not supported")
        with self._lock:
            idx = self._indexes.get(policy)
            if self._confirmed_years:
                lo = min(lo_year, min(self._confirmed_years))
                hi = max(hi_year, max(self._confirmed_years))
            else:
                lo, hi = lo_year, hi_year
            if idx is not None:
                lo, hi = min(lo, idx.lo_year), max(hi, idx.hi_year)
                if idx.lo_year <= lo and hi <= idx.hi_year:
                    return idx
            new = _WorkdayIndex(
                lo,
                hi,
                lambda d: self.is_working_day(d, cuti_bersama_is_working_day=policy),
            )
            # Replacing the whole snapshot keeps concurrent readers consistent.
            self._indexes[policy] = new
            return new

    def add_working_days(
        self, start: date, days: int, *, cuti_bersama_is_working_day: bool = False
    ) -> date:
        """The ``days``-th working day after ``start`` (before it, if negative).

        ``start`` itself is never counted; ``days == 0`` returns ``start`` unchanged.
        """
        idx = self._indexes.get(cuti_bersama_is_working_day)
        ordinal = start.toordinal()
        if idx is not None:
            i = ordinal - idx.lo
            if 0 <= i < idx.span:
                if days > 0:
                    j = idx.prefix[i + 1] + days - 1
                    if j < idx.nwd:
                        return date.fromordinal(idx.wd[j])
                elif days < 0:
                    j = idx.prefix[i] + days
                    if j >= 0:
                        return date.fromordinal(idx.wd[j])
                else:
                    return start
        return self._add_working_days_growing(start, days, cuti_bersama_is_working_day)

    def _add_working_days_growing(self, start: date, days: int, policy: bool) -> date:
        if days == 0:
            return start
        # At least 104 weekend days a year: a year holds >= 200 working days in practice,
        # but grow one year at a time so holiday-dense years are still handled.
        lo_year = hi_year = start.year
        while True:
            idx = self._index(policy, lo_year, hi_year)
            i = start.toordinal() - idx.lo
            if days > 0:
                j = idx.prefix[i + 1] + days - 1
                if j < idx.nwd:
                    return date.fromordinal(idx.wd[j])
                hi_year = idx.hi_year + 1 + (j - idx.nwd) // 250
            else:
                j = idx.prefix[i] + days
                if j >= 0:
                    return date.fromordinal(idx.wd[j])
                lo_year = idx.lo_year - 1 + j // 250

    def count_working_days(
        self,
        start: date,
        end: date,
        *,
        include_start: bool = False,
        include_end: bool = True,
        cuti_bersama_is_working_day: bool = False,
    ) -> int:
        """Working days between ``start`` and ``end`` (``start <= end``).

        By default the interval is ``(start, end]``: the trigger day is not counted and the
        due day is, so ``count_working_days(d, add_working_days(d, n)) == n``.
        """
        if end < start:
            raise RulesError(f"end {end} is before start {start}")
        idx = self._indexes.get(cuti_bersama_is_working_day)
        a = start.toordinal()
        b = end.toordinal()
        if idx is None or not (a >= idx.lo and b - idx.lo < idx.span):
            idx = self._index(cuti_bersama_is_working_day, start.year, end.year)
        lo = a - idx.lo + (0 if include_start else 1)
        hi = b - idx.lo + (1 if include_end else 0)
        return max(0, idx.prefix[hi] - idx.prefix[lo]) if hi > lo else 0

    def next_working_day(
        self, day: date, *, include_self: bool, cuti_bersama_is_working_day: bool = False
    ) -> date:
        """The first working day after ``day``; ``day`` itself if working and ``include_self``."""
        if include_self and self.is_working_day(
            day, cuti_bersama_is_working_day=cuti_bersama_is_working_day
        ):
            return day
        return self.add_working_days(
            day, 1, cuti_bersama_is_working_day=cuti_bersama_is_working_day
        )

    def __repr__(self) -> str:
        years = sorted(self._confirmed_years)
        span = f"{years[0]}-{years[-1]}" if years else "none"
        return f"Calendar(confirmed={span}, overrides={len(self._overrides)})"


@cache
def _official_calendar() -> Calendar:
    entries, years = _official_holidays()
    return Calendar(entries, confirmed_years=years)


def add_calendar_days(start: date, days: int) -> date:
    """``start`` plus ``days`` calendar days (the trigger day is not counted)."""
    return start + timedelta(days=days)

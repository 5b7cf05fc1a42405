"""Register numbers of reports and findings (docs/legal/rules.md §7), as a pure,
configurable format.

Shapes seen in practice (docs/legal/rules.md §7, MED: observed numbers, no regulation
text):
``002/LP/PL/Kota/14.05/I/2024``, ``001/Reg/TM/PL/Kota/12.01/XII/2023``,
``01/LP/PB/Kab/07.05/VII/2020``; that is
``{seq}/{LP|Reg/LP|Reg/TM}/{PL|PB}/{level}/{register code}/{Roman month}/{year}``. The
spec says the format is configurable, so the template is a parameter;
:data:`DEFAULT_REGISTER_TEMPLATE` is the service's format (the second shape). The sequence
itself (per office, per kind, per year, gap-free, never reused) is the caller's: this
module only formats.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from bawaslu_rules.errors import RulesError
from bawaslu_rules.rulesets import Confidence

__all__ = [
    "DEFAULT_LETTER_TEMPLATE",
    "DEFAULT_REGISTER_TEMPLATE",
    "LETTER_NUMBER_CONFIDENCE",
    "LETTER_TEMPLATE_FIELDS",
    "REGISTER_KINDS",
    "REGISTER_LEVELS",
    "REGISTER_NUMBER_BASIS",
    "REGISTER_NUMBER_CONFIDENCE",
    "REGISTER_REGIMES",
    "REGISTER_TEMPLATE_FIELDS",
    "ROMAN_MONTHS",
    "check_letter_template",
    "check_register_template",
    "letter_number",
    "register_number",
]

REGISTER_NUMBER_BASIS: Final = (
    "docs/legal/rules.md §7: shapes observed in practice (002/LP/PL/Kota/14.05/I/2024, "
    "001/Reg/TM/PL/Kota/12.01/XII/2023, 01/LP/PB/Kab/07.05/VII/2020); no regulation "
    "text; the format is configurable"
)
REGISTER_NUMBER_CONFIDENCE: Final = Confidence.MED

DEFAULT_REGISTER_TEMPLATE: Final = (
    "{seq:03d}/Reg/{kind}/{regime}/{level}/{register_code}/{month}/{year}"
)
"""The service's format: three-digit sequence, ``Reg/LP`` or ``Reg/TM``."""

REGISTER_TEMPLATE_FIELDS: Final = (
    "seq",
    "kind",
    "regime",
    "level",
    "register_code",
    "month",
    "year",
)
"""The fields a template may use: ``seq`` and ``year`` are ints (``{seq:03d}``), the others
strings: ``kind`` LP/TM, ``regime`` PL/PB, ``level`` RI..LN, ``register_code`` the office's,
``month`` the Roman month."""

DEFAULT_LETTER_TEMPLATE: Final = "{seq:03d}/{code}/{regime}/{level}/{register_code}/{month}/{year}"
"""The service's letter numbers: the register number's shape with the form's code in place of
``Reg/LP``. Bawaslu's own letter numbering (its archive classification codes) was not read:
LOW, and the format is a setting (``BAWASLU_LETTER_NUMBER_TEMPLATE``)."""

LETTER_NUMBER_CONFIDENCE: Final = Confidence.LOW

LETTER_TEMPLATE_FIELDS: Final = (
    "seq",
    "code",
    "regime",
    "level",
    "register_code",
    "month",
    "month2",
    "year",
)
"""As :data:`REGISTER_TEMPLATE_FIELDS`, with ``code`` (the form's code) for ``kind`` and
``month2`` (the month as an int, ``{month2:02d}``) beside the Roman ``month``."""

REGISTER_KINDS: Final[Mapping[str, str]] = MappingProxyType(
    {"report": "LP", "finding": "TM"}  # laporan, temuan
)
REGISTER_REGIMES: Final[Mapping[str, str]] = MappingProxyType({"pemilu": "PL", "pemilihan": "PB"})
REGISTER_LEVELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "national": "RI",  # Bawaslu RI
        "province": "Prov",  # Bawaslu Provinsi
        "regency": "Kab",  # Bawaslu Kabupaten
        "city": "Kota",  # Bawaslu Kota
        "district": "Kec",  # Panwaslu Kecamatan
        "village": "Kel",  # Panwaslu Kelurahan/Desa
        "overseas": "LN",  # Panwaslu Luar Negeri
    }
)
"""Office level (the service's level strings, docs/legal/rules.md §6) -> level segment."""

ROMAN_MONTHS: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@lru_cache(maxsize=32)
def _check_template(template: str, allowed: tuple[str, ...], what: str) -> None:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise RulesError(f"{what} template {template!r}: {exc}") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in allowed:
            raise RulesError(
                f"{what} template {template!r}: unknown field {{{name}}}; use {', '.join(allowed)}"
            )
        if conversion is not None or (spec and "{" in spec):
            raise RulesError(f"{what} template {template!r}: {{{name}}} may only have a format")


def check_register_template(template: str) -> None:
    """Raise :class:`RulesError` unless ``template`` uses only named
    :data:`REGISTER_TEMPLATE_FIELDS`, without attribute or index access, conversions or
    nested fields (a template is configuration; it must not reach into objects)."""
    _check_template(template, REGISTER_TEMPLATE_FIELDS, "register")


def check_letter_template(template: str) -> None:
    """As :func:`check_register_template`, for :data:`LETTER_TEMPLATE_FIELDS`."""
    _check_template(template, LETTER_TEMPLATE_FIELDS, "letter")


def _code(table: Mapping[str, str], what: str, value: str) -> str:
    try:
        return table[value]
    except KeyError:
        raise RulesError(f"unknown {what} {value!r}: use {', '.join(table)}") from None


def register_number(
    seq: int,
    *,
    kind: str,
    regime: str,
    level: str,
    register_code: str,
    month: int,
    year: int,
    template: str = DEFAULT_REGISTER_TEMPLATE,
) -> str:
    """The register number of the ``seq``-th case of its office, kind and year.

    ``kind`` is ``report`` or ``finding``; ``regime`` ``pemilu`` or ``pemilihan``;
    ``level`` one of :data:`REGISTER_LEVELS`; ``month`` (1-12) and ``year`` are those of
    the registration in the office's time zone. Raises :class:`RulesError` for anything
    else, for ``seq`` < 1, or for a bad template.

    >>> register_number(1, kind="finding", regime="pemilu", level="city",
    ...                 register_code="12.01", month=12, year=2023)
    '001/Reg/TM/PL/Kota/12.01/XII/2023'
    """
    check_register_template(template)
    if seq < 1:
        raise RulesError(f"register sequence must be 1 or more, not {seq}")
    if not 1 <= month <= 12:
        raise RulesError(f"month must be 1-12, not {month}")
    fields = {
        "seq": seq,
        "kind": _code(REGISTER_KINDS, "kind", kind),
        "regime": _code(REGISTER_REGIMES, "regime", regime),
        "level": _code(REGISTER_LEVELS, "office level", level),
        "register_code": register_code,
        "month": ROMAN_MONTHS[month - 1],
        "year": year,
    }
    return _format(template, fields, "register")


def _format(template: str, fields: Mapping[str, object], what: str) -> str:
    try:
        return template.format(**fields)
    except (ValueError, TypeError) as exc:  # a format spec that does not fit its field
        raise RulesError(f"{what} template {template!r}: {exc}") from None


def letter_number(
    seq: int,
    *,
    code: str,
    regime: str,
    level: str,
    register_code: str,
    month: int,
    year: int,
    template: str = DEFAULT_LETTER_TEMPLATE,
) -> str:
    """The number of the ``seq``-th document of its office, kind and year (the letters,
    minutes and notices an office issues, docs/legal/rules.md §7).

    ``code`` is the form's code (``B.9``); the rest as for :func:`register_number`.

    >>> letter_number(7, code="B.9", regime="pemilu", level="regency",
    ...               register_code="52.01", month=2, year=2024)
    '007/B.9/PL/Kab/52.01/II/2024'
    """
    check_letter_template(template)
    if seq < 1:
        raise RulesError(f"letter sequence must be 1 or more, not {seq}")
    if not 1 <= month <= 12:
        raise RulesError(f"month must be 1-12, not {month}")
    if not code or "/" in code:
        raise RulesError(f"letter code must be non-empty and without '/', not {code!r}")
    fields = {
        "seq": seq,
        "code": code,
        "regime": _code(REGISTER_REGIMES, "regime", regime),
        "level": _code(REGISTER_LEVELS, "office level", level),
        "register_code": register_code,
        "month": ROMAN_MONTHS[month - 1],
        "month2": month,
        "year": year,
    }
    return _format(template, fields, "letter")

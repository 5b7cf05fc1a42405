"""Register numbers (docs/legal/rules.md §7; shapes observed in practice, MED).

The spec's three real shapes:
  002/LP/PL/Kota/14.05/I/2024       no "Reg", three-digit sequence
  001/Reg/TM/PL/Kota/12.01/XII/2023 the service's default format
  01/LP/PB/Kab/07.05/VII/2020       no "Reg", two-digit sequence
The default template produces only the second; the other two need their own template
(the format is configurable).
"""

from __future__ import annotations

import pytest

from bawaslu_rules import (
    DEFAULT_REGISTER_TEMPLATE,
    REGISTER_LEVELS,
    REGISTER_NUMBER_BASIS,
    REGISTER_NUMBER_CONFIDENCE,
    REGISTER_TEMPLATE_FIELDS,
    ROMAN_MONTHS,
    Confidence,
    RulesError,
    check_letter_template,
    check_register_template,
    letter_number,
    register_number,
)

NO_REG = "{seq:03d}/{kind}/{regime}/{level}/{register_code}/{month}/{year}"
NO_REG_TWO_DIGITS = "{seq:02d}/{kind}/{regime}/{level}/{register_code}/{month}/{year}"


def test_basis() -> None:
    assert DEFAULT_REGISTER_TEMPLATE == (
        "{seq:03d}/Reg/{kind}/{regime}/{level}/{register_code}/{month}/{year}"
    )
    assert "docs/legal/rules.md §7" in REGISTER_NUMBER_BASIS
    assert "configurable" in REGISTER_NUMBER_BASIS
    assert REGISTER_NUMBER_CONFIDENCE is Confidence.MED
    assert REGISTER_TEMPLATE_FIELDS == (
        "seq", "kind", "regime", "level", "register_code", "month", "year",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("template", "seq", "kind", "regime", "level", "code", "month", "year", "expected"),
    [
        # docs/legal/rules.md §7 shape 2, with the default template: a pemilu finding of a
        # city office.
        (DEFAULT_REGISTER_TEMPLATE, 1, "finding", "pemilu", "city", "12.01", 12, 2023,
         "001/Reg/TM/PL/Kota/12.01/XII/2023"),
        # docs/legal/rules.md §7 shape 1 needs a template without "Reg".
        (NO_REG, 2, "report", "pemilu", "city", "14.05", 1, 2024,
         "002/LP/PL/Kota/14.05/I/2024"),
        # docs/legal/rules.md §7 shape 3: two-digit sequence, pemilihan, regency.
        (NO_REG_TWO_DIGITS, 1, "report", "pemilihan", "regency", "07.05", 7, 2020,
         "01/LP/PB/Kab/07.05/VII/2020"),
    ],
)  # fmt: skip
def test_spec_shapes(
    template: str,
    seq: int,
    kind: str,
    regime: str,
    level: str,
    code: str,
    month: int,
    year: int,
    expected: str,
) -> None:
    number = register_number(
        seq, kind=kind, regime=regime, level=level, register_code=code, month=month,
        year=year, template=template,
    )  # fmt: skip
    assert number == expected


def test_default_cannot_make_the_shapes_without_reg() -> None:
    assert (
        register_number(2, kind="report", regime="pemilu", level="city",
                        register_code="14.05", month=1, year=2024)
        == "002/Reg/LP/PL/Kota/14.05/I/2024"
    )  # fmt: skip


# The service's REGISTER_LEVEL table (OfficeLevel -> segment), restated.
LEVELS = {
    "national": "RI", "province": "Prov", "regency": "Kab", "city": "Kota",
    "district": "Kec", "village": "Kel", "overseas": "LN",
}  # fmt: skip


@pytest.mark.parametrize(("level", "segment"), LEVELS.items())
def test_every_level(level: str, segment: str) -> None:
    assert dict(REGISTER_LEVELS) == LEVELS
    number = register_number(
        12, kind="report", regime="pemilihan", level=level, register_code="52.03",
        month=11, year=2024,
    )  # fmt: skip
    assert number == f"012/Reg/LP/PB/{segment}/52.03/XI/2024"


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month(month: int) -> None:
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[month - 1]
    assert ROMAN_MONTHS[month - 1] == roman
    number = register_number(
        3, kind="finding", regime="pemilu", level="national", register_code="RI",
        month=month, year=2024,
    )  # fmt: skip
    assert number == f"003/Reg/TM/PL/RI/RI/{roman}/2024"


def test_sequence_beyond_three_digits_is_not_cut() -> None:
    number = register_number(
        1000, kind="report", regime="pemilu", level="province", register_code="52",
        month=2, year=2024,
    )  # fmt: skip
    assert number == "1000/Reg/LP/PL/Prov/52/II/2024"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "laporan"}, "unknown kind 'laporan'"),
        ({"regime": "pilkada"}, "unknown regime 'pilkada'"),
        ({"level": "tps"}, "unknown office level 'tps'"),
        ({"month": 13}, "month must be 1-12"),
        ({"month": 0}, "month must be 1-12"),
        ({"seq": 0}, "1 or more"),
        ({"template": "{seq}/{office}"}, "unknown field {office}"),
        ({"template": "{seq.__class__}"}, "unknown field"),
        ({"template": "{kind!r}"}, "may only have a format"),
        ({"template": "{}"}, "unknown field"),
        ({"template": "{seq:{year}}"}, "may only have a format"),
        ({"template": "{kind:03d}"}, "register template"),
        ({"template": "{seq"}, "register template"),
    ],
)
def test_bad_input_raises(changes: dict[str, object], message: str) -> None:
    args: dict[str, object] = {
        "kind": "report", "regime": "pemilu", "level": "city", "register_code": "14.05",
        "month": 1, "year": 2024, "seq": 1,
    }  # fmt: skip
    args.update(changes)
    with pytest.raises(RulesError, match=message.replace("(", r"\(").replace("{", r"\{")):
        register_number(**args)  # type: ignore[arg-type]


def test_check_register_template_accepts_the_three_shapes() -> None:
    for template in (DEFAULT_REGISTER_TEMPLATE, NO_REG, NO_REG_TWO_DIGITS):
        check_register_template(template)


def test_letter_numbers_carry_the_form_code_and_the_office() -> None:
    """docs/legal/rules.md §7: per office, kind and year; the format is a setting (LOW)."""
    assert (
        letter_number(12, code="BWS-TT", regime="pemilihan", level="city",
                      register_code="14.05", month=1, year=2024)
        == "012/BWS-TT/PB/Kota/14.05/I/2024"
    )  # fmt: skip
    assert (
        letter_number(3, code="B.9", regime="pemilu", level="regency", register_code="52.01",
                      month=2, year=2024,
                      template="{seq}/PP.01.02/{register_code}/{month2:02d}/{year}")
        == "3/PP.01.02/52.01/02/2024"
    )  # fmt: skip
    with pytest.raises(RulesError, match="unknown field"):
        check_letter_template("{seq}/{kind}")
    with pytest.raises(RulesError, match="without '/'"):
        letter_number(1, code="B/9", regime="pemilu", level="city", register_code="1",
                      month=1, year=2024)  # fmt: skip

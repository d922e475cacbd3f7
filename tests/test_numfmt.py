"""Number formats as Excel, LibreOffice, Google Sheets and WPS write them."""

import pytest

from validator.tables.numbers import parse
from validator.tables.numfmt import parse_format


@pytest.mark.parametrize(("code", "percent", "unit"), [
    ("General", False, None),
    ("0.00%", True, "%"),                      # Excel: a real percentage, 0.6014 shows 60.14%
    ("0%", True, "%"),
    ('0"%"', False, "%"),                       # Excel: the number followed by a percent sign
    ("0\\%", False, "%"),                       # LibreOffice's rewrite of 0"%"
    ("0.00\\%", False, "%"),
    ('0.00" %"', False, "%"),
    ('#,##0.00 "Rp"', False, "Rp"),
    ('General" persen"', False, "persen"),      # Google Sheets / WPS custom unit
    ("[$Rp-421] #,##0", False, "Rp"),           # Excel's Indonesian currency
    ("[$Rp-421]\\ #,##0.00", False, "Rp"),      # LibreOffice writes the space escaped
    ('_("Rp"* #,##0_);_("Rp"* \\(#,##0\\);_("Rp"* "-"_);_(@_)', False, "Rp"),  # accounting
    ("[Red]0.00%", True, "%"),
    ("#,##0;[Red]\\-#,##0", False, None),
    ('0" dokumen"', False, "dokumen"),
    ("@", False, None),
    ('"100%"', False, "100%"),                  # quoted percent sign never scales
    ("0.0%;[Red]-0.0%", True, "%"),
])
def test_format_grammar(code: str, percent: bool, unit: str | None) -> None:
    shown = parse_format(code)
    assert (shown.percent(60.0), shown.unit(60.0)) == (percent, unit)


def test_sections_follow_the_sign() -> None:
    shown = parse_format('0.00%;0.00" turun"')
    assert (shown.percent(0.5), shown.unit(0.5)) == (True, "%")
    assert (shown.percent(-0.5), shown.unit(-0.5)) == (False, "turun")


def test_conditions_choose_the_section() -> None:
    shown = parse_format('[>=1]0" kali";0.00%')
    assert shown.percent(0.5) and not shown.percent(2)


@pytest.mark.parametrize(("code", "number"), [("0\\%", 60.0), ('0"%"', 60.0), ("0.00%", 6000.0)])
def test_values_scaled_only_by_a_real_percent(code: str, number: float) -> None:
    value = parse(60, code)
    assert value.number == number and value.unit == "%"

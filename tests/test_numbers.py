"""The number forms of DOMAIN section 7."""

import pytest

from validator.tables.numbers import AMBIGUOUS, EXCEL_ERROR, MALFORMED, parse


@pytest.mark.parametrize(
    "raw,number,unit",
    [
        ("1.129.974.820", 1129974820, None),
        ("Rp 87.026.000,00", 87026000, None),
        ("Rp. 7.537.949.495,-", 7537949495, None),
        ("480,000,000", 480000000, None),
        ("65.95", 65.95, None),
        ("76,52", 76.52, None),
        ("85,97", 85.97, None),
        ("22.05 %", 22.05, "%"),
        ("25.06%", 25.06, "%"),
        ("100,00%", 100, "%"),
        ("0,00%", 0, "%"),
        ("95.67", 95.67, None),
        ("2 Dokumen", 2, "Dokumen"),
        ("110 KK", 110, "KK"),
        ("76.52 persen", 76.52, "persen"),
        ("24130", 24130, None),
        ("Rp -", 0, None),
        ("-", 0, None),
        ("-12,5", -12.5, None),
    ],
)
def test_reads_indonesian_and_mixed_forms(raw: str, number: float, unit: str | None) -> None:
    value = parse(raw)
    assert value.problem is None
    assert value.number == pytest.approx(number)
    assert value.unit == unit


@pytest.mark.parametrize("raw", ["2.036.000.00", "184..500.300", "17.783.00", "255 .500.000", "1,2,3"])
def test_malformed_numbers_are_flagged_not_guessed(raw: str) -> None:
    value = parse(raw)
    assert value.problem == MALFORMED
    assert value.number is None


def test_three_digit_groups_are_ambiguous_unless_rupiah() -> None:
    assert parse("6.759").problem == AMBIGUOUS
    assert parse("1,500").problem == AMBIGUOUS
    assert parse("6.759", rupiah=True).number == 6759
    assert parse("0.759").number == pytest.approx(0.759)


def test_excel_errors_and_empty_forms() -> None:
    assert parse("#DIV/0!").problem == EXCEL_ERROR
    assert parse("#REF!").problem == EXCEL_ERROR
    assert parse("Rp").blank
    assert parse(None).blank
    assert parse("   ").blank


def test_text_values_stay_text() -> None:
    assert parse("Pratama").text == "Pratama"
    assert parse("Pratama").number is None
    assert parse("Orang").number is None


def test_numeric_cells_take_unit_and_percent_from_the_number_format() -> None:
    assert parse(76.52, '0.00 "persen"').unit == "persen"
    percent = parse(0.7552, "0.00%")
    assert percent.number == pytest.approx(75.52)
    assert percent.unit == "%"
    assert parse(174, '0"%"').number == 174


def test_stated_precision() -> None:
    assert parse("100,00%").decimals == 2
    assert parse(130.74).decimals == 2
    assert parse(174).decimals == 0
    assert parse(91.66, "#,##0").decimals == 2

"""The rule expression language: safe parsing, precise errors, row semantics."""

import pytest

from validator.packs.expr import Evaluator, ExpressionError, RowContext, Skip, compile_expression, round_half_up

COLUMNS = ["7.K", "12.K", "13.K", "17", "6"]


def evaluate(source: str, values: dict[str, object]) -> object:
    expression = compile_expression(source, COLUMNS)
    ctx = RowContext(lambda row, column: values.get(column), None, lambda row, kind, selector: [],
                     lambda row, kind: None, lambda value, name: "Tinggi" if value >= 76 else "Rendah",
                     {"summable": True, "negative": False})
    return Evaluator(expression, ctx).value(expression.tree)


@pytest.mark.parametrize(
    "source,offset,token",
    [
        ("13.K == 12.K / 9.K * 100", 15, "9.K"),
        ("13.K == 12.K / / 7.K", 15, "/ 7.K"),
        ("13.K == open(12.K)", 8, "open"),
        ("13.K == 12.K / 0", 15, "0"),
        ("13.K == x", 8, "x"),
    ],
)
def test_bad_expressions_name_the_offending_token(source: str, offset: int, token: str) -> None:
    with pytest.raises(ExpressionError) as info:
        compile_expression(source, COLUMNS)
    assert info.value.offset == offset
    assert info.value.token.startswith(token[:3])


def test_python_escapes_are_refused() -> None:
    escapes = ["__import__('os').system('true')", "(lambda: 1)()", "[x for x in 12.K]", "7.K if 1 else 2",
               "13.K == 12.K.__class__"]
    for source in escapes:
        with pytest.raises(ExpressionError):
            compile_expression(source, COLUMNS)


def test_arithmetic_and_bracket_columns() -> None:
    assert evaluate("12.K / 7.K * 100", {"12.K": 150.0, "7.K": 10.0}) == 1500
    assert evaluate("[17] + [6]", {"17": 2.0, "6": 3.0}) == 5


def test_blank_inputs_skip_but_blank_and_sum_see_them() -> None:
    with pytest.raises(Skip):
        evaluate("12.K / 7.K", {"12.K": 1.0})
    assert evaluate("blank(7.K)", {}) is True
    assert evaluate("sum(7.K, 12.K)", {"7.K": 2.0}) == 2
    assert evaluate("last(7.K, 12.K, 13.K)", {"7.K": 25.0, "12.K": 100.0, "13.K": 0.0}) == 100


def test_division_by_zero_skips_the_row() -> None:
    with pytest.raises(Skip):
        evaluate("12.K / 7.K", {"12.K": 1.0, "7.K": 0.0})


def test_text_compares_case_and_space_insensitively() -> None:
    assert evaluate("13.K == scale(12.K)", {"13.K": "  tinggi ", "12.K": 80.0}) is True


def test_round_half_up() -> None:
    assert round_half_up(2.675, 2) == 2.68
    assert round_half_up(18518.5185, 0) == 18519

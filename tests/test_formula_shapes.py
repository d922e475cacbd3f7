"""A formula's shape found a column at a time (from the text a shape gives on a later row) is
exactly the shape found by parsing each formula on its own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.read.formulas_eval import SheetFormulas, shape
from validator.read.grid import FormulaCells
from validator.read.xlsxcells import SharedFormulas, a1

#: formulas as a row would hold them: plain relative references, offsets up and down, absolute rows,
#: other sheets, references inside text, braces, lower case, digits in a function name, and one whose
#: references move two rows per row (a shape of its own on every row)
KINDS = [
    lambda r: f"=ROUND(S{r}/I{r}*100,2)",
    lambda r: f"=K{r}+M{r - 1}+O{r + 3}",
    lambda r: f"=SUM(H$9:H{r})",
    lambda r: f"=$B{r}*C$3",
    lambda r: f"=Data!A{r}*2+'Data 2'!B{r + 1}",
    lambda r: f'=IF(A{r}>0,"B{r}","x")',
    lambda r: f'="{{0}}"&A{r}&"}}"',
    lambda r: f"=a{r}+b{r}",
    lambda r: f"=LOG10(A{r})",
    lambda r: f"=A{r + 5}-A{r + 5}",
    lambda r: f"=A{2 * r}",
    lambda r: "=1+2",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 30), st.lists(st.tuples(st.integers(1, 400), st.integers(0, len(KINDS) - 1)),
                                                       min_size=1, max_size=25)), min_size=1, max_size=4))
def test_shapes_by_column_equal_shapes_by_cell(columns: list) -> None:
    cells = sorted({(col, row): KINDS[kind](row) for col, members in columns for row, kind in members}.items())
    found = SheetFormulas.of(FormulaCells([row for (_, row), _ in cells], [col for (col, _), _ in cells],
                                          [formula for _, formula in cells], [True] * len(cells)))
    assert [found.forms[i] for i in found.ids] == [shape(formula, row, col) for (col, row), formula in cells]
    assert len(set(found.forms)) == len(found.forms)


def test_a_column_of_one_formula_is_one_shape() -> None:
    rows = list(range(11, 10_011))
    found = SheetFormulas.of(FormulaCells(rows, [21] * len(rows), [f"=ROUND(S{r}/I{r}*100,2)" for r in rows],
                                          [True] * len(rows)))
    assert found.forms == ["=ROUND(R[0]C[-2]/R[0]C[-12]*100,2)"] and set(found.ids) == {0}


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(KINDS) - 1), st.integers(2, 200), st.integers(1, 30), st.integers(0, 500),
       st.integers(-2, 2))
def test_a_shared_formula_shifts_as_openpyxl_shifts_it(kind: int, row: int, col: int, down: int, across: int) -> None:
    """Excel writes a column of one formula as a master and cells naming it; down the master's column
    the text is the master's with its row numbers shifted, as openpyxl's Translator gives it."""
    from openpyxl.formula.translate import Translator, TranslatorError

    formula = KINDS[kind](row)
    shared = SharedFormulas()
    assert shared.formula(formula[1:], "shared", "0", row, col) == formula
    target = (row + down, max(1, col + across))
    try:
        expected = Translator(formula, origin=a1(row, col)).translate_formula(a1(*target))
    except TranslatorError:  # shifted off the grid: the cell's formula stays unknown
        expected = None
    assert shared.formula("", "shared", "0", *target) == expected


def test_a_plain_shared_formula_is_shifted_without_the_tokenizer() -> None:
    shared = SharedFormulas()
    shared.formula("ROUND(S9/I9*100,2)", "shared", "7", 9, 21)
    assert shared._masters["7"].template is not None  # type: ignore[union-attr]
    assert shared.formula("", "shared", "7", 10_008, 21) == "=ROUND(S10008/I10008*100,2)"

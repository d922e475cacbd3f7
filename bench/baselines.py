"""What a user could do instead of Periksa: read every cell with openpyxl read-only, or with python-calamine.

Why a module of its own: bench/targets.py runs these as whole processes (interpreter start and
imports included, as `periksa check` pays them), so this file imports nothing at the top that
the reading itself does not need; bench/run.py calls the same functions in its warm workers.

    python bench/baselines.py openpyxl FILE   # prints {"seconds": ..., "cells": ...}
    python bench/baselines.py calamine FILE
"""

import sys
import time


def openpyxl_read(path: str) -> dict[str, object]:
    """The cheapest full read a Python tool could do: read_only, cached values, every cell."""
    from openpyxl import load_workbook

    start = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += sum(1 for value in row if value is not None)
    wb.close()
    return {"seconds": time.perf_counter() - start, "cells": cells}


def calamine_read(path: str) -> dict[str, object]:
    """A Rust reader's floor for the same file (values only)."""
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    wb = CalamineWorkbook.from_path(path)
    cells = 0
    for name in wb.sheet_names:
        for row in wb.get_sheet_by_name(name).to_python():
            cells += sum(1 for value in row if value not in (None, ""))
    return {"seconds": time.perf_counter() - start, "cells": cells}


READERS = {"openpyxl": openpyxl_read, "calamine": calamine_read}


if __name__ == "__main__":
    import json

    print(json.dumps(READERS[sys.argv[1]](sys.argv[2])), flush=True)

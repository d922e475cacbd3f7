"""Reading: open a file (xlsx, xls, ods, csv, HTML, SpreadsheetML) safely into sheet grids; compute formulas."""

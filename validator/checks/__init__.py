"""Checks: apply rules to rows, audit formulas, compare tables with each other."""

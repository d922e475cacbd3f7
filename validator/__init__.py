"""Periksa: checks Indonesian planning and performance workbooks (Renja, Renstra, LKjIP)."""

__version__ = "0.1.0"


def check(paths, options=None, library=None):  # type: ignore[no-untyped-def]
    """Check files and folders and return a Report (see validator.model)."""
    from validator.check import check as _check

    return _check(paths, options, library)


__all__ = ["__version__", "check"]

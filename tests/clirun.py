"""Run ``periksa`` in-process as a user would, for tests of what it prints and returns."""

from __future__ import annotations

from click.testing import CliRunner

from validator.cli import main


def periksa(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Exit code and output (stdout and stderr); a traceback or an escaping exception fails the test."""
    result = CliRunner().invoke(main, list(args), env=env, prog_name="periksa")
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output

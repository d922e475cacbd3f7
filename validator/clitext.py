"""The command line in one language at a time: help, usage and usage errors from the catalogue.

click builds help from strings fixed when the commands are declared, and prints its own
headings and errors in English. Here every help text is a catalogue key, read when the help is
shown; the language is settled before click parses anything (``--lang`` anywhere in the
arguments, else ``PERIKSA_LANG``, else Indonesian), so ``periksa check --help --lang en`` and
``PERIKSA_LANG=en periksa check --help`` are all English, and ``periksa check --help`` all
Indonesian.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from validator import messages

LANG_ENV = "PERIKSA_LANG"


def language(args: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """The language a run speaks: the last ``--lang`` given, else PERIKSA_LANG, else the default.
    An unknown value here falls back to the default; click then refuses it with a message."""
    chosen = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            chosen = args[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    if chosen is None:
        chosen = (os.environ if environ is None else environ).get(LANG_ENV)
    return chosen if chosen in messages.LANGS else messages.DEFAULT_LANG


def _text(key: str | None) -> str | None:
    """A catalogue key's sentence now; anything else as it is."""
    if key is None:
        return None
    return messages.t(key) if key in messages.CATALOGUE else key


class Option(click.Option):
    """An option whose ``help`` is a catalogue key (filled with ``help_params``)."""

    def __init__(self, *args: Any, help_params: dict[str, object] | None = None, **kwargs: Any) -> None:
        self._help_params = help_params or {}
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def help(self) -> str | None:
        key = self._help_key
        return messages.t(key, **self._help_params) if key in messages.CATALOGUE else key

    @help.setter
    def help(self, value: str | None) -> None:
        self._help_key = value


class Choice(click.Choice):
    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.fail(messages.t("cli-not-a-choice", value=value, choices=", ".join(map(str, self.choices))),
                      param, ctx)


class File(click.Path):
    """An existing file to read (--config, --baseline, --with)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(exists=True, dir_okay=False, **kwargs)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.fail(messages.t("cli-no-such-file", path=value), param, ctx)


class _Localised:
    """Help text, headings and usage errors of a command from the catalogue."""

    _help_key: str | None

    @property
    def help(self) -> str | None:
        return _text(self._help_key)

    @help.setter
    def help(self, value: str | None) -> None:
        self._help_key = value

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        words = {"[OPTIONS]": messages.t("cli-options-metavar"), "COMMAND [ARGS]...": messages.t("cli-command-metavar")}
        pieces = [words.get(p, p) for p in self.collect_usage_pieces(ctx)]  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=f"{messages.t('cli-usage')} ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = [r for p in self.get_params(ctx)  # type: ignore[attr-defined]
                   if isinstance(p, click.Option) and (r := p.get_help_record(ctx)) is not None]
        if records:
            with formatter.section(messages.t("cli-options")):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            rows = [(name, command.get_short_help_str(formatter.width - 6 - len(name)))
                    for name in self.list_commands(ctx) if (command := self.get_command(ctx, name)) is not None
                    and not command.hidden]
            if rows:
                with formatter.section(messages.t("cli-commands")):
                    formatter.write_dl(rows)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = messages.t("cli-help-option")
        return option

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except click.UsageError as exc:
            raise UsageError(exc, ctx) from None


class Command(_Localised, click.Command):
    pass


class Group(_Localised, click.Group):
    """The top command: settles the language before anything is parsed."""

    command_class = Command

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                                list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            raise UsageError(click.UsageError(messages.t("cli-no-such-command", name=name), ctx), ctx)
        return super().resolve_command(ctx, args)

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        with messages.speaking(language(argv)):
            return super().main(argv, *rest, **extra)


Group.group_class = Group


class UsageError(click.UsageError):
    """click's refusal of the arguments, said in the language spoken, on one line."""

    def __init__(self, original: click.UsageError, ctx: click.Context) -> None:
        super().__init__(_usage_text(original, ctx), ctx)

    def show(self, file: Any = None) -> None:
        command = self.ctx.command_path if self.ctx else "periksa"
        click.echo(f"periksa: {self.message} ({messages.t('cli-help-hint', command=command)})",
                   file=file, err=True)


def _usage_text(error: click.UsageError, ctx: click.Context) -> str:
    if isinstance(error, UsageError):
        return error.message
    if isinstance(error, click.NoSuchOption):
        return messages.t("cli-no-such-option", option=error.option_name)
    if isinstance(error, click.MissingParameter):
        name = error.param.get_error_hint(ctx) if error.param is not None else (error.param_hint or "")
        return messages.t("cli-missing", name=name)
    if isinstance(error, click.BadParameter):
        name = error.param.get_error_hint(ctx) if error.param is not None else (error.param_hint or "")
        return messages.t("cli-bad-value", name=name, detail=error.message)
    if isinstance(error, click.BadOptionUsage):
        return messages.t("cli-bad-option", option=error.option_name)
    return error.message

"""`--help` and click's usage errors in the run's language.

click writes help from the commands' docstrings and options' `help=` (English, the one definition), and its
usage errors from its own English sentences. Under `--lang da` the help formatter swaps each text for the
catalogue entry (`help.yaml`) whose English it is, and `usage_error` words click's errors from `help.*` too. The
placeholders click shows for values (metavars: ACTOR, FILE, INTEGER) become Danish words in the usage line, the
options' list and the errors (`help.metavar_*`); a command's Danish help names them so (AKTØR).
English runs never load the catalogue here, so `dyadscope --help` stays as fast as before.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import click

from dyadscope.i18n import DEFAULT_LANG, ENV_VAR, LANGS

HELP_LANG = DEFAULT_LANG  # set by main() from the arguments: click shows --help before it has read --lang


def early_lang(argv: Sequence[str], group: click.Command) -> str:
    """The language asked for by `--lang X` / `--lang=X` before the command, else $DYADSCOPE_LANG, else English."""
    takes_value = {o for p in group.params if isinstance(p, click.Option) and not p.is_flag for o in p.opts}
    lang = os.environ.get(ENV_VAR, DEFAULT_LANG)
    words = iter(argv)
    for word in words:
        if not word.startswith("-"):
            break  # the command: its own --lang (report, check) means something else
        if word.startswith("--lang="):
            lang = word.partition("=")[2]
        elif word in takes_value:
            value = next(words, "")
            lang = value if word == "--lang" else lang
    return lang if lang in LANGS else DEFAULT_LANG


def help_text(english: str, lang: str) -> str:
    """A help text in `lang`: the `help.*` entry whose English it is (a shortened one by its start), else as is."""
    from dyadscope.i18n import area, from_english

    if lang == DEFAULT_LANG:
        return english
    shown = from_english(english, lang, "help")
    if shown != english:
        return shown
    # A command's one-line summary is the first paragraph of its help, perhaps shortened by click to fit ('...').
    shortened = english.endswith("...")
    start = english[:-3] if shortened else english
    for texts in area("help").values():
        first = " ".join(texts["en"].split("\n\n")[0].split())
        if first == start or (shortened and first.startswith(start)):
            summary = " ".join(texts[lang].split("\n\n")[0].split())
            return click.Command("x", help=summary).get_short_help_str(len(english)) if shortened else summary
    return english


_METAVAR = re.compile(r"\b[A-Z][A-Z_]+\b")


def metavars(text: str, lang: str) -> str:
    """A usage line or an option's names with click's metavars in `lang`: '--from DATE' -> '--from DATO'."""
    from dyadscope.i18n import has, t

    if lang == DEFAULT_LANG:
        return text

    def word(found: re.Match[str]) -> str:
        key = f"help.metavar_{found.group().lower()}"
        return t(key, lang) if has(key) else found.group()

    return _METAVAR.sub(word, text)


def _option_help(text: str, lang: str) -> str:
    """An option's help with click's '  [default: x; required]' after it, both parts in `lang`."""
    from dyadscope.i18n import t

    main, sep, extra = text.rpartition("  [")
    if not (sep and extra.endswith("]")):
        return help_text(text, lang)
    parts = []
    for part in extra[:-1].split("; "):
        name, colon, value = part.partition(": ")
        if name in ("default", "required", "env var", "range"):
            name = t(f"help.{name.replace(' ', '_')}", lang)
        parts.append(f"{name}{colon}{value}")
    return f"{help_text(main, lang)}  [{'; '.join(parts)}]"


class Formatter(click.HelpFormatter):
    """click's help formatter, writing every heading and help text in HELP_LANG."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        from dyadscope.i18n import t

        usage = prefix if prefix is not None else t("help.usage", HELP_LANG) + " "
        super().write_usage(prog, metavars(args, HELP_LANG), usage)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(help_text(name, HELP_LANG)):
            yield

    def write_text(self, text: str) -> None:
        super().write_text(help_text(text, HELP_LANG))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = [(metavars(first, HELP_LANG), _option_help(second, HELP_LANG)) for first, second in rows]
        super().write_dl(rows, col_max, col_spacing)


class HelpContext(click.Context):
    """A click context whose help is written in the run's language."""

    def make_formatter(self) -> click.HelpFormatter:
        if HELP_LANG == DEFAULT_LANG:
            return super().make_formatter()
        return Formatter(width=self.terminal_width, max_width=self.max_content_width)


# click's usage errors, as click words them (8.x), -> the help.* entry that words them in another language.
_CLICK_ERRORS = (
    (re.compile(r"Missing argument (?P<name>.+)\.$"), "missing_argument"),
    (re.compile(r"Missing option (?P<name>.+)\.$"), "missing_option"),
    (
        re.compile(r"No such option:? (?P<name>\S+?)\.? \(?Did you mean(?: one of:)? (?P<names>.+?)\?\)?$"),
        "no_such_option_mean",
    ),
    (re.compile(r"No such option:? (?P<name>\S+?)\.?$"), "no_such_option"),
    (re.compile(r"No such command (?P<name>.+)\.$"), "no_such_command"),
    (re.compile(r"Option (?P<name>.+) requires an argument\.$"), "requires_argument"),
    (re.compile(r"Got unexpected extra arguments? \((?P<names>.+)\)$"), "extra_arguments"),
    (re.compile(r"Invalid value for (?P<name>.+?): (?P<value>.+) is not one of (?P<names>.+)\.$"), "not_one_of"),
    (re.compile(r"Invalid value for (?P<name>.+?): (?P<value>.+) is not a valid integer\.$"), "not_integer"),
    (re.compile(r"Invalid value for (?P<name>.+?): (?P<value>.+) is not a valid float\.$"), "not_float"),
    (re.compile(r"Invalid value for (?P<name>.+?): (?P<value>.+) is not in the range (?P<names>.+)\.$"), "range_error"),
    (re.compile(r"Invalid value for (?P<name>.+?): File (?P<value>.+) does not exist\.$"), "no_file"),
    (re.compile(r"Invalid value for (?P<name>.+?): (?:File|Directory) (?P<value>.+) is a directory\.$"), "is_dir"),
    (re.compile(r"Invalid value for (?P<name>.+?): (?:File|Directory) (?P<value>.+) is a file\.$"), "is_file"),
    (re.compile(r"Invalid value for (?P<name>.+?): (?P<value>.+)$"), "invalid_value"),
)


def click_message(english: str, lang: str) -> str:
    """One of click's usage-error sentences in `lang` (as click wrote it when it is not one of the known ones)."""
    from dyadscope.i18n import t

    if lang == DEFAULT_LANG:
        return english
    for pattern, key in _CLICK_ERRORS:
        found = pattern.match(" ".join(english.split()))
        if found:
            fields = found.groupdict()
            if fields.get("name"):  # 'ACTOR' -> 'AKTØR'; an option's name (--from) has no capitals to swap
                fields["name"] = metavars(fields["name"], lang)
            return t(f"help.{key}", lang, **fields)
    return english


def show_usage_error(error: click.UsageError, lang: str) -> None:
    """What click's `UsageError.show()` prints (usage, the --help hint, the error), in `lang`."""
    from dyadscope.i18n import t

    ctx = error.ctx
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            option = max(ctx.command.get_help_option_names(ctx), key=len)  # --help, as click picks it
            hint = t("help.try", lang, command=f"{ctx.command_path} {option}") + "\n"
        click.echo(f"{ctx.get_usage()}\n{hint}", err=True)
    click.echo(t("cli.error", lang, message=click_message(error.format_message(), lang)), err=True)

"""Every user-visible string of dyadscope, in English and Danish, behind one lookup: `t(key, lang, **fields)`.

The strings live in `catalogue/<area>.yaml`, one entry per key holding every language; a key is
`<area>.<name>` (`t("report.title", "da", actor="ISIS", where="")`). Numbers, dates and names in
either language: `dyadscope.i18n.formats`. How to add a string or a language: docs/i18n.md.
"""

from __future__ import annotations

import string
from functools import cache
from importlib import resources

LANGS = ("en", "da")
DEFAULT_LANG = "en"
ENV_VAR = "DYADSCOPE_LANG"


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every entry of the catalogue files: key -> {language: template}."""
    import hashlib

    from dyadscope.cache import cached_or_built

    files = sorted(resources.files(__package__).joinpath("catalogue").iterdir(), key=lambda f: f.name)
    texts = [(f.name.removesuffix(".yaml"), f.read_text(encoding="utf-8")) for f in files if f.name.endswith(".yaml")]
    # Parsed once per catalogue text (65 ms of YAML for every command that prints), kept in the per-user cache:
    # ~120 KB an entry, the last few dozen versions.
    key = f"i18n-{hashlib.sha256(repr(texts).encode()).hexdigest()[:16]}"
    return cached_or_built(
        key, lambda: _parsed(texts), lambda found: isinstance(found, dict), 4 * 2**20, lambda _: 2**17
    )


def _parsed(texts: list[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """The catalogue's entries from its files' (area, YAML text)."""
    import yaml  # loaded on the first lookup, not when the CLI prints its help

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    entries = {}
    for area, text in texts:
        for name, templates in (yaml.load(text, Loader=loader) or {}).items():
            entries[f"{area}.{name}"] = templates
    return entries


@cache
def area(name: str) -> dict[str, dict[str, str]]:
    """The entries of one catalogue file, by their keys without the area: `area("claims")["supported"]`."""
    prefix = name + "."
    return {key.removeprefix(prefix): texts for key, texts in catalogue().items() if key.startswith(prefix)}


def check_lang(lang: str) -> str:
    """The language code itself, or QueryError naming the languages there are."""
    if lang not in LANGS:
        from dyadscope.errors import QueryError

        raise QueryError(msg("errors.lang", langs=", ".join(LANGS), lang=repr(lang)))
    return lang


def t(key: str, lang: str = DEFAULT_LANG, /, **fields: object) -> str:
    """The catalogue's text `key` in `lang`, its `{placeholders}` filled from `fields`."""
    return catalogue()[key][lang].format(**fields)


def area_text(area: str, name: str, lang: str, /, **fields: object) -> str:
    """`area.name` in `lang`, or the shared `common.name` when the area has no word of its own."""
    key = f"{area}.{name}"
    return t(key if key in catalogue() else f"common.{name}", lang, **fields)


def has(key: str) -> bool:
    """Whether the catalogue holds `key`."""
    return key in catalogue()


def placeholders(template: str) -> set[str]:
    """The names of a template's `{placeholders}`."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def from_english(text: str, lang: str, area: str = "") -> str:
    """A text the library stored in English (a note, a title), in `lang`: a Message by its key, a plain string by
    the entry (of `area`, or of any area) whose English it is; unchanged when there is none."""
    if isinstance(text, Message):
        return text.in_lang(lang)
    if lang == DEFAULT_LANG:
        return text
    for key, texts in catalogue().items():
        if (not area or key.startswith(area + ".")) and texts["en"] == text:
            return texts[lang]
    return text


class Message(str):
    """An English message that remembers its catalogue key, so the CLI can show it in another language.

    Errors raise `QueryError(msg("errors.window_order", start=..., end=...))`: `str(error)` stays English (logs,
    the JSON API, tests) and `localized(error, "da")` gives the Danish. Whole-number fields are shown in each
    language's number format.
    """

    key: str
    fields: dict[str, object]

    def __new__(cls, key: str, fields: dict[str, object]) -> Message:
        self = super().__new__(cls, _render(key, DEFAULT_LANG, fields))
        self.key, self.fields = key, fields
        return self

    def __reduce__(self) -> tuple[type[Message], tuple[str, dict[str, object]]]:
        return Message, (self.key, self.fields)  # an error crossing a process boundary keeps its key

    def in_lang(self, lang: str) -> str:
        """The message in `lang`."""
        return _render(self.key, lang, self.fields)


def _render(key: str, lang: str, fields: dict[str, object]) -> str:
    """A message's template filled in `lang`: whole numbers in its format (pass years and ids as text); a field
    with an `in_lang(lang)` method (a nested Message, a country's name) in the same language."""
    from dyadscope.i18n.formats import number

    def show(value: object) -> object:
        if hasattr(value, "in_lang"):  # a hint or a name inside an error: the same language
            return value.in_lang(lang)
        return number(value, lang) if isinstance(value, int) and not isinstance(value, bool) else value

    return t(key, lang, **{k: show(v) for k, v in fields.items()})


class _Stored(str):
    """An English text kept outside the catalogue (a layout's description) that shows itself in another language
    through the catalogue entry of `area` whose English it is."""

    area: str

    def in_lang(self, lang: str) -> str:
        """The text in `lang` (unchanged when the catalogue has no entry for it)."""
        return from_english(str(self), lang, self.area)


def stored(text: str, area: str) -> str:
    """`text` as a field of a Message that is shown in the message's language: a Message as it is, a plain English
    text through its entry in `area` (`from_english`)."""
    if isinstance(text, Message):
        return text
    shown = _Stored(text)
    shown.area = area
    return shown


def msg(key: str, /, **fields: object) -> Message:
    """The message `key` with these fields: English as a string, any language through `.in_lang`."""
    return Message(key, fields)


def message_of(error: BaseException) -> str:
    """An error's one-line message, kept as its Message when it was raised with one (to be shown in any language)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)


def localized(error: BaseException, lang: str) -> str:
    """An error's one-line message in `lang` (English when it was raised without a catalogue key)."""
    text = message_of(error)
    return text.in_lang(lang) if isinstance(text, Message) else text

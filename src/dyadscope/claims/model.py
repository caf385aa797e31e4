"""The structured claim: what an article says, in a form a person can read, edit and re-run.

A claim is plain text fields (actor and counterpart as written or as canonical names, an ISO window)
so that `--claims-out claims.yaml` can be edited by hand and fed back with `--claims`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import yaml

from dyadscope.errors import InputError

KINDS = ("share", "count", "concentration", "absence", "single_event", "attribute_share", "not_event_data")
OPERATORS = ("=", "~", ">", ">=", "<", "<=", "in")  # "in": value..upper, a vague word read as a range


@dataclass
class Claim:
    """One quantitative statement found in an article (or written by hand)."""

    id: str
    kind: str
    sentence: str
    value: float | None = None
    upper: float | None = None
    operator: str = "~"
    value_text: str = ""
    actor: str | None = None
    counterpart: str | None = None
    place: str | None = None
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    window_text: str | None = None
    measure: str | None = None
    base_count: int | None = None
    lang: str = "en"
    span: tuple[int, int] | None = None
    notes: list[str] = field(default_factory=list)
    # Time or place words of the sentence the reading did not use (claims/unread.py): not checkable until edited.
    unread: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InputError(f"claim {self.id}: kind {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.operator not in OPERATORS:
            raise InputError(f"claim {self.id}: operator {self.operator!r} is not one of {' '.join(OPERATORS)}")
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, str):
                try:
                    setattr(self, name, dt.date.fromisoformat(value))
                except ValueError as exc:
                    raise InputError(f"claim {self.id}: {name} {value!r} is not a date like 2014-11-21") from exc
        if self.span is not None:
            self.span = (int(self.span[0]), int(self.span[1]))

    def to_dict(self) -> dict[str, object]:
        """Plain, YAML/JSON-ready form (dates as ISO strings, span as a list)."""
        data = asdict(self)
        for name in ("start", "end"):
            data[name] = data[name].isoformat() if data[name] else None
        data["span"] = list(self.span) if self.span else None
        return data


_FIELDS = {f.name for f in fields(Claim)}


def claim_from_dict(data: object, where: str) -> Claim:
    """A Claim from its dict form, with a clear error for unknown or missing keys."""
    if not isinstance(data, dict):
        raise InputError(f"{where}: each claim must be a mapping")
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_FIELDS))}")
    for key in ("id", "kind", "sentence"):
        if not data.get(key):
            raise InputError(f"{where}: missing {key}")
    try:
        return Claim(**{**data, "notes": list(data.get("notes") or []), "unread": list(data.get("unread") or [])})
    except TypeError as exc:
        raise InputError(f"{where}: {exc}") from exc


def dump_claims(claims: list[Claim], path: str | Path) -> None:
    """Write claims as YAML a person can edit (`claims:` list, one mapping per claim)."""
    text = yaml.safe_dump({"claims": [c.to_dict() for c in claims]}, sort_keys=False, allow_unicode=True, width=110)
    Path(path).write_text(text, encoding="utf-8")


def load_claims(path: str | Path) -> list[Claim]:
    """Read claims written by dump_claims (possibly edited by hand)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read claims file {path}: {exc.strerror or exc}") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{path.name}: not valid YAML ({exc.__class__.__name__})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        raise InputError(f"{path.name}: expected a mapping with a list under 'claims:'")
    return [claim_from_dict(item, f"{path.name} claim #{i + 1}") for i, item in enumerate(data["claims"])]

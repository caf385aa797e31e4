"""The structured claim: what an article says, in a form a person can read, edit and re-run.

A claim is plain text fields (actor and counterpart as written or as canonical names, an ISO window)
so that `--claims-out claims.yaml` can be edited by hand and fed back with `--claims`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from functools import partial
from pathlib import Path

import yaml

from dyadscope.errors import InputError
from dyadscope.i18n import msg
from dyadscope.i18n.formats import iso_date

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
    # A lethality share's deaths per event (claims/lethality.py): events with at least this many count; 0: none.
    threshold: int | None = None
    lang: str = "en"
    span: tuple[int, int] | None = None
    notes: list[str] = field(default_factory=list)
    # Time or place words of the sentence the reading did not use (claims/unread.py): not checkable until edited.
    unread: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            kinds = ", ".join(KINDS)
            problem = msg("errors.not_one_of", name="kind", value=repr(self.kind), choices=kinds)
            raise InputError(msg("errors.claim_field", id=self.id, problem=problem))
        if self.operator not in OPERATORS:
            operators = " ".join(OPERATORS)
            problem = msg("errors.not_one_of", name="operator", value=repr(self.operator), choices=operators)
            raise InputError(msg("errors.claim_field", id=self.id, problem=problem))
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, iso_date(value, partial(self._not_a_date, name, value)))
        if self.span is not None:
            self.span = (int(self.span[0]), int(self.span[1]))

    def _not_a_date(self, name: str, value: str) -> InputError:
        problem = msg("errors.not_a_date", name=name, value=repr(value))
        return InputError(msg("errors.claim_field", id=self.id, problem=problem))

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
        raise InputError(msg("errors.claim_entry", where=where))
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        allowed = ", ".join(sorted(_FIELDS))
        raise InputError(msg("errors.claim_keys", where=where, keys=", ".join(unknown), allowed=allowed))
    for key in ("id", "kind", "sentence"):
        if not data.get(key):
            raise InputError(msg("errors.missing", where=where, names=key))
    try:
        return Claim(**{**data, "notes": list(data.get("notes") or []), "unread": list(data.get("unread") or [])})
    except TypeError as exc:
        raise InputError(msg("errors.at", where=where, problem=str(exc))) from exc


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
        raise InputError(msg("errors.cannot_read_claims", path=str(path), why=str(exc.strerror or exc))) from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(msg("errors.not_yaml_kind", where=path.name, kind=exc.__class__.__name__)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        raise InputError(msg("errors.list_under", where=path.name, key="claims"))
    items = enumerate(data["claims"], start=1)
    return [claim_from_dict(item, msg("errors.claim_number", origin=path.name, n=i)) for i, item in items]

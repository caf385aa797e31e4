"""The actor registry: canonical actors, their aliases in many languages, classes, lineages, coalitions.

The shipped registry (registry.yaml beside this module) is extended or overridden by a user file in
the same format: an entry with the same id replaces the shipped one. Names resolve after
normalisation (case, whitespace, curly quotes); a comma-separated coalition string resolves member by
member; "Government of X" resolves by rule to X's state forces when X has no entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from dyadscope.cache import cached_or_built
from dyadscope.errors import RegistryError, UnknownActor
from dyadscope.i18n import Message, msg
from dyadscope.i18n.formats import iso_date

# libyaml's safe loader parses the registry 10x faster than the pure-Python one (54 ms vs 0.5 s).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CODE_STAMP = Path(__file__).stat().st_mtime_ns
# The rules that resolve a raw side beyond the registry's names (conventions, "A and/or B"): part of the registry's
# fingerprint, so a store resolved under older rules is re-resolved once when opened. Raise it when they change.
RESOLUTION_RULES = 4

if TYPE_CHECKING:
    from dyadscope.actors.conventions import Convention


def state_id(code: str) -> str:
    """The actor id of a country's state forces: "SYR" -> "govt_syr" (a de facto state without an ISO code: its
    slug, "somaliland" -> "govt_somaliland")."""
    return f"govt_{code.lower()}"


CLASS_LABELS: dict[str, str] = {
    "state": "state forces",
    "rebel": "rebel/insurgent",
    "jihadist": "jihadist",
    "kurdish": "Kurdish/ethnic militia",
    "pro_government_militia": "pro-government militia",
    "foreign_state": "foreign state/coalition",
    "civilians": "civilians",
    "militia": "militia (political or identity)",
    "non_state": "non-state armed group",
    "property": "property/infrastructure",
    "unknown": "unknown",
}
# Finer kinds the producers code (ACLED inter, GTD target types): shown beside the coarse class.
KIND_LABELS: dict[str, str] = {
    "political_militia": "political militia",
    "identity_militia": "identity/communal militia",
    "rioters": "rioters",
    "protesters": "protesters",
    "external_other": "external/other forces",
    "unidentified_armed_group": "unidentified armed group",
}
# How a side got its class, strongest first (stored per side in side_a_class_by / side_b_class_by).
ROUTES: tuple[str, ...] = ("registry", "convention", "source-code", "fallback")
USER_REGISTRY_ENV = "DYADSCOPE_ACTORS"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_GOVERNMENT_OF = re.compile(r"^government of (?:the )?(.+)$", re.IGNORECASE)


def normalize_name(name: str) -> str:
    """The form names are matched in: `normalize_name(" Mare’  Operations Room ") == "mare' operations room"`.

    A hyphen reads as a space: producers write one name both ways (ACLED's "Al Shabaab", the registry's "Al-Shabaab").
    """
    return re.sub(r"\s+", " ", name.translate(_QUOTES).replace("-", " ")).strip().casefold()


@cache
def _type_kinds() -> tuple[tuple[dict[str, str], str], ...]:
    """The producers' type-code tables with their routes, keyed as names are matched ("ged non-state group")."""
    from dyadscope.sources.taxonomy import FALLBACK_KINDS, SIDE_TYPE_KINDS  # here: the sources package loads DuckDB

    tables = ((SIDE_TYPE_KINDS, "source-code"), (FALLBACK_KINDS, "fallback"))
    return tuple(({normalize_name(code): kind for code, kind in table.items()}, route) for table, route in tables)


_EITHER = " and/or "  # ACLED's "A and/or B": one of two groups acted, the producer cannot say which


def split_coalition(name: str) -> list[str]:
    """Members of a comma-separated coalition string, in order: "A, B" -> ["A", "B"]. ACLED's "A and/or B" (the
    producer unsure which of two groups acted) is split too: counted for each, as a coalition side is, and shown
    as one, rather than given to the first group alone."""
    return [part.strip() for piece in name.split(",") for part in piece.split(_EITHER) if part.strip()]


@dataclass(frozen=True)
class Actor:
    """One canonical actor."""

    id: str
    name: str
    actor_class: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    successor_of: tuple[str, ...] = ()
    parent: str | None = None
    member_of: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    note: str | None = None
    kind: str | None = None  # finer producer kind (protesters, identity_militia, ...); None: the class itself
    name_da: str | None = None  # the Danish display name, where the registry has one
    note_da: str | None = None  # the note in Danish, where the registry has one (every shipped note has)
    catch_all: bool = False  # a producer's one side for a country's whole armed opposition ("Syrian insurgents")

    def display_name(self, lang: str = "en") -> str:
        """The name to show a reader in `lang` (Danish where the registry has it, else the canonical name)."""
        return self.name_da if lang == "da" and self.name_da else self.name

    def note_in(self, lang: str = "en") -> tuple[str, str] | None:
        """The note to show a reader in `lang`, with the language it is written in (a page marks it so): the Danish
        note where the registry has one, a note built from the catalogue (a producer's naming convention) in `lang`,
        else the English (a user's actor without `note_da`); None when the actor has no note."""
        if not self.note:
            return None
        if lang == "da" and self.note_da:
            return self.note_da, "da"
        if isinstance(self.note, Message):
            return self.note.in_lang(lang), lang
        return self.note, "en"

    def typed_names(self) -> tuple[str, ...]:
        """Every name a user may type for this actor: id, name, aliases and the Danish name the pages show."""
        return (self.id, self.name, *self.aliases, *([self.name_da] if self.name_da else []))

    def class_in(self, event_country: str | None) -> str:
        """This actor's class where an event happens: a state abroad is a foreign state."""
        if self.actor_class == "state" and self.country and event_country and self.country != event_country:
            return "foreign_state"
        return self.actor_class


@dataclass(frozen=True)
class SideResolution:
    """What one raw side name resolves to in one country."""

    raw: str
    actors: tuple[Actor, ...] = ()
    unresolved: tuple[str, ...] = ()
    country: str | None = None
    routes: tuple[str, ...] = ()  # how each actor in `actors` was found (ROUTES)

    @property
    def resolved(self) -> bool:
        """True when every member resolved."""
        return bool(self.actors) and not self.unresolved

    @property
    def ids(self) -> str | None:
        """Member ids as '|a|b|' (the form stored in events), or None when unresolved."""
        return "|" + "|".join(a.id for a in self.actors) + "|" if self.resolved else None

    @property
    def label(self) -> str | None:
        """Display name: canonical names joined by ' + '."""
        return " + ".join(a.name for a in self.actors) if self.resolved else None

    @property
    def actor_class(self) -> str | None:
        """Class code in context; a coalition of mixed classes gives 'a+b' (sorted, distinct)."""
        if not self.resolved:
            return None
        return "+".join(sorted({a.class_in(self.country) for a in self.actors}))

    @property
    def kind(self) -> str | None:
        """Finer kind codes in context ('protesters', 'identity_militia'; the class where no finer kind)."""
        if not self.resolved:
            return None
        return "+".join(sorted({a.kind or a.class_in(self.country) for a in self.actors}))

    @property
    def route(self) -> str | None:
        """How the side was classed: the weakest route among its members (registry < ... < fallback)."""
        if not self.resolved or not self.routes:
            return None
        return max(self.routes, key=ROUTES.index)


CLASS_PREFIX = "class:"  # a side given as a set of classes, not an actor: "class:rebel,jihadist"


def class_set(name: str) -> set[str] | None:
    """The class codes a side named `class:a,b` stands for (as written: not checked against CLASS_LABELS), or None
    when `name` names an actor.

    >>> sorted(class_set("Class:rebel, jihadist")), class_set("ISIS")
    (['jihadist', 'rebel'], None)
    """
    if not name.lower().startswith(CLASS_PREFIX):
        return None
    return {code.strip() for code in name[len(CLASS_PREFIX) :].split(",") if code.strip()}


def class_label(code: str | None) -> str:
    """Readable label of a class code, also for mixed codes: 'jihadist+rebel' -> 'jihadist + rebel/insurgent'."""
    if not code:
        return "unresolved"
    return " + ".join(CLASS_LABELS.get(part, part) for part in code.split("+"))


def _as_date(value: object, where: str) -> dt.date | None:
    return iso_date(value, lambda: RegistryError(msg("errors.not_iso_date", where=where, value=repr(value))))


def _actor_from_entry(entry: object, where: str) -> Actor:
    if not isinstance(entry, dict):
        raise RegistryError(msg("errors.registry_entry", where=where))
    missing = [key for key in ("id", "name", "class") if not entry.get(key)]
    if missing:
        raise RegistryError(msg("errors.missing", where=where, names=", ".join(missing)))
    actor_class = str(entry["class"])
    if actor_class not in CLASS_LABELS:
        problem = msg("errors.not_one_of", name="class", value=repr(actor_class), choices=", ".join(CLASS_LABELS))
        raise RegistryError(msg("errors.at", where=where, problem=problem))
    if actor_class == "state" and not entry.get("country"):
        raise RegistryError(msg("errors.state_country", where=where))

    def strings(key: str) -> tuple[str, ...]:
        value = entry.get(key) or []
        if isinstance(value, str):
            value = [value]
        return tuple(str(v) for v in value)

    return Actor(
        id=str(entry["id"]),
        name=str(entry["name"]),
        actor_class=actor_class,
        country=entry.get("country"),
        aliases=strings("aliases"),
        successor_of=strings("successor_of"),
        parent=entry.get("parent"),
        member_of=strings("member_of"),
        valid_from=_as_date(entry.get("valid_from"), where),
        valid_to=_as_date(entry.get("valid_to"), where),
        note=entry.get("note"),
        name_da=entry.get("name_da"),
        note_da=entry.get("note_da"),
        catch_all=bool(entry.get("catch_all", False)),
    )


def _read_entries(text: str, origin: str) -> list[Actor]:
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = msg("errors.file_line", path=origin, line=str(mark.line + 1)) if mark else origin
        raise RegistryError(msg("errors.not_yaml", where=where)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise RegistryError(msg("errors.list_under", where=origin, key="actors"))
    entries = enumerate(data["actors"], start=1)
    return [_actor_from_entry(e, msg("errors.actor_number", origin=origin, n=i)) for i, e in entries]


def default_user_registry() -> Path | None:
    """The user's registry file: $DYADSCOPE_ACTORS if set, else none."""
    value = os.environ.get(USER_REGISTRY_ENV)
    return Path(value) if value else None


class Registry:
    """Canonical actors and every name they go by.

    >>> reg = Registry.load()
    >>> reg.find("Daesh").id
    'isis'
    """

    def __init__(self, actors: list[Actor], fingerprint: str = "") -> None:
        self.actors: dict[str, Actor] = {}
        for actor in actors:  # later entries (the user's) replace earlier ones with the same id
            self.actors[actor.id] = actor
        self.fingerprint = fingerprint
        # One name can denote several actors in different countries (UCDP's "SRF" in Sudan, the Syrian
        # "SRF"): each name keeps every owner, and resolution prefers the one in the event's country.
        self._index: dict[str, list[str]] = {}
        for actor in self.actors.values():
            for name in actor.typed_names():
                owners = self._index.setdefault(normalize_name(name), [])
                if actor.id not in owners:
                    owners.append(actor.id)
        self._check_references()

    @classmethod
    def load(cls, user_file: str | Path | None = None) -> Registry:
        """The shipped registry, extended/overridden by `user_file` (or $DYADSCOPE_ACTORS)."""
        shipped = resources.files("dyadscope.actors") / "registry.yaml"
        texts = [(shipped.read_text(encoding="utf-8"), "registry.yaml (shipped)")]
        user_path = Path(user_file) if user_file else default_user_registry()
        if user_path is not None:
            try:
                texts.append((user_path.read_text(encoding="utf-8"), str(user_path)))
            except (OSError, UnicodeDecodeError) as exc:
                raise RegistryError(msg("errors.cannot_read_registry", path=str(user_path), why=str(exc))) from exc
        digest = hashlib.sha256("\n".join([str(RESOLUTION_RULES), *(t for t, _ in texts)]).encode()).hexdigest()[:16]
        key = f"registry-{digest}-{_CODE_STAMP}"  # compiled once per registry text and version of this code

        def build() -> Registry:
            return cls([actor for text, origin in texts for actor in _read_entries(text, origin)], fingerprint=digest)

        # ~150 KB an entry: the last few dozen versions kept.
        return cached_or_built(key, build, lambda found: isinstance(found, cls), 4 * 2**20, lambda _: 2**18)

    def _check_references(self) -> None:
        for actor in self.actors.values():
            refs = [*actor.successor_of, *actor.member_of, *([actor.parent] if actor.parent else [])]
            unknown = [r for r in refs if r not in self.actors]
            if unknown:
                raise RegistryError(msg("errors.unknown_references", id=actor.id, ids=", ".join(unknown)))

    def find(self, name: str) -> Actor:
        """The actor a name denotes (alias, name, id, or a producer's name: `find_named`); raises UnknownActor."""
        actor = self.find_named(name)
        if actor is None:
            raise UnknownActor(msg("errors.no_actor_named", name=repr(name)))
        return actor

    def display_label(self, label: str, lang: str = "en") -> str:
        """A label naming an actor or a coalition ('A + B') in `lang`, each registry actor by its display name and any
        other part as the data wrote it: `display_label("Government of Syria", "da") == "Syriens regering"`."""
        if lang == "en":
            return label
        parts = [(a.display_name(lang) if (a := self.find_or_none(p)) else p) for p in label.split(" + ")]
        return " + ".join(parts)

    def find_or_none(self, name: str, country: str | None = None) -> Actor | None:
        """The actor a single name denotes (the one in `country` first), or None (no coalition splitting)."""
        key = normalize_name(name)
        owners = self._index.get(key)
        if owners:
            local = [i for i in owners if self.actors[i].country == country] if country else []
            return self.actors[(local or owners)[0]]
        match = _GOVERNMENT_OF.match(" ".join(name.split()))  # the country as written ("Guinea-Bissau")
        if match and "," not in key:
            from dyadscope.sources.geo import country_iso3  # here: the sources package loads DuckDB

            iso3 = country_iso3(match.group(1))
            if iso3:
                return Actor(id=state_id(iso3), name=name.strip(), actor_class="state", country=iso3)
        return None

    def find_named(self, name: str) -> Actor | None:
        """The actor a name a user types denotes: a registry alias, name or id, else the actor the importers resolve
        a producer's name to ("Military Forces of Nigeria (2015-)" -> Government of Nigeria), else None."""
        actor = self.find_or_none(name)
        if actor is None and name.strip():
            found = self._classify(name.strip(), None, None)
            actor = found[0] if found else None
        return actor

    def remember(self, actor: Actor, *names: str) -> None:
        """Know an actor the data resolved beyond the registry (a producer's name or type code), by its id, name
        and `names`, so that the queries that look it up by name find it."""
        self.actors.setdefault(actor.id, actor)
        for name in (actor.id, actor.name, *names):
            owners = self._index.setdefault(normalize_name(name), [])
            if actor.id not in owners:
                owners.append(actor.id)

    def resolve_side(self, raw: str, event_country: str | None = None, type_code: str | None = None) -> SideResolution:
        """Resolve a raw side name with its provenance; coalitions ("A, B") and ACLED allies ("A; B") by member.

        Each member goes registry (in the event's country first) -> naming convention -> the producer's
        type code for the side (`type_code`: ACLED inter, GTD target type, CAMEO type) -> the producer's
        definition (every GTD perpetrator is non-state) -> unresolved. ACLED's type code describes the
        first actor only; an associated actor that cannot be classed is left out of the side's ids.
        """
        # The whole string first (a registry alias may contain a comma), by name only: a type code
        # describes one actor, so it applies to members after the split.
        whole = self._classify(raw, event_country, None) if ";" not in raw and _EITHER not in raw else None
        if whole is not None and whole[1] != "registry" and "," in raw:
            # A naming convention reads "Government of A, Government of B" as one state called "A, Government
            # of B": when every member resolves alone, the string is a coalition, as UCDP writes one.
            members = [self._classify(part, event_country, None) for part in split_coalition(raw)]
            if len(members) > 1 and all(members):
                whole = None
        if whole is not None:
            return SideResolution(raw, (whole[0],), (), event_country, (whole[1],))
        found: list[Actor] = []
        routes: list[str] = []
        missing: list[str] = []
        allies = [part.strip() for part in raw.split(";") if part.strip()] if ";" in raw else [raw]
        for position, ally in enumerate(allies):
            code = type_code if position == 0 else None
            hit = self._classify(ally, event_country, None) if len(allies) > 1 and _EITHER not in ally else None
            parts = [ally] if hit else split_coalition(ally)
            members = [(ally, hit)] if hit else [(part, self._classify(part, event_country, code)) for part in parts]
            for part, res in members:
                if res is None:
                    if position == 0:
                        missing.append(part)
                elif res[0] not in found:
                    found.append(res[0])
                    routes.append(res[1])
        if not found and not missing:
            missing.append(raw)
        return SideResolution(raw, tuple(found), tuple(missing), event_country, tuple(routes))

    def _classify(self, name: str, country: str | None, type_code: str | None) -> tuple[Actor, str] | None:
        """One member name -> (actor, route), or None."""
        from dyadscope.actors import conventions  # here: the sources package loads DuckDB

        full, acronym = conventions.acronym_parts(name) or (None, None)
        # The name as written, then ACLED's forms: "Islamic State (Syria)", "PKK: Kurdistan Workers Party".
        for candidate, anywhere in (
            (name, True),
            (conventions.strip_country(name), True),
            (full, True),
            (acronym, False),
        ):
            owners = self._index.get(normalize_name(candidate)) if candidate else None
            if owners:
                actor = self.find_or_none(candidate, country)
                # A bare acronym is too ambiguous to match an actor of another country ("ISF" in India), and so
                # is a name several actors of other countries share ("SRF" in South Sudan): no guess.
                foreign = actor.country not in (None, country)
                if not foreign or (anywhere and len(owners) == 1) or country is None:
                    return actor, "registry"
        conv = conventions.convention(name, country)
        if conv is not None:
            return self._from_convention(conv, country), "convention"
        code = normalize_name(type_code or "")
        for table, route in _type_kinds():
            kind = table.get(code.split("|")[0]) if code else None
            if kind is not None:
                return self._from_kind(name, kind, country), route
        return None

    def _from_convention(self, conv: Convention, country: str | None) -> Actor:
        from dyadscope.sources.taxonomy import KIND_CLASSES

        if conv.parent_name:
            parent = self.find_or_none(conv.parent_name)
            if parent is not None:
                return parent
        if conv.country and conv.actor_id == state_id(conv.country):
            state = self.actors.get(conv.actor_id) or self.find_or_none(conv.name)
            if state is not None:
                return state
        kind = conv.kind
        return Actor(
            id=conv.actor_id,
            name=conv.name,
            actor_class=KIND_CLASSES[kind],
            country=conv.country,
            kind=kind if kind != KIND_CLASSES[kind] else None,
            note=msg("common.convention_note", years=conv.valid_years) if conv.valid_years else None,
        )

    def _from_kind(self, name: str, kind: str, country: str | None) -> Actor:
        from dyadscope.actors.conventions import slug
        from dyadscope.sources.taxonomy import KIND_CLASSES

        actor_class = KIND_CLASSES[kind]
        # A state-forces name the conventions could not read is taken to be the event country's state.
        return Actor(
            id=slug(name) + (f"_{country.lower()}" if country and kind != "state" else ""),
            name=name.strip(),
            actor_class=actor_class,
            country=country if actor_class == "state" else None,
            kind=kind if kind != actor_class else None,
        )

    @cached_property
    def _children(self) -> dict[str, set[str]]:
        children: dict[str, set[str]] = {}
        for actor in self.actors.values():
            if actor.parent:
                children.setdefault(actor.parent, set()).add(actor.id)
        return children

    def catch_alls(self, country: str) -> list[Actor]:
        """The catch-all opposition sides of a country (`catch_all: true`): e.g. UCDP's Syrian insurgents for SYR."""
        return [a for a in self.actors.values() if a.catch_all and a.country == country]

    def lineage(self, actor_id: str) -> set[str]:
        """The actor with its predecessors and successors (renames, mergers)."""
        seen = {actor_id}
        frontier = [actor_id]
        while frontier:
            current = frontier.pop()
            linked = set(self.actors[current].successor_of) if current in self.actors else set()
            linked |= {a.id for a in self.actors.values() if current in a.successor_of}
            for other in linked - seen:
                seen.add(other)
                frontier.append(other)
        return seen

    def expand(self, actor_id: str, lineage: bool = True) -> set[str]:
        """Ids a question about this actor covers: its lineage and the units that are part of it
        (lineage=False: the name alone with its units, as the claim checker's other definition counts)."""
        ids = set()
        frontier = list(self.lineage(actor_id)) if lineage else [actor_id]
        while frontier:
            current = frontier.pop()
            if current in ids:
                continue
            ids.add(current)
            frontier.extend(self._children.get(current, ()))
            if lineage:
                frontier.extend(self.lineage(current) - ids)
        return ids

    def members(self, coalition_id: str) -> list[Actor]:
        """Actors that list `coalition_id` in member_of."""
        return [a for a in self.actors.values() if coalition_id in a.member_of]

    def search(self, text: str) -> list[Actor]:
        """Actors whose name (English or Danish) or an alias contains `text` (case-insensitive)."""
        needle = normalize_name(text)
        return [a for a in self.actors.values() if any(needle in normalize_name(n) for n in a.typed_names())]

"""Finding the links: candidate pairs in SQL (time, space, type family), actors and the one-to-one choice in
Python, clusters by union-find, all written to the `links` table in one transaction (a run replaces the last).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

import pandas as pd

from dyadscope.actors.registry import Registry
from dyadscope.linking import rules, text
from dyadscope.schema import LINK_FIELDS
from dyadscope.sources.taxonomy import EVENT_TYPES
from dyadscope.store.db import Store, register_frame


@dataclass
class LinkReport:
    """What a `dyadscope link` run found."""

    link_run: int
    records: int
    candidates: int
    links: int
    clusters: int
    by_pair: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """Plain dict for JSON output."""
        return asdict(self)


def _candidates_sql() -> str:
    radius = "CASE geo_precision " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in rules.GEO_RADIUS_KM.items()) + " END"
    family = "CASE event_type " + " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in EVENT_TYPES.items()) + " END"
    unlinkable = ", ".join(f"'{p}'" for p in rules.UNLINKABLE_DATES)
    people, state = ([f"'{t}'" for t in types] for types in (rules.GTD_PEOPLE_TYPES, rules.GTD_STATE_TYPES))
    targets = "string_split(side_b_type, '|')"
    days = rules.TEMPORAL_WINDOW_DAYS
    explosive = rules.EXPLOSIVE_WORDS
    return f"""
        WITH r AS (
            SELECT uid, source, country, date_start, date_end, latitude, longitude, {radius} AS radius,
                {family} AS family, event_type, side_a_ids, fatalities_best,
                CASE WHEN source = 'gtd' THEN coalesce(side_a_class, 'unknown') || '+perpetrator'
                    ELSE side_a_class END AS side_a_class,
                -- how the harm was done, where the record says: explosive or direct (GED does not say; ACLED's
                -- legacy types call a suicide car bomb at a police headquarters a battle, its note says bomb)
                CASE WHEN event_type = 'remote violence' OR event_subtype = 'Bombing/Explosion' THEN 'explosive'
                    WHEN source = 'acled' AND regexp_matches(lower(coalesce(source_text, '')), '{explosive}')
                        THEN 'explosive'
                    WHEN source = 'ucdp-ged' THEN NULL ELSE 'direct' END AS mode,
                -- a kidnapping as GTD codes it, and whether the record's own text speaks of taking people
                source = 'gtd' AND coalesce(event_subtype, '') LIKE '{rules.GTD_KIDNAPPING}%' AS kidnapping,
                regexp_matches(lower(coalesce(source_text, '')), '{rules.CAPTIVE_WORDS}') AS speaks_of_captives,
                -- a self-dyad's second side is a coding error: unknown, not a second copy of side A
                CASE WHEN coalesce(self_dyad, false) THEN NULL ELSE side_b_ids END AS side_b_ids,
                CASE WHEN coalesce(self_dyad, false) THEN NULL
                    WHEN source = 'gtd' THEN side_b_class
                        || CASE WHEN list_has_any({targets}, [{", ".join(people)}]) THEN '+civilians' ELSE '' END
                        || CASE WHEN list_has_any({targets}, [{", ".join(state)}]) THEN '+state' ELSE '' END
                    ELSE side_b_class END AS side_b_class
            FROM events
            WHERE NOT coalesce(withdrawn, false) AND latitude IS NOT NULL AND longitude IS NOT NULL
                AND date_start IS NOT NULL AND coalesce(date_precision, 'day') NOT IN ({unlinkable})
        ), located AS (SELECT * FROM r WHERE radius IS NOT NULL AND family IS NOT NULL)
        SELECT * FROM (SELECT a.uid AS uid_a, b.uid AS uid_b, a.source AS source_a, b.source AS source_b,
            greatest(0, date_diff('day', a.date_end, b.date_start), date_diff('day', b.date_end, a.date_start))
                AS days,
            2 * 6371.0088 * asin(sqrt(
                pow(sin(radians(b.latitude - a.latitude) / 2), 2)
                + cos(radians(a.latitude)) * cos(radians(b.latitude))
                  * pow(sin(radians(b.longitude - a.longitude) / 2), 2))) AS km,
            {rules.SPATIAL_WINDOW_KM} + a.radius + b.radius AS km_limit,
            date_diff('day', a.date_start, a.date_end) + date_diff('day', b.date_start, b.date_end) AS spans,
            -- MELTT matches events with events and episodes with episodes: UCDP's record of a report of weeks
            -- (a count of killings over a period) is not one day's event. ACLED and GTD record single incidents,
            -- a month-long window there is an uncertain date, not a period.
            (a.source = 'ucdp-ged' AND date_diff('day', a.date_start, a.date_end) > {rules.WEAK_SPAN_DAYS}
                AND b.date_start = b.date_end)
                OR (b.source = 'ucdp-ged' AND date_diff('day', b.date_start, b.date_end) > {rules.WEAK_SPAN_DAYS}
                AND a.date_start = a.date_end) AS episode_vs_event,
            -- UCDP records only deadly events: harm to civilians that the other producer says killed nobody
            -- (a beating, a rape, a stabbing) is not one of them
            coalesce((a.source = 'ucdp-ged' AND b.event_type = 'one-sided violence' AND b.fatalities_best = 0)
                OR (b.source = 'ucdp-ged' AND a.event_type = 'one-sided violence' AND a.fatalities_best = 0), false)
                AS harmless_against_ucdp,
            (a.mode IS NOT NULL AND b.mode IS NOT NULL AND a.mode <> b.mode)
                OR (a.kidnapping AND NOT b.speaks_of_captives) OR (b.kidnapping AND NOT a.speaks_of_captives)
                AS other_mode,
            a.event_type AS a_type, b.event_type AS b_type,
            a.fatalities_best AS a_deaths, b.fatalities_best AS b_deaths,
            a.side_a_ids AS a_ids_a, a.side_a_class AS a_class_a, a.side_b_ids AS a_ids_b, a.side_b_class AS a_class_b,
            b.side_a_ids AS b_ids_a, b.side_a_class AS b_class_a, b.side_b_ids AS b_ids_b, b.side_b_class AS b_class_b
        FROM located a JOIN located b
            ON a.source < b.source AND a.family = b.family
            AND a.country IS NOT DISTINCT FROM b.country
            AND a.date_start <= b.date_end + {days} AND b.date_start <= a.date_end + {days}
            AND abs(a.latitude - b.latitude) < (({rules.SPATIAL_WINDOW_KM} + a.radius + b.radius) / 110.0)
        ) WHERE km <= km_limit
    """


def _clusters(chosen: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Union-find over the chosen links, best first, refusing any link that would put two records of one
    source into one cluster; returns the links kept and each record's cluster id (its smallest uid)."""
    parent: dict[str, str] = {}
    sources: dict[str, set[str]] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kept = []
    for c in sorted(chosen, key=lambda s: (-s["score"], s["km"], s["uid_a"], s["uid_b"])):
        for uid, source in ((c["uid_a"], c["source_a"]), (c["uid_b"], c["source_b"])):
            if uid not in parent:
                parent[uid] = uid
                sources[uid] = {source}
        ra, rb = find(c["uid_a"]), find(c["uid_b"])
        if ra == rb:
            kept.append(c)
            continue
        if sources[ra] & sources[rb]:
            continue  # would chain two distinct events of one source
        root, child = min(ra, rb), max(ra, rb)
        parent[child] = root
        sources[root] |= sources.pop(child)
        kept.append(c)
    members = {find(c["uid_a"]) for c in kept} | {find(c["uid_b"]) for c in kept}
    clusters = {x: find(x) for x in parent if find(x) in members}
    return kept, clusters


def link_events(store: Store, registry: Registry | None = None) -> LinkReport:
    """Link records of the same real event across sources; replaces the previous run's links.

    `registry` is unused here (the store's resolved columns are used) but kept so callers state which
    registry the store was resolved with.
    """
    con = store.con
    with store.transaction():
        run = int(store.get_meta("link_run") or 0) + 1
        records = int(con.execute("SELECT count(*) FROM events WHERE NOT coalesce(withdrawn, false)").fetchone()[0])
        candidates = con.execute(_candidates_sql()).df()
        uids = sorted(set(candidates["uid_a"]) | set(candidates["uid_b"])) if len(candidates) else []
        texts = dict(con.execute("SELECT uid, source_text FROM events WHERE list_contains(?, uid)", [uids]).fetchall())
        chosen, rejected = _choose(candidates, texts)
        kept, clusters = _clusters(chosen)
        if len(kept) < len(chosen):
            rejected["would-chain-one-source"] = len(chosen) - len(kept)
        chosen = kept
        rows = [
            {**c, "cluster_id": clusters[c["uid_a"]], "link_run": run}
            for c in sorted(chosen, key=lambda c: (c["uid_a"], c["uid_b"]))
        ]
        frame = pd.DataFrame(rows, columns=[f.name for f in LINK_FIELDS])
        con.execute("DELETE FROM links")
        types = {f.name: f.type.replace(" NOT NULL", "") for f in LINK_FIELDS}
        register_frame(con, "new_links", frame, types)
        con.execute("INSERT INTO links SELECT * FROM new_links")
        con.execute("DROP TABLE IF EXISTS new_links")
        store.set_meta("link_run", str(run))
    by_pair: dict[str, int] = defaultdict(int)
    for c in chosen:
        by_pair[f"{c['source_a']} ~ {c['source_b']}"] += 1
    return LinkReport(
        link_run=run,
        records=records,
        candidates=len(candidates),
        links=len(chosen),
        clusters=len(set(clusters.values())),
        by_pair=dict(by_pair),
        rejected=rejected,
    )


def _choose(
    candidates: pd.DataFrame, texts: Mapping[str, str | None] | None = None
) -> tuple[list[dict], dict[str, int]]:
    """Score the candidates whose actors agree, then keep each record's best link per other source."""
    rejected: dict[str, int] = defaultdict(int)
    scored = []
    for c in candidates.itertuples(index=False):
        a = (rules.Side.of(c.a_ids_a, c.a_class_a), rules.Side.of(c.a_ids_b, c.a_class_b))
        b = (rules.Side.of(c.b_ids_a, c.b_class_a), rules.Side.of(c.b_ids_b, c.b_class_b))
        match = rules.actor_match(a, b)
        deaths = rules.deaths_close(c.a_deaths, c.b_deaths)
        # a shared toll this high is rarely chance (one or two dead were most days' toll in Benghazi)
        toll = deaths and min(c.a_deaths, c.b_deaths) >= rules.DEATHS_DISTINCT
        if match is None and toll and int(c.days) == 0 and int(c.spans) == 0:
            match = "same-toll"  # the producers coded the sides differently; the day's toll says one event
        refused, weak, needed = _evidence_needed(match, int(c.days), int(c.spans), deaths, bool(c.other_mode))
        # A battle between named parties against a shooting or a shelling by an unknown hand is another kind of
        # event (rules.battle_against_attack) unless both give the same deaths: it takes alike descriptions.
        if not refused and not deaths and rules.battle_against_attack((c.a_type, a), (c.b_type, b)):
            weak, needed = True, ("battle-against-attack", rules.TEXT_MIN_DESCRIBED)
        if c.episode_vs_event and not refused:
            refused = "episode-against-event"
        if c.harmless_against_ucdp and not refused:
            weak, needed = True, ("no-deaths-against-ucdp", rules.TEXT_MIN_DESCRIBED)
        if refused:
            rejected[refused] += 1
            continue
        match = match or "described"
        scored.append(
            {
                "uid_a": c.uid_a,
                "uid_b": c.uid_b,
                "source_a": c.source_a,
                "source_b": c.source_b,
                "score": rules.score(int(c.days), float(c.km), float(c.km_limit), match),
                "km": round(float(c.km), 3),
                "days": int(c.days),
                "actor_match": match,
                # Weak (see _evidence_needed), or records dated only to long spans (a report covering
                # months of abuses): linked only when nothing else in the other dataset fits as well.
                "weak": weak or int(c.spans) > rules.WEAK_SPAN_DAYS,
                "deaths": deaths,
                "toll": toll,
                "text_needed": needed,
                # a named actor a day apart without the same deaths: the descriptions must share something
                "text_floor": rules.TEXT_MIN_NEXT_DAY_SHARED if int(c.days) == 1 and not deaths else 0.0,
            }
        )
    scored = _unambiguous(scored, texts or {}, rejected)
    # Greedy one-to-one per pair of sources, best score first (ties: closer, then by uid for determinism).
    scored.sort(key=lambda s: (-s["score"], s["km"], s["uid_a"], s["uid_b"]))
    taken: set[tuple[str, str]] = set()
    chosen = []
    for s in scored:
        if (s["uid_a"], s["source_b"]) in taken or (s["uid_b"], s["source_a"]) in taken:
            rejected["better-link-taken"] += 1
            continue
        taken.update({(s["uid_a"], s["source_b"]), (s["uid_b"], s["source_a"])})
        chosen.append(s)
    return chosen, dict(rejected)


def _evidence_needed(
    match: str | None, days: int, spans: int, deaths: bool, other_mode: bool
) -> tuple[str | None, bool, tuple[str, float] | None]:
    """What a candidate needs: (why it is refused outright, or None; whether it must be unambiguous; the
    description likeness (`linking.text`) it needs and the reason it is refused without it).

    Without a shared actor only the same known day is evidence enough (in a city with daily attacks by
    unknown gunmen, the next day's attack is another one); the next day will do with the same deaths or
    clearly alike descriptions (one report dates the attack, the other the day it was reported). Producers
    code one event's sides differently (a driver for the military police is a civilian to ACLED, the state
    to GTD) and call one attack a bombing or a shooting (RPGs): such pairs stay only if their descriptions
    are clearly alike. Even a shared actor does not tell a bombing from a shooting, or the next day's attack
    from today's, when the group attacks a city several times a week (Boko Haram in Maiduguri in 2011), nor
    do both sides shared when two parties fight every day (Benghazi in 2014): those pairs must be
    unambiguous, and a day apart without the same deaths their descriptions must share something
    (Boko Haram's suicide attack on a base and its shooting of a police inspector the next day)."""
    weak = match is None or match in rules.WEAK_MATCHES
    if match is None and (days > 1 or spans > 0):
        return "actors-incompatible", True, None
    if weak and (days > 1 or spans > 0):
        return "weak-not-same-day", True, None
    if match is None:
        return None, True, ("actors-incompatible", rules.TEXT_MIN_DESCRIBED)
    if other_mode:
        return None, True, ("other-mode", rules.TEXT_MIN_DESCRIBED)
    if days == 1 and weak and not deaths:
        return None, True, ("weak-not-same-day", rules.TEXT_MIN_NEXT_DAY)
    next_day = days == 1 and not deaths
    return None, weak or other_mode or next_day, None


def _unambiguous(scored: list[dict], texts: Mapping[str, str | None], rejected: dict[str, int]) -> list[dict]:
    """Drop the weak pairs that another candidate fits as well. In a city with several attacks by unknown
    gunmen a day, proximity alone cannot choose; the same deaths can, when only one of a record's candidates
    in the other dataset reports them, and so can the records' own descriptions, when one candidate's is
    clearly the most alike on both sides (`linking.text`)."""
    docs = {uid: text.words(texts.get(uid)) for s in scored for uid in (s["uid_a"], s["uid_b"])}
    weight = text.rarity(docs.values())
    for s in scored:
        s["text"] = text.similarity(docs[s["uid_a"]], docs[s["uid_b"]], weight)
    near = []
    for s in scored:
        if s["text_needed"] and s["text"] < s["text_needed"][1]:
            rejected[s["text_needed"][0]] += 1
        elif s["text"] < s["text_floor"]:
            rejected["next-day-unlike"] += 1
        else:
            near.append(s)
    options: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for s in near:
        for key in _keys(s):
            options[key].append(s)
    # (record, other dataset) slots with a candidate on the record's own day: that producer reported something
    # here that day, so a record of the next day is most likely the next day's event (Benghazi's daily fighting).
    same_day = {key for s in near if s["days"] == 0 for key in _keys(s)}
    kept = []
    for s in near:
        keys = _keys(s)
        alone = all(len(options[k]) == 1 for k in keys)
        by_deaths = s["deaths"] and all(sum(o["deaths"] for o in options[k]) == 1 for k in keys)
        by_text = s["text"] >= rules.TEXT_MIN and all(
            o is s or o["text"] <= rules.TEXT_MARGIN * s["text"] for k in keys for o in options[k]
        )
        if s["text_needed"] and not by_text:
            rejected[s["text_needed"][0]] += 1
            continue
        if s["days"] and any(k in same_day for k in keys) and not (by_text or s["toll"]):
            rejected["next-day-with-same-day-candidate"] += 1
            continue
        if s["weak"] and not (alone or by_deaths or by_text):
            rejected["weak-and-ambiguous"] += 1
            continue
        if not alone and (by_deaths or by_text):
            s["score"] = round(s["score"] + 0.05, 4)  # chosen over the others: rank it above them
        kept.append(s)
    for s in kept:
        for field_name in ("weak", "deaths", "toll", "text", "text_needed", "text_floor"):
            s.pop(field_name, None)
    return kept


def _keys(s: dict) -> tuple[tuple[str, str], tuple[str, str]]:
    """A pair's two (record, other dataset) slots: each record links to one record of each other dataset."""
    return (s["uid_a"], s["source_b"]), (s["uid_b"], s["source_a"])
